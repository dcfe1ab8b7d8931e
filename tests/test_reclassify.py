"""Staff correct a request's type: the lifecycle says where, the audit says who, and the message
is kept, its personal data masked, as a labelled example for the classifier."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from privacy_desk.cli import main
from tests.test_fulfilment import STAFF, _code, populate
from workflows.db import session_scope
from workflows.desk import Decider, Desk, ReclassifyRefused
from workflows.examples import mask
from workflows.intake import IntakeResult, Submission
from workflows.lifecycle import IllegalTransition, RejectionReason, State
from workflows.models import ClassifierExample
from workflows.requests import RequestType as T
from workflows.staff import NotStaff, Role, add_staff

ALICE_WRITES = (
    "Bonjour,\nje veux savoir ce que vous avez sur moi et que tout soit supprimé ensuite.\n"
    "Mon numéro apprenant est L001, mon téléphone 06 12 34 56 78, j'habite 12 rue des Lilas,"
    " 75011 Paris. Écrivez-moi à alice.perso@gmail.com (réf. DSR-2026-000123).\n"
    "Alice Martin"
)


def alice_asks(desk: Desk, labels: tuple[T, ...] = (T.ACCESS,)) -> IntakeResult:
    return desk.open_requests(
        Submission(
            channel="email",
            requester_address="alice@example.fr",
            received_at=desk.ctx.now(),
            subject="Mes données, Alice Martin",
            text=ALICE_WRITES,
            labels=labels,
            message_id="<alice.reclassify@mail.example>",
        )
    )


def verified(desk: Desk, result: IntakeResult) -> int:
    code = _code(desk, "alice@example.fr")
    assert desk.confirm_code(result.thread_key, code).value == "confirmed"
    ticket_id = result.tickets[0].id
    assert ticket_id is not None
    return ticket_id


def examples(desk: Desk) -> list[ClassifierExample]:
    with session_scope(desk.engine) as session:
        return list(session.exec(select(ClassifierExample)))


def test_masking_leaves_the_wording_and_takes_out_names_addresses_and_numbers() -> None:
    masked = mask(ALICE_WRITES, names=["Alice", "Martin"], identifiers=["alice@example.fr"])
    for personal in (
        "L001",
        "06 12",
        "12 rue",
        "Lilas",
        "75011",
        "alice.perso",
        "Alice",
        "Martin",
    ):
        assert personal not in masked, (personal, masked)
    assert "DSR-2026" not in masked and "[reference]" in masked
    assert "je veux savoir ce que vous avez sur moi et que tout soit supprimé" in masked
    assert "[email]" in masked and "[number]" in masked and "[name]" in masked


def test_an_agent_reclassifies_an_access_as_an_erasure_prepared_again_and_kept_as_example(
    desk: Desk,
) -> None:
    populate(desk)
    desk.run(lambda s: add_staff(s, "alex", role=Role.AGENT))
    ticket_id = verified(desk, alice_asks(desk))
    before = desk.ticket(ticket_id)[0]
    assert before.state == State.AWAITING_APPROVAL and "inventory" in before.details

    desk.reclassify(ticket_id, Decider(name="alex"), T.ERASURE)

    ticket, events = desk.ticket(ticket_id)
    assert ticket.request_type == T.ERASURE and ticket.state == State.AWAITING_APPROVAL
    assert "erasure_plan" in ticket.details and "inventory" not in ticket.details
    assert ticket.due_at == before.due_at
    (moved,) = [e for e in events if e.command == "reclassify"]
    assert moved.actor == "staff:alex" and moved.reason == "access → erasure"
    assert (moved.from_state, moved.to_state) == ("awaiting_approval", "in_progress")
    assert events[-1].command == "request_approval"  # escalated again, for the new type
    assert desk.verify_audit().ok

    (example,) = examples(desk)
    assert example.labels == ["erasure"] and example.predicted == ["access"]
    assert example.recorded_by == "alex" and example.channel == "email"
    stored = example.subject + example.text
    for personal in ("Alice", "Martin", "L001", "06 12", "Lilas", "alice.perso", "75011"):
        assert personal not in stored, (personal, stored)
    assert "tout soit supprimé" in example.text


def test_reclassify_is_refused_where_it_would_be_unsafe_and_by_someone_not_staff(
    desk: Desk,
) -> None:
    populate(desk)
    unverified = alice_asks(desk, (T.OTHER,)).tickets[0].id
    assert unverified is not None and desk.ticket(unverified)[0].state == State.AWAITING_APPROVAL
    with pytest.raises(ReclassifyRefused, match="identity"):
        desk.reclassify(unverified, STAFF, T.ERASURE)  # no code was ever confirmed
    with pytest.raises(ReclassifyRefused, match="already"):
        desk.reclassify(unverified, STAFF, T.OTHER)
    with pytest.raises(ReclassifyRefused, match="by hand"):
        desk.reclassify(unverified, STAFF, T.MARKETING_OBJECTION)
    with pytest.raises(NotStaff):
        desk.reclassify(unverified, Decider(name="mallory"), T.OTHER)
    desk.reject(unverified, STAFF, RejectionReason.MANIFESTLY_UNFOUNDED, "Rien à faire.")
    with pytest.raises(IllegalTransition):
        desk.reclassify(unverified, STAFF, T.ACCESS)
    ticket, events = desk.ticket(unverified)
    assert ticket.request_type == T.OTHER
    assert not [e for e in events if e.command == "reclassify"]
    assert any(e.reason == "refused: reclassify by someone who is not staff" for e in events)
    assert examples(desk) == []


def test_cli_reclassifies_exports_the_examples_and_classify_scores_them(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", database_url)
    monkeypatch.setenv("PRIVACY_DESK_OUTBOX_DIR", str(tmp_path / "outbox"))
    assert main(["db", "upgrade"]) == 0
    assert main(["staff", "add", "claire"]) == 0
    letter = tmp_path / "lettre.txt"
    # "a copy" reads as access; staff reading the scan see she wants it for her new school
    letter.write_text(
        "Madame,\nmerci de m'envoyer une copie de mes données.\nCamille Durand, tél 0601020304"
    )
    opened = [
        "tickets", "open", "--channel", "letter", "--received-at", "2026-01-05",
        "--from", "Camille Durand/12 rue des Lilas, 75011 Paris", "--by", "claire",
        "--text-file", str(letter),
    ]  # fmt: skip
    capsys.readouterr()
    assert main(opened) == 0
    reference, kind, _ = capsys.readouterr().out.strip().split("\t")
    assert kind == "access"
    assert main(["tickets", "reclassify", reference, "portability", "--by", "claire"]) == 0
    assert capsys.readouterr().out.strip() == f"{reference}: now portability, awaiting_approval"
    assert main(["tickets", "reclassify", reference, "access", "--by", "nobody"]) == 1
    assert "not a staff member" in capsys.readouterr().err

    exported = tmp_path / "examples.jsonl"
    assert main(["classify", "export-examples", str(exported)]) == 0
    assert "1 labelled examples written" in capsys.readouterr().out
    (row,) = [json.loads(line) for line in exported.read_text().splitlines()]
    assert row["labels"] == ["portability"] and row["predicted"] == ["access"]
    assert "Camille" not in row["text"] and "0601020304" not in row["text"]
    assert "merci de m'envoyer une copie" in row["text"]
    assert main(["classify", "export-examples", str(exported)]) == 1  # never overwritten

    with exported.open(encoding="utf-8") as stdin:
        monkeypatch.setattr("sys.stdin", stdin)
        assert main(["classify", "--eval"]) == 0
    assert "portability" in capsys.readouterr().out
