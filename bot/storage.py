"""FSM storage: in memory by default, Redis when ``PRIVACY_DESK_REDIS_URL`` is set.

The FSM holds only where a conversation is (and the user's language preference, under its own
key); ticket state lives in the database.

With Redis, every round trip is on the path of every update, so :class:`DeskRedisStorage` reads
the language preference in the same round trip as the conversation state (aiogram reads the state
of each update before any handler), and :func:`move` writes a new state and its data together.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StorageKey
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.fsm.storage.redis import DefaultKeyBuilder, RedisStorage
from redis.asyncio import BlockingConnectionPool, Redis

PREFS_DESTINY = "prefs"


def prefs_key(bot_id: int, user_id: int) -> StorageKey:
    """Where a user's preferences live: beside, not inside, the conversation's FSM data."""
    return StorageKey(bot_id=bot_id, chat_id=user_id, user_id=user_id, destiny=PREFS_DESTINY)


async def move(state: FSMContext, to: State | None, data: Mapping[str, Any]) -> None:
    """Put the conversation in state ``to`` with ``data`` (``None`` and ``{}``: clear it).

    One Redis round trip where ``FSMContext`` would make two (``clear``) or three
    (``set_state`` then ``update_data``).
    """
    storage = state.storage
    if isinstance(storage, DeskRedisStorage):
        await storage.set_state_and_data(state.key, to, data)
    else:
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
    return DeskRedisStorage(Redis(connection_pool=pool), key_builder=key_builder)


class DeskRedisStorage(RedisStorage):
    """aiogram's RedisStorage, with the language preference fetched beside the state."""

    MAX_PREFETCHED = 10_000

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._prefetched: dict[str, Any] = {}

    def _prefs_redis_key(self, key: StorageKey) -> str:
        return str(self.key_builder.build(prefs_key(key.bot_id, key.user_id), "data"))

    async def get_state(self, key: StorageKey) -> str | None:
        state_key = self.key_builder.build(key, "state")
        prefs = self._prefs_redis_key(key)
        value, prefs_value = await self.redis.mget(state_key, prefs)
        if len(self._prefetched) >= self.MAX_PREFETCHED:  # reads nobody consumed
            self._prefetched.clear()
        self._prefetched[prefs] = prefs_value
        return value.decode() if isinstance(value, bytes) else value

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        if key.destiny == PREFS_DESTINY:
            redis_key = str(self.key_builder.build(key, "data"))
            if redis_key in self._prefetched:
                value = self._prefetched.pop(redis_key)
                if value is None:
                    return {}
                return dict(self.json_loads(value.decode() if isinstance(value, bytes) else value))
        return dict(await super().get_data(key))

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        if key.destiny == PREFS_DESTINY:
            self._prefetched.pop(str(self.key_builder.build(key, "data")), None)
        await super().set_data(key, data)

    async def set_state_and_data(
        self, key: StorageKey, state: State | None, data: Mapping[str, Any]
    ) -> None:
        """Both parts of the conversation in one transaction (one round trip)."""
        state_key = self.key_builder.build(key, "state")
        data_key = self.key_builder.build(key, "data")
        async with self.redis.pipeline(transaction=True) as pipe:
            if state is None:
                pipe.delete(state_key)
            else:
                pipe.set(state_key, state.state, ex=self.state_ttl)
            if data:
                pipe.set(data_key, self.json_dumps(dict(data)), ex=self.data_ttl)
            else:
                pipe.delete(data_key)
            await pipe.execute()
