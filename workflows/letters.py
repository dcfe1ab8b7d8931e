"""Postal letters: staff register a letter the DPO received by post as a request.

The letter is classified like any request and its legal month runs from the day the letter was
received, not from the day staff typed it in. A code cannot reach a postal address, so staff
check the letter (and its scan) and approve what it asks before anything is done. The scan is
kept encrypted like a proof document and wiped once staff decide. Answers go back by post:
the outbox's ``letter`` channel prepares each one for printing (see ``privacy_desk.letters``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlmodel import Session

from workflows import proofs
from workflows.context import Context
from workflows.delivery import LETTER
from workflows.intake import IntakeResult, Submission, open_requests

#: Longest name and address block kept (an outbox recipient holds 320 characters).
MAX_ADDRESS = 300


class LetterRefused(ValueError):
    """The letter cannot be registered as given; the message says why."""


@dataclass(frozen=True)
class Letter:
    """A letter received by post, as staff read it."""

    received_on: date
    name: str
    address: str
    text: str
    scan: bytes | None = field(default=None, repr=False)
    scan_name: str = "scan"
    scan_type: str = "application/octet-stream"


def parse_sender(value: str) -> tuple[str, str]:
    """``NAME/ADDRESS`` (the first slash separates them; address lines may be split by ``,``)."""
    name, slash, address = value.partition("/")
    if not slash or not name.strip() or not address.strip():
        raise LetterRefused("the sender is written NAME/ADDRESS, both given")
    return name.strip(), address.strip()


def received_instant(letter: Letter, ctx: Context) -> datetime:
    """The start of the day the letter was received (local time); never in the future."""
    moment = datetime.combine(letter.received_on, time(0), tzinfo=ctx.tz)
    if moment > ctx.now():
        raise LetterRefused("a letter cannot have been received after today")
    return moment


def open_letter(session: Session, ctx: Context, letter: Letter) -> IntakeResult:
    """Open the requests a letter makes, dated from its receipt, with its scan kept encrypted."""
    if not letter.text.strip():
        raise LetterRefused("the letter's text is empty")
    if len(letter.name) + len(letter.address) > MAX_ADDRESS:
        raise LetterRefused(f"the name and address are limited to {MAX_ADDRESS} characters")
    result = open_requests(
        session,
        ctx,
        Submission(
            channel=LETTER,
            requester_address=letter.address,
            requester_name=letter.name,
            received_at=received_instant(letter, ctx),
            text=letter.text,
        ),
    )
    if letter.scan is not None and result.tickets:
        proofs.store_proof(
            session,
            ctx,
            result.tickets[0],
            filename=letter.scan_name,
            content_type=letter.scan_type,
            data=letter.scan,
            actor=f"{LETTER}:{letter.address}",
        )
    return result
