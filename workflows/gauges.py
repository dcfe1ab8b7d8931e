"""Figures read from the database at each Prometheus scrape: open tickets by state, overdue
tickets, the outbox backlog and its oldest item, inbound mail waiting to be read.

Every instance on one database reports the same figures (alert on ``max``, not ``sum``). One
short read-only transaction per scrape; when the database does not answer,
``privacy_desk_database_up`` is 0 and the other figures are left out rather than reported as 0.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import datetime

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from workflows.db import session_scope
from workflows.mailbox import InboundStatus
from workflows.models import InboundMessage, OutboxItem, OutboxStatus
from workflows.queue import open_counts, overdue_count

log = logging.getLogger(__name__)
#: The outbox statuses the gauges count: waiting to be sent, and given up.
WATCHED = (OutboxStatus.PENDING, OutboxStatus.FAILED)


class DatabaseGauges(Collector):
    """A Prometheus collector over the desk's database."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self.clock = clock

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "privacy_desk_database_up", "1 when the database answered this scrape, else 0."
        )
        try:
            with session_scope(self.engine) as session:
                figures = list(self._read(session))
        except Exception as exc:  # a scrape must answer even when the database does not
            log.warning("metrics: the database did not answer (%s)", type(exc).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from figures

    def _read(self, session: Session) -> Iterator[Metric]:
        now = self.clock()
        tickets = GaugeMetricFamily(
            "privacy_desk_tickets", "Open tickets, by state.", labels=["state"]
        )
        for state, count in sorted(open_counts(session).items()):
            tickets.add_metric([state], count)
        yield tickets
        yield GaugeMetricFamily(
            "privacy_desk_tickets_overdue",
            "Open tickets past their legal due date (extended date when extended).",
            value=overdue_count(session, now=now),
        )
        outbox = GaugeMetricFamily(
            "privacy_desk_outbox_items",
            "Outgoing messages waiting to be sent (pending) or given up (failed).",
            labels=["status"],
        )
        counts = dict(
            session.exec(
                select(OutboxItem.status, func.count())
                .where(col(OutboxItem.status).in_(WATCHED))
                .group_by(OutboxItem.status)
            ).all()
        )
        for status in WATCHED:
            outbox.add_metric([status.value], counts.get(status, 0))
        yield outbox
        oldest = session.exec(
            select(func.min(OutboxItem.created_at)).where(
                OutboxItem.status == OutboxStatus.PENDING
            )
        ).one()
        age = (now - oldest).total_seconds() if oldest is not None else 0.0
        yield GaugeMetricFamily(
            "privacy_desk_outbox_oldest_pending_seconds",
            "Age of the oldest outgoing message still waiting (0 when none waits).",
            value=max(age, 0.0),
        )
        waiting = session.exec(
            select(func.count())
            .select_from(InboundMessage)
            .where(InboundMessage.status == InboundStatus.STORED)
        ).one()
        yield GaugeMetricFamily(
            "privacy_desk_inbound_waiting",
            "Inbound mail stored and not yet read (the intake backlog).",
            value=waiting,
        )
