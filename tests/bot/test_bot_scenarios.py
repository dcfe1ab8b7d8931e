"""End-to-end scenarios: a learner and the staff talk to the whole bot through the Bot API
emulator (real HTTP), with the real core, database and outbox; only the classifier is a stub."""

from __future__ import annotations

import asyncio
import re
from zoneinfo import ZoneInfo

from sqlmodel import select

from tests.bot.scenario import STAFF_CHAT, STAFF_USER, RunningBot
from tests.telegram_emulator import BotMessage
from workflows.db import session_scope
from workflows.lifecycle import State
from workflows.models import Learner, Ticket, TicketEvent
from workflows.notices import written_date


def tickets(bot: RunningBot) -> list[Ticket]:
    with session_scope(bot.desk.engine) as session:
        return list(session.exec(select(Ticket).order_by(Ticket.id)))  # type: ignore[arg-type]


def has_buttons(message: BotMessage) -> bool:
    return bool(message.buttons)


async def test_french_learner_erasure_approved_in_staff_chat(running_bot: RunningBot) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 1001
    await emu.user_sends_text(user, "Bonjour, je voudrais que vous supprimiez toutes mes données")
    question = await emu.wait_for_message(user, has_buttons)
    assert "J'ai compris" in (question.text or "")
    assert "Supprimer mes données" in (question.text or "")
    await emu.user_presses(user, question.message_id, question.button("c:yes").callback_data or "")
    await emu.wait_for_text(user, "adresse e-mail enregistrée")
    await emu.user_sends_text(user, "Marie.Dupont@example.fr")
    # one acknowledgement in the chat: the bot's answer, with the reference and the date
    ack = await emu.wait_for_text(user, "si ces informations correspondent")
    [ticket] = tickets(bot)
    assert ticket.reference in (ack.text or "")
    assert ticket.request_type == "erasure" and ticket.state == State.AWAITING_IDENTITY

    code = await bot.mailbox.code_for("marie.dupont@example.fr")
    await emu.user_sends_text(user, code)
    await emu.wait_for_text(user, "votre identité est confirmée")

    card = await emu.wait_for_message(STAFF_CHAT, has_buttons)
    assert ticket.reference in (card.text or "")
    # the card previews what the learner will read if staff approve
    preview = (card.text or "").split("Si vous approuvez, le demandeur lira :\n« ", 1)[1]
    outcome = f"Votre demande {ticket.reference} (effacement de vos données) est terminée."
    assert preview.startswith(outcome)
    approve = card.button("Approuver").callback_data or ""
    await emu.user_presses(STAFF_USER, card.message_id, approve, chat_id=STAFF_CHAT)
    closed = await emu.wait_for_message(STAFF_CHAT, lambda m: m.edited)
    assert "Approuvé par" in (closed.text or "") and closed.buttons == ()

    told = await emu.wait_for_message(user, lambda m: "DSR-" in (m.text or "") and m is not ack)
    assert told.text
    assert told.text.splitlines()[:4] == preview.splitlines()[:4]
    [ticket] = tickets(bot)
    assert ticket.state == State.COMPLETED and ticket.decided_by == f"telegram:{STAFF_USER}"
    with session_scope(bot.desk.engine) as session:
        assert session.exec(select(Learner).where(Learner.learner_id == "L-1001")).first() is None
        learner = session.get(Learner, ticket.learner_pk)
    # The erasure anonymised the profile and unlinked the chat the learner had linked.
    assert learner is not None and learner.email.endswith("@invalid")
    assert learner.telegram_chat_id is None


async def test_english_learner_access_approved(running_bot: RunningBot) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 2002
    await emu.user_sends_text(user, "/start", language_code="en")
    hello = await emu.wait_for_message(user)
    assert "Hello" in (hello.text or "") and hello.button("Get a copy of my data")
    await emu.user_sends_text(user, "Please send me a copy of my data", language_code="en")
    question = await emu.wait_for_message(user, has_buttons)
    assert "I understood" in (question.text or "") and "Get a copy" in (question.text or "")
    await emu.user_presses(
        user, question.message_id, question.button("c:yes").callback_data or "", language_code="en"
    )
    await emu.wait_for_text(user, "registered with us, or your learner number")
    await emu.user_sends_text(user, "L-2002", language_code="en")
    await emu.wait_for_text(user, "if these details match our records")
    code = await bot.mailbox.code_for("john.smith@example.com")
    await emu.user_sends_text(user, code, language_code="en")
    await emu.wait_for_text(user, "your identity is confirmed")

    card = await emu.wait_for_message(STAFF_CHAT, has_buttons)
    [ticket] = tickets(bot)
    assert ticket.request_type == "access" and ticket.language == "en"
    assert ticket.state == State.AWAITING_APPROVAL
    await emu.user_presses(
        STAFF_USER, card.message_id, card.button("d:a:").callback_data or "", chat_id=STAFF_CHAT
    )
    await emu.wait_for_message(STAFF_CHAT, lambda m: m.edited)
    told = await emu.wait_for_message(
        user, lambda m: ticket.reference in (m.text or "") and "is done" in (m.text or "")
    )
    assert (told.text or "").startswith("Your request")
    assert tickets(bot)[0].state == State.COMPLETED
    # the chat reads chat-sized messages, never a letter, and each event once
    texts = [m.text or "" for m in emu.sent(user)]
    for letter_only in ("Hello,", "this message", "subject", "PÉROLS", "Data Protection Officer"):
        assert not any(letter_only in text for text in texts), letter_only
    assert sum("identity is confirmed" in text for text in texts) == 1
    assert sum("is registered" in text for text in texts) == 1


