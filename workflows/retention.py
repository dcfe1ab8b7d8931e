"""Retention arithmetic and the erasure plan (DESIGN §8).

For each category the plan says "erase now" or "keep until DATE because RULE", from the data
map's retention rules and the learner's dates (the latest of the rule's ``after`` columns over
the learner's rows). The plan is plain JSON so it can be stored on the ticket, shown to staff,
approved, and executed exactly as approved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from workflows.datamap import Category, DataMap, RetentionRule

Rows = Mapping[str, list[dict[str, Any]]]

#: Why a category is erased or kept (the templates word each case).
ERASE_REQUESTED = "requested"  # no obligation to keep it: erased on request
ERASE_EXPIRED = "expired"  # its retention period is over
ERASE_NO_DATE = "no_date"  # no date to run a retention period from: nothing justifies keeping it
NOTHING_HELD = "nothing_held"
ERASE_MINOR = "minor"  # collected while a minor: erased without delay (LIL art. 51)
KEEP_RETENTION = "retention"  # a legal or contractual retention period still runs
KEEP_LINKED = "linked"  # needed as long as another kept category


def as_date(value: Any) -> date | None:
    """A date from a date, a datetime or an ISO string; None when it is none of those."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "t", "yes", "y", "oui"}
    return bool(value)


def applicable_rule(category: Category, rows: Rows) -> RetentionRule:
    """The rule in force: the main one, or ``otherwise`` when its ``when`` column is never true."""
    rule = category.retention
    while rule.when is not None and rule.otherwise is not None:
        if any(_truthy(row.get(rule.when)) for row in rows.get(category.name, [])):
            return rule
        rule = rule.otherwise
    return rule


def anchor_date(rule: RetentionRule, rows: Rows) -> date | None:
    """The latest of the rule's ``after`` dates over the learner's rows."""
    dates = [
        found
        for category, column in rule.after
        for row in rows.get(category, [])
        if (found := as_date(row.get(column))) is not None
    ]
    return max(dates) if dates else None


def row_limits(category: Category, rows: Rows) -> list[tuple[dict[str, Any], date | None]]:
    """Each row of a ``per_row`` category with the day its own period ends: the rule its own
    ``when`` column selects, counted from its own dates (and the other categories' dates)."""
    found: list[tuple[dict[str, Any], date | None]] = []
    for row in rows.get(category.name, []):
        rule: RetentionRule | None = category.retention
        while rule is not None and rule.when is not None and not _truthy(row.get(rule.when)):
            rule = rule.otherwise
        if rule is None or rule.keep is None:
            found.append((row, None))
            continue
        anchor = anchor_date(rule, {**dict(rows), category.name: [row]})
        found.append((row, None if anchor is None else anchor + rule.keep.delta()))
    return found


def retention_limit(category: Category, rows: Rows) -> date | None:
    """The day a category's retention period ends for this learner (None: no date known)."""
    if category.retention.per_row:
        limits = [limit for _row, limit in row_limits(category, rows) if limit is not None]
        return max(limits) if limits else None
    rule = applicable_rule(category, rows)
    if rule.keep is None:
        return None
    anchor = anchor_date(rule, rows)
    return None if anchor is None else anchor + rule.keep.delta()


def _collected_as_minor(rule: RetentionRule, rows: Rows, adult_on: date | None) -> bool:
    anchor = anchor_date(rule, rows)
    return (
        not rule.keep_for_minors
        and adult_on is not None
        and anchor is not None
        and anchor < adult_on
    )


