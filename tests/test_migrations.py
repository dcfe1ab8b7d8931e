"""Alembic: every revision upgrades, downgrades and upgrades again; the head matches the models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import workflows.models  # noqa: F401
from workflows.db import make_engine
from workflows.migrate import alembic_config, check_schema, downgrade, upgrade


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
    "'ix_(ticket_open_due|ticket_open_type_due|learner_first_name_trgm|learner_last_name_trgm|"
    "ticket_requester_name_trgm)'"
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
