"""The staff chat's flood guard: past N messages a minute, notices about tickets are held and
sent as one digest a minute naming every ticket; nothing is lost."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlmodel import col, select

from tests.conftest import Clock, outbox
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.intake import Submission
from workflows.models import OutboxItem, OutboxStatus, Ticket
from workflows.requests import RequestType
from workflows.scheduler import tick
from workflows.staffchat import MAX_DIGEST_LINES, release_held

LIMIT = 3


def limited(desk: Desk, per_minute: int = LIMIT) -> Desk:
    desk.ctx.settings = desk.ctx.settings.model_copy(
        update={"staff_chat_max_per_minute": per_minute}
    )
    return desk


def escalate(desk: Desk, count: int, start: int = 0) -> list[str]:
    """``count`` strangers write to the DPO: each message is a ticket escalated to staff."""
    references = []
    for n in range(start, start + count):
        result = desk.open_requests(
            Submission(
                channel="email",
                requester_address=f"stranger{n}@example.net",
                received_at=desk.ctx.now(),
                text=f"Bonjour, une question ({n}).",
                labels=(RequestType.OTHER,),
            )
        )
        references += [t.reference for t in result.tickets]
    return references


def statuses(desk: Desk) -> list[str]:
    return [i.status for i in outbox(desk, channel="staff") if i.template == "staff_escalation"]


def release(desk: Desk) -> OutboxItem | None:
    return desk.run(lambda s: release_held(s, desk.ctx, desk.ctx.now()))


def test_past_the_limit_escalations_are_held_then_sent_as_one_digest(
    desk: Desk, clock: Clock
) -> None:
    desk = limited(desk)
    references = escalate(desk, 8)
    assert statuses(desk) == [OutboxStatus.PENDING] * LIMIT + [OutboxStatus.HELD] * 5

    digest = release(desk)
    assert digest is not None and digest.channel == "staff" and digest.ticket_id is None
    assert digest.recipient == "-100123" and digest.status == OutboxStatus.PENDING
    lines = [line for line in digest.body_text.splitlines() if line.startswith("- ")]
    assert lines == [f"- {ref} other — décision attendue" for ref in references[LIMIT:]]
    assert "privacy-desk tickets show" in digest.body_text
    assert statuses(desk) == [OutboxStatus.PENDING] * LIMIT + [OutboxStatus.GROUPED] * 5

    more = escalate(desk, 2, start=8)  # the chat had its minute's worth: held again
    assert statuses(desk)[-2:] == [OutboxStatus.HELD, OutboxStatus.HELD]
    assert release(desk) is None  # one digest a minute
    clock.now += timedelta(seconds=61)
    second = release(desk)
    assert second is not None and all(ref in second.body_text for ref in more)

    clock.now += timedelta(seconds=61)  # a quiet minute: escalations go one by one again
    escalate(desk, 1, start=10)
    assert statuses(desk)[-1] == OutboxStatus.PENDING


def test_the_scheduler_sends_the_digest_and_nothing_is_lost(desk: Desk, clock: Clock) -> None:
    desk = limited(desk, per_minute=1)
    total = MAX_DIGEST_LINES + 7
    references = escalate(desk, total)
    tick(desk)
    (first,) = outbox(desk, template="staff_grouped")
    assert len(first.body_text) <= 4096  # one Telegram message
    assert f"{total - 1 - MAX_DIGEST_LINES} autres attendent" in first.body_text
    clock.now += timedelta(seconds=61)
    tick(desk)
    named = "\n".join(
        i.body_text for i in outbox(desk, channel="staff") if i.status == OutboxStatus.PENDING
    )
    assert all(ref in named for ref in references)
    assert set(statuses(desk)) == {OutboxStatus.PENDING, OutboxStatus.GROUPED}
    with session_scope(desk.engine) as session:  # every ticket waits in the queue for staff
        waiting = session.exec(select(Ticket).where(col(Ticket.reference).in_(references))).all()
    assert {t.state for t in waiting} == {"awaiting_approval"} and len(waiting) == total


def test_without_a_staff_chat_nothing_is_held(desk: Desk) -> None:
    desk.ctx.settings = desk.ctx.settings.model_copy(update={"staff_chat_id": None})
    escalate(desk, 3)
    assert outbox(desk, channel="staff") == [] and release(desk) is None


def test_concurrent_escalations_do_not_overrun_the_limit(desk: Desk) -> None:
    """Many writers at once (bot updates, intake workers, instances): still N a minute."""
    desk = limited(desk)
    with ThreadPoolExecutor(max_workers=12) as pool:
        list(pool.map(lambda n: escalate(desk, 1, start=n), range(24)))
    assert sorted(statuses(desk)).count(OutboxStatus.PENDING) == LIMIT
    assert len(statuses(desk)) == 24
