"""The core knows no channel: ``workflows`` never imports bot, mail, the web console or their
libraries; the adapters do not import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "bot",
    "mail",
    "web",
    "privacy_desk",
    "aiogram",
    "aiosmtpd",
    "aiosmtplib",
    "imapclient",
    "starlette",
    "uvicorn",
}
CORE_FILES = sorted((ROOT / "workflows").rglob("*.py"))


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_imports_no_channel(path: Path) -> None:
    assert not (_imported(path) & FORBIDDEN)


def test_adapters_do_not_import_each_other() -> None:
    adapters = ("bot", "mail", "web")
    for package in adapters:
        others = set(adapters) - {package}
        for path in (ROOT / package).rglob("*.py"):
            assert not (_imported(path) & others), path


def test_the_rule_sees_the_console() -> None:
    assert "web" in FORBIDDEN and len(list((ROOT / "web").rglob("*.py"))) >= 3


def test_the_rule_sees_the_core() -> None:
    assert len(CORE_FILES) >= 10


BOT_FILES = sorted((ROOT / "bot").rglob("*.py"))


@pytest.mark.parametrize("path", BOT_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_bot_calls_named_desk_commands_and_its_handlers_are_module_level(
    path: Path,
) -> None:
    """The bot never runs its own query (``desk.run``) nor reaches into ``desk.ctx``: what a
    chat may see or do is a named Desk command that checks it; and no handler is a closure
    hidden inside ``build_router()``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            assert (node.value.id, node.attr) not in {("desk", "run"), ("desk", "ctx")}, (
                f"{path.name}:{node.lineno}: desk.{node.attr}"
            )
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            nested = [n for n in ast.walk(node) if n is not node]
            assert not any(isinstance(n, ast.AsyncFunctionDef) for n in nested), (
                f"{path.name}: a coroutine defined inside {node.name}()"
            )
