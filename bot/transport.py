"""Delivery of outbox items on Telegram: learner chats (``telegram``) and the staff chat
(``staff``).

The core's outbox dispatcher decides what to send and when; this transport only renders buttons
the notice calls for and maps Telegram errors to retry-or-give-up. A flood error (429) is passed
on with its ``retry_after``: the dispatcher holds that chat's items until then, and only that
chat's, so a flooded staff chat never delays a learner's message.

An item may go out as several messages: its text (split at Telegram's 4096 characters), then
each attachment as a document (access and portability packages). After each one the number of
parts sent is recorded on the item (``progress``), so a retry after a partial failure sends only
what did not go yet.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import BufferedInputFile, InlineKeyboardMarkup
from aiogram.utils.i18n import I18n

from bot.callbacks import Answer, Decision
from bot.keyboards import inline
from workflows.context import ESCALATION
from workflows.models import OutboxItem
from workflows.outbox import PARTS_SENT, PermanentDeliveryError, TransientDeliveryError
from workflows.staff import APPROVE, ASK, DECISIONS, REJECT

log = logging.getLogger(__name__)
LIMIT = 4096
MAX_DOCUMENT = 50 * 1024 * 1024  # what a bot may upload
Progress = Callable[[int, int], Awaitable[None]]  # (item id, parts sent)


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

    def __init__(self, bot: Bot, i18n: I18n, *, progress: Progress | None = None) -> None:
        self.bot = bot
        self.i18n = i18n
        self.progress = progress

    def markup_for(self, item: OutboxItem) -> InlineKeyboardMarkup | None:
        if item.ticket_id is None:
            return None

        def _(text: str) -> str:
            return self.i18n.gettext(text, locale=item.language)

        ticket_id = item.ticket_id
        if item.channel == "staff" and item.template == ESCALATION:
            offered = str((item.headers or {}).get(DECISIONS, APPROVE + REJECT + ASK))
            first = [
                (name, Decision(action=action, ticket_id=ticket_id))
                for action, name in ((APPROVE, _("Approve")), (REJECT, _("Reject")))
                if action in offered
            ]
            return inline(
                first, [(_("Ask the requester"), Decision(action=ASK, ticket_id=ticket_id))]
            )
        if item.channel == "telegram" and item.template == "information_needed":
            return inline([(_("Answer"), Answer(ticket_id=ticket_id))])
        return None

    async def send(self, item: OutboxItem) -> None:
        try:
            chat_id = int(item.recipient)
        except ValueError:
            raise PermanentDeliveryError(f"not a Telegram chat: {item.recipient!r}") from None
        chunks = split_text(item.body_text or item.subject)
        documents = [_document(attachment) for attachment in item.attachments or []]
        markup = self.markup_for(item)
        done = int((item.headers or {}).get(PARTS_SENT, 0))
        total = len(chunks) + len(documents)
        try:
            for index, chunk in enumerate(chunks):
                if index >= done:
                    last = index == len(chunks) - 1
                    await self.bot.send_message(
                        chat_id, chunk, reply_markup=markup if last else None, parse_mode=None
                    )
                    await self._sent(item, index + 1, total)
            for index, document in enumerate(documents, start=len(chunks)):
                if index >= done:
                    await self.bot.send_document(chat_id, document)
                    await self._sent(item, index + 1, total)
        except TelegramRetryAfter as exc:
            raise TransientDeliveryError(str(exc), retry_after=exc.retry_after) from exc
        except (TelegramNetworkError, TelegramServerError) as exc:
            raise TransientDeliveryError(str(exc)) from exc
        except (TelegramForbiddenError, TelegramBadRequest, TelegramNotFound) as exc:
            raise PermanentDeliveryError(str(exc)) from exc

    async def _sent(self, item: OutboxItem, parts: int, total: int) -> None:
        """Record ``parts`` sent; after the last one the dispatcher marks the item sent."""
        if parts == total:
            return
        item.headers = {**(item.headers or {}), PARTS_SENT: parts}
        if self.progress is not None and item.id is not None:
            await self.progress(item.id, parts)


def _document(attachment: dict[str, Any]) -> BufferedInputFile:
    """An outbox attachment (``filename``, ``content_type``, ``data_b64``) as an upload."""
    try:
        data = base64.b64decode(attachment["data_b64"], validate=True)
        filename = str(attachment["filename"])
    except (KeyError, TypeError, binascii.Error) as exc:
        raise PermanentDeliveryError(f"unreadable attachment: {exc}") from exc
    if len(data) > MAX_DOCUMENT:
        raise PermanentDeliveryError(f"{filename} is larger than Telegram accepts from a bot")
    return BufferedInputFile(data, filename=filename)
