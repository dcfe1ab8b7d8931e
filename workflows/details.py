"""What a ticket's ``details`` may hold: one typed model, checked whenever it is written.

``Ticket.details`` (a JSON column) carries what is shown to staff or carried along, never a fact
that steers the ticket (those are columns, see ``tests/test_architecture.py``). Every key it
may hold is a field of :class:`TicketDetails`: setting ``Ticket.details`` to a dict with an
unknown key, or a value of the wrong shape, raises :class:`pydantic.ValidationError` (see
:func:`checked`, which ``workflows.models`` calls on every assignment), so a typo fails where it
is written. The payloads read back as control flow or shown to staff — the correction a learner
asks for, the erasure plan, the proof documents — are read through :func:`details_of` as typed
models. The stored JSON keeps its shape: what is written is what was given, once checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from workflows.models import Ticket


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProofEntry(_Strict):
    """One document a third party sent to prove who they act for (``workflows.proofs``)."""

    id: int
    filename: str
    caption: str | None = None


class ErasureStep(_Strict):
    """What the plan does to one data category (``workflows.retention.PlanEntry.as_json``)."""

    category: str
    action: Literal["erase", "keep"]
    basis: str | None = None
    rows: int = 0
    keep_until: str | None = None  # ISO date
    limit: str | None = None  # ISO date
    title: dict[str, str] = {}  # language -> title
    rule: dict[str, str] = {}  # language -> the retention rule, as staff read it
    ground: dict[str, str] | None = None
    erase_rows: list[dict[str, Any]] = []
    next_until: str | None = None  # ISO date
    fields: list[str] = []


class ErasurePlan(_Strict):
    """The erasure plan staff approve (``workflows.retention.plan_json``)."""

    computed_on: str | None = None  # ISO date
    entries: list[ErasureStep] = []


class PostMortemDetails(_Strict):
    """The directives a learner's own post-mortem request gives
    (``workflows.postmortem.Directives.as_json``)."""

    action: str
    text: str
    recipients: list[str]
    trusted_person: str
    trusted_contact: str


class TicketDetails(_Strict):
    """Every key ``Ticket.details`` may hold; all optional."""

    # -- carried from the channel -----------------------------------------------------------
    references: list[str] = []  # Message-IDs of the mail the request answers
    inbound_id: int | None = None  # the stored mail it came in
    attachments: list[dict[str, Any]] = []  # name, type, size, sha256 of the mail's files
    requester_kind: str | None = None  # who is asking, as a chat button stated it
    channels: list[str] = []  # marketing channels named (a chat button, or read in the text)
    # -- read by intake ----------------------------------------------------------------------
    intent: str | None = None  # a withdrawal or a policy question (``workflows.classifier``)
    identifiers: dict[str, list[str]] = {}  # marketing: kind -> addresses the person gave
    post_mortem: PostMortemDetails | None = None
    #: a post-mortem request's directives and trusted person as earlier versions kept them,
    #: before ``post_mortem`` (still read on tickets of that time; dropped at purge)
    directives: str | None = None
    trusted_person: str | None = None
    email_change_requested: str | None = None  # a rectification's new email address
    claimed_by: str | None = None  # how the request named the learner it claims
    # -- recorded by staff and the requester -------------------------------------------------
    correction: dict[str, str] = {}  # field -> new value, for a rectification
    proofs: list[ProofEntry] = []
    # -- prepared for staff before approval (``workflows.fulfilment.PREPARED``) ---------------
    erasure_plan: ErasurePlan | None = None
    inventory: dict[str, int] | None = None  # category -> rows found
    directive_on_file: str | None = None
    post_mortem_standing: dict[str, Any] | None = None
    directives_on_file: dict[str, Any] | None = None
    minor: dict[str, Any] | None = None
    connector_error: str | None = None
    # -- the outcome ---------------------------------------------------------------------------
    fulfilment: dict[str, Any] | None = None  # what was done (``workflows.fulfilment.advance``)


def checked(details: Mapping[str, Any] | None) -> dict[str, Any]:
    """``details`` as given, once :class:`TicketDetails` accepts it (raises otherwise)."""
    given = dict(details or {})
    TicketDetails.model_validate(given)
    return given


def details_of(ticket: Ticket) -> TicketDetails:
    """A ticket's details, typed."""
    return TicketDetails.model_validate(ticket.details or {})
