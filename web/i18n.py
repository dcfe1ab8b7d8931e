"""The console's texts in French and English: Babel catalogs ``templates/locales/*/web.po``,
compiled in memory at start (no ``.mo`` to forget), English message ids."""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAIN = "web"
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
LOCALES = Path(__file__).resolve().parent.parent / "templates" / "locales"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalog of ``language`` (French when unknown)."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    with (LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as source:
        catalog = read_po(source, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def preferred(accept_language: str | None) -> str:
    """The language of a browser's ``Accept-Language`` among ours (French by default)."""
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE
