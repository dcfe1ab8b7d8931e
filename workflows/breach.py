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
Where art. 34(3) exempts the controller, a DPO records that the learners are not told one by
one, on which ground and why (:func:`waive_learners`): the learners' clock stops, no notice can
be queued after it, and the record for the CNIL states the decision instead of a notification
log. Every change is an audit event with no ticket (``data["breach_id"]``).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import String, cast, func, insert, literal, update
from sqlalchemy import select as columns  # more columns than sqlmodel's select types
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from workflows.audit import append_event
from workflows.context import Context
from workflows.db import session_scope
from workflows.delivery import EMAIL, TELEGRAM, Route, registered_address
from workflows.learners import normalise_email
from workflows.models import (
    Breach,
    BreachNotice,
    BreachText,
    Learner,
    OutboxItem,
    OutboxStatus,
    Ticket,
)
from workflows.notices import LANGUAGES, Rendered, Renderer, language_or_default
from workflows.outbox import item_values
from workflows.staff import NotStaff, Role, list_staff, require_staff

#: Art. 33(1) GDPR for the CNIL, and the privacy policy's promise to learners.
NOTICE_WINDOW = timedelta(hours=72)
TEMPLATE = "breach_notice"
#: Rows of the affected file matched and inserted per statement.
IMPORT_CHUNK = 1000


class BreachNotFound(LookupError, ValueError):
    """No breach has that number."""


class NotApproved(ValueError):
    """Notices cannot go out before a staff member approved their texts."""


class NoticesQueued(ValueError):
    """The learners' notices are on their way: telling them is no longer a decision to make."""


class LearnersWaived(ValueError):
    """A DPO decided the learners of this breach are not told one by one (art. 34(3))."""


#: The grounds of art. 34(3) GDPR on which the learners need not be told one by one: (a) the
#: data were unintelligible to anyone not authorised (encrypted), (b) later measures make the
#: high risk no longer likely, (c) it would take disproportionate effort (a public
#: communication is made instead).
WAIVER_GROUNDS = ("a", "b", "c")
PUBLIC_COMMUNICATION = "c"
WAIVE = "decide the learners are not told"
CLOCK = "staff_breach_clock"


@dataclass(frozen=True)
class Clock:
    """One 72-hour clock of a breach: who must be told, by when, and whether it is done (or, for
    the learners', stopped by a DPO's art. 34(3) decision on the ground ``waived``)."""

    name: str
    due_at: datetime
    done_at: datetime | None
    waived: str | None = None

    def left(self, now: datetime) -> timedelta:
        """Time left before the deadline (negative once it has passed)."""
        return self.due_at - now


