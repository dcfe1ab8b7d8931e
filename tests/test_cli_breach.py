"""``privacy-desk breach …`` in-process against a real database: a breach from opening to
queued notices, with the time left on its clocks and one-line refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import outbox
from tests.test_cli import cli_env, run  # noqa: F401  (the fixture)
from workflows.config import Settings


def test_a_breach_from_opening_to_queued_notices(cli_env: Path, capsys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert run(capsys, "db", "upgrade")[0] == 0
    (cli_env / "learners.csv").write_text(
        "learner_id,email,first_name,last_name,phone,birth_date,language\n"
        "L1,alice@example.fr,Alice,Martin,,,fr\nL2,bob@example.fr,Bob,Smith,,,en\n",
        encoding="utf-8",
    )
    assert run(capsys, "learners", "import", str(cli_env / "learners.csv"))[0] == 0
    assert run(capsys, "staff", "add", "dana", "--email", "dana@studi.fr")[0] == 0

    code, out, _ = run(
        capsys, "breach", "open", "--title", "LMS copied", "--aware-at", "2020-01-01T08:00",
        "--nature", "table copied", "--people", "2", "--by", "dana",
    )  # fmt: skip
    assert code == 0 and "breach 1 opened" in out
    assert "CNIL: due 4 January 2020 08:00, OVERDUE by" in out

    affected = cli_env / "affected.csv"
    affected.write_text("learner,categories\nL1,email\nbob@example.fr,email\nL9,x\n")
    code, out, err = run(capsys, "breach", "affected", "1", str(affected), "--by", "dana")
    assert code == 0 and "2 affected learners added, 0 already there, 1 not found" in out
    assert "line 4: no learner L9" in err

    code, _, err = run(capsys, "breach", "send", "1", "--by", "dana")
    assert code == 1 and "not approved" in err
    for lang in ("fr", "en"):
        assert run(
            capsys, "breach", "text", "1", "--lang", lang, "--nature", f"{lang} nature",
            "--consequences", "c", "--measures", "m", "--advice", "change it", "--by", "dana",
        )[0] == 0  # fmt: skip
    code, out, _ = run(capsys, "breach", "preview", "1", "--lang", "en")
    assert code == 0 and "What you need to do\nchange it" in out and "en nature" in out
    code, _, err = run(capsys, "breach", "approve", "1", "--by", "mallory")
    assert code == 1 and err.startswith("privacy-desk: mallory is not a staff member")
    assert run(capsys, "breach", "approve", "1", "--by", "dana")[0] == 0
    code, out, err = run(capsys, "breach", "send", "1", "--by", "dana")
    assert code == 0 and "2 notices queued, sent at 60 a minute" in out
    assert "the last notice leaves around" in out
    assert "after the learners' 72-hour deadline" in err  # aware in 2020: long past

    code, out, _ = run(capsys, "breach", "show", "1")
    assert "notices: 2 affected, 0 sent, 0 failed, 2 pending, 0 not queued" in out
    assert "approved by: dana" in out
    code, out, _ = run(capsys, "breach", "list")
    assert out.startswith("1\tLMS copied\tapproved by dana\t2 affected")

    code, out, _ = run(capsys, "breach", "export", "1", "--by", "dana", "--out", "cnil")
    assert code == 0 and "breach-1-record.fr.txt" in out
    record = (cli_env / "cnil" / "breach-1-record.fr.txt").read_text(encoding="utf-8")
    assert "a) Nature de la violation : table copied" in record
    assert "Nombre approximatif de personnes concernées : 2 (2 apprenants" in record
    log = (cli_env / "cnil" / "breach-1-notifications.csv").read_text(encoding="utf-8")
    assert log.splitlines()[0].startswith("learner,data_exposed,channel,recipient")
    assert "L2,email,email,bob@example.fr,en,pending," in log
    code, _, err = run(capsys, "breach", "export", "1", "--by", "mallory", "--out", "nope")
    assert code == 1 and "mallory is not a staff member" in err
    assert list((cli_env / "nope").iterdir()) == []  # nothing written for a refusal
    code, out, err = run(capsys, "breach", "requests", "1")
    assert (code, out) == (0, "") and "0 urgent requests linked" in err

    from privacy_desk.app import build_desk

    desk = build_desk(Settings())
    try:
        notices = outbox(desk, template="breach_notice")
    finally:
        desk.engine.dispose()
    assert sorted((n.recipient, n.language) for n in notices) == [
        ("alice@example.fr", "fr"),
        ("bob@example.fr", "en"),
    ]


def test_an_unknown_breach_is_one_line(cli_env: Path, capsys) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert run(capsys, "db", "upgrade")[0] == 0
    code, _, err = run(capsys, "breach", "show", "7")
    assert (code, err) == (1, "privacy-desk: no breach 7\n")


@pytest.mark.parametrize("when", ["yesterday", "2999-01-01T00:00"])
def test_a_wrong_time_of_awareness_is_refused(cli_env: Path, capsys, when: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert run(capsys, "db", "upgrade")[0] == 0
    assert run(capsys, "staff", "add", "dana")[0] == 0
    code, _, err = run(
        capsys, "breach", "open", "--title", "t", "--aware-at", when, "--nature", "n",
        "--by", "dana",
    )  # fmt: skip
    assert code == 1 and err.startswith("privacy-desk: ")


def test_a_dpo_decides_the_learners_are_not_told_and_the_record_says_why(  # type: ignore[no-untyped-def]
    cli_env: Path,  # noqa: F811
    capsys,
) -> None:
    assert run(capsys, "db", "upgrade")[0] == 0
    assert run(capsys, "staff", "add", "dana")[0] == 0
    assert run(capsys, "staff", "add", "al", "--role", "agent")[0] == 0
    assert run(
        capsys, "breach", "open", "--title", "Backup tape lost", "--aware-at",
        "2020-01-01T08:00", "--nature", "an encrypted tape", "--by", "dana",
    )[0] == 0  # fmt: skip

    waive = ("breach", "waive-learners", "1", "--reason", "AES-256, key kept apart")
    code, _, err = run(capsys, *waive, "--ground", "a", "--by", "al")
    assert code == 1 and "only a dpo may decide the learners are not told" in err
    code, _, err = run(capsys, *waive, "--ground", "c", "--by", "dana")
    assert code == 1 and "ground c needs the public communication made instead" in err
    code, out, _ = run(capsys, *waive, "--ground", "a", "--by", "dana")
    assert code == 0 and "not told one by one (art. 34(3)(a)); their clock stopped" in out

    code, out, _ = run(capsys, "breach", "show", "1", "--lang", "fr")
    assert "  learners not told one by one: art. 34(3)(a), decided by dana" in out
    assert "  CNIL : échéance le 4 janvier 2020 08:00, EN RETARD de" in out
    assert "  apprenants : pas avertis un par un, décision du" in out
    code, out, _ = run(capsys, "breach", "list")
    assert "learners: not told one by one, decided on" in out

    code, out, _ = run(capsys, "breach", "export", "1", "--by", "dana", "--out", "cnil")
    assert code == 0 and "(no notification log)" in out
    assert [p.name for p in (cli_env / "cnil").iterdir()] == ["breach-1-record.fr.txt"]
    record = (cli_env / "cnil" / "breach-1-record.fr.txt").read_text(encoding="utf-8")
    assert "- Motif : AES-256, key kept apart" in record
    assert "article 34, paragraphe 3, point a : les données" in record
