"""Middlewares: each update handled once (``OncePerUpdate``, in webhook mode), and polite per-user
rate limiting on the learner side (``RateLimit``). Both keep what they remember in a
``bot.storage`` state: in webhook mode beside the conversations (in Redis, shared by every
instance, when they are there); else in this process."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject, Update, User
from aiogram.utils.i18n import gettext as _

from bot.storage import LocalState, SharedState

log = logging.getLogger(__name__)

#: how long an update's id is remembered: Telegram keeps an undelivered update for 24 hours
UPDATE_MEMORY_SECONDS = 24 * 3600


class OncePerUpdate(BaseMiddleware):
    """Each update is handled once, whichever instance it reaches and however often it comes.

    Telegram sends an update again when its webhook call went unanswered (an instance stopped or
    was slow), and a load balancer may retry a call on another instance. Before any handler
    runs, the update's id is claimed (atomically, in Redis when set); a delivery that finds it
    claimed is answered without being handled. An update whose instance died while handling it
    is therefore not handled again: the learner sees no answer and writes again, rather than
    risk a second ticket or a second reply.
    """

    def __init__(self, state: SharedState) -> None:
        self.state = state

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Update):
            key = f"update:{data['bot'].id}:{event.update_id}"
            if not await self.state.claim(key, UPDATE_MEMORY_SECONDS):
                log.info("telegram update %s delivered again: already handled", event.update_id)
                return None
        return await handler(event, data)


class RateLimit(BaseMiddleware):
    """A token bucket per user: ``burst`` updates at once, then ``rate`` per second.

    Over the limit, the update is dropped and the user is told once per ``notice_every`` seconds
    (never silence, never a reply per flood message). With a Redis state the bucket and the
    notice are shared: a user's updates spread over several webhook instances draw on one bucket.
    """

    def __init__(
        self,
        *,
        rate: float = 1.0,
        burst: int = 8,
        notice_every: float = 30.0,
        state: SharedState | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.notice_every = notice_every
        self.state = state or LocalState(clock)

    async def allow(self, user_id: int, bot_id: int = 0) -> bool:
        return await self.state.take(f"rate:{bot_id}:{user_id}", self.rate, self.burst)

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        bot_id = data["bot"].id
        if user is None or await self.allow(user.id, bot_id):
            return await handler(event, data)
        if await self.state.claim(f"rate-notice:{bot_id}:{user.id}", self.notice_every):
            log.info("rate limiting telegram user %s", user.id)
            text = _("You are writing a little fast. Please wait a moment, then try again.")
            if isinstance(event, Message):
                await event.answer(text)
            elif isinstance(event, CallbackQuery):
                await event.answer(text, show_alert=True)
        elif isinstance(event, CallbackQuery):
            await event.answer()
        return None
