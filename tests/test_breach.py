"""Breach notices: the art. 33 record and its 72-hour clocks, approved notices queued exactly once
per affected learner on their verified channel at a limited rate, and replies that become tickets
linked to the breach (and shown in the register)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from mail.intake import MailIntake
from tests.conftest import Clock, outbox
from tests.test_mail_e2e import DPO, mail
from workflows import breach as breaches
from workflows.breach import Breaches, NotApproved
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.models import BreachNotice, Learner, OutboxItem, Ticket, TicketEvent
from workflows.register import export_csv
from workflows.staff import NotAllowed, NotStaff, Role, add_staff

AWARE = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # the test clock reads 09:30 that day


@pytest.fixture
def staffed(desk: Desk) -> Breaches:
    desk.run(lambda s: add_staff(s, "Dana", email="dana@studi.fr"))
    return Breaches(desk.engine, desk.ctx)


def learners(desk: Desk, n: int, *, chats: int = 0) -> None:
    def work(session: object) -> None:
        for i in range(n):
            session.add(  # type: ignore[attr-defined]
                Learner(
                    learner_id=f"L{i:05d}",
                    email=f"l{i}@exemple.fr",
                    language="en" if i % 2 else "fr",
                    telegram_chat_id=9000 + i if i < chats else None,
                )
            )

    desk.run(work)


def opened(b: Breaches) -> int:
    record = b.open(
        by="Dana",
        title="LMS database copied",
        aware_at=AWARE,
        nature="An attacker copied the learner table of the LMS.",
        data_categories="identity, contact details",
        people_count=1200,
        records_count=1500,
        consequences="phishing",
        measures="passwords reset",
    )
    assert record.id is not None
    return record.id


def written(b: Breaches, breach_id: int) -> None:
    for lang, word in (("fr", "Un attaquant"), ("en", "An attacker")):
        b.set_text(
            breach_id,
            lang,
            by="Dana",
            nature=f"{word} a copié / copied your record.",
            consequences=f"{lang}: phishing",
            measures=f"{lang}: reset",
            advice=f"{lang}: change your password",
        )


def one_notice_queued(desk: Desk, b: Breaches) -> int:
    """A breach of one learner whose approved notice is queued; returns the breach id."""
    learners(desk, 1)
    breach_id = opened(b)
    b.import_affected(breach_id, io.StringIO("L00000"), by="Dana")
    written(b, breach_id)
    b.approve(breach_id, by="Dana")
    b.send(breach_id, by="Dana")
    return breach_id


def test_a_breach_records_art_33_and_its_two_72_hour_clocks(
    desk: Desk, staffed: Breaches, clock: Clock
) -> None:
    breach_id = opened(staffed)
    view = staffed.show(breach_id)
    assert view.breach.dpo_contact == desk.ctx.settings.dpo_address
    assert [c.name for c in view.clocks] == ["CNIL", "learners"]
    assert all(c.due_at == AWARE + timedelta(hours=72) for c in view.clocks)
    assert view.clocks[0].left(clock.now) == timedelta(hours=70, minutes=30)
    assert "70h30 left" in staffed.describe(view.clocks[0], "en")
    clock.now = AWARE + timedelta(hours=73)
    assert "OVERDUE by 1h00" in staffed.describe(view.clocks[1], "en")
    staffed.cnil_notified(breach_id, by="Dana", at=AWARE + timedelta(hours=20))
    cnil, learners_clock = staffed.show(breach_id).clocks
    assert cnil.done_at is not None and learners_clock.done_at is None
    # every change is in the keyed audit chain, on no ticket
    with session_scope(desk.engine) as session:
        events = session.exec(select(TicketEvent).order_by(col(TicketEvent.id))).all()
    assert [e.command for e in events] == ["breach_open", "breach_cnil_notified"]
    assert all(e.ticket_id is None and e.data["breach_id"] == breach_id for e in events)
    assert desk.verify_audit().ok


def test_only_staff_approve_and_a_changed_text_needs_a_new_approval(
    desk: Desk, staffed: Breaches
) -> None:
    breach_id = opened(staffed)
    with pytest.raises(NotApproved, match="no notice text"):
        staffed.approve(breach_id, by="Dana")
    written(staffed, breach_id)
    with pytest.raises(NotStaff):
        staffed.approve(breach_id, by="Mallory")
    assert staffed.show(breach_id).breach.approved_by is None
    with pytest.raises(NotApproved):
        staffed.send(breach_id, by="Dana")
    assert staffed.approve(breach_id, by="Dana").approved_by == "Dana"
    staffed.set_text(breach_id, "en", by="Dana", nature="n", consequences="c", measures="m",
                     advice="a")  # fmt: skip
    assert staffed.show(breach_id).breach.approved_at is None
    with session_scope(desk.engine) as session:
        refused = session.exec(select(TicketEvent).where(TicketEvent.actor == "Mallory")).one()
    assert "not staff" in refused.data["refused"] and refused.ticket_id is None


def test_affected_learners_are_matched_by_number_or_email_and_added_once(
    desk: Desk, staffed: Breaches
) -> None:
    learners(desk, 4)
    breach_id = opened(staffed)
    rows = "learner,categories\nL00000,email\nl1@exemple.fr,email;phone\nL99999,x\nnobody@x.fr\n"
    report = staffed.import_affected(breach_id, io.StringIO(rows), by="Dana")
    assert (report.added, report.already) == (2, 0)
    assert report.unmatched == [(4, "L99999"), (5, "nobody@x.fr")]
    again = staffed.import_affected(breach_id, io.StringIO("L00000\nL00002\n"), by="Dana")
    assert (again.added, again.already) == (1, 1)
    assert staffed.show(breach_id).counts.affected == 3


def test_each_learner_gets_one_notice_in_their_language_on_their_verified_channel(
    desk: Desk, staffed: Breaches, clock: Clock
) -> None:
    learners(desk, 6, chats=2)
    breach_id = opened(staffed)
    numbers = "\n".join(f"L{i:05d},identity" for i in range(6))
    staffed.import_affected(breach_id, io.StringIO(numbers), by="Dana")
    written(staffed, breach_id)
    staffed.approve(breach_id, by="Dana")
    ticks: list[int] = []
    assert staffed.send(breach_id, by="Dana", progress=ticks.append) == 6
    assert sum(ticks) == 6
    items = outbox(desk, template="breach_notice")
    assert [(i.channel, i.recipient) for i in items] == [
        ("telegram", "9000"),
        ("telegram", "9001"),
        *[("email", f"l{i}@exemple.fr") for i in range(2, 6)],
    ]
    assert [i.language for i in items] == ["fr", "en"] * 3
    assert "Ce que vous devez faire" in items[0].body_text and "10 mars 2026" in items[0].body_text
    assert "What you need to do" in items[1].body_text and "en: reset" in items[1].body_text
    assert all(i.personal and i.message_id for i in items[2:])
    # the relay gets them at the configured rate: one a second at 60 a minute
    gaps = {b.next_attempt_at - a.next_attempt_at for a, b in pairwise(items)}
    assert gaps == {timedelta(seconds=1)}
    assert staffed.send(breach_id, by="Dana") == 0  # run again: nothing more
    assert len(outbox(desk, template="breach_notice")) == 6
    assert staffed.show(breach_id).counts.pending == 6


def test_an_interrupted_sending_run_again_loses_and_doubles_nothing(
    desk: Desk, staffed: Breaches
) -> None:
    learners(desk, 25)
    breach_id = opened(staffed)
    staffed.import_affected(
        breach_id, io.StringIO("\n".join(f"L{i:05d}" for i in range(25))), by="Dana"
    )
    written(staffed, breach_id)
    staffed.approve(breach_id, by="Dana")

    def crash(_done: int) -> None:
        raise KeyboardInterrupt  # the operator's Ctrl-C (or a kill) after the first batch

    with pytest.raises(KeyboardInterrupt):
        breaches.queue_notices(
            desk.engine, desk.ctx, breach_id, by="Dana", per_minute=60, batch=10, progress=crash
        )
    assert len(outbox(desk, template="breach_notice")) == 10
    staffed.send(breach_id, by="Dana")
    recipients = [i.recipient for i in outbox(desk, template="breach_notice")]
    assert sorted(recipients) == sorted(f"l{i}@exemple.fr" for i in range(25))


def test_a_notice_cannot_be_queued_twice_even_by_a_writer_that_skips_the_check(
    desk: Desk, staffed: Breaches
) -> None:
    """The unique constraints decide, not a read before the write."""
    breach_id = one_notice_queued(desk, staffed)
    with pytest.raises(IntegrityError), session_scope(desk.engine) as session:
        learner = session.exec(select(Learner)).one()
        session.add(BreachNotice(breach_id=breach_id, learner_pk=learner.id or 0))
        session.flush()
    with pytest.raises(IntegrityError), session_scope(desk.engine) as session:
        notice = session.exec(select(BreachNotice)).one()
        notice.outbox_item_id = None  # as if never queued: queueing again must fail
        session.add(notice)
        session.flush()
        breaches.queue_batch(session, desk.ctx, breach_id, by="Dana", per_minute=60, limit=5)
    assert len(outbox(desk, template="breach_notice")) == 1


async def reply(intake: MailIntake, notice: object, sender: str, n: int, text: str) -> None:
    message_id = notice.message_id  # type: ignore[attr-defined]
    raw = mail(
        "Re: " + notice.subject,  # type: ignore[attr-defined]
        text,
        sender=sender,
        message_id=f"<reply-{n}@exemple.fr>",
        extra=f"In-Reply-To: {message_id}\r\nReferences: {message_id}\r\n",
    )
    await intake.store_smtp(raw, sender, [DPO])
    await intake.process_many([intake.queue.get_nowait()])


async def test_replies_to_a_notice_open_one_ticket_linked_to_the_breach(
    desk: Desk, staffed: Breaches
) -> None:
    breach_id = one_notice_queued(desk, staffed)
    (notice,) = outbox(desk, template="breach_notice")
    intake = MailIntake(desk)
    # someone the notice was forwarded to answers first: their request does not take the
    # learner's place on the notice
    await reply(intake, notice, "friend@ailleurs.fr", 0, "Please give me access to the data")
    await reply(intake, notice, "l0@exemple.fr", 1, "Please erasure of my data")
    await reply(intake, notice, "l0@exemple.fr", 2, "And what about my exams?")
    with session_scope(desk.engine) as session:
        tickets = session.exec(select(Ticket).order_by(col(Ticket.id))).all()
        linked = session.exec(select(BreachNotice)).one()
    assert [(t.requester_address, t.request_type, t.breach_id) for t in tickets] == [
        ("friend@ailleurs.fr", "access", breach_id),
        ("l0@exemple.fr", "erasure", breach_id),
    ]
    assert linked.ticket_id == tickets[1].id
    out = io.StringIO()
    desk.run(lambda s: export_csv(s, desk.ctx.tz, out))
    header, *rows = out.getvalue().splitlines()
    assert header.endswith(",breach") and all(r.endswith(f",{breach_id}") for r in rows)


def test_the_record_for_the_cnil_has_the_art_33_content_and_the_notification_log(
    desk: Desk, staffed: Breaches, clock: Clock
) -> None:
    desk.run(lambda s: add_staff(s, "Al", email="al@studi.fr", role=Role.AGENT))
    learners(desk, 4, chats=1)
    breach_id = opened(staffed)
    rows = "L00000,identity\nL00001,identity;email\nL00002,email\n"
    staffed.import_affected(breach_id, io.StringIO(rows), by="Dana")
    written(staffed, breach_id)
    staffed.approve(breach_id, by="Dana")
    staffed.send(breach_id, by="Dana")
    staffed.import_affected(breach_id, io.StringIO("L00003,email"), by="Dana")  # not sent yet
    chat, refused, _waiting = outbox(desk, template="breach_notice")
    sent_at = AWARE + timedelta(hours=2)
    with session_scope(desk.engine) as session:  # the dispatcher's outcome for two of them
        for item, values in (
            (chat, {"status": "sent", "sent_at": sent_at}),
            (refused, {"status": "failed", "last_error": "550 no such mailbox"}),
        ):
            stored = session.get(OutboxItem, item.id)
            for name, value in values.items():
                setattr(stored, name, value)
            session.add(stored)
    staffed.cnil_notified(breach_id, by="Dana", at=AWARE + timedelta(hours=80))
    clock.now = AWARE + timedelta(hours=81)

    with pytest.raises(NotAllowed):
        staffed.export(breach_id, io.StringIO(), by="Al")
    log = io.StringIO()
    record = staffed.export(breach_id, log, by="Dana")
    summary = record.summary
    assert record.log_rows == 4
    assert "Violation de données à caractère personnel n° 1 : LMS database copied" in summary
    for line in (
        "- Prise de connaissance de la violation : 10 mars 2026 09:00",
        "- Échéance des 72 heures : 13 mars 2026 09:00",
        "- Notification à la CNIL : le 13 mars 2026 17:00, au-delà de 72 heures : la "
        "notification doit être accompagnée des motifs du retard (article 33, paragraphe 1)",
        "a) Nature de la violation : An attacker copied the learner table of the LMS.",
        "   Catégories de données concernées : identity, contact details",
        "   Nombre approximatif de personnes concernées : 1200 (4 apprenants identifiés dans "
        "notre annuaire)",
        "   Nombre approximatif d'enregistrements concernés : 1500",
        f"b) Délégué à la protection des données, point de contact : "
        f"{desk.ctx.settings.dpo_address}",
        "c) Conséquences probables : phishing",
        "d) Mesures prises ou envisagées : passwords reset",
        "- Textes de l'avis : en, fr, approuvés par Dana le 10 mars 2026 10:30",
        "- Avis : 4 personnes concernées ; 1 envoyé, 1 en échec, 1 en attente d'envoi, 1 pas "
        "encore mis en file",
        "- Premier avis envoyé le 10 mars 2026 11:00, dernier le 10 mars 2026 11:00",
        "- Toutes les personnes averties : non",
    ):
        assert line in summary.splitlines(), (line, summary)
    records = list(csv.DictReader(io.StringIO(log.getvalue())))
    assert [
        (r["learner"], r["data_exposed"], r["channel"], r["recipient"], r["status"])
        for r in records
    ] == [
        ("L00000", "identity", "telegram", "9000", "sent"),
        ("L00001", "identity;email", "email", "l1@exemple.fr", "failed"),
        ("L00002", "email", "email", "l2@exemple.fr", "pending"),
        ("L00003", "email", "", "", "not queued"),
    ]
    assert records[0]["sent_at"] == "2026-03-10T11:00:00+01:00"
    assert records[1]["last_error"] == "550 no such mailbox"
    assert records[2]["due_to_leave_at"] and not records[2]["sent_at"]
    english = staffed.export(breach_id, io.StringIO(), by="Dana", language="en").summary
    assert "a) Nature of the breach: An attacker copied the learner table of the LMS." in english
    with session_scope(desk.engine) as session:
        events = session.exec(
            select(TicketEvent)
            .where(col(TicketEvent.command).in_(["breach_export", "note"]))
            .order_by(col(TicketEvent.id))
        ).all()
    assert [(e.actor, e.command) for e in events] == [
        ("Al", "note"),
        ("Dana", "breach_export"),
        ("Dana", "breach_export"),
    ]
    assert "only a dpo may export a breach record" in events[0].data["refused"]
    assert events[1].data["rows"] == 4
