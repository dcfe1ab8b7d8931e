"""The IMAP poller against a real Dovecot: flag/move after commit, retries, cursor, IDLE."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import pytest

from mail.imap import Cursor, ImapPoller, ImapSettings, ImapSource, InMemoryCursorStore
from tests.imap_server import DovecotServer


def message(n: int, body: str = "Bonjour, je veux mes données.") -> bytes:
    return (
        f"From: learner{n}@exemple.fr\r\nTo: dpo@comptalia.com\r\nSubject: demande {n}\r\n"
        f"Message-ID: <imap-{n}@exemple.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"\r\n{body}\r\n"
    ).encode()


def settings_for(server: DovecotServer, **overrides: object) -> ImapSettings:
    values: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "user": server.user,
        "password": server.password,
        "poll_interval": 60.0,
        "backoff_initial": 0.2,
        "backoff_max": 1.0,
        "timeout": 10.0,
    }
    values.update(overrides)
    return ImapSettings(**values)  # type: ignore[arg-type]


@dataclass
class Recorder:
    """A handler that stores by Message-ID, as the real intake deduplicates."""

    server: DovecotServer
    folder: str = "INBOX"
    calls: list[ImapSource] = field(default_factory=list)
    stored: dict[bytes, bytes] = field(default_factory=dict)
    flags_seen_during_call: list[tuple[bytes, ...] | None] = field(default_factory=list)
    fail_next: int = 0

    async def __call__(self, raw: bytes, source: ImapSource) -> None:
        self.calls.append(source)
        # what the mailbox says while we have not yet returned
        flags = await asyncio.to_thread(self.server.messages, self.folder)
        self.flags_seen_during_call.append(flags.get(source.uid))  # None: not in the folder
        if self.fail_next:
            self.fail_next -= 1
            raise RuntimeError("database is down")
        key = next(line for line in raw.splitlines() if line.startswith(b"Message-ID"))
        self.stored.setdefault(key, raw)


async def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


@asynccontextmanager
async def running(poller: ImapPoller) -> AsyncIterator[ImapPoller]:
    task = asyncio.create_task(poller.run())
    try:
        yield poller
    finally:
        poller.stop()
        await asyncio.wait_for(task, timeout=10)


async def test_new_mail_is_flagged_only_after_the_handler_returns(
    dovecot: DovecotServer,
) -> None:
    dovecot.append(message(1))
    dovecot.append(message(2))
    recorder = Recorder(dovecot)
    cursors = InMemoryCursorStore()
    poller = ImapPoller(settings_for(dovecot), cursors, recorder)
    assert await poller.poll_once() == 2
    assert [c.uid for c in recorder.calls] == [1, 2]
    assert all(
        flags is not None and b"\\Seen" not in flags for flags in recorder.flags_seen_during_call
    )
    assert all(b"\\Seen" in flags for flags in dovecot.messages().values())
    uidvalidity = dovecot.uidvalidity()
    assert cursors.get(poller.settings.account, "INBOX") == Cursor(uidvalidity, 2)
    assert len(recorder.stored) == 2


async def test_processed_mail_can_be_moved_to_a_folder(dovecot: DovecotServer) -> None:
    dovecot.append(message(1))
    recorder = Recorder(dovecot)
    poller = ImapPoller(
        settings_for(dovecot, processed_folder="Processed"), InMemoryCursorStore(), recorder
    )
    assert await poller.poll_once() == 1
    assert recorder.flags_seen_during_call[0] is not None  # still in INBOX while being stored
    assert dovecot.messages("INBOX") == {}
    assert len(dovecot.messages("Processed")) == 1


async def test_a_failing_handler_leaves_the_message_and_it_is_retried(
    dovecot: DovecotServer,
) -> None:
    dovecot.append(message(1))
    recorder = Recorder(dovecot, fail_next=2)
    cursors = InMemoryCursorStore()
    poller = ImapPoller(settings_for(dovecot), cursors, recorder)
    async with running(poller):
        await wait_for(lambda: len(recorder.stored) == 1)
        await wait_for(lambda: b"\\Seen" in dovecot.messages()[1])
    # two failures, then taken in: after each failure the message was still unflagged and the
    # cursor still before it, so the next attempt was handed the same UID
    assert [c.uid for c in recorder.calls] == [1, 1, 1]
    assert all(b"\\Seen" not in (flags or ()) for flags in recorder.flags_seen_during_call)
    assert cursors.get(poller.settings.account, "INBOX") == Cursor(dovecot.uidvalidity(), 1)
    assert poller.connections >= 2  # a failure backs off and reconnects


async def test_restart_resumes_from_the_cursor_without_duplicates(
    dovecot: DovecotServer,
) -> None:
    dovecot.append(message(1))
    dovecot.append(message(2))
    cursors = InMemoryCursorStore()
    first = Recorder(dovecot)
    assert await ImapPoller(settings_for(dovecot), cursors, first).poll_once() == 2
    dovecot.append(message(3))
    second = Recorder(dovecot)
    assert await ImapPoller(settings_for(dovecot), cursors, second).poll_once() == 1
    assert [c.uid for c in second.calls] == [3]
    third = Recorder(dovecot)
    assert await ImapPoller(settings_for(dovecot), cursors, third).poll_once() == 0


async def test_restart_after_a_crash_before_flagging_hands_the_message_again(
    dovecot: DovecotServer,
) -> None:
    """Stored but not flagged (crash in between): handed again, the store deduplicates."""
    dovecot.append(message(1))
    cursors = InMemoryCursorStore()
    recorder = Recorder(dovecot)
    cursors.set(settings_for(dovecot).account, "INBOX", Cursor(dovecot.uidvalidity(), 0))
    recorder.stored[b"Message-ID: <imap-1@exemple.fr>"] = message(1)
    assert await ImapPoller(settings_for(dovecot), cursors, recorder).poll_once() == 1
    assert len(recorder.stored) == 1


async def test_uidvalidity_change_resynchronises_without_duplicates(
    dovecot: DovecotServer,
) -> None:
    dovecot.append(message(1))
    dovecot.append(message(2))
    cursors = InMemoryCursorStore()
    recorder = Recorder(dovecot)
    poller = ImapPoller(settings_for(dovecot), cursors, recorder)
    assert await poller.poll_once() == 2
    new_validity = dovecot.change_uidvalidity()
    dovecot.append(message(3))
    assert await poller.poll_once() == 3  # everything is handed again ...
    assert len(recorder.stored) == 3  # ... and nothing is stored twice
    assert cursors.get(poller.settings.account, "INBOX") == Cursor(new_validity, 3)


async def test_idle_delivers_without_waiting_for_the_poll_interval(
    dovecot: DovecotServer,
) -> None:
    recorder = Recorder(dovecot)
    poller = ImapPoller(settings_for(dovecot, poll_interval=60.0), InMemoryCursorStore(), recorder)
    async with running(poller):
        await asyncio.wait_for(poller.idling.wait(), timeout=10)
        started = time.monotonic()
        await asyncio.to_thread(dovecot.append, message(1))
        await wait_for(lambda: len(recorder.stored) == 1, timeout=5)
        assert time.monotonic() - started < 5
        await wait_for(lambda: b"\\Seen" in dovecot.messages()[1], timeout=5)


async def test_mail_arriving_between_search_and_idle_is_not_left_waiting(
    dovecot: DovecotServer,
) -> None:
    """The server reports new mail with whatever command is running; that report must count.

    Here the second message lands just after the first is flagged, while the poller stores its
    cursor: the server's next answer (to the poller's SEARCH) carries ``EXISTS``, and IDLE then has
    nothing new to say. The poller must notice it without waiting for the poll interval.
    """

    class AppendingOnce(InMemoryCursorStore):
        def set(self, account: str, folder: str, cursor: Cursor) -> None:
            super().set(account, folder, cursor)
            if cursor.last_uid == 1:
                dovecot.append(message(2))

    recorder = Recorder(dovecot)
    poller = ImapPoller(settings_for(dovecot, poll_interval=60.0), AppendingOnce(), recorder)
    await asyncio.to_thread(dovecot.append, message(1))
    async with running(poller):
        await wait_for(lambda: len(recorder.stored) == 2, timeout=10)


async def test_mail_announced_with_the_idle_continuation_is_seen_at_once(
    dovecot: DovecotServer,
) -> None:
    """``+ idling`` and ``* n EXISTS`` can arrive in one read: the announcement then sits in the
    client's buffer, where waiting on the socket never sees it."""
    poller = ImapPoller(
        settings_for(dovecot, poll_interval=60.0), InMemoryCursorStore(), Recorder(dovecot)
    )
    client = poller._connect()
    try:
        client.select_folder("INBOX")
        client.idle()
        dovecot.append(message(1))
        sock = client.socket()
        deadline = time.monotonic() + 10
        buffered = b""
        while not buffered and time.monotonic() < deadline:  # the read-ahead, made certain
            sock.setblocking(False)
            try:
                buffered = client._imap.file.peek(1)
            except OSError:
                time.sleep(0.05)
            finally:
                sock.setblocking(True)
        assert buffered
        assert client.idle_check(timeout=0.5) == []  # invisible to a wait on the socket
        await asyncio.wait_for(asyncio.to_thread(poller._idle_wait, client), timeout=10)
        client.idle_done()
    finally:
        client.logout()


