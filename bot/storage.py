"""FSM storage: in memory by default, Redis when ``PRIVACY_DESK_REDIS_URL`` is set.

The FSM holds only where a conversation is (and the user's language preference, under its own
key); ticket state lives in the database.
"""

from __future__ import annotations

from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.memory import MemoryStorage


def build_storage(redis_url: str | None, *, prefix: str = "privacy_desk") -> BaseStorage:
    if not redis_url:
        return MemoryStorage()
    from aiogram.fsm.storage.redis import DefaultKeyBuilder, RedisStorage

    # with_destiny keeps the language preference apart from the conversation's data
    key_builder = DefaultKeyBuilder(prefix=prefix, with_destiny=True)
    return RedisStorage.from_url(redis_url, key_builder=key_builder)
