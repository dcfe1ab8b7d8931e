"""The bot's parts on their own: callback data, catalogs, rate limiting, the outbox transport."""

from __future__ import annotations

import asyncio
import io
import os
from types import SimpleNamespace

import pytest
from aiogram import Bot
from aiogram.filters.callback_data import CallbackData
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.callbacks import (
    Answer,
    CancelTicket,
    Confirm,
    Decision,
    IsAnswer,
    Menu,
    NewCode,
    OtherIdentifier,
    PickChannel,
    PickLanguage,
    PickType,
    RejectReason,
)
from bot.i18n import build_i18n, language_from_code, locales_dir
from bot.middlewares import RateLimit
from bot.routers.postmortem import WhoWrites
from bot.transport import TelegramTransport, split_text
from tests.telegram_emulator import TelegramEmulator
from workflows.lifecycle import RejectionReason
from workflows.outbox import PermanentDeliveryError, TransientDeliveryError
from workflows.requests import RequestType

LONGEST_TICKET_ID = 2**53


@pytest.mark.parametrize(
    "data",
    [
        Menu(action="mine"),
        *(PickType(label=t.value) for t in RequestType),
        WhoWrites(who="heir"),
        Confirm(answer="other"),
        PickLanguage(language="en"),
        CancelTicket(ticket_id=LONGEST_TICKET_ID, confirm=True),
        *(Decision(action=a, ticket_id=LONGEST_TICKET_ID) for a in "arq"),
        *(RejectReason(ticket_id=LONGEST_TICKET_ID, reason=r.value) for r in RejectionReason),
        Answer(ticket_id=LONGEST_TICKET_ID),
        NewCode(),
        OtherIdentifier(),
        IsAnswer(yes=False),
        PickChannel(channel="all"),
    ],
    ids=repr,
)
def test_callback_data_round_trips_within_64_bytes(data: CallbackData) -> None:
    packed = data.pack()
    assert len(packed.encode()) <= 64
    assert type(data).unpack(packed) == data


def test_callback_prefixes_are_distinct() -> None:
    import bot.callbacks

    factories = [
        value
        for value in vars(bot.callbacks).values()
        if isinstance(value, type)
        and issubclass(value, CallbackData)
        and value is not CallbackData
    ]
    prefixes = [factory.__prefix__ for factory in factories]
    assert len(factories) >= 12
    assert len(set(prefixes)) == len(prefixes)


def _catalog(language: str):  # type: ignore[no-untyped-def]
    path = locales_dir() / language / "LC_MESSAGES" / "bot.po"
    with path.open("rb") as source:
        return read_po(source)


def test_every_text_of_the_bot_is_in_both_catalogs() -> None:
    root = locales_dir().parent.parent
    used = {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(root / "bot"), method_map=[("**.py", "python")]
        )
    }
    assert len(used) > 50
    french, english = _catalog("fr"), _catalog("en")
    for message in used:
        assert message in english, message
        assert french.get(message) is not None and french.get(message).string, message
    for entry in french:
        if entry.id and "{" in entry.id:  # placeholders survive translation
            assert set(_fields(entry.id)) == set(_fields(entry.string)), entry.id


def _fields(text: str) -> list[str]:
    import string

    return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name]


def test_catalogs_compile_and_translate() -> None:
    i18n = build_i18n()
    assert set(i18n.available_locales) == {"fr", "en"}
    assert i18n.gettext("Delete my data", locale="fr") == "Supprimer mes données"
    assert i18n.gettext("Delete my data", locale="en") == "Delete my data"
    assert [language_from_code(c) for c in ("en-GB", "fr", "de", None)] == ["en", "fr", "fr", "fr"]


async def test_rate_limit_is_per_user_and_recovers() -> None:
    now = [0.0]
    limiter = RateLimit(rate=1.0, burst=3, clock=lambda: now[0])
    assert [await limiter.allow(1) for _ in range(4)] == [True, True, True, False]
    assert await limiter.allow(2)  # another user is not affected
    now[0] = 2.0
    assert [await limiter.allow(1) for _ in range(3)] == [True, True, False]


