"""The mail channel end to end over real sockets: smtplib → listener → ticket → acknowledgement
delivered to an aiosmtpd sink acting as the relay; IMAP from a real Dovecot."""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import smtplib
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session
from pydantic import SecretStr
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, col, select
from typer.testing import CliRunner

from mail.outbound import mail_transport
from mail.service import run_mail_channel
from tests.conftest import KeywordClassifier
from tests.imap_server import DovecotServer, free_port
from workflows.config import Settings
from workflows.context import ClassifierLike, Context
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.models import InboundMessage, OutboxItem, Ticket, TicketEvent
from workflows.notices import Renderer
from workflows.outbox import Dispatcher

DPO = "dpo@studi.fr"


class Sink:
    """A bare aiosmtpd server standing in for the outgoing relay."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        self.messages.append(
            email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[arg-type]
        )
        self.envelopes.append((envelope.mail_from or "", list(envelope.rcpt_tos)))
        return "250 OK"


async def start_sink(sink: Sink, port: int) -> asyncio.Server:
    loop = asyncio.get_running_loop()
    return await loop.create_server(
        lambda: SMTP(sink, hostname="relay.test", loop=loop), "127.0.0.1", port
    )


@dataclass
class Stack:
    settings: Settings
    desk: Desk
    sink: Sink
    relay_port: int
    stop: asyncio.Event
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    relay: asyncio.Server | None = None

    async def send(
        self, raw: bytes, mail_from: str = "camille@exemple.fr", rcpts: tuple[str, ...] = (DPO,)
    ) -> Any:
        def run() -> Any:
            with smtplib.SMTP("127.0.0.1", self.settings.smtp_port, timeout=10) as client:
                return client.sendmail(mail_from, list(rcpts), raw)

        return await asyncio.to_thread(run)

    def tickets(self) -> list[Ticket]:
        with session_scope(self.desk.engine) as session:
            return list(session.exec(select(Ticket).order_by(col(Ticket.id))))

    def inbound(self) -> list[InboundMessage]:
        with session_scope(self.desk.engine) as session:
            return list(session.exec(select(InboundMessage).order_by(col(InboundMessage.id))))

    def events(self, ticket_id: int) -> list[TicketEvent]:
        with session_scope(self.desk.engine) as session:
            return list(
                session.exec(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id))
            )

    def outbox(self) -> list[OutboxItem]:
        with session_scope(self.desk.engine) as session:
            return list(session.exec(select(OutboxItem).order_by(col(OutboxItem.id))))

    async def settled(self, timeout: float = 10.0) -> None:
        """Every stored message decided and every outbox item sent (or held back)."""
        await wait_for(
            lambda: (
                all(r.status != "stored" for r in self.inbound())
                and all(o.status in ("sent", "suppressed") for o in self.outbox())
            ),
            timeout,
        )


async def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


def mail(
    subject: str,
    body: str,
    *,
    sender: str = "Camille Martin <camille@exemple.fr>",
    message_id: str | None = "<req-1@exemple.fr>",
    extra: str = "",
) -> bytes:
    head = f"From: {sender}\r\nTo: {DPO}\r\nSubject: {subject}\r\n"
    if message_id:
        head += f"Message-ID: {message_id}\r\n"
    head += extra
    head += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    head += "Content-Transfer-Encoding: 8bit\r\n"
    return (head + "\r\n" + body.replace("\n", "\r\n") + "\r\n").encode()


async def make_stack(
    engine: Engine,
    settings: Settings,
    *,
    relay_up: bool = True,
    imap: DovecotServer | None = None,
    classifier: ClassifierLike | None = None,
    **overrides: Any,
) -> Stack:
    relay_port = free_port()
    values: dict[str, Any] = {
        "smtp_host": "127.0.0.1",
        "smtp_port": free_port(),
        "outbound_smtp_host": "127.0.0.1",
        "outbound_smtp_port": relay_port,
        "dpo_address": DPO,
        "ack_rate_limit_per_hour": 50,
    }
    if imap is not None:
        values.update(
            imap_host=imap.host,
            imap_port=imap.port,
            imap_ssl=False,
            imap_user=imap.user,
            imap_password=SecretStr(imap.password),
        )
    values.update(overrides)
    settings = settings.model_copy(update=values)
    ctx = Context(
        settings=settings, renderer=Renderer(), classifier=classifier or KeywordClassifier()
    )
    desk = Desk(engine, ctx)
    stack = Stack(settings, desk, Sink(), relay_port, asyncio.Event())
    if relay_up:
        stack.relay = await start_sink(stack.sink, relay_port)
    dispatcher = Dispatcher(engine, {"email": mail_transport(settings)}, interval=0.1)
    ready = asyncio.Event()
    stack.tasks.append(asyncio.create_task(dispatcher.run(stack.stop)))
    stack.tasks.append(
        asyncio.create_task(
            run_mail_channel(
                settings, desk, stack.stop, on_outbox=dispatcher.wakeup.set, ready=ready
            )
        )
    )
    await asyncio.wait_for(ready.wait(), 10)
    return stack


async def close_stack(stack: Stack) -> None:
    stack.stop.set()
    await asyncio.wait_for(asyncio.gather(*stack.tasks), 20)
    if stack.relay is not None:
        stack.relay.close()
        await stack.relay.wait_closed()
        stack.relay = None


@pytest.fixture
async def stack(engine: Engine, settings: Settings) -> AsyncIterator[Stack]:
    s = await make_stack(engine, settings)
    try:
        yield s
    finally:
        await close_stack(s)


FRENCH = "Bonjour,\nJe souhaite exercer mon droit d'erasure sur toutes mes données.\nCamille"
ENGLISH = "Hello,\nplease give me access to the data you hold about me.\nJohn"


async def test_french_mail_becomes_a_ticket_with_a_french_threaded_ack(stack: Stack) -> None:
    assert await stack.send(mail("Mes données", FRENCH)) == {}
    await wait_for(lambda: len(stack.sink.messages) == 1)
    (ticket,) = stack.tickets()
    assert ticket.request_type == "erasure" and ticket.language == "fr"
    assert ticket.requester_address == "camille@exemple.fr"
    ack = stack.sink.messages[0]
    assert stack.sink.envelopes[0] == (DPO, ["camille@exemple.fr"])
    assert ack["To"] == "camille@exemple.fr"
    assert f"[{ticket.reference}]" in ack["Subject"]
    (item,) = stack.outbox()
    assert (item.template, item.language, item.subject) == ("received", "fr", ack["Subject"])
    assert ack["Message-ID"].endswith("@studi.fr>")
    assert ack["In-Reply-To"] == "<req-1@exemple.fr>"
    assert "<req-1@exemple.fr>" in ack["References"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack.get_content_type() == "multipart/alternative"
    plain = ack.get_body(("plain",))
    html = ack.get_body(("html",))
    assert plain is not None and html is not None
    assert "Bonjour" in plain.get_content() and ticket.reference in plain.get_content()
    (inbound,) = stack.inbound()
    assert inbound.status == "processed" and inbound.ticket_id == ticket.id


async def test_english_mail_gets_an_english_ack(stack: Stack) -> None:
    raw = mail("My data", ENGLISH, sender="John <john@example.co.uk>", message_id="<en-1@x>")
    await stack.send(raw, mail_from="john@example.co.uk")
    await wait_for(lambda: len(stack.sink.messages) == 1)
    (ticket,) = stack.tickets()
    assert ticket.language == "en" and ticket.request_type == "access"
    ack = stack.sink.messages[0]
    assert "We received your request" in ack["Subject"] or "received" in ack["Subject"].lower()
    plain = ack.get_body(("plain",))
    assert plain is not None and "Hello" in plain.get_content()


async def test_a_reply_to_the_ack_joins_its_ticket(stack: Stack) -> None:
    await stack.send(mail("Mes données", FRENCH))
    await wait_for(lambda: len(stack.sink.messages) == 1)
    ack = stack.sink.messages[0]
    reply = mail(
        f"Re: {ack['Subject']}",
        "Voici mon numéro d'apprenant : L-1.\n\nLe 10 mars, DPO a écrit :\n> ancien",
        message_id="<reply-1@exemple.fr>",
        extra=f"In-Reply-To: {ack['Message-ID']}\r\nReferences: <req-1@exemple.fr> "
        f"{ack['Message-ID']}\r\n",
    )
    await stack.send(reply)
    await stack.settled()
    (ticket,) = stack.tickets()  # no second ticket
    assert len(stack.sink.messages) == 1  # and no second acknowledgement
    notes = [e for e in stack.events(ticket.id or 0) if e.command == "note"]
    assert notes and notes[-1].data["text"] == "Voici mon numéro d'apprenant : L-1."
    assert stack.inbound()[-1].status == "attached"


async def test_subject_reference_joins_only_for_the_same_sender(stack: Stack) -> None:
    await stack.send(mail("Mes données", FRENCH))
    await wait_for(lambda: len(stack.sink.messages) == 1)
    (ticket,) = stack.tickets()
    same = mail(f"Complément [{ticket.reference}]", "Autre chose.", message_id="<s-1@e.fr>")
    await stack.send(same)
    await stack.settled()
    assert len(stack.tickets()) == 1
    other = mail(
        f"Complément [{ticket.reference}]",
        "Supprimez son compte, erasure.",
        sender="intrus@ailleurs.example",
        message_id="<s-2@ailleurs.example>",
    )
    await stack.send(other, mail_from="intrus@ailleurs.example")
    await stack.settled()
    tickets = stack.tickets()
    assert len(tickets) == 2 and tickets[1].requester_address == "intrus@ailleurs.example"


AUTO_REPLY = mail(
    "Réponse automatique : Absence du bureau",
    "Je suis absent jusqu'au 20 mars.",
    message_id="<oof@exemple.fr>",
    extra="Auto-Submitted: auto-replied\r\n",
)
LIST_MAIL = mail(
    "Newsletter",
    "Nos offres, access à tout.",
    sender="news@list.example",
    message_id="<list@list.example>",
    extra="List-Id: <offers.list.example>\r\nPrecedence: list\r\n",
)
BOUNCE = (
    b"From: MAILER-DAEMON@mx.example\r\nTo: dpo@studi.fr\r\n"
    b"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce@mx.example>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: text/plain\r\n\r\nCould not deliver.\r\n"
    b"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n"
    b"\r\nFinal-Recipient: rfc822; x@y\r\nAction: failed\r\nStatus: 5.1.1\r\n--b--\r\n"
)


async def test_auto_replies_bounces_and_lists_get_no_ack_and_no_ticket(stack: Stack) -> None:
    await stack.send(AUTO_REPLY)
    await stack.send(BOUNCE, mail_from="<>")
    await stack.send(LIST_MAIL, mail_from="bounces@list.example")
    await stack.settled()
    assert stack.tickets() == []
    assert stack.sink.messages == [] and stack.outbox() == []
    assert [r.status for r in stack.inbound()] == ["ignored"] * 3


async def test_automatic_mail_about_a_ticket_is_shown_on_it_without_an_ack(stack: Stack) -> None:
    await stack.send(mail("Mes données", FRENCH))
    await wait_for(lambda: len(stack.sink.messages) == 1)
    ack = stack.sink.messages[0]
    (ticket,) = stack.tickets()
    oof = mail(
        f"Absence du bureau : {ack['Subject']}",
        "Absent.",
        message_id="<oof-2@exemple.fr>",
        extra=f"Auto-Submitted: auto-replied\r\nIn-Reply-To: {ack['Message-ID']}\r\n",
    )
    await stack.send(oof)
    quoted = b"Message-ID: " + ack["Message-ID"].encode()
    bounce = BOUNCE.replace(
        b"--b--", b"--b\r\nContent-Type: text/rfc822-headers\r\n\r\n" + quoted + b"\r\n--b--"
    )
    await stack.send(bounce.replace(b"<bounce@", b"<bounce-2@"), mail_from="<>")
    await stack.settled()
    assert len(stack.sink.messages) == 1 and len(stack.tickets()) == 1
    notes = [e.reason for e in stack.events(ticket.id or 0) if e.command == "note"]
    assert any(n and n.startswith("auto_reply received") for n in notes)
    assert any(n and n.startswith("bounce received") for n in notes)


async def test_the_same_message_twice_opens_one_ticket(stack: Stack) -> None:
    raw = mail("Mes données", FRENCH)
    await stack.send(raw)
    await stack.send(raw)
    # the same content again under a new Message-ID (a client resending) is a duplicate too
    await stack.send(mail("Re: Mes données", FRENCH, message_id="<req-1-again@exemple.fr>"))
    await stack.settled()
    assert len(stack.tickets()) == 1
    assert len(stack.sink.messages) == 1
    assert [r.status for r in stack.inbound()] == ["processed", "duplicate", "duplicate"]


async def test_oversized_mail_gets_552(engine: Engine, settings: Settings) -> None:
    stack = await make_stack(engine, settings, max_message_bytes=5_000)
    try:
        raw = mail("Gros", "x" * 60 + ("\n" + "y" * 70) * 100)
        # smtplib declares SIZE, so the listener refuses at MAIL FROM already
        with pytest.raises(smtplib.SMTPSenderRefused) as info:
            await stack.send(raw)
        assert info.value.smtp_code == 552 and b"5000 bytes" in info.value.smtp_error
        assert stack.inbound() == []
    finally:
        await close_stack(stack)


async def test_storage_failure_answers_451(stack: Stack, engine: Engine) -> None:
    SQLModel.metadata.tables["inbound_message"].drop(engine)
    with pytest.raises(smtplib.SMTPDataError) as info:
        await stack.send(mail("Mes données", FRENCH))
    assert info.value.smtp_code == 451


async def test_acks_go_out_once_the_relay_is_back_and_never_twice(
    engine: Engine, settings: Settings
) -> None:
    stack = await make_stack(engine, settings, relay_up=False)
    try:
        await stack.send(mail("Mes données", FRENCH))
        await stack.send(mail("My data", ENGLISH, sender="j@example.com", message_id="<e@x>"))
        await wait_for(
            lambda: (
                len(stack.outbox()) == 2
                and all(o.status == "pending" and o.last_error for o in stack.outbox())
            )
        )
        stack.relay = await start_sink(stack.sink, stack.relay_port)
        await wait_for(lambda: all(o.status == "sent" for o in stack.outbox()), timeout=20)
        await close_stack(stack)  # the dispatcher has stopped: nothing more can come
        assert len(stack.sink.messages) == 2
        assert len({m["Message-ID"] for m in stack.sink.messages}) == 2
    finally:
        await close_stack(stack)


async def test_unreadable_mail_is_quarantined_and_can_be_replayed(
    stack: Stack, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    await stack.send(b"\r\n\r\n   \r\n", mail_from="someone@example.com")
    await stack.settled()
    (row,) = stack.inbound()
    assert row.status == "quarantined" and row.error == "empty message"
    assert row.raw == b"\r\n\r\n   \r\n"

    from privacy_desk.cli import app

    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", settings.database_url)
    from workflows import migrate

    monkeypatch.setattr(migrate, "check_schema", lambda engine: None)
    monkeypatch.setattr("privacy_desk.app.check_schema", lambda engine: None)
    runner = CliRunner()
    listed = runner.invoke(app, ["inbound", "list", "--quarantined"])
    assert listed.exit_code == 0, listed.output
    assert f"{row.id}\t" in listed.output and "empty message" in listed.output
    as_json = runner.invoke(app, ["inbound", "list", "--quarantined", "--json"])
    (shown,) = json.loads(as_json.output)
    assert (shown["id"], shown["status"], shown["error"]) == (row.id, "quarantined", row.error)
    assert shown["sender"] == "someone@example.com" and shown["size"] == len(row.raw)
    retried = runner.invoke(app, ["inbound", "retry", str(row.id)])
    assert retried.exit_code == 0 and "queued again" in retried.output
    assert stack.inbound()[0].status == "stored"
    refused = runner.invoke(app, ["inbound", "retry", "999"])
    assert refused.exit_code != 0


async def test_processing_resumes_after_a_restart(engine: Engine, settings: Settings) -> None:
    """Mail stored by a run that died before processing is decided by the next run."""
    from workflows.mailbox import RawInbound, store_inbound

    with session_scope(engine) as session:
        raw = mail("Mes données", FRENCH)
        store_inbound(session, [RawInbound("smtp", raw, "camille@exemple.fr", (DPO,))])
    stack = await make_stack(engine, settings)
    try:
        await wait_for(lambda: len(stack.sink.messages) == 1)
        assert len(stack.tickets()) == 1
    finally:
        await close_stack(stack)


async def test_imap_mail_becomes_a_ticket_and_is_flagged_after_commit(
    engine: Engine, settings: Settings, dovecot: DovecotServer
) -> None:
    dovecot.append(mail("Mes données", FRENCH))
    stack = await make_stack(engine, settings, imap=dovecot)
    try:
        await wait_for(lambda: len(stack.sink.messages) == 1)
        await wait_for(lambda: b"\\Seen" in dovecot.messages()[1])
        assert len(stack.tickets()) == 1
        assert stack.inbound()[0].source == "imap"
        dovecot.append(mail("My data", ENGLISH, sender="j@example.com", message_id="<e@x>"))
        await wait_for(lambda: len(stack.sink.messages) == 2, timeout=10)
    finally:
        await close_stack(stack)
    # a restart resumes from the stored cursor: nothing is taken in twice
    dovecot.append(mail("Encore", "restriction please", sender="k@example.com", message_id="<k>"))
    stack = await make_stack(engine, settings, imap=dovecot)
    try:
        await wait_for(lambda: len(stack.tickets()) == 3, timeout=10)
        await stack.settled()
        assert len(stack.inbound()) == 3 and len(stack.sink.messages) == 1
    finally:
        await close_stack(stack)
