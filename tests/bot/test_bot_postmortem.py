"""A request about data after a death: the bot asks who is writing before anything is opened."""

from __future__ import annotations

from sqlmodel import select

from tests.bot.scenario import RunningBot
from tests.telegram_emulator import BotMessage
from workflows.db import session_scope
from workflows.lifecycle import State
from workflows.models import Ticket


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
    await emu.wait_for_text(user, "Si ces informations correspondent")
    [ticket] = _tickets(bot)
    assert (ticket.request_type, ticket.requester_kind) == ("post_mortem", "self")
    assert ticket.state == State.AWAITING_IDENTITY
    assert ticket.details["post_mortem"]["action"] == "keep"
