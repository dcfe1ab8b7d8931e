"""What the desk counts for Prometheus: messages in, refusals, quarantine, verification failures,
classifications, and how long intake and delivery take.

Each :class:`Metrics` has its own registry (the composition root makes one per process, a test
one per desk). The core reaches it from a session through the engine the desk bound it to
(:func:`bind`), as the audit chain reaches its key, and counts only what a transaction
committed (:func:`after_commit`): a rolled-back attempt retried later is counted once. Figures
read from the database (tickets by state, overdue, outbox backlog) are
:mod:`workflows.gauges`. Labels never carry personal data: a source, a status, a channel.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.registry import Collector
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

#: seconds; from a fraction of a second (a quiet desk) to several minutes (a burst)
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)


class Metrics:
    """The process's counters and histograms, in a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.received = Counter(
            "privacy_desk_messages_received",
            "Inbound mail stored (answered 250 by the listener, or taken from the mailbox).",
            ["source"],
            registry=r,
        )
        self.refused = Counter(
            "privacy_desk_messages_refused",
            "SMTP commands refused: 550 unknown recipient, 552 too big, 451 not stored.",
            ["code"],
            registry=r,
        )
        self.quarantined = Counter(
            "privacy_desk_messages_quarantined",
            "Inbound mail that could not be read, kept raw for staff.",
            registry=r,
        )
        self.verification_failures = Counter(
            "privacy_desk_verification_failures",
            "Wrong identity codes or links.",
            registry=r,
        )
        self.classifications = Counter(
            "privacy_desk_classifications",
            "Requests the classifier read, by whether it was unsure (low_confidence).",
            ["confidence"],
            registry=r,
        )
        self.intake_seconds = Histogram(
            "privacy_desk_intake_seconds",
            "From receipt by the listener to the message's decision (tickets opened, reply "
            "joined, duplicate dropped).",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.delivery_seconds = Histogram(
            "privacy_desk_delivery_seconds",
            "From an outgoing message's creation to its delivery to the relay or chat.",
            ["channel"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self._database: Collector | None = None

    def watch(self, collector: Collector) -> None:
        """Read ``collector`` (figures from the database) at every scrape, instead of the one
        watched before."""
        if self._database is not None:
            self.registry.unregister(self._database)
        self.registry.register(collector)
        self._database = collector


#: The metrics of each engine, bound by the desk. An unbound engine counts nowhere.
_BOUND: weakref.WeakKeyDictionary[Engine, Metrics] = weakref.WeakKeyDictionary()
_AFTER_COMMIT = "metrics_after_commit"


def bind(engine: Engine, metrics: Metrics) -> None:
    """Count what is committed through ``engine`` in ``metrics``."""
    _BOUND[engine] = metrics


def metrics_of(engine: Engine) -> Metrics | None:
    """The metrics bound to ``engine``, if any."""
    return _BOUND.get(engine)


def after_commit(session: Session, count: Callable[[Metrics], object]) -> None:
    """Call ``count`` with the session's metrics once its transaction commits (never if it
    rolls back); nothing when no metrics are bound to the session's engine."""
    bind_ = session.get_bind()
    metrics = _BOUND.get(bind_) if isinstance(bind_, Engine) else None
    if metrics is None:
        return
    waiting = session.info.get(_AFTER_COMMIT)
    if waiting is None:
        waiting = session.info[_AFTER_COMMIT] = []
        if not event.contains(session, "after_commit", _count):
            event.listen(session, "after_commit", _count)
            event.listen(session, "after_rollback", _forget)
    waiting.append(lambda: count(metrics))


def _count(session: Session) -> None:
    for count in session.info.pop(_AFTER_COMMIT, []):
        count()


def _forget(session: Session) -> None:
    session.info.pop(_AFTER_COMMIT, None)
