"""Postal letters: registered with their own date of receipt, the scan kept encrypted, answers
prepared for printing (never emailed), and the register shows them."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from privacy_desk.cli import main
from privacy_desk.letters import LetterTransport
from tests.conftest import Clock
from tests.test_fulfilment import STAFF, populate
from workflows.config import Settings
from workflows.db import session_scope
from workflows.deadlines import due_date
from workflows.desk import Desk
from workflows.letters import Letter, LetterRefused
from workflows.lifecycle import RejectionReason, State
from workflows.models import OutboxItem, ProofDocument, Ticket
from workflows.outbox import Dispatcher
from workflows.register import export_csv

SCAN = b"%PDF-1.4\n% a scanned letter\n%%EOF\n"
LETTER_TEXT = "Madame, Monsieur,\nJe demande l'erasure de toutes mes données.\nCamille Durand"


def _letter(**overrides: object) -> Letter:
    values: dict[str, object] = {
        "received_on": date(2026, 3, 2),
        "name": "Camille Durand",
        "address": "12 rue des Lilas, 75011 Paris",
        "text": LETTER_TEXT,
        "scan": SCAN,
        "scan_name": "courrier.pdf",
        "scan_type": "application/pdf",
    }
    values.update(overrides)
    return Letter(**values)  # type: ignore[arg-type]


async def _print_and_send(desk: Desk, settings: Settings) -> None:
    class Elsewhere:
        async def send(self, item: OutboxItem) -> None:
            raise AssertionError(f"a letter's answer went out on {item.channel}")

    dispatcher = Dispatcher(
        desk.engine, {"letter": LetterTransport(settings), "email": Elsewhere()}
    )
    while await dispatcher.dispatch_once():
        pass


def _items(desk: Desk) -> list[OutboxItem]:
    with session_scope(desk.engine) as session:
        return list(session.exec(select(OutboxItem).where(OutboxItem.channel != "staff")))


async def test_a_letter_runs_from_its_receipt_and_is_answered_on_paper(
    desk: Desk, clock: Clock, settings: Settings
) -> None:
    populate(desk)
    clock.now = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)  # typed in eight days after receipt
    result = desk.open_letter(_letter(), STAFF)

    (ticket,) = result.tickets
    assert ticket.channel == "letter" and ticket.request_type == "erasure"
    received = datetime(2026, 3, 2, tzinfo=desk.ctx.tz)
    assert ticket.received_at == received
    assert ticket.due_at == due_date(received)  # 2 April, not 10 April
    assert ticket.requester_name == "Camille Durand"
    # a code cannot reach a postal address: staff check the letter and approve
    assert ticket.details.get("needs_review") is True
    assert desk.ticket(ticket.id)[0].state == State.AWAITING_APPROVAL.value  # type: ignore[arg-type]
    with session_scope(desk.engine) as session:
        (scan,) = session.exec(select(ProofDocument)).all()
        assert scan.ticket_id == ticket.id and scan.sha256 and scan.encrypted
        assert SCAN not in scan.encrypted and b"scanned letter" not in scan.encrypted

    # the acknowledgement is a page to print, addressed to the letter's sender
    await _print_and_send(desk, settings)
    (ack,) = _items(desk)
    assert (ack.channel, ack.template, ack.status) == ("letter", "received", "sent")
    assert ack.recipient == "Camille Durand\n12 rue des Lilas, 75011 Paris"
    printed = settings.outbox_dir / "letters" / f"{ack.id:08d}.html"
    page = printed.read_text(encoding="utf-8")
    assert "Camille Durand<br>" in page and "12 rue des Lilas, 75011 Paris<br>" in page
    assert str(ticket.reference) in page and "10 mars 2026" in page
    assert not list(settings.outbox_dir.glob("*.eml"))  # nothing pretends it was emailed

    # staff refuse it (no learner is named in it): the refusal is printed too, and the
    # register shows the letter and the day its answer was prepared for the post
    assert ticket.id is not None
    desk.reject(ticket.id, STAFF, RejectionReason.NO_MATCHING_LEARNER, "Aucun compte à ce nom.")
    await _print_and_send(desk, settings)
    refusal = next(i for i in _items(desk) if i.template == "rejected")
    assert refusal.channel == "letter" and refusal.status == "sent"
    assert (settings.outbox_dir / "letters" / f"{refusal.id:08d}.html").exists()
    out = io.StringIO()
    desk.run(lambda s: export_csv(s, desk.ctx.tz, out))
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["channel"] == "letter" and row["received"] == "2026-03-02"
    assert row["answer_sent"] == datetime.now(UTC).astimezone(desk.ctx.tz).date().isoformat()
    with session_scope(desk.engine) as session:
        # the scan was wiped with the decision, like any proof document
        assert session.exec(select(ProofDocument)).one().encrypted is None


def test_a_letter_cannot_be_received_in_the_future_nor_be_empty(desk: Desk) -> None:
    populate(desk)
    with pytest.raises(LetterRefused):
        desk.open_letter(_letter(received_on=desk.ctx.now().date() + timedelta(days=2)), STAFF)
    with pytest.raises(LetterRefused):
        desk.open_letter(_letter(text="  "), STAFF)
    with session_scope(desk.engine) as session:
        assert session.exec(select(Ticket)).all() == []


def test_tickets_open_registers_a_letter_from_the_command_line(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", database_url)
    monkeypatch.setenv("PRIVACY_DESK_OUTBOX_DIR", str(tmp_path / "outbox"))
    assert main(["db", "upgrade"]) == 0
    assert main(["staff", "add", "claire", "--role", "agent"]) == 0
    text = tmp_path / "lettre.txt"
    text.write_text(
        "Bonjour,\nJe souhaite supprimer mon compte et effacer toutes mes données personnelles."
        "\nCamille Durand",
        encoding="utf-8",
    )
    scan = tmp_path / "lettre.pdf"
    scan.write_bytes(SCAN)
    received = (datetime.now(UTC) - timedelta(days=5)).date()
    args = [
        "tickets",
        "open",
        "--channel",
        "letter",
        "--received-at",
        received.isoformat(),
        "--by",
        "claire",
        "--from",
        "Camille Durand/12 rue des Lilas, 75011 Paris",
        "--text-file",
        str(text),
    ]
    capsys.readouterr()
    assert main([*args, "--scan", str(scan)]) == 0
    out = capsys.readouterr().out
    reference, kind, due = out.strip().split("\t")
    assert reference.startswith("DSR-") and kind == "erasure"
    from zoneinfo import ZoneInfo

    start = datetime.combine(received, datetime.min.time(), tzinfo=ZoneInfo("Europe/Paris"))
    assert due == f"due {due_date(start).astimezone(ZoneInfo('Europe/Paris')).date()}"

    # bad input: one line, non-zero
    assert main([*args[:-4], "--from", "no address", *args[-2:]]) == 1
    assert "NAME/ADDRESS" in capsys.readouterr().err
    assert main(["tickets", "open", *args[2:3], "email", *args[4:]]) == 1
    assert "letter" in capsys.readouterr().err
