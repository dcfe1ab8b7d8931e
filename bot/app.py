"""Assembly of the Telegram channel: ``build_dispatcher`` wires the routers, middlewares and
storage around a Desk; ``run_bot`` runs it (long polling, or a webhook) together with the outbox
delivery of chat messages, until ``stop_event`` is set.

Called by the composition root (``privacy_desk.app``); nothing here is global.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware, Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.fsm.storage.base import BaseStorage
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats, TelegramObject, Update
from aiogram.utils.i18n import I18n

from bot.i18n import UserLocaleMiddleware, build_i18n
from bot.middlewares import OncePerUpdate, RateLimit
from bot.routers import fallback, forget, postmortem, replies, requests, staff, start, status
from bot.storage import LocalState, build_storage, state_beside
from bot.transport import TelegramTransport
from workflows.config import Settings
from workflows.desk import Desk
from workflows.outbox import Dispatcher as OutboxDispatcher
from workflows.outbox import record_parts_sent

log = logging.getLogger(__name__)
CHANNELS = ("telegram", "staff")
CONCURRENT_UPDATES = 64  # bounded, so a burst queues instead of exhausting threads and pools
SHUTDOWN_GRACE_SECONDS = 10.0  # how long shutdown waits for the updates being handled


@dataclass(frozen=True)
class WebhookOptions:
    """Webhook mode: Telegram posts updates to ``url``; we listen on ``host:port`` + ``path``.

    Every instance behind one ``url`` must check the same ``secret``: the configured one, else
    one derived from the bot's token (which they all share), never one of their own.
    """

    url: str
    host: str = "0.0.0.0"
    port: int = 8443
    path: str = "/telegram/webhook"
    secret: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> WebhookOptions | None:
        """``PRIVACY_DESK_TELEGRAM_WEBHOOK_URL`` (and ``_LISTEN`` ``host:port``, ``_SECRET``)."""
        url = settings.telegram_webhook_url
        if not url:
            return None
        host, _, port = settings.telegram_webhook_listen.rpartition(":")
        secret = settings.telegram_webhook_secret
        return cls(
            url=url,
            host=host,
            port=int(port),
            path="/" + url.split("://", 1)[-1].partition("/")[2],
            secret=secret.get_secret_value() if secret else secret_from_token(settings),
        )


def secret_from_token(settings: Settings) -> str:
    """The webhook secret every instance derives alike from the bot's token when none is set.

    Whoever holds the token can already set the webhook, so deriving from it gives nothing away.
    """
    if settings.telegram_token is None:
        raise ValueError("PRIVACY_DESK_TELEGRAM_TOKEN is not set")
    token = settings.telegram_token.get_secret_value().encode()
    return hmac.new(token, b"privacy-desk telegram webhook secret", hashlib.sha256).hexdigest()


class WakeOutbox(BaseMiddleware):
    """After each update, have the outbox look at once: an answer should not wait a poll."""

    def __init__(self, event: asyncio.Event) -> None:
        self.event = event

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        try:
            return await handler(event, data)
        finally:
            self.event.set()


def build_bot(settings: Settings) -> Bot:
    """A Bot for the configured token, at ``TELEGRAM_API_URL`` when set (self-hosted, emulator)."""
    if settings.telegram_token is None:
        raise ValueError("PRIVACY_DESK_TELEGRAM_TOKEN is not set")
    if settings.telegram_api_url:
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    else:
        session = AiohttpSession()
    return Bot(settings.telegram_token.get_secret_value(), session=session)


class DeskDispatcher(Dispatcher):
    """aiogram's Dispatcher, knowing which updates are being handled so shutdown can wait for them.

    aiogram handles each polled update in a task of its own and does not wait for those tasks when
    polling stops: a handler still running would reach the FSM storage after it was closed (with
    Redis, opening a connection that nobody closes).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._handling: set[asyncio.Task[Any]] = set()

    async def feed_update(self, bot: Bot, update: Update, **kwargs: Any) -> Any:
        task = asyncio.current_task()
        if task is None:
            return await super().feed_update(bot, update, **kwargs)
        self._handling.add(task)
        try:
            return await super().feed_update(bot, update, **kwargs)
        finally:
            self._handling.discard(task)

    async def drain(self, timeout: float) -> None:
        """Wait for the updates being handled; cancel those still running after ``timeout``."""
        pending = self._handling - {asyncio.current_task()}
        if not pending:
            return
        _, late = await asyncio.wait(pending, timeout=timeout)
        for task in late:
            log.warning("an update was still being handled at shutdown: cancelled")
            task.cancel()
        if late:
            await asyncio.wait(late)


