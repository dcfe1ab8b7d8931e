"""The command line, run in-process against a real database: results and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from privacy_desk.cli import main
from tests.conftest import outbox
from tests.identity_helpers import link_chat
from workflows.config import Settings
from workflows.desk import Desk
from workflows.intake import Submission
from workflows.learners import find_learner
from workflows.migrate import alembic_config
from workflows.requests import RequestType


@pytest.fixture
def cli_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", database_url)
    monkeypatch.setenv("PRIVACY_DESK_OUTBOX_DIR", str(tmp_path / "outbox"))
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def alice_and_claire(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> Desk:
    """A migrated database with one learner (L1, alice@example.fr) and one DPO (claire), set up
    through the command line; the Desk over it."""
    from privacy_desk.app import build_desk

    assert run(capsys, "db", "upgrade")[0] == 0
    learners = cli_env / "learners.csv"
    learners.write_text(
        "learner_id,email,first_name,last_name,phone,birth_date,language\n"
        "L1,alice@example.fr,Alice,Martin,,1990-01-01,fr\n",
        encoding="utf-8",
    )
    assert run(capsys, "learners", "import", str(learners))[0] == 0
    assert run(capsys, "staff", "add", "claire")[0] == 0
    return build_desk(Settings())


def test_commands_refuse_an_unmigrated_database(cli_env: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "tickets", "list")
    assert code == 1
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert err.strip() == (
        f"privacy-desk: database schema is at nothing, the code needs {head}: "
        "run `privacy-desk db upgrade`"
    )


def test_a_day_at_the_desk(cli_env: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "db", "upgrade")[0] == 0
    learners = cli_env / "learners.csv"
    learners.write_text(
        "learner_id,email,first_name,last_name,phone,birth_date,language,brand\n"
        "L1,alice@example.fr,Alice,Martin,,1990-01-01,fr,ECOLEMS\n"
        "L2,broken,Bob,X,,,fr,ECOLEMS\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "learners", "import", str(learners))
    assert code == 0
    assert "1 created, 0 updated, 0 unchanged, 1 rejected" in out
    assert "line 3:" in err
    assert run(capsys, "staff", "add", "claire", "--email", "claire@studi.fr")[0] == 0

    from privacy_desk.app import build_desk

    desk: Desk = build_desk(Settings())
    result = desk.open_requests(
        Submission(
            channel="email",
            requester_address="someone@example.org",
            received_at=desk.ctx.now(),
            text="please",
            labels=(RequestType.OTHER,),
        )
    )
    desk.engine.dispose()
    reference = result.tickets[0].reference
    assert reference

    code, out, _ = run(capsys, "tickets", "list", "--json")
    listed = json.loads(out)
    assert [(t["reference"], t["state"]) for t in listed] == [(reference, "awaiting_approval")]
    assert run(capsys, "tickets", "list", "--overdue", "--json")[1].strip() == "[]"

    code, out, err = run(capsys, "tickets", "approve", reference, "--by", "mallory")
    assert code == 1 and "mallory is not a staff member" in err and "Traceback" not in err

    code, out, _ = run(
        capsys,
        "tickets",
        "extend",
        reference,
        "--by",
        "claire",
        "--reason",
        "x",
        "--cause",
        "number",
    )
    assert code == 0 and "now due" in out
    code, out, _ = run(capsys, "tickets", "approve", reference, "--by", "claire")
    assert code == 0 and "completed" in out
    code, _, err = run(capsys, "tickets", "reject", reference, "--by", "claire", "--reason", "no")
    assert code == 1 and "cannot reject a ticket that is completed" in err

    code, out, _ = run(capsys, "tickets", "show", reference)
    assert code == 0
    assert (
        "language: fr — the learner reads French: write questions and explanations in French"
        in (out)
    )
    code, out, _ = run(capsys, "tickets", "show", reference, "--json")
    shown = json.loads(out)
    assert [e["command"] for e in shown["events"]] == [
        "open",
        "start",
        "request_approval",
        "note",
        "extend",
        "approve",
        "complete",
    ]
    assert shown["decided_by"] == "claire"

    code, out, _ = run(capsys, "register", "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["reference"] == reference
    assert rows[0]["outcome"] == "completed" and rows[0]["decided_by"] == "claire"
    assert rows[0]["extended"]

    code, out, _ = run(capsys, "audit", "verify")
    assert code == 0 and "intact" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("tickets", "show", "DSR-2026-999999"), "no ticket DSR-2026-999999"),
        (("learners", "import", "missing.csv"), "No such file or directory"),
        (("register", "export", "--format", "xml"), "only csv"),
        (("staff", "remove", "nobody"), "nobody is not staff"),
    ],
)
def test_bad_input_is_one_clear_line(cli_env: Path, capsys, args, message) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "db", "upgrade")[0] == 0
    code, _, err = run(capsys, *args)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_bad_csv_is_one_clear_line(cli_env: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "db", "upgrade")
    bad = cli_env / "bad.csv"
    bad.write_text("name,mail\nx,y\n", encoding="utf-8")
    code, _, err = run(capsys, "learners", "import", str(bad))
    assert code == 1 and "missing column(s): learner_id, email" in err


def test_a_malformed_phone_drops_the_phone_not_the_learner(cli_env: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "db", "upgrade")
    learners = cli_env / "learners.csv"
    learners.write_text(
        "learner_id,email,first_name,last_name,phone,birth_date,language\n"
        "L1,alice@example.fr,Alice,Martin,06 12 34 56 78,1990-01-01,fr\n"
        "L2,bob@example.fr,Bob,Durand,+33 6 98 76,1991-01-01,fr\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "learners", "import", str(learners))
    assert code == 0
    assert "2 created, 0 updated, 0 unchanged, 0 rejected, 1 warning" in out
    warnings = [line for line in err.splitlines() if line.startswith("line ")]
    assert warnings == ["line 3: phone is not valid and was dropped; learner L2 kept"]
    assert "98" not in err and "33 6" not in err

    from privacy_desk.app import build_desk

    desk: Desk = build_desk(Settings())
    bob, _ = desk.run(lambda s: find_learner(s, "bob@example.fr"))
    desk.engine.dispose()
    assert bob is not None and bob.phone is None


def test_unreachable_database_is_one_clear_line(
    tmp_path: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    code, _, err = run(capsys, "tickets", "list")
    assert code == 1
    assert err.startswith("privacy-desk: database unreachable")
    assert len(err.strip().splitlines()) == 1


def test_staff_record_a_correction_and_open_proofs(cli_env: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "db", "upgrade")
    learners = cli_env / "learners.csv"
    learners.write_text(
        "learner_id,email,first_name,last_name,phone,birth_date,language\n"
        "L1,alice@example.fr,Alice,Martin,,1990-01-01,fr\n",
        encoding="utf-8",
    )
    run(capsys, "learners", "import", str(learners))
    run(capsys, "staff", "add", "claire")

    from privacy_desk.app import build_desk

    desk: Desk = build_desk(Settings())
    mine = desk.open_requests(
        Submission(
            channel="email",
            requester_address="alice@example.fr",
            received_at=desk.ctx.now(),
            text="Merci de corriger mon nom",
            labels=(RequestType.RECTIFICATION,),
        )
    )
    parent = desk.open_requests(
        Submission(
            channel="email",
            requester_address="parent@example.org",
            received_at=desk.ctx.now(),
            text="Mon fils de 14 ans est inscrit, effacez ses données",
            labels=(RequestType.MINOR_PARENTAL, RequestType.ERASURE),
        )
    )
    parents_ticket = parent.tickets[0]
    proof = desk.add_proof(
        parents_ticket.id,  # type: ignore[arg-type]
        "livret.pdf",
        "application/pdf",
        b"%PDF-1.7\nlivret de famille\n%%EOF\n",
        actor="email:parent@example.org",
    )
    (code_mail,) = outbox(desk, template="verification_code")
    found = re.search(r"^\s+(\d{6})\s*$", code_mail.body_text, re.MULTILINE)
    assert found
    desk.confirm_code(mine.thread_key, found.group(1))
    desk.engine.dispose()
    reference = mine.tickets[0].reference or ""

    code, _, err = run(capsys, "tickets", "approve", reference, "--by", "claire")
    assert code == 1 and "correction" in err
    code, _, err = run(capsys, "tickets", "correct", reference, "--by", "claire", "--set", "x")
    assert code == 1 and "is not FIELD=VALUE" in err
    code, out, _ = run(
        capsys, "tickets", "correct", reference, "--by", "claire", "--set", "last_name=Durand"
    )
    assert code == 0 and "correction of last_name recorded" in out
    code, out, _ = run(capsys, "tickets", "approve", reference, "--by", "claire")
    assert code == 0 and "completed" in out

    code, out, _ = run(capsys, "tickets", "show", parents_ticket.reference or "", "--json")
    shown = json.loads(out)
    assert shown["requester_kind"] == "parent"
    assert [p["filename"] for p in shown["proofs"]] == ["livret.pdf"]
    target = cli_env / "proof.pdf"
    code, _, err = run(
        capsys, "tickets", "proof", str(proof.id), "--by", "mallory", "--output", str(target)
    )
    assert code == 1 and "not a staff member" in err and not target.exists()
    code, out, _ = run(
        capsys, "tickets", "proof", str(proof.id), "--by", "claire", "--output", str(target)
    )
    assert code == 0 and target.read_bytes().startswith(b"%PDF-1.7\nlivret")


def test_staff_unlink_a_learners_telegram_chat(cli_env: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from workflows.db import session_scope
    from workflows.models import Learner

    desk = alice_and_claire(cli_env, capsys)
    link_chat(desk, "L1", 777, "alice@example.fr")

    code_, _, err = run(capsys, "learners", "unlink", "L1", "--by", "mallory")
    assert code_ == 1 and "mallory is not a staff member" in err
    assert run(capsys, "learners", "unlink", "L1", "--by", "claire")[1:] == (
        "L1: Telegram link ended\n",
        "",
    )
    assert run(capsys, "learners", "unlink", "L1", "--by", "claire")[1] == (
        "L1 has no Telegram link\n"
    )
    code_, _, err = run(capsys, "learners", "unlink", "L9", "--by", "claire")
    assert code_ == 1 and err.strip() == "privacy-desk: no learner L9"
    with session_scope(desk.engine) as session:
        assert session.exec(select(Learner)).one().telegram_chat_id is None
    desk.engine.dispose()
    code_, out, _ = run(capsys, "audit", "verify")
    assert code_ == 0 and "intact" in out


@pytest.mark.parametrize("command", ["ask", "reject", "extend"])
def test_staff_are_told_to_write_in_the_learners_language(command: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """What staff type reaches the learner as written: the options say which language."""
    main(["tickets", command, "--help"])
    help_text = re.sub(r"[│\s]+", " ", capsys.readouterr().out)
    assert "in the learner's language" in help_text


def test_staff_change_the_registered_email_an_approved_rectification_asks_for(  # type: ignore[no-untyped-def]
    cli_env: Path, capsys
) -> None:
    from tests.identity_helpers import code_and_token, mail

    desk = alice_and_claire(cli_env, capsys)
    asked = "rectification : mon adresse e-mail est désormais alice@new.fr"
    result = desk.open_requests(mail(desk, "alice@example.fr", asked))
    desk.confirm_code(result.thread_key, code_and_token(desk, "alice@example.fr")[0])
    reference = str(result.tickets[0].reference)

    code, _, err = run(
        capsys, "tickets", "change-email", reference, "alice@new.fr", "--by", "claire"
    )
    assert code == 1 and "approve" in err and "Traceback" not in err
    assert run(capsys, "tickets", "approve", reference, "--by", "claire")[0] == 0
    code, _, err = run(
        capsys, "tickets", "change-email", reference, "alice@new.fr", "--by", "mallory"
    )
    assert code == 1 and "not a staff member" in err
    code, out, _ = run(
        capsys, "tickets", "change-email", reference, "alice@new.fr", "--by", "claire"
    )
    assert code == 0 and "alice@new.fr" in out
    assert find_learner_email(desk, "L1") == "alice@new.fr"
    (told,) = outbox(desk, template="email_changed")
    assert told.recipient == "alice@example.fr"
    desk.engine.dispose()


def find_learner_email(desk: Desk, learner_id: str) -> str:
    learner, _ = desk.run(lambda s: find_learner(s, learner_id))
    assert learner is not None
    return learner.email


def test_tickets_show_names_an_earlier_open_request_of_the_same_verified_learner(  # type: ignore[no-untyped-def]
    cli_env: Path, capsys
) -> None:
    from tests.identity_helpers import code_and_token, mail

    desk = alice_and_claire(cli_env, capsys)
    references = []
    for text in ("Je demande l'effacement de mes données.", "Effacez toutes mes données svp."):
        result = desk.open_requests(mail(desk, "alice@example.fr", text))
        desk.confirm_code(result.thread_key, code_and_token(desk, "alice@example.fr")[0])
        references.append(str(result.tickets[0].reference))
    desk.engine.dispose()
    first, second = (
        json.loads(run(capsys, "tickets", "show", r, "--json")[1]) for r in references
    )
    assert first["type"] == second["type"] == "erasure"
    assert first["duplicate_of"] is None and second["duplicate_of"] == references[0]
