"""``register export`` and ``audit verify`` read the database a batch at a time, with a progress
bar on standard error: every row is written and every event checked across the batches, and a
break in the chain found in a later batch is still reported; ``audit anchor`` keeps the chain's
tip outside the database, and ``audit verify --anchor`` finds a log cut at its end."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

import workflows.audit
import workflows.register
from privacy_desk.app import build_desk
from privacy_desk.cli import main
from workflows.config import Settings
from workflows.desk import Desk
from workflows.intake import Submission
from workflows.models import AuditHead, TicketEvent
from workflows.requests import RequestType


@pytest.fixture
def seven_requests(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    """Seven requests on a migrated database, read 3 at a time."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", database_url)
    monkeypatch.setenv("PRIVACY_DESK_OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setattr(workflows.register, "BATCH", 3)
    monkeypatch.setattr(workflows.audit, "VERIFY_BATCH", 3)
    assert main(["db", "upgrade"]) == 0
    desk = build_desk(Settings())
    for n in range(7):
        desk.open_requests(
            Submission(
                channel="email",
                requester_address=f"person{n}@example.org",
                received_at=desk.ctx.now(),
                text="please",
                labels=(RequestType.OTHER,),
            )
        )
    return desk


def test_register_export_writes_every_row_across_batches(
    seven_requests: Desk,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["register", "export", "--output", str(tmp_path / "register.csv")]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"7 rows written to {tmp_path / 'register.csv'}"
    assert err == ""  # no terminal: no progress bar
    with (tmp_path / "register.csv").open(encoding="utf-8") as written:
        rows = list(csv.DictReader(written))
    assert len({row["reference"] for row in rows}) == 7
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["register", "export"]) == 0  # to standard output, the bar on standard error
    out, err = capsys.readouterr()
    assert len(list(csv.DictReader(io.StringIO(out)))) == 7 and "Exporting" in err
    seven_requests.engine.dispose()


def test_audit_verify_checks_every_event_and_says_its_rate(
    seven_requests: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    reported: list[int] = []
    assert seven_requests.verify_audit(progress=reported.append).ok
    events = sum(reported)
    assert events >= 14 and all(step <= 3 for step in reported)
    assert main(["audit", "verify"]) == 0
    out, err = capsys.readouterr()
    assert re.fullmatch(rf"audit log intact: {events} events in [\d.]+ s \([\d,]+/s\)\n", out)
    assert err == ""
    with seven_requests.engine.begin() as conn:  # an event of the last batch, edited
        conn.execute(
            update(TicketEvent).where(TicketEvent.id == events - 1).values(actor="mallory")
        )
    assert main(["audit", "verify"]) == 1
    assert f"event {events - 1} was altered" in capsys.readouterr().err
    seven_requests.engine.dispose()


def test_an_anchor_kept_outside_tells_a_log_cut_at_its_end(
    seven_requests: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Deleting the last events and moving the head back leaves a chain that verifies; the
    anchor taken before (kept with the backups) no longer matches it."""
    assert main(["audit", "anchor"]) == 0
    anchor = tmp_path / "anchor.json"
    anchor.write_text(capsys.readouterr().out, encoding="utf-8")
    kept = json.loads(anchor.read_text(encoding="utf-8"))
    assert kept["event_id"] >= 14 and len(kept["hash"]) == 64
    assert main(["audit", "verify", "--anchor", str(anchor)]) == 0
    capsys.readouterr()
    with seven_requests.engine.begin() as conn:
        last = kept["event_id"]
        before = conn.execute(select(TicketEvent.hash).where(TicketEvent.id == last - 1)).one()
        conn.execute(delete(TicketEvent).where(TicketEvent.id == last))
        conn.execute(update(AuditHead).values(last_event_id=last - 1, last_hash=before.hash))
    assert main(["audit", "verify"]) == 0  # the chain alone cannot tell
    capsys.readouterr()
    assert main(["audit", "verify", "--anchor", str(anchor)]) == 1
    assert f"event {last} is missing" in capsys.readouterr().err
    seven_requests.engine.dispose()
