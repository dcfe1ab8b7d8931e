"""The staff chat cannot be flooded, and a flooded chat holds back nobody else.

Anyone can write to the DPO address, and every message a person wrote becomes a ticket for
staff: a burst of mail is a burst of escalations. These scenarios run the whole Telegram channel
against the Bot API emulator.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlmodel import select

from tests.bot.scenario import STAFF_CHAT, RunningBot
from workflows.db import session_scope
from workflows.intake import Submission
from workflows.models import OutboxItem, utcnow
from workflows.requests import RequestType
from workflows.scheduler import tick


@pytest.fixture
def fsm_backend() -> None:
    """Conversation storage plays no part here: memory only."""
    return None


def escalate(bot: RunningBot, count: int) -> list[str]:
    """``count`` strangers each write to the DPO; each message is a ticket for staff."""
    references = []
    for n in range(count):
        result = bot.desk.open_requests(
            Submission(
                channel="email",
                requester_address=f"stranger{n}@example.net",
                received_at=bot.desk.ctx.now(),
                text=f"Bonjour, une question sur ma formation ({n}).",
                labels=(RequestType.OTHER,),
            )
        )
        references += [t.reference for t in result.tickets]
    return references


def staff_items(bot: RunningBot) -> list[OutboxItem]:
    with session_scope(bot.desk.engine) as session:
        return list(session.exec(select(OutboxItem).where(OutboxItem.channel == "staff")))


def queue_for_learner(bot: RunningBot, chat_id: int, text: str) -> None:
    with session_scope(bot.desk.engine) as session:
        session.add(
            OutboxItem(channel="telegram", recipient=str(chat_id), template="t", body_text=text)
        )


async def test_a_flooded_staff_chat_does_not_delay_a_learner(running_bot: RunningBot) -> None:
    bot, emu, learner = running_bot, running_bot.telegram, 5150
    await emu.user_sends_text(learner, "/help")
    await emu.wait_for_message(learner)
    emu.flood("sendMessage", times=1000, retry_after=30, chat_id=STAFF_CHAT)

    escalate(bot, 2)
    for _ in range(100):
        if emu.floods_answered(STAFF_CHAT):
            break
        await asyncio.sleep(0.05)
    assert emu.floods_answered(STAFF_CHAT) == 1

    queue_for_learner(bot, learner, "Votre demande avance.")
    started = asyncio.get_running_loop().time()
    await emu.wait_for_text(learner, "Votre demande avance.", timeout=3)
    assert asyncio.get_running_loop().time() - started < 3

    await asyncio.sleep(0.5)  # a few dispatcher rounds: the staff chat is not asked again
    assert emu.floods_answered(STAFF_CHAT) == 1 and emu.sent(STAFF_CHAT) == []
    later = utcnow() + timedelta(seconds=25)
    escalations = staff_items(bot)
    assert len(escalations) == 2
    assert all(i.status == "pending" and i.next_attempt_at >= later for i in escalations)


async def test_fifty_escalations_in_a_minute_make_at_most_n_plus_one_messages(
    running_bot: RunningBot,
) -> None:
    bot, emu = running_bot, running_bot.telegram
    limit = bot.desk.ctx.settings.staff_chat_max_per_minute
    references = await asyncio.to_thread(escalate, bot, 50)
    await asyncio.to_thread(tick, bot.desk)  # the scheduler's pass sends the digest
    await emu.wait_for_sent(limit + 1, timeout=20)
    await asyncio.sleep(1)  # and nothing more comes
    messages = emu.sent(STAFF_CHAT)
    assert len(messages) == limit + 1
    cards, digest = messages[:limit], messages[limit]
    assert all(m.button("Approuver") for m in cards)  # the first ones as usual
    assert digest.buttons == () and digest.text is not None
    assert digest.text.count("\n- DSR-") == 50 - limit
    seen = "\n".join(m.text or "" for m in messages)
    assert all(reference in seen for reference in references)
