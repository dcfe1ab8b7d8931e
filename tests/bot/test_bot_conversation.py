"""Conversation scenarios: a learner and the staff talk to the whole bot through the Bot API
emulator, with the real core, database and outbox."""

from __future__ import annotations

from sqlmodel import select

from tests.bot.scenario import STAFF_CHAT, STAFF_USER, RunningBot
from tests.bot.test_bot_staff_flows import escalate, has_buttons, ticket
from workflows.db import session_scope
from workflows.lifecycle import State
from workflows.models import TicketEvent


async def ask_learner(bot: RunningBot, question: str) -> None:
    """Staff ask the learner of a freshly escalated erasure a question, from the staff chat."""
    emu = bot.telegram
    card = await escalate(bot)
    await emu.user_presses(
        STAFF_USER, card.message_id, card.button("d:q:").callback_data or "", chat_id=STAFF_CHAT
    )
    await emu.wait_for_text(STAFF_CHAT, "Répondez avec la question")
    await emu.user_sends_text(STAFF_USER, question, chat_id=STAFF_CHAT)
    await emu.wait_for_text(1001, question)


async def test_an_answer_typed_without_pressing_reply(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    await ask_learner(running_bot, "Quelle formation avez-vous suivie ?")
    await emu.user_sends_text(1001, "La formation comptabilité en 2024, supprimez tout svp")
    asked = await emu.wait_for_text(1001, "Est-ce votre réponse")
    reference = ticket(running_bot).reference or ""
    assert reference in (asked.text or "")
    await emu.user_presses(1001, asked.message_id, asked.button("Oui").callback_data or "")
    await emu.wait_for_text(1001, "votre réponse a été ajoutée à votre demande " + reference)
    answered = ticket(running_bot)
    assert answered.state == State.AWAITING_APPROVAL  # back to staff, not a new request
    with session_scope(running_bot.desk.engine) as session:
        events = session.exec(
            select(TicketEvent).where(TicketEvent.command == "requester_replied")
        )
        assert [e.data["text"] for e in events] == [
            "La formation comptabilité en 2024, supprimez tout svp"
        ]
    await emu.wait_for_message(STAFF_CHAT, has_buttons)  # a new card for the new decision


async def test_a_new_request_while_a_question_waits(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    await ask_learner(running_bot, "Quelle formation avez-vous suivie ?")
    await emu.user_sends_text(1001, "Je voudrais aussi une copie de mes données")
    asked = await emu.wait_for_text(1001, "Est-ce votre réponse")
    await emu.user_presses(1001, asked.message_id, asked.button("Non").callback_data or "")
    understood = await emu.wait_for_message(
        1001, lambda m: m.message_id > asked.message_id and "J'ai compris" in (m.text or "")
    )
    assert "copie" in (understood.text or "")
    assert ticket(running_bot).state == State.AWAITING_REQUESTER  # the question still waits
