"""Benchmark: the console's queue page and ticket page on a large desk (PostgreSQL).

Generates 200,000 tickets (a tenth of them open), 10 audit events, one inbound message and one
outbox item per ticket in a database of its own, then times the pages through the ASGI app
in-process (so the figures are server time plus the in-process client, an upper bound), and
reports p50/p95 against the target of 150 ms. Run from the checkout:

    .venv/bin/python -m bench.web [--tickets 200000] [--events 10] [--runs 40]

The server is ``PRIVACY_DESK_BENCH_DATABASE_URL`` (default the tests' PostgreSQL); the database
it creates is dropped at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from starlette.testclient import TestClient

from web.app import create_app
from workflows.classifier import Classifier
from workflows.config import Settings
from workflows.context import Context
from workflows.db import make_engine
from workflows.desk import Desk
from workflows.migrate import upgrade
from workflows.notices import Renderer
from workflows.staff import add_staff, set_password

SERVER = os.environ.get(
    "PRIVACY_DESK_BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
TARGET_MS = 150.0
PASSWORD = "benchmark password"

#: Learners, tickets (a tenth open), one inbound message and one outbox item per ticket (the
#: answer of a closed one, the acknowledgement of an open one); ``bench.scale`` uses it too.
FILL_TICKETS = """
INSERT INTO learner (learner_id, email, first_name, last_name, language, profile, restricted,
                     created_at, updated_at)
SELECT 'L' || n, 'learner' || n || '@example.fr', 'First' || n, 'Last' || n, 'fr', '{}', false,
       now(), now()
FROM generate_series(1, :learners) AS n;

INSERT INTO ticket (reference, request_type, state, version, channel, language, received_at,
                    due_at, learner_pk, requester_kind, requester_address, requester_name,
                    thread_key, subject, text, classification, auth_results, details, created_at,
                    identity_verified_at, closed_at, outcome, needs_review, auth_failed)
SELECT 'DSR-2026-' || lpad(n::text, 7, '0'),
       (ARRAY['access','erasure','rectification','objection','portability',
              'marketing_objection'])[1 + n % 6],
       CASE WHEN n % 10 = 0 THEN
            (ARRAY['awaiting_approval','in_progress','awaiting_identity',
                   'awaiting_requester'])[1 + (n / 10) % 4]
            ELSE 'completed' END,
       1, CASE WHEN n % 4 = 0 THEN 'telegram' ELSE 'email' END, 'fr',
       now() - (n % 400) * interval '1 day',
       now() - (n % 400) * interval '1 day' + interval '1 month',
       1 + n % :learners, 'self', 'learner' || (1 + n % :learners) || '@example.fr', '',
       't' || n, 'Mes données', 'Bonjour, voici ma demande.',
       '{"labels": ["access"], "confidence": 0.9}', '{}', '{}', now(),
       now() - (n % 400) * interval '1 day' + interval '1 hour',
       CASE WHEN n % 10 = 0 THEN NULL
            ELSE now() - (n % 400) * interval '1 day' + interval '12 days' END,
       CASE WHEN n % 10 = 0 THEN NULL ELSE 'completed' END, false, false
FROM generate_series(1, :tickets) AS n;

INSERT INTO inbound_message (source, received_at, raw, sha256, recipients, status, ticket_id,
                             meta, attempts)
SELECT 'smtp', now(), convert_to('Subject: x', 'UTF8'), md5(n::text), '[]', 'processed', n,
       '{"subject": "Mes données"}', 0
FROM generate_series(1, :tickets) AS n;

INSERT INTO outbox_item (ticket_id, channel, recipient, template, language, subject, body_text,
                         headers, attachments, automatic, personal, status, attempts,
                         next_attempt_at, created_at, sent_at)
SELECT n, 'email', 'learner' || n || '@example.fr',
       CASE WHEN n % 10 = 0 THEN 'received' ELSE 'completed' END, 'fr', 'Accusé', '', '{}', '[]',
       true, false, 'sent', 1, now(), now(), now() - (n % 400) * interval '1 day'
