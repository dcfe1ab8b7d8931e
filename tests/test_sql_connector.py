"""The SQL connector against a real PostgreSQL "LMS" database that the test creates.

Always PostgreSQL (``PRIVACY_DESK_TEST_DATABASE_URL`` or the local default): the test fails,
never skips, when the server is unreachable.
"""

from __future__ import annotations

import base64
import io
import json
import os
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from tests.conftest import Clock, KeywordClassifier, outbox
from workflows.config import Settings
from workflows.context import Context
from workflows.desk import Decider, Desk
from workflows.fulfilment import execute_plan
from workflows.intake import Submission
from workflows.learners import import_learners
from workflows.models import Learner
from workflows.notices import Renderer
from workflows.requests import RequestType
from workflows.staff import add_staff

SERVER = os.environ.get(
    "PRIVACY_DESK_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
SCHEMA = """
CREATE SCHEMA lms;
CREATE TABLE lms.learners (
  learner_id text PRIMARY KEY, email text, first_name text, last_name text, phone text,
  last_login date, anonymised boolean NOT NULL DEFAULT false,
  restricted boolean NOT NULL DEFAULT false);
CREATE TABLE lms.enrolments (
  id serial PRIMARY KEY, learner_id text NOT NULL REFERENCES lms.learners, course text NOT NULL,
  started_on date, last_activity_on date, restricted boolean NOT NULL DEFAULT false);
CREATE TABLE lms.exam_results (
  id serial PRIMARY KEY, learner_id text NOT NULL REFERENCES lms.learners,
  certification text NOT NULL, cncp boolean NOT NULL, sat_on date, grade numeric(4,1),
  restricted boolean NOT NULL DEFAULT false);
CREATE TABLE lms.marketing_contacts (
  id serial PRIMARY KEY, email text, phone text, opted_in boolean NOT NULL,
  last_interaction_on date, restricted boolean NOT NULL DEFAULT false);
INSERT INTO lms.learners VALUES
  ('L001', 'alice@example.fr', 'Alice', 'Martin', '+33612345678', '2025-11-02', false, false),
  ('L004', 'old@example.fr', 'Odile', 'Ancien', '+33611111111', '2013-01-01', false, false);
INSERT INTO lms.enrolments (learner_id, course, started_on, last_activity_on) VALUES
  ('L001', 'DCG', '2023-09-01', '2025-11-02'),
  ('L001', 'Excel', '2022-01-01', '2022-06-30'),
  ('L004', 'Bureautique', '2012-01-01', '2013-01-01');
INSERT INTO lms.exam_results (learner_id, certification, cncp, sat_on, grade) VALUES
  ('L001', 'DCG UE1', true, '2024-06-01', 12.5),
  ('L004', 'TOSA', false, '2012-12-01', 15.0);
INSERT INTO lms.marketing_contacts (email, phone, opted_in, last_interaction_on) VALUES
  ('alice@example.fr', NULL, true, '2025-10-01'),
  (NULL, '+33612345678', true, '2025-10-01'),
  ('old@example.fr', NULL, true, '2014-01-01'),
  ('someone@else.fr', NULL, true, '2025-01-01');
"""
LEARNERS = (
    "learner_id,email,first_name,last_name,phone,birth_date,language\n"
    "L001,alice@example.fr,Alice,Martin,0612345678,1990-04-02,fr\n"
    "L004,old@example.fr,Odile,Ancien,0611111111,1970-01-01,fr\n"
)


def _map(url: str) -> dict[str, Any]:
    def texts(word: str) -> dict[str, str]:
        return {"fr": f"{word} (fr)", "en": f"{word} (en)"}

    def category(**spec: Any) -> dict[str, Any]:
        base = {k: texts(k) for k in ("title", "purpose", "legal_basis", "recipients", "source")}
        return {**base, "connector": "lms", **spec}

    return {
        "connectors": {"lms": {"type": "sql", "url": url}},
        "categories": {
            "profile": category(
                select="SELECT learner_id, email, first_name, last_name, phone, last_login "
                "FROM lms.learners WHERE learner_id = :learner_id AND NOT anonymised",
                erase="UPDATE lms.learners SET email = NULL, first_name = NULL, "
                "last_name = NULL, phone = NULL, anonymised = true "
                "WHERE learner_id = :learner_id AND NOT anonymised",
                restrict="UPDATE lms.learners SET restricted = true "
                "WHERE learner_id = :learner_id AND NOT restricted",
                retention={
                    "keep_while": ["training_history", "certification_exams"],
                    "text": texts("linked"),
                    "ground": texts("Art. 17(3)(b)"),
                },
            ),
            "training_history": category(
                select="SELECT course, started_on, last_activity_on FROM lms.enrolments "
                "WHERE learner_id = :learner_id ORDER BY id",
                erase="DELETE FROM lms.enrolments WHERE learner_id = :learner_id",
                restrict="UPDATE lms.enrolments SET restricted = true "
                "WHERE learner_id = :learner_id AND NOT restricted",
                retention={
                    "keep": "5y",
                    "after": ["training_history.last_activity_on"],
                    "text": texts("5 years"),
                    "ground": texts("Art. 17(3)(e)"),
                },
                erasure="when_expired",
            ),
            "certification_exams": category(
                select="SELECT certification, cncp, sat_on, grade FROM lms.exam_results "
                "WHERE learner_id = :learner_id ORDER BY id",
                erase="DELETE FROM lms.exam_results WHERE learner_id = :learner_id",
                restrict="UPDATE lms.exam_results SET restricted = true "
                "WHERE learner_id = :learner_id AND NOT restricted",
                retention={
                    "keep": "10y",
                    "after": ["training_history.last_activity_on", "certification_exams.sat_on"],
                    "when": "cncp",
                    "text": texts("10 years"),
                    "ground": texts("Art. 17(3)(b)"),
                    "otherwise": {
                        "keep": "5y",
                        "after": ["certification_exams.sat_on"],
                        "text": texts("5 years"),
                        "ground": texts("Art. 17(3)(e)"),
                    },
                },
                erasure="when_expired",
            ),
            "marketing": category(
                select="SELECT email, phone, opted_in, last_interaction_on "
                "FROM lms.marketing_contacts WHERE email = :email OR phone = :phone ORDER BY id",
                erase="DELETE FROM lms.marketing_contacts WHERE email = :email OR phone = :phone",
                restrict="UPDATE lms.marketing_contacts SET restricted = true "
                "WHERE (email = :email OR phone = :phone) AND NOT restricted",
                retention={
                    "keep": "3y",
                    "after": ["marketing.last_interaction_on"],
                    "text": texts("3 years"),
                },
            ),
        },
    }


@pytest.fixture
def lms_url() -> Iterator[str]:
    """A fresh PostgreSQL database holding the LMS schema; dropped after the test."""
    name = f"lms_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT", poolclass=None)
    with admin.connect() as conn:  # fails (not skips) when PostgreSQL is unreachable
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    lms = create_engine(url)
    with lms.begin() as conn:
        conn.exec_driver_sql(SCHEMA)
    lms.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def lms_desk(
    engine: Engine, tmp_path: Path, database_url: str, lms_url: str, clock: Clock
) -> Desk:
    path = tmp_path / "datamap.yaml"
    path.write_text(json.dumps(_map(lms_url)), encoding="utf-8")  # JSON is YAML
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        outbox_dir=tmp_path / "outbox",
        staff_chat_id=-100123,
        data_map=path,
    )
    ctx = Context(
        settings=settings, renderer=Renderer(), classifier=KeywordClassifier(), clock=clock
    )
    desk = Desk(engine, ctx)
    desk.run(lambda s: import_learners(s, io.StringIO(LEARNERS)))
    desk.run(lambda s: add_staff(s, "claire"))
    return desk


