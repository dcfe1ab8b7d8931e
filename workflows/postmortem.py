"""Directives on the fate of a learner's data after death (LIL art. 85): what they say, who may
have them carried out, and what staff may decide on a third party's request.

A learner's own directives ("effacez mes données après mon décès") are read into structured data:
what to do (:class:`Action`), the recipients to communicate the data to, the trusted person who
carries them out. A request that reports a death comes from an heir or from that trusted person;
the trusted person named in the directives has priority over the heirs (art. 85 I), and the heirs'
own rights (art. 85 II: settle the estate, have the death taken into account) apply only when the
deceased left no directives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from workflows.models import PostMortemDirective, Ticket
from workflows.requests import RequesterKind


class Action(StrEnum):
    """What the directives ask for the data."""

    ERASE = "erase"
    COMMUNICATE = "communicate"  # to the recipients they name
    KEEP = "keep"  # no more processing; each category kept until its period ends


class Outcome(StrEnum):
    """What staff decide on an heir's or trusted person's request."""

    APPLY_DIRECTIVES = "apply_directives"  # art. 85 I
    SETTLE_ESTATE = "settle_estate"  # art. 85 II 1°: the data the estate needs, nothing closed
    CLOSE_ACCOUNT = "close_account"  # art. 85 II 2°: the death taken into account


_ERASE = re.compile(
    r"\b(effac\w*|supprim\w*|détrui\w*|erase|delete|remove|destroy)\b", re.IGNORECASE
)
_COMMUNICATE = re.compile(
    r"\b(communiqu\w*|transmett\w*|transmis\w*|envoy\w*|remett\w*|send|give|communicate|"
    r"pass on|hand over|forward)\b",
    re.IGNORECASE,
)
_KEEP = re.compile(r"\b(conserv\w*|gard\w*|keep|retain|preserve)\b", re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_TRUSTED_NAMED = re.compile(
    r"(?:personne de confiance|trusted person)\s*(?:est|sera|is|will be|:|,)?\s*"
    r"(?:m(?:adame|onsieur)\s+|m(?:me|r|rs|s)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){0,3})"
    r"(?:\s*[(,<]\s*(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}))?",
)


@dataclass(frozen=True)
class Directives:
    """Directives as understood from a request (what staff approve and the desk records)."""

    action: Action
    text: str
    recipients: tuple[str, ...] = ()
    trusted_person: str = ""
    trusted_contact: str = ""
    facts: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "action": self.action.value,
            "text": self.text,
            "recipients": list(self.recipients),
            "trusted_person": self.trusted_person,
            "trusted_contact": self.trusted_contact,
        }


def read_directives(text: str, stated: dict[str, Any] | None = None) -> Directives:
    """The directives a learner's text gives; what a channel or staff ``stated`` prevails.

    Erasure wins over communication, communication over keeping: when a text asks for both, the
    data goes to the recipients only if erasing is not asked. With no instruction recognised,
    the data is kept without processing (nothing irreversible is done on a guess).
    """
    stated = stated or {}
    body = str(stated.get("text") or stated.get("directives") or text).strip()[:4000]
    action = stated.get("action") or stated.get("post_mortem_action")
    if action not in set(Action):
        if _ERASE.search(body):
            action = Action.ERASE
        elif _COMMUNICATE.search(body):
            action = Action.COMMUNICATE
        else:
            action = Action.KEEP
    named = _TRUSTED_NAMED.search(body)
    person = str(stated.get("trusted_person") or (named.group("name") if named else "")).strip()
    contact = str(
        stated.get("trusted_contact") or (named.group("email") if named else "") or ""
    ).strip()
    if not contact:
        found = _EMAIL.search(person)
        contact = found.group(0) if found else ""
    recipients = stated.get("recipients")
    if recipients is None:
        recipients = [a for a in _EMAIL.findall(body) if a.lower() != contact.lower()]
        if Action(action) is Action.COMMUNICATE and contact and not recipients:
            recipients = [contact]
    return Directives(
        action=Action(action),
        text=body,
        recipients=tuple(dict.fromkeys(str(r).strip().lower() for r in recipients if r)),
        trusted_person=person[:320],
        trusted_contact=contact.lower()[:320],
    )


def is_trusted_person(ticket: Ticket, directive: PostMortemDirective | None) -> bool:
    """The requester is the trusted person the directives name (by their address, or by their
    own statement, which staff check against the proof documents)."""
    if directive is None or not (directive.trusted_person or directive.trusted_contact):
        return False
    if directive.trusted_contact and ticket.channel == "email":
        return ticket.requester_address.lower() == directive.trusted_contact.lower()
    return ticket.requester_kind == RequesterKind.TRUSTED_PERSON


def standing(ticket: Ticket, directive: PostMortemDirective | None) -> dict[str, Any]:
    """Who may ask what (art. 85), for staff to see and for the decision to be checked.

    With directives on file, they are what is carried out: by the trusted person they name, or,
    when they name none, by the heirs. Without directives, heirs may settle the estate or have
    the account closed; a self-declared trusted person has nothing to carry out.
    """
    trusted = is_trusted_person(ticket, directive)
    named = directive is not None and bool(directive.trusted_person or directive.trusted_contact)
    if directive is not None:
        allowed = [Outcome.APPLY_DIRECTIVES] if trusted or not named else []
    elif ticket.requester_kind == RequesterKind.TRUSTED_PERSON:
        allowed = []
    else:
        allowed = [Outcome.SETTLE_ESTATE, Outcome.CLOSE_ACCOUNT]
    return {
        "directives": directive is not None,
        "action": directive.action if directive else None,
        "trusted_person": directive.trusted_person if directive else "",
        "requester_is_trusted_person": trusted,
        "allowed": [o.value for o in allowed],
    }


def directive_json(directive: PostMortemDirective) -> dict[str, Any]:
    """A recorded directive as the access package and staff show it."""
    return {
        "action": directive.action,
        "directives": directive.directives,
        "recipients": list(directive.recipients),
        "trusted_person": directive.trusted_person,
        "trusted_contact": directive.trusted_contact,
        "given_at": directive.given_at.isoformat() if directive.given_at else None,
        "recorded_at": directive.recorded_at.isoformat(),
    }
