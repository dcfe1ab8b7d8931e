"""Whatever nothing else understood gets a helpful answer, never silence."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import gettext as _

from bot.routers.common import help_text, types_keyboard


async def anything(message: Message) -> None:
    if message.text and message.text.startswith("/"):
        lead = _("I do not know this command.")
    else:
        lead = _("I can only read text messages and documents.")
    await message.answer(f"{lead}\n\n{help_text()}", reply_markup=types_keyboard())


async def stale_button(query: CallbackQuery) -> None:
    await query.answer(_("This button is no longer active. Send /start to begin again."))


def build_router() -> Router:
    """Last in line: whatever nothing else understood."""
    router = Router(name="fallback")
    router.message.register(anything)
    router.callback_query.register(stale_button)
    return router
