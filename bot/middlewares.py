"""Middlewares of the learner side: polite per-user rate limiting."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject, User
from aiogram.utils.i18n import gettext as _

log = logging.getLogger(__name__)


class RateLimit(BaseMiddleware):
    """A token bucket per user: ``burst`` updates at once, then ``rate`` per second.

    Over the limit, the update is dropped and the user is told once per ``notice_every`` seconds
    (never silence, never a reply per flood message). Buckets are per process: with several
    webhook instances each enforces its own share.
    """

    def __init__(
        self,
        *,
        rate: float = 1.0,
        burst: int = 8,
        notice_every: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.notice_every = notice_every
        self.clock = clock
        self._buckets: dict[int, tuple[float, float]] = {}
        self._noticed: dict[int, float] = {}

    def allow(self, user_id: int) -> bool:
        now = self.clock()
        tokens, last = self._buckets.get(user_id, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[user_id] = (tokens - 1.0 if allowed else tokens, now)
        if len(self._buckets) > 100_000:  # forget idle users
            self._buckets = {uid: v for uid, v in self._buckets.items() if now - v[1] < 60}
        return allowed

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        if user is None or self.allow(user.id):
            return await handler(event, data)
        now = self.clock()
        if now - self._noticed.get(user.id, -self.notice_every) >= self.notice_every:
            self._noticed[user.id] = now
            log.info("rate limiting telegram user %s", user.id)
            text = _("You are writing a little fast. Please wait a moment, then try again.")
            if isinstance(event, Message):
                await event.answer(text)
            elif isinstance(event, CallbackQuery):
                await event.answer(text, show_alert=True)
        elif isinstance(event, CallbackQuery):
            await event.answer()
        return None