def _snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    lms = create_engine(url)
    try:
        with lms.connect() as conn:
            return {
                table: [
                    tuple(r) for r in conn.execute(text(f"SELECT * FROM lms.{table} ORDER BY 1"))
                ]
                for table in ("learners", "enrolments", "exam_results", "marketing_contacts")
            }
    finally:
        lms.dispose()


def _request(desk: Desk, sender: str, label: RequestType) -> int:
    result = desk.open_requests(
        Submission(
            channel="email",
            requester_address=sender,
            received_at=desk.ctx.now(),
            text="demande",
            language="fr",
            labels=(label,),
            message_id=f"<{uuid.uuid4().hex}@mail.example>",
        )
    )
    (code_item,) = [i for i in outbox(desk, template="verification_code") if i.recipient == sender]
    code = next(w for w in code_item.body_text.split() if w.isdigit() and len(w) == 6)
    assert desk.confirm_code(result.thread_key, code).value == "confirmed"
    ticket_id = result.tickets[0].id
    assert ticket_id is not None
    desk.approve(ticket_id, Decider(name="claire"))
    return ticket_id


def test_access_exports_what_the_lms_holds(lms_desk: Desk, lms_url: str) -> None:
    before = _snapshot(lms_url)
    _request(lms_desk, "alice@example.fr", RequestType.ACCESS)
    (done,) = outbox(lms_desk, template="completed")
    package = zipfile.ZipFile(io.BytesIO(base64.b64decode(done.attachments[0]["data_b64"])))
    training = json.loads(package.read("training_history.json"))["rows"]
    assert [r["course"] for r in training] == ["DCG", "Excel"]
    assert training[0]["last_activity_on"] == "2025-11-02"
    exams = json.loads(package.read("certification_exams.json"))["rows"]
    assert exams == [
        {"certification": "DCG UE1", "cncp": True, "sat_on": "2024-06-01", "grade": 12.5}
    ]
    marketing = package.read("marketing.csv").decode()
    assert "alice@example.fr" in marketing and "+33612345678" in marketing
    assert "someone@else.fr" not in marketing
    assert "L001" in package.read("profile.csv").decode()
    assert _snapshot(lms_url) == before  # reading changes nothing


