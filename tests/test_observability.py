"""What an operator watches, over real HTTP on the console's port: liveness, readiness (database
and schema), Prometheus figures for the configured networks or a token only; and the service
log, as text or JSON, without anyone's address or name."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import signal
import smtplib
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import timedelta
from email.message import EmailMessage
from ipaddress import ip_network
from pathlib import Path

import httpx
import pytest
from aiosmtpd.controller import Controller
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr
from sqlalchemy import text

from privacy_desk.logs import configure_logging
from tests.conftest import Clock, KeywordClassifier
from tests.test_fulfilment import LEARNERS, _code, _submit
from tests.test_web_serve import free_port
from web.server import run_console
from workflows.config import Settings
from workflows.context import Context
from workflows.db import make_engine, session_scope
from workflows.desk import Desk
from workflows.intake import Submission
from workflows.learners import import_learners
from workflows.mailbox import RawInbound, quarantine, store_inbound
from workflows.migrate import downgrade, head_revision, upgrade
from workflows.notices import Renderer
from workflows.requests import RequestType as T
from workflows.staff import add_staff

ROOT = Path(__file__).resolve().parent.parent


@asynccontextmanager
async def console(desk: Desk, settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The console of ``desk`` served by uvicorn on a free port, and a client for it."""
    port = free_port()
    stop = asyncio.Event()
    served = settings.model_copy(update={"web_port": port})
    running = asyncio.create_task(run_console(desk, served, stop))
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for _ in range(100):
            try:
                await client.get("/healthz")
                break
            except httpx.ConnectError:
                await asyncio.sleep(0.05)
        yield client
    stop.set()
    await asyncio.wait_for(running, 10)


def figures(page: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a Prometheus page, by name and labels."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(page)
        for sample in family.samples
    }


@pytest.fixture
def upgraded(database_url: str, settings: Settings, clock: Clock) -> Iterator[Desk]:
    """A desk on a database made by the migrations (readiness reads their revision)."""
    upgrade(database_url)
    engine = make_engine(database_url)
    ctx = Context(
        settings=settings, renderer=Renderer(), classifier=KeywordClassifier(), clock=clock
    )
    yield Desk(engine, ctx)
    engine.dispose()


async def test_liveness_and_readiness_follow_the_database_and_its_schema(
    upgraded: Desk, settings: Settings, database_url: str
) -> None:
    async with console(upgraded, settings) as client:
        assert (await client.get("/healthz")).text == "ok"
        ready = await client.get("/readyz")
        assert ready.status_code == 200 and ready.text.startswith("ready: schema at 0")
        with session_scope(upgraded.engine) as session:  # a newer release migrated it
            session.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
        newer = await client.get("/readyz")
        assert newer.status_code == 200 and "newer than this code" in newer.text
        with session_scope(upgraded.engine) as session:
            session.execute(
                text("UPDATE alembic_version SET version_num = :head"),
                {"head": head_revision(database_url)},
            )
    upgraded.engine.dispose()
    downgrade(database_url, "-1")
    async with console(upgraded, settings) as client:
        behind = await client.get("/readyz")
        assert behind.status_code == 503 and "run privacy-desk db upgrade" in behind.text
        assert (await client.get("/healthz")).status_code == 200  # alive all the same


async def test_readiness_says_when_the_database_does_not_answer(settings: Settings) -> None:
    nowhere = make_engine("postgresql+psycopg://postgres@127.0.0.1:1/none", pooled=False)
    desk = Desk(nowhere, Context(settings=settings, renderer=Renderer(), classifier=None))  # type: ignore[arg-type]
    async with console(desk, settings) as client:
        answer = await client.get("/readyz")
        assert (answer.status_code, answer.text) == (503, "database unreachable")
        scraped = figures((await client.get("/metrics")).text)
    assert scraped[("privacy_desk_database_up", ())] == 0
    assert not [name for name, _ in scraped if name.startswith("privacy_desk_tickets")]


