"""Retention of Privacy Desk's own data: bodies, attachments and proofs purged after closure;
the register row stays."""

from __future__ import annotations

import io
from datetime import timedelta

from sqlalchemy import update
from sqlmodel import select

from tests.conftest import Clock, outbox, tickets_read
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.intake import Submission
from workflows.learners import import_learners
from workflows.models import InboundMessage, OutboxItem
from workflows.register import export_csv
from workflows.requests import RequestType
from workflows.scheduler import tick


def _objection(desk: Desk, sender: str) -> int:
    result = desk.open_requests(
        Submission(
            channel="email",
            requester_address=sender,
            received_at=desk.ctx.now(),
            subject="Stop",
            text="Ne m'appelez plus, mon numéro est le 06 12 34 56 78",
            labels=(RequestType.MARKETING_OBJECTION,),
            message_id=f"<{sender}@mail.example>",
        )
    )
    ticket = result.tickets[0]
    assert ticket.id is not None
    desk.run(
        lambda s: s.add(
            InboundMessage(
                source="smtp",
                raw=b"From: x\r\n\r\nNe m'appelez plus",
                sha256="0" * 64,
                thread_key=result.thread_key,
                ticket_id=ticket.id,
            )
        )
    )
    return ticket.id


def _alice(desk: Desk) -> None:
    desk.run(
        lambda s: import_learners(
            s,
            io.StringIO(
                "learner_id,email,first_name,last_name,phone,birth_date,language\n"
                "L001,alice@example.fr,Alice,Martin,0612345678,1990-04-02,fr\n"
            ),
        )
    )


def test_closed_tickets_lose_their_bodies_but_keep_their_register_row(
    desk: Desk, clock: Clock
) -> None:
    _alice(desk)
    old = _objection(desk, "alice@example.fr")
    clock.now += timedelta(days=desk.ctx.settings.purge_after_days - 10)
    recent = _objection(desk, "other@example.fr")
    clock.now += timedelta(days=11)
    desk.run(lambda s: s.execute(update(OutboxItem).values(status="sent")))  # dispatched
    tick(desk)
    tick(desk)  # idempotent

    purged, events = desk.ticket(old)
    assert purged.text == "" and purged.subject == "" and purged.purged_at is not None
    # the number the learner wrote, and the list of what was suppressed, go with the body
    assert "identifiers" not in purged.details
    assert "suppressed" not in purged.details["fulfilment"]
    kept_details = desk.ticket(recent)[0].details
    assert kept_details["identifiers"] == {"phone": ["+33612345678"]}
    assert [e.reason for e in events].count(
        "retention: message bodies, attachments and proofs purged"
    ) == 1
    assert all(i.body_text == "" for i in outbox(desk, ticket_id=old))
    kept, _ = desk.ticket(recent)
    assert "Ne m'appelez plus" in kept.text
    assert any(i.body_text for i in outbox(desk, ticket_id=recent))
    with session_scope(desk.engine) as session:
        raws = {m.ticket_id: m.raw for m in session.exec(select(InboundMessage))}
    assert raws[old] == b"" and raws[recent]

    out = io.StringIO()
    desk.run(lambda s: export_csv(s, desk.ctx.tz, out))
    header, *rows = out.getvalue().splitlines()
    for column in ("reference", "type", "channel", "received", "due", "extended", "closed"):
        assert column in header
    assert "outcome" in header and "days_taken" in header and "decided_by" in header
    assert any(purged.reference in row and "marketing_objection" in row for row in rows)


def test_a_purged_ticket_is_not_read_again_at_each_pass(desk: Desk, clock: Clock) -> None:
    """Years of purged tickets are not read into the process every minute."""
    _alice(desk)
    old = _objection(desk, "alice@example.fr")
    clock.now += timedelta(days=desk.ctx.settings.purge_after_days + 1)
    desk.run(lambda s: s.execute(update(OutboxItem).values(status="sent")))
    with tickets_read() as loaded:
        tick(desk)
        assert old in loaded and desk.ticket(old)[0].purged_at is not None
        loaded.clear()
        tick(desk)
        assert old not in loaded
