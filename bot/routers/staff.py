"""The staff chat: Approve / Reject / Ask on escalated tickets, and ``/reclassify REF TYPE``.

Whoever presses a button is checked against the configured staff at the handler (the button only
names the ticket); refusals are logged on the ticket. Decisions are the core's (``Desk.approve``,
``Desk.reject``, ``Desk.ask_requester``), which tell the learner through the outbox.
"""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, ForceReply, Message
from aiogram.utils.i18n import gettext as _
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import Decision, RejectReason
from bot.routers.common import core
from bot.states import Staff
from bot.storage import move
from bot.texts import state_name
from workflows.desk import (
    RECLASSIFIABLE,
    Decider,
    DecisionPrompt,
    Desk,
    ReasonNotAllowed,
    ReclassifyRefused,
)
from workflows.fulfilment import CORRECTION_MISSING, FulfilmentBlocked
from workflows.lifecycle import IllegalTransition, RejectionReason
from workflows.requests import RequestType
from workflows.staff import NotStaff
from workflows.tickets import TicketNotFound

log = logging.getLogger(__name__)


def reason_name(reason: str) -> str:
    names = {
        RejectionReason.IDENTITY_NOT_PROVEN: _("Identity not proven"),
        RejectionReason.NO_MATCHING_LEARNER: _("No matching learner"),
        RejectionReason.MANIFESTLY_UNFOUNDED: _("Manifestly unfounded or excessive"),
        RejectionReason.LEGAL_EXCEPTION: _("Legal exception"),
        RejectionReason.NO_STANDING: _("No standing (the person is of age)"),
        RejectionReason.COMPELLING_GROUNDS: _("Compelling legitimate grounds (objection)"),
        RejectionReason.OTHER: _("Other (explain)"),
    }
    return names.get(RejectionReason(reason), reason)


def not_possible(exc: Exception) -> str:
    """Why a staff action did not happen, in the staff member's language (the exception's own
    text is for the log)."""
    log.info("staff action refused: %s", exc)
    if isinstance(exc, NotStaff):
        return _("Only the DPO team can decide on requests.")
    if isinstance(exc, TicketNotFound):
        return _("This request cannot be found.")
    return _("Not possible: this request is no longer waiting for this decision.")


def reclassify_refusal(why: str) -> str:
    """Why the desk would not change a request's type, in the staff member's language."""
    reasons = {
        "identity": _("the new type needs the requester's identity, which was never proven."),
        "sibling": _("the same message already opened a request of that type."),
        "same": _("the request already has that type."),
    }
    return reasons.get(why) or _("this type is read from the message when it arrives.")


async def blocked_text(desk: Desk, decision: Decision, blocked: FulfilmentBlocked) -> str:
    """What staff must do before an approval that could not be carried out."""
    ticket, _events = await core(desk.ticket, decision.ticket_id)
    if blocked.why == CORRECTION_MISSING:
        return _(
            "{reference}: nothing was done, the correction is not recorded yet. Record it "
            "first, then approve again:\nprivacy-desk tickets correct {reference} --by YOUR_NAME "
            "--set field=value"
        ).format(reference=ticket.reference)
    return _("{reference}: nothing was done yet. {detail}").format(
        reference=ticket.reference, detail=blocked
    )


async def prompt_or_refuse(
    query: CallbackQuery, desk: Desk, ticket_id: int, action: str
) -> DecisionPrompt | None:
    """What the presser needs to ``action`` the ticket, once the core checked they may; else
    ``None``, after telling them (the core logged the refusal on the ticket)."""
    who = Decider(telegram_user_id=query.from_user.id)
    try:
        return await core(desk.decision_prompt, ticket_id, who, action)
    except (NotStaff, TicketNotFound) as exc:
        await query.answer(not_possible(exc), show_alert=True)
        return None


def write_in(language: str) -> str:
    """Which language staff write in: the requester's, who reads the text as typed."""
    if language == "en":
        return _("The requester reads English: write it in English.")
    return _("The requester reads French: write it in French.")


async def close_card(message: Message | None, note: str) -> None:
    """Mark the escalation message as decided and remove its buttons."""
    if message is None or not isinstance(message, Message):
        return
    text = (message.text or "").rstrip()
    await message.edit_text(f"{text}\n\n{note}"[:4096], reply_markup=None)


async def cancel(message: Message, state: FSMContext) -> None:
    await move(state, None, {})
    await message.answer(_("All right, I stopped the current step."))


async def reclassify(message: Message, command: CommandObject, desk: Desk) -> None:
    words = (command.args or "").split()
    types = sorted(t.value for t in RECLASSIFIABLE)
    if len(words) != 2 or words[1] not in types or message.from_user is None:
        await message.answer(
            _("Write /reclassify REFERENCE TYPE, the type one of: {types}.").format(
                types=", ".join(types)
            )
        )
        return
    who = Decider(telegram_user_id=message.from_user.id)
    try:
        ticket = await core(desk.reclassify, words[0], who, RequestType(words[1]))
    except ReclassifyRefused as refused:
        log.info("reclassify refused: %s", refused)
        await message.answer(
            _("Not reclassified: {reason}").format(reason=reclassify_refusal(refused.why))
        )
        return
    except (NotStaff, IllegalTransition, TicketNotFound) as exc:
        await message.answer(not_possible(exc))
        return
    await message.answer(
        _(
            "{reference} is now a request of type {type} ({state}). Its message is kept, "
            "names and numbers masked, to teach the classifier."
        ).format(
            reference=ticket.reference,
            type=ticket.request_type,
            state=state_name(ticket.state),
        )
    )