def test_erasure_follows_the_plan_and_a_second_run_changes_nothing(
    lms_desk: Desk, lms_url: str
) -> None:
    alice = _request(lms_desk, "alice@example.fr", RequestType.ERASURE)
    odile = _request(lms_desk, "old@example.fr", RequestType.ERASURE)
    after = _snapshot(lms_url)
    # Alice: recent CNCP path, training and exams kept (so is the profile they need),
    # marketing deleted; Odile: everything past its period, erased or anonymised.
    assert [r[1] for r in after["enrolments"]] == ["L001", "L001"]
    assert [r[1] for r in after["exam_results"]] == ["L001"]
    assert [r[1] for r in after["marketing_contacts"]] == ["someone@else.fr"]
    learners = {r[0]: r for r in after["learners"]}
    assert learners["L001"][1] == "alice@example.fr" and learners["L001"][6] is False
    assert learners["L001"][7] is True  # what is kept is restricted to its obligation
    assert learners["L004"][1:5] == (None, None, None, None) and learners["L004"][6] is True

    ticket = lms_desk.ticket(alice)[0]
    plan = {e["category"]: e for e in ticket.details["erasure_plan"]["entries"]}
    assert plan["training_history"]["keep_until"] == "2030-11-02"
    assert plan["certification_exams"]["keep_until"] == "2035-11-02"
    assert plan["marketing"]["action"] == "erase"
    notice = next(i for i in outbox(lms_desk, template="completed") if i.ticket_id == alice)
    assert "jusqu'au 2 novembre 2030. Motif :" in notice.body_text

    for key in (alice, odile):  # run both plans again: nothing left to change
        stored = lms_desk.ticket(key)[0]

        def again(session: Any, stored: Any = stored) -> dict[str, int]:
            learner = session.get(Learner, stored.learner_pk)
            return execute_plan(
                session, lms_desk.ctx, learner, stored.details["erasure_plan"], stored
            )

        assert sum(lms_desk.run(again).values()) == 0
    assert _snapshot(lms_url) == after
