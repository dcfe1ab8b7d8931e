"""``privacy-desk serve --channels mail`` for the benchmark.

Uses the project's classifier when it is installed, else a stand-in that labels every message
as the access request the benchmark sends, so the figures measure the mail path.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import privacy_desk.app as app
from workflows.config import Settings
from workflows.requests import RequestType


@dataclass(frozen=True)
class _Fixed:
    labels: tuple[RequestType, ...] = (RequestType.ACCESS,)
    confidence: float = 0.9
    language: str = "fr"
    low_confidence: bool = False

    def as_json(self) -> dict[str, object]:
        return {"labels": [str(x) for x in self.labels], "confidence": self.confidence}


def _stand_in(subject: str, text: str) -> _Fixed:
    return _Fixed()


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    try:
        import workflows.classifier  # noqa: F401
    except ImportError:
        app.default_classifier = _stand_in  # type: ignore[assignment]
    asyncio.run(app.serve(Settings(), frozenset({"mail"}), say=lambda line: None))


if __name__ == "__main__":
    main()
