"""IMAP-fetched mail obeys ``MAX_MESSAGE_BYTES`` as SMTP does, and loses nothing: a message over
the limit is not taken in; its header is quarantined with the reason for staff, and the message
stays in the mailbox, unread."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from tests.imap_server import DovecotServer
from tests.test_mail_e2e import ENGLISH, FRENCH, close_stack, mail, make_stack, wait_for
from workflows.config import Settings


async def test_oversized_imap_mail_is_set_aside_not_read_and_not_lost(
    engine: Engine, settings: Settings, dovecot: DovecotServer
) -> None:
    big = mail("Mes données", FRENCH + "\n" + "x" * 80 * 200, message_id="<big@exemple.fr>")
    small = mail("My data", ENGLISH, sender="j@example.com", message_id="<small@example.com>")
    assert len(big) > 10_000 > len(small)
    dovecot.append(big)
    dovecot.append(small)
    stack = await make_stack(engine, settings, imap=dovecot, max_message_bytes=10_000)
    try:
        await wait_for(lambda: len(stack.sink.messages) == 1)
        await wait_for(lambda: len(stack.inbound()) == 2)
        (ticket,) = stack.tickets()
        assert ticket.requester_address == "j@example.com"
        kept, taken = stack.inbound()
        assert kept.status == "quarantined" and taken.ticket_id == ticket.id
        assert "over MAX_MESSAGE_BYTES (10000)" in (kept.error or "")
        assert "stays in INBOX (UID 1" in (kept.error or "")
        assert kept.raw.startswith(b"From: Camille Martin") and len(kept.raw) < 1_000
        assert kept.message_id == "<big@exemple.fr>"
        # in the mailbox: the big one untouched, the small one taken in and flagged
        flags = dovecot.messages()
        assert b"\\Seen" not in flags[1] and b"\\Seen" in flags[2]
    finally:
        await close_stack(stack)
