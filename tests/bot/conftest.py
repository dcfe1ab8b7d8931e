"""Fixtures for the Telegram adapter: the Bot API emulator and bots pointed at it."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from pydantic import SecretStr
from sqlalchemy.engine import Engine

from bot.storage import build_storage
from tests.bot.scenario import STAFF_CHAT, STAFF_USER, Mailbox, RunningBot
from tests.telegram_emulator import TelegramEmulator
from workflows.config import Settings
from workflows.context import Context
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.models import Learner
from workflows.notices import Renderer
from workflows.requests import RequestType


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


# ---------------------------------------------------------------------- the full bot


@dataclass(frozen=True)
class StubClassification:
    """Stand-in for ``workflows.classifier``'s result in bot tests."""

    labels: tuple[RequestType, ...]
    confidence: float
    language: str
    low_confidence: bool = False
    intent: str = "request"

    def as_json(self) -> dict[str, object]:
        labels = [str(x) for x in self.labels]
        return {"labels": labels, "confidence": self.confidence, "intent": self.intent}


KEYWORDS = {
    RequestType.ERASURE: ("supprim", "effac", "delete", "erase"),
    RequestType.ACCESS: ("copie", "copy", "access", "accès"),
    RequestType.MARKETING_OBJECTION: ("unsubscribe", "désinscri", "publicité"),
}


class StubClassifier:
    """Stand-in for ``workflows.classifier.Classifier`` in bot tests: a few keywords."""

    def classify(self, subject: str, text: str) -> StubClassification:
        body = f"{subject} {text}".lower()
        labels = tuple(label for label, words in KEYWORDS.items() if any(w in body for w in words))
        english = any(w in f" {body} " for w in (" the ", " my ", "please"))
        language = "en" if english else "fr"
        if not labels and any(w in body for w in ("combien de temps", "how long")):
            return StubClassification((RequestType.OTHER,), 0.85, language, intent="question_only")
        return StubClassification(labels or (RequestType.OTHER,), 0.9, language)


@pytest.fixture(params=["memory", "redis"])
def fsm_backend(request: pytest.FixtureRequest) -> str | None:
    """FSM tests run with both storages; Redis must be reachable when asked for."""
    if request.param == "memory":
        return None
    return os.environ.get("PRIVACY_DESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def bot_settings(settings: Settings, telegram: TelegramEmulator, tmp_path: Path) -> Settings:
    telegram.add_group(STAFF_CHAT, "DPO team")
    return settings.model_copy(
        update={
            "telegram_token": SecretStr(telegram.token),
            "telegram_api_url": telegram.base_url,
            "staff_chat_id": STAFF_CHAT,
            "staff_user_ids": [STAFF_USER],
            "proof_key": SecretStr("test proof key"),
            "dispatcher_interval_seconds": 0.05,
            "outbox_dir": tmp_path / "outbox",
        }
    )


@pytest.fixture
def bot_desk(engine: Engine, bot_settings: Settings) -> Desk:
    ctx = Context(settings=bot_settings, renderer=Renderer(), classifier=StubClassifier())
    with session_scope(engine) as session:
        session.add(
            Learner(learner_id="L-1001", email="marie.dupont@example.fr", first_name="Marie")
        )
        session.add(
            Learner(
                learner_id="L-2002",
                email="john.smith@example.com",
                first_name="John",
                language="en",
            )
        )
    return Desk(engine, ctx)


@pytest.fixture
async def running_bot(
    telegram: TelegramEmulator, bot_desk: Desk, bot_settings: Settings, fsm_backend: str | None
) -> AsyncIterator[RunningBot]:
    """The whole Telegram channel against the emulator, plus mail delivery to ``.eml`` files."""
    from bot.app import run_bot
    from mail.outbound import FileTransport
    from workflows.outbox import Dispatcher as OutboxDispatcher

    settings = bot_settings.model_copy(update={"redis_url": fsm_backend})
    # A key prefix of its own keeps this test's conversations apart from any other run on the
    # same Redis database.
    storage = build_storage(fsm_backend, prefix=f"pd_test_{uuid.uuid4().hex}")
    stop = asyncio.Event()
    mail = OutboxDispatcher(bot_desk.engine, {"email": FileTransport(settings)}, interval=0.05)
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    bot = Bot(telegram.token, session=session)
    tasks = [
        asyncio.create_task(
            run_bot(bot_desk, settings, stop, bot=bot, storage=storage, polling_timeout=1)
        ),
        asyncio.create_task(mail.run(stop)),
    ]
    try:
        yield RunningBot(telegram, bot_desk, Mailbox(settings.outbox_dir))
    finally:
        stop.set()
        await asyncio.gather(*tasks)
