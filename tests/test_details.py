"""``Ticket.details`` holds only what ``workflows.details.TicketDetails`` allows: a misspelt or
misshapen key fails where it is written, and what is read back as control flow is typed."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tests.conftest import Clock
from tests.test_fulfilment import STAFF, T, _submit, _verified, populate
from workflows.desk import Desk
from workflows.details import details_of
from workflows.lifecycle import State
from workflows.models import Ticket


def _ticket(clock: Clock) -> Ticket:
    return Ticket(
        channel="email",
        thread_key="t-1",
        received_at=clock.now,
        due_at=clock.now,
        request_type=T.RECTIFICATION,
        state=State.RECEIVED,
    )


@pytest.mark.parametrize(
    "details",
    [
        {"corection": {"last_name": "Martin"}},  # a misspelt key
        {"correction": ["last_name", "Martin"]},  # field -> new value, not a list
        {"proofs": [{"filename": "livret.pdf"}]},  # a proof names its stored document
        {"erasure_plan": {"entries": [{"category": "exams", "action": "delete"}]}},
        {"requester_kind": "heir", "approved_by": "claire"},  # a column, never a detail
    ],
)
def test_what_the_model_does_not_allow_is_refused_where_it_is_written(
    clock: Clock, details: dict[str, object]
) -> None:
    with pytest.raises(ValidationError):
        Ticket(**{**_ticket(clock).model_dump(exclude={"details"}), "details": details})
    ticket = _ticket(clock)
    with pytest.raises(ValidationError):
        ticket.details = details
    assert ticket.details == {}


def test_details_keep_their_json_shape_and_read_back_typed(clock: Clock) -> None:
    ticket = _ticket(clock)
    given = {
        "correction": {"last_name": "Martin"},
        "proofs": [{"id": 7, "filename": "livret.pdf"}],
        "references": ["<a@example.fr>"],
    }
    ticket.details = given
    assert ticket.details == given  # stored as written: no default added, no migration
    details = details_of(ticket)
    assert details.correction == {"last_name": "Martin"}
    assert [(p.id, p.filename, p.caption) for p in details.proofs] == [(7, "livret.pdf", None)]
    assert details.erasure_plan is None and details.email_change_requested is None


def test_a_misspelt_key_rolls_back_the_whole_decision(desk: Desk) -> None:
    """Through the core: a correction staff record is read back by fulfilment, and a write
    the model refuses leaves the ticket as it was."""
    desk = populate(desk)
    result = _submit(desk, "alice@example.fr", (T.RECTIFICATION,))
    _verified(desk, result, "alice@example.fr")
    key = result.tickets[0].id
    assert key is not None
    desk.record_correction(key, STAFF, {"last_name": "Martin-Durand"})
    ticket, events = desk.ticket(key)
    assert details_of(ticket).correction == {"last_name": "Martin-Durand"}

    def misspelt(session: object) -> None:
        from workflows.tickets import get_ticket

        stored = get_ticket(session, key)  # type: ignore[arg-type]
        stored.details = {**stored.details, "corection": {"last_name": "X"}}

    with pytest.raises(ValidationError):
        desk.run(misspelt)
    again, events_after = desk.ticket(key)
    assert again.details == ticket.details and len(events_after) == len(events)
