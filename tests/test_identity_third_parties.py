"""Third parties (parent, heir, lawyer): proof documents, encrypted, to staff, wiped after."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from tests.conftest import Clock, outbox
from tests.identity_helpers import assert_delivery_policy, mail, people
from workflows import fulfilment
from workflows.classifier import Requester
from workflows.config import Settings
from workflows.db import session_scope
from workflows.desk import Decider, Desk
from workflows.intake import requester_kind
from workflows.lifecycle import RejectionReason, State
from workflows.models import Learner, ProofDocument, Ticket
from workflows.proofs import ProofRefused
from workflows.proofvault import InvalidToken, decrypt, fernet_for
from workflows.requests import RequestType
from workflows.scheduler import tick
from workflows.staff import NotStaff
from workflows.tickets import get_ticket

PARENT = "parent@famille.test"
HEIR = "heir@famille.test"
SECRET_MARK = b"PARENTAL-AUTHORITY-SECRET-1234"
PDF = b"%PDF-1.7\n" + SECRET_MARK + b"\n%%EOF\n"


@pytest.fixture
def desk_with_people(desk: Desk) -> Desk:
    return people(desk)


def _ids(tickets: list[Ticket]) -> list[int]:
    return [t.id for t in tickets if t.id is not None]


def test_requester_kind_comes_from_the_text_only() -> None:
    pm = (RequestType.POST_MORTEM,)
    assert requester_kind((RequestType.MINOR_PARENTAL, RequestType.ERASURE), "") == "parent"
    assert requester_kind(pm, "Mon père est décédé le 3 mars, je suis son héritier") == "heir"
    assert requester_kind(pm, "Voici mes directives pour après ma mort") == "self"
    assert requester_kind((RequestType.ACCESS,), "Avocat, je représente mon client") == "lawyer"
    assert requester_kind(pm, "Maître Durand, notaire chargé de la succession") == "notary"
    assert requester_kind((RequestType.ACCESS,), "", {"requester_kind": "parent"}) == "parent"
    # the classifier's reading, when it read the message, wins over its rules on the text
    lawyer, notary = "Avocat, je représente mon client", "Maître Durand, notaire, succession"
    third, heir = Requester.OTHER_THIRD_PARTY, Requester.HEIR_OR_TRUSTED_PERSON
    assert requester_kind((RequestType.ACCESS,), lawyer, read=third) == "third_party"
    assert requester_kind(pm, notary, read=heir) == "notary"
    assert requester_kind(pm, "Je suis sa fille", read=heir) == "heir"


def _born(session: Session, learner_id: str, birth_date: date) -> None:
    learner = session.exec(select(Learner).where(Learner.learner_id == learner_id)).one()
    learner.birth_date = birth_date
    session.add(learner)


def test_a_parents_request_goes_to_staff_with_documents_and_needs_approval(
    desk_with_people: Desk, settings: Settings
) -> None:
    desk = desk_with_people
    desk.run(lambda s: _born(s, "L001", date(2013, 1, 1)))  # a parent acts for a minor only
    result = desk.open_requests(
        mail(
            desk,
            PARENT,
            "minor_parental erasure : ma fille de 13 ans, L001, a un compte chez vous",
            learner_hint="L001",
        )
    )
    assert {t.requester_kind for t in result.tickets} == {"parent"}
    assert {t.state for t in result.tickets} == {State.AWAITING_REQUESTER}
    assert all(t.identity_verified_at is None for t in result.tickets)
    assert not outbox(desk, template="verification_code")  # a code proves nothing here
    (asked,) = outbox(desk, template="proof_needed")
    assert asked.recipient == PARENT and "autorité parentale" in asked.body_text
    ticket_key = result.tickets[0].id
    assert ticket_key is not None

    with pytest.raises(ProofRefused):
        desk.add_proof(ticket_key, "id.pdf", "application/pdf", PDF, "email:attacker@evil.test")
    with pytest.raises(ProofRefused):
        desk.add_proof(ticket_key, "x.exe", "application/x-msdownload", b"MZ..", f"email:{PARENT}")
    with pytest.raises(ProofRefused):
        desk.add_proof(ticket_key, "fake.pdf", "application/pdf", b"<html>", f"email:{PARENT}")
    document = desk.add_proof(
        ticket_key, "livret.pdf", "application/pdf", PDF, f"email:{PARENT.upper()}"
    )
    states = {desk.ticket(i)[0].state for i in _ids(result.tickets)}
    assert states == {State.AWAITING_APPROVAL}
    escalations = outbox(desk, template="staff_escalation")
    # one request, one ticket, one decision: the erasure of the child's data
    assert [t.request_type for t in result.tickets] == ["erasure"]
    assert len(escalations) == 1 and "livret.pdf" in escalations[0].body_text

    # Encrypted at rest: the raw column, and the database files, never hold the plaintext.
    with session_scope(desk.engine) as session:
        (raw,) = session.execute(
            text("SELECT encrypted FROM proof_document WHERE id = :i"), {"i": document.id}
        ).one()
    assert SECRET_MARK not in bytes(raw)
    assert decrypt(settings, bytes(raw)) == PDF
    if desk.engine.url.get_backend_name() == "sqlite":
        database = Path(desk.engine.url.database or "")
        for path in (database, Path(f"{database}-wal")):
            if path.exists():
                assert SECRET_MARK not in path.read_bytes()
    with pytest.raises(InvalidToken):
        fernet_for(
            settings.model_copy(
                update={
                    "proof_key": None,
                    "proof_key_file": Path(str(settings.proof_key_file) + ".other"),
                }
            )
        ).decrypt(bytes(raw))

    # Nobody but configured staff sees or decides; nothing completes without approval.
    with pytest.raises(NotStaff):
        desk.open_proof(document.id, Decider(name="mallory"))  # type: ignore[arg-type]
    seen, data = desk.open_proof(document.id, Decider(name="claire"))  # type: ignore[arg-type]
    assert data == PDF and seen.filename == "livret.pdf"
    with pytest.raises(NotStaff):
        desk.approve(ticket_key, Decider(name="mallory"))
    desk.run(lambda s: fulfilment.advance(s, desk.ctx, get_ticket(s, ticket_key), actor="desk"))
    assert desk.ticket(ticket_key)[0].state == State.AWAITING_APPROVAL

    decided = desk.approve(ticket_key, Decider(telegram_user_id=4242))
    assert decided.state == State.COMPLETED

    (kept,) = desk.proofs(ticket_key)
    assert kept.encrypted is None and kept.deleted_at is not None
    assert kept.sha256 and kept.size == len(PDF)
    _, events = desk.ticket(ticket_key)
    reasons = [(e.actor, e.reason) for e in events if e.command == "note"]
    assert (
        "email:attacker@evil.test",
        "refused proof document: only the requester may send proof documents for this request",
    ) in reasons
    assert (f"email:{PARENT.upper()}", "proof document received: livret.pdf") in reasons
    assert ("staff:claire", "proof document seen: livret.pdf") in reasons
    assert any(r and r.endswith("deleted after the decision") for _, r in reasons)
    with pytest.raises(ProofRefused):
        desk.open_proof(document.id, Decider(name="claire"))  # type: ignore[arg-type]
    with session_scope(desk.engine) as session:
        (raw,) = session.execute(
            text("SELECT encrypted FROM proof_document WHERE id = :i"), {"i": document.id}
        ).one()
    assert raw is None
    assert_delivery_policy(desk, PARENT, "attacker@evil.test")


def test_an_heirs_request_is_decided_by_staff_and_the_documents_go_after_a_rejection(
    desk_with_people: Desk,
) -> None:
    desk = desk_with_people
    result = desk.open_requests(
        mail(desk, HEIR, "post_mortem : mon père Bob Smith est décédé, je suis son héritier")
    )
    (ticket,) = result.tickets
    assert ticket.id is not None
    assert (ticket.requester_kind, ticket.state) == ("heir", State.AWAITING_REQUESTER)
    assert "acte de décès" in outbox(desk, template="proof_needed")[0].body_text
    for name in ("deces.pdf", "notoriete.png"):
        data = PDF if name.endswith("pdf") else b"\x89PNG\r\n\x1a\n" + SECRET_MARK
        kind = "application/pdf" if name.endswith("pdf") else "image/png"
        desk.add_proof(ticket.id, name, kind, data, f"email:{HEIR}")
    assert desk.ticket(ticket.id)[0].state == State.AWAITING_APPROVAL
    rejected = desk.reject(
        ticket.id,
        Decider(name="claire"),
        RejectionReason.IDENTITY_NOT_PROVEN,
        "L'acte de notoriété ne vous désigne pas comme héritier.",
    )
    assert rejected.state == State.REJECTED
    assert all(d.encrypted is None and d.deleted_at for d in desk.proofs(ticket.id))
    with session_scope(desk.engine) as session:
        assert session.exec(select(ProofDocument)).all()  # rows stay for the record
    assert_delivery_policy(desk, HEIR)


def test_a_lawyer_is_a_third_party_too(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(
        mail(desk, "cabinet@avocats.test", "access : avocat, je représente mon client L002")
    )
    assert result.tickets[0].requester_kind == "lawyer"
    assert "mandat" in outbox(desk, template="proof_needed")[0].body_text
    assert not outbox(desk, template="verification_code")


def test_proof_requests_are_reminded_then_expire(desk_with_people: Desk, clock: Clock) -> None:
    desk = desk_with_people
    result = desk.open_requests(mail(desk, PARENT, "minor_parental erasure pour mon fils"))
    clock.now += timedelta(days=3, minutes=1)
    tick(desk)
    tick(desk)
    reminders = outbox(desk, template="reminder")
    assert len(reminders) == len(result.tickets) == 1  # once per request, as for codes
    assert "justificatifs" in reminders[0].body_text
    assert reminders[0].recipient == PARENT
    clock.now += timedelta(days=18)
    tick(desk)
    assert {desk.ticket(i)[0].state for i in _ids(result.tickets)} == {State.EXPIRED}
    assert len(outbox(desk, template="expired")) == 1
    assert_delivery_policy(desk, PARENT)


def test_a_staff_question_in_awaiting_requester_is_not_expired(
    desk_with_people: Desk, clock: Clock
) -> None:
    desk = desk_with_people
    result = desk.open_requests(mail(desk, "bob@example.com", "restriction please"))
    (ticket,) = result.tickets
    assert ticket.id is not None
    desk.ask_requester(ticket.id, Decider(name="claire"), "Which course?")
    clock.now += timedelta(days=30)
    tick(desk)
    assert desk.ticket(ticket.id)[0].state == State.AWAITING_REQUESTER


def test_the_embedded_key_is_generated_once_and_kept_private(settings: Settings) -> None:
    first = fernet_for(settings)
    token = first.encrypt(b"x")
    assert fernet_for(settings).decrypt(token) == b"x"
    assert settings.proof_key_file.stat().st_mode & 0o077 == 0