FROM generate_series(1, :tickets) AS n;
"""

#: Audit events (not chained: the pages read them, nothing verifies them here).
FILL_EVENTS = """
INSERT INTO ticket_event (ticket_id, at, actor, command, from_state, to_state, reason, data,
                          prev_hash, hash)
SELECT t, now(), 'desk', 'note', 'in_progress', 'in_progress', 'event ' || e, '{}',
       md5((t * 100 + e - 1)::text) || md5((t * 100 + e - 1)::text || 'x'),
       md5((t * 100 + e)::text) || md5((t * 100 + e)::text || 'x')
FROM generate_series(1, :tickets) AS t, generate_series(1, :events) AS e;
"""


def fill(engine: Engine, sql: str, values: dict[str, int]) -> None:
    """Run the statements of ``sql`` (separated by ``;`` at a line's end) in one transaction."""
    with engine.begin() as conn:
        for statement in sql.split(";\n"):
            if statement.strip():
                conn.execute(text(statement), values)


def timed(client: TestClient, runs: int, request: object) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        answer = request(client)  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, answer.status_code
    return times


@contextlib.contextmanager
def scratch_database(prefix: str, *, keep: bool = False) -> Iterator[str]:
    """A new database on the benchmark's server, dropped afterwards unless ``keep``."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = make_engine(SERVER, pooled=False)
    with admin.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(
            text(f'CREATE DATABASE "{name}"')
        )
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        if keep:
            print(f"database kept: {url}")
        else:
            with admin.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").execute(
                    text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                )
        admin.dispose()


def report(name: str, times: list[float]) -> bool:
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[18]
    ok = p95 < TARGET_MS
    print(f"{name:<34} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   {'ok' if ok else 'OVER'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=200_000)
    parser.add_argument("--events", type=int, default=10)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with scratch_database("pd_bench_web") as url, tempfile.TemporaryDirectory() as folder:
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
    values = {"tickets": args.tickets, "events": args.events, "learners": args.tickets // 4}
    fill(engine, FILL_TICKETS + FILL_EVENTS + "ANALYZE;\n", values)
    print(
        f"generated {args.tickets:,} tickets, {args.tickets * args.events:,} events, "
        f"{args.tickets:,} inbound and outbox rows in {time.perf_counter() - started:.0f} s"
    )
    desk = Desk(
        engine, Context(settings=settings, renderer=Renderer(), classifier=Classifier.load())
    )
    desk.run(lambda s: add_staff(s, "bench"))
    desk.run(lambda s: set_password(s, "bench", PASSWORD))
    rng = random.Random(7)
    with TestClient(create_app(desk)) as client:
        login = client.get("/login").text
        token = login.split('name="csrf" value="')[1].split('"')[0]
        client.post("/login", data={"login": "bench", "password": PASSWORD, "csrf": token})
        token = client.get("/queue").text.split('name="csrf" value="')[1].split('"')[0]
        client.get("/queue")  # warm the pool and the template cache
        results = [
            report(
                "queue (open, by due date)", timed(client, args.runs, lambda c: c.get("/queue"))
            ),
            report(
                "queue filtered (erasure, overdue)",
                timed(client, args.runs, lambda c: c.get("/queue?type=erasure&overdue=1")),
            ),
            report(
                "queue search (learner email)",
                timed(
                    client,
                    args.runs,
                    lambda c: c.post(
                        "/queue/search",
                        data={"csrf": token, "q": f"learner{rng.randint(1, 1000)}@example.fr"},
                    ),
                ),
            ),
            report(
                "ticket page (10 events)",
                timed(
                    client,
                    args.runs,
                    lambda c: c.get(f"/tickets/{rng.randint(1, args.tickets)}"),
                ),
            ),
        ]
    engine.dispose()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
