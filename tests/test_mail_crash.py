"""Crash safety: SIGKILL the service in the middle of a stream of messages, restart it, and
check that every message the listener accepted has exactly one ticket and one acknowledgement."""

from __future__ import annotations

import asyncio
import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import select

from tests.imap_server import free_port
from tests.test_mail_e2e import Sink, start_sink
from workflows.db import make_engine, session_scope
from workflows.migrate import upgrade
from workflows.models import InboundMessage, Ticket

ROOT = Path(__file__).resolve().parent.parent
TOTAL = 80


def request(n: int) -> bytes:
    return (
        f"From: learner{n}@exemple.fr\r\nTo: dpo@studi.fr\r\nSubject: demande {n}\r\n"
        f"Message-ID: <crash-{n}@exemple.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Bonjour, merci de faire l'erasure de mes données (demande {n}).\r\n"
    ).encode()


def start_service(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.serve_process"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    port = int(env["PRIVACY_DESK_SMTP_PORT"])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"service exited: {log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                if sock.recv(100).startswith(b"220"):
                    return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError("service did not start")


def send(port: int, n: int) -> bool:
    """True when the listener answered 250 for message ``n``."""
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            return client.sendmail(f"learner{n}@exemple.fr", ["dpo@studi.fr"], request(n)) == {}
    except (smtplib.SMTPException, OSError):
        return False


@pytest.mark.slow
async def test_sigkill_mid_stream_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    await asyncio.to_thread(upgrade, url)
    sink = Sink()
    relay_port, smtp_port = free_port(), free_port()
    relay = await start_sink(sink, relay_port)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PRIVACY_DESK_DATABASE_URL": url,
        "PRIVACY_DESK_SMTP_HOST": "127.0.0.1",
        "PRIVACY_DESK_SMTP_PORT": str(smtp_port),
        "PRIVACY_DESK_OUTBOUND_SMTP_HOST": "127.0.0.1",
        "PRIVACY_DESK_OUTBOUND_SMTP_PORT": str(relay_port),
        "PRIVACY_DESK_DPO_ADDRESS": "dpo@studi.fr",
        "PRIVACY_DESK_ACK_RATE_LIMIT_PER_HOUR": "1000",
        "PRIVACY_DESK_DISPATCHER_INTERVAL_SECONDS": "0.2",
        "PRIVACY_DESK_OUTBOX_DIR": str(tmp_path / "outbox"),
    }
    service = await asyncio.to_thread(start_service, env, tmp_path / "service.log")
    accepted: set[int] = set()
    refused: set[int] = set()
    try:

        async def client(start: int) -> None:
            for n in range(start, TOTAL, 4):
                ok = await asyncio.to_thread(send, smtp_port, n)
                (accepted if ok else refused).add(n)

        async def killer() -> None:
            while len(accepted) < TOTAL // 3:
                await asyncio.sleep(0.01)
            service.send_signal(signal.SIGKILL)

        await asyncio.gather(killer(), *(client(i) for i in range(4)))
        await asyncio.to_thread(service.wait, 10)
        assert refused, "the kill came too late to test anything"
        assert accepted

        # restart; like any sending MTA, retry what was not accepted
        service = await asyncio.to_thread(start_service, env, tmp_path / "service.log")
        for n in sorted(refused):
            assert await asyncio.to_thread(send, smtp_port, n)

        engine = make_engine(url)

        def state() -> tuple[list[InboundMessage], list[Ticket]]:
            with session_scope(engine) as session:
                return (
                    list(session.exec(select(InboundMessage))),
                    list(session.exec(select(Ticket))),
                )

        deadline = time.monotonic() + 60
        while True:
            inbound, tickets = await asyncio.to_thread(state)
            acked = {m["To"] for m in sink.messages}
            if len(tickets) >= TOTAL and len(acked) >= TOTAL:
                break
            assert time.monotonic() < deadline, (len(tickets), len(acked))
            await asyncio.sleep(0.2)
        service.terminate()  # once it has stopped, nothing more can be sent
        await asyncio.to_thread(service.wait, 15)
        inbound, tickets = await asyncio.to_thread(state)
        engine.dispose()

        per_sender = Counter(t.requester_address for t in tickets)
        assert set(per_sender) == {f"learner{n}@exemple.fr" for n in range(TOTAL)}
        assert set(per_sender.values()) == {1}  # exactly one ticket per message
        acks = Counter((m["To"], m["Message-ID"]) for m in sink.messages)
        assert len({to for to, _ in acks}) == TOTAL
        assert len(acks) == TOTAL  # one acknowledgement (one Message-ID) per message
        assert all(r.status in ("processed", "duplicate") for r in inbound)
    finally:
        if service.poll() is None:
            service.terminate()
            await asyncio.to_thread(service.wait, 15)
        relay.close()
        await relay.wait_closed()


def test_the_embedded_database_writes_every_commit_to_disk(tmp_path: Path) -> None:
    """A message answered 250 was committed; on SQLite in WAL mode only FULL keeps the last
    commits through a power cut (NORMAL keeps them through a process crash only)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'desk.db'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()
