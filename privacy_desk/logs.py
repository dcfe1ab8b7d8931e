"""The service log: one line per record, as text or as JSON (``PRIVACY_DESK_LOG_FORMAT=json``).

The code logs ids, references and states, never what a person wrote or who they are. As a net
under that rule, anything shaped like an email address is masked in every record, exception
text included (a relay's refusal quotes the recipient), and the libraries that would log
envelopes or chat updates are kept at WARNING.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import TextIO

from workflows.config import Settings

#: Anything with an ``@`` between two runs of address characters.
ADDRESS = re.compile(r"[^\s<>\"'()\[\],;:@]+@[^\s<>\"'()\[\],;:@]+")
MASK = "[address]"
#: Loggers that write envelopes, peers or updates at INFO and below.
QUIET = ("mail.log", "aiogram.event", "aiogram.dispatcher", "uvicorn.access", "httpx")


def redact(text: str) -> str:
    """``text`` with every email address replaced by :data:`MASK`."""
    return ADDRESS.sub(MASK, text)


class TextFormatter(logging.Formatter):
    """``time level logger: message``, addresses masked."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, and the
    exception's type and traceback when there is one; addresses masked."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
            entry["traceback"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(settings: Settings, stream: TextIO | None = None) -> None:
    """Send every record at ``settings.log_level`` and above to ``stream`` (stderr) in
    ``settings.log_format``; replaces whatever handlers the root logger had."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if settings.log_format == "json" else TextFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.log_level)
    for name in QUIET:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
