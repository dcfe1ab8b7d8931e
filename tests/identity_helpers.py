"""Shared pieces of the identity tests: people, submissions, and the delivery-policy scan."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from email.message import EmailMessage
from typing import Any

from sqlmodel import select

from tests.conftest import outbox
from workflows.db import session_scope
from workflows.desk import Desk
from workflows.identity import TOKEN_RE, ChallengeResult
from workflows.intake import IntakeResult, Submission
from workflows.learners import import_learners
from workflows.models import Learner, OutboxItem, Ticket
from workflows.staff import add_staff

LEARNERS = (
    "learner_id,email,first_name,last_name,phone,birth_date,language\n"
    "L001,alice@studi.fr,Alice,Martin,0612345678,1990-04-02,fr\n"
    "L002,bob@example.com,Bob,Smith,,1985-03-02,en\n"
)
ALICE = "alice@studi.fr"
ATTACKER = "attacker@evil.test"
#: Templates that reveal nothing and may go back to whoever wrote, verified or not.
NEUTRAL_TEMPLATES = {
    "received",
    "reminder",
    "expired",
    "proof_needed",
    "cancelled",
    "completed",
    "rejected",
}


def people(desk: Desk) -> Desk:
    desk.run(lambda s: import_learners(s, io.StringIO(LEARNERS)))
    desk.run(lambda s: add_staff(s, "claire", email="claire@studi.fr"))
    return desk


def mail(desk: Desk, sender: str, text: str, **extra: Any) -> Submission:
    return Submission(
        channel="email",
        requester_address=sender,
        received_at=desk.ctx.now(),
        subject=extra.pop("subject", "Demande"),
        text=text,
        message_id=f"<{abs(hash((sender, text)))}@mail.example>",
        **extra,
    )


def link_chat(desk: Desk, identifier: str, chat: int, email: str) -> IntakeResult:
    """Link a Telegram chat the way the bot does: a request from the chat names the learner
    (``identifier``), and the code mailed to their registered ``email`` is typed in the chat."""
    result = desk.open_requests(
        Submission(
            channel="telegram",
            requester_address=str(chat),
            received_at=desk.ctx.now(),
            # an access request for the real classifier and the tests' keyword stand-in alike
            text="Je voudrais une copie de mes données (access).",
            telegram_chat_id=chat,
            learner_hint=identifier,
        )
    )
    code, _ = code_and_token(desk, email)
    assert desk.confirm_code(result.thread_key, code, telegram_chat_id=chat) is (
        ChallengeResult.CONFIRMED
    )
    return result


def code_and_token(desk: Desk, recipient: str) -> tuple[str, str]:
    """The latest code and token queued for ``recipient`` (not delivered yet)."""
    item = outbox(desk, template="verification_code", recipient=recipient)[-1]
    return code_and_token_in(item.body_text)


def mailed_code_and_token(messages: Iterable[EmailMessage], recipient: str) -> tuple[str, str]:
    """The latest code and token in mail delivered to ``recipient``: once delivered, the outbox
    keeps neither, so a learner (and a test) reads them in the mail itself."""
    for message in reversed(list(messages)):
        body = message.get_body(("plain",))
        if message["To"] == recipient and body is not None:
            text = body.get_content()
            if TOKEN_RE.search(text):
                return code_and_token_in(text)
    raise AssertionError(f"no verification code mailed to {recipient}")


def code_and_token_in(text: str) -> tuple[str, str]:
    found = re.search(r"^\s+(\d{6})\s*$", text, re.MULTILINE)
    token = TOKEN_RE.search(text)
    assert found and token, text
    return found.group(1), token.group(0)


def other_code(code: str) -> str:
    return "000000" if code != "000000" else "111111"


def masked(text: str, *references: str) -> str:
    for reference in references:
        text = text.replace(reference, "DSR-REF")
    return re.sub(r"DSR-\d{4}-\d{6,}", "DSR-REF", text)


def assert_delivery_policy(desk: Desk, *strangers: str) -> list[OutboxItem]:
    """Scan every outbox item: personal content (codes, data, decisions) only to a registered
    email or a linked chat of the ticket's learner; strangers get only neutral notices."""
    with session_scope(desk.engine) as session:
        items = list(session.exec(select(OutboxItem).order_by(OutboxItem.id)))  # type: ignore[arg-type]
        registered = {(("email", x.email)) for x in session.exec(select(Learner))}
        linked = {
            ("telegram", str(x.telegram_chat_id))
            for x in session.exec(select(Learner))
            if x.telegram_chat_id is not None
        }
        for item in items:
            if item.channel == "staff":
                continue
            if item.personal or item.template in {"verification_code", "email_changed"}:
                ticket = session.get(Ticket, item.ticket_id) if item.ticket_id else None
                own: set[tuple[str, str]] = set()
                if ticket is not None and ticket.learner_pk is not None:
                    learner = session.get(Learner, ticket.learner_pk)
                    assert learner is not None
                    own = {("email", learner.email)}
                    if learner.telegram_chat_id is not None:
                        own.add(("telegram", str(learner.telegram_chat_id)))
                    third = ticket.requester_kind != "self" and ticket.approved_by
                    if third:
                        own.add((item.channel, ticket.requester_address))
                else:
                    own = registered | linked
                assert (item.channel, item.recipient) in own, (item.template, item.recipient)
            if item.recipient in strangers:
                assert not item.personal, item.template
                assert item.template in NEUTRAL_TEMPLATES, item.template
                assert not TOKEN_RE.search(item.body_text)
    return items
