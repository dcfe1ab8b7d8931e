"""Intake: turn one submission (a mail, a chat request) into tickets, a challenge and an ack.

Each label of the classification becomes its own ticket; the tickets share a ``thread_key``.
Requests that need a proven identity wait for the code; the others are carried out at once.
Third parties (parent, heir, lawyer, notary) are asked for proof documents and always go to
staff. Everything the requester sees depends only on what they wrote, never on whether their
address or number is a learner's.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from workflows import breach, fulfilment, identity, marketing, postmortem, proofs, textrules
from workflows.classifier import Requester, requester_role
from workflows.context import Context
from workflows.delivery import LETTER
from workflows.lifecycle import Command, State
from workflows.metrics import after_commit
from workflows.models import Ticket
from workflows.notices import language_or_default
from workflows.requests import RequesterKind, RequestType
from workflows.tickets import create_ticket

MARKETING_TYPES = frozenset({RequestType.MARKETING_OBJECTION, RequestType.CONSENT_WITHDRAWAL})
#: Intents of a message that asks for no new right (see ``workflows.classifier.Intent``).
NOT_A_REQUEST = frozenset({"cancel", "question_only"})
#: Channels whose adapter acknowledges a request in the conversation itself, with the same
#: facts as the ``received`` letter (references, dates, next step): one confirmation, not two.
ANSWERED_LIVE = frozenset({"telegram"})

#: Starts only where an address can start and never gives back its local part: one pass over a
#: long run of address characters, not one per character.
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_EMAIL_CHANGE = re.compile(
    r"(adresse (e-?mail|électronique|mail|de courriel)|e-?mail address|my e-?mail|mon e-?mail|"
    r"mon mail|courriel)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Submission:
    """What a channel knows about one incoming request."""

    channel: str
    requester_address: str
    received_at: datetime
    subject: str = ""
    text: str = ""
    new_text: str | None = None
    requester_name: str = ""
    language: str | None = None
    labels: tuple[RequestType, ...] | None = None
    message_id: str | None = None
    references: tuple[str, ...] = ()
    auth_results: dict[str, Any] = field(default_factory=dict)
    auth_failed: bool = False
    telegram_chat_id: int | None = None
    learner_hint: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    #: The breach whose notice this answers: its tickets are linked to it.
    breach_id: int | None = None


@dataclass(frozen=True)
class IntakeResult:
    """The tickets opened for a submission and what was understood."""

    thread_key: str
    tickets: list[Ticket]
    labels: tuple[RequestType, ...]
    low_confidence: bool


#: What the ticket records for each requester the classifier names; an heir, a notary and a
#: trusted person are told apart by what they write, since they send different proofs.
_KIND_OF: dict[Requester, RequesterKind] = {
    Requester.SELF: RequesterKind.SELF,
    Requester.PARENT: RequesterKind.PARENT,
    Requester.LAWYER_OR_REPRESENTATIVE: RequesterKind.LAWYER,
    Requester.OTHER_THIRD_PARTY: RequesterKind.THIRD_PARTY,
}


def requester_kind(
    labels: tuple[RequestType, ...],
    text: str,
    details: dict[str, Any] | None = None,
    evidence: dict[str, tuple[str, ...]] | None = None,
    read: Requester | None = None,
) -> RequesterKind:
    """Who is asking, as the ticket records it: ``self``, ``parent``, ``heir``, ``notary``,
    ``trusted_person``, ``lawyer`` or ``third_party``.

    A channel may state it (``details["requester_kind"]``, from a chat button). Otherwise the
    classifier's reading of who wrote decides: ``read``, when the classifier read the message
    (its rules reviewed by its requester model), else its rules
    (:func:`workflows.classifier.requester_role`) on the text and the labels chosen. Either reads
    what was written only, never whether the sender is a known learner, so the answer cannot
    reveal that.
    """
    stated = str((details or {}).get("requester_kind") or "")
    if stated in set(RequesterKind):
        return RequesterKind(stated)
    said = evidence or {}
    rules = {label.value: said.get(label.value, ()) for label in labels}
    who = read or requester_role(text, rules).requester
    if who is Requester.HEIR_OR_TRUSTED_PERSON:
        if textrules.trusted_person_writing(text):
            return RequesterKind.TRUSTED_PERSON
        return RequesterKind.NOTARY if textrules.notary_writing(text) else RequesterKind.HEIR
    if who is Requester.LAWYER_OR_REPRESENTATIVE and textrules.notary_writing(text):
        return RequesterKind.NOTARY
    return _KIND_OF[who]


def one_ticket_per_right(labels: tuple[RequestType, ...]) -> tuple[RequestType, ...]:
    """The rights a request names, one ticket each. "A minor's data" says who asks (a parent,
    :func:`requester_kind`), not a right of its own: with the right the parent names (erasure,
    access...) it opens no twin ticket for staff to decide apart. Alone, it stays, so that staff
    ask the parent which right they mean."""
    rights = tuple(label for label in labels if label is not RequestType.MINOR_PARENTAL)
    return rights or labels


#: A learner number written in a sentence ("L-1001", "STU20431"); typed alone, any token is.
_LEARNER_NUMBER = re.compile(r"\b[A-Za-z]{1,4}-?\d{3,}\b")


def child_identifier(text: str) -> str | None:
    """The child's email address or learner number in what a parent wrote, if any; the rest
    of the message is their explanation, kept for staff."""
    words = text.split()
    if len(words) == 1:
        return words[0]
    emails = _EMAIL.findall(text)
    if emails:
        return str(emails[0])
    found = _LEARNER_NUMBER.search(text)
    return found.group(0) if found else None


def requested_email_change(label: RequestType, text: str, sender: str) -> str | None:
    """The new address a rectification asks to register, if it asks for one.

    Recorded for staff only: the desk never writes to it, and only an approved rectification
    can change the registered address (:func:`workflows.identity.change_registered_email`).
    """
    if label is not RequestType.RECTIFICATION or not _EMAIL_CHANGE.search(text):
        return None
    named = [a.lower() for a in _EMAIL.findall(text) if a.lower() != sender.lower()]
    return named[-1] if named else None


def marketing_request(
    text: str, submission: Submission, ours: Iterable[str] = ()
) -> dict[str, Any]:
    """The channels a marketing request names and the identifiers its requester gave.

    A channel may state the channels (``details["channels"]``); otherwise they are read from the
    text. Addresses and numbers written in the request, and the identifier typed in the chat to
    find the learner, are ones the person gave: they are suppressed even when they match nobody
    (our own addresses ``ours`` excepted).
    """
    channels = submission.details.get("channels") or marketing.named_channels(text)
    given = marketing.identifiers_in(f"{text}\n{submission.learner_hint or ''}")
    given["email"] -= {a.lower() for a in ours}
    return {
        "channels": [c for c in channels if c in marketing.CHANNELS],
        "identifiers": {kind: sorted(values) for kind, values in given.items() if values},
    }


def open_requests(session: Session, ctx: Context, submission: Submission) -> IntakeResult:
    """Open the tickets of one submission, start identity checks, acknowledge, and carry out
    what needs no check."""
    if submission.labels:
        labels = submission.labels
        classification: dict[str, Any] = {"labels": [str(x) for x in labels], "chosen": True}
        low_confidence = False
        language = language_or_default(submission.language)
    else:
        # the whole text: the classifier keeps to the new text itself, and reads the quoted
        # part only for what the new text points at (a reminder's request, the desk's question
        # a "yes" answers, a learner's message handed on by staff)
        result = ctx.classifier.classify(
            submission.subject, submission.text or submission.new_text or ""
        )
        labels = result.labels
        classification = result.as_json()
        low_confidence = result.low_confidence
        confidence = "low" if low_confidence else "ok"
        after_commit(session, lambda m: m.classifications.labels(confidence).inc())
        language = language_or_default(submission.language or result.language)
    text = submission.new_text or submission.text
    evidence = classification.get("evidence")
    said = {k: tuple(v) for k, v in evidence.items()} if isinstance(evidence, dict) else {}
    read = classification.get("requester")
    kind = requester_kind(
        labels,
        f"{submission.subject}\n{text}",
        submission.details,
        said,
        Requester(read) if isinstance(read, str) else None,
    )
    # A withdrawal or a question about the policy is no new request: staff read it (the
    # withdrawal of a request the message does not reference, the answer to the question).
    intent = str(classification.get("intent") or "request")
    labels = one_ticket_per_right(labels)
    third_party = kind is not RequesterKind.SELF
    # A third party is not the learner: only the number or address they name can say whom
    # the request is about, and nothing they say is verified by a code.
    match = identity.match_requester(
        session,
        address=(
            submission.requester_address
            if submission.channel == "email" and not third_party
            else None
        ),
        hint=submission.learner_hint,
        telegram_chat_id=None if third_party else submission.telegram_chat_id,
    )
    thread_key = uuid.uuid4().hex
    actor = f"{submission.channel}:{submission.requester_address}"
    requester = identity.requester_key(submission.channel, submission.requester_address)
    verified_chat = match.method == "linked_chat"
    # a linked chat's first request after a breach notice reached it answers that notice
    notice = None
    if verified_chat and submission.telegram_chat_id is not None and not submission.breach_id:
        notice = breach.notice_in_chat(session, submission.telegram_chat_id)
    breach_id = notice.breach_id if notice is not None else submission.breach_id
    if verified_chat and match.learner is not None:
        identity.link_used(match.learner, ctx.now())
        session.add(match.learner)
    # a code cannot reach a postal address: staff check a letter, and approve what it asks
    postal = submission.channel == LETTER

    def first_command(label: RequestType) -> Command | None:
        """What a ticket starts with: waiting for the code or work; a third party's waits for
        its proofs (asked below)."""
        if third_party:
            return None
        if (
            not postal
            and not verified_chat
            and identity.needs_verification(label, auth_failed=submission.auth_failed)
        ):
            return Command.REQUIRE_IDENTITY
        return Command.START

    tickets: list[Ticket] = []
    for label in labels:
        details = {**submission.details, "references": list(submission.references)}
        if intent in NOT_A_REQUEST:
            details["intent"] = intent
        if label in MARKETING_TYPES:
            details.update(marketing_request(text, submission, ctx.settings.dpo_addresses))
        if label is RequestType.POST_MORTEM and kind is RequesterKind.SELF:
            stated = submission.details.get("post_mortem") or submission.details
            details["post_mortem"] = postmortem.read_directives(text, stated).as_json()
        new_email = requested_email_change(label, text, submission.requester_address)
        if new_email:
            details["email_change_requested"] = new_email
        tickets.append(
            create_ticket(
                session,
                request_type=label,
                channel=submission.channel,
                language=language,
                received_at=submission.received_at,
                thread_key=thread_key,
                actor=actor,
                tz=ctx.tz,
                first=first_command(label),
                now=ctx.now(),
                requester_kind=kind,
                requester_address=submission.requester_address,
                requester_name=submission.requester_name,
                message_id=submission.message_id,
                subject=submission.subject,
                text=submission.text,
                auth_results=submission.auth_results,
                classification=classification,
                details=details,
                needs_review=low_confidence
                or third_party
                or submission.channel == LETTER
                or intent in NOT_A_REQUEST,
                auth_failed=submission.auth_failed,
                learner_pk=match.learner.id if match.learner else None,
                match_method=match.method,
                match_strength=match.strength.value if match.strength else None,
                identity_verified_at=submission.received_at if verified_chat else None,
                breach_id=breach_id,
            )
        )

    waiting = [t for t in tickets if t.state == State.AWAITING_IDENTITY]
    if tickets and submission.channel not in ANSWERED_LIVE:
        ctx.notify(
            session,
            tickets[0],
            "received",
            tickets=tickets,
            low_confidence=low_confidence,
            waiting_identity=bool(waiting),
            third_party=third_party,
            intent=intent,
        )
    breach.answered_by(session, notice, tickets[0] if tickets else None)
    if third_party and tickets:
        proofs.ask_for_proof(session, ctx, tickets, actor=actor)
    if waiting:
        identity.issue_challenge(
            session,
            ctx,
            thread_key=thread_key,
            requester=requester,
            learner=match.learner,
            ticket=waiting[0],
            language=identity.code_language(waiting[0], match.learner),
            new_thread=True,  # its key was made above
        )
    for ticket in waiting:
        if RequestType(ticket.request_type) is RequestType.MARKETING_OBJECTION:
            fulfilment.suppress_at_once(session, ctx, ticket)
    for ticket in tickets:
        fulfilment.advance(session, ctx, ticket, actor="desk")
    return IntakeResult(thread_key, tickets, labels, low_confidence)
