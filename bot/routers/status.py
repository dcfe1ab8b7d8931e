"""``/status`` (the chat's requests and where they stand) and ``/cancel`` (leave the current step,
or withdraw a request). Withdrawal is the core's ``Desk.cancel``, on a ticket this chat owns."""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import gettext as _
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import CancelTicket, KeepTicket, Menu
from bot.routers.common import core
from bot.storage import move
from bot.texts import local_date, state_name, type_name
from workflows.desk import CancelRefused, Desk
from workflows.lifecycle import OPEN, IllegalTransition, State
from workflows.models import Ticket

log = logging.getLogger(__name__)


def describe(ticket: Ticket, language: str) -> str:
    line = _("{reference} — {type}: {state}").format(
        reference=ticket.reference,
        type=type_name(ticket.request_type),
        state=state_name(ticket.state),
    )
    if ticket.state == State.AWAITING_IDENTITY:
        line += "\n" + _("   type here the code we emailed you, or ask for a new one")
    if State(ticket.state) in OPEN:
        line += "\n" + _("   answer due by {date}").format(
            date=local_date(ticket.effective_due_at, language)
        )
    return line


async def show_status(message: Message, desk: Desk, chat_id: int, language: str) -> None:
    tickets = await core(desk.tickets_for_chat, chat_id)
    if not tickets:
        await message.answer(
            _("You have no request with us yet. Write your request, or use /start.")
        )
        return
    lines = [_("Your requests:"), *(describe(t, language) for t in tickets[:20])]
    await message.answer("\n".join(lines))


async def status(message: Message, desk: Desk, language: str) -> None:
    await show_status(message, desk, message.chat.id, language)


async def mine(query: CallbackQuery, desk: Desk, language: str) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await show_status(query.message, desk, query.from_user.id, language)


async def cancel(message: Message, state: FSMContext, desk: Desk) -> None:
    if await state.get_state() is not None:  # one answer: the step, not also a list
        await move(state, None, {})
        await message.answer(
            _("All right, I stopped the current step. To withdraw a request, send /cancel again.")
        )
        return
    tickets = await core(desk.tickets_for_chat, message.chat.id)
    open_tickets = [t for t in tickets if State(t.state) in OPEN]
    if not open_tickets:
        await message.answer(_("You have no open request to withdraw."))
        return
    builder = InlineKeyboardBuilder()
    for ticket in open_tickets[:10]:
        assert ticket.id is not None
        builder.button(
            text=f"{ticket.reference} — {type_name(ticket.request_type)}",
            callback_data=CancelTicket(ticket_id=ticket.id),
        )
    builder.adjust(1)
    await message.answer(
        _("Which request do you want to withdraw?"), reply_markup=builder.as_markup()
    )


async def keep_ticket(query: CallbackQuery, callback_data: KeepTicket, desk: Desk) -> None:
    chat_id = query.from_user.id
    ticket = await core(desk.ticket_for_chat, chat_id, callback_data.ticket_id)
    await query.answer()
    if ticket is not None and isinstance(query.message, Message):
        await query.message.edit_text(
            _("All right, request {reference} stays open.").format(reference=ticket.reference)
        )


async def cancel_ticket(query: CallbackQuery, callback_data: CancelTicket, desk: Desk) -> None:
    chat_id = query.from_user.id
    ticket = await core(desk.ticket_for_chat, chat_id, callback_data.ticket_id)
    message = query.message if isinstance(query.message, Message) else None
    if ticket is None or message is None:
        log.warning("chat %s tried to withdraw ticket %s", chat_id, callback_data.ticket_id)
        await query.answer(_("This request cannot be found."), show_alert=True)
        return
    if not callback_data.confirm:
        builder = InlineKeyboardBuilder()
        builder.button(
            text=_("Yes, withdraw it"),
            callback_data=CancelTicket(ticket_id=callback_data.ticket_id, confirm=True),
        )
        builder.button(
            text=_("No, keep it"), callback_data=KeepTicket(ticket_id=callback_data.ticket_id)
        )
        builder.adjust(1)
        await query.answer()
        await message.edit_text(
            _("Withdraw request {reference}? It will be closed and not carried out.").format(
                reference=ticket.reference
            ),
            reply_markup=builder.as_markup(),
        )
        return
    try:
        await core(desk.withdraw_from_chat, chat_id, callback_data.ticket_id)
    except CancelRefused:  # logged on the ticket by the core
        await query.answer(_("This request cannot be found."), show_alert=True)
        return
    except IllegalTransition:
        await query.answer(_("This request is already closed."), show_alert=True)
        return
    await query.answer()
    await message.edit_text(
        _("Request {reference} is withdrawn.").format(reference=ticket.reference)
    )


def build_router() -> Router:
    """/status and /cancel, and their buttons."""
    router = Router(name="status")
    router.message.register(status, Command("status"))
    router.callback_query.register(mine, Menu.filter(F.action == "mine"))
    router.message.register(cancel, Command("cancel"))
    router.callback_query.register(keep_ticket, KeepTicket.filter())
    router.callback_query.register(cancel_ticket, CancelTicket.filter())
    return router
