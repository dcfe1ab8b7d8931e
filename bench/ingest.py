"""Ingest benchmark: the real SMTP listener (durable storage) against a bare aiosmtpd sink.

    python -m bench.ingest [-n 1500] [-c 20] [--rounds 3] [--rate 50] [--seconds 20]

Starts, each in its own process, ``privacy-desk serve --channels mail`` on a fresh SQLite
database (upgraded with the migrations) and a bare aiosmtpd server that answers 250 to
everything. After an unmeasured warm-up burst to each, sends N messages of about 300 bytes from
distinct senders over C concurrent SMTP connections to each, in alternating rounds, and prints
both throughputs, the median of the rounds' ratios, how long after each burst began its
senders had their acknowledgement (p99), and the CPU time each server process spent per message
during its bursts (Linux): on a shared machine, steadier than the ratio of wall-clock rates.
Each burst starts once the service has acknowledged everything sent before, so neither server
shares the machine with the service's backlog. Then
sends at a steady rate to the real listener and measures the acknowledgement latency, from the
listener's 250 to the acknowledgement reaching the relay (an aiosmtpd sink in this process),
p50 and p99, and where it went: 250 → decided → relay (``--rounds 0``: the steady phase only,
after the warm-up).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from pathlib import Path

import aiosmtplib
from aiosmtpd.smtp import SMTP, Envelope, Session

ROOT = Path(__file__).resolve().parent.parent
DPO = "dpo@studi.fr"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def message(n: int, tag: str) -> bytes:
    """A request of about 300 bytes from a sender of its own."""
    return (
        f"From: <learner{n}.{tag}@exemple.fr>\r\nTo: {DPO}\r\n"
        f"Subject: Demande {n}\r\nMessage-ID: <bench-{tag}-{n}@exemple.fr>\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Bonjour, je souhaite recevoir une copie de mes données personnelles ({n}).\r\n"
        f"Merci, L. {n}\r\n"
    ).encode()


# ------------------------------------------------------------------------------ servers


class BareSink:
    """Answers 250 to every message and keeps nothing: the ceiling for the listener."""

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        return "250 OK"


class Relay:
    """The outgoing relay: notes when each acknowledgement arrives, by recipient."""

    def __init__(self) -> None:
        self.arrivals: dict[str, float] = {}
        self.wall: dict[str, float] = {}  # the same, as wall-clock time (to compare with rows)
        self.count = 0

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        now = time.perf_counter()
        self.count += 1
        headers = BytesHeaderParser().parsebytes(envelope.original_content or b"")
        wall = time.time()
        for rcpt in envelope.rcpt_tos:
            self.arrivals.setdefault(rcpt.lower(), now)
            self.wall.setdefault(rcpt.lower(), wall)
        del headers
        return "250 OK"


async def serve_sink(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(BareSink(), hostname="sink", enable_SMTPUTF8=True, loop=loop),
        "127.0.0.1",
        port,
    )
    async with server:
        await server.serve_forever()


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                if sock.recv(100).startswith(b"220"):
                    return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing listens on {port}")


# ------------------------------------------------------------------------------ clients


async def blast(port: int, total: int, connections: int, tag: str) -> tuple[float, int]:
    """Send ``total`` messages over ``connections`` concurrent sessions; (seconds, failures)."""
    failures = 0

    async def worker(index: int) -> None:
        nonlocal failures
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=60)
        await client.connect()
        try:
            for n in range(index, total, connections):
                try:
                    await client.sendmail(f"learner{n}.{tag}@exemple.fr", [DPO], message(n, tag))
                except aiosmtplib.SMTPException:
                    failures += 1
        finally:
            await client.quit()

    started = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(connections)))
    return time.perf_counter() - started, failures


async def steady(
    port: int, relay: Relay, rate: float, seconds: float, walls: dict[str, float]
) -> list[float]:
    """Send at ``rate`` messages/s; latencies from 250 to the acknowledgement at the relay
    (``walls``: each sender's 250 as wall-clock time, for :func:`breakdown`)."""
    total = int(rate * seconds)
    accepted: dict[str, float] = {}
    clients = [aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=60) for _ in range(10)]
    for client in clients:
        await client.connect()
    locks = [asyncio.Lock() for _ in clients]

    async def one(n: int) -> None:
        index = n % len(clients)
        async with locks[index]:
            sender = f"learner{n}.steady@exemple.fr"
            await clients[index].sendmail(sender, [DPO], message(n, "steady"))
            accepted[sender] = time.perf_counter()
            walls[sender] = time.time()

    started = time.perf_counter()
    tasks = []
    for n in range(total):
        delay = started + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(n)))
    await asyncio.gather(*tasks)
    deadline = time.perf_counter() + 60
    while len(set(accepted) & set(relay.arrivals)) < total and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)
    for client in clients:
        await client.quit()
    missing = total - len(set(accepted) & set(relay.arrivals))
    if missing:
        print(f"  {missing} acknowledgements did not arrive within 60 s")
    return [relay.arrivals[s] - t for s, t in accepted.items() if s in relay.arrivals]


