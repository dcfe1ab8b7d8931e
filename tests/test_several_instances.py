"""Several processes on one PostgreSQL database: each stands here as its own engine (its own
connections), and their transactions really run at once in threads. Mail is claimed, not
assumed; duplicates, replies, references, counters and the audit chain stay right with several
writers; the outbox is shared under leases; roles (advisory locks) have one holder at a time.

Always PostgreSQL (``PRIVACY_DESK_TEST_DATABASE_URL`` or the local default): the tests fail,
never skip, when the server cannot be reached.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel, select

import workflows.outbox
from mail.intake import MailIntake
from tests.conftest import KeywordClassifier
from tests.test_mail_e2e import DPO, mail
from tests.test_mail_intake import rows as inbound
from tests.test_mail_intake import tickets
from workflows.audit import append_event
from workflows.config import Settings
from workflows.context import Context
from workflows.db import Roles, make_engine, session_scope
from workflows.desk import Desk
from workflows.intake import Submission
from workflows.mailbox import record_failure
from workflows.models import AuditHead, OutboxItem, OutboxStatus, TicketEvent
from workflows.notices import Renderer
from workflows.outbox import Dispatcher
from workflows.scheduler import JOBS, job_role, jobs, tick

INSTANCES = 3


@pytest.fixture
def pg_settings(pg_database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=pg_database_url,
        outbox_dir=tmp_path / "outbox",
        proof_key_file=tmp_path / "proof.key",
        ack_rate_limit_per_hour=10_000,
    )


@pytest.fixture
def desks(pg_settings: Settings) -> Iterator[list[Desk]]:
    """One Desk per instance, each with its own engine on the same database."""
    engines = [make_engine(pg_settings.database_url) for _ in range(INSTANCES)]
    SQLModel.metadata.create_all(engines[0])
    with session_scope(engines[0]) as session:
        session.add(AuditHead(id=1))
    ctx = Context(settings=pg_settings, renderer=Renderer(), classifier=KeywordClassifier())
    yield [Desk(engine, ctx) for engine in engines]
    for engine in engines:
        engine.dispose()


async def store(desk: Desk, *raws: bytes) -> list[int]:
    """Store as the SMTP listener does; the rows' ids in order."""
    intake = MailIntake(desk)
    for raw in raws:
        await intake.store_smtp(raw, "someone@exemple.fr", [DPO])
    return [intake.queue.get_nowait() for _ in raws]


async def decide_everything(intakes: list[MailIntake], groups: list[list[int]]) -> None:
    """Each instance decides its group at the same time, then again until nothing waits."""
    await asyncio.gather(*(i.process_many(g) for i, g in zip(intakes, groups, strict=True)))
    for _ in range(20):
        pending = [r.id for r in inbound(intakes[0].desk.engine) if r.status == "stored"]
        if not pending:
            return
        await asyncio.gather(*(i.process_many(pending) for i in intakes))  # type: ignore[misc]
    raise AssertionError("messages still undecided")


async def test_instances_deciding_the_same_messages_decide_each_once(desks: list[Desk]) -> None:
    intakes = [MailIntake(desk) for desk in desks]
    ids = await store(
        desks[0],
        *(
            mail(
                f"Request {n}",
                "access to my data please",
                sender=f"p{n}@exemple.fr",
                message_id=f"<same-{n}@exemple.fr>",
            )
            for n in range(30)
        ),
    )
    # every instance finds every message stored (a rescan does just that)
    await decide_everything(intakes, [ids] * INSTANCES)

    assert Counter(t.requester_address for t in tickets(desks[0].engine)) == {
        f"p{n}@exemple.fr": 1 for n in range(30)
    }
    assert {r.status for r in inbound(desks[0].engine)} == {"processed"}


async def test_a_resend_under_the_same_message_id_decided_elsewhere_is_a_duplicate(
    desks: list[Desk],
) -> None:
    intakes = [MailIntake(desk) for desk in desks]
    copies = [
        mail("Access", f"access to my data please\n-- copy {n}", message_id="<once@exemple.fr>")
        for n in range(INSTANCES)
    ]
    ids = await store(desks[0], *copies)  # three rows: each copy differs by a byte
    await decide_everything(intakes, [[i] for i in ids])  # each instance takes one copy

    assert len(tickets(desks[0].engine)) == 1
    statuses = [r.status for r in inbound(desks[0].engine)]
    assert statuses == ["processed", "duplicate", "duplicate"]  # the first received counts


