"""Filters that are checked on the event loop.

aiogram awaits a filter only when it is a coroutine function or a ``Filter``; anything else -- a
magic filter (``F.text``), a bare ``State`` -- runs in a worker thread, one thread hop per check.
A free-text message used to pass nine such checks before reaching its handler. Wrap magic filters
in :class:`Magic` and states in :func:`In`; ``tests/bot`` fails on a filter that would hop.
"""

from __future__ import annotations

from typing import Any

from aiogram.filters import Filter, StateFilter
from aiogram.fsm.state import State
from aiogram.types import TelegramObject
from magic_filter import MagicFilter


class Magic(Filter):
    """A magic filter (``F...``) resolved on the event loop."""

    __slots__ = ("magic",)

    def __init__(self, magic: MagicFilter) -> None:
        self.magic = magic

    async def __call__(self, event: TelegramObject) -> Any:
        return self.magic.resolve(event)

    def __str__(self) -> str:
        return f"Magic({self.magic!r})"


def In(*states: State) -> StateFilter:
    """The conversation is in one of ``states`` (aiogram's awaitable state filter)."""
    return StateFilter(*states)
