"""Names the learner reads for request types and ticket states, from the message catalogs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from aiogram.utils.i18n import gettext as _
from workflows.lifecycle import State

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


def type_name(label: str) -> str:
    names = {
        RequestType.ACCESS: _("Get a copy of my data"),
        RequestType.RECTIFICATION: _("Correct my data"),
        RequestType.ERASURE: _("Delete my data"),
        RequestType.RESTRICTION: _("Restrict the use of my data"),
        RequestType.OBJECTION: _("Object to the use of my data"),
        RequestType.MARKETING_OBJECTION: _("Stop marketing messages and calls"),
        RequestType.CONSENT_WITHDRAWAL: _("Withdraw my consent"),
        RequestType.PORTABILITY: _("Export my data (portability)"),
        RequestType.POST_MORTEM: _("Data of a deceased person / directives after death"),
        RequestType.MINOR_PARENTAL: _("Data of my child (minor)"),
        RequestType.OTHER: _("Another question"),
    }
    return names.get(RequestType(label), label) if label in set(RequestType) else label


def state_name(state: str) -> str:
    names = {
        State.RECEIVED: _("received"),
        State.AWAITING_IDENTITY: _("waiting for your identity check"),
        State.IN_PROGRESS: _("in progress"),
        State.AWAITING_APPROVAL: _("being reviewed by our team"),
        State.AWAITING_REQUESTER: _("waiting for your answer"),
        State.COMPLETED: _("completed"),
        State.REJECTED: _("refused"),
        State.CANCELLED: _("withdrawn"),
        State.EXPIRED: _("expired (identity not confirmed)"),
    }
    return names.get(State(state), state) if state in set(State) else state


def local_date(value: datetime, language: str, tz: str = "Europe/Paris") -> str:
    local = value.astimezone(ZoneInfo(tz))
    return local.strftime("%d/%m/%Y") if language == "fr" else local.strftime("%d %b %Y")
