"""Delivery of outbox items on Telegram: learner chats (``telegram``) and the staff chat
(``staff``).

The core's outbox dispatcher decides what to send and when; this transport only renders buttons
the notice calls for and maps Telegram errors to retry-or-give-up. A flood error (429) blocks all
sends until ``retry_after`` has passed, so one wait is not answered by a burst of retries.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.i18n import I18n

from bot.callbacks import Answer, Decision
from bot.keyboards import inline
from workflows.models import OutboxItem
from workflows.outbox import PermanentDeliveryError, TransientDeliveryError

log = logging.getLogger(__name__)
LIMIT = 4096


def split_text(text: str, limit: int = LIMIT) -> list[str]:
    """Telegram's 4096-character limit, cut at paragraph or line ends where possible."""
    chunks: list[str] = []
    rest = text.strip() or "…"
    while len(rest) > limit:
        cut = rest.rfind("\n\n", 0, limit)
        cut = cut if cut > limit // 2 else rest.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    chunks.append(rest)
    return chunks


class TelegramTransport:
    """An outbox transport for the ``telegram`` and ``staff`` channels."""

    def __init__(
        self, bot: Bot, i18n: I18n, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.bot = bot
        self.i18n = i18n
        self.clock = clock
        self.blocked_until = 0.0

    def markup_for(self, item: OutboxItem) -> InlineKeyboardMarkup | None:
        if item.ticket_id is None:
            return None

        def _(text: str) -> str:
            return self.i18n.gettext(text, locale=item.language)

        ticket_id = item.ticket_id
        if item.channel == "staff" and item.template == "staff_escalation":
            return inline(
                [
                    (_("Approve"), Decision(action="a", ticket_id=ticket_id)),
                    (_("Reject"), Decision(action="r", ticket_id=ticket_id)),
                ],
                [(_("Ask the requester"), Decision(action="q", ticket_id=ticket_id))],
            )
        if item.channel == "telegram" and item.template == "information_needed":
            return inline([(_("Answer"), Answer(ticket_id=ticket_id))])
        return None

    async def send(self, item: OutboxItem) -> None:
        wait = self.blocked_until - self.clock()
        if wait > 0:
            raise TransientDeliveryError("Telegram flood control", retry_after=wait)
        try:
            chat_id = int(item.recipient)
        except ValueError:
            raise PermanentDeliveryError(f"not a Telegram chat: {item.recipient!r}") from None
        chunks = split_text(item.body_text or item.subject)
        markup = self.markup_for(item)
        try:
            for index, chunk in enumerate(chunks):
                last = index == len(chunks) - 1
                await self.bot.send_message(
                    chat_id, chunk, reply_markup=markup if last else None, parse_mode=None
                )
        except TelegramRetryAfter as exc:
            self.blocked_until = self.clock() + exc.retry_after
            raise TransientDeliveryError(str(exc), retry_after=exc.retry_after) from exc
        except (TelegramNetworkError, TelegramServerError) as exc:
            raise TransientDeliveryError(str(exc)) from exc
        except (TelegramForbiddenError, TelegramBadRequest, TelegramNotFound) as exc:
            raise PermanentDeliveryError(str(exc)) from exc