async def test_instances_on_one_redis_share_each_users_bucket_and_notice() -> None:
    """Two instances (each its own connection, as two processes) draw on one bucket per user
    and tell a flooding user once between them; in memory each would allow its own burst."""
    import uuid

    from bot.storage import LocalState, RedisState, build_storage, state_beside

    url = os.environ.get("PRIVACY_DESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    prefix = f"pd_test_{uuid.uuid4().hex}"
    storages = [build_storage(url, prefix=prefix) for _ in range(2)]
    states = [state_beside(s) for s in storages]
    assert isinstance(states[0], RedisState) and isinstance(states[1], RedisState)
    try:
        limiters = [RateLimit(rate=0.001, burst=3, state=state) for state in states]
        assert [await limiters[i % 2].allow(1) for i in range(5)] == [True] * 3 + [False] * 2
        assert await limiters[1].allow(2)  # another user is not affected
        assert await states[0].claim("rate-notice:0:1", 30)
        assert not await states[1].claim("rate-notice:0:1", 30)
        fast = RateLimit(rate=20.0, burst=1, state=states[0])
        assert await fast.allow(3) and not await fast.allow(3)
        await asyncio.sleep(0.1)  # two tokens' worth on Redis's clock
        assert await fast.allow(3)
        apart = [RateLimit(rate=0.001, burst=3, state=LocalState()) for _ in range(2)]
        assert [await apart[i % 2].allow(1) for i in range(5)] == [True] * 5
    finally:
        redis = states[0].redis
        keys = [key async for key in redis.scan_iter(f"{prefix}:*")]
        if keys:
            await redis.delete(*keys)
        for storage in storages:
            await storage.close()


async def test_flooding_user_is_told_once(telegram: TelegramEmulator, tg_bot: Bot) -> None:
    from aiogram import Dispatcher, F
    from aiogram.types import Message

    from bot.i18n import UserLocaleMiddleware
    from tests.telegram_emulator import polling

    dp = Dispatcher()
    UserLocaleMiddleware(build_i18n(), dp.storage).setup(dp)
    dp.message.outer_middleware(RateLimit(rate=0.001, burst=2, notice_every=60))

    @dp.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer("ok")

    async with polling(dp, tg_bot):
        for _ in range(6):
            await telegram.user_sends_text(8, "spam")
        await telegram.wait_for_sent(3)
        await telegram.user_sends_text(9, "hello", language_code="en")
        await telegram.wait_for_text(9, "ok")
    texts = [m.text for m in telegram.sent(8)]
    assert texts.count("ok") == 2
    assert [t for t in texts if t != "ok"] == [
        "Vous écrivez un peu vite. Merci de patienter un instant avant de réessayer."
    ]


def _item(**values: object) -> SimpleNamespace:
    base = {
        "id": 1,
        "ticket_id": 7,
        "channel": "telegram",
        "recipient": "31",
        "template": "received",
        "language": "fr",
        "subject": "s",
        "body_text": "Bonjour",
        "headers": {},
        "attachments": [],
    }
    return SimpleNamespace(**{**base, **values})


async def test_a_flood_error_on_one_chat_leaves_the_others_alone(
    telegram: TelegramEmulator, tg_bot: Bot
) -> None:
    """A 429 is the peer's word for that chat: the transport hands its ``retry_after`` to the
    dispatcher (which holds that chat's items) and keeps sending to every other chat."""
    telegram.add_group(-5, "staff")
    await telegram.user_sends_text(31, "hi")
    transport = TelegramTransport(tg_bot, build_i18n())
    telegram.flood("sendMessage", times=5, retry_after=7, chat_id=-5)
    with pytest.raises(TransientDeliveryError) as flooded:
        await transport.send(_item(channel="staff", recipient="-5"))  # type: ignore[arg-type]
    assert flooded.value.retry_after == 7 and telegram.floods_answered(-5) == 1
    await transport.send(_item())  # type: ignore[arg-type]
    assert (await telegram.wait_for_message(31)).text == "Bonjour"


async def test_transport_buttons_and_refusals(telegram: TelegramEmulator, tg_bot: Bot) -> None:
    telegram.add_group(-5, "staff")
    transport = TelegramTransport(tg_bot, build_i18n())
    await transport.send(
        _item(channel="staff", recipient="-5", template="staff_escalation")  # type: ignore[arg-type]
    )
    card = await telegram.wait_for_message(-5)
    assert [b.text for b in card.flat_buttons()] == [
        "Approuver",
        "Refuser",
        "Demander au demandeur",
    ]
    assert card.button("Approuver").callback_data == Decision(action="a", ticket_id=7).pack()
    with pytest.raises(PermanentDeliveryError):  # a chat that never talked to the bot
        await transport.send(_item(recipient="999999"))  # type: ignore[arg-type]
    with pytest.raises(PermanentDeliveryError):
        await transport.send(_item(recipient="someone@example.org"))  # type: ignore[arg-type]


def test_long_texts_are_split_at_paragraphs() -> None:
    text = "\n\n".join(f"paragraph {i} " + "x" * 900 for i in range(10))
    chunks = split_text(text)
    assert all(len(c) <= 4096 for c in chunks) and len(chunks) == 3
    assert "".join(chunks).replace("\n", "") == text.replace("\n", "")
    assert split_text(io.StringIO("short").read()) == ["short"]


async def test_storage_moves_and_language_preference(fsm_backend: str | None) -> None:
    """``move`` sets state and data; the language preference, kept beside the conversation, is
    never stale after a new choice and outlives the conversation (memory and Redis)."""
    from aiogram.fsm.context import FSMContext
    from aiogram.fsm.storage.base import StorageKey
    from aiogram.fsm.storage.redis import RedisStorage

    from bot.i18n import choose_language, chosen_language
    from bot.states import Learner
    from bot.storage import build_storage, move

    storage = build_storage(fsm_backend, prefix="privacy_desk_test")
    assert isinstance(storage, RedisStorage) == bool(fsm_backend)
    key = StorageKey(bot_id=1, chat_id=55, user_id=55)
    state = FSMContext(storage, key)
    try:
        await move(state, Learner.code, {"thread_key": "t-1"})
        assert await state.get_state() == Learner.code.state
        assert await state.get_data() == {"thread_key": "t-1"}
        assert await chosen_language(storage, 1, 55) is None

        await choose_language(storage, 1, 55, "en")
        await state.get_state()  # what aiogram does first on every update
        await choose_language(storage, 1, 55, "fr")  # another update chose again meanwhile
        assert await chosen_language(storage, 1, 55) == "fr"
        await state.get_state()
        assert await chosen_language(storage, 1, 55) == "fr"

        await move(state, None, {})
        assert await state.get_state() is None and await state.get_data() == {}
        assert await chosen_language(storage, 1, 55) == "fr"  # the preference outlives it
    finally:
        await storage.set_data(StorageKey(1, 55, 55, destiny="prefs"), {})
        await storage.close()
