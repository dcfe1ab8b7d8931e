"""FSM storage: in memory by default, Redis when ``PRIVACY_DESK_REDIS_URL`` is set; and beside it
what the middlewares remember between updates (``state_beside``): which updates were claimed and
each user's rate-limit bucket, in Redis too when it is set, so several instances share them.

The FSM holds only where a conversation is (and the user's language preference, under its own
key); ticket state lives in the database. aiogram's own storages, as they come: reading the
language preference in the same Redis round trip as the state, and writing state and data in
one, measured no faster through the bot (``python -m bench.bot --internals --redis URL``: 1.03
without them, 400 updates, median of 6 rounds), so they were dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
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


class LocalState:
    """What only this process needs to remember between updates, in memory: claims (the first
    to ask for a key within its time to live gets it) and per-user token buckets."""

    MAX_KEYS = 100_000  # then what has expired or gone idle is forgotten

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._claims: dict[str, float] = {}  # key -> when the claim expires
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when last seen)

    async def claim(self, key: str, ttl: float) -> bool:
        now = self.clock()
        if self._claims.get(key, now) > now:
            return False
        self._claims[key] = now + ttl
        if len(self._claims) > self.MAX_KEYS:
            self._claims = {k: until for k, until in self._claims.items() if until > now}
        return True

    async def take(self, key: str, rate: float, burst: int) -> bool:
        now = self.clock()
        tokens, last = self._buckets.get(key, (float(burst), now))
        tokens = min(float(burst), tokens + (now - last) * rate)
        allowed = tokens >= 1.0
        self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
        if len(self._buckets) > self.MAX_KEYS:
            self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < burst / rate}
        return allowed


# A token bucket in one atomic step, on Redis's clock (the instances' clocks may differ).
TAKE_TOKEN = """
local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local now = redis.call('TIME')
now = tonumber(now[1]) + tonumber(now[2]) / 1000000
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or burst
local at = tonumber(bucket[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 1)
return allowed
"""


class RedisState:
    """The same claims and buckets, shared by every instance on one Redis, each one atomic
    command (``SET NX`` with an expiry; a Lua script for the bucket)."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix
        self._take = redis.register_script(TAKE_TOKEN)

    async def claim(self, key: str, ttl: float) -> bool:
        return bool(await self.redis.set(f"{self.prefix}:{key}", 1, nx=True, px=int(ttl * 1000)))

    async def take(self, key: str, rate: float, burst: int) -> bool:
        return bool(await self._take(keys=[f"{self.prefix}:{key}"], args=[rate, burst]))


SharedState = LocalState | RedisState


def state_beside(storage: BaseStorage) -> SharedState:
    """Claims and buckets where the conversations are: in Redis, shared by every instance,
    when the FSM storage is Redis; else in this process's memory."""
    if isinstance(storage, RedisStorage):
        builder = storage.key_builder
        prefix = builder.prefix if isinstance(builder, DefaultKeyBuilder) else "privacy_desk"
        return RedisState(storage.redis, prefix)
    return LocalState()
