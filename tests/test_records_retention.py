"""The desk's own records follow their written retention rule (docs/retention.md): free texts
leave the audit chain, a keyed digest stays, and the chain still verifies; register rows leave
after their period with the oldest events, and the chain's new start is sealed."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from sqlalchemy import delete, update
from sqlmodel import col, select

from tests.conftest import Clock, mail_reply
from tests.test_fulfilment import STAFF, populate
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.intake import Submission
from workflows.lifecycle import RejectionReason
from workflows.models import AuditGap, OutboxItem, SuppressionEntry, Ticket, TicketEvent
from workflows.register import export_csv
from workflows.requests import RequestType
from workflows.scheduler import tick

REPLY = "Mon ancien numéro était le 06 98 76 54 32, je vis à Lyon"


def _answered_and_refused(desk: Desk, sender: str = "bob@example.com") -> Ticket:
    """A request whose requester wrote back a free text, then refused: closed."""
    ticket = desk.open_requests(
        Submission(
            channel="email",
            requester_address=sender,
            received_at=desk.ctx.now(),
            subject="Objection",
            text="I object to the processing of my data",
            labels=(RequestType.OBJECTION,),
        )
    ).tickets[0]
    assert ticket.id is not None
    desk.ask_requester(ticket.id, STAFF, "Which processing do you object to?")
    mail_reply(desk, sender, REPLY)
    return desk.reject(ticket.id, STAFF, RejectionReason.COMPELLING_GROUNDS, "Mandatory records.")


def _events(desk: Desk, ticket_id: int | None = None) -> list[TicketEvent]:
    with session_scope(desk.engine) as session:
        query = select(TicketEvent).order_by(col(TicketEvent.id))
        if ticket_id is not None:
            query = query.where(TicketEvent.ticket_id == ticket_id)
        return list(session.exec(query))


def _texts(events: list[TicketEvent]) -> list[str]:
    return [str(e.data["text"]) for e in events if "text" in e.data]


@pytest.fixture
def people(desk: Desk) -> Desk:
    return populate(desk)


def test_free_texts_leave_the_audit_chain_and_it_still_verifies(
    people: Desk, clock: Clock
) -> None:
    desk = people
    ticket = _answered_and_refused(desk)
    assert ticket.id is not None
    events = _events(desk, ticket.id)
    assert REPLY in _texts(events)
    replied = next(e for e in events if e.data.get("text") == REPLY)
    assert len(replied.data["text_digest"]) == 64

    clock.now += timedelta(days=desk.ctx.settings.purge_after_days + 1)
    tick(desk)
    after = _events(desk, ticket.id)
    assert _texts(after) == []  # the requester's reply and staff's explanation are gone
    assert [e.data.get("text_digest") for e in after if "text_digest" in e.data] == [
        e.data["text_digest"] for e in events if "text_digest" in e.data
    ]
    assert desk.verify_audit().ok


def test_a_free_text_edited_in_place_is_reported(people: Desk) -> None:
    desk = people
    ticket = _answered_and_refused(desk)
    replied = next(e for e in _events(desk, ticket.id) if e.data.get("text") == REPLY)
    assert desk.verify_audit().ok
    forged = {**replied.data, "text": "I withdraw my objection"}
    desk.run(
        lambda s: s.execute(
            update(TicketEvent).where(col(TicketEvent.id) == replied.id).values(data=forged)
        )
    )
    report = desk.verify_audit()
    assert not report.ok and report.broken_event_id == replied.id


def _register(desk: Desk) -> list[str]:
    out = io.StringIO()
    desk.run(lambda s: export_csv(s, desk.ctx.tz, out))
    return [row["reference"] for row in csv.DictReader(io.StringIO(out.getvalue()))]


def test_register_rows_leave_after_five_years_and_the_chain_start_is_sealed(
    people: Desk, clock: Clock
) -> None:
    desk = people
    assert desk.ctx.settings.register_retention_years == 5
    old = _answered_and_refused(desk)
    marketing = desk.open_requests(
        Submission(
            channel="email",
            requester_address="carl@example.org",
            received_at=desk.ctx.now(),
            text="stop",
            labels=(RequestType.MARKETING_OBJECTION,),
        )
    ).tickets[0]
    start = clock.now
    clock.now = start + timedelta(days=30)
    tick(desk)  # the scheduler runs all along: what waited for an answer expired meanwhile
    clock.now = start + timedelta(days=2 * 365)
    recent = _answered_and_refused(desk, "alice@example.fr")
    assert {old.reference, marketing.reference, recent.reference} <= set(_register(desk))

    clock.now = start + timedelta(days=5 * 365 - 2)  # not yet five years
    tick(desk)
    assert old.reference in _register(desk)

    old_events = _events(desk, old.id) + _events(desk, marketing.id)
    clock.now = start + timedelta(days=5 * 365 + 2)
    tick(desk)
    with session_scope(desk.engine) as session:
        states = {t.reference: (t.state, t.closed_at) for t in session.exec(select(Ticket))}
    assert _register(desk) == [recent.reference], states
    with session_scope(desk.engine) as session:
        assert session.get(Ticket, old.id) is None
        assert session.exec(select(OutboxItem).where(OutboxItem.ticket_id == old.id)).all() == []
        # the objection to marketing still stands, no longer pointing to its request
        (entry,) = session.exec(select(SuppressionEntry)).all()
        assert entry.address == "carl@example.org" and entry.ticket_id is None
        # their events were in two runs: before the recent request, and their purge notes
        gaps = session.exec(select(AuditGap).order_by(col(AuditGap.after_id))).all()
        assert [g.after_id > 0 for g in gaps] == [False, True]
        assert sum(g.removed for g in gaps) == len(old_events)
        gap = gaps[0]
    assert _events(desk, old.id) == [] and _events(desk, recent.id)
    report = desk.verify_audit()
    assert report.ok, report.problem

    # removing one more event, or a gap that hides it, is reported
    first = _events(desk)[0]
    desk.run(lambda s: s.execute(delete(TicketEvent).where(col(TicketEvent.id) == first.id)))
    assert not desk.verify_audit().ok
    desk.run(
        lambda s: s.execute(
            update(AuditGap).where(col(AuditGap.id) == gap.id).values(next_id=_events(desk)[0].id)
        )
    )
    report = desk.verify_audit()
    assert not report.ok and report.problem == "does not follow the event before it"


def test_a_register_row_stays_while_its_erasure_is_still_due(people: Desk, clock: Clock) -> None:
    """Alice's erasure kept her CNCP exams until 2034: the row outlives its five years until the
    scheduler has erased them, then leaves."""
    from tests.test_fulfilment import T, _submit, _verified

    desk = people
    result = _submit(desk, "alice@example.fr", (T.ERASURE,))
    _verified(desk, result, "alice@example.fr")
    ticket = result.tickets[0]
    assert ticket.id is not None
    desk.approve(ticket.id, STAFF)
    start = clock.now
    for years in range(1, 8):  # the scheduler runs every year of it
        clock.now = start + timedelta(days=365 * years + 5)
        tick(desk)
    assert ticket.reference in _register(desk)  # seven years on: exams kept until 2034
    clock.now = start + timedelta(days=365 * 8 + 5)
    tick(desk)  # the exams are erased: the request is long past its five years
    assert ticket.reference in _register(desk)  # its erasure note is the newest event: noted
    tick(desk)  # the next pass deletes it
    assert ticket.reference not in _register(desk)
    assert desk.verify_audit().ok
