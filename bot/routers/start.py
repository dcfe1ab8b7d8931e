"""Greeting, help, language choice and the main menu."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseStorage
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import I18n
from aiogram.utils.i18n import gettext as _
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import Menu, PickLanguage
from bot.i18n import choose_language
from bot.routers.common import core, help_text, types_keyboard
from bot.routers.requests import code_step_keyboard, pending_text
from bot.storage import move
from workflows.desk import Desk


def greeting(first_name: str) -> str:
    return _(
        "Hello {name}! I am the data-protection desk of the group's schools.\n"
        "Tell me in your own words what you would like, or choose below."
    ).format(name=first_name)


async def start(
    message: Message, state: FSMContext, desk: Desk, i18n: I18n, language: str
) -> None:
    await move(state, None, {})
    name = message.from_user.first_name if message.from_user else ""
    # a request waiting for its code stays in that step: say so (in the request's
    # language, which outlives the conversation's storage), never drop it silently
    pending = await core(desk.pending_code, message.chat.id)
    with i18n.use_locale(pending.language or language if pending else language):
        await message.answer(greeting(name), reply_markup=types_keyboard())
        if pending is not None:
            await message.answer(pending_text(pending), reply_markup=code_step_keyboard())


async def help_command(message: Message) -> None:
    await message.answer(help_text(), reply_markup=types_keyboard())


async def all_types(query: CallbackQuery) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.answer(_("Choose what you would like:"), reply_markup=types_keyboard())


async def help_button(query: CallbackQuery) -> None:
    await query.answer()
    if query.message is not None:
        await query.message.answer(help_text())


async def language_command(message: Message) -> None:
    builder = InlineKeyboardBuilder()
    builder.button(text="Français", callback_data=PickLanguage(language="fr"))
    builder.button(text="English", callback_data=PickLanguage(language="en"))
    await message.answer(_("Which language do you prefer?"), reply_markup=builder.as_markup())


async def language_chosen(
    query: CallbackQuery,
    callback_data: PickLanguage,
    bot: Bot,
    fsm_storage: BaseStorage,
    i18n: I18n,
) -> None:
    await choose_language(fsm_storage, bot.id, query.from_user.id, callback_data.language)
    with i18n.use_locale(callback_data.language if callback_data.language == "en" else "fr"):
        await query.answer()
        if query.message is not None:
            await query.message.answer(
                _("Done: I will write to you in English."),
                reply_markup=types_keyboard(),
            )


def build_router() -> Router:
    """Greeting, help, language and the main menu."""
    router = Router(name="start")
    router.message.register(start, CommandStart())
    router.message.register(help_command, Command("help"))
    router.callback_query.register(all_types, Menu.filter(F.action == "types"))
    router.callback_query.register(help_button, Menu.filter(F.action == "help"))
    router.message.register(language_command, Command("language"))
    router.callback_query.register(language_chosen, PickLanguage.filter())
    return router
