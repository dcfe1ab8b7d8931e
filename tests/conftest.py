"""Shared fixtures: a fresh database per test (SQLite, or PostgreSQL when configured), a Desk
with a controllable clock, and helpers to read what the outbox would send.

Set ``PRIVACY_DESK_TEST_DATABASE_URL`` to a PostgreSQL URL to run the suite against PostgreSQL;
each test then gets its own database on that server, and an unreachable server fails the run.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import SQLModel, select

import workflows.models  # noqa: F401
from tests.imap_server import DovecotMissing, DovecotServer, make_dovecot, remove
from workflows.classifier import Requester
from workflows.classifier.model import LinearModel
from workflows.config import Settings
from workflows.context import Context
from workflows.db import make_engine, session_scope
from workflows.desk import Desk
from workflows.mailbox import InboundOutcome, IncomingMail, RawInbound
from workflows.models import AuditHead, OutboxItem, Ticket
from workflows.notices import Renderer
from workflows.requests import RequestType

TEST_DATABASE_URL = os.environ.get("PRIVACY_DESK_TEST_DATABASE_URL")


#: The PostgreSQL server of the tests that always run on PostgreSQL (several processes sharing
#: one database): ``PRIVACY_DESK_TEST_DATABASE_URL`` when it names one, else the local default.
PG_SERVER_URL = (
    TEST_DATABASE_URL
    if TEST_DATABASE_URL and TEST_DATABASE_URL.startswith("postgresql")
    else "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The container image tests (``image`` marker: a build of several minutes) are deselected,
    shown as such, unless ``PRIVACY_DESK_TEST_IMAGE_BASE`` names the base to build on."""
    if os.environ.get("PRIVACY_DESK_TEST_IMAGE_BASE"):
        return
    image = [item for item in items if item.get_closest_marker("image")]
    if image:
        config.hook.pytest_deselected(items=image)
        items[:] = [item for item in items if not item.get_closest_marker("image")]


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A URL to an empty PostgreSQL database created on ``server_url``'s server, dropped after."""
    server = make_url(server_url)
    name = f"pd_{uuid.uuid4().hex[:12]}"
    admin = make_engine(server_url, pooled=False)
    with admin.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(
            text(f'CREATE DATABASE "{name}"')
        )
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(
                text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            )
        admin.dispose()


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database that exists for this test only."""
    if not TEST_DATABASE_URL:
        yield f"sqlite:///{tmp_path / 'desk.db'}"
        return
    with fresh_database(TEST_DATABASE_URL) as url:
        yield url


@pytest.fixture
def pg_database_url() -> Iterator[str]:
    """An empty PostgreSQL database for this test, whatever database the suite runs on: for
    what only a shared database has (several processes). Fails, never skips, when the server
    cannot be reached."""
    with fresh_database(PG_SERVER_URL) as url:
        yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a fresh database whose tables are created from the models.

    On PostgreSQL each session opens its own connection: a worker thread that a test's shutdown
    leaves finishing its last statement then closes it instead of returning it to a pool that the
    teardown already disposed (which would leave it open until garbage collection).
    """
    yield from tables_made(make_engine(database_url, pooled=not TEST_DATABASE_URL))


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """An engine on a fresh SQLite database whatever database the suite runs on: for what only
    SQLite's single writer does (a deciding transaction holds the listener's stores)."""
    yield from tables_made(make_engine(f"sqlite:///{tmp_path / 'single-writer.db'}", pooled=True))


