"""Serve the console with uvicorn on the running event loop, beside the mail and bot channels."""

from __future__ import annotations

import asyncio
import contextlib

import uvicorn

from web.app import create_app
from workflows.config import Settings
from workflows.desk import Desk


async def run_console(desk: Desk, settings: Settings, stop: asyncio.Event) -> None:
    """Serve until ``stop`` is set. The access log stays off: paths carry no personal data, but
    addresses and timings of staff are nobody's business in the service log."""
    config = uvicorn.Config(
        create_app(desk),
        host=settings.web_host or "127.0.0.1",
        port=settings.web_port,
        access_log=False,
        log_config=None,
        proxy_headers=True,  # scheme (Secure cookies) and client address from a local proxy
        lifespan="off",
    )
    server = uvicorn.Server(config)
    # `privacy-desk serve` owns SIGINT and SIGTERM (they set `stop`), not uvicorn
    server.capture_signals = contextlib.nullcontext  # type: ignore[method-assign,assignment]
    serving = asyncio.create_task(server.serve())
    waiting = asyncio.create_task(stop.wait())
    await asyncio.wait({serving, waiting}, return_when=asyncio.FIRST_COMPLETED)
    server.should_exit = True
    waiting.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await serving
