"""Which tickets are overdue or urgent is asked of the database: the metrics gauge's count,
``tickets list --overdue`` and the staff digest agree with the rule read ticket by ticket, and
on PostgreSQL the count is answered from its index alone (``python -m bench.scale`` times it on
a million tickets)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import event, text
from sqlmodel import Session

from workflows.db import make_engine, session_scope
from workflows.deadlines import PARIS, days_left
from workflows.desk import Desk
from workflows.lifecycle import OPEN, State
from workflows.migrate import upgrade
from workflows.models import Ticket
from workflows.queue import overdue_count
from workflows.requests import RequestType
from workflows.scheduler import DIGEST_HORIZON_DAYS

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)  # the tests' clock: 10:30 in Paris
MINUTE, DAY = timedelta(minutes=1), timedelta(days=1)
#: the last instant of the digest's horizon in Paris (17 March), and the next day's first
LAST_OF_HORIZON = datetime(2026, 3, 17, 23, 59, 59, tzinfo=PARIS)
AFTER_HORIZON = datetime(2026, 3, 18, tzinfo=PARIS)

#: (state, due date, extended due date)
CASES: list[tuple[State, datetime, datetime | None]] = [
    (State.IN_PROGRESS, NOW - MINUTE, None),  # overdue by a minute
    (State.AWAITING_APPROVAL, NOW + MINUTE, None),  # due in a minute
    (State.AWAITING_APPROVAL, NOW - 40 * DAY, NOW + 3 * DAY),  # overdue, but extended
    (State.AWAITING_REQUESTER, NOW - 70 * DAY, NOW - DAY),  # past its extension too
    (State.COMPLETED, NOW - 90 * DAY, None),  # closed: never overdue
    (State.AWAITING_IDENTITY, NOW - 2 * DAY, None),  # open, even if staff cannot act yet
    (State.RECEIVED, LAST_OF_HORIZON, None),  # seven days left: in the digest
    (State.IN_PROGRESS, AFTER_HORIZON, None),  # eight: not yet
    (State.REJECTED, NOW + DAY, None),
]


def add_tickets(session: Session) -> list[Ticket]:
    tickets = [
        Ticket(
            request_type=RequestType.ACCESS,
            state=state,
            channel="email",
            received_at=NOW - 60 * DAY,
            due_at=due,
            extended_due_at=extended,
            thread_key=f"t{n}",
        )
        for n, (state, due, extended) in enumerate(CASES)
    ]
    session.add_all(tickets)
    session.flush()
    return tickets


def test_the_count_the_list_and_the_digest_agree_with_the_rule(desk: Desk) -> None:
    tickets = desk.run(add_tickets)
    ids = [t.id for t in tickets]
    open_ = [t for t in tickets if t.state in OPEN]
    overdue = [t.id for t in open_ if t.effective_due_at < NOW]
    assert overdue == [ids[0], ids[3], ids[5]]

    assert desk.run(lambda s: overdue_count(s, now=NOW)) == 3
    assert [t.id for t in desk.tickets(overdue=True)] == overdue[::-1]  # newest first

    urgent = desk.urgent_requests()
    rule = sorted(
        (t for t in open_ if days_left(t.effective_due_at, NOW, PARIS) <= DIGEST_HORIZON_DAYS),
        key=lambda t: (t.effective_due_at, t.id),
    )
    assert [(t.id, left) for t, left in urgent] == [
        (t.id, days_left(t.effective_due_at, NOW, PARIS)) for t in rule
    ]
    assert [t.id for t, _ in urgent] == [ids[5], ids[3], ids[0], ids[1], ids[2], ids[6]]
    assert urgent[-1][1] == DIGEST_HORIZON_DAYS  # its last day in; the day after, out


def test_the_overdue_count_reads_only_its_index_on_postgresql(pg_database_url: str) -> None:
    upgrade(pg_database_url)  # the index and the table's autovacuum come from the migration
    engine = make_engine(pg_database_url)
    try:
        with session_scope(engine) as session:
            add_tickets(session)
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM (ANALYZE) ticket")
            )
            options = text("SELECT reloptions FROM pg_class WHERE relname = 'ticket'")
            assert set(conn.execute(options).scalar_one()) == {
                "autovacuum_vacuum_scale_factor=0.005",
                "autovacuum_vacuum_insert_scale_factor=0.005",
            }
        statements: list[tuple[str, Any]] = []

        def record(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
            statements.append((statement, parameters))

        with Session(engine) as session:
            # a handful of rows: the table is cheaper to read; forbid it to see the index's plan
            for setting in ("enable_seqscan", "enable_bitmapscan"):
                session.execute(text(f"SET LOCAL {setting} = off"))
            event.listen(engine, "before_cursor_execute", record)
            try:
                assert overdue_count(session, now=NOW) == 3
            finally:
                event.remove(engine, "before_cursor_execute", record)
            ((statement, parameters),) = statements
            plan = "\n".join(
                row[0]
                for row in session.connection().exec_driver_sql(
                    "EXPLAIN (ANALYZE, COSTS OFF) " + statement, parameters
                )
            )
        assert "Index Only Scan using ix_ticket_overdue on ticket" in plan, plan
        assert "Heap Fetches: 0" in plan, plan
    finally:
        engine.dispose()
