"""Benchmark: a breach affecting 100,000 learners on SQLite.

Run from the checkout: ``PYTHONPATH=. python bench/breach.py [LEARNERS]``. Reports the import of
the affected file and the queueing of every notice (target: both under a minute), how many a
second the outbox delivers to an aiosmtpd relay stand-in over SMTP (a sample of 500, with the
rate limit lifted so the relay, not the throttle, is measured), and the machine's load, since
the figures depend on it.
"""

from __future__ import annotations

import asyncio
import io
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from aiosmtpd.smtp import SMTP, Envelope, Session
from sqlalchemy import insert
from sqlmodel import SQLModel, func, select

import workflows.models  # noqa: F401
from mail.outbound import mail_transport
from workflows.breach import Breaches
from workflows.config import Settings
from workflows.context import Context
from workflows.db import make_engine, session_scope
from workflows.desk import Desk
from workflows.models import AuditHead, Learner, OutboxItem, OutboxStatus
from workflows.notices import Renderer
from workflows.outbox import Dispatcher
from workflows.staff import add_staff

TARGET_SECONDS = 60.0
SENDING_SAMPLE = 500


class Relay:
    """Counts what it is given and says OK."""

    def __init__(self) -> None:
        self.received = 0

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.received += 1
        return "250 OK"


class _NoClassifier:
    def classify(self, subject: str, text: str) -> object:
        raise AssertionError("no classification in this benchmark")


async def _send_sample(desk: Desk, settings: Settings) -> float:
    relay = Relay()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(relay, hostname="relay.bench", loop=loop), "127.0.0.1", 0
    )
    port = server.sockets[0].getsockname()[1]
    transport = mail_transport(
        settings.model_copy(update={"outbound_smtp_host": "127.0.0.1", "outbound_smtp_port": port})
    )
    dispatcher = Dispatcher(desk.engine, {"email": transport}, batch=SENDING_SAMPLE)
    began = time.perf_counter()
    while relay.received < SENDING_SAMPLE:
        await dispatcher.dispatch_once()
    elapsed = time.perf_counter() - began
    server.close()
    await server.wait_closed()
    with session_scope(desk.engine) as session:
        sent = session.exec(
            select(func.count())
            .select_from(OutboxItem)
            .where(OutboxItem.status == OutboxStatus.SENT)
        ).one()
    assert sent >= SENDING_SAMPLE, sent
    return SENDING_SAMPLE / elapsed


def main(learners: int = 100_000) -> int:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=f"sqlite:///{Path(folder) / 'bench.db'}",
            proof_key_file=Path(folder) / "proof.key",
            breach_notices_per_minute=60_000_000,  # measure the relay, not the throttle
        )
        engine = make_engine(settings.database_url)
        SQLModel.metadata.create_all(engine)
        with session_scope(engine) as session:
            session.add(AuditHead(id=1))
            session.execute(
                insert(Learner),
                [
                    {
                        "learner_id": f"L{i:06d}",
                        "email": f"learner{i}@example.fr",
                        "language": "en" if i % 4 == 0 else "fr",
                        "profile": {},
                    }
                    for i in range(learners)
                ],
            )
            add_staff(session, "bench")
        ctx = Context(settings=settings, renderer=Renderer(), classifier=_NoClassifier())  # type: ignore[arg-type]
        desk = Desk(engine, ctx)
        breaches = Breaches(engine, ctx)
        breach = breaches.open(
            by="bench", title="bench", aware_at=ctx.now() - timedelta(hours=1), nature="bench"
        )
        assert breach.id is not None
        for lang in ("fr", "en"):
            breaches.set_text(
                breach.id, lang, by="bench", nature="n", consequences="c", measures="m", advice="a"
            )
        breaches.approve(breach.id, by="bench")
        rows = "\n".join(
            (f"L{i:06d}" if i % 2 else f"learner{i}@example.fr") + ",email"
            for i in range(learners)
        )

        began = time.perf_counter()
        report = breaches.import_affected(breach.id, io.StringIO(rows), by="bench")
        import_seconds = time.perf_counter() - began
        assert report.added == learners and not report.unmatched

        began = time.perf_counter()
        queued = breaches.send(breach.id, by="bench", batch=1000)
        queue_seconds = time.perf_counter() - began
        assert queued == learners

        per_second = asyncio.run(_send_sample(desk, settings))
        engine.dispose()

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} CPUs, load average {load} (1, 5, 15 min) at the end")
    print(f"affected learners imported: {learners} in {import_seconds:.1f} s")
    print(f"notices queued: {queued} in {queue_seconds:.1f} s ({queued / queue_seconds:.0f}/s)")
    print(f"sending to the relay stand-in: {per_second:.0f} notices/s over SMTP")
    if max(import_seconds, queue_seconds) > TARGET_SECONDS:
        print(f"import or queueing slower than the {TARGET_SECONDS:.0f} s target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
