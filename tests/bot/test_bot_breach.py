"""A breach notice delivered in a learner's linked chat, and their reply there: the first request
the chat writes afterwards opens a ticket linked to the breach, even a question the classifier
files as "other" (a question about the breach is for the DPO team, not off topic)."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta

from sqlmodel import select

from tests.bot.scenario import RunningBot
from tests.telegram_emulator import BotMessage
from workflows.breach import Breaches
from workflows.db import session_scope
from workflows.models import BreachNotice, Learner, OutboxItem, Ticket
from workflows.outbox import SENT
from workflows.staff import add_staff

MARIE = 1001  # her chat is linked to learner L-1001
STRANGER = 3003


def has_buttons(message: BotMessage) -> bool:
    return bool(message.buttons)


def tickets(bot: RunningBot) -> list[Ticket]:
    with session_scope(bot.desk.engine) as session:
        return list(session.exec(select(Ticket).order_by(Ticket.id)))  # type: ignore[arg-type]


async def notice_delivered(bot: RunningBot) -> int:
    """Marie's notice sent to her linked chat by the running bot; returns the breach id."""
    desk = bot.desk
    await bot.telegram.user_sends_text(MARIE, "/start")  # a chat the bot may write to
    await bot.telegram.wait_for_message(MARIE)
    with session_scope(desk.engine) as session:
        marie = session.exec(select(Learner).where(Learner.learner_id == "L-1001")).one()
        marie.telegram_chat_id = MARIE
        session.add(marie)
        add_staff(session, "dana")
    breaches = Breaches(desk.engine, desk.ctx)
    breach = breaches.open(
        by="dana",
        title="LMS copied",
        aware_at=desk.ctx.now() - timedelta(hours=3),
        nature="copy of the learner table",
    )
    assert breach.id is not None
    breaches.import_affected(breach.id, io.StringIO("L-1001,email"), by="dana")
    for lang in ("fr", "en"):
        breaches.set_text(
            breach.id, lang, by="dana", nature="copie de la table", consequences="hameçonnage",
            measures="mots de passe changés", advice="changez votre mot de passe",
        )  # fmt: skip
    breaches.approve(breach.id, by="dana")
    breaches.send(breach.id, by="dana")
    notice = await bot.telegram.wait_for_text(MARIE, "incident de sécurité", timeout=10)
    assert "copie de la table" in (notice.text or "")
    for _ in range(100):  # the dispatcher records the delivery just after the Bot API answered
        with session_scope(desk.engine) as session:
            status = session.exec(select(OutboxItem.status)).one()
        if status == SENT:
            break
        await asyncio.sleep(0.05)
    assert status == SENT
    return breach.id


async def test_a_reply_in_the_linked_chat_opens_a_ticket_linked_to_the_breach(
    running_bot: RunningBot,
) -> None:
    bot, emu = running_bot, running_bot.telegram
    breach_id = await notice_delivered(bot)

    # someone else's chat, same words: off topic, as before
    await emu.user_sends_text(STRANGER, "Est-ce que mon mot de passe a fuité ?")
    off_topic = await emu.wait_for_message(STRANGER)
    assert "uniquement des demandes sur vos données" in (off_topic.text or "")

    await emu.user_sends_text(MARIE, "Est-ce que mon mot de passe a fuité ?")
    question = await emu.wait_for_message(MARIE, has_buttons)
    assert "Une autre question" in (question.text or "")
    await emu.user_presses(
        MARIE, question.message_id, question.button("c:yes").callback_data or ""
    )
    await emu.wait_for_message(MARIE, lambda m: "DSR-" in (m.text or ""))
    [ticket] = tickets(bot)
    assert (ticket.request_type, ticket.breach_id, ticket.channel) == (
        "other",
        breach_id,
        "telegram",
    )
    with session_scope(bot.desk.engine) as session:
        notice = session.exec(select(BreachNotice)).one()
    assert notice.ticket_id == ticket.id and ticket.learner_pk == notice.learner_pk

    # the notice is answered: a later request of the chat is an ordinary one
    await emu.user_sends_text(MARIE, "Supprimez toutes mes données")
    again = await emu.wait_for_message(MARIE, has_buttons)
    await emu.user_presses(MARIE, again.message_id, again.button("c:yes").callback_data or "")
    await emu.wait_for_message(MARIE, lambda m: "DSR-" in (m.text or "") and m is not again)
    erasure = tickets(bot)[1]
    assert (erasure.request_type, erasure.breach_id) == ("erasure", None)
