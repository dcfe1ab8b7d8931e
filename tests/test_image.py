"""The container image (``deploy/Dockerfile``) built and run with podman, on the host's network
and a fresh PostgreSQL database: ``db upgrade`` brings the schema to the code's revision, the
service runs as the unprivileged user, answers ``/healthz``, ``/readyz``, its own
``HEALTHCHECK`` and SMTP (250, the mail stored), and stops cleanly on SIGTERM; two instances on
one database each take mail, and their acknowledgements leave through the relay.

Run only when ``PRIVACY_DESK_TEST_IMAGE_BASE`` names the base image to build on
(``python:3.11-slim``, or without a registry the one ``scripts/image-services`` makes):
``make image-check``. Set, the tests fail, never skip, when podman or the base is missing.
"""

from __future__ import annotations

import asyncio
import os
import smtplib
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlmodel import select

from tests.imap_server import free_port
from tests.test_mail_e2e import Sink, mail, start_sink
from workflows.db import make_engine, session_scope
from workflows.migrate import readiness
from workflows.models import InboundMessage

ROOT = Path(__file__).resolve().parent.parent
IMAGE = "localhost/privacy-desk:check"
DESK_UID = 10001  # the Dockerfile's user `desk`

pytestmark = [pytest.mark.image, pytest.mark.timeout(1200)]


def podman(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["podman", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"{result.args}: {result.stderr or result.stdout}"
    return result.stdout


@pytest.fixture(scope="module")
def image() -> str:
    """The image built from this tree on ``PRIVACY_DESK_TEST_IMAGE_BASE`` (in the docker
    format: the OCI format has no HEALTHCHECK)."""
    base = os.environ["PRIVACY_DESK_TEST_IMAGE_BASE"]
    ok(
        podman(
            "build", "--format", "docker", "--network", "host", "--build-arg",
            f"BASE_IMAGE={base}", "-f", str(ROOT / "deploy" / "Dockerfile"), "-t", IMAGE,
            str(ROOT), timeout=1100,
        )
    )  # fmt: skip
    return IMAGE


class Instance:
    """One container of the image serving on the host's network."""

    def __init__(self, image: str, env: dict[str, str]) -> None:
        self.name = f"desk-check-{uuid.uuid4().hex[:8]}"
        self.smtp_port = free_port()
        self.web_port = free_port()
        env = {
            **env,
            "PRIVACY_DESK_SMTP_PORT": str(self.smtp_port),
            "PRIVACY_DESK_WEB_PORT": str(self.web_port),
        }
        options = [arg for key, value in env.items() for arg in ("-e", f"{key}={value}")]
        ok(podman("run", "-d", "--name", self.name, "--network", "host", *options, image))

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.web_port}{path}"

    def logs(self) -> str:
        result = podman("logs", self.name)
        return result.stdout + result.stderr

    def wait_until_serving(self) -> None:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2):
                    return
            except OSError:
                running = podman("inspect", "--format", "{{.State.Running}}", self.name)
                assert running.stdout.strip() == "true", f"exited:\n{self.logs()}"
                assert time.monotonic() < deadline, f"no /healthz answer:\n{self.logs()}"
                time.sleep(0.5)

    def remove(self) -> None:
        podman("rm", "--force", "--time", "0", self.name)


def upgraded(image: str, database_url: str) -> None:
    """``privacy-desk db upgrade`` run from the image, as compose's ``migrate`` service does."""
    ok(
        podman(
            "run", "--rm", "--network", "host", "-e", f"PRIVACY_DESK_DATABASE_URL={database_url}",
            image, "db", "upgrade",
        )
    )  # fmt: skip


def sent(port: int, raw: bytes, sender: str) -> int:
    """The SMTP reply code to the end of the message's data."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo()
        client.mail(sender)
        client.rcpt("dpo@studi.fr")
        code, _ = client.data(raw)
        return code


def service_env(database_url: str, **more: str) -> dict[str, str]:
    return {
        "PRIVACY_DESK_DATABASE_URL": database_url,
        "PRIVACY_DESK_PROOF_KEY": Fernet.generate_key().decode(),
        **more,
    }


@pytest.fixture
def instances() -> Iterator[list[Instance]]:
    started: list[Instance] = []
    yield started
    for instance in started:
        instance.remove()


def test_the_image_migrates_serves_as_desk_answers_health_and_smtp_and_stops_on_sigterm(
    image: str, pg_database_url: str, instances: list[Instance]
) -> None:
    engine = make_engine(pg_database_url, pooled=False)
    try:
        assert readiness(engine)[0] is False  # an empty database is not ready
        upgraded(image, pg_database_url)
        assert readiness(engine)[0] is True, readiness(engine)[1]

        desk = Instance(image, service_env(pg_database_url))
        instances.append(desk)
        desk.wait_until_serving()
        status = ok(podman("exec", desk.name, "cat", "/proc/1/status"))
        uids = next(line for line in status.splitlines() if line.startswith("Uid:"))
        assert uids.split()[1:] == [str(DESK_UID)] * 4  # real, effective, saved, filesystem
        with urllib.request.urlopen(desk.url("/readyz"), timeout=5) as response:
            assert response.status == 200
        ok(podman("healthcheck", "run", desk.name))  # the Dockerfile's HEALTHCHECK

        raw = mail("Accès", "Je veux une copie de mes données.", message_id="<image-1@x.fr>")
        assert sent(desk.smtp_port, raw, "camille@exemple.fr") == 250
        with session_scope(engine) as session:
            stored = session.exec(
                select(InboundMessage).where(InboundMessage.message_id == "<image-1@x.fr>")
            ).all()
        assert len(stored) == 1

        ok(podman("kill", "--signal", "TERM", desk.name))
        assert ok(podman("wait", desk.name, timeout=60)).strip() == "0", desk.logs()
        assert "Privacy Desk stopped." in desk.logs()
    finally:
        engine.dispose()


async def test_two_instances_on_one_database_take_mail_and_send_through_the_relay(
    image: str, pg_database_url: str, instances: list[Instance]
) -> None:
    relay, relay_port = Sink(), free_port()
    server = await start_sink(relay, relay_port)
    try:
        await asyncio.to_thread(upgraded, image, pg_database_url)
        env = service_env(
            pg_database_url,
            PRIVACY_DESK_OUTBOUND_SMTP_HOST="127.0.0.1",
            PRIVACY_DESK_OUTBOUND_SMTP_PORT=str(relay_port),
        )
        for _ in range(2):
            instances.append(Instance(image, env))
        for instance in instances:
            await asyncio.to_thread(instance.wait_until_serving)
        senders = [f"learner{n}@exemple.fr" for n in range(len(instances))]
        for n, (instance, sender) in enumerate(zip(instances, senders, strict=True)):
            raw = mail("Effacement", "Supprimez mes données.", sender=sender,
                       message_id=f"<image-{n}@x.fr>")  # fmt: skip
            assert await asyncio.to_thread(sent, instance.smtp_port, raw, sender) == 250

        def acknowledged() -> Counter[str]:
            return Counter(rcpt for _, rcpts in relay.envelopes for rcpt in rcpts)

        deadline = time.monotonic() + 60
        while not set(senders) <= set(acknowledged()):
            assert time.monotonic() < deadline, (relay.envelopes, [i.logs() for i in instances])
            await asyncio.sleep(0.5)
        assert [acknowledged()[sender] for sender in senders] == [1, 1]
    finally:
        server.close()
        await server.wait_closed()
