"""Inline keyboards built directly: aiogram's KeyboardBuilder deep-copies its buttons on every
call, which cost more than the rest of an update's handling on the busiest paths."""

from __future__ import annotations

from collections.abc import Iterable

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

Row = Iterable[tuple[str, CallbackData]]


def inline(*rows: Row) -> InlineKeyboardMarkup:
    """One keyboard row per argument, each button a (text, callback data) pair."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=text, callback_data=data.pack()) for text, data in row]
            for row in rows
        ]
    )
