"""Deciding benchmark: what the intake worker and the outbox cost per message, in-process.

    python -m bench.decide [-n 480] [--group 16] [--database-url URL] [--top 25]

Stores N requests of about 300 bytes from distinct senders (the messages of ``bench.ingest``),
then decides them in groups as the intake worker does (read, parse, one transaction per group)
and dispatches their acknowledgements through an outbox transport that builds each message and
drops it. Prints, per message, the CPU milliseconds (``time.process_time``, steadier than wall
time on a loaded machine; for deciding also the median over the groups) and the SQL statements
sent, for each step; ``--top`` lists the statements sent most often while deciding. On a fresh
SQLite database by default; a PostgreSQL URL must name an empty database (it is upgraded with
the migrations).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.ingest import DPO, message
from mail.intake import to_incoming
from mail.outbound import message_bytes
from mail.parsing import parse_mail
from privacy_desk.app import build_desk
from workflows.config import Settings
from workflows.desk import Desk
from workflows.mailbox import RawInbound, Reading
from workflows.migrate import upgrade
from workflows.models import OutboxItem
from workflows.outbox import Dispatcher


class Counted:
    """SQL statements sent on an engine, by text."""

    def __init__(self) -> None:
        self.statements: Counter[str] = Counter()
        self.on = False

    def __call__(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if self.on:
            self.statements[" ".join(statement.split())[:110]] += 1

    @contextmanager
    def step(self, name: str, n: int, report: dict[str, tuple[float, float]]) -> Iterator[None]:
        self.statements.clear()
        self.on = True
        started = time.process_time()
        try:
            yield
        finally:
            cpu = time.process_time() - started
            self.on = False
            report[name] = (cpu * 1000 / n, sum(self.statements.values()) / n)


class Dropped:
    """An outbox transport that builds each message, as the mail transport does, and drops it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def send(self, item: OutboxItem) -> None:
        message_bytes(item, self.settings)


def store(desk: Desk, first: int, n: int, tag: str) -> list[int]:
    ids: list[int] = []
    for start in range(first, first + n, 64):
        batch = [
            RawInbound("smtp", message(i, tag), f"learner{i}.{tag}@exemple.fr", (DPO,))
            for i in range(start, min(start + 64, first + n))
        ]
        ids.extend(desk.store_inbound(batch))
    return ids


def decide(desk: Desk, ids: list[int], group: int) -> list[float]:
    """Decide ``ids`` in groups; the CPU seconds per message of each group."""
    costs = []
    for start in range(0, len(ids), group):
        started = time.process_time()
        chunk = ids[start : start + group]
        stored = desk.raw_inbound(chunk)
        readings: list[tuple[int, Reading]] = []
        for inbound_id in chunk:
            raw, sender = stored[inbound_id]
            readings.append((inbound_id, to_incoming(parse_mail(raw, envelope_from=sender))))
        outcomes = desk.decide_inbound(readings)
        assert all(o is not None and o.acknowledged for o in outcomes), outcomes
        costs.append((time.process_time() - started) / len(chunk))
    return costs


def dispatch(dispatcher: Dispatcher) -> int:
    async def all_due() -> int:
        sent = 0
        while tried := await dispatcher.dispatch_once():
            sent += tried
        return sent

    return asyncio.run(all_due())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=480, help="messages measured")
    parser.add_argument("--group", type=int, default=16, help="messages per transaction")
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--top", type=int, default=0, help="most frequent statements to list")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="privacy-desk-decide-"))
    url = args.database_url or f"sqlite:///{workdir / 'bench.db'}"
    upgrade(url)
    settings = Settings(
        database_url=url,
        dpo_address=DPO,
        ack_rate_limit_per_hour=1_000_000,
        outbox_dir=workdir / "outbox",
    )
    desk = build_desk(settings)
    counted = Counted()
    event.listen(desk.engine, "before_cursor_execute", counted)
    dispatcher = Dispatcher(desk.engine, {"email": Dropped(settings)}, batch=50)
    # warm-up, not measured: caches, the classifier's first calls, the database's first pages
    decide(desk, store(desk, 0, 64, "warm"), args.group)
    dispatch(dispatcher)

    report: dict[str, tuple[float, float]] = {}
    with counted.step("store", args.n, report):
        ids = store(desk, 0, args.n, "run")
    with counted.step("decide", args.n, report):
        costs = decide(desk, ids, args.group)
    deciding = counted.statements.copy()
    with counted.step("dispatch", args.n, report):
        sent = dispatch(dispatcher)
    assert sent == args.n, f"{sent} acknowledgements dispatched for {args.n} messages"

    print(f"{args.n} messages, groups of {args.group}, {url.split(':')[0]}")
    for name, (cpu_ms, statements) in report.items():
        print(f"  {name:<9} {cpu_ms:6.2f} ms CPU/message {statements:6.2f} statements/message")
    # the median group is steadier than the mean on a machine other work shares
    print(f"  decide    {statistics.median(costs) * 1000:6.2f} ms CPU/message, median group")
    for statement, count in deciding.most_common(args.top):
        print(f"  {count / args.n:5.2f}  {statement}")


if __name__ == "__main__":
    main()
