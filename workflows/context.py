"""What every core operation needs: settings, the notice renderer, the time zone, the classifier.

:meth:`Context.move` is how the core changes a ticket's state: the transition of
:mod:`workflows.tickets` plus the notice that the command implies, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlmodel import Session

from workflows import staffchat
from workflows.config import Settings
from workflows.datamap import DataMap
from workflows.delivery import STAFF, Route, check_route, route_for
from workflows.details import details_of
from workflows.lifecycle import TERMINAL, Command, State
from workflows.metrics import Metrics
from workflows.models import Learner, OutboxItem, OutboxStatus, Ticket, utcnow
from workflows.notices import Renderer
from workflows.outbox import enqueue
from workflows.proofvault import ProofKey, wipe_when_decided
from workflows.requests import RequestType
from workflows.staff import DECISIONS, card_facts, decisions_offered
from workflows.tickets import transition


class ClassificationLike(Protocol):
    """What intake needs from a classification (see :mod:`workflows.classifier`)."""

    @property
    def labels(self) -> tuple[RequestType, ...]: ...
    @property
    def confidence(self) -> float: ...
    @property
    def language(self) -> str: ...
    @property
    def low_confidence(self) -> bool: ...
    def as_json(self) -> dict[str, object]: ...


class ClassifierLike(Protocol):
    """What the core needs of a classifier (:class:`workflows.classifier.Classifier`)."""

    def classify(self, subject: str, text: str) -> ClassificationLike: ...


#: The notice each command sends to the requester (DESIGN §3, automatic acknowledgements).
ESCALATION = "staff_escalation"  # the staff card that asks for a decision
COMPLETED = "completed"  # the notice a carried-out request ends with
PREVIEW_CHARS = 900  # the requester's text on a staff card: a few lines

NOTICE_FOR: dict[Command, str] = {
    Command.CONFIRM_IDENTITY: "identity_confirmed",
    Command.EXTEND: "extended",
    Command.COMPLETE: COMPLETED,
    Command.REJECT: "rejected",
    Command.CANCEL: "cancelled",
    Command.EXPIRE: "expired",
    Command.ASK_REQUESTER: "information_needed",
    Command.REMIND: "reminder",
}


def _default_clock() -> datetime:
    return utcnow()


@dataclass
class Context:
    """Dependencies of the core, built once by the composition root."""

    settings: Settings
    renderer: Renderer
    classifier: ClassifierLike
    clock: Callable[[], datetime] = field(default=_default_clock)
    metrics: Metrics = field(default_factory=Metrics)
    #: the data map in use: read once (by ``serve`` at start and on ``SIGHUP``, or on first
    #: use), never per call; see :func:`workflows.fulfilment.data_map`
    data_map: DataMap | None = None
    #: the proof key, read once (the composition root passes it; else read on first use)
    proof_key: ProofKey | None = None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.settings.timezone)

    def now(self) -> datetime:
        return self.clock()

    @property
    def keys(self) -> ProofKey:
        """The proof key and its derived keys."""
        if self.proof_key is None:
            self.proof_key = ProofKey.from_settings(self.settings)
        return self.proof_key

    def notify(
        self,
        session: Session,
        ticket: Ticket | None,
        template: str,
        *,
        route: Route | None = None,
        personal: bool = False,
        automatic: bool = True,
        language: str | None = None,
        dedupe_key: str | None = None,
        attachments: list[dict[str, Any]] | None = None,
        recipient_learner: Learner | None = None,
        **context: Any,
    ) -> OutboxItem:
        """Queue a notice about ``ticket``; the route is decided by :mod:`workflows.delivery`.

        Personal content on a route the delivery policy does not allow raises
        :class:`workflows.delivery.DeliveryRefused`; ``recipient_learner`` names the learner of
        a message that belongs to no ticket (a code asked for from the chat).
        """
        if route is None:
            assert ticket is not None
            route = route_for(session, ticket, personal=personal)
        check_route(session, ticket, route, personal=personal, learner=recipient_learner)
        lang = language or (ticket.language if ticket else "fr")
        return enqueue(
            session,
            self.renderer,
            route=route,
            template=template,
            language=lang,
            context={"settings": self.settings, "now": self.now(), **context},
            ticket=ticket,
            personal=personal,
            automatic=automatic,
            dedupe_key=dedupe_key,
            mail_domain=self.settings.mail_domain,
            attachments=attachments,
            rate_limit_per_hour=self.settings.ack_rate_limit_per_hour,
            now=self.now(),
        )

    def approval_preview(self, ticket: Ticket) -> str:
        """What the requester will read if staff approve, as the chat says it (the short
        rendering of the completion notice), cut to fit a card: the outcome in full where the
        plan already says it (an erasure), else its first line."""
        predicted: dict[str, Any] = {}
        plan = details_of(ticket).erasure_plan
        if ticket.request_type == RequestType.ERASURE.value and plan and plan.entries:
            predicted["result"] = {"plan": [entry.model_dump() for entry in plan.entries]}
        text = self.renderer.chat_text(
            COMPLETED, ticket.language, ticket=ticket, settings=self.settings, **predicted
        ).strip()
        if len(text) <= PREVIEW_CHARS:
            return text
        return text[:PREVIEW_CHARS].rsplit("\n", 1)[0].rstrip() + "\n…"

    def notify_staff(
        self, session: Session, ticket: Ticket | None, template: str, **context: Any
    ) -> OutboxItem | None:
        """Post to the staff chat when one is configured (the CLI shows the queue regardless).

        A notice about a ticket beyond the chat's messages a minute is held for the next digest
        (:mod:`workflows.staffchat`), so a burst of requests cannot flood the staff chat.
        """
        if self.settings.staff_chat_id is None:
            return None
        route = Route(STAFF, str(self.settings.staff_chat_id), verified=True)
        hold = ticket is not None and staffchat.chat_is_full(
            session, route.recipient, self.settings.staff_chat_max_per_minute, self.now()
        )
        if ticket is not None and template == ESCALATION:
            today = self.now().astimezone(self.tz).date()
            facts = card_facts(session, ticket, today)
            context = {**facts, "preview": self.approval_preview(ticket), **context}
        item = self.notify(
            session, ticket, template, route=route, language="fr", automatic=False, **context
        )
        if ticket is not None and template == ESCALATION:
            item.headers = {**(item.headers or {}), DECISIONS: decisions_offered(ticket)}
        if hold:
            item.status = OutboxStatus.HELD
            session.add(item)
        return item

    def move(
        self,
        session: Session,
        ticket: Ticket,
        command: Command,
        *,
        actor: str,
        reason: str | None = None,
        data: dict[str, Any] | None = None,
        changes: dict[str, Any] | None = None,
        notice: str | None = "",
        **notice_context: Any,
    ) -> State:
        """Transition ``ticket`` and queue the notice the command implies.

        ``notice`` overrides the implied template; ``None`` sends nothing (a silent move).
        """
        state = transition(
            session,
            ticket,
            command,
            actor=actor,
            reason=reason,
            data=data,
            changes=changes,
            now=self.now(),
        )
        template = NOTICE_FOR.get(command) if notice == "" else notice
        if template:
            self.notify(session, ticket, template, reason=reason, **notice_context)
        if command is Command.REQUEST_APPROVAL:
            self.notify_staff(session, ticket, ESCALATION, reason=reason)
        if command is Command.APPROVE or (state in TERMINAL and command is not Command.NOTE):
            wipe_when_decided(session, ticket, actor=actor, now=self.now())
        return state
