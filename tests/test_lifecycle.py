"""The transition table is the specification: every allowed move, every forbidden one."""

from __future__ import annotations

import itertools
import threading
from datetime import timedelta

import pytest
from sqlmodel import select

from tests.conftest import Clock, outbox
from workflows.audit import verify_chain
from workflows.db import make_engine, session_scope
from workflows.desk import Desk
from workflows.lifecycle import (
    OPEN,
    TERMINAL,
    TRANSITIONS,
    Command,
    IllegalTransition,
    State,
    decide,
)
from workflows.models import Ticket, TicketEvent
from workflows.requests import RequestType
from workflows.tickets import ConcurrentUpdate, create_ticket, get_ticket, transition

EXPECTED = {
    (State.RECEIVED, Command.REQUIRE_IDENTITY): State.AWAITING_IDENTITY,
    (State.RECEIVED, Command.START): State.IN_PROGRESS,
    (State.AWAITING_IDENTITY, Command.CONFIRM_IDENTITY): State.IN_PROGRESS,
    (State.AWAITING_IDENTITY, Command.EXPIRE): State.EXPIRED,
    (State.AWAITING_REQUESTER, Command.EXPIRE): State.EXPIRED,
    (State.IN_PROGRESS, Command.REQUEST_APPROVAL): State.AWAITING_APPROVAL,
    (State.IN_PROGRESS, Command.COMPLETE): State.COMPLETED,
    (State.AWAITING_APPROVAL, Command.APPROVE): State.IN_PROGRESS,
    (State.AWAITING_REQUESTER, Command.REQUESTER_REPLIED): State.IN_PROGRESS,
    **{
        (s, Command.ASK_REQUESTER): State.AWAITING_REQUESTER
        for s in (
            State.RECEIVED,
            State.AWAITING_IDENTITY,
            State.IN_PROGRESS,
            State.AWAITING_APPROVAL,
        )
    },
    **{(s, Command.REJECT): State.REJECTED for s in OPEN},
    **{(s, Command.CANCEL): State.CANCELLED for s in OPEN},
    **{(s, Command.EXTEND): s for s in OPEN},
    **{(s, Command.REMIND): s for s in OPEN},
    **{(s, Command.NOTE): s for s in State},
    **{
        (s, Command.RECLASSIFY): s
        for s in (
            State.RECEIVED,
            State.AWAITING_IDENTITY,
            State.AWAITING_REQUESTER,
            State.IN_PROGRESS,
        )
    },
    (State.AWAITING_APPROVAL, Command.RECLASSIFY): State.IN_PROGRESS,
}


def test_table_is_exactly_the_specification() -> None:
    assert dict(TRANSITIONS) == EXPECTED


@pytest.mark.parametrize(("state", "command"), sorted(EXPECTED))
def test_allowed_move(state: State, command: Command) -> None:
    assert decide(state, command) is EXPECTED[(state, command)]


FORBIDDEN = sorted(set(itertools.product(State, Command)) - set(EXPECTED))


@pytest.mark.parametrize(("state", "command"), FORBIDDEN)
def test_forbidden_move_raises(state: State, command: Command) -> None:
    with pytest.raises(IllegalTransition):
        decide(state, command)


def test_terminal_states_only_take_notes() -> None:
    for state in TERMINAL:
        allowed = {c for (s, c) in TRANSITIONS if s is state}
        assert allowed == {Command.NOTE}


def test_table_cannot_be_changed_at_run_time() -> None:
    with pytest.raises(TypeError):
        TRANSITIONS[(State.COMPLETED, Command.START)] = State.IN_PROGRESS  # type: ignore[index]


def _ticket(desk: Desk) -> int:
    with session_scope(desk.engine) as session:
        ticket = create_ticket(
            session,
            request_type=RequestType.ACCESS,
            channel="email",
            language="fr",
            received_at=desk.ctx.now(),
            thread_key="t1",
            actor="test",
            tz=desk.ctx.tz,
            requester_address="someone@example.org",
        )
        assert ticket.id is not None
        return ticket.id


def test_illegal_move_on_a_stored_ticket_changes_nothing(desk: Desk) -> None:
    ticket_id = _ticket(desk)
    with pytest.raises(IllegalTransition), session_scope(desk.engine) as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        transition(session, ticket, Command.COMPLETE, actor="test")
    with session_scope(desk.engine) as session:
        stored = get_ticket(session, ticket_id)
        assert stored.state == State.RECEIVED
        assert stored.version == 1
        commands = [e.command for e in session.exec(select(TicketEvent))]
        assert commands == ["open"]


def test_transition_writes_state_version_and_event_together(desk: Desk) -> None:
    ticket_id = _ticket(desk)
    with session_scope(desk.engine) as session:
        ticket = get_ticket(session, ticket_id)
        transition(session, ticket, Command.START, actor="test", reason="why")
    with session_scope(desk.engine) as session:
        stored = get_ticket(session, ticket_id)
        assert (stored.state, stored.version) == (State.IN_PROGRESS, 2)
        last = session.exec(select(TicketEvent).order_by(TicketEvent.id.desc())).first()  # type: ignore[union-attr]
        assert last is not None
        assert (last.from_state, last.to_state, last.actor, last.reason) == (
            "received",
            "in_progress",
            "test",
            "why",
        )


def test_two_workers_moving_the_same_ticket_exactly_one_wins(desk: Desk) -> None:
    ticket_id = _ticket(desk)
    loaded = threading.Barrier(2)
    outcomes: list[str] = []

    def worker(command: Command) -> None:
        # each worker is its own process with its own engine (one process takes turns)
        engine = make_engine(desk.engine.url.render_as_string(hide_password=False))
        Desk(engine, desk.ctx)  # as every process does: binds the audit key to its engine
        try:
            with session_scope(engine) as session:
                ticket = session.get(Ticket, ticket_id)
                assert ticket is not None
                loaded.wait(timeout=10)
                transition(session, ticket, command, actor=f"worker-{command}")
            outcomes.append("won")
        except ConcurrentUpdate:
            outcomes.append("lost")
        finally:
            engine.dispose()

    threads = [
        threading.Thread(target=worker, args=(c,))
        for c in (Command.START, Command.REQUIRE_IDENTITY)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["lost", "won"]
    with session_scope(desk.engine) as session:
        stored = get_ticket(session, ticket_id)
        assert stored.version == 2
        events = session.exec(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id)).all()
        assert len(events) == 2
        assert verify_chain(session).ok


def test_cancel_sends_the_cancellation_notice(desk: Desk, clock: Clock) -> None:
    ticket_id = _ticket(desk)
    clock.now += timedelta(hours=1)
    desk.run(
        lambda s: desk.ctx.move(s, get_ticket(s, ticket_id), Command.CANCEL, actor="requester")
    )
    (item,) = outbox(desk, template="cancelled")
    assert item.recipient == "someone@example.org"
    assert "annulée" in item.body_text
    ticket, _ = desk.ticket(ticket_id)
    assert ticket.closed_at == clock.now
    assert ticket.outcome == "cancelled"
