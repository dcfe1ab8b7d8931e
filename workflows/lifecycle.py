"""The ticket lifecycle of DESIGN §3: states, commands and the one table that allows moves.

The table *is* the specification: :func:`decide` is the only place that says whether a command
may be applied in a state, and an illegal move raises instead of doing nothing.
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType


class State(StrEnum):
    """Where a ticket stands."""

    RECEIVED = "received"
    AWAITING_IDENTITY = "awaiting_identity"
    IN_PROGRESS = "in_progress"
    AWAITING_APPROVAL = "awaiting_approval"
    AWAITING_REQUESTER = "awaiting_requester"
    COMPLETED = "completed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class Command(StrEnum):
    """What can happen to a ticket."""

    REQUIRE_IDENTITY = "require_identity"
    START = "start"
    CONFIRM_IDENTITY = "confirm_identity"
    REQUEST_APPROVAL = "request_approval"
    APPROVE = "approve"
    ASK_REQUESTER = "ask_requester"
    REQUESTER_REPLIED = "requester_replied"
    COMPLETE = "complete"
    REJECT = "reject"
    CANCEL = "cancel"
    EXPIRE = "expire"
    EXTEND = "extend"
    REMIND = "remind"
    NOTE = "note"
    RECLASSIFY = "reclassify"


class RejectionReason(StrEnum):
    """The fixed list of reasons a request may be refused for (each refusal cites the CNIL)."""

    IDENTITY_NOT_PROVEN = "identity_not_proven"
    NO_MATCHING_LEARNER = "no_matching_learner"
    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
    LEGAL_EXCEPTION = "legal_exception"
    NO_STANDING = "no_standing"  # a third party who may not act (a parent of an adult)
    COMPELLING_GROUNDS = "compelling_grounds"  # Art. 21(1): objection not upheld
    OTHER = "other"


class ExtensionCause(StrEnum):
    """Why the answer period is extended, as Art. 12(3) GDPR allows."""

    COMPLEXITY = "complexity"
    NUMBER = "number"  # the number of requests


_R = RejectionReason
_ANY = frozenset(
    {_R.IDENTITY_NOT_PROVEN, _R.NO_MATCHING_LEARNER, _R.MANIFESTLY_UNFOUNDED, _R.OTHER}
)
#: Reasons that fit some request types only (the others fit every type but those below).
_ONLY: dict[RejectionReason, frozenset[str]] = {
    _R.COMPELLING_GROUNDS: frozenset({"objection"}),
    _R.LEGAL_EXCEPTION: frozenset(
        {"access", "rectification", "erasure", "restriction", "objection", "portability"}
        | {"post_mortem", "minor_parental", "other"}
    ),
}
#: The right to object to marketing is absolute (Art. 21(3)): only a request that is no such
#: objection at all can be refused.
_ABSOLUTE = {"marketing_objection": frozenset({_R.MANIFESTLY_UNFOUNDED, _R.OTHER})}
del _R


def rejection_allowed(reason: RejectionReason, request_type: str, requester_kind: str) -> bool:
    """Whether ``reason`` may refuse a request of this type from this kind of requester."""
    if request_type in _ABSOLUTE:
        return reason in _ABSOLUTE[request_type]
    if reason is RejectionReason.NO_STANDING:
        return requester_kind != "self"
    return reason in _ANY or request_type in _ONLY.get(reason, frozenset())


class IllegalTransition(Exception):
    """A command that the transition table does not allow in the ticket's state."""

    def __init__(self, state: State, command: Command) -> None:
        super().__init__(f"cannot {command.value} a ticket that is {state.value}")
        self.state = state
        self.command = command


TERMINAL: frozenset[State] = frozenset(
    {State.COMPLETED, State.REJECTED, State.CANCELLED, State.EXPIRED}
)
OPEN: frozenset[State] = frozenset(State) - TERMINAL

_S, _C = State, Command
_MOVES: dict[tuple[State, Command], State] = {
    (_S.RECEIVED, _C.REQUIRE_IDENTITY): _S.AWAITING_IDENTITY,
    (_S.RECEIVED, _C.START): _S.IN_PROGRESS,
    (_S.AWAITING_IDENTITY, _C.CONFIRM_IDENTITY): _S.IN_PROGRESS,
    (_S.AWAITING_IDENTITY, _C.EXPIRE): _S.EXPIRED,
    (_S.AWAITING_REQUESTER, _C.EXPIRE): _S.EXPIRED,
    (_S.IN_PROGRESS, _C.REQUEST_APPROVAL): _S.AWAITING_APPROVAL,
    (_S.IN_PROGRESS, _C.COMPLETE): _S.COMPLETED,
    (_S.AWAITING_APPROVAL, _C.APPROVE): _S.IN_PROGRESS,
    (_S.AWAITING_REQUESTER, _C.REQUESTER_REPLIED): _S.IN_PROGRESS,
}
for _state in (_S.RECEIVED, _S.AWAITING_IDENTITY, _S.IN_PROGRESS, _S.AWAITING_APPROVAL):
    _MOVES[(_state, _C.ASK_REQUESTER)] = _S.AWAITING_REQUESTER
# staff correct the request type before anything is carried out; a step already prepared for
# staff goes back to work, to be prepared again for the right type
for _state in (_S.RECEIVED, _S.AWAITING_IDENTITY, _S.AWAITING_REQUESTER, _S.IN_PROGRESS):
    _MOVES[(_state, _C.RECLASSIFY)] = _state
_MOVES[(_S.AWAITING_APPROVAL, _C.RECLASSIFY)] = _S.IN_PROGRESS
for _state in OPEN:
    _MOVES[(_state, _C.REJECT)] = _S.REJECTED
    _MOVES[(_state, _C.CANCEL)] = _S.CANCELLED
    _MOVES[(_state, _C.EXTEND)] = _state
    _MOVES[(_state, _C.REMIND)] = _state
for _state in State:
    _MOVES[(_state, _C.NOTE)] = _state

TRANSITIONS: MappingProxyType[tuple[State, Command], State] = MappingProxyType(_MOVES)
del _S, _C, _MOVES


def decide(state: State | str, command: Command | str) -> State:
    """The state that ``command`` leads to from ``state``; raises :class:`IllegalTransition`."""
    current, wanted = State(state), Command(command)
    try:
        return TRANSITIONS[(current, wanted)]
    except KeyError:
        raise IllegalTransition(current, wanted) from None
