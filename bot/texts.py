"""Names the learner reads for request types and ticket states, from the message catalogs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from aiogram.utils.i18n import gettext as _

from workflows.lifecycle import State
from workflows.notices import written_date
from workflows.requests import RequestType

#: The types offered in the menu, in the order a learner looks for them.
MENU_TYPES = (
    RequestType.ACCESS,
    RequestType.RECTIFICATION,
    RequestType.ERASURE,
    RequestType.RESTRICTION,
    RequestType.OBJECTION,
    RequestType.MARKETING_OBJECTION,
    RequestType.CONSENT_WITHDRAWAL,
    RequestType.PORTABILITY,
    RequestType.POST_MORTEM,
    RequestType.MINOR_PARENTAL,
)


def N_(text: str) -> str:
    """Marks a text for the catalog; it is translated where it is shown."""
    return text


TYPE_NAMES: dict[str, str] = {
    RequestType.ACCESS: N_("Get a copy of my data"),
    RequestType.RECTIFICATION: N_("Correct my data"),
    RequestType.ERASURE: N_("Delete my data"),
    RequestType.RESTRICTION: N_("Restrict the use of my data"),
    RequestType.OBJECTION: N_("Object to the use of my data"),
    RequestType.MARKETING_OBJECTION: N_("Stop marketing messages and calls"),
    RequestType.CONSENT_WITHDRAWAL: N_("Withdraw my consent"),
    RequestType.PORTABILITY: N_("My data in a file for another service"),
    RequestType.POST_MORTEM: N_("Data of a deceased person / directives after death"),
    RequestType.MINOR_PARENTAL: N_("Delete my child's data (under 18)"),
    RequestType.OTHER: N_("Another question"),
}

STATE_NAMES: dict[str, str] = {
    State.RECEIVED: N_("received"),
    State.AWAITING_IDENTITY: N_("waiting for your identity check"),
    State.IN_PROGRESS: N_("in progress"),
    State.AWAITING_APPROVAL: N_("being reviewed by our team"),
    State.AWAITING_REQUESTER: N_("waiting for your answer"),
    State.COMPLETED: N_("completed"),
    State.REJECTED: N_("refused"),
    State.CANCELLED: N_("withdrawn"),
    State.EXPIRED: N_("expired (identity not confirmed)"),
}


def type_name(label: str) -> str:
    """The request type as the learner reads it, in the current language."""
    return _(TYPE_NAMES[label]) if label in TYPE_NAMES else label


def state_name(state: str) -> str:
    """The ticket state as the learner reads it, in the current language."""
    return _(STATE_NAMES[state]) if state in STATE_NAMES else state


def local_date(value: datetime, language: str, tz: str = "Europe/Paris") -> str:
    """A day written out in the reader's language, as in the notices (« 10 avril 2026 »)."""
    return written_date(value, language, ZoneInfo(tz))
