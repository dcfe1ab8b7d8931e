"""Answers to our team's questions and proof documents, handed to the core."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

from aiogram import Bot, F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import gettext as _
from aiogram.utils.i18n import ngettext

from bot.callbacks import Answer
from bot.routers.common import core
from bot.states import Learner
from bot.storage import move
from workflows.desk import Desk
from workflows.lifecycle import IllegalTransition, State
from workflows.proofs import ProofRefused, documents_missing
from workflows.tickets import TicketNotFound

log = logging.getLogger(__name__)
MAX_DOCUMENT = 20 * 1024 * 1024  # what the Bot API lets a bot download


@dataclass(frozen=True)
class Upload:
    """A file a person sent: a document, or a photo (its largest size)."""

    file_id: str
    name: str
    content_type: str
    size: int


def received_file(message: Message) -> Upload:
    if message.photo:
        largest = max(message.photo, key=lambda p: (p.width * p.height, p.file_size or 0))
        name = f"photo-{largest.file_unique_id}.jpg"
        return Upload(largest.file_id, name, "image/jpeg", largest.file_size or 0)
    document = message.document
    assert document is not None
    name = document.file_name or "document"
    content_type = document.mime_type or "application/octet-stream"
    return Upload(document.file_id, name, content_type, document.file_size or 0)


def refusal_text(refused: ProofRefused) -> str:
    """Why a document was refused, in the requester's language."""
    texts = {
        "format": _(
            "This file could not be accepted: please send a PDF, or a photo (JPEG or PNG)."
        ),
        "too_large": _("This file is too large (20 MB at most)."),
        "too_many": _("This request already has as many documents as we can take."),
        "closed": _("This request is closed: it no longer takes documents."),
        "empty": _("This file is empty."),
    }
    return texts.get(refused.why) or _("This file could not be accepted.")


async def answer_button(
    query: CallbackQuery, callback_data: Answer, state: FSMContext, desk: Desk
) -> None:
    chat_id = query.from_user.id
    ticket = await core(desk.ticket_for_chat, chat_id, callback_data.ticket_id)
    if ticket is None or ticket.state != State.AWAITING_REQUESTER:
        await query.answer(_("This question is no longer open."), show_alert=True)
        return
    await query.answer()
    await move(state, Learner.answering, {"ticket_id": callback_data.ticket_id})
    if isinstance(query.message, Message):
        await query.message.answer(
            _("Please write your answer (or send documents), in one message.")
        )


async def answered(message: Message, state: FSMContext, desk: Desk) -> None:
    ticket_id = int((await state.get_data()).get("ticket_id") or 0)
    await move(state, None, {})
    try:
        await core(desk.reply_from_chat, message.chat.id, ticket_id, message.text or "")
    except (IllegalTransition, TicketNotFound):
        await message.answer(_("This question is no longer open."))
        return
    await message.answer(_("Thank you, your answer was added to your request."))


async def document(message: Message, state: FSMContext, desk: Desk, bot: Bot) -> None:
    upload = received_file(message)
    chat_id = message.chat.id
    wanted = await core(desk.tickets_wanting_documents, chat_id)
    if not wanted:
        await message.answer(_("Thank you, but none of your requests needs a document now."))
        return
    if upload.size > MAX_DOCUMENT:
        await message.answer(_("This file is too large (20 MB at most)."))
        return
    downloaded = await bot.download(upload.file_id)
    assert downloaded is not None
    data = downloaded.read()
    actor = f"telegram:{chat_id}"
    caption = message.caption or ""
    missing = 0
    for ticket in wanted:
        try:
            await core(
                desk.add_proof,
                ticket.id,
                upload.name,
                upload.content_type,
                data,
                actor,
                caption,
            )
        except ProofRefused as refused:  # logged on the ticket by the core
            await message.answer(refusal_text(refused))
            return
        # a document that answers our team's question counts as the requester's reply
        assert ticket.id is not None
        current = await core(desk.ticket_for_chat, chat_id, ticket.id)
        if current is not None and current.state == State.AWAITING_REQUESTER:
            with contextlib.suppress(IllegalTransition):
                await core(desk.reply_from_chat, chat_id, ticket.id, f"[document {upload.name}]")
        if current is not None:
            missing = max(missing, documents_missing(current))
    if await state.get_state() == Learner.answering:
        await move(state, None, {})
    thanks = _("Thank you, we received {name}.").format(name=upload.name)
    if missing:
        more = ngettext(
            "One more document is still missing: send it here as well.",
            "{count} more documents are still missing: send them here as well.",
            missing,
        ).format(count=missing)
        await message.answer(f"{thanks} {more}")
    else:
        await message.answer(f"{thanks} " + _("Our team will review your documents."))


def build_router() -> Router:
    """Answers to our team's questions and documents."""
    router = Router(name="replies")
    router.callback_query.register(answer_button, Answer.filter())
    router.message.register(
        answered, StateFilter(Learner.answering), F.text & ~F.text.startswith("/")
    )
    router.message.register(document, F.document | F.photo)
    return router
