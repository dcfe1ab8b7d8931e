"""The audit chain is keyed: someone who can write the database can edit an event, but not
recompute the hashes after it (with plain SHA-256, or under a key they guess) unnoticed. A chain
written with plain SHA-256 before the key came still verifies after the upgrade, sealed."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlmodel import col, select

from privacy_desk.app import build_desk
from privacy_desk.cli import main
from workflows.config import Settings
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.intake import Submission
from workflows.migrate import alembic_config, downgrade, upgrade
from workflows.models import AuditHead, TicketEvent
from workflows.proofvault import subkey
from workflows.requests import RequestType

Hasher = Callable[[bytes], str]


def plain(body: bytes) -> str:
    """What anyone can compute: the chain's hash before it was keyed."""
    return hashlib.sha256(body).hexdigest()


def keyed(key: bytes) -> Hasher:
    return lambda body: hmac.new(key, body, hashlib.sha256).hexdigest()


GUESSED_KEYS = [b"", b"audit-chain", hashlib.sha256(b"audit-chain").digest(), b"0" * 32]


def canonical(prev: str, event: TicketEvent) -> bytes:
    """The event as it is hashed (written out here as an attacker reads it from the code)."""
    fields = [
        prev,
        event.ticket_id,
        event.at.isoformat(),
        event.actor,
        event.command,
        event.from_state,
        event.to_state,
        event.reason,
        event.data,
    ]
    dumped = json.dumps(
        fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return dumped.encode()


def rechain(desk: Desk, hasher: Hasher, *, start: int = 1, head: dict[str, Any] | None = None
            ) -> int:  # fmt: skip
    """Recompute every hash from event ``start`` on, and the head, as a database writer can."""
    with session_scope(desk.engine) as session:
        events = list(session.exec(select(TicketEvent).order_by(col(TicketEvent.id))))
        prev = "0" * 64
        for event in events:
            assert event.id is not None
            if event.id >= start:
                event.prev_hash = prev
                event.hash = hasher(canonical(prev, event))
                session.add(event)
            prev = event.hash
        tip = session.get(AuditHead, 1)
        assert tip is not None and events[-1].id is not None
        tip.last_hash, tip.last_event_id = prev, events[-1].id
        for name, value in (head or {}).items():
            setattr(tip, name, value)
        session.add(tip)
    return len(events)


def edit(desk: Desk, event_id: int, reason: str) -> None:
    with desk.engine.begin() as conn:
        conn.execute(
            text("UPDATE ticket_event SET reason = :r WHERE id = :i"), {"r": reason, "i": event_id}
        )


def log_some(desk: Desk, n: int = 3, start: int = 0) -> None:
    for i in range(start, start + n):
        desk.open_requests(
            Submission(
                channel="email",
                requester_address=f"person{i}@example.org",
                received_at=desk.ctx.now(),
                text="stop",
                labels=(RequestType.MARKETING_OBJECTION,),
            )
        )


@pytest.fixture
def logged(desk: Desk) -> Desk:
    log_some(desk)
    assert desk.verify_audit().ok
    return desk


def test_the_attackers_rechain_is_right_under_the_real_key(logged: Desk) -> None:
    """The control: recomputed under the real key, an edit goes through; so only the key
    stands between a database writer and a forged log."""
    edit(logged, 4, "nothing happened")
    assert not logged.verify_audit().ok
    rechain(logged, keyed(subkey(logged.ctx.settings, b"audit-chain")), start=4)
    assert logged.verify_audit().ok


@pytest.mark.parametrize("start", [1, 4])
def test_an_edit_rechained_with_plain_sha256_is_reported(logged: Desk, start: int) -> None:
    edit(logged, 4, "nothing happened")
    rechain(logged, plain, start=start)
    report = logged.verify_audit()
    assert (report.ok, report.broken_event_id) == (False, start)
    assert "altered" in (report.problem or "")


@pytest.mark.parametrize("guess", GUESSED_KEYS)
def test_an_edit_rechained_under_a_guessed_key_is_reported(logged: Desk, guess: bytes) -> None:
    edit(logged, 4, "nothing happened")
    rechain(logged, keyed(guess), start=4)
    assert logged.verify_audit().broken_event_id == 4


@pytest.mark.parametrize("boundary", ["last", "beyond"])
def test_passing_the_whole_log_off_as_unkeyed_is_reported(logged: Desk, boundary: str) -> None:
    edit(logged, 4, "nothing happened")
    guessed_seal = keyed(b"audit-chain")(b"anything")
    total = rechain(logged, plain, head={"legacy_seal": guessed_seal})
    rechain(logged, plain, head={"legacy_last_id": total if boundary == "last" else 10**9})
    report = logged.verify_audit()
    if boundary == "last":
        assert (report.broken_event_id, report.problem) == (
            total,
            "does not match the seal of the unkeyed log",
        )
    else:
        assert (report.broken_event_id, report.problem) == (
            10**9,
            "is missing, yet the unkeyed log ends there",
        )


# -- the command line ----------------------------------------------------------------------


@pytest.fixture
def cli_desk(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", database_url)
    monkeypatch.setenv("PRIVACY_DESK_OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("PRIVACY_DESK_PROOF_KEY", "a passphrase kept in the secret store")
    desk = build_desk(Settings())
    yield desk
    desk.engine.dispose()


def test_audit_verify_exits_non_zero_with_one_line_on_a_rechained_log(
    cli_desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    upgrade(cli_desk.ctx.settings.database_url)
    log_some(cli_desk)
    assert main(["audit", "verify"]) == 0
    capsys.readouterr()
    edit(cli_desk, 2, "approved by nobody")
    rechain(cli_desk, plain, start=2)
    assert main(["audit", "verify"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip().splitlines() == [
        "audit log broken: event 2 was altered after it was written (1 events checked before it)"
    ]


# -- a log written before the key ----------------------------------------------------------


def test_a_log_written_before_the_key_still_verifies_and_stays_sealed(
    cli_desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = cli_desk
    url = desk.ctx.settings.database_url
    # events written by today's models, then the schema taken back to the revision before the
    # chain was keyed (so later revisions' columns do not have to exist there)
    script = ScriptDirectory.from_config(alembic_config(url))
    (keyed,) = [r for r in script.walk_revisions() if r.revision == "0008_keyed_audit"]
    upgrade(url)
    log_some(desk)
    downgrade(url, str(keyed.down_revision))
    with desk.engine.begin() as conn:  # hashed the way the code before the key did
        events = conn.execute(text("SELECT COUNT(*) FROM ticket_event")).scalar_one()
    with session_scope(desk.engine) as session:
        rows = list(session.exec(select(TicketEvent).order_by(col(TicketEvent.id))))
        prev = "0" * 64
        for row in rows:
            row.prev_hash, row.hash = prev, plain(canonical(prev, row))
            prev = row.hash
            session.add(row)
    with desk.engine.begin() as conn:
        conn.execute(text("UPDATE audit_head SET last_hash = :h WHERE id = 1"), {"h": prev})

    upgrade(url)
    report = desk.verify_audit()
    assert report.ok and report.checked == events
    log_some(desk, start=10)  # new events are keyed, after the sealed prefix
    assert desk.verify_audit().ok
    assert main(["audit", "verify"]) == 0
    with session_scope(desk.engine) as session:
        head = session.get(AuditHead, 1)
        assert head is not None and head.legacy_last_id == events and head.legacy_seal

    # an edit in the unkeyed prefix, rechained with plain SHA-256 up to the keyed events
    edit(desk, 2, "approved by nobody")
    rechain(desk, plain, start=2)
    report = desk.verify_audit()
    assert not report.ok and report.broken_event_id is not None
    assert report.broken_event_id <= events + 1
    capsys.readouterr()
    assert main(["audit", "verify"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
