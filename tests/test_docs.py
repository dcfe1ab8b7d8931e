"""The README and ``docs/`` stay true of the code: every setting, command, module, function and
file they name exists, and the quick start stays two commands."""

from __future__ import annotations

import importlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from privacy_desk.cli import main
from workflows.config import Settings
from workflows.gauges import DatabaseGauges
from workflows.learners import REQUIRED_COLUMNS
from workflows.metrics import Metrics

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CHANNELS = ROOT / "docs" / "channels.md"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
OPERATIONS = ROOT / "docs" / "operations.md"
DOCS = [README, CHANNELS, ARCHITECTURE, OPERATIONS]


def text_of(*paths: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in paths)


def settings_named() -> set[str]:
    names = set(re.findall(r"\bPRIVACY_DESK_([A-Z][A-Z0-9_]*[A-Z0-9])\b", text_of(*DOCS)))
    return {name for name in names if not name.startswith("TEST_")}  # the test suite's own


def commands_named() -> set[tuple[str, ...]]:
    """``privacy-desk group command`` as the docs spell it, up to the first argument."""
    commands = set()
    for match in re.finditer(r"privacy-desk((?: [a-z][a-z-]*(?=[\s`]|$)){1,2})", text_of(*DOCS)):
        commands.add(tuple(match.group(1).split()))
    return commands


def code_names() -> set[str]:
    """Dotted names of our own packages in the architecture page (``workflows.x.y``)."""
    prose = re.sub(r"```.*?```", "", ARCHITECTURE.read_text(encoding="utf-8"), flags=re.S)
    spans = re.findall(r"`([^`]+)`", prose)
    pattern = r"(?:workflows|mail|bot|privacy_desk)(?:\.\w+)+"
    return {span for span in spans if re.fullmatch(pattern, span)}


def resolve(dotted: str) -> object:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            found = getattr(found, attribute)
        return found
    raise ModuleNotFoundError(dotted)


def test_the_docs_link_their_pages_and_name_settings_commands_and_code() -> None:
    readme = README.read_text(encoding="utf-8")
    assert "(docs/channels.md)" in readme and "(docs/architecture.md)" in readme
    assert "(docs/operations.md)" in readme
    assert len(settings_named()) >= 20
    assert {("learners", "import"), ("staff", "add"), ("serve",)} <= commands_named()
    assert len(code_names()) >= 20


@pytest.mark.parametrize("name", sorted(settings_named()))
def test_every_setting_the_docs_name_exists(name: str) -> None:
    assert name.lower() in Settings.model_fields


@pytest.mark.parametrize("command", sorted(commands_named()), ids=" ".join)
def test_every_command_the_docs_name_exists(command: tuple[str, ...]) -> None:
    assert main([*command, "--help"]) == 0


@pytest.mark.parametrize("dotted", sorted(code_names()))
def test_every_module_and_function_the_architecture_names_exists(dotted: str) -> None:
    resolve(dotted)


def test_every_file_the_architecture_names_exists() -> None:
    spans = re.findall(r"`([\w./-]+\.(?:py|yaml|md))`", ARCHITECTURE.read_text(encoding="utf-8"))
    assert spans
    assert [span for span in spans if not (ROOT / span).exists()] == []


def test_the_learner_export_columns_are_the_ones_the_import_requires() -> None:
    lines = CHANNELS.read_text(encoding="utf-8").splitlines()
    headers = [line.strip() for line in lines if line.strip().startswith("learner_id,")]
    assert headers == [",".join(REQUIRED_COLUMNS)]


def test_the_quick_start_is_two_commands() -> None:
    readme = README.read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick_start.strip().splitlines()]
    assert commands == ["make run", "make test"]


def test_the_operations_page_names_every_metric(engine: Engine) -> None:
    """Every figure /metrics serves, counters with their ``_total``, is explained there."""
    metrics = Metrics()
    metrics.watch(DatabaseGauges(engine, lambda: datetime.now(UTC)))
    names = {
        f"{family.name}_total" if family.type == "counter" else family.name
        for family in metrics.registry.collect()
    }
    assert len(names) >= 13
    page = OPERATIONS.read_text(encoding="utf-8")
    assert sorted(name for name in names if f"`{name}" not in page) == []
    named = set(re.findall(r"`(privacy_desk_[a-z_]+)", page))
    assert named <= names | {n + "_bucket" for n in names}, named - names
