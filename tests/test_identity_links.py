"""Telegram links end: the learner unlinks (``Desk.unlink_chat``), staff unlink (audited, staff
only), and a link left unused for ``TELEGRAM_LINK_MAX_IDLE_DAYS`` expires in the scheduler."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import col, select

from tests.conftest import Clock
from tests.identity_helpers import ALICE, link_chat, people
from workflows.config import Settings
from workflows.db import session_scope
from workflows.desk import Decider, Desk
from workflows.intake import Submission
from workflows.lifecycle import State
from workflows.models import Learner, TicketEvent
from workflows.scheduler import tick
from workflows.staff import NotStaff

CHAT = 555


@pytest.fixture
def desk_with_people(desk: Desk) -> Desk:
    return people(desk)


def link(desk: Desk, chat: int = CHAT) -> None:
    link_chat(desk, "L001", chat, ALICE)
    assert linked_chat(desk) == chat


def linked_chat(desk: Desk) -> int | None:
    with session_scope(desk.engine) as session:
        alice = session.exec(select(Learner).where(Learner.learner_id == "L001")).one()
        return alice.telegram_chat_id


def from_chat(desk: Desk, text: str = "access") -> State:
    result = desk.open_requests(
        Submission(
            channel="telegram",
            requester_address=str(CHAT),
            received_at=desk.ctx.now(),
            text=text,
            telegram_chat_id=CHAT,
        )
    )
    return State(result.tickets[0].state)


def learner_events(desk: Desk) -> list[TicketEvent]:
    with session_scope(desk.engine) as session:
        return list(
            session.exec(
                select(TicketEvent)
                .where(col(TicketEvent.ticket_id).is_(None))
                .order_by(col(TicketEvent.id))
            )
        )


def test_the_idle_limit_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(_env_file=None).telegram_link_max_idle_days == 365  # type: ignore[call-arg]
    monkeypatch.setenv("PRIVACY_DESK_TELEGRAM_LINK_MAX_IDLE_DAYS", "30")
    assert Settings(_env_file=None).telegram_link_max_idle_days == 30  # type: ignore[call-arg]


def test_a_link_left_unused_expires_and_the_chat_must_verify_again(
    desk_with_people: Desk, clock: Clock
) -> None:
    desk = desk_with_people
    link(desk)
    clock.now += timedelta(days=300)
    assert from_chat(desk) is not State.AWAITING_IDENTITY  # a use: the year starts again
    clock.now += timedelta(days=364)
    tick(desk)
    assert linked_chat(desk) == CHAT

    clock.now += timedelta(days=2)
    tick(desk)
    assert linked_chat(desk) is None
    (ended,) = learner_events(desk)
    assert (ended.actor, ended.reason) == ("scheduler", "telegram link ended unused")
    assert ended.data["learner_id"] == "L001"
    assert from_chat(desk, "portability") is State.AWAITING_IDENTITY
    tick(desk)  # nothing more to end
    assert len(learner_events(desk)) == 1
    assert desk.verify_audit().ok


def test_the_learner_and_staff_can_unlink_and_it_is_audited(desk_with_people: Desk) -> None:
    desk = desk_with_people
    link(desk)
    assert desk.unlink_chat(CHAT) is True
    assert desk.unlink_chat(CHAT) is False
    assert from_chat(desk) is State.AWAITING_IDENTITY

    link(desk)
    with pytest.raises(NotStaff):
        desk.unlink_learner("L001", Decider(name="mallory"))
    assert linked_chat(desk) == CHAT
    assert desk.unlink_learner("L001", Decider(name="claire")) is True
    assert desk.unlink_learner("L001", Decider(name="claire")) is False
    assert linked_chat(desk) is None
    with pytest.raises(ValueError, match="no learner L404"):
        desk.unlink_learner("L404", Decider(name="claire"))
    assert [(e.actor, e.reason) for e in learner_events(desk)] == [
        (f"telegram:{CHAT}", "telegram link ended by the learner"),
        ("mallory", "refused: end a telegram link by someone who is not staff"),
        ("staff:claire", "telegram link ended by staff"),
    ]
    assert desk.verify_audit().ok
