"""``privacy-desk data …`` (the sub-app the main command line mounts as ``data``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from privacy_desk.cli import main
from privacy_desk.cli_fulfilment import data_app
from workflows.datamap import DataMapError


@pytest.fixture
def cli_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", database_url)
    monkeypatch.setenv("PRIVACY_DESK_OUTBOX_DIR", str(tmp_path / "outbox"))
    return tmp_path


def test_import_history_then_plan(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    (cli_env / "learners.csv").write_text(
        "learner_id,email,first_name,last_name,phone,birth_date,language\n"
        "L001,alice@example.fr,Alice,Martin,,1990-04-02,fr\n",
        encoding="utf-8",
    )
    assert main(["learners", "import", "learners.csv"]) == 0
    (cli_env / "training.csv").write_text(
        "learner_id,course,last_activity_on,tutor\n"
        "L001,Paie,2099-01-01,Sophie\n"
        "L999,Paie,2020-01-01,Marc\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    done = runner.invoke(data_app, ["import-history", "training.csv", "--kind", "training"])
    assert done.exit_code == 0, done.output
    assert "1 training rows imported for 1 learners, 1 rejected" in done.output
    again = runner.invoke(data_app, ["import-history", "training.csv", "--kind", "training"])
    assert "1 training rows imported" in again.output  # replaced, not duplicated
    shown = runner.invoke(data_app, ["plan", "L001"])
    plan = {e["category"]: e for e in json.loads(shown.stdout)["entries"]}
    assert plan["training_history"]["action"] == "keep"
    assert plan["training_history"]["keep_until"] == "2104-01-01"


def test_check_map(tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(data_app, ["check-map"])
    assert done.exit_code == 0 and "6 categories, valid" in done.output
    assert "training_history\tbuiltin (builtin)\tkeep 5y\terasure when_expired" in done.output
    bad = tmp_path / "map.yaml"
    bad.write_text("categories: {x: {connector: crm}}\n", encoding="utf-8")
    failed = runner.invoke(data_app, ["check-map", str(bad)])
    assert isinstance(failed.exception, DataMapError)
    assert "unknown connector 'crm'" in str(failed.exception)
