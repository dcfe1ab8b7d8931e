"""Shared fixtures: real servers on free ports, always stopped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.imap_server import DovecotMissing, DovecotServer, make_dovecot, remove


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    """A running Dovecot with one user; the test fails (never skips) when it is not installed."""
    try:
        server = make_dovecot()
    except DovecotMissing as exc:
        pytest.fail(str(exc))
    try:
        server.start()
        yield server
    finally:
        remove(server)
