"""The SMTP listener over a real socket, driven by the standard library's smtplib."""

from __future__ import annotations

import asyncio
import smtplib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import pytest
from aiosmtpd.smtp import SMTP

from mail.smtp import IntakeSMTP, start_smtp_server
from tests.imap_server import free_port

RAW = (
    b"From: Camille <camille@exemple.fr>\r\nTo: dpo@comptalia.com\r\n"
    b"Subject: =?utf-8?q?Acc=C3=A8s?=\r\nMessage-ID: <smtp-1@exemple.fr>\r\n\r\n"
    b"Bonjour, je veux une copie de mes donn\xc3\xa9es.\r\n"
)


@dataclass
class Store:
    stored: list[tuple[bytes, str, list[str]]] = field(default_factory=list)
    fail: bool = False
    delay: float = 0.0

    async def __call__(self, raw: bytes, mail_from: str, rcpt_tos: list[str]) -> None:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail:
            raise RuntimeError("database is down")
        self.stored.append((raw, mail_from, rcpt_tos))


@dataclass
class Listener:
    port: int
    store: Store

    async def send(self, fn: Callable[[smtplib.SMTP], object]) -> object:
        def run() -> object:
            with smtplib.SMTP("127.0.0.1", self.port, timeout=10) as client:
                return fn(client)

        return await asyncio.to_thread(run)


@pytest.fixture
async def listener() -> AsyncIterator[Listener]:
    store = Store()
    port = free_port()
    server = await start_smtp_server(
        host="127.0.0.1",
        port=port,
        accepted=["DPO@comptalia.com", "@ecolems.fr"],
        store=store,
        max_message_bytes=10_000,
        hostname="privacy-desk.test",
    )
    try:
        yield Listener(port, store)
    finally:
        server.close()
        await server.wait_closed()


async def test_accepted_message_is_stored_before_250(listener: Listener) -> None:
    result = await listener.send(
        lambda c: c.sendmail("camille@exemple.fr", ["dpo@COMPTALIA.com"], RAW)
    )
    assert result == {}
    ((raw, mail_from, rcpts),) = listener.store.stored
    assert raw == RAW  # bytes exactly as sent, 8-bit body included
    assert mail_from == "camille@exemple.fr"
    assert rcpts == ["dpo@COMPTALIA.com"]


async def test_domain_entry_and_null_sender(listener: Listener) -> None:
    await listener.send(lambda c: c.sendmail("<>", ["dpo@ecolems.fr"], RAW))
    assert listener.store.stored[0][1] == ""


async def test_unknown_recipient_is_refused_with_550(listener: Listener) -> None:
    def send(client: smtplib.SMTP) -> object:
        client.ehlo()
        client.mail("camille@exemple.fr")
        return client.rcpt("someone@comptalia.com")

    code, message = await listener.send(send)  # type: ignore[misc]
    assert code == 550 and b"5.1.1" in message
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        await listener.send(lambda c: c.sendmail("a@b.fr", ["x@comptalia.com"], RAW))
    assert listener.store.stored == []


async def test_oversized_message_gets_552_with_the_limit(listener: Listener) -> None:
    big = RAW + (b"x" * 70 + b"\r\n") * 300

    def send(client: smtplib.SMTP) -> object:
        client.ehlo()
        client.mail("camille@exemple.fr")  # no SIZE: the server counts the data itself
        client.rcpt("dpo@comptalia.com")
        return client.data(big)

    code, message = await listener.send(send)  # type: ignore[misc]
    assert code == 552
    assert b"10000 bytes" in message
    assert listener.store.stored == []


async def test_declared_size_over_the_limit_gets_552(listener: Listener) -> None:
    def send(client: smtplib.SMTP) -> object:
        client.ehlo()
        assert client.has_extn("size") and client.esmtp_features["size"] == "10000"
        return client.mail("camille@exemple.fr", ["SIZE=50000"])

    code, message = await listener.send(send)  # type: ignore[misc]
    assert code == 552 and b"10000 bytes" in message


async def test_storage_failure_answers_451_never_5xx(listener: Listener) -> None:
    listener.store.fail = True
    with pytest.raises(smtplib.SMTPDataError) as info:
        await listener.send(lambda c: c.sendmail("a@b.fr", ["dpo@comptalia.com"], RAW))
    assert info.value.smtp_code == 451
    assert info.value.smtp_error.startswith(b"4.3.0")


async def test_smtputf8_is_offered_and_accepted(listener: Listener) -> None:
    raw = "From: Zoë <zoë@exemple.fr>\r\nTo: dpo@comptalia.com\r\n\r\nBonjour\r\n".encode()

    def send(client: smtplib.SMTP) -> object:
        client.ehlo()
        assert client.has_extn("smtputf8")
        return client.sendmail("zoë@exemple.fr", ["dpo@comptalia.com"], raw, ["SMTPUTF8"])

    assert await listener.send(send) == {}
    assert listener.store.stored[0][:2] == (raw, "zoë@exemple.fr")


async def test_concurrent_clients(listener: Listener) -> None:
    listener.store.delay = 0.05
    await asyncio.gather(
        *(
            listener.send(lambda c: c.sendmail("a@b.fr", ["dpo@comptalia.com"], RAW))
            for _ in range(10)
        )
    )
    assert len(listener.store.stored) == 10


@pytest.mark.parametrize(
    "arg",
    [
        "<learner12.real0@exemple.fr>",
        "<Camille.Martin+rgpd@Exemple.FR> SIZE=300 BODY=8BITMIME",
        "<a@b.c>  SIZE=1",
        "<a@b.c> (comment) SIZE=1",
        "<a@b.c>\tSIZE=1",
        "<a@b.c> ",
        "<a@b.c>\n",
        "<a@b.c>x",
        "<a@b..c>",
        "<a@b.c.>",
        "<a..b@c.d>",
        "< a@b.c>",
        '<"x y"@b.c>',
        "<a@[192.0.2.1]>",
        "<@relay.example:a@b.c>",
        "<camille@exemplé.fr> SMTPUTF8",
        "<>",
        "a@b.c",
        "<a@b.c",
        "<" + "l" * 65 + "@b.c>",
    ],
)
async def test_addresses_are_read_as_aiosmtpd_reads_them(arg: str) -> None:
    """The listener reads plain ``<local@domain>`` paths itself (aiosmtpd's parser is a large
    part of a message's cost): it must read every path, plain or not, exactly as aiosmtpd."""

    class Handler:
        pass

    loop = asyncio.get_running_loop()  # else aiosmtpd makes an event loop of its own
    ours, theirs = IntakeSMTP(Handler(), loop=loop), SMTP(Handler(), loop=loop)
    ours.local_part_limit = theirs.local_part_limit = 64
    assert ours._getaddr(arg) == theirs._getaddr(arg)
