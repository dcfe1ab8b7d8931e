"""``/forget``: the learner unlinks this chat from their learner account, after a confirmation.
Unlinking is the core's (``Desk.unlink_chat``, logged); afterwards the chat needs a code again."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import gettext as _

from bot.callbacks import ForgetLink
from bot.keyboards import inline
from bot.routers.common import core
from workflows.desk import Desk


def not_linked_text() -> str:
    return _("This chat is not linked to a learner account: there is nothing to unlink.")


async def forget(message: Message, desk: Desk) -> None:
    if not await core(desk.chat_is_linked, message.chat.id):
        await message.answer(not_linked_text())
        return
    await message.answer(
        _(
            "This chat is linked to your learner account, so your requests here need no "
            "code. Unlink it? Afterwards a request from this chat needs a code sent to your "
            "registered email address again."
        ),
        reply_markup=inline(
            [(_("Yes, unlink this chat"), ForgetLink(unlink=True))],
            [(_("No, keep the link"), ForgetLink(unlink=False))],
        ),
    )


async def answered(query: CallbackQuery, callback_data: ForgetLink, desk: Desk) -> None:
    await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    if message is None:
        return
    if not callback_data.unlink:
        text = _("All right, the link stays as it is.")
    elif await core(desk.unlink_chat, message.chat.id):
        text = _(
            "Done: this chat is no longer linked to your learner account. To use it for "
            "your requests again, confirm your identity with a new code."
        )
    else:
        text = not_linked_text()
    await message.edit_text(text, reply_markup=None)


def build_router() -> Router:
    """The /forget command and its confirmation."""
    router = Router(name="forget")
    router.message.register(forget, Command("forget"))
    router.callback_query.register(answered, ForgetLink.filter())
    return router
