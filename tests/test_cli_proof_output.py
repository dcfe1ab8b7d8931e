"""``tickets proof --output`` writes a decrypted document only to a new private file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from privacy_desk.app import build_desk
from privacy_desk.cli import main
from workflows.config import Settings
from workflows.intake import Submission
from workflows.requests import RequestType

DOCUMENT = b"%PDF-1.7\nlivret de famille\n%%EOF\n"


@pytest.fixture
def proof_id(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVACY_DESK_DATABASE_URL", database_url)
    monkeypatch.setenv("PRIVACY_DESK_OUTBOX_DIR", str(tmp_path / "outbox"))
    assert main(["db", "upgrade"]) == 0
    assert main(["staff", "add", "claire"]) == 0
    desk = build_desk(Settings())
    try:
        opened = desk.open_requests(
            Submission(
                channel="email",
                requester_address="parent@example.org",
                received_at=desk.ctx.now(),
                text="Mon fils de 14 ans est inscrit, effacez ses données",
                labels=(RequestType.MINOR_PARENTAL, RequestType.ERASURE),
            )
        )
        proof = desk.add_proof(
            opened.tickets[0].id,  # type: ignore[arg-type]
            "livret.pdf",
            "application/pdf",
            DOCUMENT,
            actor="email:parent@example.org",
        )
    finally:
        desk.engine.dispose()
    assert proof.id is not None
    return proof.id


def _open(capsys: pytest.CaptureFixture[str], proof: int, target: Path) -> tuple[int, str]:
    code = main(["tickets", "proof", str(proof), "--by", "claire", "--output", str(target)])
    return code, capsys.readouterr().err


def test_the_document_lands_in_a_new_file_only_its_owner_reads(
    proof_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = os.umask(0o022)
    try:
        code, _ = _open(capsys, proof_id, tmp_path / "proof.pdf")
    finally:
        os.umask(previous)
    assert code == 0
    assert (tmp_path / "proof.pdf").read_bytes() == DOCUMENT
    assert stat.S_IMODE((tmp_path / "proof.pdf").stat().st_mode) == 0o600


def test_an_existing_file_is_refused_and_left_as_it_was(
    proof_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.txt"
    target.write_bytes(b"somebody's report")
    target.chmod(0o644)
    code, err = _open(capsys, proof_id, target)
    assert code == 1
    assert err.strip().splitlines() == [
        f"privacy-desk: {target} already exists: give the name of a new file"
    ]
    assert target.read_bytes() == b"somebody's report"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.parametrize("dangling", [False, True])
def test_a_planted_symlink_is_refused_and_its_target_untouched(
    proof_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], dangling: bool
) -> None:
    victim = tmp_path / "victim"
    if not dangling:
        victim.write_bytes(b"keep me")
    link = tmp_path / "proof.pdf"
    link.symlink_to(victim)
    code, err = _open(capsys, proof_id, link)
    assert code == 1
    assert err.strip().splitlines() == [
        f"privacy-desk: {link} already exists: give the name of a new file"
    ]
    assert link.is_symlink()
    if dangling:
        assert not victim.exists()
    else:
        assert victim.read_bytes() == b"keep me"
