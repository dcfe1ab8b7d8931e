"""Outbox items on Telegram with attachments: the text, then each attachment as a document,
and a retry after a flood error in the middle sends only what did not go yet."""

from __future__ import annotations

import asyncio
import base64

import pytest
from sqlmodel import select

from tests.bot.scenario import RunningBot
from workflows.db import session_scope
from workflows.models import OutboxItem, OutboxStatus

PACKAGE = [
    {"filename": "donnees.json", "content_type": "application/json", "data": b'{"a": 1}'},
    {"filename": "donnees.csv", "content_type": "text/csv", "data": b"a,b\n1,2\n"},
]


def add_item(bot: RunningBot, chat_id: int) -> int:
    attachments = [
        {
            "filename": a["filename"],
            "content_type": a["content_type"],
            "data_b64": base64.b64encode(a["data"]).decode(),  # type: ignore[arg-type]
        }
        for a in PACKAGE
    ]
    with session_scope(bot.desk.engine) as session:
        item = OutboxItem(
            channel="telegram",
            recipient=str(chat_id),
            template="access_package",
            subject="Vos données",
            body_text="Voici la copie de vos données.",
            attachments=attachments,
        )
        session.add(item)
        session.flush()
        assert item.id is not None
        return item.id


@pytest.mark.parametrize("fails_after", [0, 1], ids=["first-document", "second-document"])
async def test_attachments_are_sent_once_despite_a_flood_error(
    running_bot: RunningBot, fails_after: int
) -> None:
    bot, emu, user = running_bot, running_bot.telegram, 5150
    await emu.user_sends_text(user, "/help")
    await emu.wait_for_message(user)
    emu.flood("sendDocument", times=1, retry_after=1, after=fails_after)
    item_id = add_item(bot, user)

    text = await emu.wait_for_text(user, "Voici la copie")
    first = await emu.wait_for_message(user, lambda m: m.document is not None, timeout=10)
    second = await emu.wait_for_message(user, lambda m: m.document is not None, timeout=10)
    assert (first.filename, first.document) == ("donnees.json", b'{"a": 1}')
    assert (second.filename, second.document) == ("donnees.csv", b"a,b\n1,2\n")
    assert text.message_id < first.message_id < second.message_id

    for _ in range(100):
        with session_scope(bot.desk.engine) as session:
            item = session.exec(select(OutboxItem).where(OutboxItem.id == item_id)).one()
        if item.status == OutboxStatus.SENT:
            break
        await asyncio.sleep(0.05)
    assert (
        item.status == OutboxStatus.SENT and item.attempts == 2
    )  # the flood error cost one retry
    sent = emu.sent(user)[1:]  # after the /help answer
    assert [m.method for m in sent] == ["sendMessage", "sendDocument", "sendDocument"]
