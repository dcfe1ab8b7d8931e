"""Callback data of the bot's buttons: short prefixes (Telegram allows 64 bytes), typed fields.

Button data comes back from the client and can be forged: handlers re-check everything it names
(the ticket belongs to the user, the presser is staff) instead of trusting it.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class Menu(CallbackData, prefix="m"):
    """Main menu: ``new`` (choose a request type), ``mine`` (my requests), ``help``."""

    action: str


class PickType(CallbackData, prefix="t"):
    """A request type chosen from the list (a label of DESIGN §2)."""

    label: str


class Confirm(CallbackData, prefix="c"):
    """Answer to "I understood: ... — right?": ``yes``, ``other`` (choose), ``no`` (drop)."""

    answer: str


class PickLanguage(CallbackData, prefix="l"):
    language: str


class CancelTicket(CallbackData, prefix="x"):
    """Withdraw one of the user's tickets (``confirm`` false asks first)."""

    ticket_id: int
    confirm: bool = False


class Decision(CallbackData, prefix="d"):
    """A staff decision on an escalated ticket: ``a`` approve, ``r`` reject, ``q`` ask."""

    action: str
    ticket_id: int


class RejectReason(CallbackData, prefix="rr"):
    """The reason chosen from the fixed list when staff rejects."""

    ticket_id: int
    reason: str


class Answer(CallbackData, prefix="ans"):
    """The learner answers a question our team asked about a ticket."""

    ticket_id: int


class NewCode(CallbackData, prefix="nc"):
    """Ask for a new verification code. The thread it is for is in the conversation's state,
    never in the button."""

    again: bool = True


class ForgetLink(CallbackData, prefix="fg"):
    """The answer to "unlink this chat from your learner account?". The chat is the presser's
    own, never named in the button."""

    unlink: bool


class OtherIdentifier(CallbackData, prefix="oi"):
    """Give the learner number instead of the email (or the other way round) at the code step.
    The requests it is for are read from the database, never from the button."""

    again: bool = True


class IsAnswer(CallbackData, prefix="ia"):
    """Whether a message typed while our team's question waits is the answer to it. The
    message and the request are in the conversation's state, never in the button."""

    yes: bool


class PickChannel(CallbackData, prefix="ch"):
    """Which marketing messages to stop: one channel of ``workflows.marketing.CHANNELS`` or
    ``all``. The request itself is in the conversation's state."""

    channel: str


class KeepTicket(CallbackData, prefix="k"):
    """The answer "keep it" to "withdraw this request?": nothing changes."""

    ticket_id: int
