"""The composition root: builds settings, engine, renderer, the Desk and every configured channel.

Nothing is built at import time; ``serve`` runs the channels, the outbox dispatcher and the
scheduler in one process (``--channels`` splits them across processes).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from workflows.classifier import Classifier
from workflows.config import Settings
from workflows.context import ClassifierLike, Context
from workflows.db import Roles, make_engine
from workflows.desk import Desk
from workflows.migrate import check_schema
from workflows.notices import Renderer
from workflows.outbox import Dispatcher, Transport
from workflows.scheduler import JOBS, job_role, run_scheduler

log = logging.getLogger("privacy_desk")
ALL_CHANNELS = frozenset({"mail", "bot", "web"})
#: How often a process tries to take the roles another holds: a role whose holder died is
#: taken over within this time.
ROLE_RETRY_SECONDS = 5.0


def renderer_for(settings: Settings) -> Renderer:
    """The notice renderer in the desk's time zone, signed with the DPO's address."""
    return Renderer(tz=ZoneInfo(settings.timezone), dpo_address=settings.dpo_address)


def build_desk(
    settings: Settings, engine: Engine | None = None, classifier: ClassifierLike | None = None
) -> Desk:
    """The Desk over the configured database, with the project's classifier (compiled rules
    and model, built here once for the process) unless another is given."""
    engine = engine or make_engine(settings.database_url)
    return Desk(
        engine,
        Context(
            settings=settings,
            renderer=renderer_for(settings),
            classifier=classifier or Classifier.load(),
        ),
    )


def reload_data_map(desk: Desk) -> None:
    """Read the data map again (``SIGHUP``); an invalid one is reported and the old kept."""
    try:
        datamap = desk.reload_data_map()
    except (OSError, ValueError) as invalid:
        log.error("data map not reloaded, the one in use stays: %s", invalid)
        return
    log.info("data map %s reloaded: %d categories", datamap.path, len(datamap.categories))


def command_desk(settings: Settings | None = None) -> Desk:
    """The Desk for one CLI command: connections closed after use, schema checked first."""
    settings = settings or Settings()
    desk = build_desk(settings, make_engine(settings.database_url, pooled=False))
    check_schema(desk.engine)
    return desk


def channel_report(settings: Settings, channels: frozenset[str]) -> list[str]:
    """One line per channel saying whether it runs, and why not."""
    lines = []
    if "mail" in channels:
        if settings.smtp_host:
            lines.append(f"SMTP listener: on, {settings.smtp_host}:{settings.smtp_port}")
        else:
            lines.append("SMTP listener: off (PRIVACY_DESK_SMTP_HOST is empty)")
        if settings.imap_host and settings.imap_user:
            lines.append(f"IMAP mailbox: on, {settings.imap_user}@{settings.imap_host}")
        else:
            lines.append(
                "IMAP mailbox: off (set PRIVACY_DESK_IMAP_HOST and PRIVACY_DESK_IMAP_USER)"
            )
    if "bot" in channels:
        if settings.telegram_token:
            lines.append("Telegram bot: on")
        else:
            lines.append("Telegram bot: off (PRIVACY_DESK_TELEGRAM_TOKEN is not set)")
    if "web" in channels:
        if settings.web_host:
            lines.append(f"Staff console: on, http://{settings.web_host}:{settings.web_port}/")
        else:
            lines.append("Staff console: off (PRIVACY_DESK_WEB_HOST is empty)")
    if settings.outbound_smtp_host:
        lines.append(
            f"Outgoing mail: relay {settings.outbound_smtp_host}:{settings.outbound_smtp_port}"
        )
    else:
        lines.append(f"Outgoing mail: written to {settings.outbox_dir}/ (no relay configured)")
    return lines


async def serve(
    settings: Settings,
    channels: frozenset[str] = ALL_CHANNELS,
    stop: asyncio.Event | None = None,
    say: Callable[[str], None] = print,
    classifier: ClassifierLike | None = None,
) -> None:
    """Run every configured channel with the dispatcher and the scheduler until stopped
    (``classifier``: another than the project's, for tests)."""
    from mail.outbound import mail_transport
    from privacy_desk.letters import LetterTransport

    stop = stop or asyncio.Event()
    # the classifier's rules and model, and the data map, are loaded now rather than inside
    # the first request's transaction; the data map is read again on SIGHUP
    desk = await asyncio.to_thread(build_desk, settings, None, classifier)
    check_schema(desk.engine)
    desk.reload_data_map()
    transports: dict[str, Transport] = {
        "email": mail_transport(settings),
        "letter": LetterTransport(settings, renderer_for(settings)),
    }
    services: list[Awaitable[None]] = []
    for line in channel_report(settings, channels):
        say(line)
    dispatcher = Dispatcher(desk.engine, transports, interval=settings.dispatcher_interval_seconds)
    services.append(dispatcher.run(stop))
    # what one process at a time does, among those sharing a PostgreSQL database
    roles = Roles(desk.engine, [job_role(job) for job in JOBS], retry=ROLE_RETRY_SECONDS)
    services.append(roles.run(stop))
    if "mail" in channels:
        from mail.service import IMAP_ROLE, run_mail_channel

        roles.names = (IMAP_ROLE, *roles.names)  # first: the last role handed to another
        services.append(
            run_mail_channel(settings, desk, stop, on_outbox=dispatcher.wakeup.set, roles=roles)
        )
    services.append(run_scheduler(desk, stop, settings.scheduler_interval_seconds, roles))
    if "bot" in channels and settings.telegram_token:
        from bot.app import run_bot  # delivers the outbox's "telegram" and "staff" items itself

        services.append(run_bot(desk, settings, stop))
    if "web" in channels and settings.web_host:
        from web.server import run_console

        services.append(run_console(desk, settings, stop))
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    with contextlib.suppress(NotImplementedError, RuntimeError, AttributeError):
        loop.add_signal_handler(signal.SIGHUP, reload_data_map, desk)
    say("Privacy Desk is running; Ctrl-C stops it.")
    try:
        await asyncio.gather(*services)
    finally:
        desk.engine.dispose()
        say("Privacy Desk stopped.")
