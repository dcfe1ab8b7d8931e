"""Deferred erasure: what an approved erasure keeps under a retention rule is erased on its date
by the scheduler, and the register shows what is due and what was done."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from tests.conftest import Clock
from tests.test_fulfilment import (
    STAFF,
    T,
    _learner,
    _rows,
    _submit,
    _third_party_to_approval,
    _verified,
    populate,
)
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.history import import_history
from workflows.models import DeferredErasure, ExamRecord, TrainingRecord
from workflows.postmortem import Outcome as PostMortemOutcome
from workflows.register import export_csv
from workflows.scheduler import tick


@pytest.fixture
def people(desk: Desk) -> Desk:
    return populate(desk)


def _register(desk: Desk) -> dict[str, dict[str, str]]:
    out = io.StringIO()
    desk.run(lambda s: export_csv(s, desk.ctx.tz, out))
    return {row["reference"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}


def _deferred(desk: Desk) -> dict[str, DeferredErasure]:
    with session_scope(desk.engine) as session:
        return {d.category: d for d in session.exec(select(DeferredErasure))}


def test_kept_categories_are_erased_when_their_date_comes(people: Desk, clock: Clock) -> None:
    desk = people
    result = _submit(desk, "alice@example.fr", (T.ERASURE,))
    _verified(desk, result, "alice@example.fr")
    ticket = result.tickets[0]
    assert ticket.id is not None and ticket.learner_pk is not None
    desk.approve(ticket.id, STAFF)
    pk, reference = ticket.learner_pk, str(ticket.reference)
    due = {name: str(d.due_on) for name, d in _deferred(desk).items()}
    assert due == {
        "training_history": "2029-01-16",
        "certification_exams": "2034-01-16",
        "profile": "2034-01-16",
    }
    assert _register(desk)[reference]["erasure_due"] == (
        "training_history 2029-01-16; profile 2034-01-16; certification_exams 2034-01-16"
    )

    clock.now = datetime(2029, 1, 15, 12, tzinfo=UTC)  # still kept on its last day
    tick(desk)
    assert len(_rows(desk, TrainingRecord, pk)) == 2

    clock.now = datetime(2029, 1, 16, 8, tzinfo=UTC)
    tick(desk)
    tick(desk)  # idempotent
    assert _rows(desk, TrainingRecord, pk) == []
    assert len(_rows(desk, ExamRecord, pk)) == 1
    row = _register(desk)[reference]
    assert row["erasure_done"] == "training_history 2029-01-16"
    assert row["erasure_due"] == "profile 2034-01-16; certification_exams 2034-01-16"

    clock.now = datetime(2034, 1, 16, 8, tzinfo=UTC)
    tick(desk)
    assert _rows(desk, ExamRecord, pk) == []
    assert _learner(desk, pk).email == f"erased-{pk}@invalid"
    assert _register(desk)[reference]["erasure_due"] == ""
    _, events = desk.ticket(ticket.id)
    assert any(e.reason == "deferred erasure of profile: 1 erased" for e in events)


def test_a_later_use_of_the_platform_postpones_the_deferred_erasure(
    people: Desk, clock: Clock
) -> None:
    desk = people
    result = _submit(desk, "alice@example.fr", (T.ERASURE,))
    _verified(desk, result, "alice@example.fr")
    ticket = result.tickets[0]
    assert ticket.id is not None and ticket.learner_pk is not None
    desk.approve(ticket.id, STAFF)
    with session_scope(desk.engine) as session:
        record = session.exec(select(TrainingRecord).where(TrainingRecord.course == "Paie")).one()
        record.last_activity_on = datetime(2027, 6, 1).date()
        session.add(record)
    clock.now = datetime(2029, 1, 16, 8, tzinfo=UTC)
    tick(desk)
    assert len(_rows(desk, TrainingRecord, ticket.learner_pk)) == 2
    assert str(_deferred(desk)["training_history"].due_on) == "2032-06-02"


def test_an_heirs_closed_account_is_erased_as_its_notice_says(people: Desk, clock: Clock) -> None:
    desk = people
    heir = _submit(
        desk,
        "heir@example.org",
        (T.POST_MORTEM,),
        learner_hint="L004",
        details={"requester_kind": "heir"},
    )
    _third_party_to_approval(desk, heir)
    ticket = heir.tickets[0]
    assert ticket.id is not None and ticket.learner_pk is not None
    desk.approve(ticket.id, STAFF, post_mortem=PostMortemOutcome.CLOSE_ACCOUNT)
    # Odile's periods are all over: the closed account is erased at the next pass
    assert len(_rows(desk, TrainingRecord, ticket.learner_pk)) == 1
    tick(desk)
    assert _rows(desk, TrainingRecord, ticket.learner_pk) == []
    assert _learner(desk, ticket.learner_pk).email == f"erased-{ticket.learner_pk}@invalid"


def test_the_ten_year_certification_rule_applies_per_exam(people: Desk, clock: Clock) -> None:
    desk = people
    exams = (
        "learner_id,certification,cncp_registered,exam_on,result\n"
        "L001,DCG UE9,yes,2023-11-20,passed\n"
        "L001,TOSA Excel,no,2020-05-04,passed\n"
    )
    desk.run(lambda s: import_history(s, io.StringIO(exams), "exams"))
    result = _submit(desk, "alice@example.fr", (T.ERASURE,))
    _verified(desk, result, "alice@example.fr")
    ticket = result.tickets[0]
    assert ticket.id is not None and ticket.learner_pk is not None
    desk.approve(ticket.id, STAFF)
    pk = ticket.learner_pk
    # the CNCP exam is kept 10 years, the other one 5 like the training history: its erasure
    # is due with the training history, not with the certification
    assert str(_deferred(desk)["certification_exams"].due_on) == "2029-01-16"
    assert len(_rows(desk, ExamRecord, pk)) == 2

    clock.now = datetime(2029, 1, 16, 8, tzinfo=UTC)
    tick(desk)
    assert [e.certification for e in _rows(desk, ExamRecord, pk)] == ["DCG UE9"]
    assert str(_deferred(desk)["certification_exams"].due_on) == "2034-01-16"

    clock.now = datetime(2034, 1, 16, 8, tzinfo=UTC)
    tick(desk)
    assert _rows(desk, ExamRecord, pk) == []
