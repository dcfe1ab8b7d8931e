"""Two ``privacy-desk serve`` processes in webhook mode on one PostgreSQL and one Redis, behind
one webhook URL: the Bot API emulator, standing for Telegram and a load balancer, posts each
update to the next instance in turn. A learner's conversation goes on whichever instance gets
each step; an update delivered twice opens one ticket and is answered once; a POST without the
secret is refused; an instance stopped with SIGTERM leaves the webhook set, and the other one
answers everything after.

Always PostgreSQL (``PRIVACY_DESK_TEST_DATABASE_URL`` or the local default) and Redis
(``PRIVACY_DESK_TEST_REDIS_URL`` or the local default): the test fails, never skips, when
either cannot be reached.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from redis.asyncio import Redis
from sqlmodel import select

from tests.bot.scenario import Mailbox
from tests.imap_server import free_port
from tests.telegram_emulator import TelegramEmulator
from workflows.db import make_engine, session_scope
from workflows.migrate import upgrade
from workflows.models import Learner, OutboxItem, Ticket

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("PRIVACY_DESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
PUBLIC_URL = "https://desk.example.org/telegram/hook"  # the load balancer, as Telegram knows it
MARIE = "marie.dupont@example.fr"
STEP_TIMEOUT = 20.0


def start_instance(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.serve_process", "bot"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


async def wait_until_listening(
    process: subprocess.Popen[bytes],
    port: int,
    emu: TelegramEmulator,
    webhooks_set: int,
    log: Path,
) -> None:
    """Until the instance accepts connections on ``port`` and has set the webhook."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, f"instance exited: {log.read_text(errors='replace')}"
        set_calls = [p for m, p in emu.calls if m.lower() == "setwebhook"]
        if len(set_calls) >= webhooks_set:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return
            except OSError:
                pass
        await asyncio.sleep(0.1)
    raise AssertionError(f"instance did not start: {log.read_text(errors='replace')}")


@dataclass(frozen=True)
class Run:
    """A bot and a learner of this run's own: the conversation (keyed by chat) and the claimed
    updates in Redis are this run's (the emulator numbers updates from 1 again each run)."""

    bot_id: int
    learner: int


@pytest.fixture
def run() -> Iterator[Run]:
    """This run's bot and learner; what they left in Redis is deleted afterwards."""
    run = Run(bot_id=random.randrange(10**8, 10**9), learner=random.randrange(10**8, 10**9))
    yield run

    async def forget() -> None:
        redis = Redis.from_url(REDIS_URL)
        try:
            for pattern in (f"privacy_desk:*{run.bot_id}*", f"privacy_desk:{run.learner}:*"):
                keys = [key async for key in redis.scan_iter(pattern)]
                if keys:
                    await redis.delete(*keys)
        finally:
            await redis.aclose()

    asyncio.run(forget())


