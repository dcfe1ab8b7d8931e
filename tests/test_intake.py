"""From a submission to a closed ticket, through the core only: checks, notices, decisions."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from tests.conftest import Clock, outbox, tickets_read
from workflows.db import is_postgresql, session_scope
from workflows.desk import Decider, Desk
from workflows.identity import ChallengeResult
from workflows.intake import Submission
from workflows.learners import import_learners
from workflows.lifecycle import ExtensionCause, IllegalTransition, RejectionReason, State
from workflows.models import SuppressionEntry, TicketEvent
from workflows.scheduler import tick
from workflows.staff import NotStaff, add_staff
from workflows.textrules import format_reference

LEARNERS = (
    "learner_id,email,first_name,last_name,phone,birth_date,language\n"
    "L001,alice@example.fr,Alice,Martin,0612345678,1990-04-02,fr\n"
    "L002,bob@example.com,Bob,Smith,,1985-03-02,en\n"
)


@pytest.fixture
def desk_with_people(desk: Desk) -> Desk:
    desk.run(lambda s: import_learners(s, io.StringIO(LEARNERS)))
    desk.run(lambda s: add_staff(s, "claire", email="claire@studi.fr"))
    return desk


def _mail(desk: Desk, sender: str, text: str, **extra: object) -> Submission:
    return Submission(
        channel="email",
        requester_address=sender,
        received_at=desk.ctx.now(),
        subject=extra.pop("subject", "Demande"),  # type: ignore[arg-type]
        text=text,
        message_id=f"<{abs(hash(text))}@mail.example>",
        **extra,  # type: ignore[arg-type]
    )


def _code(desk: Desk, recipient: str) -> str:
    (item,) = outbox(desk, template="verification_code", recipient=recipient)
    found = re.search(r"^\s+(\d{6})\s*$", item.body_text, re.MULTILINE)
    assert found, item.body_text
    return found.group(1)


def test_marketing_objection_is_applied_at_once(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(_mail(desk, "alice@example.fr", "marketing_objection svp"))
    (ticket,) = result.tickets
    stored, events = desk.ticket(ticket.id)  # type: ignore[arg-type]
    assert stored.state == State.COMPLETED
    assert [e.command for e in events] == ["open", "start", "complete"]
    with session_scope(desk.engine) as session:
        entries = {(e.channel, e.address) for e in session.exec(select(SuppressionEntry))}
    assert ("email", "alice@example.fr") in entries
    assert ("phone", "+33612345678") in entries
    (done,) = outbox(desk, template="completed")
    assert "Bloctel" in done.body_text and "bloctel.gouv.fr" in done.body_text
    (ack,) = outbox(desk, template="received")
    assert ack.headers["Auto-Submitted"] == "auto-replied"
    assert ack.headers["In-Reply-To"] == ticket.message_id
    assert stored.reference and stored.reference in ack.subject


def test_access_waits_for_the_code_sent_to_the_registered_address(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(
        _mail(desk, "bob@example.com", "Please, access to the data you hold", language=None)
    )
    (ticket,) = result.tickets
    assert ticket.state == State.AWAITING_IDENTITY
    assert ticket.language == "en"
    (ack,) = outbox(desk, template="received")
    assert ack.recipient == "bob@example.com"
    assert "verification code" in ack.body_text
    code = _code(desk, "bob@example.com")
    assert desk.confirm_code(result.thread_key, "000000" if code != "000000" else "111111") is (
        ChallengeResult.WRONG
    )
    assert desk.confirm_code(result.thread_key, code) is ChallengeResult.CONFIRMED
    stored, _ = desk.ticket(ticket.id)  # type: ignore[arg-type]
    assert stored.state == State.AWAITING_APPROVAL
    assert outbox(desk, template="identity_confirmed")[0].recipient == "bob@example.com"
    assert outbox(desk, template="staff_escalation")[0].recipient == "-100123"

    approved = desk.approve(ticket.id, Decider(name="claire"))  # type: ignore[arg-type]
    assert approved.state == State.COMPLETED
    assert approved.decided_by == "claire"
    (done,) = outbox(desk, template="completed")
    assert done.recipient == "bob@example.com" and done.language == "en"


def test_unknown_and_known_senders_read_the_same_acknowledgement(desk_with_people: Desk) -> None:
    desk = desk_with_people
    known = desk.open_requests(_mail(desk, "alice@example.fr", "erasure de mes données"))
    unknown = desk.open_requests(_mail(desk, "mallory@evil.test", "erasure de mes données"))
    acks = outbox(desk, template="received")
    assert len(acks) == 2

    def neutral(item_text: str, ref: str) -> str:
        return item_text.replace(ref, "REF")

    assert neutral(acks[0].body_text, known.tickets[0].reference or "") == neutral(
        acks[1].body_text, unknown.tickets[0].reference or ""
    )
    assert [i.recipient for i in outbox(desk, template="verification_code")] == [
        "alice@example.fr"
    ]
    assert desk.confirm_code(unknown.thread_key, "123456") is ChallengeResult.WRONG


def test_code_guessing_locks_the_challenge(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(_mail(desk, "alice@example.fr", "access à mes données"))
    code = _code(desk, "alice@example.fr")
    wrong = "999999" if code != "999999" else "888888"
    outcomes = [desk.confirm_code(result.thread_key, wrong) for _ in range(5)]
    assert outcomes[-1] is ChallengeResult.LOCKED
    assert desk.confirm_code(result.thread_key, code) is ChallengeResult.LOCKED
    stored, _ = desk.ticket(result.tickets[0].id)  # type: ignore[arg-type]
    assert stored.state == State.AWAITING_IDENTITY


def test_only_staff_decide_and_refusals_are_logged(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(_mail(desk, "alice@example.fr", "access à mes données"))
    desk.confirm_code(result.thread_key, _code(desk, "alice@example.fr"))
    key = result.tickets[0].id
    assert key is not None
    with pytest.raises(NotStaff):
        desk.approve(key, Decider(name="mallory"))
    with pytest.raises(NotStaff):
        desk.approve(key, Decider(telegram_user_id=1))
    stored, events = desk.ticket(key)
    assert stored.state == State.AWAITING_APPROVAL
    assert [e.reason for e in events if e.command == "note"] == [
        "refused: approve by someone who is not staff"
    ] * 2
    approved = desk.approve(key, Decider(telegram_user_id=4242))
    assert approved.decided_by == "telegram:4242"


def test_rejection_cites_the_cnil_in_the_learners_language(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(_mail(desk, "bob@example.com", "Please erasure of the data"))
    desk.confirm_code(result.thread_key, _code(desk, "bob@example.com"))
    ticket = desk.reject(
        result.tickets[0].id,  # type: ignore[arg-type]
        Decider(name="claire"),
        RejectionReason.LEGAL_EXCEPTION,
        "Invoices must be kept for 10 years (Code de commerce L123-22).",
    )
    assert (ticket.state, ticket.rejection_reason) == (State.REJECTED, "legal_exception")
    (notice,) = outbox(desk, template="rejected")
    assert notice.language == "en"
    assert "cnil.fr/fr/adresser-une-plainte" in notice.body_text
    assert "3 Place de Fontenoy" in notice.body_text
    assert "Code de commerce" in notice.body_text
    with pytest.raises(IllegalTransition):
        desk.approve(ticket.id, Decider(name="claire"))  # type: ignore[arg-type]


def test_extension_once_with_notice(desk_with_people: Desk, clock: Clock) -> None:
    desk = desk_with_people
    result = desk.open_requests(_mail(desk, "alice@example.fr", "portability"))
    key = result.tickets[0].id
    assert key is not None
    ticket = desk.extend(
        key, Decider(name="claire"), "Données dans trois systèmes", ExtensionCause.COMPLEXITY
    )
    assert ticket.extended_due_at is not None
    assert ticket.extended_due_at.astimezone(desk.ctx.tz).date().isoformat() == "2026-06-10"
    (notice,) = outbox(desk, template="extended")
    assert "10 juin 2026" in notice.body_text and "trois systèmes" in notice.body_text
    from workflows.deadlines import ExtensionRefused

    with pytest.raises(ExtensionRefused):
        desk.extend(key, Decider(name="claire"), "encore", ExtensionCause.NUMBER)


def test_unverified_requests_are_reminded_then_expire(
    desk_with_people: Desk, clock: Clock
) -> None:
    desk = desk_with_people
    result = desk.open_requests(_mail(desk, "mallory@evil.test", "access"))
    key = result.tickets[0].id
    assert key is not None
    clock.now += timedelta(days=3, minutes=1)
    tick(desk)
    tick(desk)
    assert len(outbox(desk, template="reminder")) == 1
    clock.now += timedelta(days=18)
    tick(desk)
    stored, events = desk.ticket(key)
    assert stored.state == State.EXPIRED
    assert [e.command for e in events][-2:] == ["remind", "expire"]
    assert len(outbox(desk, template="expired")) == 1


def test_a_scheduler_pass_reads_only_the_waiting_tickets_due_a_reminder_or_expiry(
    desk_with_people: Desk, clock: Clock
) -> None:
    """A wave of fresh unverified requests is not read into the process at every pass (it
    slowed every other request while thousands waited)."""
    desk = desk_with_people
    due = desk.open_requests(_mail(desk, "mallory@evil.test", "access")).tickets[0].id
    clock.now += timedelta(days=3, minutes=1)
    fresh = {
        desk.open_requests(_mail(desk, f"stranger{n}@evil.test", "access")).tickets[0].id
        for n in range(3)
    }
    with tickets_read() as loaded:
        tick(desk)
        assert due in loaded and not fresh & set(loaded)
        loaded.clear()
        tick(desk)  # reminded already, not expired yet: nothing to read
        assert due not in loaded and not fresh & set(loaded)
    assert len(outbox(desk, template="reminder")) == 1


def test_daily_digest_lists_urgent_and_overdue_tickets(
    desk_with_people: Desk, clock: Clock
) -> None:
    desk = desk_with_people
    result = desk.open_requests(_mail(desk, "alice@example.fr", "rectification"))
    desk.confirm_code(result.thread_key, _code(desk, "alice@example.fr"))
    clock.now += timedelta(days=25)
    tick(desk)
    tick(desk)
    digests = outbox(desk, template="staff_digest")
    assert len(digests) == 1
    assert "j restants" in digests[0].body_text
    clock.now += timedelta(days=10)
    tick(desk)
    assert "en retard" in outbox(desk, template="staff_digest")[-1].body_text


def test_several_requests_in_one_message_share_a_thread(desk_with_people: Desk) -> None:
    desk = desk_with_people
    result = desk.open_requests(
        _mail(desk, "alice@example.fr", "access puis erasure de tout, merci")
    )
    assert sorted(t.request_type for t in result.tickets) == ["access", "erasure"]
    assert len({t.thread_key for t in result.tickets}) == 1
    assert len(outbox(desk, template="received")) == 1
    assert len(outbox(desk, template="verification_code")) == 1
    desk.confirm_code(result.thread_key, _code(desk, "alice@example.fr"))
    states = {desk.ticket(t.id)[0].state for t in result.tickets}  # type: ignore[arg-type]
    assert states == {State.AWAITING_APPROVAL}
    with session_scope(desk.engine) as session:
        assert session.exec(select(TicketEvent)).all()


def test_the_desk_reads_who_asks_and_what_for_with_the_classifier(
    desk_with_people: Desk,
) -> None:
    """With the project's classifier: a person writing for a colleague is a third party asked
    for proof; a withdrawal and a policy question open no right, go to staff, and the
    acknowledgement says what was understood."""
    from workflows.classifier import Classifier

    desk = desk_with_people
    desk.ctx.classifier = Classifier.load()
    text = "My colleague asked me to write: please delete her account, jana@example.com."
    (ticket,) = desk.open_requests(_mail(desk, "bob@example.com", text)).tickets
    assert (ticket.request_type, ticket.requester_kind) == ("erasure", "third_party")
    assert ticket.classification["requester"] == "other_third_party"
    assert outbox(desk, template="proof_needed", recipient="bob@example.com")
    assert not outbox(desk, template="verification_code")

    for sender, body, intent in [
        ("alice@example.fr", "Annulez ma demande de suppression, je reste.", "cancel"),
        ("bob@example.com", "How long do you keep exam recordings?", "question_only"),
    ]:
        (ticket,) = desk.open_requests(_mail(desk, sender, body)).tickets
        assert ticket.request_type == "other" and ticket.requester_kind == "self"
        assert ticket.details["intent"] == intent and ticket.needs_review
        ack = outbox(desk, template="received", recipient=sender)[-1]
        words = {"cancel": "withdrawing an earlier", "question_only": "question about how we"}
        said = {"cancel": "retrait d'une demande", "question_only": "question sur la façon"}
        assert words[intent] in ack.body_text or said[intent] in ack.body_text


def test_a_parent_writing_for_a_grown_child_is_asked_for_the_childs_mandate(
    desk_with_people: Desk,
) -> None:
    """A parent has no parental authority over an adult: writing for a son of 23, they are
    asked for his mandate, not for a family record book; a minor's parent is asked for that."""
    from workflows.classifier import Classifier

    desk = desk_with_people
    desk.ctx.classifier = Classifier(None)
    text = "Mon fils Hugo a 23 ans, à l'étranger ; il m'a demandé de faire supprimer son compte."
    (ticket,) = desk.open_requests(_mail(desk, "bob@example.com", text)).tickets
    assert ticket.requester_kind == "third_party"
    (notice,) = outbox(desk, template="proof_needed", recipient="bob@example.com")
    assert "le mandat" in notice.body_text and "autorité parentale" not in notice.body_text
    minor = "Mon fils Hugo a 13 ans : supprimez son compte, s'il vous plaît."
    (ticket,) = desk.open_requests(_mail(desk, "dan@example.com", minor)).tickets
    assert ticket.requester_kind == "parent"
    (notice,) = outbox(desk, template="proof_needed", recipient="dan@example.com")
    assert "autorité parentale" in notice.body_text