async def test_without_idle_it_polls(dovecot: DovecotServer) -> None:
    recorder = Recorder(dovecot)
    poller = ImapPoller(
        settings_for(dovecot, poll_interval=0.3), InMemoryCursorStore(), recorder, idle=False
    )
    async with running(poller):
        await wait_for(lambda: poller.syncs >= 1)  # the folder was empty: polling from now on
        await asyncio.to_thread(dovecot.append, message(1))
        await wait_for(lambda: len(recorder.stored) == 1, timeout=5)
    assert poller.syncs >= 2


async def test_reconnects_when_the_server_drops_the_connection(
    dovecot: DovecotServer,
) -> None:
    recorder = Recorder(dovecot)
    poller = ImapPoller(settings_for(dovecot), InMemoryCursorStore(), recorder)
    async with running(poller):
        await asyncio.wait_for(poller.idling.wait(), timeout=10)
        await asyncio.to_thread(dovecot.kick)
        await wait_for(lambda: poller.connections >= 2, timeout=10)
        await asyncio.to_thread(dovecot.append, message(1))
        await wait_for(lambda: len(recorder.stored) == 1, timeout=10)


async def test_reconnects_after_the_server_was_down(dovecot: DovecotServer) -> None:
    recorder = Recorder(dovecot)
    poller = ImapPoller(settings_for(dovecot), InMemoryCursorStore(), recorder)
    await asyncio.to_thread(dovecot.stop)
    async with running(poller):
        await wait_for(lambda: poller.failures >= 2)  # refused connections, backing off
        assert poller.connections == 0
        await asyncio.to_thread(dovecot.start)
        await asyncio.to_thread(dovecot.append, message(1))
        await wait_for(lambda: len(recorder.stored) == 1, timeout=10)


def test_a_blocking_handler_runs_in_a_thread(dovecot: DovecotServer) -> None:
    dovecot.append(message(1))
    got: list[int] = []

    def handler(raw: bytes, source: ImapSource) -> None:
        time.sleep(0.01)
        got.append(source.uid)

    poller = ImapPoller(settings_for(dovecot), InMemoryCursorStore(), handler)
    assert asyncio.run(poller.poll_once()) == 1
    assert got == [1]


@pytest.mark.parametrize("bad_password", ["wrong"])
async def test_login_failure_is_retried_not_fatal(
    dovecot: DovecotServer, bad_password: str
) -> None:
    poller = ImapPoller(
        settings_for(dovecot, password=bad_password), InMemoryCursorStore(), Recorder(dovecot)
    )
    async with running(poller):
        await wait_for(lambda: poller.failures >= 2)  # refused, then tried again
    assert poller.connections == 0
