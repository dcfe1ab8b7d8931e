"""``privacy-desk data …``: the learner data behind fulfilment — history imports, the data map.

Mounted by :mod:`privacy_desk.cli` as ``app.add_typer(data_app, name="data")``; its errors are
ValueErrors, so the main command line prints them as one line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from privacy_desk.app import command_desk
from workflows.config import Settings
from workflows.datamap import load_data_map
from workflows.history import KINDS

data_app = typer.Typer(
    help="Learner data: history imports and the data map.", no_args_is_help=True
)


@data_app.command("import-history")
def import_history_command(
    path: Path,
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(KINDS)}.")],
) -> None:
    """Import training, exam, marketing, call-note or analytics history from a CSV file.

    Columns: learner_id plus the kind's own (training: course, brand, started_on,
    last_activity_on, progress; exams: certification, cncp_registered, exam_on, result;
    marketing: channel, address, consent, consent_at, last_interaction_on, source; calls:
    called_on, adviser, note; analytics: identifier, first_seen_on, last_seen_on). Extra columns
    are kept. Each learner's rows of that kind are replaced.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    desk = command_desk()
    with path.open(newline="", encoding="utf-8-sig") as stream:
        report = desk.import_history(stream, kind)
    typer.echo(
        f"{report.imported} {kind} rows imported for {report.learners} learners, "
        f"{len(report.rejected)} rejected"
    )
    for line, reason in report.rejected:
        typer.echo(f"line {line}: {reason}", err=True)


@data_app.command("check-map")
def check_map(
    path: Annotated[
        Path | None, typer.Argument(help="Map file (default: the configured one).")
    ] = None,
) -> None:
    """Validate the data map and list its categories."""
    datamap = load_data_map(path or Settings().data_map)
    for category in datamap.categories.values():
        rule = category.retention
        keep = f"keep {rule.keep}" if rule.keep else f"while {', '.join(rule.keep_while)}"
        typer.echo(
            f"{category.name}\t{category.connector.name} ({category.connector.type})\t"
            f"{keep}\terasure {category.erasure}"
        )
    typer.echo(f"data map {datamap.path}: {len(datamap.categories)} categories, valid")


@data_app.command("plan")
def plan_command(learner_id: str) -> None:
    """Show the erasure plan the desk would propose today for a learner (changes nothing)."""
    plan = command_desk().erasure_plan(learner_id)
    json.dump(plan, sys.stdout, ensure_ascii=False, indent=2)
    typer.echo()