@pytest.mark.slow
@pytest.mark.timeout(300)
async def test_two_webhook_instances_share_one_conversation_and_survive_the_loss_of_one(
    pg_database_url: str, tmp_path: Path, run: Run
) -> None:
    url = pg_database_url
    await asyncio.to_thread(upgrade, url)
    engine = make_engine(url)
    with session_scope(engine) as session:
        session.add(Learner(learner_id="L-1001", email=MARIE, first_name="Marie"))
    emu = TelegramEmulator(f"{run.bot_id}:TEST-token-several-instances")
    learner = run.learner
    await emu.start()
    ports = [free_port(), free_port()]
    backends = [f"http://127.0.0.1:{port}/telegram/hook" for port in ports]
    emu.webhook_backends = backends
    logs = [tmp_path / f"instance{i}.log" for i in range(2)]
    common = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PRIVACY_DESK_DATABASE_URL": url,
        "PRIVACY_DESK_REDIS_URL": REDIS_URL,
        "PRIVACY_DESK_TELEGRAM_TOKEN": emu.token,
        "PRIVACY_DESK_TELEGRAM_API_URL": emu.base_url,
        "PRIVACY_DESK_TELEGRAM_WEBHOOK_URL": PUBLIC_URL,
        # no PRIVACY_DESK_TELEGRAM_WEBHOOK_SECRET: both derive the same one from the token
        "PRIVACY_DESK_WEB_HOST": "",
        "PRIVACY_DESK_DISPATCHER_INTERVAL_SECONDS": "0.2",
        "PRIVACY_DESK_OUTBOX_DIR": str(tmp_path / "outbox"),
        "PRIVACY_DESK_PROOF_KEY_FILE": str(tmp_path / "proof.key"),
    }
    instances: list[subprocess.Popen[bytes]] = []
    try:
        for i, (port, log) in enumerate(zip(ports, logs, strict=True)):
            env = {**common, "PRIVACY_DESK_TELEGRAM_WEBHOOK_LISTEN": f"127.0.0.1:{port}"}
            instances.append(start_instance(env, log))
            await wait_until_listening(instances[i], port, emu, i + 1, log)
        assert emu.webhook is not None and emu.webhook["url"] == PUBLIC_URL
        secret = emu.webhook["secret_token"]
        set_calls = [p for m, p in emu.calls if m.lower() == "setwebhook"]
        assert len(set_calls) == 2 and {p["url"] for p in set_calls} == {PUBLIC_URL}
        # the second instance to start kept what was pending for the first
        assert {str(p.get("drop_pending_updates")).lower() for p in set_calls} <= {"none", "false"}

        async def text(contains: str) -> None:
            await emu.wait_for_text(learner, contains, timeout=STEP_TIMEOUT)

        # one conversation, its steps alternately on each instance: the FSM is in Redis
        await emu.user_sends_text(learner, "Je demande l'erasure de mes données")
        asked = await emu.wait_for_message(
            learner, lambda m: "J'ai compris" in (m.text or ""), timeout=STEP_TIMEOUT
        )
        await emu.user_presses(
            learner, asked.message_id, asked.button("c:yes").callback_data or ""
        )
        await text("adresse e-mail enregistrée")
        identifier = await emu.user_sends_text(learner, MARIE)
        await text("Tapez le code ici")
        code = await Mailbox(tmp_path / "outbox").code_for(MARIE, timeout=STEP_TIMEOUT)
        steps = list(emu.webhook_deliveries)
        assert [url for url, _ in steps] == [backends[0], backends[1], backends[0]]

        # the identifier's update delivered again, to the other instance: handled once
        (update,) = [u for _, u in steps if u.get("message", {}).get("text") == MARIE]
        assert update["message"]["message_id"] == identifier["message_id"]
        answers = len(emu.sent(learner))
        async with aiohttp.ClientSession() as http:
            headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
            async with http.post(backends[1], json=update, headers=headers) as resp:
                assert resp.status == 200  # answered once handled: nothing came of it
            for backend in backends:  # without the secret, or with another: refused
                for refused in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
                    forged = {**update, "update_id": update["update_id"] + 1000}
                    async with http.post(backend, json=forged, headers=refused) as resp:
                        assert resp.status == 401
        assert len(emu.sent(learner)) == answers
        with session_scope(engine) as session:
            (ticket,) = session.exec(select(Ticket)).all()
            codes = session.exec(
                select(OutboxItem).where(
                    OutboxItem.channel == "email", OutboxItem.template == "verification_code"
                )
            ).all()
            assert len(codes) == 1

        # one instance stops; the webhook stays set and the other answers what follows
        instances[0].send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(instances[0].wait, 30) == 0
        assert not [m for m, _ in emu.calls if m.lower() == "deletewebhook"]
        assert emu.webhook is not None and emu.webhook["url"] == PUBLIC_URL
        before = len(emu.webhook_deliveries)
        await emu.user_sends_text(learner, f"Voici le code {code}")
        await text("votre identité est confirmée")
        await emu.user_sends_text(learner, "/status")
        await text(ticket.reference or "")
        assert {url for url, _ in emu.webhook_deliveries[before:]} == {backends[1]}
    finally:
        for process in instances:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in instances:
            try:
                await asyncio.to_thread(process.wait, 30)
            except subprocess.TimeoutExpired:
                process.kill()
        await emu.close()
        engine.dispose()
