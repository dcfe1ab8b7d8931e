"""How the intake worker decides stored mail: in groups, one failure isolated, storage first."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, select

from mail.imap import ImapSource
from mail.intake import ArrivalRate, MailIntake
from tests.conftest import KeywordClassifier
from tests.test_mail_e2e import DPO, mail, wait_for
from workflows import mailbox
from workflows.config import Settings
from workflows.context import Context
from workflows.db import dispose_async, make_engine, session_scope
from workflows.desk import Desk
from workflows.mailbox import InboundOutcome, RawInbound
from workflows.models import InboundMessage, Ticket
from workflows.notices import Renderer


class BrokenOnBoom(KeywordClassifier):
    """The classifier fails on one message, as a bug or a lost database connection would."""

    def classify(self, subject: str, text: str):  # type: ignore[no-untyped-def]
        if "BOOM" in text:
            raise RuntimeError("classifier crashed")
        return super().classify(subject, text)


def make_intake(engine: Engine, settings: Settings) -> MailIntake:
    ctx = Context(settings=settings, renderer=Renderer(), classifier=BrokenOnBoom())
    return MailIntake(Desk(engine, ctx))


def rows(engine: Engine) -> list[InboundMessage]:
    with session_scope(engine) as session:
        return list(session.exec(select(InboundMessage).order_by(col(InboundMessage.id))))


def tickets(engine: Engine) -> list[Ticket]:
    with session_scope(engine) as session:
        return list(session.exec(select(Ticket).order_by(col(Ticket.id))))


async def store(intake: MailIntake, n: int, body: str = "access to my data please") -> None:
    raw = mail(f"Request {n}", body, sender=f"p{n}@exemple.fr", message_id=f"<m{n}@exemple.fr>")
    await intake.store_smtp(raw, f"p{n}@exemple.fr", [DPO])


async def test_one_failing_message_does_not_hold_back_the_others_of_its_group(
    engine: Engine, settings: Settings
) -> None:
    intake = make_intake(engine, settings)
    await store(intake, 1)
    await store(intake, 2, "BOOM access please")
    await store(intake, 3)
    ids = [intake.queue.get_nowait() for _ in range(3)]
    await intake.process_many(ids)
    first, broken, third = rows(engine)
    assert (first.status, third.status) == ("processed", "processed")
    # the failing one is kept, counted and retried later, not lost and not half-done
    assert broken.status == "stored" and broken.attempts == 1 and "classifier" in broken.error
    assert sorted(t.requester_address for t in tickets(engine)) == [
        "p1@exemple.fr",
        "p3@exemple.fr",
    ]


async def test_messages_decided_together_see_each_other(
    engine: Engine, settings: Settings
) -> None:
    """The same message twice in one group opens one ticket: the second sees the first."""
    intake = make_intake(engine, settings)
    raw = mail("Mes données", "access à mes données", message_id="<same@exemple.fr>")
    await intake.store_smtp(raw, "camille@exemple.fr", [DPO])
    await intake.store_smtp(raw, "camille@exemple.fr", [DPO])
    await intake.process_many([intake.queue.get_nowait() for _ in range(2)])
    assert [r.status for r in rows(engine)] == ["processed", "duplicate"]
    assert len(tickets(engine)) == 1


@contextlib.asynccontextmanager
async def running(intake: MailIntake) -> AsyncIterator[None]:
    """The intake worker deciding stored mail for the block; stopped (and awaited) after it."""
    stop = asyncio.Event()
    worker = asyncio.create_task(intake.run(stop))
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(worker, 60)


async def surge(intake: MailIntake, seconds: float, wave: int, first: int = 0) -> int:
    """Waves of ``wave`` messages every 0.1 s for ``seconds``; how many were sent."""
    sent = 0
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while loop.time() < end:
        await asyncio.gather(*(store(intake, first + sent + i) for i in range(wave)))
        sent += wave
        await asyncio.sleep(0.1)
    return sent


async def test_a_surge_of_mail_is_stored_first_and_decided_after(
    engine: Engine, settings: Settings
) -> None:
    """While mail arrives faster than it can be decided, the listener keeps the database."""
    intake = make_intake(engine, settings)
    intake.seconds_per_message = 1.0  # it can decide 10 a second (the floor); 200 arrive
    async with running(intake):
        loop = asyncio.get_running_loop()
        started = loop.time()
        sent = await surge(intake, 0.5, wave=20)
        if loop.time() - started < 0.9:  # within its patience, processing has not taken a turn
            assert intake.processed == 0
        await wait_for(lambda: intake.processed == sent, timeout=60)
        assert all(r.status == "processed" for r in rows(engine))
        assert len(tickets(engine)) == sent


async def test_a_long_surge_slows_decisions_down_but_never_stops_them(
    engine: Engine, settings: Settings
) -> None:
    intake = make_intake(engine, settings)
    intake.seconds_per_message = 1.0
    intake.surge_patience = 1.0  # a turn every second while the surge lasts
    async with running(intake):
        loop = asyncio.get_running_loop()
        give_up = loop.time() + 30  # a loaded machine may take a while; a stalled worker never
        sent = 0
        while intake.processed == 0 and loop.time() < give_up:
            sent += await surge(intake, 0.5, wave=4, first=sent)  # 40 a second, without a pause
        # turns were taken while mail kept arriving (the drain after a surge: the test above)
        assert 0 < intake.processed < sent


async def test_a_steady_stream_near_the_deciding_speed_is_decided_as_it_comes(
    engine: Engine, settings: Settings
) -> None:
    """Held back as a surge, it would only be decided once it stops: a backlog, late answers."""
    intake = make_intake(engine, settings)
    intake.seconds_per_message = 0.05  # it can decide 20 a second; 30 a second arrive
    intake.surge_patience = float("inf")  # a surge would get no turn until it passes
    async with running(intake):
        loop = asyncio.get_running_loop()
        end, sent = loop.time() + 1.5, 0
        while loop.time() < end:
            await store(intake, sent)
            sent += 1
            await asyncio.sleep(1 / 30)
        assert intake.processed > 0  # decided while the stream went on
        await wait_for(lambda: intake.processed == sent, timeout=60)


async def test_a_mailbox_handing_the_same_message_again_keeps_one_copy(
    engine: Engine, settings: Settings
) -> None:
    """After a crash between commit and flag, IMAP hands the same bytes again: one row, one ticket.
    The same bytes over SMTP are two receptions (kept twice, decided once as a duplicate)."""
    intake = make_intake(engine, settings)
    raw = mail("Mes données", "access à mes données", message_id="<again@exemple.fr>")
    source = ImapSource("dpo@imap:993", "INBOX", 7, 1, None)
    await intake.handle_imap(raw, source)
    await intake.handle_imap(raw, source)
    assert len(rows(engine)) == 1 and len(tickets(engine)) == 1
    await intake.store_smtp(raw, "camille@exemple.fr", [DPO])
    assert len(rows(engine)) == 2


def test_the_arrival_rate_is_taken_over_the_time_processing_did_not_hold_the_database() -> None:
    """Mail waits while a group is decided: a burst that starts then must still read as one."""
    rate = ArrivalRate(window=0.2, recent=8)
    rate.hold(10.0)
    for n in range(10):  # ten messages came in while processing held the database 150 ms
        rate.arrived(10.0 + n * 0.015)
    rate.release(10.15)
    # the last 8 arrived over 105 ms of wall time, but the listener had only the 10 ms since
    assert rate.per_second(10.16) == pytest.approx(7 / 0.01)
    assert rate.per_second(10.4) == 0  # the window moved on


def test_a_steady_pace_reads_as_it_is_and_a_burst_as_a_burst() -> None:
    rate = ArrivalRate(window=0.2, recent=8)
    for n in range(50):  # 50 a second for a second
        rate.arrived(5.0 + n * 0.02)
    assert rate.per_second(5.98) == pytest.approx(50)
    for n in range(10):  # then a burst: 10 in 10 ms
        rate.arrived(6.0 + n * 0.001)
    assert rate.per_second(6.01) == pytest.approx(7 / 0.008)


def test_a_long_hold_does_not_hide_what_arrived_during_it() -> None:
    rate = ArrivalRate(window=0.2, recent=8)
    rate.hold(1.0)
    for n in range(50):
        rate.arrived(1.0 + n * 0.04)
    assert rate.per_second(3.0) > 1000  # still holding: all of it waits for the listener
    rate.release(3.0)
    assert rate.per_second(3.1) == pytest.approx(7 / 0.1)
    assert rate.per_second(3.3) == 0


async def test_a_burst_that_starts_while_processing_runs_is_stored_first(
    sqlite_engine: Engine, settings: Settings
) -> None:
    """Groups that hold the database slow arrivals down: counted over wall time, mail would seem
    to arrive slower than it can be decided, and processing would keep the listener waiting.
    On SQLite whatever the suite runs on: on PostgreSQL stores do not wait for a deciding
    transaction (the arrival rate is read over wall time there)."""
    engine = sqlite_engine
    intake = make_intake(engine, settings)
    intake.seconds_per_message = 0.05  # it can decide 20 a second
    deciding = intake._process_sync
    started = threading.Event()

    def slow_group(ids: list[int]) -> list[InboundOutcome | None]:
        with session_scope(engine):  # the write turn, for 200 ms more: stores wait meanwhile
            started.set()
            time.sleep(0.2)
            return deciding(ids)

    intake._process_sync = slow_group  # type: ignore[method-assign]
    async with running(intake):
        await store(intake, 0)
        assert await asyncio.to_thread(started.wait, 10)  # the worker is deciding it
        sent = 1 + await surge(intake, 0.6, wave=5, first=1)  # 50 a second are sent
        assert intake.processed <= 1  # no further group was taken while the burst went on
        await wait_for(lambda: intake.processed == sent, timeout=60)


async def test_groups_decided_together_read_as_the_speed_they_reach_together(
    engine: Engine, settings: Settings
) -> None:
    """Three groups decided at once: the deciding speed is what they decide together in the
    time they took, not one group's time per message (which would read a steady stream near
    that speed as a surge, and hold it back)."""
    intake = make_intake(engine, settings)
    intake.seconds_per_message = 0.01
    together = threading.Barrier(3)
    own: list[float] = []

    def group(ids: list[int]) -> list[InboundOutcome | None]:
        started = time.perf_counter()
        together.wait(10)  # all three are being decided at once
        time.sleep(0.1)
        own.append((time.perf_counter() - started) / len(ids))
        return [None] * len(ids)

    intake._process_sync = group  # type: ignore[method-assign]
    await asyncio.gather(*(intake.process_many(list(range(n, n + 10))) for n in (0, 10, 20)))
    assert intake.seconds_per_message < min(own)  # each group alone: 10 in its own time


async def test_the_listener_stores_in_a_thread_while_processing_has_the_database(
    engine: Engine, settings: Settings
) -> None:
    intake = make_intake(engine, settings)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with session_scope(engine):
            holding.set()
            release.wait(5)

    holder = asyncio.create_task(asyncio.to_thread(hold))
    await asyncio.to_thread(holding.wait, 5)
    loop = asyncio.get_running_loop()
    storing = asyncio.create_task(store(intake, 1))
    started = loop.time()
    await asyncio.sleep(0.05)
    # the loop kept running: the store waits for its turn in a thread (on SQLite; PostgreSQL
    # has no turn to wait for), where on the loop it would have waited for the holder's 5 s
    assert loop.time() - started < 1
    release.set()
    await asyncio.wait_for(storing, 5)
    await holder
    assert [r.status for r in rows(engine)] == ["stored"]


async def test_on_postgresql_the_listener_commits_on_the_loop_without_a_thread(
    pg_database_url: str, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: the listener's group commit goes over psycopg's async connection, on the
    loop's own thread; what concurrent sessions sent is one commit, done when they return."""
    engine = make_engine(pg_database_url, pooled=False)
    SQLModel.metadata.create_all(engine)
    intake = make_intake(engine, settings)

    def in_a_thread(batch: object) -> list[int]:
        raise AssertionError("stored through a worker thread")

    commits: list[threading.Thread] = []
    store_inbound = mailbox.store_inbound

    def noted(session: Session, batch: list[RawInbound]) -> list[int]:
        commits.append(threading.current_thread())
        return store_inbound(session, batch)

    monkeypatch.setattr(intake.desk, "store_inbound", in_a_thread)
    monkeypatch.setattr(mailbox, "store_inbound", noted)
    try:
        await asyncio.gather(*(store(intake, n) for n in range(3)))
        assert commits == [threading.current_thread()]
        assert [r.status for r in rows(engine)] == ["stored"] * 3
    finally:
        await dispose_async(engine)
        engine.dispose()
