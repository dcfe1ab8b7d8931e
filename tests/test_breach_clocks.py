"""A breach's 72-hour clocks in front of staff: reminders 24 and 48 hours after awareness (each
once, audited, to the staff chat and to each DPO in their language), the staff digest, and the
requests linked to a breach picked out of the digest."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select

from tests.conftest import Clock, outbox
from tests.test_breach import AWARE, one_notice_queued, opened
from workflows.breach import Breaches
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.models import OutboxItem, Ticket, TicketEvent
from workflows.scheduler import digest_entries, tick
from workflows.staff import Role, add_staff, set_language


def team(desk: Desk) -> Breaches:
    desk.run(lambda s: add_staff(s, "Dana", email="dana@studi.fr"))
    desk.run(lambda s: add_staff(s, "Eve", email="eve@studi.fr"))
    desk.run(lambda s: set_language(s, "Eve", "en"))
    desk.run(lambda s: add_staff(s, "Al", email="al@studi.fr", role=Role.AGENT))
    return Breaches(desk.engine, desk.ctx)


def reminders(desk: Desk) -> list[tuple[str, str, str]]:
    return [
        (i.channel, i.recipient, i.language)
        for i in outbox(desk, template="staff_breach_reminder")
    ]


def test_staff_are_reminded_at_24_and_48_hours_once_each_and_it_is_audited(
    desk: Desk, clock: Clock
) -> None:
    breaches = team(desk)
    breach_id = opened(breaches)
    clock.now = AWARE + timedelta(hours=23, minutes=59)
    tick(desk)
    assert reminders(desk) == []

    clock.now = AWARE + timedelta(hours=24, minutes=5)
    tick(desk)
    tick(desk)  # the next pass sends nothing more
    first = outbox(desk, template="staff_breach_reminder")
    assert reminders(desk) == [
        ("staff", "-100123", "fr"),
        ("email", "dana@studi.fr", "fr"),
        ("email", "eve@studi.fr", "en"),  # an agent is not the one who notifies the CNIL
    ]
    chat, dana, eve = first
    assert (
        dana.subject == "[Violation 1] 24 h depuis la prise de connaissance : 47 h pour notifier"
    )
    assert "CNIL (article 33, paragraphe 1, du RGPD) : pas encore notifiée" in dana.body_text
    assert "avant le 13 mars 2026 09:00 (il reste 47 h)" in dana.body_text
    assert "privacy-desk breach cnil-notified 1 --by NOM" in chat.body_text
    assert eve.subject == "[Breach 1] 24 h since awareness: 47 h left to notify"
    assert "0 notice(s) sent of 0" in eve.body_text

    breaches.cnil_notified(breach_id, by="Dana", at=AWARE + timedelta(hours=30))
    clock.now = AWARE + timedelta(hours=48, minutes=1)
    tick(desk)
    clock.now = AWARE + timedelta(hours=60)
    tick(desk)
    second = outbox(desk, template="staff_breach_reminder")[3:]
    assert len(second) == 3
    assert "CNIL (GDPR article 33(1)): notified on" in second[2].body_text
    assert "cnil-notified" not in second[2].body_text  # nothing left to do for that clock

    clock.now = AWARE + timedelta(hours=80)
    tick(desk)  # overdue: the digest says so, no third reminder
    assert len(outbox(desk, template="staff_breach_reminder")) == 6
    with session_scope(desk.engine) as session:
        events = session.exec(
            select(TicketEvent)
            .where(TicketEvent.command == "breach_reminder")
            .order_by(col(TicketEvent.id))
        ).all()
    assert [(e.data["hours"], e.data["running"]) for e in events] == [
        (24, ["CNIL", "learners"]),
        (48, ["learners"]),
    ]
    assert events[0].data["recipients"] == ["staff chat -100123", "Dana", "Eve"]
    assert desk.verify_audit().ok


def test_a_scheduler_that_was_down_sends_only_the_latest_reminder(
    desk: Desk, clock: Clock
) -> None:
    breaches = team(desk)
    opened(breaches)
    clock.now = AWARE + timedelta(hours=50)
    tick(desk)
    subjects = [i.subject for i in outbox(desk, template="staff_breach_reminder")]
    assert len(subjects) == 3 and all("48 h" in s for s in subjects), subjects


def test_no_reminder_once_both_clocks_stopped(desk: Desk, clock: Clock) -> None:
    breaches = team(desk)
    breach_id = one_notice_queued(desk, breaches)
    breaches.cnil_notified(breach_id, by="Dana", at=clock.now)
    (item,) = outbox(desk, template="breach_notice")
    with session_scope(desk.engine) as session:  # the one notice was delivered
        stored = session.get(OutboxItem, item.id)
        assert stored is not None
        stored.status, stored.sent_at = "sent", clock.now
        session.add(stored)
    assert breaches.running() == []
    clock.now = AWARE + timedelta(hours=25)
    tick(desk)
    assert reminders(desk) == []


def test_the_digest_shows_the_clocks_and_marks_the_requests_linked_to_a_breach(
    desk: Desk, clock: Clock
) -> None:
    breaches = team(desk)
    breach_id = opened(breaches)
    desk.run(lambda s: s.add(_ticket("PD-1", breach_id)))
    desk.run(lambda s: s.add(_ticket("PD-2", None)))
    clock.now = AWARE + timedelta(hours=10)  # 18:00 in Paris, after the digest hour
    tick(desk)
    (digest,) = outbox(desk, template="staff_digest")
    assert digest.subject == "Violations de données en cours et demandes à échéance proche"
    text = digest.body_text
    assert "Violation 1 « LMS database copied »" in text
    assert "CNIL — 62 h restantes" in text and "apprenants — 62 h restantes" in text
    assert "- PD-1 erasure [awaiting_approval] (violation 1)" in text
    assert "- PD-2 erasure [awaiting_approval] —" in text
    linked = desk.run(lambda s: digest_entries(s, desk.ctx, clock.now, breach_id=breach_id))
    assert [t.reference for t, _ in linked] == ["PD-1"]


def _ticket(reference: str, breach_id: int | None) -> Ticket:
    received = AWARE
    return Ticket(
        reference=reference,
        thread_key=reference,
        channel="email",
        requester_address=f"{reference.lower()}@exemple.fr",
        request_type="erasure",
        state="awaiting_approval",
        language="fr",
        received_at=received,
        due_at=received + timedelta(days=3),
        breach_id=breach_id,
    )
