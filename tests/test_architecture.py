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


# -- the core's front door -------------------------------------------------------------------
#: the adapters the front-door rule holds for
FRONT_DOOR_ADAPTERS = ("bot", "mail", "web", "privacy_desk")


def _reaches_behind_the_door(path: Path, root: Path = ROOT) -> list[str]:
    """Where a module runs its own transaction through ``Desk.run``, reaches into
    the core's context (``desk.ctx``) or opens a session itself."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Attribute) and node.attr in ("run", "run_now", "ctx"):
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if "desk" in name.lower() or (
                isinstance(owner, ast.Call)
                and getattr(owner.func, "id", "") in ("command_desk", "build_desk")
            ):
                found.append(f"{where}: {name or 'a desk'}.{node.attr}")
        elif isinstance(node, ast.Name) and node.id in ("session_scope", "session_now"):
            found.append(f"{where}: {node.id}")
    return found


@pytest.mark.parametrize("package", FRONT_DOOR_ADAPTERS)
def test_adapters_call_named_desk_commands_only(package: str) -> None:
    offending = [
        line for path in (ROOT / package).rglob("*.py") for line in _reaches_behind_the_door(path)
    ]
    assert offending == []


def test_the_front_door_rule_sees_what_it_forbids(tmp_path: Path) -> None:
    sample = tmp_path / "adapter.py"
    sample.write_text(
        "desk.run(lambda s: 1)\nself.desk.ctx.now()\ncommand_desk().run(f)\n"
        "with session_scope(engine):\n    pass\n",
        encoding="utf-8",
    )
    assert len(_reaches_behind_the_door(sample, tmp_path)) == 4


def test_no_adapter_module_imports_the_composition_root_back() -> None:
    for package in ("bot", "mail", "web"):
        for path in (ROOT / package).rglob("*.py"):
            assert "privacy_desk" not in _imported(path), path


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
