"""Fixtures for the Telegram adapter: the Bot API emulator and bots pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from tests.telegram_emulator import TelegramEmulator


@pytest.fixture
async def telegram() -> AsyncIterator[TelegramEmulator]:
    """A Bot API emulator on a free port, always stopped."""
    emulator = TelegramEmulator()
    await emulator.start()
    try:
        yield emulator
    finally:
        await emulator.close()


@pytest.fixture
async def tg_bot(telegram: TelegramEmulator) -> AsyncIterator[Bot]:
    """An aiogram Bot talking to the emulator over real HTTP."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    bot = Bot(telegram.token, session=session)
    try:
        yield bot
    finally:
        await session.close()
