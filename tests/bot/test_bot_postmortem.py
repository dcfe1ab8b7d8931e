"""A request about data after a death: the bot asks who is writing before anything is opened."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from sqlmodel import select

from tests.bot.scenario import STAFF_CHAT, STAFF_USER, RunningBot
from tests.telegram_emulator import BotMessage
from workflows.db import session_scope
from workflows.intake import Submission
from workflows.lifecycle import State
from workflows.models import Ticket
from workflows.requests import RequestType


async def _until(condition: Callable[[], bool]) -> None:
    for _ in range(200):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition never met")


def _tickets(bot: RunningBot) -> list[Ticket]:
    with session_scope(bot.desk.engine) as session:
        return list(session.exec(select(Ticket).order_by(Ticket.id)))  # type: ignore[arg-type]


def _buttons(message: BotMessage) -> bool:
    return bool(message.buttons)


async def _pick_post_mortem(bot: RunningBot, user: int) -> BotMessage:
    emu = bot.telegram
    await emu.user_sends_text(user, "/start")
    hello = await emu.wait_for_message(user, _buttons)
    await emu.user_presses(user, hello.message_id, "t:post_mortem")
    question = await emu.wait_for_message(user, lambda m: "Qui écrit" in (m.text or ""))
    assert [b.callback_data for b in question.flat_buttons()] == ["pw:self", "pw:heir"]
    return question


async def test_someone_reporting_a_death_is_a_third_party(running_bot: RunningBot) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 3003
    question = await _pick_post_mortem(bot, user)
    await emu.user_presses(user, question.message_id, "pw:heir")
    await emu.wait_for_text(user, "la personne décédée avait enregistrée")
    await emu.user_sends_text(user, "L-1001")
    await emu.wait_for_text(user, "justificatifs")
    [ticket] = _tickets(bot)
    assert (ticket.request_type, ticket.requester_kind) == ("post_mortem", "heir")
    assert ticket.state == State.AWAITING_REQUESTER


async def test_a_learner_recording_directives_is_identified_as_themself(
    running_bot: RunningBot,
) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 3004
    question = await _pick_post_mortem(bot, user)
    await emu.user_presses(user, question.message_id, "pw:self")
    await emu.wait_for_text(user, "adresse e-mail")
    await emu.user_sends_text(user, "L-1001")
    await emu.wait_for_text(user, "si ces informations correspondent")
    [ticket] = _tickets(bot)
    assert (ticket.request_type, ticket.requester_kind) == ("post_mortem", "self")
    assert ticket.state == State.AWAITING_IDENTITY
    assert ticket.details["post_mortem"]["action"] == "keep"


async def test_staff_approving_an_heirs_request_in_chat_are_told_to_choose_the_outcome(
    running_bot: RunningBot,
) -> None:
    bot, emu = running_bot, running_bot.telegram
    result = bot.desk.open_requests(
        Submission(
            channel="email",
            requester_address="heir@example.org",
            received_at=bot.desk.ctx.now(),
            subject="Décès",
            text="Mon père est décédé, je suis son héritier.",
            labels=(RequestType.POST_MORTEM,),
            learner_hint="L-1001",
        )
    )
    (ticket,) = result.tickets
    assert ticket.id is not None and ticket.requester_kind == "heir"
    for name in ("identite.pdf", "acte-de-deces.pdf", "acte-de-notoriete.pdf"):
        bot.desk.add_proof(
            ticket.id, name, "application/pdf", b"%PDF-1.7\n%%EOF\n", "email:heir@example.org"
        )
    card = await emu.wait_for_message(  # Approve comes once every document is in
        STAFF_CHAT,
        lambda m: (
            ticket.reference in (m.text or "")
            and any((b.callback_data or "").startswith("d:a:") for b in m.flat_buttons())
        ),
    )
    approve = card.button("d:a:").callback_data or ""
    await emu.user_presses(STAFF_USER, card.message_id, approve, chat_id=STAFF_CHAT)
    await emu.wait_for_text(STAFF_CHAT, "settle_estate, close_account")
    assert _tickets(bot)[0].state == State.AWAITING_APPROVAL
