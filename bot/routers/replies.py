"""Answers to our team's questions and proof documents, handed to the core."""

from __future__ import annotations

import contextlib
import logging
from functools import partial

from aiogram import Bot, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import gettext as _

from bot.callbacks import Answer
from bot.filters import In, Magic
from bot.routers.common import core
from bot.states import Learner
from bot.storage import move
from workflows import chat
from workflows.desk import Desk
from workflows.lifecycle import IllegalTransition, State
from workflows.proofs import ProofRefused

log = logging.getLogger(__name__)
MAX_DOCUMENT = 20 * 1024 * 1024  # what the Bot API lets a bot download


def build_router() -> Router:
    router = Router(name="replies")

    @router.callback_query(Answer.filter())
    async def answer_button(
        query: CallbackQuery, callback_data: Answer, state: FSMContext, desk: Desk
    ) -> None:
        chat_id = query.from_user.id
        ticket = await core(
            desk.run, lambda s: chat.ticket_of_chat(s, chat_id, callback_data.ticket_id)
        )
        if ticket is None or ticket.state != State.AWAITING_REQUESTER:
            await query.answer(_("This question is no longer open."), show_alert=True)
            return
        await query.answer()
        await move(state, Learner.answering, {"ticket_id": callback_data.ticket_id})
        if isinstance(query.message, Message):
            await query.message.answer(
                _("Please write your answer (or send documents), in one message.")
            )

    @router.message(In(Learner.answering), Magic(F.text & ~F.text.startswith("/")))
    async def answered(message: Message, state: FSMContext, desk: Desk) -> None:
        ticket_id = (await state.get_data()).get("ticket_id")
        await move(state, None, {})
        try:
            await core(
                desk.requester_replied,
                ticket_id,
                actor=f"telegram:{message.chat.id}",
                text=message.text or "",
            )
        except IllegalTransition:
            await message.answer(_("This question is no longer open."))
            return
        await message.answer(_("Thank you, your answer was added to your request."))

    @router.message(Magic(F.document))
    async def document(message: Message, state: FSMContext, desk: Desk, bot: Bot) -> None:
        document = message.document
        assert document is not None
        chat_id = message.chat.id
        tickets = await core(desk.run, lambda s: chat.tickets_of_chat(s, chat_id))
        wanted = [
            t
            for t in tickets
            if t.state == State.AWAITING_REQUESTER
            or (t.state == State.AWAITING_IDENTITY and t.requester_kind != "self")
        ]
        if not wanted:
            await message.answer(_("Thank you, but none of your requests needs a document now."))
            return
        if (document.file_size or 0) > MAX_DOCUMENT:
            await message.answer(_("This file is too large (20 MB at most)."))
            return
        downloaded = await bot.download(document)
        assert downloaded is not None
        data = downloaded.read()
        actor = f"telegram:{chat_id}"
        for ticket in wanted:
            try:
                await core(
                    desk.add_proof,
                    ticket.id,
                    document.file_name or "document",
                    document.mime_type or "application/octet-stream",
                    data,
                    actor,
                )
            except ProofRefused as refused:  # logged on the ticket by the core
                await message.answer(
                    _("This document was not accepted: {reason}").format(reason=refused)
                )
                return
            # a document that answers our team's question counts as the requester's reply
            current = await core(
                desk.run, partial(chat.ticket_of_chat, chat_id=chat_id, ticket_id=ticket.id)
            )
            if current is not None and current.state == State.AWAITING_REQUESTER:
                with contextlib.suppress(IllegalTransition):
                    await core(
                        desk.requester_replied,
                        ticket.id,
                        actor=actor,
                        text=f"[document {document.file_name}]",
                    )
        if await state.get_state() == Learner.answering:
            await move(state, None, {})
        await message.answer(
            _("Thank you, we received {name}. Our team will review it.").format(
                name=document.file_name or "document"
            )
        )

    return router
