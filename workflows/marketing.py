"""Objection to marketing (Art. 21(2)-(3) GDPR): which channels a person names, which of their
identifiers we can key a suppression on, and the suppression list itself.

Suppressing is harmless (it only ever stops messages), so it runs on whatever identifier is
known at once: the sender's own address even before any identity check, the identifiers the
person gives, and the learner's registered ones when the request comes from the learner's own
address or verified channel. The learner's identifiers are never suppressed on the word of
someone else's chat or address, so the answer (which lists what was suppressed) reveals nothing
to a stranger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from workflows.learners import normalise_email
from workflows.models import Learner, SuppressionEntry, Ticket

CHANNELS = ("email", "sms", "phone", "post")
#: Which identifier keys each channel.
KEY_OF = {"email": "email", "sms": "phone", "phone": "phone", "post": "postal_address"}
#: Profile columns of the learner import that may hold a postal address.
POSTAL_COLUMNS = ("postal_address", "address", "adresse")

_NAMED = {
    "email": re.compile(
        r"\b(e-?mails?|mails?|courriels?|newsletters?|lettres? d'information)\b", re.I
    ),
    "sms": re.compile(r"\b(sms|textos?|text messages?|texts)\b", re.I),
    "phone": re.compile(
        r"\b(t[ée]l[ée]phon\w*|appel\w*|appell\w*|phon\w*|calls?|calling|called)\b", re.I
    ),
    "post": re.compile(
        r"\b(courriers? postaux|courrier postal|courriers? papier|par (la )?poste|postal\w*|"
        r"catalogues? papier|paper catalogues?|by post|letters? by post|prospectus)\b",
        re.I,
    ),
}
_POSTCODE = re.compile(r"\b\d{4,5}\b")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

Identifiers = dict[str, set[str]]


#: A clause that keeps a channel: "I still want the emails", « sauf les SMS ».
_KEEP = re.compile(
    r"\b(still|continue to) (want|wish|like)\b|\bwant to keep\b|\bexcept\b|\bapart from\b"
    r"|\bbut not\b|\b(veux|souhaite|voudrais|aimerais|aime)\s+(toujours|encore|continuer|garder)\b"
    r"|\bcontinuer à recevoir\b|\bgarder\b|\bconserver\b|\bsauf\b|\bà part\b|\bhormis\b",
    re.I,
)
_CLAUSES = re.compile(r"[.;!?\n,]|\bmais\b|\bbut\b|\bpar contre\b|\bhowever\b", re.I)


def named_channels(text: str) -> list[str]:
    """The marketing channels a request asks to stop (empty: none named, which means all of
    them). A channel the person says they still want is not stopped: "stop the SMS, I still
    want the emails" stops SMS; "I still want the emails" alone stops every other channel."""
    kept: set[str] = set()
    named: set[str] = set()
    for clause in _CLAUSES.split(text):
        found = {channel for channel in CHANNELS if _NAMED[channel].search(clause)}
        (kept if _KEEP.search(clause) else named).update(found)
    if kept and not named - kept:
        return [channel for channel in CHANNELS if channel not in kept]
    return [channel for channel in CHANNELS if channel in named and channel not in kept]


def identifiers_in(text: str, *, postal: bool = False) -> Identifiers:
    """Email addresses and phone numbers written in ``text`` (a reply to our question).

    With ``postal``, what remains of the text once those are removed is taken as the postal
    address asked for, when it carries a postcode.
    """
    found: Identifiers = {"email": set(), "phone": set(), "postal_address": set()}
    rest = text
    for address in _EMAIL.findall(text):
        found["email"].add(normalise_email(address))
        rest = rest.replace(address, " ")
    for match in phonenumbers.PhoneNumberMatcher(rest, "FR"):
        found["phone"].add(
            phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        )
        rest = rest.replace(match.raw_string, " ")
    remaining = " ".join(rest.split()).strip(" ,.;:")
    if postal and _POSTCODE.search(remaining):
        found["postal_address"].add(remaining[:300])
    return found


def postal_address(learner: Learner) -> str | None:
    """The learner's postal address when the learner import carried one."""
    for column in POSTAL_COLUMNS:
        value = " ".join(str(learner.profile.get(column) or "").split())
        if value:
            return value
    return None


def learner_identifiers(learner: Learner) -> Identifiers:
    """The registered identifiers of a learner, by kind."""
    return {
        "email": {learner.email},
        "phone": {learner.phone} if learner.phone else set(),
        "postal_address": {p} if (p := postal_address(learner)) else set(),
    }


def sender_identifiers(ticket: Ticket) -> Identifiers:
    """The address the request came from, when it is one marketing can reach (an email)."""
    emails = set()
    if ticket.channel == "email" and "@" in ticket.requester_address:
        emails.add(normalise_email(ticket.requester_address))
    return {"email": emails, "phone": set(), "postal_address": set()}


def merge(*many: Identifiers) -> Identifiers:
    """The union of several identifier sets."""
    merged: Identifiers = {"email": set(), "phone": set(), "postal_address": set()}
    for each in many:
        for kind, values in each.items():
            merged.setdefault(kind, set()).update(values)
    return merged


def learner_reached(ticket: Ticket, learner: Learner | None) -> bool:
    """Whether the request comes from the learner themself: a verified identity (code, linked
    chat), or an email sent from the learner's registered address (the answer goes back there)."""
    if learner is None:
        return False
    if ticket.identity_verified_at is not None:
        return True
    return ticket.channel == "email" and normalise_email(ticket.requester_address) == learner.email


def suppress(
    session: Session, *, channel: str, address: str, learner: Learner | None, ticket: Ticket
) -> None:
    """Add an address to the suppression list for one channel (idempotent)."""
    exists = session.exec(
        select(SuppressionEntry).where(
            SuppressionEntry.channel == channel, SuppressionEntry.address == address
        )
    ).first()
    if exists is None:
        try:
            with session.begin_nested():
                session.add(
                    SuppressionEntry(
                        channel=channel,
                        address=address,
                        learner_pk=learner.id if learner else None,
                        ticket_id=ticket.id,
                    )
                )
        except IntegrityError:
            pass


def suppress_all(
    session: Session,
    ticket: Ticket,
    learner: Learner | None,
    channels: Iterable[str],
    identifiers: Identifiers,
) -> list[dict[str, str]]:
    """Suppress every known identifier on every channel it keys; what was suppressed, in order."""
    done = []
    for channel in channels:
        for address in sorted(identifiers.get(KEY_OF[channel], set())):
            suppress(session, channel=channel, address=address, learner=learner, ticket=ticket)
            done.append({"channel": channel, "address": address})
    return done


def unkeyed(channels: Iterable[str], identifiers: Identifiers) -> list[str]:
    """The channels named for which no identifier is known."""
    return [c for c in channels if not identifiers.get(KEY_OF[c])]
