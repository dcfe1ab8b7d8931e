"""Database engine and sessions, for SQLite (embedded) and PostgreSQL (production)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine


class DatabaseError(RuntimeError):
    """The database cannot be used: unreachable, or its schema is not the code's."""


def make_engine(url: str, *, echo: bool = False, pooled: bool = True) -> Engine:
    """An engine for ``url``; for SQLite the folder is created and WAL turned on.

    ``pooled=False`` closes each connection after use, for short-lived commands.
    """
    parsed = make_url(url)
    sqlite = parsed.get_backend_name() == "sqlite"
    # a file on this host cannot drop a connection: no ping before every checkout; a statement's
    # values (addresses, texts) stay out of error messages, which reach the service log
    kwargs: dict[str, Any] = {"echo": echo, "pool_pre_ping": not sqlite, "hide_parameters": True}
    if not pooled:
        kwargs["poolclass"] = NullPool
    if sqlite:
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
    engine = create_engine(url, **kwargs)
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        _SQLITE_LOCKS[engine] = threading.RLock()
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # every commit reaches the disk: the listener answers 250 after its commit, and in WAL mode
    # NORMAL may lose the last commits to a power cut (a process crash loses nothing either way)
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


#: SQLite has one writer at a time. Transactions of one process take turns on this lock instead
#: of colliding in the database, where the loser sleeps in SQLite's busy handler (1, 2, 5, 10,
#: ... ms) long after the winner committed. Other processes still meet the busy timeout.
_SQLITE_LOCKS: weakref.WeakKeyDictionary[Engine, threading.RLock] = weakref.WeakKeyDictionary()


def _turn(engine: Engine) -> AbstractContextManager[Any]:
    lock = _SQLITE_LOCKS.get(engine)
    return lock if lock is not None else nullcontext()


class WouldWait(RuntimeError):
    """The database cannot take a transaction at once on the calling thread."""


@contextmanager
def _transaction(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back if it raises."""
    with _turn(engine), _transaction(engine) as session:
        yield session


@contextmanager
def session_now(engine: Engine) -> Iterator[Session]:
    """One transaction that starts at once, for an event loop's own thread: only on the embedded
    SQLite database (a local file, no network) and only while no other transaction of this
    process holds its write turn; otherwise :class:`WouldWait` is raised before anything runs.
    Another process writing the same file (a CLI import) still makes it wait its turn."""
    lock = _SQLITE_LOCKS.get(engine)
    if lock is None or not lock.acquire(blocking=False):
        raise WouldWait
    try:
        with _transaction(engine) as session:
            yield session
    finally:
        lock.release()
