"""``/forget``: the learner unlinks their chat, in their language, after a confirmation; the chat
then needs a code again. Played through the Bot API emulator with the real core."""

from __future__ import annotations

from sqlmodel import col, select

from tests.bot.scenario import RunningBot
from tests.telegram_emulator import BotMessage
from workflows.db import session_scope
from workflows.models import Learner, TicketEvent


def has_buttons(message: BotMessage) -> bool:
    return bool(message.buttons)


def john(bot: RunningBot) -> Learner:
    with session_scope(bot.desk.engine) as session:
        return session.exec(select(Learner).where(Learner.learner_id == "L-2002")).one()


async def test_a_learner_unlinks_their_chat_after_confirming(running_bot: RunningBot) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 2002
    await emu.user_sends_text(user, "Please send me a copy of my data", language_code="en")
    question = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(
        user, question.message_id, question.button("c:yes").callback_data or "", language_code="en"
    )
    await emu.wait_for_text(user, "your learner number")
    await emu.user_sends_text(user, "L-2002", language_code="en")
    code = await bot.mailbox.code_for("john.smith@example.com")
    await emu.user_sends_text(user, code, language_code="en")
    await emu.wait_for_text(user, "your identity is confirmed")
    assert john(bot).telegram_chat_id == user and john(bot).telegram_last_used_at is not None

    await emu.user_sends_text(user, "/forget", language_code="en")
    ask = await emu.wait_for_message(user, lambda m: "Unlink it?" in (m.text or ""))
    await emu.user_presses(
        user, ask.message_id, ask.button("No, keep").callback_data or "", language_code="en"
    )
    await emu.wait_for_message(user, lambda m: m.edited and "stays" in (m.text or ""))
    assert john(bot).telegram_chat_id == user

    await emu.user_sends_text(user, "/forget", language_code="en")
    ask = await emu.wait_for_message(
        user, lambda m: "Unlink it?" in (m.text or "") and m.message_id != ask.message_id
    )
    await emu.user_presses(
        user, ask.message_id, ask.button("Yes, unlink").callback_data or "", language_code="en"
    )
    done = await emu.wait_for_message(user, lambda m: m.edited and m.message_id == ask.message_id)
    assert "no longer linked" in (done.text or "") and done.buttons == ()
    assert john(bot).telegram_chat_id is None
    with session_scope(bot.desk.engine) as session:
        (event,) = session.exec(select(TicketEvent).where(col(TicketEvent.ticket_id).is_(None)))
    assert (event.actor, event.reason) == (
        f"telegram:{user}",
        "telegram link ended by the learner",
    )


async def test_a_chat_with_no_link_is_told_so_in_its_language(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    await emu.user_sends_text(1001, "/forget")
    await emu.wait_for_text(1001, "n'est reliée à aucun compte apprenant")
    await emu.user_sends_text(3003, "/forget", language_code="en")
    await emu.wait_for_text(3003, "is not linked to a learner account")
