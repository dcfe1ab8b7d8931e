"""Rendering of every text a person reads, from the Jinja templates under ``templates/``.

A notice template sets ``subject`` with ``{% set subject = ... %}`` and its body is the rest; the
HTML part wraps the text in ``templates/notices/_layout.html.j2``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def templates_dir() -> Path:
    """The ``templates/`` folder beside the packages (in the checkout or the installed wheel)."""
    return Path(__file__).resolve().parent.parent / "templates"


def language_or_default(language: str | None) -> str:
    """``en`` or ``fr``: the learner's language, French unless they chose or wrote English."""
    short = (language or "").lower()[:2]
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Rendered:
    """A rendered notice: subject line, plain text and HTML."""

    subject: str
    text: str
    html: str


class Renderer:
    """Renders notices in French or English; one instance per process."""

    def __init__(self, root: Path | None = None, tz: ZoneInfo | None = None) -> None:
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

    def _local_date(self, value: datetime, language: str = "fr") -> str:
        local = value.astimezone(self.tz)
        return local.strftime("%d/%m/%Y") if language == "fr" else local.strftime("%d %B %Y")

    def _local_datetime(self, value: datetime) -> str:
        return value.astimezone(self.tz).strftime("%d/%m/%Y %H:%M")

    def render(self, name: str, language: str | None, **context: Any) -> Rendered:
        """Render ``notices/<name>.<lang>.j2`` with ``context``."""
        lang = language_or_default(language)
        template = self.env.get_template(f"notices/{name}.{lang}.j2")
        module = template.make_module({**context, "lang": lang})
        text = str(module).strip() + "\n"
        subject = " ".join(str(getattr(module, "subject", "")).split())
        html = self.env.get_template("notices/_layout.html.j2").render(
            subject=subject, paragraphs=[p for p in text.split("\n\n") if p.strip()], lang=lang
        )
        return Rendered(subject=subject, text=text, html=html)
