"""Schema migrations: upgrade to the code's revision, and refuse to run on an outdated schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from workflows.db import DatabaseError


def alembic_config(url: str) -> Config:
    """An Alembic configuration for ``url`` with the project's ``migrations/`` folder."""
    root = Path(__file__).resolve().parent.parent / "migrations"
    config = Config()
    config.set_main_option("script_location", str(root))
    config.attributes["url"] = url
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at ``url`` to ``revision``."""
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    """Take the database at ``url`` back to ``revision``."""
    command.downgrade(alembic_config(url), revision)


def head_revision(url: str) -> str | None:
    """The revision the code expects."""
    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise DatabaseError(f"database unreachable: {exc.orig}") from exc


def readiness(engine: Engine) -> tuple[bool, str]:
    """Whether an instance of this code can serve on ``engine``'s database, and why.

    Ready when the schema is the code's, and also when it is a revision this code does not know:
    a newer release migrated it while this instance runs (migrations only add, so older code
    keeps working until it is restarted with the new release). Not ready when the database does
    not answer or its schema is older than the code."""
    url = engine.url.render_as_string(hide_password=False)
    want = head_revision(url)
    try:
        have = current_revision(engine)
    except DatabaseError:
        return False, "database unreachable"
    if have == want:
        return True, f"ready: schema at {want}"
    script = ScriptDirectory.from_config(alembic_config(url))
    try:
        known = have is not None and script.get_revision(have) is not None
    except CommandError:
        known = False
    if have is not None and not known:
        return True, f"ready: schema at {have}, newer than this code's {want}; restart with it"
    return (
        False,
        f"schema at {have or 'nothing'}, the code needs {want}: run privacy-desk db upgrade",
    )


def check_schema(engine: Engine) -> None:
    """Raise :class:`DatabaseError` with a clear message when the schema is not the code's."""
    url = engine.url.render_as_string(hide_password=False)
    have, want = current_revision(engine), head_revision(url)
    if have != want:
        raise DatabaseError(
            f"database schema is at {have or 'nothing'}, the code needs {want}: "
            "run `privacy-desk db upgrade`"
        )
