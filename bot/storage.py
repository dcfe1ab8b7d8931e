"""FSM storage: in memory by default, Redis when ``PRIVACY_DESK_REDIS_URL`` is set.

The FSM holds only where a conversation is (and the user's language preference, under its own
key); ticket state lives in the database. aiogram's own storages, as they come: reading the
language preference in the same Redis round trip as the state, and writing state and data in
one, measured no faster through the bot (``python -m bench.bot --internals --redis URL``: 1.03
without them, 400 updates, median of 6 rounds), so they were dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder, StorageKey
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.fsm.storage.redis import RedisStorage
from redis.asyncio import BlockingConnectionPool, Redis

PREFS_DESTINY = "prefs"


def prefs_key(bot_id: int, user_id: int) -> StorageKey:
    """Where a user's preferences live: beside, not inside, the conversation's FSM data."""
    return StorageKey(bot_id=bot_id, chat_id=user_id, user_id=user_id, destiny=PREFS_DESTINY)


async def move(state: FSMContext, to: State | None, data: Mapping[str, Any]) -> None:
    """Put the conversation in state ``to`` with ``data`` (``None`` and ``{}``: clear it)."""
    await state.set_state(to)
    await state.set_data(dict(data))


def build_storage(
    redis_url: str | None, *, prefix: str = "privacy_desk", max_connections: int = 32
) -> BaseStorage:
    if not redis_url:
        return MemoryStorage()
    # with_destiny keeps the language preference apart from the conversation's data
    key_builder = DefaultKeyBuilder(prefix=prefix, with_destiny=True)
    # a burst of updates waits for a connection instead of failing with "Too many connections"
    pool = BlockingConnectionPool.from_url(redis_url, max_connections=max_connections, timeout=20)
    return RedisStorage(Redis(connection_pool=pool), key_builder=key_builder)
