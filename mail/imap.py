"""IMAP intake: poll (or IDLE on) the DPO mailbox and hand every new message to the core.

imapclient is synchronous, so each blocking call runs in ``asyncio.to_thread`` on the one client
of the current connection. The cursor ``(UIDVALIDITY, last_uid)`` is the source of truth for what
was taken in: a message is fetched with ``BODY.PEEK[]`` (the mailbox's \\Seen state is left
alone), handed to the handler, which returns only once the message and its ticket are committed,
and only then flagged or moved and the cursor advanced. A crash between any two steps at worst
hands the same message to the handler again, which deduplicates it (Message-ID / content).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
import ssl
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

__all__ = [
    "Cursor",
    "CursorStore",
    "ImapPoller",
    "ImapSettings",
    "ImapSource",
    "InMemoryCursorStore",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Cursor:
    """Where intake stands in one folder: UIDs are only meaningful within one UIDVALIDITY."""

    uidvalidity: int
    last_uid: int


class CursorStore(Protocol):
    """Persists cursors, keyed by mailbox account and folder. Calls may block (run in a thread)."""

    def get(self, account: str, folder: str) -> Cursor | None: ...

    def set(self, account: str, folder: str, cursor: Cursor) -> None: ...


class InMemoryCursorStore:
    """A cursor store for tests and for running without a database."""

    def __init__(self) -> None:
        self.cursors: dict[tuple[str, str], Cursor] = {}

    def get(self, account: str, folder: str) -> Cursor | None:
        return self.cursors.get((account, folder))

    def set(self, account: str, folder: str, cursor: Cursor) -> None:
        self.cursors[(account, folder)] = cursor


@dataclass(frozen=True)
class ImapSource:
    """Where a message handed to the handler came from."""

    account: str
    folder: str
    uidvalidity: int
    uid: int
    internal_date: datetime | None


#: Stores one message durably and opens/updates its ticket; raises if it could not.
Handler = Callable[[bytes, ImapSource], Awaitable[None] | None]
#: Keeps, for staff, the header of a message too large to take in, and its size in bytes.
OversizedHandler = Callable[[bytes, ImapSource, int], Awaitable[None]]

#: How much of an oversized message's header is fetched to show staff what it is.
OVERSIZED_HEADER_BYTES = 65_536


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    user: str
    password: str
    folder: str = "INBOX"
    use_ssl: bool = False
    #: Move processed messages there; when None they are flagged with ``processed_flag``.
    processed_folder: str | None = None
    processed_flag: str = "\\Seen"
    #: Without IDLE (or as a safety net), how often to look for new mail.
    poll_interval: float = 60.0
    #: Re-issue IDLE at most this often; RFC 2177 servers drop it after 30 min, we stay < 10.
    idle_renew: float = 540.0
    backoff_initial: float = 1.0
    backoff_max: float = 300.0
    batch_size: int = 100
    timeout: float = 60.0
    #: A larger message is not fetched (as SMTP refuses it with 552): its header goes to the
    #: poller's ``oversized`` handler and the message stays in the folder, not flagged.
    max_message_bytes: int | None = None

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"


class HandlerFailed(Exception):
    """The handler could not take a message in; it stays unflagged and is retried."""


class ImapPoller:
    """Fetches new mail of one folder, forever, until :meth:`stop`."""

    def __init__(
        self,
        settings: ImapSettings,
        cursors: CursorStore,
        handler: Handler,
        *,
        idle: bool = True,
        oversized: OversizedHandler | None = None,
    ) -> None:
        self.settings = settings
        self.cursors = cursors
        self.handler = handler
        self.oversized = oversized
        self.use_idle = idle
        self._stop = threading.Event()
        self._wake = threading.Event()
        #: Set while the poller waits in IDLE (tests and health checks look at it).
        self.idling = asyncio.Event()
        self.connections = 0
        #: sessions that ended in an error (refused, dropped, a failing handler), then backed off
        self.failures = 0
        #: folder syncs completed (each SEARCH round until nothing new is left)
        self.syncs = 0
        self.delivered = 0
        self.set_aside = 0

    # ------------------------------------------------------------------ control
    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    async def run(self) -> None:
        """Connect, sync, wait for mail; reconnect with exponential backoff on any failure."""
        delay = self.settings.backoff_initial
        while not self.stopped:
            try:
                await self._session()
                delay = self.settings.backoff_initial
            except HandlerFailed as exc:
                log.warning("IMAP intake paused, will retry: %s", exc)
            except (TimeoutError, IMAPClientError, OSError, ssl.SSLError, EOFError) as exc:
                log.warning("IMAP connection to %s failed: %s", self.settings.account, exc)
            except Exception:
                log.exception("IMAP intake error")
            else:
                continue
            self.failures += 1
            self.idling.clear()
            if self.stopped:
                break
            await self._sleep(delay * random.uniform(0.8, 1.2))
            delay = min(delay * 2, self.settings.backoff_max)

    async def poll_once(self) -> int:
        """One connection, one sync; returns how many messages were taken in."""
        client = await asyncio.to_thread(self._connect)
        try:
            return await self._sync(client)
        finally:
            await asyncio.to_thread(_logout, client)

    # ------------------------------------------------------------------ internals
    async def _sleep(self, seconds: float) -> None:
        self._wake.clear()
        await asyncio.to_thread(self._wake.wait, seconds)

    def _connect(self) -> IMAPClient:
        s = self.settings
        client = IMAPClient(s.host, port=s.port, ssl=s.use_ssl, timeout=s.timeout)
        try:
            client.login(s.user, s.password)
        except Exception:
            _logout(client)
            raise
        self.connections += 1
        return client

    async def _session(self) -> None:
        client = await asyncio.to_thread(self._connect)
        try:
            idle_ok = self.use_idle and await asyncio.to_thread(client.has_capability, "IDLE")
            while not self.stopped:
                await self._sync(client)
                if self.stopped:
                    break
                if idle_ok:
                    await self._idle(client)
                else:
                    await self._sleep(self.settings.poll_interval)
        except BaseException:
            # the conversation is in an unknown state (mid-IDLE, say): a LOGOUT could wait for
            # an answer until the socket times out; drop the connection and start a new one
            self.idling.clear()
            await asyncio.to_thread(_drop, client)
            raise
        self.idling.clear()
        await asyncio.to_thread(_logout, client)

    async def _idle(self, client: IMAPClient) -> None:
        """Wait in IDLE until the server reports a change, renewal time, or stop."""
        await asyncio.to_thread(client.idle)
        self.idling.set()
        try:
            await asyncio.to_thread(self._idle_wait, client)
        finally:
            self.idling.clear()
        await asyncio.to_thread(client.idle_done)

    def _idle_wait(self, client: IMAPClient) -> None:
        limit = min(self.settings.idle_renew, max(self.settings.poll_interval, 1.0))
        if _already_read(client, self.settings.timeout):
            return  # the server spoke along with its IDLE continuation: look at once
        waited = 0.0
        step = 0.5
        while waited < limit and not self._stop.is_set():
            responses = client.idle_check(timeout=step)
            waited += step
            if any(_is_change(r) for r in responses):
                return
            if any(len(r) >= 2 and r[1] == b"BYE" for r in responses):
                raise IMAPClientError("server closed the connection during IDLE")

    async def _sync(self, client: IMAPClient) -> int:
        s = self.settings
        selected = await asyncio.to_thread(client.select_folder, s.folder)
        uidvalidity = int(selected[b"UIDVALIDITY"])
        cursor = await asyncio.to_thread(self.cursors.get, s.account, s.folder)
        if cursor is None or cursor.uidvalidity != uidvalidity:
            if cursor is not None:
                log.warning(
                    "UIDVALIDITY of %s changed (%s → %s): resynchronising the whole folder",
                    s.folder,
                    cursor.uidvalidity,
                    uidvalidity,
                )
            cursor = Cursor(uidvalidity, 0)
            await asyncio.to_thread(self.cursors.set, s.account, s.folder, cursor)

        taken = 0
        while not self.stopped:
            uids = await asyncio.to_thread(client.search, ["UID", f"{cursor.last_uid + 1}:*"])
            # "n:*" always matches the highest UID, even below n: filter
            pending = sorted(uid for uid in uids if uid > cursor.last_uid)[: s.batch_size]
            if not pending:
                if await asyncio.to_thread(_new_mail_reported, client):
                    continue  # mail arrived since: IDLE would not report it again
                break
            for uid in pending:
                if self.stopped:
                    break
                await self._take(client, uidvalidity, uid)
                cursor = Cursor(uidvalidity, uid)
                await asyncio.to_thread(self.cursors.set, s.account, s.folder, cursor)
                taken += 1
        self.syncs += 1
        return taken

    async def _take(self, client: IMAPClient, uidvalidity: int, uid: int) -> None:
        s = self.settings
        if s.max_message_bytes is not None:
            sized = await asyncio.to_thread(client.fetch, [uid], ["RFC822.SIZE", "INTERNALDATE"])
            data = sized.get(uid)
            if data is None:  # expunged meanwhile
                return
            size = int(data.get(b"RFC822.SIZE") or 0)
            if size > s.max_message_bytes:
                source = ImapSource(
                    s.account, s.folder, uidvalidity, uid, data.get(b"INTERNALDATE")
                )
                await self._set_aside(client, source, size)
                return
        fetched = await asyncio.to_thread(client.fetch, [uid], ["BODY.PEEK[]", "INTERNALDATE"])
        data = fetched.get(uid)
        if data is None:  # expunged meanwhile
            return
        raw = data.get(b"BODY[]") or b""
        source = ImapSource(s.account, s.folder, uidvalidity, uid, data.get(b"INTERNALDATE"))
        try:
            if _is_async(self.handler):
                await self.handler(raw, source)  # type: ignore[misc]
            else:  # a blocking handler must not stall the loop
                result = await asyncio.to_thread(self.handler, raw, source)
                if inspect.isawaitable(result):
                    await result
        except Exception as exc:
            raise HandlerFailed(f"UID {uid} in {s.folder}: {exc!r}") from exc
        # committed: now, and only now, mark it in the mailbox
        if s.processed_folder:
            await asyncio.to_thread(_move, client, uid, s.processed_folder)
        else:
            await asyncio.to_thread(client.add_flags, [uid], [s.processed_flag.encode()])
        self.delivered += 1

    async def _set_aside(self, client: IMAPClient, source: ImapSource, size: int) -> None:
        """Hand the header of an oversized message to staff; the message itself stays where it
        is, unflagged, so nothing is lost (DESIGN §5)."""
        part = f"BODY.PEEK[HEADER]<0.{OVERSIZED_HEADER_BYTES}>"
        fetched = await asyncio.to_thread(client.fetch, [source.uid], [part])
        data = fetched.get(source.uid) or {}
        head = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER]")), b"")
        if self.oversized is None:
            log.error(
                "message UID %s in %s is %s bytes, over the limit: left in the mailbox",
                source.uid,
                source.folder,
                size,
            )
        else:
            try:
                await self.oversized(bytes(head or b""), source, size)
            except Exception as exc:
                raise HandlerFailed(f"UID {source.uid} in {source.folder}: {exc!r}") from exc
        self.set_aside += 1


def _is_async(handler: object) -> bool:
    if inspect.iscoroutinefunction(handler):
        return True
    call = type(handler).__call__ if callable(handler) else None
    return inspect.iscoroutinefunction(call)


def _is_change(response: tuple[object, ...]) -> bool:
    return len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _new_mail_reported(client: IMAPClient) -> bool:
    """Whether the server reports new mail in answer to a ``NOOP``, the last command before IDLE.

    A server reports ``EXISTS`` with whatever command runs when mail arrives, and does not repeat
    it when IDLE starts: mail that arrived since the last SEARCH is announced here, or it would
    wait for the next renewal. Mail landing during the SEARCH itself, announced with its answer,
    is seen with the next report or at the next renewal (``idle_renew``, ``poll_interval``).
    """
    _, responses = client.noop()
    return any(_is_change(r) for r in responses)


def _already_read(client: IMAPClient, timeout: float) -> bool:
    """Whether a server response already sits in imaplib's read buffer.

    When new mail arrives as IDLE starts, the server may send ``+ idling`` and ``* n EXISTS``
    together; reading the continuation line pulls both into the buffer, where polling the socket
    (what ``idle_check`` waits on) cannot see it, and the mail would wait for the next renewal.
    No public call of imapclient or imaplib looks at that buffer, hence ``_imap.file``: the
    Dovecot test ``test_mail_announced_with_the_idle_continuation_is_seen_at_once`` shows the
    mail waiting without it.
    """
    sock = client.socket()
    sock.setblocking(False)
    try:
        return bool(client._imap.file.peek(1))
    except OSError:  # nothing buffered and nothing on the wire (or TLS wants more bytes)
        return False
    finally:
        sock.settimeout(timeout)  # blocking again, with the connection's read timeout


def _move(client: IMAPClient, uid: int, folder: str) -> None:
    if not client.folder_exists(folder):
        client.create_folder(folder)
    if client.has_capability("MOVE"):
        client.move([uid], folder)
        return
    client.copy([uid], folder)
    client.add_flags([uid], [b"\\Deleted"])
    if client.has_capability("UIDPLUS"):
        client.uid_expunge([uid])
    else:
        client.expunge()


def _logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        _drop(client)


def _drop(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:
        log.debug("IMAP shutdown failed", exc_info=True)
