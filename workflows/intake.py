"""Intake: turn one submission (a mail, a chat request) into tickets, a challenge and an ack.

Each label of the classification becomes its own ticket; the tickets share a ``thread_key``.
Requests that need a proven identity wait for the code; the others are carried out at once.
The acknowledgement reads the same whether or not the requester is a known learner.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from workflows import fulfilment, identity
from workflows.context import Context
from workflows.lifecycle import Command
from workflows.models import Ticket
from workflows.notices import language_or_default
from workflows.requests import RequestType
from workflows.tickets import create_ticket

THIRD_PARTY_TYPES = {RequestType.MINOR_PARENTAL: "parent"}


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


@dataclass(frozen=True)
class IntakeResult:
    """The tickets opened for a submission and what was understood."""

    thread_key: str
    tickets: list[Ticket]
    labels: tuple[RequestType, ...]
    low_confidence: bool


def _third_party_kind(labels: tuple[RequestType, ...], details: dict[str, Any]) -> str:
    if "requester_kind" in details:
        return str(details["requester_kind"])
    for label in labels:
        if label in THIRD_PARTY_TYPES:
            return THIRD_PARTY_TYPES[label]
    return "self"


def open_requests(session: Session, ctx: Context, submission: Submission) -> IntakeResult:
    """Open the tickets of one submission, start identity checks, acknowledge, and carry out
    what needs no check."""
    if submission.labels:
        labels = submission.labels
        classification: dict[str, Any] = {"labels": [str(x) for x in labels], "chosen": True}
        low_confidence = False
        language = language_or_default(submission.language)
    else:
        result = ctx.classifier(submission.subject, submission.new_text or submission.text)
        labels = result.labels
        classification = result.as_json()
        low_confidence = result.low_confidence
        language = language_or_default(submission.language or result.language)
    match = identity.match_requester(
        session,
        address=submission.requester_address if submission.channel == "email" else None,
        hint=submission.learner_hint,
        telegram_chat_id=submission.telegram_chat_id,
    )
    thread_key = uuid.uuid4().hex
    kind = _third_party_kind(labels, submission.details)
    verified_chat = match.method == "linked_chat"
    tickets: list[Ticket] = []
    for label in labels:
        details = {**submission.details, "references": list(submission.references)}
        if low_confidence or kind != "self":
            details["needs_review"] = True
        tickets.append(
            create_ticket(
                session,
                request_type=label,
                channel=submission.channel,
                language=language,
                received_at=submission.received_at,
                thread_key=thread_key,
                actor=f"{submission.channel}:{submission.requester_address}",
                tz=ctx.tz,
                requester_kind=kind,
                requester_address=submission.requester_address,
                requester_name=submission.requester_name,
                message_id=submission.message_id,
                subject=submission.subject,
                text=submission.text,
                auth_results=submission.auth_results,
                classification=classification,
                details=details,
                learner_pk=match.learner.id if match.learner else None,
                match_method=match.method,
                identity_verified_at=submission.received_at if verified_chat else None,
            )
        )

    waiting = [
        t
        for t in tickets
        if t.identity_verified_at is None
        and (
            identity.needs_verification(
                RequestType(t.request_type), auth_failed=submission.auth_failed
            )
            or t.requester_kind != "self"
        )
    ]
    actor = f"{submission.channel}:{submission.requester_address}"
    for ticket in tickets:
        command = Command.REQUIRE_IDENTITY if ticket in waiting else Command.START
        ctx.move(session, ticket, command, actor=actor, notice=None)
    if tickets:
        ctx.notify(
            session,
            tickets[0],
            "received",
            tickets=tickets,
            low_confidence=low_confidence,
            waiting_identity=bool(waiting),
            third_party=kind != "self",
        )
    if waiting and kind == "self":
        identity.issue_challenge(session, ctx, waiting[0], match.learner)
    for ticket in tickets:
        fulfilment.advance(session, ctx, ticket, actor="desk")
    return IntakeResult(thread_key, tickets, labels, low_confidence)