async def test_metrics_only_for_the_configured_networks_or_the_token(
    desk: Desk, settings: Settings
) -> None:
    elsewhere = settings.model_copy(update={"metrics_networks": [ip_network("10.0.0.0/8")]})
    guarded = settings.model_copy(
        update={
            "metrics_networks": [ip_network("10.0.0.0/8")],
            "metrics_token": SecretStr("s3cret-scrape"),
        }
    )
    async with console(desk, settings) as client:  # the loopback is allowed by default
        assert (await client.get("/metrics")).status_code == 200
    desk.ctx.settings = elsewhere
    async with console(desk, elsewhere) as client:
        assert (await client.get("/metrics")).status_code == 403
        assert (await client.get("/healthz")).status_code == 200
    desk.ctx.settings = guarded
    async with console(desk, guarded) as client:
        wrong = await client.get("/metrics", headers={"authorization": "Bearer guess"})
        right = await client.get("/metrics", headers={"authorization": "Bearer s3cret-scrape"})
    assert wrong.status_code == 403
    assert right.status_code == 200 and "privacy_desk_tickets" in right.text


async def test_metrics_count_messages_tickets_overdue_outbox_and_failures(
    desk: Desk, settings: Settings, clock: Clock
) -> None:
    desk.run(lambda s: import_learners(s, io.StringIO(LEARNERS)))
    desk.run(lambda s: add_staff(s, "claire"))
    first = _submit(desk, "alice@example.fr", (T.ACCESS,))
    _submit(desk, "bob@example.com", (T.ERASURE,))
    assert desk.open_requests(classified(desk)).tickets
    assert desk.confirm_code(first.thread_key, "000000").value != "confirmed"
    assert _code(desk, "alice@example.fr")
    ids = desk.run(
        lambda s: store_inbound(
            s, [RawInbound("smtp", b"Subject: x\r\n\r\nunreadable", "a@b.fr", ("dpo@studi.fr",))]
        )
    )
    desk.run(lambda s: quarantine(s, ids[0], "unreadable"))
    async with console(desk, settings) as client:
        before = figures((await client.get("/metrics")).text)
        clock.now += timedelta(days=45)
        after = figures((await client.get("/metrics")).text)
    assert before[("privacy_desk_database_up", ())] == 1
    assert before[("privacy_desk_tickets", (("state", "awaiting_identity"),))] == 3
    assert before[("privacy_desk_tickets_overdue", ())] == 0
    assert after[("privacy_desk_tickets_overdue", ())] == 3
    assert before[("privacy_desk_outbox_items", (("status", "pending"),))] >= 6  # acks and codes
    assert after[("privacy_desk_outbox_oldest_pending_seconds", ())] >= 45 * 86400
    assert before[("privacy_desk_messages_received_total", (("source", "smtp"),))] == 1
    assert before[("privacy_desk_messages_quarantined_total", ())] == 1
    assert before[("privacy_desk_inbound_waiting", ())] == 0
    assert before[("privacy_desk_verification_failures_total", ())] == 1
    assert before[("privacy_desk_classifications_total", (("confidence", "ok"),))] == 1


def classified(desk: Desk) -> Submission:
    """A request the classifier reads (the tests' keyword classifier)."""
    return Submission(
        channel="email",
        requester_address="old@example.fr",
        received_at=desk.ctx.now(),
        subject="erasure",
        text="Please erasure of my data",
        message_id="<classified@mail.example>",
    )


def test_json_log_lines_mask_addresses_in_messages_and_tracebacks(settings: Settings) -> None:
    stream = io.StringIO()
    configure_logging(settings.model_copy(update={"log_format": "json"}), stream)
    try:
        log = logging.getLogger("privacy_desk.test")
        log.info("relay said: 550 <%s> unknown", "alice.martin@example.fr")
        try:
            raise ValueError("bad address alice.martin@example.fr")
        except ValueError:
            log.exception("delivery failed")
    finally:
        logging.getLogger().handlers.clear()
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["level"] for line in lines] == ["INFO", "ERROR"]
    assert lines[0]["message"] == "relay said: 550 <[address]> unknown"
    assert lines[1]["exception"] == "ValueError" and "[address]" in lines[1]["traceback"]
    assert "alice.martin" not in stream.getvalue()


