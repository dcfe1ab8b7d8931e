"""Outbound mail: turn outbox items into RFC 5322 messages and hand them to the relay.

With no relay configured, messages are written as ``.eml`` files to ``OUTBOX_DIR`` (the embedded
default); otherwise they go through ``OUTBOUND_SMTP_HOST`` with aiosmtplib.
"""

from __future__ import annotations

import base64
import os
import tempfile
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import aiosmtplib

from workflows.config import Settings
from workflows.models import OutboxItem, utcnow
from workflows.outbox import PermanentDeliveryError, TransientDeliveryError

SENDER_NAME = "Délégué à la protection des données"


def build_message(item: OutboxItem, settings: Settings) -> EmailMessage:
    """The message for an outbox item: text and HTML parts, threading headers, attachments."""
    message = EmailMessage()
    message["From"] = Address(SENDER_NAME, addr_spec=settings.dpo_address)
    message["To"] = item.recipient
    message["Subject"] = item.subject
    message["Date"] = format_datetime(item.created_at or utcnow())
    if item.message_id:
        message["Message-ID"] = item.message_id
    for name, value in item.headers.items():
        message[name] = value
    message["Content-Language"] = item.language
    message.set_content(item.body_text)
    if item.body_html:
        message.add_alternative(item.body_html, subtype="html")
    for attachment in item.attachments:
        maintype, _, subtype = str(attachment["content_type"]).partition("/")
        message.add_attachment(
            base64.b64decode(attachment["data_b64"]),
            maintype=maintype,
            subtype=subtype or "octet-stream",
            filename=str(attachment["filename"]),
        )
    return message


class FileTransport:
    """Writes each message atomically as ``<outbox id>.eml`` in a folder."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.folder = Path(settings.outbox_dir)

    async def send(self, item: OutboxItem) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = bytes(build_message(item, self.settings))
        target = self.folder / f"{item.id:08d}.eml"
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)


class SmtpTransport:
    """Sends through the configured relay; relay trouble is transient, refusals permanent."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def send(self, item: OutboxItem) -> None:
        settings = self.settings
        password = settings.outbound_smtp_password
        try:
            await aiosmtplib.send(
                build_message(item, settings),
                hostname=settings.outbound_smtp_host,
                port=settings.outbound_smtp_port,
                username=settings.outbound_smtp_user,
                password=password.get_secret_value() if password else None,
                start_tls=settings.outbound_smtp_starttls,
                sender=settings.dpo_address,
                recipients=[item.recipient],
                timeout=30,
            )
        except aiosmtplib.SMTPResponseException as exc:
            if 500 <= exc.code < 600:
                raise PermanentDeliveryError(f"relay refused: {exc.code} {exc.message}") from exc
            raise TransientDeliveryError(f"relay answered {exc.code} {exc.message}") from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise TransientDeliveryError(f"relay unavailable: {exc}") from exc


def mail_transport(settings: Settings) -> FileTransport | SmtpTransport:
    """The relay when one is configured, else the outbox folder."""
    return SmtpTransport(settings) if settings.outbound_smtp_host else FileTransport(settings)
