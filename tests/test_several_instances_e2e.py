"""Three ``privacy-desk serve`` processes on one PostgreSQL database, one IMAP mailbox and one
relay: 600 mails streamed over their three SMTP ports, and the process polling the mailbox (and
its share of the scheduled jobs) killed with SIGKILL mid-stream. Every message answered 250 is
decided once and acknowledged once, a resend under the same Message-ID is a duplicate, every
ticket reference is unique, the audit chain verifies, and a surviving process polls the mailbox.
The takeover times are printed (``pytest -s``).

Always PostgreSQL (``PRIVACY_DESK_TEST_DATABASE_URL`` or the local default): the test fails,
never skips, when the server cannot be reached.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlmodel import select

from privacy_desk.app import build_desk
from tests.imap_server import DovecotServer, free_port
from tests.test_mail_crash import send, start_service
from tests.test_mail_e2e import Sink, mail, start_sink
from workflows.config import Settings
from workflows.db import session_scope
from workflows.migrate import upgrade
from workflows.models import InboundMessage, OutboxItem, Ticket

TOTAL = 600
RESENT = range(0, TOTAL, 40)  # sent a second time, under the same Message-ID
CLIENTS = 6
ROLE_LINE = re.compile(r"^(\d+\.\d+) workflows\.db role (\S+) (taken|given up|lost)", re.MULTILINE)


class SlowRelay(Sink):
    """The relay takes a moment per message, as a real one does: dispatchers hold claims."""

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        await asyncio.sleep(0.1)
        return await super().handle_DATA(server, session, envelope)


def roles_held(log: Path) -> dict[str, float]:
    """The roles the process writing ``log`` holds (held when it died), with when it took each:
    the roles are spread, so a process may have handed a role it took to another."""
    held: dict[str, float] = {}
    for at, name, what in ROLE_LINE.findall(log.read_text(errors="replace")):
        if what == "taken":
            held[name] = float(at)
        else:
            held.pop(name, None)
    return held


@pytest.mark.slow
@pytest.mark.timeout(600)
async def test_three_instances_share_the_work_and_survive_the_loss_of_one(
    pg_database_url: str, tmp_path: Path, dovecot: DovecotServer
) -> None:
    url = pg_database_url
    await asyncio.to_thread(upgrade, url)
    sink = SlowRelay()
    relay_port = free_port()
    relay = await start_sink(sink, relay_port)
    smtp_ports = [free_port() for _ in range(3)]
    logs = [tmp_path / f"instance{i}.log" for i in range(3)]
    common = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
        "PRIVACY_DESK_DATABASE_URL": url,
        "PRIVACY_DESK_SMTP_HOST": "127.0.0.1",
        "PRIVACY_DESK_OUTBOUND_SMTP_HOST": "127.0.0.1",
        "PRIVACY_DESK_OUTBOUND_SMTP_PORT": str(relay_port),
        "PRIVACY_DESK_DPO_ADDRESS": "dpo@studi.fr",
        "PRIVACY_DESK_ACK_RATE_LIMIT_PER_HOUR": "1000",
        "PRIVACY_DESK_DISPATCHER_INTERVAL_SECONDS": "0.2",
        "PRIVACY_DESK_OUTBOX_DIR": str(tmp_path / "outbox"),
        "PRIVACY_DESK_PROOF_KEY_FILE": str(tmp_path / "proof.key"),  # made by the first one
        "PRIVACY_DESK_IMAP_HOST": dovecot.host,
        "PRIVACY_DESK_IMAP_PORT": str(dovecot.port),
        "PRIVACY_DESK_IMAP_SSL": "false",
        "PRIVACY_DESK_IMAP_USER": dovecot.user,
        "PRIVACY_DESK_IMAP_PASSWORD": dovecot.password,
    }
    services = await asyncio.gather(
        *(
            asyncio.to_thread(start_service, {**common, "PRIVACY_DESK_SMTP_PORT": str(port)}, log)
            for port, log in zip(smtp_ports, logs, strict=True)
        )
    )
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        proof_key_file=tmp_path / "proof.key",
    )
    desk = build_desk(settings)

    def imap_mail_decided(message_id: str) -> bool:
        with session_scope(desk.engine) as session:
            row = session.exec(
                select(InboundMessage).where(InboundMessage.message_id == message_id)
            ).first()
            return row is not None and row.status == "processed"

    async def wait_until(predicate: object, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not await asyncio.to_thread(predicate):  # type: ignore[arg-type]
            assert time.monotonic() < deadline, what
            await asyncio.sleep(0.2)

    try:
        # the eleven roles (the IMAP poller and ten jobs) spread: none holds over ceil(11 / 3)
        await wait_until(lambda: sorted(len(roles_held(log)) for log in logs) == [3, 4, 4], 60,
                         "the roles did not spread over the three processes")  # fmt: skip
        assert len({name for log in logs for name in roles_held(log)}) == 11
        (poller,) = [i for i, log in enumerate(logs) if "imap-poller" in roles_held(log)]
        dovecot.append(
            mail("Avant", "erasure please", sender="imap1@x.fr", message_id="<imap-before@x>")
        )
        await wait_until(lambda: imap_mail_decided("<imap-before@x>"), 30, "IMAP mail not read")

        accepted: dict[int, int] = {}  # message -> answers 250 (a resend is a second one)
        by_killed: set[int] = set()  # messages the killed process answered 250
        failed_once: set[int] = set()  # a send that got no 250: possibly stored, not answered
        killed_at = 0.0
        at_kill: list[int] = []  # accepted, accepted by the killed one, acknowledged
        killed_port = smtp_ports[poller]

        def deliver(n: int, start: int) -> None:
            for attempt in range(30):
                port = smtp_ports[(start + attempt) % 3]
                if send(port, n):
                    accepted[n] = accepted.get(n, 0) + 1
                    if port == killed_port:
                        by_killed.add(n)
                    return
                failed_once.add(n)
                time.sleep(0.05)
            raise AssertionError(f"message {n} never accepted")

        killed = threading.Event()

        def client(c: int) -> None:
            for n in range(c, TOTAL, CLIENTS):
                if n >= TOTAL // 2:  # the second half streams on through the kill
                    killed.wait(120)
                deliver(n, n)
                if n in RESENT:
                    deliver(n, n + 1)  # the same message again, to another instance

        async def killer() -> None:
            nonlocal killed_at
            # mid-stream, with the outbox at work
            while len(accepted) < TOTAL // 3 or len(sink.messages) < 40:
                await asyncio.sleep(0.01)
            services[poller].send_signal(signal.SIGKILL)
            killed_at = time.time()
            at_kill.extend((len(accepted), len(by_killed), len(sink.messages)))
            killed.set()

        await asyncio.gather(killer(), *(asyncio.to_thread(client, c) for c in range(CLIENTS)))
        await asyncio.to_thread(services[poller].wait, 10)
        assert killed_at and len(accepted) == TOTAL
        assert any(n in failed_once for n in accepted), "the kill came too late to test anything"

        # the mailbox is polled again, by a survivor
        dovecot.append(
            mail("Après", "erasure please", sender="imap2@x.fr", message_id="<imap-after@x>")
        )
        await wait_until(lambda: imap_mail_decided("<imap-after@x>"), 60, "IMAP not taken over")
        survivors = [i for i in range(3) if i != poller]
        held_before = set(roles_held(logs[poller]))

        def taken_by_survivors() -> dict[str, float]:
            """Each role the survivors hold, and how long after the kill it was taken."""
            return {n: at - killed_at for i in survivors for n, at in roles_held(logs[i]).items()}

        # the jobs come once the survivors count one instance fewer: within 30 s of the kill
        await wait_until(
            lambda: held_before <= set(taken_by_survivors()),
            max(1.0, killed_at + 30 - time.time()),
            "a role of the dead process was not taken over",
        )
        taken = taken_by_survivors()
        (new_poller,) = [i for i in survivors if "imap-poller" in roles_held(logs[i])]
        taken_over = {name: taken[name] for name in held_before}
        jobs_over = [v for k, v in taken_over.items() if k.startswith("scheduler:")]

        def state() -> tuple[list[InboundMessage], list[Ticket], list[OutboxItem]]:
            with session_scope(desk.engine) as session:
                return (
                    list(session.exec(select(InboundMessage))),
                    list(session.exec(select(Ticket))),
                    list(session.exec(select(OutboxItem))),
                )

        def settled() -> bool:
            inbound, tickets, items = state()
            acked = {m["To"] for m in sink.messages}
            return (
                len(tickets) >= TOTAL + 2
                and len(acked) >= TOTAL + 2  # the learners and the two IMAP senders
                and all(r.status != "stored" for r in inbound)
                and all(i.status == "sent" for i in items)
            )

        await wait_until(settled, 120, "not every message was decided and answered")
        await asyncio.sleep(2.0)  # anything decided or sent twice would show now
        inbound, tickets, items = await asyncio.to_thread(state)
        report = await asyncio.to_thread(desk.verify_audit)

        # every message answered 250 was decided once; resends are duplicates
        by_sender: dict[str, Counter[str]] = defaultdict(Counter)
        for row in inbound:
            by_sender[row.envelope_from or ""][row.status] += 1
        for n in range(TOTAL):
            statuses = by_sender[f"learner{n}@exemple.fr"]
            assert statuses["processed"] == 1, (n, statuses)
            assert set(statuses) <= {"processed", "duplicate"}, (n, statuses)
            extra = statuses["duplicate"] - (accepted[n] - 1)
            assert extra == 0 or (extra > 0 and n in failed_once), (n, statuses, accepted[n])
        assert sum(by_sender[f"learner{n}@exemple.fr"]["duplicate"] for n in RESENT) >= len(RESENT)

        # one ticket per message, unique references, one acknowledgement each
        per_requester = Counter(t.requester_address for t in tickets)
        assert {per_requester[f"learner{n}@exemple.fr"] for n in range(TOTAL)} == {1}
        references = [t.reference for t in tickets]
        assert len(set(references)) == len(references) and None not in references
        acks: dict[str, set[str]] = defaultdict(set)
        for message in sink.messages:
            acks[str(message["To"])].add(str(message["Message-ID"]))
        assert all(len(acks[f"learner{n}@exemple.fr"]) == 1 for n in range(TOTAL)), "ack twice"

        assert report.ok, report

        # takeover times, measured
        left = [  # what the killed process had accepted and not decided when it died
            r.processed_at.timestamp() - killed_at
            for r in inbound
            if r.processed_at is not None
            and r.processed_at.timestamp() > killed_at
            and r.envelope_from is not None
            and int(r.envelope_from.removeprefix("learner").split("@")[0]) in by_killed
        ]
        resent_items = [i for i in items if i.attempts > 1 and i.sent_at is not None]
        outbox_takeover = max(
            (i.sent_at.timestamp() - killed_at for i in resent_items),  # type: ignore[union-attr]
            default=None,
        )
        print(
            f"\nkilled instance {poller} after {at_kill[0]} messages accepted "
            f"({at_kill[1]} by it) "
            f"and {at_kill[2]} acknowledged; IMAP poller moved to instance {new_poller} "
            f"{taken_over['imap-poller']:.1f} s after the kill; its {len(jobs_over)} scheduled "
            f"jobs taken over after {min(jobs_over, default=0):.1f}"
            f"-{max(jobs_over, default=0):.1f} s; "
            f"{len(left)} messages it had accepted decided by the survivors "
            f"{min(left, default=0):.1f}-{max(left, default=0):.1f} s after the kill; "
            f"{len(resent_items)} outbox items claimed again after their lease"
            + (f", the last sent {outbox_takeover:.1f} s after the kill" if resent_items else "")
        )
        assert taken_over["imap-poller"] < 30
        assert all(0 < after < 30 for after in taken_over.values())
    finally:
        for service in services:
            if service.poll() is None:
                service.terminate()
        for service in services:
            try:
                await asyncio.to_thread(service.wait, 15)
            except subprocess.TimeoutExpired:
                service.kill()
        desk.engine.dispose()
        relay.close()
        await relay.wait_closed()
