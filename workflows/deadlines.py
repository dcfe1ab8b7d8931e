"""Legal due dates: end of day (Europe/Paris) one month after receipt, extensible once by two.

The month rule follows python-dateutil: the same date next month, or the last day of that month
when it has no such date (31 January → end of February, 29 February in leap years).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, case, null
from sqlmodel import col

from workflows.lifecycle import State
from workflows.models import Ticket

PARIS = ZoneInfo("Europe/Paris")
ANSWER_MONTHS = 1
EXTENSION_MONTHS = 2


class ExtensionRefused(Exception):
    """An extension the rules do not allow (a second one, or after the first month ran out)."""


def end_of_day(local_date_time: datetime, tz: ZoneInfo) -> datetime:
    """The last instant of that local day, as an aware UTC datetime."""
    last = datetime.combine(local_date_time.date(), time.max, tzinfo=tz)
    return last.astimezone(UTC)


def _months_after(received_at: datetime, months: int, tz: ZoneInfo) -> datetime:
    local = received_at.astimezone(tz)
    return end_of_day(local + relativedelta(months=months), tz)


def due_date(received_at: datetime, tz: ZoneInfo = PARIS) -> datetime:
    """The first due date of a request received at ``received_at`` (an aware instant)."""
    return _months_after(received_at, ANSWER_MONTHS, tz)


def extended_due_date(
    received_at: datetime,
    due_at: datetime,
    extended_due_at: datetime | None,
    now: datetime,
    tz: ZoneInfo = PARIS,
) -> datetime:
    """The due date after the one allowed extension: three months from receipt in all.

    Refused when the ticket was extended already or when the first month has run out.
    """
    if extended_due_at is not None:
        raise ExtensionRefused("the due date was extended already; it can be extended only once")
    if now > due_at:
        raise ExtensionRefused(
            "the first month has run out; an extension had to be decided before"
        )
    return _months_after(received_at, ANSWER_MONTHS + EXTENSION_MONTHS, tz)


def days_left(due_at: datetime, now: datetime, tz: ZoneInfo = PARIS) -> int:
    """Whole calendar days from today to the due day (negative when overdue), in local time."""
    return (due_at.astimezone(tz).date() - now.astimezone(tz).date()).days


def waiting_since(ticket: Ticket) -> datetime | None:
    """When the requester's part started: receipt for a code, the proof request for documents.

    ``None`` for a ticket waiting on the requester for something else (a staff question):
    those are not closed by the clock.
    """
    if State(ticket.state) is State.AWAITING_IDENTITY:
        return ticket.received_at
    if State(ticket.state) is State.AWAITING_REQUESTER:
        return ticket.proof_asked_at
    return None


def waiting_since_column() -> ColumnElement[datetime]:
    """:func:`waiting_since` as a SQL expression, so the database picks the tickets whose wait
    has lasted long enough instead of the process reading every waiting ticket."""
    return case(
        (col(Ticket.state) == State.AWAITING_IDENTITY, col(Ticket.received_at)),
        (col(Ticket.state) == State.AWAITING_REQUESTER, col(Ticket.proof_asked_at)),
        else_=null(),
    )


def closes_at(ticket: Ticket, expiry_days: int) -> datetime | None:
    """When a request still waiting for the requester's code or documents will be closed
    (``None`` when nothing of theirs is awaited): the requester's own deadline."""
    since = waiting_since(ticket)
    return since + timedelta(days=expiry_days) if since is not None else None
