"""Learner import: upsert on learner_id, bad rows reported with line numbers, large files."""

from __future__ import annotations

import io

import pytest
from sqlmodel import select

from workflows.db import session_scope
from workflows.desk import Desk
from workflows.learners import (
    LearnerImportError,
    find_by_email,
    find_by_phone,
    find_learner,
    import_learners,
)
from workflows.models import Learner

HEADER = "learner_id,email,first_name,last_name,phone,birth_date,language,brand\n"


def _import(desk: Desk, content: str):  # type: ignore[no-untyped-def]
    return desk.run(lambda s: import_learners(s, io.StringIO(content)))


def test_import_creates_updates_and_reports_bad_rows(desk: Desk) -> None:
    report = _import(
        desk,
        HEADER
        + "L001, Alice.Martin@Example.FR ,Alice,Martin,06 12 34 56 78,1990-04-02,fr,COMPTALIA\n"
        + "L002,bob@example.com,Bob,Smith,+44 20 7946 0958,02/03/1985,en,ELEPHORM\n"
        + ",nobody@example.com,No,Id,,,fr,X\n"
        + "L004,not-an-email,Bad,Mail,,,fr,X\n"
        + "L005,eve@example.com,Eve,Bad,12,,fr,X\n"
        + "L006,alice.martin@example.fr,Copy,Cat,,,fr,X\n"
        + "L007,zoe@example.com,Zoe,Date,,31/02/2001,fr,X\n",
    )
    assert (report.created, report.updated) == (3, 0)
    assert [line for line, _ in report.rejected] == [4, 5, 7, 8]
    reasons = dict(report.rejected)
    assert "learner_id" in reasons[4]
    assert "not an address" in reasons[5]
    assert "belongs to learner L001" in reasons[7]
    assert "birth_date" in reasons[8]

    with session_scope(desk.engine) as session:
        alice = find_by_email(session, "ALICE.martin@example.fr")
        assert alice is not None
        assert alice.phone == "+33612345678"
        assert alice.profile == {"brand": "COMPTALIA"}
        assert find_by_phone(session, "0612345678") == alice
        assert find_learner(session, "L002")[0] is not None
        assert find_learner(session, "unknown")[0] is None


def test_a_malformed_phone_is_dropped_never_the_learner(desk: Desk) -> None:
    """DESIGN §7: the learner is imported without the phone, so they can exercise their rights;
    the warning names the line and the field, on one line, and never echoes the number."""
    garbage = ["12", "+33 6 12 34", "06-12\n34\n56", "n/a 0612"]
    rows = "".join(
        f'L{n},learner{n}@example.org,First,Last,"{phone}",,fr,B\n'
        for n, phone in enumerate(garbage)
    )
    report = _import(desk, HEADER + "\n" + rows)
    assert (report.created, report.rejected) == (4, [])
    assert [line for line, _ in report.warnings] == [3, 4, 5, 8]  # the third row spans 3 lines
    for (_, warning), phone in zip(report.warnings, garbage, strict=True):
        assert "phone" in warning and "\n" not in warning
        assert not any(part in warning for part in phone.split() if any(c.isdigit() for c in part))
        assert "12" not in warning and "34" not in warning
    with session_scope(desk.engine) as session:
        learner, _ = find_learner(session, "learner0@example.org")
        assert learner is not None and learner.learner_id == "L0" and learner.phone is None
    fixed = _import(desk, HEADER + rows.replace('"12"', '"06 12 34 56 78"', 1))
    assert (fixed.updated, fixed.unchanged, len(fixed.warnings)) == (1, 3, 3)


def test_reimport_is_idempotent_and_updates_changes(desk: Desk) -> None:
    rows = HEADER + "L001,alice@example.fr,Alice,Martin,,1990-04-02,fr,A\n"
    _import(desk, rows)
    again = _import(desk, rows)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    changed = _import(desk, rows.replace("Martin", "Durand").replace(",fr,", ",en,"))
    assert (changed.created, changed.updated) == (0, 1)
    with session_scope(desk.engine) as session:
        (learner,) = session.exec(select(Learner)).all()
        assert (learner.last_name, learner.language) == ("Durand", "en")


def test_missing_columns_refuse_the_whole_file(desk: Desk) -> None:
    with pytest.raises(LearnerImportError, match="birth_date"):
        _import(desk, "learner_id,email,first_name,last_name,phone,language\n")


def test_ten_thousand_rows(desk: Desk) -> None:
    lines = [HEADER] + [
        f"L{n:05d},learner{n}@example.org,First{n},Last{n},,2000-01-01,fr,B\n"
        for n in range(10_000)
    ]
    lines.insert(5000, "L99999,broken,x,y,,,fr,B\n")
    report = _import(desk, "".join(lines))
    assert (report.created, len(report.rejected)) == (10_000, 1)
    assert report.rejected[0][0] == 5001
    again = _import(desk, "".join(lines))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 10_000)