def breakdown(url: str, walls: dict[str, float], relay: Relay) -> None:
    """Where the steady messages waited, from the rows the service wrote: 250 → decided
    (``processed_at``) → delivery recorded (``sent_at``, just after the relay took it), and
    250 → relay; p50 and p99 of each step (wall clock, one machine)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    query = text(
        "SELECT i.sender, i.processed_at, o.sent_at FROM inbound_message i "
        "JOIN outbox_item o ON o.recipient = i.sender WHERE i.sender LIKE '%.steady@exemple.fr'"
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    engine.dispose()
    steps: dict[str, list[float]] = {"250 → decided": [], "decided → relay": []}
    for sender, processed_at, _sent_at in rows:
        if sender not in walls or sender not in relay.wall or processed_at is None:
            continue
        decided = _epoch(processed_at)
        steps["250 → decided"].append(decided - walls[sender])
        steps["decided → relay"].append(relay.wall[sender] - decided)
    for name, values in steps.items():
        if values:
            print(
                f"  {name:16}: p50 {percentile(values, 50) * 1000:5.0f} ms, "
                f"p99 {percentile(values, 99) * 1000:5.0f} ms"
            )


def _epoch(moment: datetime | str) -> float:
    """A stored instant as epoch seconds (SQLite gives it back as text, naive, in UTC)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process used so far (Linux ``/proc``; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


async def run(args: argparse.Namespace) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="privacy-desk-bench-"))
    url = args.database_url or f"sqlite:///{workdir / 'bench.db'}"
    from workflows.migrate import upgrade

    upgrade(url)
    relay = Relay()
    relay_port, listen_port, sink_port = free_port(), free_port(), free_port()
    loop = asyncio.get_running_loop()
    relay_server = await loop.create_server(
        lambda: SMTP(relay, hostname="relay", enable_SMTPUTF8=True, loop=loop),
        "127.0.0.1",
        relay_port,
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PRIVACY_DESK_DATABASE_URL": url,
        "PRIVACY_DESK_SMTP_HOST": "127.0.0.1",
        "PRIVACY_DESK_SMTP_PORT": str(listen_port),
        "PRIVACY_DESK_OUTBOUND_SMTP_HOST": "127.0.0.1",
        "PRIVACY_DESK_OUTBOUND_SMTP_PORT": str(relay_port),
        "PRIVACY_DESK_DPO_ADDRESS": DPO,
        "PRIVACY_DESK_ACK_RATE_LIMIT_PER_HOUR": "1000000",
        "PRIVACY_DESK_OUTBOX_DIR": str(workdir / "outbox"),
    }
    log = (workdir / "service.log").open("wb")
    service = subprocess.Popen(
        [sys.executable, "-m", "bench.service"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    sink = subprocess.Popen(
        [sys.executable, "-m", "bench.ingest", "--sink", str(sink_port)], cwd=ROOT, env=env
    )
    try:
        await asyncio.to_thread(wait_for_port, listen_port, service)
        await asyncio.to_thread(wait_for_port, sink_port, sink)
        print(f"N={args.n} messages, C={args.c} connections, {args.rounds} rounds ({workdir})")
        sent = 0

        async def settled() -> None:
            """Wait until every message sent so far is acknowledged: each burst then meets an
            idle machine, and the sink's bursts do not share it with the service's backlog."""
            deadline = time.perf_counter() + 600
            while relay.count < sent and time.perf_counter() < deadline:
                await asyncio.sleep(0.05)

        # warm-up, not measured: first connections, the database and its journal growing
        await blast(sink_port, args.n // 5, args.c, "warmsink")
        await blast(listen_port, args.n // 5, args.c, "warmreal")
        sent += args.n // 5
        await settled()
        if args.rounds:  # 0: the steady phase only
            sink_rates, real_rates, ratios, answered = [], [], [], []
            sink_cpu, real_cpu = [], []  # CPU milliseconds per message during each burst
            burst_started, processed_before = time.perf_counter(), relay.count
            for round_ in range(args.rounds):  # alternating, so drift hits both alike
                cpu = cpu_seconds(sink.pid)
                sink_time, sink_fail = await blast(sink_port, args.n, args.c, f"sink{round_}")
                sink_cpu.append((cpu_seconds(sink.pid) - cpu) * 1000 / args.n)
                tag = f"real{round_}"
                started, cpu = time.perf_counter(), cpu_seconds(service.pid)
                real_time, real_fail = await blast(listen_port, args.n, args.c, tag)
                real_cpu.append((cpu_seconds(service.pid) - cpu) * 1000 / args.n)
                sent += args.n
                await settled()
                sink_rates.append(args.n / sink_time)
                real_rates.append(args.n / real_time)
                ratios.append(real_rates[-1] / sink_rates[-1])
                # how long after the burst began its senders had their acknowledgement (p99)
                waits = [
                    relay.arrivals[f"learner{n}.{tag}@exemple.fr"] - started
                    for n in range(args.n)
                    if f"learner{n}.{tag}@exemple.fr" in relay.arrivals
                ]
                answered.append(percentile(waits, 99) if waits else float("nan"))
                print(
                    f"  round {round_ + 1}: sink {sink_rates[-1]:7.1f} msg/s "
                    f"({sink_fail} failed), "
                    f"listener {real_rates[-1]:7.1f} msg/s ({real_fail} failed), "
                    f"ratio {ratios[-1]:.2f}, burst answered at p99 after {answered[-1]:.1f} s; "
                    f"CPU per message: sink {sink_cpu[-1]:.2f} ms, listener {real_cpu[-1]:.2f} ms"
                )
            sink_rate, real_rate = statistics.median(sink_rates), statistics.median(real_rates)
            print(f"  bare aiosmtpd sink : {sink_rate:8.1f} msg/s (median)")
            print(f"  listener, durable  : {real_rate:8.1f} msg/s (median)")
            print(
                f"  ratio              : {statistics.median(ratios):8.2f} (median of the rounds)"
            )
            print(f"  burst answered, p99: {statistics.median(answered):8.1f} s (median)")
            print(
                f"  CPU per message    : sink {statistics.median(sink_cpu):.2f} ms, listener "
                f"{statistics.median(real_cpu):.2f} ms during the bursts (median; load "
                f"{os.getloadavg()[0]:.2f})"
            )
            drained = time.perf_counter() - burst_started
            acknowledged = relay.count - processed_before
            print(
                f"  bursts processed   : {acknowledged} acknowledgements at the relay "
                f"{drained:.1f} s after the first message ({acknowledged / drained:.0f} msg/s)"
            )
        walls: dict[str, float] = {}
        latencies = await steady(listen_port, relay, args.rate, args.seconds, walls)
        if latencies:
            print(
                f"ack latency at {args.rate:g} msg/s for {args.seconds:g} s "
                f"({len(latencies)} messages): p50 {percentile(latencies, 50) * 1000:.0f} ms, "
                f"p99 {percentile(latencies, 99) * 1000:.0f} ms, "
                f"max {max(latencies) * 1000:.0f} ms, mean "
                f"{statistics.mean(latencies) * 1000:.0f} ms (load {os.getloadavg()[0]:.2f})"
            )
            breakdown(url, walls, relay)
    finally:
        for process in (service, sink):
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()
        relay_server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1500, help="messages per server and round")
    parser.add_argument("-c", type=int, default=20, help="concurrent SMTP connections")
    parser.add_argument(
        "--rounds", type=int, default=3, help="sink/listener bursts, alternating (0: steady only)"
    )
    parser.add_argument("--rate", type=float, default=50.0, help="steady rate, messages/s")
    parser.add_argument("--seconds", type=float, default=20.0, help="steady phase duration")
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    parser.add_argument("--sink", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sink:
        asyncio.run(serve_sink(args.sink))
        return
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