def test_a_learners_request_handed_on_by_staff_opens_its_ticket(desk_with_people: Desk) -> None:
    """Support staff forward a learner's mail to the DPO mailbox with a cover note: the mail
    channel passes the whole text and its new text, and the ticket is the learner's request
    read below the note, not a question to the DPO."""
    from workflows.classifier import Classifier
    from workflows.textrules import new_text

    desk = desk_with_people
    desk.ctx.classifier = Classifier(None)
    text = (
        "Hi DPO team,\n\nForwarding below a message that came into the support inbox. "
        "Looks like one for you.\n\nMegan, Customer Care\n\n"
        "---------- Forwarded message ----------\nFrom: Leon <leon@example.org>\n"
        "Subject: my data\n\nHello, I would like to know which personal data you hold about me.\n"
    )
    submission = _mail(desk, "megan@example.com", text, new_text=new_text(text))
    (ticket,) = desk.open_requests(submission).tickets
    assert ticket.request_type == "access"


def test_who_asks_is_the_classifiers_reading_once_its_model_has_reviewed_it(
    desk_with_people: Desk,
) -> None:
    """Where the classifier's requester model overrules its rules, the ticket records the
    model's reading: a learner's address writing for a flatmate gets no code for the
    learner's own account, but a request for proof."""
    from tests.conftest import flatmate_requester_model
    from workflows.classifier import Classifier

    desk = desk_with_people
    desk.ctx.classifier = Classifier(None, requester_model=flatmate_requester_model())
    text = "Le coloc voudrait que vous supprimiez son compte, il n'a pas d'ordinateur."
    (ticket,) = desk.open_requests(_mail(desk, "alice@example.fr", text)).tickets
    assert (ticket.request_type, ticket.requester_kind) == ("erasure", "third_party")
    assert ticket.classification["requester_evidence"] == ["model: coloc"]
    assert outbox(desk, template="proof_needed", recipient="alice@example.fr")
    assert not outbox(desk, template="verification_code")
    # the same words read by the rules alone: the learner asks for themself, and gets a code
    desk.ctx.classifier = Classifier(None)
    (ticket,) = desk.open_requests(_mail(desk, "alice@example.fr", text)).tickets
    assert ticket.requester_kind == "self"
    assert outbox(desk, template="verification_code", recipient="alice@example.fr")


def test_references_follow_the_ticket_numbers_past_a_million(desk_with_people: Desk) -> None:
    """A reference is the year and the ticket's number, six digits at least, however the
    database writes it (on PostgreSQL, in the INSERT that draws the number)."""
    desk = desk_with_people
    if is_postgresql(desk.engine):  # jump the numbering close to a million
        desk.run(lambda s: s.execute(text("SELECT setval('ticket_id_seq', 999998)")))
    year = desk.ctx.now().astimezone(desk.ctx.tz).year
    for n in range(3):
        result = desk.open_requests(_mail(desk, f"x{n}@example.org", f"access, copie {n}"))
        (ticket,) = result.tickets
        assert ticket.id is not None
        assert ticket.reference == format_reference(year, ticket.id)
        assert desk.ticket(ticket.id)[0].reference == ticket.reference
    if is_postgresql(desk.engine):
        assert ticket.reference == f"DSR-{year}-1000001"
