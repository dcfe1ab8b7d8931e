"""The core knows no channel: ``workflows`` never imports bot, mail, the web console or their
libraries; the adapters do not import each other."""

from __future__ import annotations

import ast
import re
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
        elif isinstance(node, ast.Name) and node.id in ("session_scope", "run_on_loop"):
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


#: Ticket state that steers the code: typed columns of ``Ticket``, never keys of its
#: free-form ``details`` (nor the names they had there before they became columns).
CONTROL_FLOW_KEYS = (
    "approved_by",
    "awaiting",
    "asked_at",
    "proof_asked_at",
    "reminded_at",
    "purged_at",
    "needs_review",
    "auth_failed",
)
_KEY_IN_DETAILS = re.compile(
    r"details\b[^\n]{0,40}?[\"'](" + "|".join(CONTROL_FLOW_KEYS) + r")[\"']"
)
SOURCES = sorted(
    path
    for package in ("workflows", "bot", "mail", "web", "privacy_desk", "templates")
    for path in (ROOT / package).rglob("*")
    if path.suffix in {".py", ".j2", ".html"}
)


def test_control_flow_is_not_read_from_ticket_details() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in SOURCES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _KEY_IN_DETAILS.search(line)
    ]
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        'if ticket.details.get("approved_by"):',
        "{% if ticket.details.get('awaiting') == 'proof' %}",
        'changes={"details": {**ticket.details, "reminded_at": now.isoformat()}},',
        'details["needs_review"] = True',
    ],
)
def test_the_details_rule_sees_each_way_of_writing_it(line: str) -> None:
    assert _KEY_IN_DETAILS.search(line)
    assert any(path.suffix == ".j2" for path in SOURCES) and len(SOURCES) > 50


#: A key of ``details`` named in the code: read (``details.get("k")``, ``details["k"]``) or
#: written beside the others (``{**ticket.details, "k": …}``).
_DETAILS_KEY = re.compile(
    r"details(?: or \{\})?\)?(?:\.get\(|\[)\s*[\"'](\w+)[\"']|\*\*[\w.]*details,\s*[\"'](\w+)[\"']"
)


def _details_keys(lines: list[str]) -> list[tuple[str, int]]:
    return [
        (found.group(1) or found.group(2), number)
        for number, line in enumerate(lines, 1)
        for found in _DETAILS_KEY.finditer(line)
    ]


def test_every_details_key_the_code_names_is_a_field_of_the_model() -> None:
    """A misspelt key is caught here when it is read, and by ``TicketDetails`` when written."""
    from workflows.details import TicketDetails

    named = [
        (key, f"{path.relative_to(ROOT)}:{number}")
        for path in SOURCES
        for key, number in _details_keys(path.read_text(encoding="utf-8").splitlines())
    ]
    assert [where for key, where in named if key not in TicketDetails.model_fields] == []
    assert len({key for key, _ in named}) >= 10  # the rule sees the code


def test_the_details_key_rule_sees_each_way_of_writing_it() -> None:
    lines = [
        'ticket.details.get("erasure_plan")',
        "{% if d.get('x') %}{{ ticket.details['corection'] }}",
        'stated = str((details or {}).get("requester_kind") or "")',
        'changes={"details": {**waiting.details, "proofs": listed}}',
    ]
    assert [key for key, _ in _details_keys(lines)] == [
        "erasure_plan",
        "corection",
        "requester_kind",
        "proofs",
    ]
