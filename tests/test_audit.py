"""The audit log is tamper-evident: editing, deleting or reordering events is detected."""

from __future__ import annotations

import pytest
from sqlalchemy import func, text
from sqlmodel import col, select

from workflows.audit import append_event, verify_chain
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.intake import Submission
from workflows.models import AuditHead, TicketEvent
from workflows.requests import RequestType


@pytest.fixture
def logged(desk: Desk) -> Desk:
    for n in range(3):
        desk.open_requests(
            Submission(
                channel="email",
                requester_address=f"person{n}@example.org",
                received_at=desk.ctx.now(),
                text="stop",
                labels=(RequestType.MARKETING_OBJECTION,),
            )
        )
    with session_scope(desk.engine) as session:
        report = verify_chain(session)
    assert report.ok and report.checked >= 9
    return desk


def _sql(desk: Desk, statement: str) -> None:
    with desk.engine.begin() as conn:
        conn.execute(text(statement))


def _verify(desk: Desk):  # type: ignore[no-untyped-def]
    with session_scope(desk.engine) as session:
        return verify_chain(session)


def test_intact_log_verifies(logged: Desk) -> None:
    assert _verify(logged).ok


def test_edited_event_is_detected(logged: Desk) -> None:
    _sql(logged, "UPDATE ticket_event SET actor = 'someone else' WHERE id = 4")
    report = _verify(logged)
    assert (report.ok, report.broken_event_id) == (False, 4)
    assert "altered" in (report.problem or "")


def test_deleted_event_is_detected(logged: Desk) -> None:
    _sql(logged, "DELETE FROM ticket_event WHERE id = 5")
    report = _verify(logged)
    assert (report.ok, report.broken_event_id) == (False, 6)


def test_reordered_events_are_detected(logged: Desk) -> None:
    _sql(logged, "UPDATE ticket_event SET id = 1000 WHERE id = 2")
    _sql(logged, "UPDATE ticket_event SET id = 2 WHERE id = 3")
    _sql(logged, "UPDATE ticket_event SET id = 3 WHERE id = 1000")
    report = _verify(logged)
    assert (report.ok, report.broken_event_id) == (False, 2)


def test_truncated_tail_is_detected(logged: Desk) -> None:
    _sql(logged, "DELETE FROM ticket_event WHERE id = (SELECT MAX(id) FROM ticket_event)")
    report = _verify(logged)
    assert not report.ok
    assert "missing" in (report.problem or "")


def test_events_of_one_transaction_are_chained_in_the_order_appended(desk: Desk) -> None:
    """Many events written at once (one statement) keep the order they were appended in: ids,
    and so the chain, follow it, on SQLite as on PostgreSQL."""
    commands = [f"step{n}" for n in range(40)]
    with session_scope(desk.engine) as session:
        for command in commands:
            append_event(
                session,
                ticket_id=None,
                at=desk.ctx.now(),
                actor="test",
                command=command,
                from_state="",
                to_state="",
            )
    with session_scope(desk.engine) as session:
        written = session.exec(select(TicketEvent.command).order_by(col(TicketEvent.id))).all()
        head = session.get(AuditHead, 1)
        last = session.exec(select(func.max(TicketEvent.id))).one()
    assert list(written) == commands
    assert head is not None and head.last_event_id == last
    assert _verify(desk).ok
