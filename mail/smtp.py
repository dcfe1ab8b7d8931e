"""SMTP intake: accept mail for the DPO address(es) and answer 250 only once it is stored.

The server runs on the application's own event loop (``loop.create_server``), not in aiosmtpd's
threaded ``Controller``: storage shares the loop's database engine. Storage failures answer
``451`` so the sending MTA retries; nothing we can recover from is ever answered with ``5xx``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

__all__ = [
    "IntakeHandler",
    "IntakeSMTP",
    "StoreCallback",
    "start_smtp_server",
]

log = logging.getLogger(__name__)

#: Stores one accepted message durably; returns only once it is committed.
#: Arguments: raw bytes as received, envelope sender ("" for the null return path), recipients.
StoreCallback = Callable[[bytes, str, list[str]], Awaitable[None]]

TEMPORARY_FAILURE = "451 4.3.0 Temporary failure storing the message, please try again later"
#: Replies that refuse a message or a recipient, counted by the ``refused`` callback.
REFUSALS = frozenset({"550", "552", "451"})


#: ``<local@domain>`` with a dot-atom local part and an ASCII domain, what nearly every client
#: sends after ``MAIL FROM:`` and ``RCPT TO:``, read without the email package's header parser.
_PLAIN_PATH = re.compile(
    r"<((?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+\.)*[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
    r"@(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+)>(?:\Z| (?=[^\s(]))"  # then nothing or " PARAM=..."
)


def _normalise(address: str) -> str:
    address = address.strip().strip("<>").strip()
    local, at, domain = address.rpartition("@")
    return f"{local.lower()}{at}{domain.lower()}" if at else address.lower()


class IntakeHandler:
    """aiosmtpd handler: recipient check and durable storage before ``250``."""

    def __init__(self, store: StoreCallback, accepted: Iterable[str]) -> None:
        self.store = store
        self.addresses: set[str] = set()
        self.domains: set[str] = set()  # "@example.com" entries accept a whole domain
        for entry in accepted:
            entry = _normalise(entry)
            if entry.startswith("@"):
                self.domains.add(entry[1:])
            elif entry:
                self.addresses.add(entry)
        if not self.addresses and not self.domains:
            raise ValueError("the SMTP listener needs at least one accepted address")

    def accepts(self, address: str) -> bool:
        norm = _normalise(address)
        return norm in self.addresses or norm.rpartition("@")[2] in self.domains

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if not self.accepts(address):
            return f"550 5.1.1 <{address}>: recipient not accepted here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content
        if raw is None:
            content = envelope.content
            raw = content if isinstance(content, bytes) else str(content).encode("utf-8")
        # aiosmtpd reports the null return path of bounces as "<>"; the store sees ""
        mail_from = (envelope.mail_from or "").strip().removeprefix("<").removesuffix(">")
        try:
            await self.store(bytes(raw), mail_from, list(envelope.rcpt_tos))
        except Exception:
            log.exception("storing an inbound message failed; answering 451")
            return TEMPORARY_FAILURE
        return "250 2.0.0 Message accepted"

    async def handle_exception(self, error: Exception) -> str:
        """Anything unexpected in the session is temporary for the client, never a 500."""
        log.exception("SMTP session error", exc_info=error)
        return TEMPORARY_FAILURE


class IntakeSMTP(SMTP):
    """aiosmtpd's SMTP with a size refusal that states the limit, refusals counted, and plain
    addresses read quickly."""

    refused: Callable[[str], None] | None = None

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """The address of ``MAIL FROM:``/``RCPT TO:`` and what follows it, as aiosmtpd reads
        them; a plain ``<local@domain>`` without its header parser, which builds a class per
        call and costs about 0.1 ms per address: a third of what the bare aiosmtpd server spends
        on a whole message (``python -m bench.ingest``). Anything else goes to aiosmtpd's own
        reading (a private method: ``tests/test_mail_smtp.py`` checks both agree)."""
        found = _PLAIN_PATH.match(arg)
        if found is None:
            return super()._getaddr(arg)
        address = found.group(1)
        if self.local_part_limit and len(address.rpartition("@")[0]) > self.local_part_limit:
            return None, None
        return address, arg[found.end() :]  # the parameters, without the space before them

    async def push(self, status: Any) -> None:
        if isinstance(status, str) and status[:3] in REFUSALS and self.refused is not None:
            self.refused(status[:3])
        if isinstance(status, str) and status.startswith("552 ") and self.data_size_limit:
            limit = self.data_size_limit
            status = (
                f"552 5.3.4 Message too big: the maximum size is {limit} bytes "
                f"({limit / 1_000_000:g} MB)"
            )
        await super().push(status)


async def start_smtp_server(
    *,
    host: str,
    port: int,
    accepted: Iterable[str],
    store: StoreCallback,
    max_message_bytes: int = 25 * 1024 * 1024,
    hostname: str | None = None,
    refused: Callable[[str], None] | None = None,
) -> asyncio.Server:
    """Start the listener on the running loop; the caller closes the returned server.
    ``refused`` is called with the code of each refusal (550, 552, 451)."""
    loop = asyncio.get_running_loop()
    handler = IntakeHandler(store, accepted)
    server_name = hostname or socket.gethostname()

    def factory() -> IntakeSMTP:
        smtp = IntakeSMTP(
            handler,
            data_size_limit=max_message_bytes,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=server_name,
            ident="Privacy Desk",
            loop=loop,
        )
        smtp.refused = refused
        return smtp

    server = await loop.create_server(factory, host=host, port=port)
    log.info("SMTP listener on %s:%s", host, port)
    return server