async def test_the_same_text_twice_decided_on_two_instances_opens_one_ticket(
    desks: list[Desk],
) -> None:
    intakes = [MailIntake(desk) for desk in desks]
    for round in range(5):  # the same race, several times over
        sender = f"p{round}@exemple.fr"
        copies = [
            mail(
                "Access",
                "access to my data please",
                sender=sender,
                message_id=f"<twice-{round}-{n}@exemple.fr>",
            )
            for n in range(INSTANCES)
        ]
        ids = await store(desks[0], *copies)
        await decide_everything(intakes, [[i] for i in ids])
        assert len(tickets(desks[0].engine)) == round + 1
    assert Counter(r.status for r in inbound(desks[0].engine)) == {
        "processed": 5,
        "duplicate": 10,
    }


async def test_a_reply_decided_before_its_original_waits_for_it_and_joins_its_ticket(
    desks: list[Desk],
) -> None:
    intakes = [MailIntake(desk) for desk in desks]
    original = mail("Access", "access to my data please", message_id="<orig@exemple.fr>")
    reply = mail(
        "Re: Access",
        "and my exam results too",
        message_id="<reply@exemple.fr>",
        extra="In-Reply-To: <orig@exemple.fr>\r\nReferences: <orig@exemple.fr>\r\n",
    )
    first, second = await store(desks[0], original, reply)

    await intakes[1].process_many([second])  # the original is still being decided elsewhere
    assert [r.status for r in inbound(desks[0].engine)] == ["stored", "stored"]

    await decide_everything(intakes[:2], [[first], [second]])
    rows = inbound(desks[0].engine)
    (ticket,) = tickets(desks[0].engine)
    assert [r.status for r in rows] == ["processed", "attached"]
    assert {r.ticket_id for r in rows} == {ticket.id}


def at_once(workers: int, work: object) -> None:
    """Run ``work(n)`` on ``workers`` threads released together."""
    barrier = threading.Barrier(workers)
    errors: list[BaseException] = []

    def run(n: int) -> None:
        barrier.wait()
        try:
            work(n)  # type: ignore[operator]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors


def test_tickets_opened_at_once_on_every_instance_have_unique_references(
    desks: list[Desk],
) -> None:
    def open_some(n: int) -> None:
        desk = desks[n % INSTANCES]
        for k in range(10):
            desk.open_requests(
                Submission(
                    channel="email",
                    requester_address=f"w{n}-{k}@exemple.fr",
                    received_at=desk.ctx.now(),
                    subject="Demande",
                    text="access to my data please",
                    message_id=f"<w{n}-{k}@exemple.fr>",
                )
            )

    at_once(6, open_some)
    references = [t.reference for t in tickets(desks[0].engine)]
    assert len(references) == 60
    assert len(set(references)) == 60 and None not in references
    assert desks[0].verify_audit().ok


def test_failures_counted_at_once_on_every_instance_all_count(desks: list[Desk]) -> None:
    (row_id,) = asyncio.run(store(desks[0], mail("Access", "access to my data please")))

    def fail(n: int) -> None:
        desks[n % INSTANCES].run(lambda session: record_failure(session, row_id, f"try {n}"))

    at_once(4, fail)
    (row,) = inbound(desks[0].engine)
    assert (row.attempts, row.status) == (4, "stored")
    at_once(3, fail)  # the fifth gives up; the others find it given up
    (row,) = inbound(desks[0].engine)
    assert (row.attempts, row.status) == (5, "failed")


def test_audit_events_appended_at_once_on_every_instance_form_one_chain(
    desks: list[Desk],
) -> None:
    def append(n: int) -> None:
        desk = desks[n % INSTANCES]
        for k in range(15):
            desk.run(
                lambda session, k=k: append_event(
                    session,
                    ticket_id=None,
                    at=desk.ctx.now(),
                    actor=f"writer{n}",
                    command="note",
                    from_state="",
                    to_state="",
                    data={"k": k},
                )
            )

    at_once(8, append)
    report = desks[0].verify_audit()
    assert report.ok, report
    with session_scope(desks[0].engine) as session:
        events = session.exec(select(TicketEvent)).all()
        head = session.get(AuditHead, 1)
    assert len(events) == 120
    assert head is not None and head.last_event_id == max(e.id for e in events)  # type: ignore[type-var]


