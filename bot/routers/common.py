"""Small helpers shared by the routers: calling the core off the event loop, answering a button,
the main menu."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.i18n import get_i18n
from aiogram.utils.i18n import gettext as _

from bot.callbacks import Menu, PickType
from bot.keyboards import Row, inline
from bot.texts import MENU_TYPES, type_name

T = TypeVar("T")


async def drop_buttons(message: Message) -> None:
    """Remove the buttons of a message (already gone when an older button is pressed again)."""
    if message.reply_markup is not None:
        with contextlib.suppress(TelegramBadRequest):
            await message.edit_reply_markup(reply_markup=None)


async def pressed(query: CallbackQuery) -> Message | None:
    """Answer a button press and take the message it was on, its buttons removed so it cannot
    be pressed twice (``None`` when Telegram no longer gives the message)."""
    await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    if message is not None:
        await drop_buttons(message)
    return message


async def core(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a (synchronous, transactional) core call in a worker thread."""
    return await asyncio.to_thread(function, *args, **kwargs)


def types_keyboard(*, with_menu: bool = True) -> InlineKeyboardMarkup:
    """The request types (and the menu), in the current language.

    Built once per language and kept: it is sent with most answers, and Telegram objects are
    immutable, so the same markup can go with every message.
    """
    return _types_keyboard(get_i18n().current_locale, with_menu)


@functools.cache
def _types_keyboard(locale: str, with_menu: bool) -> InlineKeyboardMarkup:
    rows: list[Row] = [[(type_name(t), PickType(label=t.value))] for t in MENU_TYPES]
    if with_menu:
        rows.append([(_("My requests"), Menu(action="mine")), (_("Help"), Menu(action="help"))])
    return inline(*rows)


def help_text() -> str:
    return _(
        "I can take your data-protection requests (GDPR) for the group's schools.\n\n"
        "Write your request in your own words, or choose a type with /start.\n"
        "/status: your requests and where they stand\n"
        "/cancel: stop the current step or withdraw a request\n"
        "/language: Français / English\n\n"
        "To protect your data, we confirm your identity with a code sent to the email address "
        "you registered with us. We answer within one month."
    )
