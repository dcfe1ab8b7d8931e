"""FSM storage: in memory by default, Redis when ``PRIVACY_DESK_REDIS_URL`` is set.

The FSM holds only where a conversation is (and the user's language preference, under its own
key); ticket state lives in the database.
"""

from __future__ import annotations

from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.memory import MemoryStorage


def build_storage(
    redis_url: str | None, *, prefix: str = "privacy_desk", max_connections: int = 32
) -> BaseStorage:
    if not redis_url:
        return MemoryStorage()
    from aiogram.fsm.storage.redis import DefaultKeyBuilder, RedisStorage
    from redis.asyncio import BlockingConnectionPool, Redis

    # with_destiny keeps the language preference apart from the conversation's data
    key_builder = DefaultKeyBuilder(prefix=prefix, with_destiny=True)
    # a burst of updates waits for a connection instead of failing with "Too many connections"
    pool = BlockingConnectionPool.from_url(redis_url, max_connections=max_connections, timeout=20)
    return RedisStorage(Redis(connection_pool=pool), key_builder=key_builder)
