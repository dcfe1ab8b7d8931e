"""Benchmark: the desk at scale on PostgreSQL (not run in CI).

Generates ``--tickets`` tickets (default 1,000,000; a tenth open) with their learners, inbound
and outbox rows (``generate_series``), and ``--events`` audit events per ticket (default 10:
10,000,000) as a real keyed hash chain written with ``COPY``. Then:

- times the queries staff and Prometheus run most: the queue, the overdue queue, the overdue
  count (also with 0.5% of the tickets changed since the last vacuum, its slowest), the metrics
  scrape, and searches by reference, email and name (target: p95 under 50 ms), and prints the
  summary of each one's ``EXPLAIN (ANALYZE, BUFFERS)``;
- runs ``privacy-desk register export`` and ``privacy-desk audit verify`` as an operator does
  (their progress bars on standard error), with their time and peak memory (constant: the
  register and the log are streamed).

Run from the checkout (``--keep`` keeps the database and prints its URL)::

    .venv/bin/python -m bench.scale [--tickets 1000000] [--events 10] [--runs 30] [--keep]
                                    [--queries-only]

The server is ``PRIVACY_DESK_BENCH_DATABASE_URL`` (default the tests' PostgreSQL).
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bench.web import FILL_TICKETS, fill, scratch_database
from workflows.audit import KEY_PURPOSE, _canonical
from workflows.config import Settings
from workflows.db import make_engine
from workflows.gauges import DatabaseGauges
from workflows.migrate import upgrade
from workflows.models import OPEN_TICKETS
from workflows.proofvault import subkey
from workflows.queue import QueueFilter, overdue_count, queue_page

TARGET_MS = 50.0
EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
ACTOR, COMMAND, STATE = "desk", "note", "in_progress"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=10, help="audit events per ticket (0: none)")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument(
        "--queries-only", action="store_true", help="skip register export and audit verify"
    )
    args = parser.parse_args()
    with (
        scratch_database("pd_bench_scale", keep=args.keep) as url,
        tempfile.TemporaryDirectory() as folder,
    ):
        return run(url, Path(folder), args)


def run(url: str, folder: Path, args: argparse.Namespace) -> int:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        proof_key_file=folder / "proof.key",
        outbox_dir=folder / "outbox",
    )
    upgrade(url)
    engine = make_engine(url)
    started = time.perf_counter()
    fill(engine, FILL_TICKETS, {"tickets": args.tickets, "learners": max(args.tickets // 4, 1)})
    print(f"generated {args.tickets:,} tickets with learners, inbound and outbox rows", end="")
    print(f" in {time.perf_counter() - started:.0f} s")
    if args.events:  # none: the queries alone, in a few minutes instead of half an hour
        started = time.perf_counter()
        events = write_chain(engine, subkey(settings, KEY_PURPOSE), args.tickets, args.events)
        seconds = time.perf_counter() - started
        print(f"chained and copied {events:,} audit events in {seconds:.0f} s")
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
        size = conn.execute(text("SELECT pg_size_pretty(pg_database_size(current_database()))"))
        print(f"database size {size.scalar()}")
    ok = time_queries(engine, args)
    if args.queries_only:
        engine.dispose()
        return 0 if ok else 1
    env = {
        **os.environ,
        "PRIVACY_DESK_DATABASE_URL": url,
        "PRIVACY_DESK_PROOF_KEY_FILE": str(settings.proof_key_file),
        "PRIVACY_DESK_OUTBOX_DIR": str(settings.outbox_dir),
    }
    register = folder / "register.csv"
    ok &= operator_command(["register", "export", "--output", str(register)], env)
    print(f"  register.csv: {register.stat().st_size / 1e6:,.0f} MB")
    ok &= operator_command(["audit", "verify"], env)
    engine.dispose()
    return 0 if ok else 1


# -- the audit chain -------------------------------------------------------------------------
def chain(key: bytes, tickets: int, per_ticket: int) -> Iterator[tuple[Any, ...]]:
    """The rows of a keyed chain of ``tickets * per_ticket`` notes, as ``COPY`` reads them.

    The canonical form of these uniform events is written out directly (the same bytes as
    :func:`workflows.audit._canonical`, checked on the first one): 3 µs an event instead of 60.
    """
    prev = "0" * 64
    for n in range(tickets * per_ticket):
        ticket_id, at = n // per_ticket + 1, EPOCH + timedelta(seconds=n)
        body = (
            f'["{prev}",{ticket_id},"{at.isoformat()}","{ACTOR}","{COMMAND}","{STATE}",'
            f'"{STATE}",null,{{}}]'
        ).encode()
        if n == 0:
            assert body == _canonical(prev, ticket_id, at, ACTOR, COMMAND, STATE, STATE, None, {})
        digest = hmac.new(key, body, hashlib.sha256).hexdigest()
        yield ticket_id, at.replace(tzinfo=None), ACTOR, COMMAND, STATE, STATE, "{}", prev, digest
        prev = digest


def write_chain(engine: Engine, key: bytes, tickets: int, per_ticket: int) -> int:
    """COPY the chain into ``ticket_event`` and move the audit head to its end."""
    total = tickets * per_ticket
    columns = "ticket_id, at, actor, command, from_state, to_state, data, prev_hash, hash"
    raw = engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        last = "0" * 64
        with cursor.copy(f"COPY ticket_event ({columns}) FROM STDIN") as copy:
            for n, row in enumerate(chain(key, tickets, per_ticket), 1):
                copy.write_row(row)
                last = row[-1]
                if n % 1_000_000 == 0:
                    print(f"  {n:,} / {total:,} events", flush=True)
        cursor.execute(
            "UPDATE audit_head SET last_event_id = (SELECT max(id) FROM ticket_event), "
            "last_hash = %s WHERE id = 1",
            (last,),
        )
        raw.commit()
    finally:
        raw.close()
    return total


# -- the queries -----------------------------------------------------------------------------
def time_queries(engine: Engine, args: argparse.Namespace) -> bool:
    now = datetime.now(UTC)
    some = args.tickets // 30 * 10 or 10  # an open ticket (one in ten is open)
    learner = 1 + some % max(args.tickets // 4, 1)  # its learner
    gauges = DatabaseGauges(engine, lambda: now)
    checks: list[tuple[str, Callable[[Session], object]]] = [
        ("queue (open, by due date)", lambda s: queue_page(s, QueueFilter(), now=now)),
        (
            "overdue queue (erasure)",
            lambda s: queue_page(s, QueueFilter(overdue=True, request_type="erasure"), now=now),
        ),
        ("overdue count", lambda s: overdue_count(s, now=now)),
        ("metrics scrape (counts, backlog)", lambda s: list(gauges.collect())),
        (
            "search by reference",
            lambda s: queue_page(s, QueueFilter(search=f"DSR-2026-{some:07d}"), now=now),
        ),
        (
            "search by email",
            lambda s: queue_page(s, QueueFilter(search=f"learner{learner}@example.fr"), now=now),
        ),
        (
            "search by name",
            lambda s: queue_page(s, QueueFilter(search=f"Last{learner}"), now=now),
        ),
    ]
    ok = True
    print(f"\nqueries (p50 / p95 over {args.runs} runs; target p95 < {TARGET_MS:.0f} ms)")
    for label, query in checks:
        ok &= time_one(engine, label, query, args.runs)
    # the count at its slowest: as many open tickets changed since the last vacuum as make
    # autovacuum run again on this table (migration 0018), autovacuum held off meanwhile
    changed = args.tickets // 200
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE ticket SET (autovacuum_enabled = false)"))
        conn.execute(text(CHANGE_OPEN), {"changed": changed})
    label = f"overdue count, {changed:,} changed"
    ok &= time_one(engine, label, lambda s: overdue_count(s, now=now), args.runs)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE ticket RESET (autovacuum_enabled)"))
    return ok


#: the newest open tickets, changed as staff and requesters do (their version moves on)
CHANGE_OPEN = f"""
UPDATE ticket SET version = version + 1 WHERE id IN (
    SELECT id FROM ticket WHERE {OPEN_TICKETS.text} ORDER BY id DESC LIMIT :changed)
