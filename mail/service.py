"""The mail channel as one service of ``privacy-desk serve``: listener, mailbox, intake worker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from mail.imap import ImapPoller, ImapSettings
from mail.intake import DbCursorStore, MailIntake
from mail.smtp import start_smtp_server
from workflows.config import Settings
from workflows.db import Roles
from workflows.desk import Desk

__all__ = ["IMAP_ROLE", "imap_settings", "run_mail_channel"]

#: Only one process polls the mailbox (see :class:`workflows.db.Roles`).
IMAP_ROLE = "imap-poller"

log = logging.getLogger(__name__)


def imap_settings(settings: Settings) -> ImapSettings | None:
    """The IMAP mailbox to poll, or None when it is not configured (the channel is off)."""
    if not (settings.imap_host and settings.imap_user):
        return None
    password = settings.imap_password.get_secret_value() if settings.imap_password else ""
    return ImapSettings(
        host=settings.imap_host,
        port=settings.imap_port,
        user=settings.imap_user,
        password=password,
        folder=settings.imap_folder,
        use_ssl=settings.imap_ssl,
        processed_folder=settings.imap_done_folder,
        max_message_bytes=settings.max_message_bytes,
    )


async def run_mail_channel(
    settings: Settings,
    desk: Desk,
    stop: asyncio.Event,
    *,
    on_outbox: Callable[[], None] | None = None,
    ready: asyncio.Event | None = None,
    roles: Roles | None = None,
) -> None:
    """Run the SMTP listener and the IMAP poller (each when configured) until ``stop``; with
    ``roles``, the poller runs while this process holds :data:`IMAP_ROLE`."""
    intake = MailIntake(desk, on_outbox=on_outbox)
    server: asyncio.AbstractServer | None = None
    tasks = [asyncio.create_task(intake.run(stop), name="mail-intake")]
    try:
        if settings.smtp_host:
            server = await start_smtp_server(
                host=settings.smtp_host,
                port=settings.smtp_port,
                accepted=settings.dpo_addresses,
                store=intake.store_smtp,
                max_message_bytes=settings.max_message_bytes,
                hostname=settings.mail_domain,
            )
        imap = imap_settings(settings)
        if imap is not None:

            async def poll() -> None:
                poller = ImapPoller(
                    imap,
                    DbCursorStore(desk),
                    intake.handle_imap,
                    oversized=intake.handle_imap_oversized,
                )
                stopping = asyncio.ensure_future(stop.wait())
                polling = asyncio.ensure_future(poller.run())
                try:
                    await asyncio.wait({stopping, polling}, return_when=asyncio.FIRST_COMPLETED)
                finally:  # stopped, or the role lost to another process
                    stopping.cancel()
                    poller.stop()
                    await asyncio.shield(polling)

            polling = roles.while_held(IMAP_ROLE, poll, stop) if roles else poll()
            tasks.append(asyncio.create_task(polling, name="imap-poller"))
        if ready is not None:
            ready.set()
        await stop.wait()
    finally:
        if server is not None:
            server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 5)
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(task, 15)
