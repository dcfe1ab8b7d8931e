"""Rendering of every text a person reads, from the Jinja templates under ``templates/``.

A notice template sets ``subject`` with ``{% set subject = ... %}`` and its body is the rest; the
HTML part wraps the text in ``templates/notices/_layout.html.j2``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from workflows.deadlines import closes_at
from workflows.requests import required_documents

LANGUAGES = ("fr", "en")
CHAT = "telegram"  # the channel whose notices have chat variants
DEFAULT_LANGUAGE = "fr"


def templates_dir() -> Path:
    """The ``templates/`` folder beside the packages (in the checkout or the installed wheel)."""
    return Path(__file__).resolve().parent.parent / "templates"


def language_or_default(language: str | None) -> str:
    """``en`` or ``fr``: the learner's language, French unless they chose or wrote English."""
    short = (language or "").lower()[:2]
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


#: Three line breaks or more, left by a template's optional paragraphs: one blank line.
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n){2,}")

#: Babel locales of the dates a person reads: « 10 avril 2026 », "10 April 2026".
_DATE_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def written_date(value: datetime | date | str, language: str, tz: ZoneInfo) -> str:
    """A day written out in the reader's language, never ISO: « 1er avril 2026 », "1 April
    2026". A datetime counts in ``tz``; an ISO string (dates kept in JSON) is read first."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    if isinstance(value, datetime):
        value = value.astimezone(tz).date()
    return _long_date(value, language_or_default(language))


@functools.lru_cache(maxsize=512)
def _long_date(day: date, lang: str) -> str:
    """A day in long form (Babel is slow, and a notice writes the same few days again and
    again: today, the due date)."""
    written = format_date(day, format="long", locale=_DATE_LOCALES[lang])
    if lang == "fr" and day.day == 1:
        written = "1er" + written[1:]
    return written


@dataclass(frozen=True)
class Rendered:
    """A rendered notice: subject line, plain text and HTML."""

    subject: str
    text: str
    html: str


class Renderer:
    """Renders notices in French or English; one instance per process."""

    def __init__(
        self,
        root: Path | None = None,
        tz: ZoneInfo | None = None,
        dpo_address: str = "dpo@studi.fr",
    ) -> None:
        self.root = root or templates_dir()
        self.tz = tz or ZoneInfo("Europe/Paris")
        self.env = Environment(
            loader=FileSystemLoader(str(self.root)),
            undefined=StrictUndefined,
            # the HTML layout (``*.html.j2``) escapes what it is given; text notices are text
            autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # templates ship with the release: no stat() per rendering
        )
        self.env.filters["localdate"] = self._local_date
        self.env.filters["localdatetime"] = self._local_datetime
        # the configured DPO address, for the signature of every notice
        self.env.globals["dpo_address"] = dpo_address
        # what a third party must send: ``required_documents(ticket.requester_kind)``
        self.env.globals["required_documents"] = required_documents
        # the requester's own deadline: ``closes_at(ticket, settings)``
        self.env.globals["closes_at"] = lambda ticket, settings: closes_at(
            ticket, settings.unverified_expiry_days
        )

    def _local_date(self, value: datetime | date | str, language: str = "fr") -> str:
        return written_date(value, language, self.tz)

    def _local_datetime(self, value: datetime, language: str = "fr") -> str:
        local = value.astimezone(self.tz)
        return f"{written_date(local, language, self.tz)} {local:%H:%M}"

    def has_chat_variant(self, name: str) -> bool:
        return (self.root / "chat" / f"{name}.{DEFAULT_LANGUAGE}.j2").exists()

    def chat_text(self, name: str, language: str | None, **context: Any) -> str:
        """The chat rendering of a notice, ``chat/<name>.<lang>.j2``, alone."""
        lang = language_or_default(language)
        chat = self.env.get_template(f"chat/{name}.{lang}.j2")
        return re.sub(r"\n{3,}", "\n\n", chat.render({**context, "lang": lang})).strip() + "\n"

    def line(self, name: str, language: str | None, **context: Any) -> str:
        """A short text staff read on one line (``notices/<name>.<lang>.j2``), without the
        subject and layout of a notice."""
        lang = language_or_default(language)
        text = self.env.get_template(f"notices/{name}.{lang}.j2").render({**context, "lang": lang})
        return " ".join(text.split())

    def render(
        self, name: str, language: str | None, *, channel: str | None = None, **context: Any
    ) -> Rendered:
        """Render ``notices/<name>.<lang>.j2`` with ``context``.

        On the chat (``channel="telegram"``) a notice with a chat variant,
        ``chat/<name>.<lang>.j2``, is rendered from it: a few lines without greeting, letter
        signature or mail-only instructions; the subject stays the letter's (for the register).
        """
        lang = language_or_default(language)
        template = self.env.get_template(f"notices/{name}.{lang}.j2")
        module = template.make_module({**context, "lang": lang})
        text = _BLANK_LINES.sub("\n\n", str(module)).strip() + "\n"
        subject = " ".join(str(getattr(module, "subject", "")).split())
        if channel == CHAT and self.has_chat_variant(name):
            return Rendered(subject=subject, text=self.chat_text(name, lang, **context), html="")
        html = self.env.get_template("notices/_layout.html.j2").render(
            subject=subject, paragraphs=[p for p in text.split("\n\n") if p.strip()], lang=lang
        )
        return Rendered(subject=subject, text=text, html=html)
