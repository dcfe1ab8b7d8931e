"""Personal-data breaches: the record art. 33 GDPR asks for, its clocks, and the notices.

The privacy policy promises learners a notice within 72 hours of a breach aimed at their data,
and art. 33(1) gives the CNIL the same 72 hours from awareness. A breach record holds what
art. 33(3) asks (nature, categories and approximate number of people and records, likely
consequences, measures, DPO contact); its notice texts (art. 34(2): the same in plain words,
and what the person can do) are written per language and approved by a staff member before any
notice goes out. Affected learners are imported from a file; each gets exactly one notice, on
their verified channel, queued through the outbox at a limited rate. The unique constraints of
``breach_notice`` (one row per learner and breach, one outbox item per row) and the outbox's
``dedupe_key`` make an interrupted and re-run import or sending neither lose nor double a
notice. A reply to a notice opens a ticket linked to the breach (:func:`notice_replied_to`).
Every change is an audit event with no ticket (``data["breach_id"]``).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from workflows.audit import append_event
from workflows.context import Context
from workflows.db import session_scope
from workflows.delivery import TELEGRAM, registered_route
from workflows.learners import normalise_email
from workflows.models import Breach, BreachNotice, BreachText, Learner, OutboxItem, OutboxStatus
from workflows.notices import LANGUAGES, language_or_default
from workflows.staff import NotStaff, require_staff

#: Art. 33(1) GDPR for the CNIL, and the privacy policy's promise to learners.
NOTICE_WINDOW = timedelta(hours=72)
TEMPLATE = "breach_notice"
#: Rows of the affected file matched and inserted per statement.
IMPORT_CHUNK = 1000


class BreachNotFound(LookupError, ValueError):
    """No breach has that number."""


class NotApproved(ValueError):
    """Notices cannot go out before a staff member approved their texts."""


@dataclass(frozen=True)
class Clock:
    """One 72-hour clock of a breach: who must be told, by when, and whether it is done."""

    name: str
    due_at: datetime
    done_at: datetime | None

    def left(self, now: datetime) -> timedelta:
        """Time left before the deadline (negative once it has passed)."""
        return self.due_at - now

    def describe(self, now: datetime, tz: ZoneInfo) -> str:
        """``CNIL: due 13/03/2026 09:00, 70h30 left`` (times in the desk's time zone)."""
        if self.done_at is not None:
            late = " (late)" if self.done_at > self.due_at else ""
            return f"{self.name}: done {self.done_at.astimezone(tz):%d/%m/%Y %H:%M}{late}"
        left = self.left(now)
        hours, minutes = divmod(int(abs(left).total_seconds()) // 60, 60)
        span = f"{hours}h{minutes:02d}"
        when = f"{span} left" if left >= timedelta(0) else f"OVERDUE by {span}"
        return f"{self.name}: due {self.due_at.astimezone(tz):%d/%m/%Y %H:%M}, {when}"


@dataclass(frozen=True)
class NoticeCounts:
    """Where the notices of a breach stand."""

    affected: int
    queued: int
    sent: int
    failed: int

    @property
    def not_queued(self) -> int:
        return self.affected - self.queued

    @property
    def pending(self) -> int:
        return self.queued - self.sent - self.failed


@dataclass
class AffectedReport:
    """What an import of affected learners did: rows matched (new, already there), and the
    lines that matched nobody."""

    added: int = 0
    already: int = 0
    unmatched: list[tuple[int, str]] = field(default_factory=list)


def _audit(
    session: Session, ctx: Context, breach: Breach, actor: str, what: str, **data: Any
) -> None:
    append_event(
        session,
        ticket_id=None,
        at=ctx.now(),
        actor=actor,
        command=what,
        from_state="",
        to_state="",
        reason=f"breach {breach.id}: {breach.title}"[:500],
        data={"breach_id": breach.id, **data},
    )


def _staff(session: Session, ctx: Context, by: str) -> str:
    return require_staff(session, name=by, configured_telegram_ids=ctx.settings.staff_user_ids)


def get_breach(session: Session, breach_id: int) -> Breach:
    breach = session.get(Breach, breach_id)
    if breach is None:
        raise BreachNotFound(f"no breach {breach_id}")
    return breach


def open_breach(session: Session, ctx: Context, *, by: str, **record: Any) -> Breach:
    """Record a breach (title, aware_at, nature and the other art. 33(3) fields)."""
    name = _staff(session, ctx, by)
    aware_at: datetime = record["aware_at"]
    if aware_at.tzinfo is None:
        raise ValueError("the time of awareness needs a time zone (e.g. 2026-03-10T08:00+01:00)")
    if aware_at > ctx.now():
        raise ValueError("the time of awareness is in the future")
    record.setdefault("dpo_contact", ctx.settings.dpo_address)
    breach = Breach(**record, opened_by=name, opened_at=ctx.now())
    session.add(breach)
    session.flush()
    _audit(session, ctx, breach, name, "breach_open", aware_at=aware_at.isoformat())
    return breach


def set_text(
    session: Session,
    ctx: Context,
    breach_id: int,
    language: str,
    *,
    by: str,
    nature: str,
    consequences: str,
    measures: str,
    advice: str,
) -> BreachText:
    """Write the notice text of one language; an approval given before no longer holds."""
    name = _staff(session, ctx, by)
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r}: one of {', '.join(LANGUAGES)}")
    breach = get_breach(session, breach_id)
    text = session.exec(
        select(BreachText).where(
            BreachText.breach_id == breach_id, BreachText.language == language
        )
    ).first() or BreachText(
        breach_id=breach_id, language=language, nature="", consequences="", measures="", advice=""
    )
    text.nature, text.consequences, text.measures, text.advice = (
        nature,
        consequences,
        measures,
        advice,
    )
    session.add(text)
    withdrawn = breach.approved_by
    breach.approved_by = breach.approved_at = None
    session.add(breach)
    _audit(
        session, ctx, breach, name, "breach_text", language=language, approval_withdrawn=withdrawn
    )
    return text


def texts(session: Session, breach_id: int) -> dict[str, BreachText]:
    rows = session.exec(select(BreachText).where(BreachText.breach_id == breach_id))
    return {t.language: t for t in rows}


def approve(session: Session, ctx: Context, breach_id: int, *, by: str) -> Breach:
    """A staff member approves the notice texts (every language must have one)."""
    breach = get_breach(session, breach_id)
    name = _staff(session, ctx, by)
    missing = [lang for lang in LANGUAGES if lang not in texts(session, breach_id)]
    if missing:
        raise NotApproved(f"breach {breach_id} has no notice text in {', '.join(missing)}")
    breach.approved_by, breach.approved_at = name, ctx.now()
    session.add(breach)
    _audit(session, ctx, breach, name, "breach_approve")
    return breach


def refuse(session: Session, ctx: Context, breach_id: int, by: str, action: str) -> None:
    """Log that someone who is not staff tried ``action`` on a breach (its own transaction)."""
    breach = get_breach(session, breach_id)
    _audit(session, ctx, breach, by, "note", refused=f"{action} by someone who is not staff")


def mark_cnil_notified(
    session: Session, ctx: Context, breach_id: int, *, by: str, at: datetime
) -> Breach:
    """Record when the CNIL was notified: that clock stops."""
    name = _staff(session, ctx, by)
    breach = get_breach(session, breach_id)
    breach.cnil_notified_at = at
    session.add(breach)
    _audit(session, ctx, breach, name, "breach_cnil_notified", at=at.isoformat())
    return breach


def notice_counts(session: Session, breach_id: int) -> NoticeCounts:
    rows = session.exec(
        select(OutboxItem.status, func.count())
        .select_from(BreachNotice)
        .join(OutboxItem, col(OutboxItem.id) == col(BreachNotice.outbox_item_id), isouter=True)
        .where(BreachNotice.breach_id == breach_id)
        .group_by(col(OutboxItem.status))
    ).all()
    by_status = {status: int(n) for status, n in rows}
    affected = sum(by_status.values())
    return NoticeCounts(
        affected=affected,
        queued=affected - by_status.get(None, 0),  # type: ignore[call-overload]
        sent=by_status.get(OutboxStatus.SENT, 0),
        failed=by_status.get(OutboxStatus.FAILED, 0),
    )


def clocks(session: Session, breach: Breach) -> list[Clock]:
    """The CNIL's clock and the learners' clock; the learners' is done when every affected
    learner's notice was delivered."""
    assert breach.id is not None
    due = breach.aware_at + NOTICE_WINDOW
    counts = notice_counts(session, breach.id)
    learners_done = None
    if counts.affected and counts.sent == counts.affected:
        learners_done = session.exec(
            select(func.max(OutboxItem.sent_at))
            .select_from(BreachNotice)
            .join(OutboxItem, col(OutboxItem.id) == col(BreachNotice.outbox_item_id))
            .where(BreachNotice.breach_id == breach.id)
        ).one()
    return [Clock("CNIL", due, breach.cnil_notified_at), Clock("learners", due, learners_done)]


def list_breaches(session: Session) -> list[Breach]:
    return list(session.exec(select(Breach).order_by(col(Breach.id).desc())))


# -- affected learners ------------------------------------------------------------------------


def read_affected(lines: Iterable[str]) -> Iterator[tuple[int, str, str]]:
    """(line number, learner number or email, categories) of each row of an affected file.

    The first column names the learner; an optional second one the categories of their data
    the breach exposed. A first row whose first cell is ``learner``, ``learner_id`` or
    ``email`` is a header.
    """
    for number, row in enumerate(csv.reader(lines), start=1):
        if not row or not row[0].strip():
            continue
        key = row[0].strip()
        if number == 1 and key.lower() in {"learner", "learner_id", "email"}:
            continue
        yield number, key, (row[1].strip() if len(row) > 1 else "")


def _insert_ignoring_duplicates(session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert notices, skipping any (breach, learner) already there; returns how many were new."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    table = BreachNotice.__table__  # type: ignore[attr-defined]
    if dialect == "postgresql":
        statement: Any = postgresql.insert(table).on_conflict_do_nothing()
    elif dialect == "sqlite":
        statement = sqlite.insert(table).on_conflict_do_nothing()
    else:  # pragma: no cover - the desk runs on SQLite and PostgreSQL
        statement = insert(table)
    # rows of an executemany are counted by what RETURNING gives back (psycopg's rowcount is -1)
    return len(session.execute(statement.returning(table.c.id), rows).all())


def import_affected(
    session: Session,
    ctx: Context,
    breach_id: int,
    lines: Iterable[str],
    *,
    by: str,
    progress: Callable[[int], object] | None = None,
) -> AffectedReport:
    """Match each row against the learner directory and add it as an affected learner."""
    name = _staff(session, ctx, by)
    breach = get_breach(session, breach_id)
    report = AffectedReport()
    rows = read_affected(lines)
    now = ctx.now()
    while chunk := list(islice(rows, IMPORT_CHUNK)):
        emails = {normalise_email(k) for _, k, _ in chunk if "@" in k}
        numbers = {k for _, k, _ in chunk if "@" not in k}
        found = session.exec(
            select(Learner.id, Learner.learner_id, Learner.email).where(
                col(Learner.email).in_(emails) | col(Learner.learner_id).in_(numbers)
            )
        ).all()
        by_number = {number: pk for pk, number, _ in found}
        by_email: dict[str, list[int | None]] = {}
        for pk, _, email in found:
            by_email.setdefault(email, []).append(pk)
        new: dict[int, dict[str, Any]] = {}
        for line, key, categories in chunk:
            pks = by_email.get(normalise_email(key), []) if "@" in key else [by_number.get(key)]
            matched = [pk for pk in pks if pk is not None]
            if not matched:
                report.unmatched.append((line, key))
            for pk in matched:
                new.setdefault(
                    pk,
                    {
                        "breach_id": breach_id,
                        "learner_pk": pk,
                        "categories": categories,
                        "outbox_item_id": None,
                        "ticket_id": None,
                        "created_at": now,
                    },
                )
        added = _insert_ignoring_duplicates(session, list(new.values()))
        report.added += added
        report.already += len(new) - added
        if progress is not None:
            progress(len(chunk))
    _audit(
        session,
        ctx,
        breach,
        name,
        "breach_affected",
        added=report.added,
        already=report.already,
        unmatched=len(report.unmatched),
    )
    return report


# -- sending ----------------------------------------------------------------------------------


def notice_key(breach_id: int, learner_pk: int) -> str:
    """The outbox's dedupe key of a learner's notice: unique, so never queued twice."""
    return f"breach:{breach_id}:{learner_pk}"


def last_slot_of(session: Session, breach_id: int) -> datetime | None:
    """When the last notice queued for the breach is due to go out (the throttle's end)."""
    return session.exec(
        select(func.max(OutboxItem.next_attempt_at))
        .select_from(BreachNotice)
        .join(OutboxItem, col(OutboxItem.id) == col(BreachNotice.outbox_item_id))
        .where(BreachNotice.breach_id == breach_id)
    ).one()


def queue_batch(
    session: Session, ctx: Context, breach_id: int, *, by: str, per_minute: int, limit: int
) -> int:
    """Queue the notices of up to ``limit`` affected learners not yet queued; returns how many.

    Each notice goes to the learner's linked chat, else their registered email, in their
    language; the outbox sends them ``per_minute`` a minute (each item is due one slot after
    the last one queued for this breach), so the relay is never flooded.
    """
    name = _staff(session, ctx, by)
    breach = get_breach(session, breach_id)
    if breach.approved_at is None:
        raise NotApproved(f"breach {breach_id}: its notice texts are not approved")
    written = texts(session, breach_id)
    waiting = session.exec(
        select(BreachNotice, Learner)
        .join(Learner, col(Learner.id) == col(BreachNotice.learner_pk))
        .where(BreachNotice.breach_id == breach_id, col(BreachNotice.outbox_item_id).is_(None))
        .order_by(col(BreachNotice.id))
        .limit(limit)
    ).all()
    if not waiting:
        return 0
    last_slot = last_slot_of(session, breach_id)
    step = timedelta(minutes=1) / per_minute
    slot = max(ctx.now(), last_slot + step) if last_slot is not None else ctx.now()
    for notice, learner in waiting:
        language = language_or_default(learner.language)
        item = ctx.notify(
            session,
            None,
            TEMPLATE,
            route=registered_route(learner, TELEGRAM),
            personal=True,
            automatic=False,
            language=language,
            dedupe_key=notice_key(breach_id, notice.learner_pk),
            recipient_learner=learner,
            breach=breach,
            notice_text=written[language],
            exposed=notice.categories,
        )
        item.next_attempt_at = slot
        slot += step
        session.add(item)
        taken = session.execute(
            update(BreachNotice)
            .where(col(BreachNotice.id) == notice.id, col(BreachNotice.outbox_item_id).is_(None))
            .values(outbox_item_id=item.id)
            # the batch's rows are not read again: no walk over the session per statement
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            raise IntegrityError("breach notice queued by someone else", None, Exception())
    _audit(session, ctx, breach, name, "breach_notices_queued", count=len(waiting))
    return len(waiting)


def queue_notices(
    engine: Engine,
    ctx: Context,
    breach_id: int,
    *,
    by: str,
    per_minute: int,
    batch: int = 200,
    progress: Callable[[int], object] | None = None,
) -> int:
    """Queue every notice not yet queued, one transaction per batch; safe to interrupt and run
    again (another run that queued the same notices first makes a batch roll back and retry)."""
    total = 0
    while True:
        try:
            with session_scope(engine) as session:
                done = queue_batch(
                    session, ctx, breach_id, by=by, per_minute=per_minute, limit=batch
                )
        except IntegrityError:
            continue
        if not done:
            return total
        total += done
        if progress is not None:
            progress(done)


# -- replies ----------------------------------------------------------------------------------


def notice_replied_to(session: Session, message_ids: Iterable[str]) -> BreachNotice | None:
    """The breach notice a mail answers, from its ``In-Reply-To`` and ``References``."""
    ids = [i for i in message_ids if i]
    if not ids:
        return None
    return session.exec(
        select(BreachNotice)
        .join(OutboxItem, col(OutboxItem.id) == col(BreachNotice.outbox_item_id))
        .where(col(OutboxItem.message_id).in_(ids))
    ).first()


# -- the front door ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BreachView:
    """A breach as staff read it: the record, its notice texts, notices and clocks."""

    breach: Breach
    texts: dict[str, BreachText]
    counts: NoticeCounts
    clocks: list[Clock]
    #: When the last queued notice is due to leave, at the configured rate (None: none queued).
    last_slot: datetime | None = None


class Breaches:
    """The breach operations for the command line (and later the staff console): each one
    transaction, deciders checked against the staff list inside it."""

    def __init__(self, engine: Engine, ctx: Context) -> None:
        self.engine = engine
        self.ctx = ctx

    def _run(self, work: Callable[[Session], Any]) -> Any:
        with session_scope(self.engine) as session:
            return work(session)

    def open(self, *, by: str, **record: Any) -> Breach:
        return self._run(lambda s: open_breach(s, self.ctx, by=by, **record))  # type: ignore[no-any-return]

    def set_text(self, breach_id: int, language: str, *, by: str, **text: str) -> BreachText:
        return self._run(lambda s: set_text(s, self.ctx, breach_id, language, by=by, **text))  # type: ignore[no-any-return]

    def approve(self, breach_id: int, *, by: str) -> Breach:
        """Approve the notice texts; a refusal (not staff) is logged in its own transaction."""
        try:
            return self._run(lambda s: approve(s, self.ctx, breach_id, by=by))  # type: ignore[no-any-return]
        except NotStaff:
            self._run(lambda s: refuse(s, self.ctx, breach_id, by, "approve the notice texts"))
            raise

    def cnil_notified(self, breach_id: int, *, by: str, at: datetime) -> Breach:
        return self._run(lambda s: mark_cnil_notified(s, self.ctx, breach_id, by=by, at=at))  # type: ignore[no-any-return]

    def import_affected(
        self,
        breach_id: int,
        lines: Iterable[str],
        *,
        by: str,
        progress: Callable[[int], object] | None = None,
    ) -> AffectedReport:
        return self._run(  # type: ignore[no-any-return]
            lambda s: import_affected(s, self.ctx, breach_id, lines, by=by, progress=progress)
        )

    def send(
        self,
        breach_id: int,
        *,
        by: str,
        batch: int = 200,
        progress: Callable[[int], object] | None = None,
    ) -> int:
        """Queue every approved notice not yet queued, at the configured rate."""
        return queue_notices(
            self.engine,
            self.ctx,
            breach_id,
            by=by,
            per_minute=self.ctx.settings.breach_notices_per_minute,
            batch=batch,
            progress=progress,
        )

    def show(self, breach_id: int) -> BreachView:
        def work(session: Session) -> BreachView:
            breach = get_breach(session, breach_id)
            return BreachView(
                breach,
                texts(session, breach_id),
                notice_counts(session, breach_id),
                clocks(session, breach),
                last_slot_of(session, breach_id),
            )

        return self._run(work)  # type: ignore[no-any-return]

    def list(self) -> list[BreachView]:
        def work(session: Session) -> list[BreachView]:
            return [
                BreachView(b, {}, notice_counts(session, b.id or 0), clocks(session, b))
                for b in list_breaches(session)
            ]

        return self._run(work)  # type: ignore[no-any-return]
