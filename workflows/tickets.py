"""Creating tickets and moving them: the state change, its audit event and its notice together.

:func:`transition` is the only function that changes a ticket's state. It checks the move with
:func:`workflows.lifecycle.decide`, updates the row only if nobody else moved it meanwhile
(optimistic version check), appends the audit event, and returns; the caller's transaction
commits all of it with the outbox items at once. :func:`create_ticket` may give a new ticket its
first command the same way (the table decides, the event is appended) as it writes the row,
which nobody else can see yet: one statement, no version to check.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Sequence, String, bindparam, cast, func, insert, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from workflows.audit import append_event
from workflows.db import is_postgresql
from workflows.deadlines import due_date
from workflows.lifecycle import OPEN, TERMINAL, Command, State, decide
from workflows.models import Ticket, TicketEvent, utcnow
from workflows.queue import due_date as due_in_force
from workflows.requests import RequestType
from workflows.textrules import REFERENCE_DIGITS, find_reference, format_reference


class TicketNotFound(LookupError):
    """No ticket has that id or reference."""


class ConcurrentUpdate(RuntimeError):
    """Somebody moved the ticket between our read and our write; re-read and decide again."""


def create_ticket(
    session: Session,
    *,
    request_type: RequestType,
    channel: str,
    language: str,
    received_at: datetime,
    thread_key: str,
    actor: str,
    tz: ZoneInfo,
    first: Command | None = None,
    now: datetime | None = None,
    **fields: Any,
) -> Ticket:
    """A new ticket in ``received`` with its due date, reference and opening event.

    ``first``: the command it is given at once, as :func:`transition` would, with its own
    event, but written with the new row: nobody can see the ticket before this transaction
    commits, so there is no version to check."""
    values: dict[str, Any] = {"state": State.RECEIVED, "version": 1}
    if first is not None:
        values = _moved(State.RECEIVED, first, values["version"], now or utcnow())
    columns = {
        "request_type": request_type,
        "channel": channel,
        "language": language,
        "received_at": received_at,
        "due_at": due_date(received_at, tz),
        "thread_key": thread_key,
        **values,
        **fields,
    }
    year = received_at.astimezone(tz).year
    if is_postgresql(session.get_bind()):
        ticket = _insert_numbered(session, columns, year)
    else:  # one writer at a time: the row, then its reference from its id
        ticket = Ticket(**columns)
        session.add(ticket)
        session.flush()
        assert ticket.id is not None
        ticket.reference = format_reference(year, ticket.id)
        session.add(ticket)  # written with the transaction's next flush
    assert ticket.id is not None
    append_event(
        session,
        ticket_id=ticket.id,
        at=utcnow(),
        actor=actor,
        command="open",
        from_state="",
        to_state=State.RECEIVED.value,
        data={"request_type": request_type.value, "channel": channel},
    )
    if first is not None:
        append_event(
            session,
            ticket_id=ticket.id,
            at=now or utcnow(),
            actor=actor,
            command=first.value,
            from_state=State.RECEIVED.value,
            to_state=State(ticket.state).value,
        )
    return ticket


#: the columns of a ticket the caller may leave out, with their defaults
_DEFAULTS = {
    name: field
    for name, field in Ticket.model_fields.items()
    if not field.is_required() and name not in ("id", "reference")
}
_TICKET = Ticket.__table__  # type: ignore[attr-defined]


def _numbered_insert() -> Any:
    """The statement of :func:`_insert_numbered`, built once: the number is drawn from the id
    sequence once, in a subquery, and both the id and the reference are written from it
    (:func:`workflows.textrules.format_reference`, in SQL: ``DSR-<year>-`` and
    ``REFERENCE_DIGITS`` digits at least)."""
    number = select(Sequence("ticket_id_seq").next_value().label("n")).subquery()
    digits = cast(number.c.n, String)
    reference = bindparam("reference_prefix", type_=String) + func.lpad(
        digits, func.greatest(REFERENCE_DIGITS, func.length(digits)), "0"
    )
    names = [c.name for c in _TICKET.c if c.name not in ("id", "reference")]
    rows = select(
        number.c.n, reference, *(bindparam(name, type_=_TICKET.c[name].type) for name in names)
    )
    inserted = insert(_TICKET).from_select(["id", "reference", *names], rows)
    # the row comes back as a ticket of the session
    return select(Ticket).from_statement(inserted.returning(*_TICKET.c))


_NUMBERED_INSERT = _numbered_insert()


def _insert_numbered(session: Session, columns: dict[str, Any], year: int) -> Ticket:
    """Insert a ticket with its reference in one statement (PostgreSQL, see
    :func:`_numbered_insert`); the row comes back loaded, as a row of the session."""
    values = {n: field.get_default(call_default_factory=True) for n, field in _DEFAULTS.items()}
    values.update(columns)
    values["reference_prefix"] = format_reference(year, 0)[:-6]
    ticket: Ticket = session.scalars(_NUMBERED_INSERT, values).one()
    return ticket


def _moved(before: State, command: Command, version: int, now: datetime) -> dict[str, Any]:
    """The columns a command changes on a ticket in ``before`` (checked by the table)."""
    after = decide(before, command)
    values: dict[str, Any] = {"state": after, "version": version + 1}
    if after in TERMINAL and before not in TERMINAL:
        values["closed_at"] = now
        values["outcome"] = after.value
    return values


def transition(
    session: Session,
    ticket: Ticket,
    command: Command,
    *,
    actor: str,
    reason: str | None = None,
    data: dict[str, Any] | None = None,
    changes: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> State:
    """Apply ``command`` to ``ticket``: checked, versioned and logged. Returns the new state."""
    now = now or utcnow()
    before = State(ticket.state)
    values = _moved(before, command, ticket.version, now)
    after = State(values["state"])
    values.update(changes or {})
    moved = session.execute(
        update(Ticket)
        .where(col(Ticket.id) == ticket.id, col(Ticket.version) == ticket.version)
        .values(**values)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise ConcurrentUpdate(f"ticket {ticket.reference} was changed by someone else")
    for key, value in values.items():
        set_committed_value(ticket, key, value)
    assert ticket.id is not None
    append_event(
        session,
        ticket_id=ticket.id,
        at=now,
        actor=actor,
        command=command.value,
        from_state=before.value,
        to_state=after.value,
        reason=reason,
        data=data,
    )
    return after


def get_ticket(session: Session, key: str | int) -> Ticket:
    """A ticket by numeric id or by reference (case-insensitive)."""
    text = str(key).strip()
    ticket: Ticket | None
    if text.isdigit():
        ticket = session.get(Ticket, int(text))
    else:
        reference = find_reference(text) or text.upper()
        ticket = session.exec(select(Ticket).where(Ticket.reference == reference)).first()
    if ticket is None:
        raise TicketNotFound(f"no ticket {text}")
    return ticket


def events_of(session: Session, ticket: Ticket) -> list[TicketEvent]:
    """The ticket's history, oldest first."""
    return list(
        session.exec(
            select(TicketEvent)
            .where(TicketEvent.ticket_id == ticket.id)
            .order_by(col(TicketEvent.id))
        )
    )


def list_tickets(
    session: Session, *, state: State | None = None, overdue: bool = False, now: datetime
) -> list[Ticket]:
    """Tickets, newest first, optionally in one state or past their due date while open."""
    query = select(Ticket).order_by(col(Ticket.id).desc())
    if state is not None:
        query = query.where(Ticket.state == state)
    if overdue:  # the database picks them (through the overdue index), not a read of them all
        query = query.where(col(Ticket.state).in_(sorted(OPEN)), due_in_force() < now)
    return list(session.exec(query))
