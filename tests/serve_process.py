"""``privacy-desk serve`` in a subprocess for crash tests, with the tests' keyword classifier.

The real classifier lives in ``workflows.classifier``; crash safety does not depend on it, so
the process swaps in the stand-in the core tests use. Everything else is the production path.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta

import privacy_desk.app as app
import workflows.outbox
from tests.conftest import KeywordClassifier
from workflows.config import Settings


def main() -> None:
    app.default_classifier = KeywordClassifier()  # type: ignore[assignment]
    # an item caught mid-send by SIGKILL is retried after this; production waits 5 minutes
    workflows.outbox.STALE_CLAIM = timedelta(seconds=2)
    asyncio.run(
        app.serve(Settings(), frozenset({"mail"}), say=lambda line: print(line, flush=True))
    )


if __name__ == "__main__":
    sys.exit(main())