class Recorder:
    """A transport that records what it sends; optionally slow."""

    def __init__(self, sent: list[int], delay: float = 0.0) -> None:
        self.sent = sent
        self.delay = delay

    async def send(self, item: OutboxItem) -> None:
        await asyncio.sleep(self.delay)
        assert item.id is not None
        self.sent.append(item.id)


def queue_items(desk: Desk, count: int) -> None:
    with session_scope(desk.engine) as session:
        for n in range(count):
            session.add(
                OutboxItem(
                    channel="email",
                    recipient=f"r{n}@exemple.fr",
                    template="t",
                    language="fr",
                    subject="s",
                    body_text="b",
                )
            )


async def test_dispatchers_on_every_instance_send_each_item_once(desks: list[Desk]) -> None:
    queue_items(desks[0], 120)
    sent: list[int] = []
    dispatchers = [
        Dispatcher(desk.engine, {"email": Recorder(sent, 0.001)}, batch=10) for desk in desks
    ]
    while len(sent) < 120:
        tried = await asyncio.gather(*(d.dispatch_once() for d in dispatchers))
        assert sum(tried), "items left unclaimed"
    assert sorted(sent) == list(range(1, 121))
    with session_scope(desks[0].engine) as session:
        items = session.exec(select(OutboxItem)).all()
    assert {(i.status, i.attempts) for i in items} == {(OutboxStatus.SENT, 1)}


async def test_a_dead_dispatchers_items_are_sent_when_its_lease_ends_never_while_renewed(
    desks: list[Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workflows.outbox, "LEASE", timedelta(seconds=1.5))
    queue_items(desks[0], 2)
    sent: list[int] = []
    alive = Dispatcher(desks[1].engine, {"email": Recorder(sent, delay=2.5)})
    other = Dispatcher(desks[2].engine, {"email": Recorder(sent)})

    # a slow sender keeps renewing its lease: nobody else sends its items meanwhile
    sending = asyncio.create_task(alive.dispatch_once())
    await asyncio.sleep(0.3)
    for _ in range(10):
        await other.dispatch_once()
        await asyncio.sleep(0.3)
    assert await sending == 2
    assert sorted(sent) == [1, 2]

    # a dispatcher that dies after its claim: the items go out once its lease ends
    queue_items(desks[0], 1)
    dead = Dispatcher(desks[0].engine, {"email": Recorder([])})
    claimed_at = time.monotonic()
    assert [i.id for i in await asyncio.to_thread(dead._claim, workflows.outbox.utcnow())] == [3]
    while 3 not in sent:
        await other.dispatch_once()
        await asyncio.sleep(0.1)
        assert time.monotonic() - claimed_at < 5
    assert time.monotonic() - claimed_at >= 1.4
    with session_scope(desks[0].engine) as session:
        item = session.get(OutboxItem, 3)
    assert item is not None and (item.status, item.attempts) == (OutboxStatus.SENT, 2)


def backend_pid(roles: Roles) -> int:
    assert roles._connection is not None
    return int(roles._connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())


#: the roles of ``privacy-desk serve`` with the mail channel: the IMAP poller first (the last
#: one a process hands over), then each scheduled job
ROLES = ["imap-poller", *(job_role(job) for job in JOBS)]


def holders(roles: list[Roles]) -> dict[str, list[int]]:
    """Which of ``roles`` hold each role."""
    return {name: [i for i, r in enumerate(roles) if r.holds(name)] for name in ROLES}


def spread(roles: list[Roles]) -> list[int] | None:
    """How many roles each holds, once every role has exactly one holder; else ``None``."""
    if any(len(found) != 1 for found in holders(roles).values()):
        return None
    return [sum(r.holds(name) for name in ROLES) for r in roles]


async def until(condition: object, timeout: float) -> float:
    """Seconds until ``condition()`` is true (fails after ``timeout``)."""
    started = time.monotonic()
    while not condition():  # type: ignore[operator]
        await asyncio.sleep(0.02)
        assert time.monotonic() - started < timeout, "not reached in time"
    return time.monotonic() - started


def die(roles: Roles, admin: Desk) -> None:
    """As when the process dies: it tries nothing more, and the server ends its connection."""
    pid = backend_pid(roles)
    roles.refresh = lambda: False  # type: ignore[method-assign]
    with admin.engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


async def test_a_role_has_one_holder_and_another_takes_it_when_the_holder_is_gone(
    desks: list[Desk],
) -> None:
    first, second = (Roles(desk.engine, ROLES, retry=0.2) for desk in desks[:2])
    # alone when it tries, the first takes every role; the second then finds them all held
    assert first.refresh() and not second.refresh()
    assert all(first.holds(n) for n in ROLES) and not any(second.holds(n) for n in ROLES)

    runs: list[str] = []

    async def work(who: str) -> None:
        runs.append(who)
        await asyncio.Event().wait()  # polls until cancelled

    stop = asyncio.Event()
    services = [asyncio.create_task(r.run(stop)) for r in (first, second)] + [
        asyncio.create_task(r.while_held("imap-poller", lambda w=w: work(w), stop))  # type: ignore[misc]
        for r, w in ((first, "first"), (second, "second"))
    ]
    # the first hands the jobs at the end of the list over, and keeps the poller
    await until(lambda: spread([first, second]) == [6, 5], 5)
    assert runs == ["first"]

    # the holder's database session ends, as when its process dies
    with desks[2].engine.connect() as admin:
        admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend_pid(first)})
    gone = time.monotonic()
    while runs != ["first", "second"]:
        await asyncio.sleep(0.05)
        assert time.monotonic() - gone < 5, runs
    # the first one, back on a new connection, gets its share again: jobs, not the poller
    await until(lambda: spread([first, second]) == [5, 6], 5)
    assert second.holds("imap-poller") and runs == ["first", "second"]
    stop.set()
    await asyncio.gather(*services)


