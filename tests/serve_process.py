"""``privacy-desk serve`` in a subprocess for crash tests, with the tests' keyword classifier:
``python -m tests.serve_process [CHANNEL…]`` (the mail channel when none is named).

The real classifier lives in ``workflows.classifier``; crash safety does not depend on it, so
the process hands ``serve`` the stand-in the core tests use. Everything else is the production
path.
"""

from __future__ import annotations

import asyncio
import logging
import sys

import privacy_desk.app as app
from tests.conftest import KeywordClassifier
from workflows.config import Settings


def main() -> None:
    # warnings, and which roles this process takes or loses, with the time (tests read them)
    logging.basicConfig(level=logging.WARNING, format="%(created).3f %(name)s %(message)s")
    logging.getLogger("workflows.db").setLevel(logging.INFO)
    channels = frozenset(sys.argv[1:] or ["mail"])
    asyncio.run(
        app.serve(
            Settings(),
            channels,
            say=lambda line: print(line, flush=True),
            classifier=KeywordClassifier(),
        )
    )


if __name__ == "__main__":
    sys.exit(main())
