"""Translations of the bot's texts (Babel catalogs under ``templates/locales``) and the locale
of each user.

The ``.po`` catalogs are the source of truth and are compiled in memory when the bot starts, so a
checkout or a wheel never carries a stale ``.mo`` and there is no build step to forget.
The user's language is their explicit choice (``/language``), else Telegram's ``language_code``
(English for ``en*``), else French.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path
from typing import Any

from aiogram.fsm.storage.base import BaseStorage
from aiogram.types import TelegramObject, User
from aiogram.utils.i18n import I18n
from aiogram.utils.i18n.middleware import I18nMiddleware
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.storage import prefs_key

DOMAIN = "bot"
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def locales_dir() -> Path:
    """``templates/locales`` beside the packages (checkout or installed wheel)."""
    return Path(__file__).resolve().parent.parent / "templates" / "locales"


class CatalogI18n(I18n):
    """aiogram's I18n, loading ``.po`` catalogs compiled in memory."""

    def find_locales(self) -> dict[str, gettext.GNUTranslations]:
        translations: dict[str, gettext.GNUTranslations] = {}
        for folder in sorted(self.path.iterdir()):
            po_path = folder / "LC_MESSAGES" / f"{self.domain}.po"
            if not po_path.exists():
                continue
            with po_path.open("rb") as source:
                catalog = read_po(source, locale=folder.name, domain=self.domain)
            buffer = io.BytesIO()
            write_mo(buffer, catalog)
            buffer.seek(0)
            translations[folder.name] = gettext.GNUTranslations(buffer)
        return translations


# aiogram's ``gettext`` looks the current instance up in I18n's own context variable, and every
# subclass gets a variable of its own: share I18n's, or ``_()`` would find no context.
CatalogI18n._ContextInstanceMixin__context_instance = (  # type: ignore[attr-defined]
    I18n._ContextInstanceMixin__context_instance  # type: ignore[attr-defined]
)


def build_i18n(path: Path | None = None) -> I18n:
    return CatalogI18n(path=path or locales_dir(), default_locale=DEFAULT_LANGUAGE, domain=DOMAIN)


def language_from_code(code: str | None) -> str:
    """Telegram's ``language_code`` to one of ours: English for ``en*``, else French."""
    short = (code or "").lower()[:2]
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


async def chosen_language(storage: BaseStorage, bot_id: int, user_id: int) -> str | None:
    value = await storage.get_value(prefs_key(bot_id, user_id), "language")
    return value if value in LANGUAGES else None


async def choose_language(storage: BaseStorage, bot_id: int, user_id: int, language: str) -> None:
    key = prefs_key(bot_id, user_id)
    await storage.update_data(key, {"language": language_from_code(language)})


class UserLocaleMiddleware(I18nMiddleware):
    """Sets the locale of each update and exposes it to handlers as ``language``."""

    def __init__(self, i18n: I18n, storage: BaseStorage) -> None:
        super().__init__(i18n)
        self.storage = storage

    async def get_locale(self, event: TelegramObject, data: dict[str, Any]) -> str:
        user: User | None = data.get("event_from_user")
        if user is None:
            return DEFAULT_LANGUAGE
        bot = data["bot"]
        language = await chosen_language(self.storage, bot.id, user.id)
        language = language or language_from_code(user.language_code)
        data["language"] = language
        return language