class RefusingRelay:
    """A relay that refuses every recipient, quoting the address as relays do."""

    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"


@pytest.mark.slow
def test_the_service_log_never_holds_a_senders_address_or_name(
    database_url: str, tmp_path: Path
) -> None:
    """``privacy-desk serve`` as deployed (JSON log, DEBUG level) takes a request from a learner,
    refuses a stranger's recipient, and cannot deliver the acknowledgement through a relay that
    quotes the address: the log says so without the address or the name."""
    relay = Controller(RefusingRelay(), hostname="127.0.0.1", port=free_port())
    relay.start()
    smtp_port, web_port = free_port(), free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PRIVACY_DESK_DATABASE_URL": database_url,
        "PRIVACY_DESK_SMTP_PORT": str(smtp_port),
        "PRIVACY_DESK_WEB_PORT": str(web_port),
        "PRIVACY_DESK_OUTBOUND_SMTP_HOST": "127.0.0.1",
        "PRIVACY_DESK_OUTBOUND_SMTP_PORT": str(relay.port),
        "PRIVACY_DESK_OUTBOX_DIR": str(tmp_path / "outbox"),
        "PRIVACY_DESK_PROOF_KEY_FILE": str(tmp_path / "proof.key"),
        "PRIVACY_DESK_LOG_FORMAT": "json",
        "PRIVACY_DESK_LOG_LEVEL": "DEBUG",
    }
    env.pop("PRIVACY_DESK_TELEGRAM_TOKEN", None)
    learners = tmp_path / "learners.csv"
    learners.write_text(
        "learner_id,email,first_name,last_name,phone,birth_date,language,brand\n"
        "L777,amelie.rousseau@example.fr,Amélie,Rousseau,,1991-02-03,fr,COMPTALIA\n"
    )
    cli = [sys.executable, "-m", "privacy_desk.cli"]
    for command in (["db", "upgrade"], ["learners", "import", str(learners)]):
        subprocess.run([*cli, *command], env=env, check=True, capture_output=True, cwd=tmp_path)
    server = subprocess.Popen(
        [*cli, "serve", "--channels", "mail,web"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{web_port}") as client:
            assert _wait(lambda: client.get("/readyz").status_code == 200)
            message = EmailMessage()
            message["From"] = "Amélie Rousseau <amelie.rousseau@example.fr>"
            message["To"] = "dpo@studi.fr"
            message["Subject"] = "Suppression de mes données"
            message["Message-ID"] = "<req-1@example.fr>"
            message.set_content("Bonjour, je demande l'effacement de mes données. Amélie Rousseau")
            with smtplib.SMTP("127.0.0.1", smtp_port) as smtp:
                with pytest.raises(smtplib.SMTPRecipientsRefused):
                    smtp.sendmail("stranger@elsewhere.example", ["nobody@studi.fr"], "x")
                smtp.send_message(message)

            def answered() -> bool:
                page = figures(client.get("/metrics").text)
                return page.get(("privacy_desk_intake_seconds_count", ()), 0) == 1

            decided = _wait(answered)
            time.sleep(3)  # the acknowledgement's first try at the relay, which refuses it
            page = figures(client.get("/metrics").text)
    finally:
        server.send_signal(signal.SIGTERM)
        out, err = server.communicate(timeout=30)
        relay.stop()
    assert decided, err
    assert page[("privacy_desk_messages_received_total", (("source", "smtp"),))] == 1
    assert page[("privacy_desk_messages_refused_total", (("code", "550"),))] == 1
    assert page[("privacy_desk_intake_seconds_count", ())] == 1
    records = [json.loads(line) for line in err.splitlines() if line.strip()]
    assert records, err
    assert any("not delivered" in r["message"] and "[address]" in r["message"] for r in records)
    for needle in ("amelie", "rousseau", "amélie", "stranger@", "nobody@"):
        assert needle not in (out + err).lower(), needle


def _wait(condition: Callable[[], bool], seconds: float = 60) -> bool:
    """Whether ``condition`` came true within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return False
