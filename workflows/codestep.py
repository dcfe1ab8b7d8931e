"""The code step, as a person meets it: what they may write while a request waits for their
verification code, and which request of a chat is waiting.

The pending step is read from the database (the live challenge a chat asked for and the
tickets still waiting for it), so it survives a restart of the bot and a ``/start``; the chat's
conversation state is only a hint. Nothing here tells whether an identifier matched a learner:
a challenge exists, and reads the same, either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from workflows import identity
from workflows.context import Context
from workflows.learners import find_learner
from workflows.lifecycle import Command, State
from workflows.models import Ticket, VerificationChallenge

#: Six digits standing alone ("603906", "here is the code 603906").
CODE_RE = re.compile(rf"(?<![\d-])\d{{{identity.CODE_DIGITS}}}(?![\d-])")
#: The whole message is a code typed in groups ("603 906").
_GROUPED_RE = re.compile(r"^\s*\d[\d ]{4,10}\d\s*$")
_ABOUT_CODE = re.compile(r"\b(codes?|e-?mails?|mails?|courriels?|messages?)\b", re.IGNORECASE)
_WANTS_NEW = re.compile(
    r"\b(new|another|fresh|nouveau|autre|resend|send\s+again|re-?send|renvoy\w*|r[ée]-?envoy\w*)\b"
    r"|\b(did\s*n[o']?t|have\s*n[o']?t|has\s*n[o']?t|not|never|no)\s+(yet\s+)?"
    r"(get|got|gotten|receiv\w*|arriv\w*|come|came|see|seen)\b"
    r"|\bno\s+(code|e-?mail|mail)\b"
    r"|\b(pas|rien|jamais|aucun)\s+(encore\s+)?(re[çc]us?|eu|arriv\w*|de\s+code|code|vu)\b"
    r"|\bo[ùu]\s+est\b|\bwhere\s+is\b",
    re.IGNORECASE,
)


def find_code(text: str) -> str | None:
    """The verification code in what someone wrote: a message that is only the code (spaces
    allowed), or six digits standing alone in a sentence."""
    if _GROUPED_RE.match(text or ""):
        compact = text.replace(" ", "").strip()
        if len(compact) == identity.CODE_DIGITS:
            return compact
    found = CODE_RE.search(text or "")
    return found.group(0) if found else None


def asks_for_new_code(text: str) -> bool:
    """Whether someone says they got no code, or asks for a new one ("I didn't get a code",
    « je n'ai pas reçu le code », "new code")."""
    return bool(text) and bool(_ABOUT_CODE.search(text)) and bool(_WANTS_NEW.search(text))


@dataclass(frozen=True)
class PendingCode:
    """A code step under way for a chat."""

    thread_key: str
    references: tuple[str, ...]  # the requests waiting for it (none when linking the chat)
    language: str | None  # the language of those requests
    expires_at: datetime  # of the latest code


def pending_for_chat(session: Session, chat_id: int, now: datetime) -> PendingCode | None:
    """The code step this chat is in, if any: its latest live challenge whose requests still
    wait for the code (or, with no request, that links the chat and has not expired)."""
    requester = identity.requester_key("telegram", str(chat_id))
    challenges = session.exec(
        select(VerificationChallenge)
        .where(
            VerificationChallenge.requester_address == requester,
            col(VerificationChallenge.confirmed_at).is_(None),
            col(VerificationChallenge.superseded_at).is_(None),
        )
        .order_by(col(VerificationChallenge.id).desc())
        .limit(5)
    ).all()
    for challenge in challenges:
        thread = session.exec(
            select(Ticket)
            .where(Ticket.thread_key == challenge.thread_key)
            .order_by(col(Ticket.id))
        ).all()
        waiting = [t for t in thread if State(t.state) is State.AWAITING_IDENTITY]
        if waiting:
            return PendingCode(
                challenge.thread_key,
                tuple(t.reference or "" for t in waiting),
                waiting[0].language,
                challenge.expires_at,
            )
        if not thread and challenge.locked_at is None and challenge.expires_at > now:
            return PendingCode(challenge.thread_key, (), None, challenge.expires_at)
    return None


def reidentify(
    session: Session, ctx: Context, chat_id: int, identifier: str
) -> identity.ResendResult:
    """The chat's pending requests name another identifier ("use my learner number instead"):
    they now claim that learner, and a new code goes to that learner's registered email.

    The answer is the same whether or not the identifier matches (``ACCEPTED``); the send
    limits hold as for any code.
    """
    pending = pending_for_chat(session, chat_id, ctx.now())
    if pending is None or not pending.references:
        return identity.ResendResult.NOTHING_TO_VERIFY
    current = identity.current_challenge(session, pending.thread_key)
    if current is not None and current.locked_at is not None:
        return identity.ResendResult.LOCKED
    requester = identity.requester_key("telegram", str(chat_id))
    if identity.requester_over_limit(session, ctx, requester):
        return identity.ResendResult.TOO_MANY
    learner, method = find_learner(session, identifier)
    waiting = [
        t
        for t in session.exec(
            select(Ticket).where(Ticket.thread_key == pending.thread_key).order_by(col(Ticket.id))
        )
        if State(t.state) is State.AWAITING_IDENTITY
    ]
    for ticket in waiting:
        ctx.move(
            session,
            ticket,
            Command.NOTE,
            actor=f"telegram:{chat_id}",
            reason="the requester gave another identifier",
            changes={
                "learner_pk": learner.id if learner else None,
                "match_method": method if learner else None,
                "match_strength": identity.Strength.UNVERIFIED.value if learner else None,
            },
            notice=None,
        )
    identity.issue_challenge(
        session,
        ctx,
        thread_key=pending.thread_key,
        requester=requester,
        learner=learner,
        ticket=waiting[0],
        language=identity.code_language(waiting[0], learner),
    )
    return identity.ResendResult.ACCEPTED
