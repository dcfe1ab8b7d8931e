"""Alembic: every revision upgrades, downgrades and upgrades again; the head matches the models."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import Session, SQLModel, col, select

import workflows.models  # noqa: F401
from workflows.db import make_engine
from workflows.migrate import alembic_config, check_schema, downgrade, upgrade
from workflows.models import Ticket, VerificationChallenge


def test_stairway(database_url: str) -> None:
    script = ScriptDirectory.from_config(alembic_config(database_url))
    revisions = list(reversed(list(script.walk_revisions())))
    assert revisions, "no migrations"
    for revision in revisions:
        upgrade(database_url, revision.revision)
        downgrade(database_url, revision.down_revision or "base")
        upgrade(database_url, revision.revision)


# SQLite cannot reflect an expression index: the queue's and the name search's indexes exist
# on PostgreSQL only, and are compared there
@pytest.mark.filterwarnings(
    "ignore:autogenerate skipping metadata-specified expression-based index "
    "'ix_(ticket_open_due|ticket_open_type_due|ticket_overdue|learner_first_name_trgm|"
    "learner_last_name_trgm|ticket_requester_name_trgm)'"
)
def test_head_schema_matches_the_models(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        check_schema(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_erasures_carried_out_before_the_upgrade_get_their_deferred_erasures(
    database_url: str,
) -> None:
    from sqlalchemy import text

    script = ScriptDirectory.from_config(alembic_config(database_url))
    (revision,) = [r for r in script.walk_revisions() if r.revision == "0007_deferred_erasure"]
    upgrade(database_url, str(revision.down_revision))
    plan = (
        '{"fulfilment": {"plan": [{"category": "training_history", "action": "keep", '
        '"keep_until": "2029-01-15"}, {"category": "marketing", "action": "erase", '
        '"keep_until": null}]}}'
    )
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO learner (id, learner_id, email, first_name, last_name, language,"
                    " profile, restricted, created_at, updated_at) VALUES (1, 'L1', 'a@b.fr',"
                    " '', '', 'fr', '{}', true, '2026-01-01', '2026-01-01')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO ticket (id, reference, request_type, state, version, channel,"
                    " language, received_at, due_at, learner_pk, requester_kind,"
                    " requester_address, requester_name, thread_key, subject, text,"
                    " classification, auth_results, details, created_at) VALUES (1, 'DSR-1',"
                    " 'erasure', 'completed', 1, 'email', 'fr', '2026-01-01', '2026-02-01', 1,"
                    " 'self', 'a@b.fr', '', 't', '', '', '{}', '{}', :plan, '2026-01-01')"
                ),
                {"plan": plan},
            )
        upgrade(database_url, revision.revision)
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT ticket_id, category, due_on FROM deferred_erasure")
            ).all()
        assert [(r[0], r[1], str(r[2])) for r in rows] == [(1, "training_history", "2029-01-16")]
    finally:
        engine.dispose()


def test_ticket_state_moves_out_of_details_and_back(database_url: str) -> None:
    from sqlalchemy import text

    before, after = "0014_classifier_examples", "0015_ticket_state"
    upgrade(database_url, before)
    details = (
        '{"approved_by": "claire", "awaiting": "proof", "asked_at": "2026-01-03T10:00:00+00:00",'
        ' "reminded_at": "2026-01-05T08:00:00+00:00", "needs_review": true,'
        ' "auth_failed": true, "proofs": [{"id": 1, "filename": "id.pdf"}]}'
    )
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            for id_, value in ((1, details), (2, '{"purged_at": "2026-06-01T00:00:00+00:00"}')):
                conn.execute(
                    text(
                        "INSERT INTO ticket (id, reference, request_type, state, version,"
                        " channel, language, received_at, due_at, requester_kind,"
                        " requester_address, requester_name, thread_key, subject, text,"
                        " classification, auth_results, details, created_at) VALUES (:id,"
                        " :ref, 'erasure', 'awaiting_requester', 1, 'email', 'fr',"
                        " '2026-01-01', '2026-02-01', 'parent', 'a@b.fr', '', 't', '', '', '{}',"
                        " '{}', :details, '2026-01-01')"
                    ),
                    {"id": id_, "ref": f"DSR-{id_}", "details": value},
                )
            conn.execute(
                text(
                    "INSERT INTO verification_challenge (id, requester, code_hash, created_at,"
                    " expires_at, attempts, max_attempts, requester_address, sent) VALUES"
                    " (1, 't', 'h', '2026-01-01', '2026-01-02', 0, 5, 'a@b.fr', true)"
                )
            )
        upgrade(database_url, after)
        with Session(engine) as session:
            first, second = session.exec(select(Ticket).order_by(col(Ticket.id))).all()
            assert first.details == {"proofs": [{"id": 1, "filename": "id.pdf"}]}
            assert first.approved_by == "claire"
            assert first.proof_asked_at == datetime(2026, 1, 3, 10, tzinfo=UTC)
            assert first.reminded_at == datetime(2026, 1, 5, 8, tzinfo=UTC)
            assert first.needs_review and first.auth_failed and first.purged_at is None
            assert second.details == {} and not second.needs_review
            assert second.purged_at == datetime(2026, 6, 1, tzinfo=UTC)
            challenge = session.exec(select(VerificationChallenge)).one()
            assert challenge.thread_key == "t"
        downgrade(database_url, before)
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT details FROM ticket ORDER BY id")).scalars().all()
            challenged = conn.execute(text("SELECT requester FROM verification_challenge"))
            assert challenged.scalar_one() == "t"
        restored = [r if isinstance(r, dict) else json.loads(r) for r in rows]
        assert restored[0] == {
            **json.loads(details),
            "asked_at": "2026-01-03T10:00:00+00:00",
        }
        assert restored[1] == {"purged_at": "2026-06-01T00:00:00+00:00"}
    finally:
        engine.dispose()
