"""Stopping the bot while an update is being handled: the handler finishes before the FSM
storage is closed, so nothing (a Redis connection, above all) is opened after the close."""

from __future__ import annotations

import asyncio
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.memory import MemoryStorage

from tests.telegram_emulator import TelegramEmulator
from workflows.config import Settings
from workflows.desk import Desk


class GatedStorage(MemoryStorage):
    """Memory storage whose first read waits for a gate, and which records use after close."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = asyncio.Event()
        self.gate = asyncio.Event()
        self.closed = False
        self.used_after_close: list[str] = []

    async def _use(self, what: str) -> None:
        if self.closed:
            self.used_after_close.append(what)
        if not self.entered.is_set():
            self.entered.set()
            await self.gate.wait()

    async def get_state(self, key: StorageKey) -> str | None:
        await self._use("get_state")
        return await super().get_state(key)

    async def set_state(self, key: StorageKey, state: Any = None) -> None:
        await self._use("set_state")
        await super().set_state(key, state)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        await self._use("get_data")
        return await super().get_data(key)

    async def set_data(self, key: StorageKey, data: Any) -> None:
        await self._use("set_data")
        await super().set_data(key, data)

    async def close(self) -> None:
        self.closed = True
        self.used_after_close.clear()  # only what comes after the last close counts
        await super().close()


async def test_an_update_in_flight_finishes_before_the_storage_closes(
    telegram: TelegramEmulator, bot_desk: Desk, bot_settings: Settings
) -> None:
    from bot.app import run_bot

    storage = GatedStorage()
    stop = asyncio.Event()
    bot = Bot(
        telegram.token,
        session=AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url)),
    )
    task = asyncio.create_task(
        run_bot(bot_desk, bot_settings, stop, bot=bot, storage=storage, polling_timeout=1)
    )
    await telegram.user_sends_text(1001, "Bonjour")
    await asyncio.wait_for(storage.entered.wait(), 10)  # the handler is now in flight
    stop.set()
    done, _ = await asyncio.wait({task}, timeout=1)
    assert not done, "the bot stopped while an update was still being handled"
    storage.gate.set()
    await asyncio.wait_for(task, 30)
    assert storage.closed
    assert storage.used_after_close == []


async def test_a_webhook_update_in_flight_is_answered_before_anything_closes(
    telegram: TelegramEmulator, bot_desk: Desk, bot_settings: Settings
) -> None:
    """In webhook mode a POST is answered once its update is handled, and the one being handled
    when the instance stops is handled to the end (its answer sent, the storage still open) and
    answered, so Telegram counts it delivered; the webhook is left set for the other
    instances."""
    from bot.app import run_bot
    from tests.imap_server import free_port

    port = free_port()
    settings = bot_settings.model_copy(
        update={
            "telegram_webhook_url": f"http://127.0.0.1:{port}/tg/hook",
            "telegram_webhook_listen": f"127.0.0.1:{port}",
        }
    )
    storage = GatedStorage()
    stop = asyncio.Event()
    bot = Bot(
        telegram.token,
        session=AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url)),
    )
    task = asyncio.create_task(run_bot(bot_desk, settings, stop, bot=bot, storage=storage))
    await telegram.user_sends_text(1001, "Bonjour")  # delivered once the webhook is set
    await asyncio.wait_for(storage.entered.wait(), 10)
    # not acknowledged while handled: had the instance died now, Telegram would send it again
    assert telegram.pending_updates == 1 and telegram.webhook_deliveries == []
    stop.set()
    done, _ = await asyncio.wait({task}, timeout=1)
    assert not done, "the bot stopped while a webhook update was still being handled"
    storage.gate.set()
    await asyncio.wait_for(task, 30)
    assert storage.closed and storage.used_after_close == []
    assert telegram.sent(1001), "the answer was not sent"
    assert len(telegram.webhook_deliveries) == 1 and telegram.pending_updates == 0
    assert telegram.webhook is not None
    assert not [m for m, _ in telegram.calls if m.lower() == "deletewebhook"]
