"""The code step in the chat, through the Bot API emulator: the mail says to type the code in
the chat and doing so works; the step is read from the database, so it survives a restart of
the bot (fresh conversation storage) and ``/start``; "I didn't get a code" is understood and the
step always offers a new code and the learner number instead."""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
from collections.abc import AsyncIterator
from pathlib import Path

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.fsm.storage.memory import MemoryStorage

from tests.bot.scenario import Mailbox
from tests.telegram_emulator import BotMessage, TelegramEmulator
from workflows.config import Settings
from workflows.desk import Desk

MARIE = "marie.dupont@example.fr"
TYPE_IT_FR = "Tapez ce code dans la conversation avec notre bot Telegram"
NEW_CODE = "M'envoyer un nouveau code"
LEARNER_NUMBER = "Donner plutôt mon numéro d'apprenant"


@contextlib.asynccontextmanager
async def bot_process(
    telegram: TelegramEmulator, desk: Desk, settings: Settings
) -> AsyncIterator[None]:
    """One run of the bot with fresh conversation storage in memory, as after a restart."""
    from bot.app import run_bot
    from mail.outbound import FileTransport
    from workflows.outbox import Dispatcher as OutboxDispatcher

    stop = asyncio.Event()
    mail = OutboxDispatcher(desk.engine, {"email": FileTransport(settings)}, interval=0.05)
    bot = Bot(
        telegram.token, session=AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    )
    tasks = [
        asyncio.create_task(
            run_bot(desk, settings, stop, bot=bot, storage=MemoryStorage(), polling_timeout=1)
        ),
        asyncio.create_task(mail.run(stop)),
    ]
    try:
        yield
    finally:
        stop.set()
        await asyncio.gather(*tasks)


def code_mail_text(folder: Path, address: str) -> str:
    """The plain text of the latest code mail written for ``address``."""
    texts = []
    for path in sorted(folder.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if address in str(message["To"]) and "code" in str(message["Subject"]):
            body = message.get_body(preferencelist=("plain",))
            texts.append(body.get_content() if body else "")  # type: ignore[union-attr]
    assert texts, f"no code mail for {address}"
    return texts[-1]


def has_buttons(message: BotMessage) -> bool:
    return bool(message.buttons)


async def ask_for_erasure(emu: TelegramEmulator, user: int, identifier: str, lang: str) -> None:
    await emu.user_sends_text(user, "je voudrais que vous supprimiez mes données", lang)
    question = await emu.wait_for_message(user, lambda m: "J'ai compris" in (m.text or ""))
    await emu.user_presses(
        user, question.message_id, question.button("c:yes").callback_data or "", language_code=lang
    )
    await emu.wait_for_text(user, "adresse e-mail enregistrée")
    await emu.user_sends_text(user, identifier, lang)


async def test_the_code_typed_after_a_restart_and_start_confirms_in_french(
    telegram: TelegramEmulator, bot_desk: Desk, bot_settings: Settings
) -> None:
    emu, user, mailbox = telegram, 5001, Mailbox(bot_settings.outbox_dir)
    async with bot_process(telegram, bot_desk, bot_settings):
        # Telegram says English, the learner chose French
        await emu.user_sends_text(user, "/language", "en")
        choice = await emu.wait_for_message(user, has_buttons)
        await emu.user_presses(
            user,
            choice.message_id,
            choice.button("Français").callback_data or "",
            language_code="en",
        )
        await emu.wait_for_text(user, "je vous écrirai en français")
        await ask_for_erasure(emu, user, MARIE, "en")
        step = await emu.wait_for_text(user, "Tapez le code ici")
        # the step offers its ways out from the start
        assert step.button(NEW_CODE) and step.button(LEARNER_NUMBER)
        assert "spam" in (step.text or "") and "15 minutes" in (step.text or "")
        code = await mailbox.code_for(MARIE)
        assert TYPE_IT_FR in code_mail_text(bot_settings.outbox_dir, MARIE)

    async with bot_process(telegram, bot_desk, bot_settings):  # a restart: memory is empty
        await emu.user_sends_text(user, "/start", "en")
        await emu.wait_for_text(user, "Bonjour")
        recalled = await emu.wait_for_text(user, "attend toujours le code")
        assert recalled.button(NEW_CODE)
        await asyncio.sleep(1.0)
        await emu.user_sends_text(user, f"here is the code {code}", "en")
        await emu.wait_for_text(user, "Merci, votre identité est confirmée")
    assert bot_desk.pending_code(user) is None


async def test_i_didnt_get_a_code_then_the_learner_number(
    running_bot: object, telegram: TelegramEmulator, bot_desk: Desk, bot_settings: Settings
) -> None:
    emu, user, mailbox = telegram, 5003, Mailbox(bot_settings.outbox_dir)
    await ask_for_erasure(emu, user, "m.dupont@old-address.example", "fr")
    await emu.wait_for_text(user, "Tapez le code ici")
    await asyncio.sleep(1.0)
    await emu.user_sends_text(user, "je n'ai pas reçu de code")
    help_ = await emu.wait_for_text(user, "il arrive en général en moins d'une minute")
    assert "courriers indésirables" in (help_.text or "")
    assert "15 minutes" in (help_.text or "") and help_.button(NEW_CODE)
    await emu.user_presses(
        user, help_.message_id, help_.button(LEARNER_NUMBER).callback_data or ""
    )
    await emu.wait_for_text(user, "Tapez votre numéro d'apprenant")
    await asyncio.sleep(1.0)
    await emu.user_sends_text(user, "L-1001")
    await emu.wait_for_text(user, "nous venons d'envoyer un nouveau code")
    code = await mailbox.code_for(MARIE)
    await emu.user_sends_text(user, code)
    await emu.wait_for_text(user, "votre identité est confirmée")
