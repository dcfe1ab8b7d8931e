"""``privacy-desk serve --channels mail`` for the benchmark, with the real classifier.

The classifier is the one ``serve`` builds (:func:`privacy_desk.app.build_desk`); a missing
or broken classifier stops the benchmark instead of measuring a stand-in.
"""

from __future__ import annotations

import asyncio
import logging

import privacy_desk.app as app
from workflows.config import Settings


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(app.serve(Settings(), frozenset({"mail"}), say=lambda line: None))


if __name__ == "__main__":
    main()
