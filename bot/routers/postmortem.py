"""A request about data after a death: before anything is opened, ask who is writing.

A learner recording their own directives is identified like any learner; someone reporting a
death (an heir, the trusted person) is a third party, asked for the deceased's registered email
or learner number and then for proof documents. The core decides everything else
(``Desk.open_requests`` with the stated ``requester_kind``).
"""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Filter, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import gettext as _

from bot.callbacks import Confirm, PickType
from bot.keyboards import inline
from bot.routers.common import core, drop_buttons, pressed
from bot.routers.requests import ask_identifier, opened, submission_for
from bot.states import Learner
from bot.storage import move
from workflows.config import Settings
from workflows.desk import Desk
from workflows.requests import RequesterKind, RequestType

WRITERS = (RequesterKind.SELF, RequesterKind.HEIR)


class WhoWrites(CallbackData, prefix="pw"):
    """Who writes about data after a death: ``self`` (my own directives) or ``heir`` (a death
    I report, as heir or trusted person)."""

    who: RequesterKind


class AboutPostMortem(Filter):
    """The request about to be opened is about data after a death (picked, or confirmed)."""

    async def __call__(self, query: CallbackQuery, state: FSMContext, callback_data: Any) -> bool:
        if isinstance(callback_data, PickType):
            return callback_data.label == RequestType.POST_MORTEM
        return RequestType.POST_MORTEM.value in ((await state.get_data()).get("labels") or [])


def who_keyboard() -> Any:
    own = _("I am recording my own directives for after my death")
    other = _("I am reporting the death of someone (heir, trusted person)")
    return inline(
        [(own, WhoWrites(who=RequesterKind.SELF))], [(other, WhoWrites(who=RequesterKind.HEIR))]
    )


async def ask_who(query: CallbackQuery, state: FSMContext) -> None:
    message = await pressed(query)
    if message is None:
        return
    data = await state.get_data()
    await move(
        state,
        Learner.confirming,
        {"text": data.get("text", ""), "labels": [RequestType.POST_MORTEM.value]},
    )
    await message.answer(
        _("Who is writing?"),
        reply_markup=who_keyboard(),
    )


async def answered(
    query: CallbackQuery,
    callback_data: WhoWrites,
    state: FSMContext,
    desk: Desk,
    settings: Settings,
    language: str,
) -> None:
    await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    data = await state.get_data()
    if message is None or RequestType.POST_MORTEM.value not in (data.get("labels") or []):
        return
    await drop_buttons(message)
    data = {**data, "requester_kind": callback_data.who}
    chat_id = query.from_user.id
    if callback_data.who is RequesterKind.HEIR:
        await move(state, Learner.identifier, data)
        await message.answer(
            _(
                "Please type the email address the deceased person registered with us, or "
                "their learner number. We will then ask you for proof documents."
            )
        )
        return
    submission = submission_for(message, data, language, chat_id=chat_id, hint=None)
    result = await core(desk.open_from_linked_chat, submission)
    if result is None:
        await ask_identifier(message, state, data)
    else:
        await opened(message, state, result, settings.verification_code_ttl_minutes, language)


def build_router() -> Router:
    """Who writes about data after a death, asked before anything is opened."""
    router = Router(name="postmortem")
    router.callback_query.register(ask_who, PickType.filter(), AboutPostMortem())
    router.callback_query.register(
        ask_who,
        StateFilter(Learner.confirming),
        Confirm.filter(F.answer == "yes"),
        AboutPostMortem(),
    )
    router.callback_query.register(answered, WhoWrites.filter(F.who.in_(WRITERS)))
    return router