"""


def time_one(engine: Engine, label: str, query: Callable[[Session], object], runs: int) -> bool:
    statements: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    with Session(engine) as session:
        query(session)  # warm the pool and the caches
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            query(session)
            times.append((time.perf_counter() - started) * 1000)
            session.rollback()
        event.listen(engine, "before_cursor_execute", record)
        try:
            query(session)
        finally:
            event.remove(engine, "before_cursor_execute", record)
        session.rollback()
    p50, p95 = statistics.median(times), statistics.quantiles(times, n=20)[18]
    good = p95 < TARGET_MS
    print(f"{label:<36} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  {'ok' if good else 'OVER'}")
    with engine.connect() as conn:
        for statement, parameters in statements:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
            for line in summary([row[0] for row in plan]):
                print(f"    {line}")
    return good


def summary(plan: list[str]) -> list[str]:
    """The plan's nodes (without their details) and its execution time."""
    kept = []
    for line in plan:
        stripped = line.strip()
        if line == plan[0] or "->" in line or stripped.startswith("Execution Time"):
            node = line.split("  (cost=")[0].rstrip()
            timing = line.split("(actual time=")[1].split(")")[0] if "actual time=" in line else ""
            kept.append(f"{node}  [{timing}]" if timing else node)
    return kept


# -- operator commands -----------------------------------------------------------------------
def operator_command(command: list[str], env: dict[str, str]) -> bool:
    """Run ``privacy-desk COMMAND`` with its progress bar; print its time and peak memory."""
    print(f"\nprivacy-desk {' '.join(command)}", flush=True)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "privacy_desk.cli", *command], env=env)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    memory = usage.ru_maxrss / 1024  # kilobytes on Linux
    print(f"  exit {child.returncode} after {seconds:.0f} s, peak memory {memory:.0f} MB")
    return child.returncode == 0


if __name__ == "__main__":
    sys.exit(main())