async def test_non_staff_cannot_approve(running_bot: RunningBot) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 1001
    await emu.user_sends_text(user, "Je veux que vous effaciez mes données")
    question = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, question.message_id, "c:yes")
    await emu.wait_for_text(user, "adresse e-mail")
    await emu.user_sends_text(user, "L-1001")
    code = await bot.mailbox.code_for("marie.dupont@example.fr")
    await emu.user_sends_text(user, code)
    card = await emu.wait_for_message(STAFF_CHAT, has_buttons)

    intruder = 666
    presses = [card.button(f"d:{a}:").callback_data or "" for a in "arq"] + ["d:q:999999"]
    for data in presses:  # the last one names a ticket that does not exist
        answers = len(emu.callback_answers)
        await emu.user_presses(
            intruder, card.message_id, data, chat_id=STAFF_CHAT, check_button=False
        )
        await _until(lambda n=answers: len(emu.callback_answers) > n)
        refusal = emu.callback_answers[-1]
        assert refusal.get("show_alert") is True
        assert "équipe du DPO" in refusal.get("text", "")
    # the same Approve, pressed from a private chat with forged data, is not even routed to staff
    [ticket] = tickets(bot)
    assert ticket.state == State.AWAITING_APPROVAL and ticket.decided_by is None
    with session_scope(bot.desk.engine) as session:
        notes = session.exec(select(TicketEvent).where(TicketEvent.ticket_id == ticket.id)).all()
    refusals = [e for e in notes if (e.reason or "").startswith("refused")]
    assert len(refusals) == 3 and all(e.actor == f"telegram:{intruder}" for e in refusals)
    assert [e.reason for e in refusals][1:] == [
        "refused: reject by someone who is not staff",
        "refused: ask by someone who is not staff",
    ]
    assert not [m for m in emu.sent(STAFF_CHAT) if m.edited]


async def test_status_and_cancel(running_bot: RunningBot) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 1001
    await emu.user_sends_text(user, "/status")
    assert "pas encore de demande" in ((await emu.wait_for_message(user)).text or "")
    await emu.user_sends_text(user, "Merci de supprimer mon compte et mes données")
    question = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, question.message_id, "c:yes")
    await emu.wait_for_text(user, "adresse e-mail")
    await emu.user_sends_text(user, "unknown@example.org")  # reads the same as a known one
    await emu.wait_for_text(user, "si ces informations correspondent")
    [ticket] = tickets(bot)

    await emu.user_sends_text(user, "/status")
    status = await emu.wait_for_text(user, "Vos demandes")
    assert ticket.reference in (status.text or "")
    assert "en attente de la vérification de votre identité" in (status.text or "")
    due = written_date(ticket.effective_due_at, "fr", ZoneInfo("Europe/Paris"))
    assert f"réponse au plus tard le {due}" in (status.text or "")
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4}", status.text or "")

    await emu.user_sends_text(user, "/cancel")
    await emu.wait_for_text(user, "arrêté l'étape")
    await asyncio.sleep(3)  # a person's pace: the flood guard lets 8 updates through at once
    await emu.user_sends_text(user, "/cancel")
    choice = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, choice.message_id, choice.flat_buttons()[0].callback_data or "")
    confirm = await emu.wait_for_message(user, lambda m: m.edited and bool(m.buttons))
    await emu.user_presses(user, confirm.message_id, confirm.flat_buttons()[0].callback_data or "")
    done = await emu.wait_for_message(
        user, lambda m: m.message_id == confirm.message_id and not m.buttons
    )
    assert "est retirée" in (done.text or "")
    assert tickets(bot)[0].state == State.CANCELLED

    # another chat cannot withdraw it, even with forged button data
    await emu.user_sends_text(5555, "/start")
    await emu.wait_for_message(5555)
    forged = f"x:{ticket.id}:1"
    answers = len(emu.callback_answers)
    hello = emu.sent(5555)[0]
    await emu.user_presses(5555, hello.message_id, forged, check_button=False)
    await _until(lambda: len(emu.callback_answers) > answers)
    assert "introuvable" in emu.callback_answers[-1]["text"]


async def test_unknown_input_gets_a_helpful_answer(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    await emu.user_sends_text(77, "Quand commence mon cours de comptabilité ?")
    answer = await emu.wait_for_message(77)
    assert "Pour vos cours : votre école" in (answer.text or "")
    assert len(answer.flat_buttons()) == 1  # not the list of every right
    await emu.user_sends_text(77, "/frobnicate")
    assert "Je ne connais pas cette commande" in ((await emu.wait_for_message(77)).text or "")
    await emu.user_sends_text(77, "/language")
    choice = await emu.wait_for_message(77, has_buttons)
    await emu.user_presses(77, choice.message_id, choice.button("English").callback_data or "")
    assert "English" in ((await emu.wait_for_message(77)).text or "")
    await emu.user_sends_text(77, "/help")  # language_code fr, but the choice wins
    assert "/status: your requests" in ((await emu.wait_for_message(77)).text or "")


async def _until(condition, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)
