"""Staff rejection and questions, learner answers and proof documents, and webhook mode."""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from pydantic import SecretStr, ValidationError
from sqlmodel import select

from tests.bot.scenario import STAFF_CHAT, STAFF_USER, RunningBot
from tests.telegram_emulator import BotMessage, TelegramEmulator
from workflows.config import Settings
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.lifecycle import State
from workflows.models import ProofDocument, Ticket


def ticket(bot: RunningBot) -> Ticket:
    with session_scope(bot.desk.engine) as session:
        return session.exec(select(Ticket)).one()


def has_buttons(message: BotMessage) -> bool:
    return bool(message.buttons)


async def escalate(bot: RunningBot, user: int = 1001) -> BotMessage:
    """A verified French erasure request, up to its card in the staff chat."""
    emu = bot.telegram
    await emu.user_sends_text(user, "Supprimez mes données s'il vous plaît")
    question = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, question.message_id, "c:yes")
    await emu.wait_for_text(user, "adresse e-mail")
    await emu.user_sends_text(user, "marie.dupont@example.fr")
    await emu.user_sends_text(user, await bot.mailbox.code_for("marie.dupont@example.fr"))
    return await emu.wait_for_message(STAFF_CHAT, has_buttons)


async def test_staff_rejects_with_a_reason(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    card = await escalate(running_bot)
    await emu.user_presses(
        STAFF_USER, card.message_id, card.button("d:r:").callback_data or "", chat_id=STAFF_CHAT
    )
    reasons = await emu.wait_for_message(STAFF_CHAT, lambda m: "raison" in (m.text or ""))
    other = reasons.button("Autre").callback_data or ""
    await emu.user_presses(STAFF_USER, reasons.message_id, other, chat_id=STAFF_CHAT)
    prompt = await emu.wait_for_text(STAFF_CHAT, "Répondez avec l'explication")
    assert "Le demandeur lit le français : écrivez en français." in (prompt.text or "")
    await emu.user_sends_text(STAFF_USER, "/skip", chat_id=STAFF_CHAT)  # "other" needs a text
    await emu.wait_for_text(STAFF_CHAT, "explication est obligatoire")
    await emu.user_sends_text(
        STAFF_USER, "Vos données sont déjà supprimées depuis 2024.", chat_id=STAFF_CHAT
    )
    await emu.wait_for_text(STAFF_CHAT, "refusée par")
    refused = ticket(running_bot)
    assert refused.state == State.REJECTED and refused.rejection_reason == "other"
    told = await emu.wait_for_message(1001, lambda m: "CNIL" in (m.text or ""))
    assert refused.reference in (told.text or "")


async def test_staff_are_told_to_write_in_the_requesters_language(
    running_bot: RunningBot,
) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 2002
    await emu.user_sends_text(user, "Please delete my data", language_code="en")
    question = await emu.wait_for_message(user, has_buttons)
    await emu.user_presses(user, question.message_id, "c:yes", language_code="en")
    await emu.wait_for_text(user, "your learner number")
    await emu.user_sends_text(user, "L-2002", language_code="en")
    code = await bot.mailbox.code_for("john.smith@example.com")
    await emu.user_sends_text(user, code, language_code="en")
    card = await emu.wait_for_message(STAFF_CHAT, has_buttons)
    await emu.user_presses(
        STAFF_USER, card.message_id, card.button("d:q:").callback_data or "", chat_id=STAFF_CHAT
    )
    prompt = await emu.wait_for_text(STAFF_CHAT, "Répondez avec la question")
    assert "Le demandeur lit l'anglais : écrivez en anglais." in (prompt.text or "")
    await emu.user_sends_text(STAFF_USER, "Which course did you follow?", chat_id=STAFF_CHAT)
    asked = await emu.wait_for_text(user, "Which course did you follow?")
    assert "Which course" in (asked.text or "")


async def test_staff_asks_learner_answers_with_a_document(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    card = await escalate(running_bot)
    await emu.user_presses(
        STAFF_USER, card.message_id, card.button("d:q:").callback_data or "", chat_id=STAFF_CHAT
    )
    await emu.wait_for_text(STAFF_CHAT, "Répondez avec la question")
    await emu.user_sends_text(
        STAFF_USER, "Merci d'envoyer une pièce d'identité.", chat_id=STAFF_CHAT
    )
    await emu.wait_for_text(STAFF_CHAT, "Question envoyée")
    assert ticket(running_bot).state == State.AWAITING_REQUESTER

    asked = await emu.wait_for_message(1001, lambda m: "pièce d'identité" in (m.text or ""))
    await emu.user_presses(1001, asked.message_id, asked.button("Répondre").callback_data or "")
    await emu.wait_for_text(1001, "Écrivez votre réponse")
    await emu.user_sends_document(1001, "identite.pdf", b"%PDF-1.4 carte")
    await emu.wait_for_text(1001, "nous avons bien reçu identite.pdf")
    back = ticket(running_bot)
    assert back.state == State.AWAITING_APPROVAL  # back to staff with the answer
    with session_scope(running_bot.desk.engine) as session:
        proof = session.exec(select(ProofDocument)).one()
    assert proof.size == len(b"%PDF-1.4 carte") and proof.encrypted
    assert b"carte" not in proof.encrypted  # encrypted at rest
    await emu.wait_for_message(STAFF_CHAT, has_buttons)  # a new card for the new decision


async def test_a_document_nobody_asked_for(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    await emu.user_sends_document(1234, "random.pdf", b"%PDF")
    assert "aucune de vos demandes" in ((await emu.wait_for_message(1234)).text or "")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_mode(
    telegram: TelegramEmulator, bot_desk: Desk, bot_settings: Settings
) -> None:
    from bot.app import run_bot

    port = _free_port()
    settings = bot_settings.model_copy(
        update={
            "telegram_webhook_url": f"http://127.0.0.1:{port}/tg/hook",
            "telegram_webhook_listen": f"127.0.0.1:{port}",
            "telegram_webhook_secret": SecretStr("shared-by-every-instance"),
        }
    )
    stop = asyncio.Event()
    bot = Bot(
        telegram.token, session=AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    )
    task = asyncio.create_task(run_bot(bot_desk, settings, stop, bot=bot))
    try:
        for _ in range(100):
            if telegram.webhook:
                break
            await asyncio.sleep(0.05)
        assert telegram.webhook and telegram.webhook["url"].endswith("/tg/hook")
        assert telegram.webhook["secret_token"] == "shared-by-every-instance"
        await telegram.user_sends_text(1001, "/start")
        assert "Bonjour" in ((await telegram.wait_for_message(1001)).text or "")
        async with (  # a post without the secret is refused
            aiohttp.ClientSession() as http,
            http.post(telegram.webhook["url"], json={"update_id": 999}) as resp,
        ):
            assert resp.status == 401
    finally:
        stop.set()
        await task


def test_webhook_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.app import WebhookOptions

    assert WebhookOptions.from_settings(Settings(_env_file=None)) is None  # type: ignore[call-arg]
    monkeypatch.setenv("PRIVACY_DESK_TELEGRAM_WEBHOOK_URL", "https://desk.example.org/tg/hook")
    monkeypatch.setenv("PRIVACY_DESK_TELEGRAM_WEBHOOK_LISTEN", "10.0.0.5:9000")
    monkeypatch.setenv("PRIVACY_DESK_TELEGRAM_WEBHOOK_SECRET", "s3cret")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert "s3cret" not in repr(settings)
    assert WebhookOptions.from_settings(settings) == WebhookOptions(
        url="https://desk.example.org/tg/hook",
        host="10.0.0.5",
        port=9000,
        path="/tg/hook",
        secret="s3cret",
    )
    monkeypatch.setenv("PRIVACY_DESK_TELEGRAM_WEBHOOK_LISTEN", "9000")
    with pytest.raises(ValidationError, match="host:port"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_without_a_secret_every_instance_derives_the_same_one_from_the_token() -> None:
    """Instances behind one webhook URL must check one secret: never one made up at start."""
    from bot.app import WebhookOptions

    def secret(token: str) -> str:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            telegram_token=SecretStr(token),
            telegram_webhook_url="https://desk.example.org/tg/hook",
        )
        options = WebhookOptions.from_settings(settings)
        assert options is not None
        return options.secret

    first = secret("123:token")
    assert first == secret("123:token") and first != secret("123:other")
    assert len(first) == 64 and "token" not in first


async def test_staff_reclassify_a_request_from_the_chat(running_bot: RunningBot) -> None:
    emu = running_bot.telegram
    await escalate(running_bot)
    reference = ticket(running_bot).reference
    await emu.user_sends_text(STAFF_USER, f"/reclassify {reference} access", chat_id=STAFF_CHAT)
    await emu.wait_for_text(STAFF_CHAT, f"{reference} est maintenant une demande de type access")
    moved = ticket(running_bot)
    assert moved.request_type == "access" and moved.state == State.AWAITING_APPROVAL
    await emu.user_sends_text(STAFF_USER, f"/reclassify {reference} access", chat_id=STAFF_CHAT)
    await emu.wait_for_text(STAFF_CHAT, "Non reclassée : la demande a déjà ce type.")
    await emu.user_sends_text(STAFF_USER, f"/reclassify {reference} spam", chat_id=STAFF_CHAT)
    await emu.wait_for_text(STAFF_CHAT, "Écrivez /reclassify RÉFÉRENCE TYPE")
    stranger = 5151  # in the group, but not staff
    await emu.user_sends_text(stranger, f"/reclassify {reference} erasure", chat_id=STAFF_CHAT)
    await emu.wait_for_text(STAFF_CHAT, "Seule l'équipe")
    assert ticket(running_bot).request_type == "access"