def describe_clock(renderer: Renderer, clock: Clock, now: datetime, language: str) -> str:
    """One line on a clock in the reader's language (``templates/notices/staff_breach_clock``):
    done when, stopped by a waiver, or the time left or overdue."""
    left = clock.left(now)
    hours, minutes = divmod(int(abs(left).total_seconds()) // 60, 60)
    return renderer.line(
        CLOCK,
        language,
        clock=clock,
        overdue=left < timedelta(0),
        span=f"{hours}h{minutes:02d}",
    )


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


def get_breach(session: Session, breach_id: int, *, lock: bool = False) -> Breach:
    """The breach; ``lock``: its row stays locked until the transaction ends (PostgreSQL), so
    a waiver and a sending of its notices never both go through."""
    breach = session.get(Breach, breach_id, with_for_update=lock)
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


def refuse(
    session: Session,
    ctx: Context,
    breach_id: int,
    by: str,
    action: str,
    why: str = "someone who is not staff",
) -> None:
    """Log that someone not allowed tried ``action`` on a breach (its own transaction)."""
    breach = get_breach(session, breach_id)
    _audit(session, ctx, breach, by, "note", refused=f"{action} by {why}")


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


def waive_learners(
    session: Session,
    ctx: Context,
    breach_id: int,
    *,
    by: str,
    ground: str,
    reason: str,
    public_notice: str = "",
) -> Breach:
    """Record a DPO's decision that the learners are not told one by one (art. 34(3) GDPR), on
    ``ground`` (:data:`WAIVER_GROUNDS`) and for ``reason``; ground c needs the public
    communication made instead (``public_notice``: where and when). The learners' clock and
    its reminders stop; refused once a notice was queued, and afterwards no notice is."""
    name = require_staff(
        session, name=by, configured_telegram_ids=ctx.settings.staff_user_ids, action=WAIVE
    )
    breach = get_breach(session, breach_id, lock=True)
    reason, public_notice = reason.strip(), public_notice.strip()
    if ground not in WAIVER_GROUNDS:
        raise ValueError(f"ground {ground!r}: one of {', '.join(WAIVER_GROUNDS)} (art. 34(3))")
    if not reason:
        raise ValueError("the decision needs its reason, for the record of the breach")
    if ground == PUBLIC_COMMUNICATION and not public_notice:
        raise ValueError(
            "ground c needs the public communication made instead: where and when it was made"
        )
    if ground != PUBLIC_COMMUNICATION and public_notice:
        raise ValueError("a public communication is recorded with ground c only")
    if breach.learners_waived_at is not None:
        raise LearnersWaived(
            f"breach {breach_id}: already decided by {breach.learners_waived_by} "
            f"(ground {breach.learners_waived_ground})"
        )
    queued = notice_counts(session, breach_id).queued
    if queued:
        raise NoticesQueued(
            f"breach {breach_id}: {queued} learners' notices are already queued; "
            "the learners are being told"
        )
    breach.learners_waived_ground, breach.learners_waived_reason = ground, reason
    breach.learners_waived_by, breach.learners_waived_at = name, ctx.now()
    breach.public_notice = public_notice
    session.add(breach)
    _audit(
        session,
        ctx,
        breach,
        name,
        "breach_learners_waived",
        ground=ground,
        reason=reason,
        public_notice=public_notice,
    )
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
    learner's notice was delivered, or stopped when a DPO decided they are not told."""
    assert breach.id is not None
    due = breach.aware_at + NOTICE_WINDOW
    if breach.learners_waived_at is not None:
        return [
            Clock("CNIL", due, breach.cnil_notified_at),
            Clock("learners", due, breach.learners_waived_at, breach.learners_waived_ground),
        ]
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
    return f"{_key_prefix(breach_id)}{learner_pk}"


def _key_prefix(breach_id: int) -> str:
    return f"breach:{breach_id}:"


def last_slot_of(session: Session, breach_id: int) -> datetime | None:
    """When the last notice queued for the breach is due to go out (the throttle's end): that
    of its newest outbox item, since each batch is due after the one before it (an index
    look-up, where the latest of every item's time would read them all)."""
    newest = (
        select(func.max(BreachNotice.outbox_item_id))
        .where(BreachNotice.breach_id == breach_id)
        .scalar_subquery()
    )
    return session.exec(
        select(OutboxItem.next_attempt_at).where(col(OutboxItem.id) == newest)
    ).first()


def queue_batch(
    session: Session, ctx: Context, breach_id: int, *, by: str, per_minute: int, limit: int
) -> int:
    """Queue the notices of up to ``limit`` affected learners not yet queued; returns how many.

    Each notice goes to the learner's linked chat, else their registered email, in their
    language; the outbox sends them ``per_minute`` a minute (each item is due one slot after
    the last one queued for this breach), so the relay is never flooded. The batch is two
    statements, whatever its size: the outbox items are inserted together (each notice text is
    rendered once per language, channel and exposed categories), then each affected learner's
    row takes its item, found by its unique dedupe key, only if it has none yet.
    """
    name = _staff(session, ctx, by)
    breach = get_breach(session, breach_id, lock=True)
    if breach.learners_waived_at is not None:
        raise LearnersWaived(
            f"breach {breach_id}: {breach.learners_waived_by} decided the learners are not "
            f"told one by one (art. 34(3)({breach.learners_waived_ground}))"
        )
    if breach.approved_at is None:
        raise NotApproved(f"breach {breach_id}: its notice texts are not approved")
    written = texts(session, breach_id)
    waiting = session.execute(
        columns(
            col(BreachNotice.id),
            col(BreachNotice.learner_pk),
            col(BreachNotice.categories),
            col(Learner.email),
            col(Learner.telegram_chat_id),
            col(Learner.language),
        )
        .join(Learner, col(Learner.id) == col(BreachNotice.learner_pk))
        .where(
            col(BreachNotice.breach_id) == breach_id, col(BreachNotice.outbox_item_id).is_(None)
        )
        .order_by(col(BreachNotice.id))
        .limit(limit)
    ).all()
    if not waiting:
        return 0
    now = ctx.now()
    last_slot = last_slot_of(session, breach_id)
    step = timedelta(minutes=1) / per_minute
    slot = max(now, last_slot + step) if last_slot is not None else now
    rendered: dict[tuple[str, str, str], Rendered] = {}
    rows = []
    for _, learner_pk, categories, email, chat_id, learner_language in waiting:
        language = language_or_default(learner_language)
        # the learner's registered address or linked chat, read with the notice: verified
        route = registered_address(email, chat_id, TELEGRAM)
        key = (language, route.channel, categories)
        if key not in rendered:
            rendered[key] = ctx.renderer.render(
                TEMPLATE,
                language,
                channel=route.channel,
                ticket=None,
                settings=ctx.settings,
                now=now,
                breach=breach,
                notice_text=written[language],
                exposed=categories,
            )
        row = item_values(
            route=route,
            template=TEMPLATE,
            language=language,
            rendered=rendered[key],
            ticket=None,
            personal=True,
            automatic=False,
            dedupe_key=notice_key(breach_id, learner_pk),
            mail_domain=ctx.settings.mail_domain,
            now=now,
        )
        row["next_attempt_at"] = slot
        slot += step
        rows.append(row)
    session.execute(insert(OutboxItem.__table__), rows)  # type: ignore[attr-defined]
    own_item = (
        select(OutboxItem.id)
        .where(
            col(OutboxItem.dedupe_key)
            == literal(_key_prefix(breach_id)) + cast(col(BreachNotice.learner_pk), String)
        )
        .scalar_subquery()
    )
    taken = session.execute(
        update(BreachNotice)
        .where(
            col(BreachNotice.id).in_([notice_id for notice_id, *_ in waiting]),
            col(BreachNotice.outbox_item_id).is_(None),
        )
        .values(outbox_item_id=own_item)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != len(waiting):  # type: ignore[attr-defined]
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


def notice_in_chat(session: Session, chat_id: int) -> BreachNotice | None:
    """The breach notice delivered to this chat, still the linked chat of its learner, that no
    request answered yet: the chat's next request answers it (the notice asks the learner to
    reply, and in a chat one replies by writing)."""
    return session.exec(
        select(BreachNotice)
        .join(OutboxItem, col(OutboxItem.id) == col(BreachNotice.outbox_item_id))
        .join(Learner, col(Learner.id) == col(BreachNotice.learner_pk))
        .where(
            OutboxItem.channel == TELEGRAM,
            OutboxItem.recipient == str(chat_id),
            OutboxItem.status == OutboxStatus.SENT,
            Learner.telegram_chat_id == chat_id,
            col(BreachNotice.ticket_id).is_(None),
        )
        .order_by(col(OutboxItem.sent_at).desc())
    ).first()


def answered_by(session: Session, notice: BreachNotice | None, ticket: Ticket | None) -> None:
    """Record the ticket of the learner's own first reply on their notice (not that of someone
    the notice was forwarded to): later replies to the notice join it."""
    if (
        notice is not None
        and ticket is not None
        and notice.ticket_id is None
        and ticket.learner_pk == notice.learner_pk
    ):
        notice.ticket_id = ticket.id
        session.add(notice)


# -- the clocks in front of staff: digest, console, reminders -----------------------------------

#: Staff are reminded of a breach's running clocks this many hours after awareness.
REMINDER_HOURS = (24, 48)
REMINDER = "staff_breach_reminder"


def view_of(session: Session, breach: Breach) -> BreachView:
    """A breach with its notice counts, clocks and the end of its sending."""
    assert breach.id is not None
    return BreachView(
        breach,
        texts(session, breach.id),
        notice_counts(session, breach.id),
        clocks(session, breach),
        last_slot_of(session, breach.id),
    )


def running(session: Session) -> list[BreachView]:
    """Breaches with a clock still running (or overdue), the soonest awareness first: what the
    staff digest and the console put in front of staff."""
    views = [
        view_of(session, b) for b in session.exec(select(Breach).order_by(col(Breach.aware_at)))
    ]
    return [v for v in views if any(c.done_at is None for c in v.clocks)]


def remind_staff(session: Session, ctx: Context, now: datetime) -> int:
    """Remind staff of each breach whose clocks still run, 24 and 48 hours after awareness:
    to the staff chat, and by email to each DPO in their language. Each reminder is sent
    once (``Breach.reminded_hours``) and audited; a pass that missed the 24-hour one sends
    only the latest due. Returns how many reminders were sent."""
    sent = 0
    for view in running(session):
        breach = view.breach
        due = [h for h in REMINDER_HOURS if now >= breach.aware_at + timedelta(hours=h)]
        if not due or due[-1] <= breach.reminded_hours or now >= breach.aware_at + NOTICE_WINDOW:
            continue
        hours = due[-1]
        context: dict[str, Any] = {
            "breach": breach,
            "hours": hours,
            "view": view,
            "left": breach.aware_at + NOTICE_WINDOW - now,
        }
        key = f"breach-reminder:{breach.id}:{hours}"
        recipients = []
        chat = ctx.notify_staff(session, None, REMINDER, dedupe_key=f"{key}:chat", **context)
        if chat is not None:
            recipients.append(f"staff chat {chat.recipient}")
        for member in list_staff(session):
            if member.role != Role.DPO or not member.email:
                continue
            ctx.notify(
                session,
                None,
                REMINDER,
                route=Route(EMAIL, member.email, verified=True),
                automatic=False,
                language=language_or_default(member.language),
                dedupe_key=f"{key}:{member.name}",
                **context,
            )
            recipients.append(member.name)
        breach.reminded_hours = hours
        session.add(breach)
        _audit(
            session,
            ctx,
            breach,
            "scheduler",
            "breach_reminder",
            hours=hours,
            running=[c.name for c in view.clocks if c.done_at is None],
            recipients=recipients,
        )
        sent += 1
    return sent


# -- the record for the CNIL ------------------------------------------------------------------

RECORD = "staff_breach_record"
#: One row per affected learner: what the notification log for the CNIL shows.
LOG_COLUMNS = (
    "learner",
    "data_exposed",
    "channel",
    "recipient",
    "language",
    "status",
    "queued_at",
    "due_to_leave_at",
    "sent_at",
    "last_error",
    "reply_ticket",
)
NOT_QUEUED = "not queued"


@dataclass(frozen=True)
class Sending:
    """When the notices of a breach left, and how many requests answered them."""

    first_sent: datetime | None
    last_sent: datetime | None
    linked_tickets: int


def sending_of(session: Session, breach_id: int) -> Sending:
    first, last = session.exec(
        select(func.min(OutboxItem.sent_at), func.max(OutboxItem.sent_at))
        .select_from(BreachNotice)
        .join(OutboxItem, col(OutboxItem.id) == col(BreachNotice.outbox_item_id))
        .where(BreachNotice.breach_id == breach_id)
    ).one()
    linked = session.exec(
        select(func.count()).select_from(Ticket).where(Ticket.breach_id == breach_id)
    ).one()
    return Sending(first, last, int(linked))


def write_notification_log(session: Session, breach_id: int, out: TextIO, tz: ZoneInfo) -> int:
    """The notification log as CSV, one row per affected learner (times in ``tz``); returns
    how many rows."""

    def when(value: datetime | None) -> str:
        return "" if value is None else value.astimezone(tz).isoformat(timespec="seconds")

    rows = session.execute(
        columns(
            col(Learner.learner_id),
            col(BreachNotice.categories),
            col(OutboxItem.channel),
            col(OutboxItem.recipient),
            col(OutboxItem.language),
            col(OutboxItem.status),
            col(OutboxItem.created_at),
            col(OutboxItem.next_attempt_at),
            col(OutboxItem.sent_at),
            col(OutboxItem.last_error),
            col(Ticket.reference),
        )
        .select_from(BreachNotice)
        .join(Learner, col(Learner.id) == col(BreachNotice.learner_pk))
        .join(OutboxItem, col(OutboxItem.id) == col(BreachNotice.outbox_item_id), isouter=True)
        .join(Ticket, col(Ticket.id) == col(BreachNotice.ticket_id), isouter=True)
        .where(col(BreachNotice.breach_id) == breach_id)
        .order_by(col(BreachNotice.id))
    )
    writer = csv.writer(out)
    writer.writerow(LOG_COLUMNS)
    count = 0
    for number, exposed, channel, to, lang, status, queued, due, sent, error, ticket in rows:
        writer.writerow(
            [
                number,
                exposed,
                channel or "",
                to or "",
                lang or "",
                status or NOT_QUEUED,
                when(queued),
                when(due) if status != OutboxStatus.SENT else "",
                when(sent),
                error or "",
                ticket or "",
            ]
        )
        count += 1
    return count


@dataclass(frozen=True)
class BreachRecord:
    """The record of a breach for the CNIL: its readable summary, and how many rows the
    notification log has (``None``: no log, a DPO decided the learners are not told one by
    one, and the summary states that decision instead)."""

    summary: str
    log_rows: int | None


def export_record(
    session: Session, ctx: Context, breach_id: int, log: TextIO, *, by: str, language: str
) -> BreachRecord:
    """The readable summary of the art. 33(3) record (in ``language``) and the notification log
    that goes with it, written to ``log`` unless the learners are not told (art. 34(3)); a DPO
    only, and audited."""
    name = require_staff(
        session,
        name=by,
        configured_telegram_ids=ctx.settings.staff_user_ids,
        action="export a breach record",
    )
    breach = get_breach(session, breach_id)
    rows = (
        None
        if breach.learners_waived_at is not None
        else write_notification_log(session, breach_id, log, ctx.tz)
    )
    summary = ctx.renderer.render(
        RECORD,
        language,
        view=view_of(session, breach),
        breach=breach,
        sending=sending_of(session, breach_id),
        due=breach.aware_at + NOTICE_WINDOW,
        now=ctx.now(),
        exported_by=name,
        settings=ctx.settings,
    )
    _audit(session, ctx, breach, name, "breach_export", rows=rows, language=language)
    return BreachRecord(summary.text, rows)


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

    def waive_learners(
        self, breach_id: int, *, by: str, ground: str, reason: str, public_notice: str = ""
    ) -> Breach:
        """A DPO decides the learners are not told one by one (art. 34(3)); a refusal (not a
        DPO) is logged in its own transaction."""
        try:
            return self._run(  # type: ignore[no-any-return]
                lambda s: waive_learners(
                    s,
                    self.ctx,
                    breach_id,
                    by=by,
                    ground=ground,
                    reason=reason,
                    public_notice=public_notice,
                )
            )
        except NotStaff as refused:
            why = str(refused)
            self._run(lambda s: refuse(s, self.ctx, breach_id, by, WAIVE, why=why))
            raise

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
        return self._run(lambda s: view_of(s, get_breach(s, breach_id)))  # type: ignore[no-any-return]

    def export(
        self, breach_id: int, log: TextIO, *, by: str, language: str = "fr"
    ) -> BreachRecord:
        """The notification log (CSV, into ``log``) and the summary of the record for the
        CNIL; a refusal is logged in its own transaction."""
        try:
            return self._run(  # type: ignore[no-any-return]
                lambda s: export_record(s, self.ctx, breach_id, log, by=by, language=language)
            )
        except NotStaff as refused:
            why = str(refused)
            self._run(lambda s: refuse(s, self.ctx, breach_id, by, "export the record", why=why))
            raise

    def describe(self, clock: Clock, language: str) -> str:
        """One line on a clock, in the reader's language (fr or en)."""
        return describe_clock(self.ctx.renderer, clock, self.ctx.now(), language)

    def running(self) -> list[BreachView]:
        """Breaches whose clocks still run, for the console."""
        return self._run(running)  # type: ignore[no-any-return]

    def list(self) -> list[BreachView]:
        def work(session: Session) -> list[BreachView]:
            return [
                BreachView(b, {}, notice_counts(session, b.id or 0), clocks(session, b))
                for b in list_breaches(session)
            ]

        return self._run(work)  # type: ignore[no-any-return]

    def for_the_queue(self) -> tuple[Sequence[BreachView], Sequence[Breach]]:
        """The breaches whose clocks still run (their clocks on top of the queue), and every
        breach (the queue's filter)."""
        return self._run(lambda s: (running(s), list_breaches(s)))  # type: ignore[no-any-return]

    def preview(self, breach_id: int, language: str) -> Rendered:
        """The notice a learner would read, in one language (nothing is queued)."""
        view = self.show(breach_id)
        if language not in view.texts:
            raise ValueError(f"breach {breach_id} has no {language} notice text")
        return self.ctx.renderer.render(
            "breach_notice",
            language,
            breach=view.breach,
            notice_text=view.texts[language],
            exposed="",
            settings=self.ctx.settings,
            now=self.ctx.now(),
            ticket=None,
        )

    @property
    def per_minute(self) -> int:
        """How many notices leave a minute (``BREACH_NOTICES_PER_MINUTE``)."""
        return self.ctx.settings.breach_notices_per_minute

    @property
    def tz(self) -> ZoneInfo:
        """The time zone dates are read and shown in."""
        return self.ctx.tz

    def now(self) -> datetime:
        """The desk's clock."""
        return self.ctx.now()
