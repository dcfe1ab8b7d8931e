"""Database engine and sessions, for SQLite (embedded) and PostgreSQL (production)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import threading
import weakref
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from workflows.metrics import bind as bind_metrics
from workflows.metrics import metrics_of

T = TypeVar("T")

log = logging.getLogger(__name__)


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
    """The database cannot take a transaction on the event loop's own thread (SQLite)."""


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


#: The async twin of a PostgreSQL engine, with the loop its connections belong to.
_ASYNC_ENGINES: weakref.WeakKeyDictionary[
    Engine, tuple[asyncio.AbstractEventLoop, AsyncEngine]
] = weakref.WeakKeyDictionary()


def _async_engine(engine: Engine) -> AsyncEngine:
    loop = asyncio.get_running_loop()
    known = _ASYNC_ENGINES.get(engine)
    if known is not None and known[0] is loop:
        return known[1]
    # an engine that closes each connection after use (short commands, tests) has a twin that
    # does too; a pooled one keeps its connections until :func:`dispose_async`
    pooled: dict[str, Any] = {"poolclass": NullPool} if isinstance(engine.pool, NullPool) else {}
    twin = create_async_engine(engine.url, pool_pre_ping=True, hide_parameters=True, **pooled)
    if (metrics := metrics_of(engine)) is not None:  # a commit counts where the engine's do
        bind_metrics(twin.sync_engine, metrics)
    _ASYNC_ENGINES[engine] = (loop, twin)
    return twin


async def run_on_loop(engine: Engine, work: Callable[[Session], T]) -> T:
    """Run ``work`` in one transaction on the event loop's own thread, PostgreSQL only: over
    psycopg's async connection the loop goes on serving while the database answers, and
    nothing waits for a worker thread. ``work`` itself runs on the loop, so it must be short
    (a few statements, no large data to hash or copy)."""
    if not is_postgresql(engine):
        raise WouldWait
    async with AsyncSession(_async_engine(engine), expire_on_commit=False) as session:
        try:
            # the sync session handed over is sqlmodel's (``AsyncSession.sync_session_class``)
            result = await session.run_sync(lambda sync: work(cast(Session, sync)))
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
    return result


async def dispose_async(engine: Engine) -> None:
    """Close the connections :func:`run_on_loop` opened for ``engine`` on the running loop."""
    known = _ASYNC_ENGINES.pop(engine, None)
    if known is not None and known[0] is asyncio.get_running_loop():
        await known[1].dispose()


def is_postgresql(engine: Engine | Connection) -> bool:
    """Whether several processes may share this database (PostgreSQL), or one has it (SQLite)."""
    return engine.dialect.name == "postgresql"


