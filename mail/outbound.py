"""Outbound mail: turn outbox items into RFC 5322 messages and hand them to the relay.

With no relay configured, messages are written as ``.eml`` files to ``OUTBOX_DIR`` (the embedded
default); otherwise they go through ``OUTBOUND_SMTP_HOST`` with aiosmtplib.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import logging
import os
import re
import tempfile
import time
from email import policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

import aiosmtplib

from workflows.config import Settings
from workflows.models import OutboxItem, utcnow
from workflows.outbox import PermanentDeliveryError, TransientDeliveryError

log = logging.getLogger(__name__)

#: The From display name, in the reader's language: who writes, as the learner knows us.
SENDER_NAMES = {
    "fr": "Groupe Studi – Protection des données",
    "en": "Groupe Studi – Data Protection",
}


class _WirePolicy(policy.Compat32):
    """CRLF on the wire; plain strings for headers: no per-header parse and refold on every
    send. A header already folded (ASCII, each line at most 78 characters, every line after
    the first starting with a space, as :func:`_header` and ``formataddr`` write encoded
    words) is written as it is, without building an ``email.header.Header`` to fold it again
    (the generator does that for every header, parts included: most of the time spent writing
    an acknowledgement); any other is folded as ``compat32`` folds it."""

    def _fold(self, name: str, value: Any, sanitize: bool) -> str:
        if isinstance(value, str) and value.isascii() and "\r" not in value:
            first, *more = value.split("\n")
            if len(name) + len(first) <= 76 and all(
                len(line) <= 78 and line[:1] in (" ", "\t") and line.strip() for line in more
            ):
                return f"{name}: {self.linesep.join((first, *more))}{self.linesep}"
        return str(super()._fold(name, value, sanitize))  # type: ignore[misc]


_WIRE = _WirePolicy(linesep="\r\n")


#: Control characters end or bend a header line; none reaches an outgoing header or address.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _header(name: str, value: str) -> str:
    """An ASCII header value as is; anything else as RFC 2047 encoded words. Control
    characters (a CR LF that would start a header of its own) become a space."""
    value = _CONTROL.sub(" ", value).strip()
    return value if value.isascii() else Header(value, "utf-8", header_name=name).encode()


@functools.lru_cache(maxsize=16)
def _sender(name: str, address: str) -> str:
    """The From header, encoded once: the same for every message in a language."""
    return formataddr((name, address), charset="utf-8")


def _recipient(address: str) -> str:
    """The recipient as is; one with a control character is not an address: never sent."""
    if _CONTROL.search(address):
        raise PermanentDeliveryError(f"control characters in the recipient {address!r}")
    return address


def build_message(item: OutboxItem, settings: Settings) -> Message:
    """The message for an outbox item: text and HTML parts, threading headers, attachments."""
    body: Message = MIMEText(item.body_text, "plain", "utf-8")
    if item.body_html:
        alternative = MIMEMultipart("alternative")
        alternative.attach(body)
        alternative.attach(MIMEText(item.body_html, "html", "utf-8"))
        body = alternative
    if item.attachments:
        mixed = MIMEMultipart("mixed")
        mixed.attach(body)
        for attachment in item.attachments:
            maintype, _, subtype = str(attachment["content_type"]).partition("/")
            data = base64.b64decode(attachment["data_b64"])
            part: MIMENonMultipart = MIMEApplication(data, subtype or "octet-stream")
            if maintype != "application":
                part.replace_header("Content-Type", f"{maintype}/{subtype or 'octet-stream'}")
            part.add_header(
                "Content-Disposition",
                "attachment",
                filename=_CONTROL.sub(" ", str(attachment["filename"])),
            )
            mixed.attach(part)
        body = mixed
    message = body
    # headers first, as a mail client shows them; the MIME ones follow
    mime_headers = list(message.items())
    for name, _ in mime_headers:
        del message[name]
    message["From"] = _sender(
        SENDER_NAMES.get(item.language, SENDER_NAMES["fr"]), settings.dpo_address
    )
    message["To"] = _recipient(item.recipient)
    message["Subject"] = _header("Subject", item.subject)
    message["Date"] = format_datetime(item.created_at or utcnow())
    if item.message_id:
        message["Message-ID"] = _header("Message-ID", item.message_id)
    for name, value in item.headers.items():
        message[name] = _header(name, str(value))
    message["Content-Language"] = _header("Content-Language", item.language)
    for name, value in mime_headers:
        message[name] = value
    return message


def message_bytes(item: OutboxItem, settings: Settings) -> bytes:
    """The message of an outbox item as it goes on the wire (CRLF line endings)."""
    return build_message(item, settings).as_bytes(policy=_WIRE)


class FileTransport:
    """Writes each message atomically as ``<outbox id>.eml`` in a folder."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.folder = Path(settings.outbox_dir)

    async def send(self, item: OutboxItem) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = message_bytes(item, self.settings)
        target = self.folder / f"{item.id:08d}.eml"
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)


class SmtpTransport:
    """Sends through the configured relay over one kept-open connection (reopened when the
    relay drops it); relay trouble is transient, refusals permanent."""

    #: an idle connection older than this is checked with NOOP before it carries a message
    idle_check_seconds = 10.0

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: aiosmtplib.SMTP | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._used_at = 0.0
        self._lock = asyncio.Lock()

    async def _connection(self) -> aiosmtplib.SMTP:
        loop = asyncio.get_running_loop()
        client = self._client
        if client is not None and self._loop is loop and client.is_connected:
            if time.monotonic() - self._used_at < self.idle_check_seconds:
                return client
            try:
                await client.noop()
                return client
            except (aiosmtplib.SMTPException, OSError):
                pass
        await self.close()
        settings = self.settings
        password = settings.outbound_smtp_password
        client = aiosmtplib.SMTP(
            hostname=settings.outbound_smtp_host,
            port=settings.outbound_smtp_port,
            username=settings.outbound_smtp_user,
            password=password.get_secret_value() if password else None,
            start_tls=settings.outbound_smtp_starttls,
            timeout=30,
        )
        await client.connect()
        self._client, self._loop = client, loop
        return client

    async def close(self) -> None:
        """Say goodbye to the relay (the connection is reopened on the next send)."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            if client.is_connected and self._loop is asyncio.get_running_loop():
                await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            pass
        finally:
            client.close()

    async def send(self, item: OutboxItem) -> None:
        data = message_bytes(item, self.settings)
        async with self._lock:
            try:
                client = await self._connection()
                await client.sendmail(self.settings.dpo_address, [item.recipient], data)
            except aiosmtplib.SMTPResponseException as exc:
                if exc.code == 421 or not (500 <= exc.code < 600):  # 421: the relay is closing
                    await self.close()
                    raise TransientDeliveryError(
                        f"relay answered {exc.code} {exc.message}"
                    ) from exc
                await self._reset()
                raise PermanentDeliveryError(f"relay refused: {exc.code} {exc.message}") from exc
            except (aiosmtplib.SMTPException, OSError) as exc:
                await self.close()
                raise TransientDeliveryError(f"relay unavailable: {exc}") from exc
            self._used_at = time.monotonic()

    async def _reset(self) -> None:
        """After a refusal the session may be mid-transaction: RSET, or start over."""
        if self._client is None:
            return
        try:
            await self._client.rset()
        except (aiosmtplib.SMTPException, OSError):
            await self.close()


def mail_transport(settings: Settings) -> FileTransport | SmtpTransport:
    """The relay when one is configured, else the outbox folder."""
    return SmtpTransport(settings) if settings.outbound_smtp_host else FileTransport(settings)
