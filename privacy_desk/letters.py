"""The outbox's ``letter`` channel: answers to a request made by post, ready to print.

Nothing is emailed: each letter is written as a printable HTML page (A4, the address block in
the window of a C5/DL envelope, the date, the notice) in ``OUTBOX_DIR/letters/``, named after
the request's outbox item; staff print it and post it. The item counts as sent (and the
register's ``answer_sent`` shows the day) when the page is written.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from workflows.config import Settings
from workflows.models import OutboxItem, utcnow
from workflows.notices import Renderer, language_or_default, written_date


class LetterTransport:
    """Writes each letter atomically as ``letters/<outbox id>.html`` in the outbox folder."""

    def __init__(self, settings: Settings, renderer: Renderer | None = None) -> None:
        self.renderer = renderer or Renderer()
        self.folder = Path(settings.outbox_dir) / "letters"

    def page(self, item: OutboxItem) -> str:
        """The printable page of one letter."""
        lang = language_or_default(item.language)
        return self.renderer.env.get_template("notices/_letter.html.j2").render(
            lang=lang,
            subject=item.subject,
            recipient=[line for line in item.recipient.splitlines() if line.strip()],
            written=written_date(item.created_at or utcnow(), lang, self.renderer.tz),
            paragraphs=[p for p in item.body_text.split("\n\n") if p.strip()],
        )

    async def send(self, item: OutboxItem) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{item.id:08d}.html"
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(self.page(item))
        os.replace(temporary, target)