def role_key(name: str) -> int:
    """The advisory lock number of a role: the same in every process, whatever its hash seed."""
    digest = hashlib.sha256(f"privacy-desk:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def serialize(session: Session, names: Iterable[str]) -> None:
    """Wait until no other transaction holds any of ``names`` and hold them until this one ends
    (PostgreSQL advisory locks, taken in one order so two transactions cannot deadlock). On
    SQLite transactions already take turns."""
    if not is_postgresql(session.get_bind().engine):
        return
    keys = sorted({role_key(name) for name in names})
    if keys:  # one statement: the array's rows are scanned, and their locks taken, in order
        session.execute(_LOCK_IN_ORDER, {"keys": keys})


_LOCK_IN_ORDER = text(
    "SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:keys AS bigint[])) AS k"
)


class Roles:
    """Work only one process at a time may do among those sharing a database: polling the IMAP
    mailbox, each scheduled job.

    On PostgreSQL a role is a session-level advisory lock held on a connection of its own, kept
    for as long as the process lives. When the holder dies, the server ends its connection and
    the lock goes with it; the others try every ``retry`` seconds, so one of them takes the role
    over within that time. The holder checks its connection as often: a holder cut off from the
    database gives its roles up (keepalives make the server notice such a connection too). On
    SQLite, one process has the database, and it holds every role.

    The roles are spread over the live processes: each one's share is ``ceil(roles / live)``,
    where the live processes are the lock connections the server shows
    (``pg_stat_activity.application_name`` is :data:`ROLES_APPLICATION`; one silent for
    :data:`SILENT_AFTER` seconds, a process that stopped without dying, is left out). A process
    takes free roles only up to its share, and gives up what it holds beyond it, the last of
    ``names`` first and never a role whose work is running (:meth:`working`): put first the role
    that costs most to move (the IMAP poller). The first process to start takes every role, and
    hands the extra ones over as the others come; when one dies, the shares grow and the others
    take its roles at their next try.
    """

    def __init__(self, engine: Engine, names: Iterable[str], *, retry: float = 5.0) -> None:
        self.engine = engine
        self.names = tuple(dict.fromkeys(names))
        self.retry = retry
        self.shared = is_postgresql(engine)
        self._held: set[str] = set()
        self._connection: Connection | None = None
        self._guard = threading.Lock()
        self._busy: dict[str, threading.Lock] = {}
        self._changed = asyncio.Event()

    def change(self) -> asyncio.Event:
        """An event set at the next change of the roles held (taken or lost)."""
        return self._changed

    def _signal(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    def holds(self, name: str) -> bool:
        return not self.shared or name in self._held

    @contextmanager
    def working(self, name: str) -> Iterator[bool]:
        """Whether ``name`` is held; if it is, it is not given up to another process before the
        block ends (it may still be lost with the connection)."""
        busy = self._busy.setdefault(name, threading.Lock())  # atomic: no wait on a refresh
        with busy:
            yield self.holds(name)

    def refresh(self) -> bool:
        """Check the lock connection, give up the roles held beyond this process's share and
        try to take free ones up to it (blocking); whether the roles held changed."""
        if not self.shared:
            return False
        with self._guard:
            before, given_up = set(self._held), set[str]()
            try:
                connection = self._connect()
                live = connection.execute(
                    _LIVE, {"application": ROLES_APPLICATION, "silent": SILENT_AFTER}
                ).scalar_one()
                share = -(-len(self.names) // max(live, 1))
                for name in reversed(self.names):
                    if len(self._held) <= share:
                        break
                    if name in self._held:
                        if not self._give_up(connection, name):
                            break  # its work runs: at a later try
                        given_up.add(name)
                for name in self.names:
                    if (
                        len(self._held) < share
                        and name not in self._held
                        and connection.execute(
                            text("SELECT pg_try_advisory_lock(:key)"), {"key": role_key(name)}
                        ).scalar()
                    ):
                        self._held = self._held | {name}
            except Exception as exc:
                log.warning("role locks unavailable, roles given up: %s", exc)
                self._drop()
            for name in self._held - before:
                log.info("role %s taken", name)
            for name in before - self._held:
                if name in given_up:
                    log.info("role %s given up: another process has fewer", name)
                else:
                    log.warning("role %s lost", name)
            return before != self._held

    def _give_up(self, connection: Connection, name: str) -> bool:
        """Unlock ``name`` unless its work is running; whether it was given up."""
        busy = self._busy.get(name)
        if busy is not None and not busy.acquire(blocking=False):
            return False
        try:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": role_key(name)})
            self._held = self._held - {name}
            return True
        finally:
            if busy is not None:
                busy.release()

    def _connect(self) -> Connection:
        if self._connection is None:
            connection = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self._connection = connection  # dropped, never back to the pool: it is marked
            connection.exec_driver_sql(f"SET application_name = '{ROLES_APPLICATION}'")
            for setting, value in _KEEPALIVES:  # the server drops a silent holder in ~25 s
                connection.exec_driver_sql(f"SET {setting} = {value}")
        return self._connection

    def _drop(self) -> None:
        self._held = set()
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.invalidate()
                self._connection.close()
            self._connection = None

    def release(self) -> None:
        """Give every role up (closing the lock connection releases the locks)."""
        if self.shared:
            with self._guard:
                self._drop()

    async def run(self, stop: asyncio.Event) -> None:
        """Hold what can be held until ``stop``; then give every role up."""
        try:
            while not stop.is_set():
                if await asyncio.to_thread(self.refresh):
                    self._signal()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=self.retry)
        finally:
            await asyncio.to_thread(self.release)
            self._signal()

    async def while_held(
        self,
        name: str,
        work: Callable[[], Awaitable[None]],
        stop: asyncio.Event,
    ) -> None:
        """Run ``work`` whenever ``name`` is held, until ``stop``; ``work`` is cancelled when
        the role is lost, and started again when it comes back (or, if it returned, at the
        next change)."""
        while not stop.is_set():
            if not self.holds(name):
                await wait_first(stop.wait(), self.change().wait())
                continue
            task = asyncio.ensure_future(work())
            while not task.done() and self.holds(name) and not stop.is_set():
                await wait_first(task, stop.wait(), self.change().wait())
            if task.done():
                if not task.cancelled() and task.exception() is not None:
                    log.error("%s stopped", name, exc_info=task.exception())
                await wait_first(stop.wait(), self.change().wait())
                continue
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


#: The ``application_name`` of the connections holding roles: how processes count each other.
ROLES_APPLICATION = "privacy-desk:roles"
#: Seconds after which a lock connection that ran nothing (a process that stopped without
#: dying: its connection stays open) no longer counts among the live ones.
SILENT_AFTER = 60.0
#: The live processes holding or wanting roles on this database (this one included).
_LIVE = text(
    "SELECT count(*) FROM pg_stat_activity"
    " WHERE datname = current_database() AND application_name = :application"
    # another database user's sessions show no times without pg_read_all_stats: counted live
    " AND (state_change IS NULL OR state_change > now() - make_interval(secs => :silent))"
)

#: TCP keepalives of the lock connection (server side): idle seconds, interval, probes.
_KEEPALIVES = (
    ("tcp_keepalives_idle", 10),
    ("tcp_keepalives_interval", 5),
    ("tcp_keepalives_count", 3),
)


async def wait_first(*waits: Awaitable[Any]) -> None:
    """Wait until the first of ``waits`` completes; cancel the others (never a task passed in)."""
    futures = [asyncio.ensure_future(w) for w in waits]
    try:
        await asyncio.wait(futures, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waited, future in zip(waits, futures, strict=True):
            if future is not waited and not future.done():
                future.cancel()
