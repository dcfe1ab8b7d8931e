"""Throughput of the Telegram adapter, measured through the Bot API emulator over real HTTP.

Pushes N text updates from distinct users and waits until the bot has answered every one; prints
updates/s for a bare aiogram echo handler and, when available, for the full Privacy Desk bot, and
the ratio between them.

    PYTHONPATH=. python -m bench.bot --updates 2000
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable

from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

from tests.telegram_emulator import TelegramEmulator, polling

DispatcherFactory = Callable[[TelegramEmulator], Awaitable[Dispatcher]]


async def echo_dispatcher(emulator: TelegramEmulator) -> Dispatcher:
    dp = Dispatcher()

    @dp.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    return dp


async def measure(factory: DispatcherFactory, updates: int, texts: list[str]) -> float:
    """Updates per second from first update queued to last answer received."""
    async with TelegramEmulator() as emulator:
        session = AiohttpSession(api=TelegramAPIServer.from_base(emulator.base_url))
        bot = Bot(emulator.token, session=session)
        try:
            dp = await factory(emulator)
            async with polling(dp, bot):
                started = time.perf_counter()
                for i in range(updates):
                    await emulator.user_sends_text(100_000 + i, texts[i % len(texts)])
                await emulator.wait_for_sent(updates, timeout=300)
                elapsed = time.perf_counter() - started
        finally:
            await session.close()
    return updates / elapsed


async def main(updates: int) -> None:
    texts = ["Bonjour, je voudrais supprimer mes données", "/help", "hello"]
    bare = await measure(echo_dispatcher, updates, texts)
    print(f"bare aiogram echo: {bare:8.1f} updates/s ({updates} updates)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=2000)
    args = parser.parse_args()
    asyncio.run(main(args.updates))
