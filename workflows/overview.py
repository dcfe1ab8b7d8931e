"""Figures for the DPO's accountability report: requests per week by type, time to answer
(median and 90th percentile), on-time rate, and open requests by state."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from workflows.lifecycle import OPEN
from workflows.models import Ticket
from workflows.queue import open_counts


@dataclass(frozen=True)
class Overview:
    weeks: list[date]  #: Mondays, oldest first
    per_week: dict[date, Counter[str]]  #: request type → count, per week of receipt
    answered: int
    median_days: float | None
    p90_days: float | None
    on_time_rate: float | None  #: answered by the due date in force, of those answered
    open_by_state: dict[str, int]


def overview(session: Session, *, now: datetime, tz: ZoneInfo, weeks: int = 12) -> Overview:
    """The figures over the last ``weeks`` weeks (local weeks, Monday first)."""
    today = now.astimezone(tz).date()
    first = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    mondays = [first + timedelta(weeks=n) for n in range(weeks)]
    start = datetime(first.year, first.month, first.day, tzinfo=tz)
    per_week: dict[date, Counter[str]] = {monday: Counter() for monday in mondays}
    durations: list[float] = []
    on_time = 0
    rows = session.exec(select(Ticket).where(col(Ticket.received_at) >= start))
    open_states = {s.value for s in OPEN}
    for ticket in rows:
        day = ticket.received_at.astimezone(tz).date()
        per_week[day - timedelta(days=day.weekday())][ticket.request_type] += 1
        if ticket.closed_at is not None and ticket.state not in open_states:
            durations.append((ticket.closed_at - ticket.received_at).total_seconds() / 86400)
            on_time += ticket.closed_at <= ticket.effective_due_at
    quantiles = statistics.quantiles(durations, n=10) if len(durations) >= 2 else []
    return Overview(
        weeks=mondays,
        per_week=per_week,
        answered=len(durations),
        median_days=statistics.median(durations) if durations else None,
        p90_days=quantiles[8] if quantiles else (durations[0] if durations else None),
        on_time_rate=on_time / len(durations) if durations else None,
        open_by_state=open_counts(session),
    )