async def test_the_roles_spread_over_three_processes_and_a_dead_ones_are_taken_over(
    desks: list[Desk],
) -> None:
    roles = [Roles(desk.engine, ROLES, retry=0.2) for desk in desks]
    stop = asyncio.Event()
    services = [asyncio.create_task(r.run(stop)) for r in roles]
    # whoever starts first takes everything, then hands over until none has more than its share
    await until(lambda: (found := spread(roles)) is not None and max(found) <= 4, 5)
    settled = [{n for n in ROLES if r.holds(n)} for r in roles]
    assert sorted(map(len, settled)) == [3, 4, 4]  # ceil(11 / 3) = 4
    await asyncio.sleep(1.0)  # and it stays so: nothing moves while nobody comes or goes
    assert [{n for n in ROLES if r.holds(n)} for r in roles] == settled
    with desks[0].engine.connect() as conn:  # the server agrees: one lock per role
        locks = conn.execute(
            text(
                "SELECT pid, count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                " GROUP BY pid"
            )
        ).all()
    assert sorted(count for _, count in locks) == [3, 4, 4]

    (poller,) = holders(roles)["imap-poller"]
    survivors = [r for i, r in enumerate(roles) if i != poller]
    die(roles[poller], desks[(poller + 1) % 3])
    taken_in = await until(lambda: spread(survivors) is not None, 5)
    print(f"\nthe roles of a dead process taken over in {taken_in:.2f} s (retry 0.2 s)")
    assert max(spread(survivors) or [0]) <= 6  # ceil(11 / 2)
    stop.set()
    await asyncio.gather(*services)


def test_a_role_is_not_handed_over_while_its_job_runs(desks: list[Desk]) -> None:
    digest, purge = job_role("digest"), job_role("purge")
    first, second = (Roles(desk.engine, [digest, purge]) for desk in desks[:2])
    assert first.refresh() and not second.refresh()  # the first alone took both
    with first.working(purge) as held:
        assert held
        # two processes: one role each, and the first gives the last one up, but not now
        assert not first.refresh() and first.holds(purge) and first.holds(digest)
    assert first.refresh() and not first.holds(purge) and first.holds(digest)
    assert second.refresh() and second.holds(purge)
    with second.working(digest) as held:
        assert not held  # a job whose role is elsewhere does not run here
    first.release()
    second.release()


def test_scheduled_jobs_run_only_where_their_role_is_held(desks: list[Desk]) -> None:
    assert set(jobs(desks[0].ctx, desks[0].ctx.now())) == set(JOBS)
    holder, other = (Roles(desk.engine, [job_role("digest")]) for desk in desks[:2])
    holder.refresh()
    other.refresh()
    ran: list[str] = []

    class Spy(Desk):
        def run(self, work):  # type: ignore[no-untyped-def,override]
            ran.append(work.__name__)
            return 0

    tick(Spy(desks[1].engine, desks[1].ctx), other)
    assert ran == []  # holds no job
    tick(Spy(desks[0].engine, desks[0].ctx), holder)
    assert len(ran) == 1  # the digest only
    holder.release()
    other.release()