async def approve(query: CallbackQuery, callback_data: Decision, desk: Desk) -> None:
    who = Decider(telegram_user_id=query.from_user.id)
    try:
        ticket = await core(desk.approve, callback_data.ticket_id, who)
    except NotStaff:  # the core checked and logged the refusal
        await query.answer(_("Only the DPO team can decide on requests."), show_alert=True)
        return
    except (IllegalTransition, TicketNotFound) as exc:
        await query.answer(not_possible(exc), show_alert=True)
        return
    except FulfilmentBlocked as blocked:  # nothing was done: say what to do instead
        await query.answer()
        if isinstance(query.message, Message):
            await query.message.answer(await blocked_text(desk, callback_data, blocked))
        return
    await query.answer(_("Approved."))
    await close_card(
        query.message if isinstance(query.message, Message) else None,
        _("✅ Approved by {name} — {reference} is now {state}.").format(
            name=ticket.decided_by, reference=ticket.reference, state=state_name(ticket.state)
        ),
    )


async def reject(query: CallbackQuery, callback_data: Decision, desk: Desk) -> None:
    prompt = await prompt_or_refuse(query, desk, callback_data.ticket_id, "reject")
    if prompt is None:
        return
    await query.answer()
    builder = InlineKeyboardBuilder()
    for reason in prompt.reasons:
        builder.button(
            text=reason_name(reason),
            callback_data=RejectReason(ticket_id=callback_data.ticket_id, reason=reason),
        )
    builder.adjust(1)
    if isinstance(query.message, Message):
        await query.message.answer(
            _("Why is this request refused?"), reply_markup=builder.as_markup()
        )


async def reject_reason(
    query: CallbackQuery,
    callback_data: RejectReason,
    state: FSMContext,
    desk: Desk,
) -> None:
    prompt = await prompt_or_refuse(query, desk, callback_data.ticket_id, "reject")
    if prompt is None:
        return
    if callback_data.reason not in set(RejectionReason):
        await query.answer()
        return
    await query.answer()
    await move(
        state,
        Staff.reject_text,
        {"ticket_id": callback_data.ticket_id, "reason": callback_data.reason},
    )
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
        await query.message.answer(
            _("Reply with the explanation the requester will read (required).")
            + "\n"
            + write_in(prompt.language),
            reply_markup=ForceReply(selective=True),
        )


async def ask(
    query: CallbackQuery,
    callback_data: Decision,
    state: FSMContext,
    desk: Desk,
) -> None:
    prompt = await prompt_or_refuse(query, desk, callback_data.ticket_id, "ask")
    if prompt is None:
        return
    await query.answer()
    await move(state, Staff.question, {"ticket_id": callback_data.ticket_id})
    if isinstance(query.message, Message):
        await query.message.answer(
            _("Reply with the question or the documents to ask the requester for.")
            + "\n"
            + write_in(prompt.language),
            reply_markup=ForceReply(selective=True),
        )


async def reject_text(message: Message, state: FSMContext, desk: Desk) -> None:
    data = await state.get_data()
    text = None if message.text == "/skip" else message.text
    assert message.from_user is not None
    who = Decider(telegram_user_id=message.from_user.id)
    try:
        ticket = await core(
            desk.reject, data["ticket_id"], who, RejectionReason(data["reason"]), text
        )
    except ReasonNotAllowed as exc:
        await move(state, None, {})
        await message.answer(_("Not possible: {error}").format(error=exc))
        return
    except ValueError:
        await message.answer(_("An explanation is required for this reason. Please reply."))
        return
    except (NotStaff, IllegalTransition, TicketNotFound) as exc:
        await move(state, None, {})
        await message.answer(not_possible(exc))
        return
    await move(state, None, {})
    await message.answer(
        _("❌ {reference} rejected by {name}; the requester is told.").format(
            reference=ticket.reference, name=ticket.decided_by
        )
    )


async def question(message: Message, state: FSMContext, desk: Desk) -> None:
    data = await state.get_data()
    assert message.from_user is not None
    who = Decider(telegram_user_id=message.from_user.id)
    await move(state, None, {})
    try:
        ticket = await core(desk.ask_requester, data["ticket_id"], who, message.text or "")
    except (NotStaff, IllegalTransition, TicketNotFound) as exc:
        await message.answer(not_possible(exc))
        return
    await message.answer(
        _("❓ Question sent to the requester of {reference}.").format(reference=ticket.reference)
    )


def build_router(staff_chat_id: int) -> Router:
    """The staff chat's decisions; only updates from the staff chat reach them."""
    router = Router(name="staff")
    router.message.filter(F.chat.id == staff_chat_id)
    router.callback_query.filter(F.message.chat.id == staff_chat_id)
    router.message.register(cancel, Command("cancel"))
    router.message.register(reclassify, Command("reclassify"))
    router.callback_query.register(approve, Decision.filter(F.action == "a"))
    router.callback_query.register(reject, Decision.filter(F.action == "r"))
    router.callback_query.register(reject_reason, RejectReason.filter())
    router.callback_query.register(ask, Decision.filter(F.action == "q"))
    router.message.register(reject_text, StateFilter(Staff.reject_text), F.text)
    router.message.register(question, StateFilter(Staff.question), F.text)
    return router