def build_dispatcher(
    desk: Desk,
    settings: Settings,
    *,
    storage: BaseStorage | None = None,
    i18n: I18n | None = None,
    outbox_wakeup: asyncio.Event | None = None,
) -> DeskDispatcher:
    """The aiogram Dispatcher of the learner chats and, when configured, the staff chat."""
    storage = storage or build_storage(settings.redis_url)
    i18n = i18n or build_i18n()
    dp = DeskDispatcher(storage=storage, desk=desk, settings=settings)
    # Several instances receive updates only in webhook mode (long polling is one process, to
    # which Telegram gives each update once): there what the middlewares remember is kept beside
    # the conversations, in Redis when they are, and each update is claimed before it is handled.
    webhook = bool(settings.telegram_webhook_url)
    state = state_beside(storage) if webhook else LocalState()
    if webhook:
        dp.update.outer_middleware(OncePerUpdate(state))
    UserLocaleMiddleware(i18n, storage).setup(dp)
    if outbox_wakeup is not None:
        dp.update.outer_middleware(WakeOutbox(outbox_wakeup))

    if settings.staff_chat_id is not None:
        dp.include_router(staff.build_router(settings.staff_chat_id))

    learner = Router(name="learner")
    learner.message.filter(F.chat.type == "private")
    learner.callback_query.filter(F.message.chat.type == "private")
    limiter = RateLimit(state=state)
    learner.message.outer_middleware(limiter)
    learner.callback_query.outer_middleware(limiter)
    learner.include_routers(
        start.build_router(),
        status.build_router(),
        forget.build_router(),
        replies.build_router(),
        postmortem.build_router(),
        requests.build_router(),
        fallback.build_router(),
    )
    dp.include_router(learner)
    return dp


def N_(text: str) -> str:
    """Marks a text for the catalog; translated later, in the right language."""
    return text


async def set_commands(bot: Bot, i18n: I18n) -> None:
    """The command menu in both languages (Telegram picks by the user's language)."""
    names = {
        "start": N_("Start / choose a request"),
        "status": N_("My requests"),
        "cancel": N_("Stop the current step or withdraw a request"),
        "forget": N_("Unlink this chat from your learner account"),
        "language": N_("Français / English"),
        "help": N_("Help"),
    }
    for language in ("fr", "en"):
        commands = [
            BotCommand(command=name, description=i18n.gettext(text, locale=language))
            for name, text in names.items()
        ]
        await bot.set_my_commands(
            commands,
            scope=BotCommandScopeAllPrivateChats(),
            language_code=None if language == "fr" else language,
        )


async def run_bot(
    desk: Desk,
    settings: Settings,
    stop_event: asyncio.Event,
    *,
    bot: Bot | None = None,
    storage: BaseStorage | None = None,
    polling_timeout: int = 30,
) -> None:
    """Run the Telegram channel and the delivery of chat messages until ``stop_event`` is set."""
    bot = bot or build_bot(settings)
    i18n = build_i18n()
    storage = storage or build_storage(settings.redis_url)

    def progress(item_id: int, parts_sent: int) -> Awaitable[None]:
        return asyncio.to_thread(record_parts_sent, desk.engine, item_id, parts_sent)

    transport = TelegramTransport(bot, i18n, progress=progress)
    outbox = OutboxDispatcher(
        desk.engine,
        {channel: transport for channel in CHANNELS},
        interval=settings.dispatcher_interval_seconds,
    )
    dp = build_dispatcher(desk, settings, storage=storage, i18n=i18n, outbox_wakeup=outbox.wakeup)
    webhook = WebhookOptions.from_settings(settings)
    outbox_task = asyncio.create_task(outbox.run(stop_event), name="telegram-outbox")
    try:
        await set_commands(bot, i18n)
        if webhook is None:
            await bot.delete_webhook(drop_pending_updates=False)
            polling = asyncio.create_task(
                dp.start_polling(
                    bot,
                    polling_timeout=polling_timeout,
                    handle_signals=False,
                    close_bot_session=False,
                    tasks_concurrency_limit=CONCURRENT_UPDATES,
                ),
                name="telegram-polling",
            )
            stopper = asyncio.create_task(stop_event.wait())
            done, _ = await asyncio.wait({polling, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if polling in done:
                stopper.cancel()
                polling.result()  # polling never ends by itself: surface its error
            else:
                await dp.stop_polling()
                await polling
        else:
            await _serve_webhook(dp, bot, webhook, stop_event)
    finally:
        stop_event.set()
        with contextlib.suppress(asyncio.CancelledError):
            await outbox_task
        # the storage is closed once no handler can reach it any more
        await dp.drain(SHUTDOWN_GRACE_SECONDS)
        await dp.storage.close()
        await bot.session.close()


async def _serve_webhook(
    dp: Dispatcher, bot: Bot, options: WebhookOptions, stop_event: asyncio.Event
) -> None:
    """Serve the webhook until ``stop_event`` is set; one of several instances behind ``url``.

    Each POST is answered once its update is handled, so an update in flight when an instance
    stops is sent again by Telegram (and ``OncePerUpdate`` keeps it from being handled twice).
    At start the webhook is set (the same for every instance, pending updates kept); at stop it
    is left set, since the other instances go on receiving.
    """
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler
    from aiohttp import web

    app = web.Application()
    # registered by hand: ``register`` and ``setup_application`` would close the bot's session
    # and the FSM storage when the server starts stopping, under the updates still in flight
    handler = SimpleRequestHandler(
        dispatcher=dp, bot=bot, secret_token=options.secret, handle_in_background=False
    )
    app.router.add_post(options.path, handler.handle)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=SHUTDOWN_GRACE_SECONDS)
    await runner.setup()
    site = web.TCPSite(runner, options.host, options.port)
    await site.start()
    log.info("telegram webhook listening on %s:%s%s", options.host, options.port, options.path)
    try:
        await bot.set_webhook(
            options.url,
            secret_token=options.secret,
            allowed_updates=dp.resolve_used_update_types(),
            drop_pending_updates=False,
        )
        await stop_event.wait()
    finally:
        await runner.cleanup()  # stops listening, then waits for the POSTs being handled
