"""The Bot API emulator speaks the protocol aiogram uses, over real HTTP."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
from aiogram import Bot, Dispatcher, F
from aiogram.exceptions import TelegramBadRequest, TelegramNotFound, TelegramRetryAfter
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup, Message

from tests.telegram_emulator import TelegramEmulator, polling


async def test_echo_bot_runs_against_the_emulator(telegram: TelegramEmulator, tg_bot: Bot) -> None:
    dp = Dispatcher()

    @dp.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(f"echo: {message.text}")

    async with polling(dp, tg_bot):
        await telegram.user_sends_text(42, "bonjour")
        await telegram.user_sends_text(42, "/start")
        first = await telegram.wait_for_message(42)
        second = await telegram.wait_for_message(42)
    assert (first.text, second.text) == ("echo: bonjour", "echo: /start")
    assert telegram.pending_updates == 0  # confirmed by offset


async def test_get_me_and_unknown_method(telegram: TelegramEmulator, tg_bot: Bot) -> None:
    me = await tg_bot.get_me()
    assert me.is_bot and me.username == "privacy_desk_test_bot"
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{telegram.base_url}/bot{telegram.token}/noSuchMethod") as resp:
            assert resp.status == 404
            assert (await resp.json())["ok"] is False
        async with http.post(f"{telegram.base_url}/botWRONG/getMe") as resp:
            assert resp.status == 401
        async with http.post(
            f"{telegram.base_url}/bot{telegram.token}/sendMessage",
            json={"chat_id": 1, "text": "hi"},
        ) as resp:  # JSON bodies work too; chat 1 never talked to the bot
            assert (await resp.json())["description"] == "Bad Request: chat not found"


async def test_long_polling_honours_timeout_and_wakes_up(
    telegram: TelegramEmulator, tg_bot: Bot
) -> None:
    started = time.monotonic()
    assert await tg_bot.get_updates(timeout=1) == []
    assert time.monotonic() - started >= 0.9

    async def later() -> None:
        await asyncio.sleep(0.2)
        await telegram.user_sends_text(7, "hello")

    started = time.monotonic()
    task = asyncio.create_task(later())
    updates = await tg_bot.get_updates(timeout=5)
    await task
    assert time.monotonic() - started < 2
    assert [u.message.text for u in updates if u.message] == ["hello"]
    # not confirmed yet: returned again, then confirmed by offset
    again = await tg_bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [updates[0].update_id]
    assert await tg_bot.get_updates(offset=updates[0].update_id + 1, timeout=0) == []


async def test_flood_errors_carry_retry_after(telegram: TelegramEmulator, tg_bot: Bot) -> None:
    await telegram.user_sends_text(5, "hi")
    telegram.flood("sendMessage", times=2, retry_after=3)
    for _ in range(2):
        with pytest.raises(TelegramRetryAfter) as caught:
            await tg_bot.send_message(5, "x")
        assert caught.value.retry_after == 3
    await tg_bot.send_message(5, "now it works")
    assert (await telegram.wait_for_message(5)).text == "now it works"


async def test_buttons_callbacks_and_edits(telegram: TelegramEmulator, tg_bot: Bot) -> None:
    await telegram.user_sends_text(9, "hi", language_code="en")
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Yes", callback_data="c:yes")]]
    )
    sent = await tg_bot.send_message(9, "Sure?", reply_markup=markup)
    seen = await telegram.wait_for_message(9)
    assert seen.button("Yes").callback_data == "c:yes"

    query_id = await telegram.user_presses(9, sent.message_id, "c:yes", language_code="en")
    updates = await tg_bot.get_updates(timeout=0)
    callback = updates[-1].callback_query
    assert callback is not None and callback.data == "c:yes" and callback.id == query_id
    assert callback.from_user.language_code == "en"
    await tg_bot.answer_callback_query(callback.id, text="ok")
    assert telegram.callback_answers[-1]["text"] == "ok"

    await tg_bot.edit_message_text("Done", chat_id=9, message_id=sent.message_id)
    edited = await telegram.wait_for_message(9)
    assert edited.edited and edited.text == "Done" and edited.buttons == ()
    with pytest.raises(TelegramBadRequest, match="not modified"):
        await tg_bot.edit_message_text("Done", chat_id=9, message_id=sent.message_id)
    with pytest.raises(LookupError):
        await telegram.user_presses(9, sent.message_id, "c:forged")

    too_long = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="x", callback_data="x" * 65)]]
    )
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await tg_bot.send_message(9, "too long", reply_markup=too_long)


async def test_documents_round_trip(telegram: TelegramEmulator, tg_bot: Bot) -> None:
    message = await telegram.user_sends_document(3, "proof.pdf", b"%PDF-1.4 proof")
    file = await tg_bot.get_file(message["document"]["file_id"])
    assert file.file_path is not None
    downloaded = await tg_bot.download_file(file.file_path)
    assert downloaded is not None and downloaded.read() == b"%PDF-1.4 proof"

    await tg_bot.send_document(3, BufferedInputFile(b"a,b\n1,2\n", "export.csv"), caption="CSV")
    sent = await telegram.wait_for_message(3)
    assert sent.document == b"a,b\n1,2\n" and sent.filename == "export.csv"
    assert sent.text == "CSV"


async def test_unknown_method_raises_not_found(telegram: TelegramEmulator, tg_bot: Bot) -> None:
    from aiogram.methods import SendPoll

    with pytest.raises((TelegramNotFound, TelegramBadRequest)):
        await tg_bot(SendPoll(chat_id=3, question="?", options=["a", "b"]))