def tables_made(engine: Engine) -> Iterator[Engine]:
    """``engine`` with the tables created from the models and the audit head, disposed after."""
    SQLModel.metadata.create_all(engine)
    with session_scope(engine) as session:
        session.add(AuditHead(id=1))
    yield engine
    engine.dispose()


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime = field(default_factory=lambda: datetime(2026, 3, 10, 9, 30, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class FixedClassification:
    labels: tuple[RequestType, ...]
    confidence: float = 0.95
    language: str = "fr"
    low_confidence: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "labels": [str(x) for x in self.labels],
            "confidence": self.confidence,
            "language": self.language,
            "evidence": {},
        }


def flatmate_requester_model() -> LinearModel:
    """A requester model that reads "coloc" (a flatmate, a word no rule knows) as a third
    party, sure of it from 0.6: what a trained model adds to the rules, in one word."""
    roles = tuple(r.value for r in Requester)
    return LinearModel(
        roles,
        (0.0, -3.0, -3.0, -3.0, -3.0),
        {"coloc": (-4.0, 0.0, 0.0, 0.0, 4.0)},
        dict.fromkeys(roles, 0.6),
    )


class KeywordClassifier:
    """A stand-in for the real classifier in core tests: a label named in the text wins."""

    def classify(self, subject: str, text: str) -> FixedClassification:
        body = f"{subject} {text}".lower()
        language = "en" if " the " in f" {body} " or "please" in body else "fr"
        labels = tuple(
            t
            for t in RequestType
            if t is not RequestType.OTHER and re.search(rf"\b{t.value}\b", body)
        )
        return FixedClassification(labels or (RequestType.OTHER,), language=language)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        outbox_dir=tmp_path / "outbox",
        staff_chat_id=-100123,
        staff_user_ids=[4242],
        proof_key_file=tmp_path / "proof.key",
    )


@pytest.fixture
def desk(engine: Engine, settings: Settings, clock: Clock) -> Desk:
    ctx = Context(
        settings=settings, renderer=Renderer(), classifier=KeywordClassifier(), clock=clock
    )
    return Desk(engine, ctx)


@contextmanager
def tickets_read() -> Iterator[list[int | None]]:
    """The ids of the tickets loaded from the database while the block runs, in order."""
    loaded: list[int | None] = []

    def read(ticket: Ticket, _context: object) -> None:
        loaded.append(ticket.id)

    event.listen(Ticket, "load", read)
    try:
        yield loaded
    finally:
        event.remove(Ticket, "load", read)


def outbox(desk: Desk, **where: object) -> list[OutboxItem]:
    """Outbox items, oldest first, filtered by column values."""
    with session_scope(desk.engine) as session:
        query = select(OutboxItem).order_by(OutboxItem.id)  # type: ignore[arg-type]
        for column, value in where.items():
            query = query.where(getattr(OutboxItem, column) == value)
        return list(session.exec(query))


def receive_mail(desk: Desk, mail: IncomingMail) -> InboundOutcome:
    """A mail as the mail channel hands it to the core, SMTP and parsing aside: stored, then
    decided by the mailbox (``Desk.store_inbound``, ``Desk.decide_inbound``)."""
    raw = f"From: {mail.sender}\r\nSubject: {mail.subject}\r\n\r\n{mail.text}\r\n".encode()
    (inbound_id,) = desk.store_inbound(
        [RawInbound("smtp", raw, mail.sender, (desk.ctx.settings.dpo_address,))]
    )
    (outcome,) = desk.decide_inbound([(inbound_id, mail)])
    assert outcome is not None
    return outcome


def mail_reply(desk: Desk, sender: str, text: str) -> InboundOutcome:
    """``sender`` answers by email the latest message we mailed them."""
    ours = [i for i in outbox(desk, recipient=sender, channel="email") if i.message_id][-1]
    return receive_mail(
        desk,
        IncomingMail(
            sender=sender,
            subject=f"Re: {ours.subject}",
            text=text,
            new_text=text,
            message_id=f"<{uuid.uuid4().hex}@{sender.rpartition('@')[2]}>",
            in_reply_to=(ours.message_id or "",),
        ),
    )


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    """A running Dovecot with one user; the test fails (never skips) when it is not installed."""
    try:
        server = make_dovecot()
    except DovecotMissing as exc:
        pytest.fail(str(exc))
    try:
        server.start()
        yield server
    finally:
        remove(server)
