"""Outgoing mail is safe whatever an inbound mail held: no control character reaches an outgoing
header or address, and every HTML notice is escaped."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from types import SimpleNamespace

import pytest
from sqlalchemy.engine import Engine

from mail.outbound import message_bytes
from tests.test_mail_e2e import Stack, close_stack, make_stack, wait_for
from tests.test_mail_sender import raw_mail
from workflows.config import Settings
from workflows.models import OutboxItem
from workflows.notices import Renderer
from workflows.outbox import PermanentDeliveryError

CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")


def header_block(data: bytes) -> list[bytes]:
    """The header lines of a message as sent, each checked to end in CRLF only."""
    head = data.split(b"\r\n\r\n", 1)[0]
    lines = head.split(b"\r\n")
    for line in lines:
        assert not CONTROL.search(line), line
    return lines


def names(lines: list[bytes]) -> list[str]:
    return [ln.split(b":", 1)[0].decode().lower() for ln in lines if not ln[:1].isspace()]


def test_control_characters_never_reach_an_outgoing_header(settings: Settings) -> None:
    item = OutboxItem(
        id=1,
        channel="email",
        recipient="eve@evil.test",
        template="received",
        subject="Hello\r\nBcc: victim@evil.test",
        body_text="Bonjour",
        body_html="<p>Bonjour</p>",
        headers={
            "In-Reply-To": "<a@evil.test>\r\nBcc: victim@evil.test",
            "References": "<x\x00y@evil.test>\n<z\x1b@evil.test>",
        },
        message_id="<ours@studi.fr>\x0bCc: victim@evil.test",
        language="fr\r\nX-Injected: 1",
    )
    lines = header_block(message_bytes(item, settings))
    assert "bcc" not in names(lines) and "cc" not in names(lines)
    assert "x-injected" not in names(lines)


def test_a_recipient_with_control_characters_is_never_sent(settings: Settings) -> None:
    item = OutboxItem(
        id=1, channel="email", recipient="eve@evil.test\r\nBcc: v@evil.test", template="x"
    )
    with pytest.raises(PermanentDeliveryError):
        message_bytes(item, settings)


def test_the_html_part_of_a_notice_is_escaped() -> None:
    """A learner-controlled string (the new address a rectification asks for) in a notice."""
    ticket = SimpleNamespace(
        reference="DSR-2026-000001", request_type="rectification", requester_kind="self"
    )
    hostile = '"<script>alert(1)</script>"@evil.test'
    for language in ("fr", "en"):
        notice = Renderer().render("email_changed", language, ticket=ticket, new_email=hostile)
        assert hostile in notice.text  # the text part is text
        assert "<script>" not in notice.html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in notice.html
        assert "<br>" in notice.html or "<p>" in notice.html  # the layout's own markup stays


@pytest.fixture
async def stack(engine: Engine, settings: Settings) -> AsyncIterator[Stack]:
    s = await make_stack(engine, settings)
    try:
        yield s
    finally:
        await close_stack(s)


async def test_an_inbound_mail_cannot_inject_a_header_into_the_acknowledgement(
    stack: Stack,
) -> None:
    injection = "=?utf-8?q?x=0D=0ABcc=3A_victim=40evil=2Etest=0D=0AX-Injected=3A_1?="
    raw = raw_mail(
        [f"{injection} <eve@evil.test>"],
        body="Bonjour, access à mes données svp.",
        message_id="<a\x01b@evil.test>",
        extra=(
            f"Subject: Mes {injection}",
            "In-Reply-To: <c\x02d@evil.test>",
            "References: <e\x1bf@evil.test> <g\x7fh@evil.test>",
        ),
    )
    await stack.send(raw, mail_from="eve@evil.test")
    await wait_for(lambda: len(stack.sink.messages) == 1)
    assert stack.sink.envelopes[0][1] == ["eve@evil.test"]  # nobody else got it
    (item,) = [o for o in stack.outbox() if o.channel == "email"]
    lines = header_block(message_bytes(item, stack.settings))
    assert {"bcc", "x-injected"}.isdisjoint(names(lines))
    (ack,) = stack.sink.messages
    assert ack["Bcc"] is None and ack["X-Injected"] is None
    assert ack["To"] == "eve@evil.test"