@dataclass(frozen=True)
class PlanEntry:
    """What happens to one category."""

    category: str
    action: str  # "erase" or "keep"
    basis: str
    rows: int
    keep_until: date | None
    limit: date | None
    title: dict[str, str]
    rule: dict[str, str]
    ground: dict[str, str] | None = None
    #: Rows of a ``per_row`` category whose own period is over: erased now, the others kept.
    erase_rows: tuple[dict[str, Any], ...] = ()
    #: The day the next kept row's period ends (``per_row``): when the next erasure is due.
    next_until: date | None = None
    #: The only fields kept (the others are erased at once).
    fields: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "action": self.action,
            "basis": self.basis,
            "rows": self.rows,
            "keep_until": self.keep_until.isoformat() if self.keep_until else None,
            "limit": self.limit.isoformat() if self.limit else None,
            "title": self.title,
            "rule": self.rule,
            "ground": self.ground,
            "erase_rows": list(self.erase_rows),
            "next_until": self.next_until.isoformat() if self.next_until else None,
            "fields": list(self.fields),
        }


def erasure_plan(
    datamap: DataMap, rows: Rows, today: date, *, adult_on: date | None = None
) -> list[PlanEntry]:
    """Per category: erase now, or keep until a date because of its rule.

    A period still running on ``today`` keeps a ``when_expired`` category until the day it ends
    (it is erased the day after: kept *until* that date inclusive). ``on_request`` categories are
    erased whatever their period; ``keep_while`` categories follow the categories they serve.
    Data collected while the learner was a minor (every date the rule counts from is before
    ``adult_on``, their 18th birthday) is kept only by a rule that holds for minors (a legal
    obligation): the rest is erased without delay (LIL art. 51), whatever their age today.
    """
    entries: dict[str, PlanEntry] = {}

    def entry(
        category: Category, action: str, basis: str, until: date | None, limit: date | None
    ) -> PlanEntry:
        rule = applicable_rule(category, rows)
        return PlanEntry(
            category=category.name,
            action=action,
            basis=basis,
            rows=len(rows.get(category.name, [])),
            keep_until=until,
            limit=limit,
            title=category.title,
            rule=rule.text,
            ground=rule.ground,
        )

    linked: list[Category] = []
    for category in datamap.categories.values():
        rule = applicable_rule(category, rows)
        if rule.keep_while:
            linked.append(category)
            continue
        limit = retention_limit(category, rows)
        if not rows.get(category.name):
            entries[category.name] = entry(category, "erase", NOTHING_HELD, None, limit)
        elif category.erasure == "on_request":
            entries[category.name] = entry(category, "erase", ERASE_REQUESTED, None, limit)
        elif limit is None:
            entries[category.name] = entry(category, "erase", ERASE_NO_DATE, None, None)
        elif limit >= today and _collected_as_minor(rule, rows, adult_on):
            entries[category.name] = entry(category, "erase", ERASE_MINOR, None, limit)
        elif limit >= today and category.retention.per_row:
            limits = row_limits(category, rows)
            kept = [until for _row, until in limits if until is not None and until >= today]
            entries[category.name] = replace(
                entry(category, "keep", KEEP_RETENTION, limit, limit),
                erase_rows=tuple(r for r, until in limits if until is None or until < today),
                next_until=min(kept),
            )
        elif limit >= today:
            entries[category.name] = entry(category, "keep", KEEP_RETENTION, limit, limit)
        else:
            entries[category.name] = entry(category, "erase", ERASE_EXPIRED, None, limit)
    for category in linked:
        rule = applicable_rule(category, rows)
        kept = [
            e.keep_until
            for name in rule.keep_while
            if (e := entries.get(name)) is not None and e.action == "keep" and e.keep_until
        ]
        if kept and rows.get(category.name):
            until = max(kept)
            entries[category.name] = replace(
                entry(category, "keep", KEEP_LINKED, until, until), fields=rule.keep_fields
            )
        elif not rows.get(category.name):
            entries[category.name] = entry(category, "erase", NOTHING_HELD, None, None)
        else:
            entries[category.name] = entry(category, "erase", ERASE_REQUESTED, None, None)
    return [entries[name] for name in datamap.categories]


def plan_json(entries: list[PlanEntry], today: date) -> dict[str, Any]:
    """The plan as stored on the ticket."""
    return {"computed_on": today.isoformat(), "entries": [e.as_json() for e in entries]}
