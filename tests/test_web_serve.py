"""The console as `privacy-desk serve` runs it: a channel on the same event loop, and the staff
accounts it signs in with, made from the command line."""

from __future__ import annotations

import asyncio
import io
import socket
import sys
from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from privacy_desk.app import channel_report, serve
from privacy_desk.cli import main
from workflows.config import Settings
from workflows.db import make_engine, session_scope
from workflows.migrate import upgrade
from workflows.models import StaffMember
from workflows.staff import LoginResult, authenticate


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def cli_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", database_url)
    monkeypatch.setenv("PRIVACY_DESK_OUTBOX_DIR", str(tmp_path / "outbox"))
    return tmp_path


def test_staff_add_with_a_role_and_set_a_password_from_standard_input(
    cli_env: Path, database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert main(["db", "upgrade"]) == 0
    assert main(["staff", "add", "alex", "--email", "alex@studi.fr", "--role", "agent"]) == 0
    assert main(["staff", "add", "claire"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("correct horse battery\n"))
    assert main(["staff", "set-password", "alex"]) == 0
    assert main(["staff", "list"]) == 0
    out = capsys.readouterr().out
    assert "alex\tagent\talex@studi.fr" in out and "claire\tdpo" in out
    engine = make_engine(database_url, pooled=False)
    with session_scope(engine) as session:
        roles = dict(session.exec(select(StaffMember.name, StaffMember.role)).all())
        result, _ = authenticate(
            session, "alex", "correct horse battery", now=StaffMember().created_at
        )
    engine.dispose()
    assert roles == {"alex": "agent", "claire": "dpo"} and result is LoginResult.OK
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert main(["staff", "set-password", "alex"]) == 1
    assert "at least 12 characters" in capsys.readouterr().err
    assert main(["staff", "add", "x", "--role", "admin"]) != 0


def test_serve_says_where_the_console_is_and_when_it_is_off(settings: Settings) -> None:
    assert "Staff console: on, http://127.0.0.1:8080/" in channel_report(
        settings, frozenset({"web"})
    )
    off = settings.model_copy(update={"web_host": None})
    assert "Staff console: off (PRIVACY_DESK_WEB_HOST is empty)" in channel_report(
        off, frozenset({"web"})
    )


async def test_serve_runs_the_console_on_its_loop_and_stops_with_it(settings: Settings) -> None:
    upgrade(settings.database_url)
    port = free_port()
    config = settings.model_copy(update={"web_port": port, "smtp_host": None})
    stop = asyncio.Event()
    lines: list[str] = []
    running = asyncio.create_task(serve(config, frozenset({"web"}), stop, say=lines.append))
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for _ in range(100):
            try:
                health = await client.get("/healthz")
                break
            except httpx.ConnectError:
                await asyncio.sleep(0.1)
        ready = await client.get("/readyz")
        login = await client.get("/login")
    assert health.text == "ok" and ready.status_code == 200
    assert login.headers["x-frame-options"] == "DENY"
    stop.set()
    await asyncio.wait_for(running, 10)
    assert "Privacy Desk stopped." in lines


def test_staff_totp_prints_the_uri_and_off_turns_it_off(
    cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    assert main(["staff", "add", "claire", "--email", "claire@studi.fr"]) == 0
    assert main(["staff", "totp", "claire"]) == 0
    assert "otpauth://totp/Privacy%20Desk:claire%40studi.fr?secret=" in capsys.readouterr().out
    assert main(["staff", "totp", "claire", "--off"]) == 0
    assert "password alone" in capsys.readouterr().out
    assert main(["staff", "totp", "nobody"]) == 1
