"""From raw bytes to core calls: store first, then read and hand over, resumably.

Both intake paths meet here. SMTP stores the raw message (committed) and returns so the listener
can answer ``250``; a worker then parses and processes stored messages in order, and on start
resumes whatever a crash left undecided. IMAP stores *and* processes before returning, so the
poller flags the message only once its ticket is committed. Processes sharing a PostgreSQL
database each run a worker: a worker claims the messages it decides (``workflows.mailbox.claim``)
and looks every ``rescan_interval`` seconds for stored messages nobody decides, such as those a
process that died had stored.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from mail.imap import Cursor, ImapSource
from mail.parsing import MalformedMail, ParsedMail, parse_mail
from workflows.authresults import assess_auth
from workflows.db import is_postgresql
from workflows.desk import Desk
from workflows.mailbox import InboundOutcome, InboundStatus, IncomingMail, RawInbound, Reading

__all__ = ["ArrivalRate", "DbCursorStore", "MailIntake", "to_incoming"]

log = logging.getLogger(__name__)

#: how many times faster than it is decided mail must arrive to be a surge, stored first and
#: decided after (an arrival rate read over a few messages, and a deciding speed read from the
#: small groups of a steady stream, are both rough: a factor keeps such a stream out)
SURGE_FACTOR = 2.0
_HEADER_MSGID = re.compile(rb"^Message-ID:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)


def _bracket(mid: str | None) -> str | None:
    return f"<{mid}>" if mid else None


def _bounced_ids(parsed: ParsedMail) -> tuple[str, ...]:
    """Message-IDs of our own messages quoted in a bounce, to find the ticket it belongs to."""
    found: list[str] = []
    for attachment in parsed.attachments:
        if attachment.content_type in ("message/rfc822", "text/rfc822-headers", "message/global"):
            found.extend(
                m.decode("ascii", "replace")
                for m in _HEADER_MSGID.findall(attachment.data[:65536])
            )
    return tuple(found)


def to_incoming(parsed: ParsedMail, trusted_authserv_id: str | None = None) -> IncomingMail:
    """What the core needs from a parsed message."""
    kind = None
    if parsed.is_bounce:
        kind = "bounce"
    elif parsed.is_auto_reply:
        kind = "auto_reply"
    elif parsed.is_bulk:
        kind = "bulk"
    # every Authentication-Results header, top first; only the trusted authserv-id counts
    # ... and a result judging another domain than the From address read is a failure
    auth = assess_auth(list(parsed.auth_results), trusted_authserv_id, parsed.from_address)
    references = tuple(f"<{r}>" for r in parsed.references)
    if parsed.is_bounce:
        references = (*references, *_bounced_ids(parsed))
    return IncomingMail(
        sender=(parsed.from_address or "").lower(),
        sender_name=parsed.from_name,
        subject=parsed.subject,
        text=parsed.text,
        new_text=parsed.new_text,
        message_id=_bracket(parsed.message_id),
        in_reply_to=tuple(f"<{r}>" for r in parsed.in_reply_to),
        references=references,
        automatic=parsed.auto_reason if parsed.is_automatic else None,
        automatic_kind=kind,
        auth_results=auth.as_json(),
        auth_failed=auth.failed,
        language=parsed.languages[0] if parsed.languages else None,
        content_hash=parsed.content_hash,
        attachments=tuple(
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "sha256": a.sha256,
            }
            for a in parsed.attachments
        ),
        documents=tuple(a.data for a in parsed.attachments),
    )


class ArrivalRate:
    """How fast mail arrives, over the time the listener had the database.

    While a group is being decided, the listener's stores wait for the database (and the
    interpreter), so mail arrives slower exactly because processing runs: over wall time, a
    burst that starts while processing is busy would never look like one, and processing would
    keep the listener at its own pace. The rate is measured over time not held by processing
    (with what arrived during the holds), over the last ``recent`` arrivals within ``window``
    seconds of such time, so that the start of a burst after a quiet spell reads as a burst.
    Holds are those of SQLite, where a deciding transaction has the only write turn; on
    PostgreSQL the listener does not wait for one, and the rate is read over wall time (with
    several groups decided at a time, their holds would cover most of a steady stream's time
    and read it as a surge).
    """

    def __init__(self, window: float = 0.2, recent: int = 8) -> None:
        self.window = window
        self._arrivals: deque[float] = deque(maxlen=recent)
        #: (start, end) of past holds; more than enough to cover a window of listening
        self._held: deque[tuple[float, float]] = deque(maxlen=64)
        self._holders = 0
        self._held_since = 0.0

    def arrived(self, now: float) -> None:
        self._arrivals.append(now)

    def hold(self, now: float) -> None:
        if not self._holders:
            self._held_since = now
        self._holders += 1

    def release(self, now: float) -> None:
        self._holders -= 1
        if not self._holders:
            self._held.append((self._held_since, now))

    def per_second(self, now: float) -> float:
        # walk back from now over the holds until ``window`` seconds of listening are covered
        listened, cursor = 0.0, self._held_since if self._holders else now
        for begin, end in reversed(self._held):
            if listened + (cursor - end) >= self.window:
                break
            listened, cursor = listened + (cursor - end), begin
        start = cursor - (self.window - listened)  # only moves forward as time goes on
        while self._arrivals and self._arrivals[0] < start:
            self._arrivals.popleft()
        while self._held and self._held[0][1] < start:
            self._held.popleft()
        if len(self._arrivals) < 2:
            return 0.0
        span = self._listening(self._arrivals[0], now)
        return (len(self._arrivals) - 1) / max(span, self.window / 100)

    def _listening(self, since: float, now: float) -> float:
        held = sum(max(0.0, min(end, now) - max(begin, since)) for begin, end in self._held)
        if self._holders:
            held += max(0.0, now - max(self._held_since, since))
        return now - since - held


class MailIntake:
    """Stores inbound mail and drives its processing through the core."""

    def __init__(
        self,
        desk: Desk,
        *,
        on_outbox: Callable[[], None] | None = None,
        rescan_interval: float = 10.0,
        wait_retry: float = 0.5,
    ) -> None:
        self.desk = desk
        self.on_outbox = on_outbox
        self.rescan_interval = rescan_interval
        #: how soon a message waiting for an earlier one decided elsewhere is tried again
        self.wait_retry = wait_retry
        #: ids of stored messages, the oldest first (those a rescan finds before newer ones)
        self.queue: asyncio.PriorityQueue[int] = asyncio.PriorityQueue()
        self._queued: set[int] = set()  # what the queue holds, queued once
        self.processed = 0
        self.batch_size = 64  # messages stored per commit
        #: PostgreSQL stores on the event loop (see :meth:`_store_many`), batches up to this size
        self._on_loop = is_postgresql(desk.engine)
        self.inline_store_bytes = 1_000_000
        #: messages decided per transaction; the transaction holds SQLite's write turn, which
        #: the listener waits for to store (and answer 250), so it stays short
        self.process_batch_size = 16
        #: groups decided at a time: on SQLite one (a transaction holds the only write turn);
        #: on PostgreSQL a few, so that one group's work on the interpreter overlaps another's
        #: wait for the database (they claim their rows, as the workers of several processes do)
        self.workers = 3 if is_postgresql(desk.engine) else 1
        self._pending: list[tuple[RawInbound, asyncio.Future[int]]] = []
        self._writer: asyncio.Task[None] | None = None
        self.arrivals = ArrivalRate()
        #: during a surge, processing takes a turn every so many seconds, so that a mail loop
        #: that never ends still has its messages decided, and a steady stream as fast as
        #: processing is decided as it comes
        self.surge_patience = 1.0
        #: processing time per message (moving average): what processing can keep up with.
        #: Time during which at least one group was being decided, per message decided: with
        #: several groups at a time, a group's own time per message is that of one of them, and
        #: would read the speed as a fraction of what they decide together
        self.seconds_per_message = 0.02
        self._deciding = 0  # groups being decided now
        self._busy_since = 0.0  # when the first of them started
        self._busy_mark = 0.0  # when the last decided group ended (or the busy time began)
        #: decayed sums of busy time and of messages decided, their ratio the moving average
        self._busy_seconds, self._busy_messages = 0.0, 0.0

    # ------------------------------------------------------------------ storing
    async def _store_many(self, batch: list[RawInbound]) -> list[int]:
        """One commit for the batch, never holding the loop while the database works.
        PostgreSQL: over psycopg's async connection on the loop's own thread (a small batch;
        hashing and writing megabytes would hold the loop). SQLite, and large batches: in a
        worker thread, where the commit waits for the disk (milliseconds, the interpreter
        released) while the loop goes on serving the SMTP sessions and gathers the next batch."""
        if self._on_loop and sum(len(request.raw) for request in batch) <= self.inline_store_bytes:
            return await self.desk.store_inbound_now(batch)
        return await asyncio.to_thread(self.desk.store_inbound, batch)

    async def _store(self, request: RawInbound) -> int:
        """Committed storage; concurrent callers share one transaction (group commit)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[int] = loop.create_future()
        self.arrivals.arrived(loop.time())
        self._pending.append((request, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_pending())
        return await future

    async def _write_pending(self) -> None:
        while self._pending:
            batch = self._pending[: self.batch_size]
            del self._pending[: self.batch_size]
            try:
                ids = await self._store_many([request for request, _ in batch])
            except Exception as exc:  # every caller of the batch answers 451 and retries
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), inbound_id in zip(batch, ids, strict=True):
                if not future.done():  # a client that hung up resends: dedupe catches it
                    future.set_result(inbound_id)

    async def store_smtp(self, raw: bytes, envelope_from: str, rcpt_tos: list[str]) -> None:
        """The SMTP listener's store callback: returns once the raw message is committed."""
        request = RawInbound(
            "smtp",
            raw,
            envelope_from,
            tuple(rcpt_tos),
            _quick_message_id(raw),
            received_at=self.desk.now(),
        )
        self._enqueue([await self._store(request)])

    async def handle_imap(self, raw: bytes, source: ImapSource) -> None:
        """The IMAP poller's handler: stored and processed (ticket committed) before returning."""
        message_id = _quick_message_id(raw)
        request = RawInbound(
            "imap",
            raw,
            None,
            (source.folder,),
            message_id,
            may_repeat=True,
            received_at=_instant(source.internal_date) or self.desk.now(),
        )
        inbound_id = await self._store(request)
        await self.process(inbound_id, raise_errors=True)

    async def handle_imap_oversized(self, head: bytes, source: ImapSource, size: int) -> None:
        """The IMAP poller's handler for a message over ``MAX_MESSAGE_BYTES``: its header is
        kept in quarantine with the reason, for staff; the message stays in the mailbox."""
        limit = self.desk.settings.max_message_bytes
        error = (
            f"message of {size} bytes is over MAX_MESSAGE_BYTES ({limit}): not taken in; only "
            f"its header is kept here, the message stays in {source.folder} (UID {source.uid}, "
            f"UIDVALIDITY {source.uidvalidity}), not marked as read"
        )
        request = RawInbound(
            "imap", head, None, (source.folder,), _quick_message_id(head), may_repeat=True
        )
        inbound_id = await asyncio.to_thread(self.desk.keep_oversized, request, error)
        log.warning("inbound message %s quarantined: %s", inbound_id, error)

    # ------------------------------------------------------------------ processing
    def _read(self, raw: bytes, envelope_from: str | None) -> IncomingMail | MalformedMail:
        try:
            parsed = parse_mail(raw, envelope_from=envelope_from)
        except MalformedMail as exc:
            return exc
        return to_incoming(parsed, self.desk.settings.trusted_authserv_id)

    def _process_sync(self, inbound_ids: list[int]) -> list[InboundOutcome | None]:
        """Decide stored messages in one transaction, in order: each sees the ones before it.
        They are read and parsed first, outside the transaction; the core claims them, so that a
        message another process is deciding is left to it."""
        stored = self.desk.raw_inbound(inbound_ids)
        readings: list[tuple[int, Reading]] = []
        for inbound_id in inbound_ids:
            reading = self._read(*stored[inbound_id]) if inbound_id in stored else None
            if isinstance(reading, MalformedMail):
                log.warning("inbound message %s quarantined: %s", inbound_id, reading)
                readings.append((inbound_id, str(reading)))
            else:  # None: gone meanwhile
                readings.append((inbound_id, reading))
        return self.desk.decide_inbound(readings)

    async def _decide(self, inbound_ids: list[int]) -> list[InboundOutcome | None]:
        """Decide a group in a worker thread. On SQLite the transaction holds the only write
        turn, which the listener's stores wait for: that time is not counted as listening
        (see :class:`ArrivalRate`). On PostgreSQL stores do not wait for it."""
        loop = asyncio.get_running_loop()
        holds = not self._on_loop
        if holds:
            self.arrivals.hold(loop.time())
        if not self._deciding:
            self._busy_since = self._busy_mark = loop.time()
        self._deciding += 1
        try:
            return await asyncio.to_thread(self._process_sync, inbound_ids)
        finally:
            self._deciding -= 1
            if holds:
                self.arrivals.release(loop.time())

    def _decided(self, count: int) -> None:
        """Fold the busy time since the last group ended into the deciding speed."""
        now = asyncio.get_running_loop().time()
        if not self._busy_messages:  # the first: the prior weighs as much as a few messages
            self._busy_seconds, self._busy_messages = 4 * self.seconds_per_message, 4.0
        busy, self._busy_mark = now - max(self._busy_mark, self._busy_since), now
        self._busy_seconds = 0.8 * self._busy_seconds + busy
        self._busy_messages = 0.8 * self._busy_messages + count
        self.seconds_per_message = self._busy_seconds / self._busy_messages

    async def process(self, inbound_id: int, *, raise_errors: bool = False) -> None:
        """Decide one stored message; a failure is recorded and retried later."""
        await self.process_many([inbound_id], raise_errors=raise_errors)

    async def process_many(self, inbound_ids: list[int], *, raise_errors: bool = False) -> None:
        """Decide stored messages in one transaction (one commit, one audit-chain turn).

        If a group fails, it is rolled back and each message is decided on its own, so only
        the failing one is recorded as failed.
        """
        try:
            outcomes = await self._decide(inbound_ids)
        except Exception as exc:
            if len(inbound_ids) > 1:
                log.warning("processing %d messages together failed; one by one", len(inbound_ids))
                for inbound_id in inbound_ids:
                    await self.process(inbound_id, raise_errors=raise_errors)
                return
            inbound_id = inbound_ids[0]
            log.exception("processing inbound message %s failed", inbound_id)
            error = repr(exc)
            await asyncio.to_thread(self.desk.inbound_failed, inbound_id, error)
            if raise_errors:
                raise
            return
        self._decided(len(inbound_ids))
        self._processed(inbound_ids, outcomes)

    def _processed(self, inbound_ids: list[int], outcomes: list[InboundOutcome | None]) -> None:
        waiting = [
            inbound_id
            for inbound_id, outcome in zip(inbound_ids, outcomes, strict=True)
            if outcome is not None and outcome.status is InboundStatus.STORED
        ]
        self.processed += len(outcomes) - len(waiting)
        if waiting:  # an earlier message they depend on is being decided elsewhere
            asyncio.get_running_loop().call_later(self.wait_retry, self._enqueue, waiting)
        if len(waiting) < sum(o is not None for o in outcomes) and self.on_outbox is not None:
            self.on_outbox()

    def _enqueue(self, inbound_ids: list[int]) -> None:
        for inbound_id in inbound_ids:
            if inbound_id not in self._queued:
                self._queued.add(inbound_id)
                self.queue.put_nowait(inbound_id)

    def _dequeue(self) -> int:
        inbound_id = self.queue.get_nowait()
        self._queued.discard(inbound_id)
        return inbound_id

    async def resume(self) -> int:
        """Queue every message a previous run stored but did not decide."""
        ids = await asyncio.to_thread(self.desk.undecided_inbound)
        self._enqueue(ids)
        return len(ids)

    async def run(self, stop: asyncio.Event) -> None:
        """Process stored messages in arrival order until ``stop``; rescan for stragglers.
        ``workers`` groups are decided at a time (see ``__init__``)."""
        await self.resume()
        stopping = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.gather(
                *(self._work(stop, stopping, first=n == 0) for n in range(self.workers))
            )
        finally:
            stopping.cancel()

    async def _work(self, stop: asyncio.Event, stopping: asyncio.Future[Any], *, first: bool
                    ) -> None:  # fmt: skip
        """One worker's loop. The first one rescans, and takes a turn during a long surge (see
        :meth:`_storage_first`); the others wait for the surge to pass: several workers
        deciding at once would slow the listener down in a burst."""
        while not stop.is_set():
            getting = asyncio.ensure_future(self.queue.get())
            done, _ = await asyncio.wait(
                {getting, stopping},
                timeout=self.rescan_interval,
                return_when=asyncio.FIRST_COMPLETED,
            )
            if getting not in done:
                getting.cancel()
                if first and not stop.is_set():
                    await self.resume()  # failed attempts, rows stored by other processes
                continue
            self._queued.discard(inbound_id := getting.result())
            if not first and self._listener_busy():
                self._enqueue([inbound_id])  # for the first worker, at its turn
                await self._storage_first(patience=float("inf"))
                continue
            await self._storage_first()
            batch = [inbound_id]
            while len(batch) < self.process_batch_size and not self.queue.empty():
                batch.append(self._dequeue())
            await self.process_many(batch)

    def _surging(self, now: float) -> bool:
        """Whether mail arrives much faster than it can be decided (a burst, a mail loop): at
        least :data:`SURGE_FACTOR` times as fast. A stream near the deciding speed is decided as
        it comes: holding it back for the listener would only build a backlog."""
        capacity = max(1.0 / self.seconds_per_message, 10.0)
        return self.arrivals.per_second(now) > SURGE_FACTOR * capacity

    async def _storage_first(self, patience: float | None = None) -> None:
        """Let the listener store what it receives before processing takes the database.

        Accepting mail durably comes first: processing waits for stores under way to commit,
        and while mail arrives faster than it can be decided, for the surge to pass, so a
        burst is accepted at the listener's full speed. Processing still takes a turn at least
        every ``patience`` seconds (default :attr:`surge_patience`; ``float("inf")``: no turn
        until it passes): a long surge slows decisions down but never stops them.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (self.surge_patience if patience is None else patience)
        while loop.time() < deadline and self._listener_busy():
            await asyncio.sleep(0.005)

    def _listener_busy(self) -> bool:
        """Whether stores are under way or mail arrives faster than it can be decided."""
        busy = self._pending or (self._writer is not None and not self._writer.done())
        return bool(busy) or self._surging(asyncio.get_running_loop().time())

    async def drain(self) -> None:
        """Process everything queued now (tests and one-shot tools)."""
        while not self.queue.empty():
            await self.process(self._dequeue())


def _instant(moment: datetime | None) -> datetime | None:
    """An IMAP INTERNALDATE as an aware instant (imapclient gives naive local time)."""
    if moment is None:
        return None
    return moment.astimezone(UTC)  # a naive datetime is read as local time


def _quick_message_id(raw: bytes) -> str | None:
    """The Message-ID from the header block, without a full parse (kept with the raw bytes)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    found = _HEADER_MSGID.search(head)
    return found.group(1).decode("ascii", "replace") if found else None


class DbCursorStore:
    """IMAP cursors in the ``mailbox_cursor`` table."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def get(self, account: str, folder: str) -> Cursor | None:
        found = self.desk.mailbox_cursor(account, folder)
        return Cursor(*found) if found else None

    def set(self, account: str, folder: str, cursor: Cursor) -> None:
        self.desk.save_mailbox_cursor(account, folder, cursor.uidvalidity, cursor.last_uid)
