"""Carrying requests out: escalate to staff when the type needs it, then do the work and close.

:func:`advance` is called whenever a ticket is in progress. Before escalating, it prepares what
staff need to decide (the erasure plan, what data is held); once approved, the handler of the
request type does the work through the data map's connectors inside the caller's transaction,
and the ticket is completed with a confirmation that says what was done (DESIGN §2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlmodel import Session, col, or_, select

from workflows import marketing, postmortem
from workflows.audit import pending_events
from workflows.connectors import ConnectorError, LearnerKey, open_connectors
from workflows.context import NOTICE_FOR, Context
from workflows.correspondence import forget_learner_mail
from workflows.datamap import DataMap, load_data_map
from workflows.delivery import EMAIL, Route, registered_route, requester_route, route_for
from workflows.details import details_of
from workflows.lifecycle import Command, State
from workflows.models import (
    DeferredErasure,
    Learner,
    MarketingContact,
    PostMortemDecision,
    PostMortemDirective,
    SuppressionEntry,
    Ticket,
)
from workflows.package import attachment, build_package
from workflows.requests import RequesterKind, RequestType, policy_for
from workflows.retention import as_date, erasure_plan, plan_json
from workflows.tickets import events_of

MARKETING_CHANNELS = marketing.CHANNELS
#: FulfilmentBlocked.why of a rectification whose correction staff have not recorded
CORRECTION_MISSING = "correction_missing"
ADULT_AGE = 18  # parental authority ends (Code civil art. 371-1)
DIGITAL_CONSENT_AGE = 15  # consent alone to information society services (LIL art. 45)


class FulfilmentBlocked(ValueError):
    """The approved step cannot be carried out yet; the message says what is missing.

    ``why`` names the cause for a channel to word it in its reader's language."""

    def __init__(self, message: str, why: str = "other") -> None:
        super().__init__(message)
        self.why = why


@dataclass
class Outcome:
    """What a handler did: context for the completion notice, record kept on the ticket."""

    result: dict[str, Any] = field(default_factory=dict)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    personal: bool = False
    route: Route | None = None
    after: Callable[[], object] | None = None  # runs once the confirmation is queued
    also_to: Route | None = None  # a copy of the confirmation on a second verified channel


Handler = Callable[[Session, Context, Ticket], Outcome | None]


def data_map(ctx: Context) -> DataMap:
    """The data map in use (the default one mirroring the privacy policy when unset), read
    from the configured file once and kept on the context."""
    if ctx.data_map is None:
        ctx.data_map = load_data_map(ctx.settings.data_map)
    return ctx.data_map


def _learner(session: Session, ticket: Ticket) -> Learner | None:
    return session.get(Learner, ticket.learner_pk) if ticket.learner_pk else None


def _require_learner(session: Session, ticket: Ticket) -> Learner:
    learner = _learner(session, ticket)
    if learner is None:
        raise FulfilmentBlocked(
            f"{ticket.reference}: no learner is identified; reject it (no_matching_learner)"
        )
    return learner


def _self(ticket: Ticket) -> bool:
    return ticket.requester_kind == RequesterKind.SELF


# -- marketing --------------------------------------------------------------------------------


def _replies(session: Session, ticket: Ticket) -> list[str]:
    """What the requester wrote back to our questions on this ticket, oldest first."""
    assert ticket.id is not None
    written = [(e.command, e.data) for e in events_of(session, ticket)]
    queued = [(e["command"], e["data"]) for e in pending_events(session, ticket.id)]
    return [
        str(data.get("text") or "")
        for command, data in written + queued
        if command == Command.REQUESTER_REPLIED.value
    ]


def _named(ticket: Ticket) -> list[str]:
    return [c for c in details_of(ticket).channels if c in MARKETING_CHANNELS]


def _known(
    session: Session, ticket: Ticket, learner: Learner | None, channels: list[str]
) -> marketing.Identifiers:
    """Every identifier the suppression may be keyed on (see :mod:`workflows.marketing`)."""
    given = {k: set(v) for k, v in details_of(ticket).identifiers.items()}
    known = marketing.merge(marketing.sender_identifiers(ticket), given)
    if marketing.learner_reached(ticket, learner):
        assert learner is not None
        known = marketing.merge(known, marketing.learner_identifiers(learner))
    postal = "post" in marketing.unkeyed(channels, known)
    for text in _replies(session, ticket):
        known = marketing.merge(known, marketing.identifiers_in(text, postal=postal))
    return known


def suppress_at_once(session: Session, ctx: Context, ticket: Ticket) -> None:
    """At intake, before any identity check: suppress the sender's address and the identifiers
    the person gave (harmless even when the sender is not who they claim to be)."""
    channels = _named(ticket) or list(MARKETING_CHANNELS)
    known = marketing.merge(
        marketing.sender_identifiers(ticket),
        {k: set(v) for k, v in details_of(ticket).identifiers.items()},
    )
    done = marketing.suppress_all(session, ticket, None, channels, known)
    if done:
        ctx.move(
            session,
            ticket,
            Command.NOTE,
            actor="desk",
            reason="suppressed at once",
            data={"suppressed": done},
            notice=None,
        )


def _withdraw_contacts(
    session: Session,
    ctx: Context,
    channels: list[str],
    known: marketing.Identifiers,
    learner: Learner | None,
) -> None:
    """Withdraw the marketing consents recorded for the suppressed identifiers."""
    for channel in channels:
        owners: list[Any] = [
            col(MarketingContact.address).in_(sorted(known.get(marketing.KEY_OF[channel], ())))
        ]
        if learner is not None:
            owners.append(col(MarketingContact.learner_pk) == learner.id)
        query = select(MarketingContact).where(MarketingContact.channel == channel)
        for contact in session.exec(query.where(or_(*owners))):
            if contact.consent or contact.withdrawn_at is None:
                contact.consent = False
                contact.withdrawn_at = ctx.now()
                session.add(contact)


def _stop(session: Session, ctx: Context, ticket: Ticket, channels: list[str]) -> dict[str, Any]:
    """Suppress every identifier known on the channels and withdraw their marketing consents."""
    learner = _learner(session, ticket)
    reached = marketing.learner_reached(ticket, learner)
    known = _known(session, ticket, learner, channels)
    owner = learner if reached else None
    suppressed = marketing.suppress_all(session, ticket, owner, channels, known)
    _withdraw_contacts(session, ctx, channels, known, owner)
    return {"channels": channels, "suppressed": suppressed, "reached": reached}


def _marketing_route(ticket: Ticket) -> Route | None:
    """Back to the learner's own address when it listed their identifiers (else the default)."""
    return None if ticket.identity_verified_at is not None else requester_route(ticket)


def _copy_by_email(session: Session, ticket: Ticket) -> Route | None:
    """The registered email of a verified learner whose confirmation goes to their chat: the
    marketing they object to comes by email too, and the mail is their written record of it.
    ``None`` when the confirmation goes there already, or to nobody verified."""
    learner = _learner(session, ticket)
    if learner is None or ticket.identity_verified_at is None or not _self(ticket):
        return None
    if route_for(session, ticket, personal=True).channel == EMAIL:
        return None
    return registered_route(learner, EMAIL)


def stop_marketing(session: Session, ctx: Context, ticket: Ticket) -> Outcome | None:
    """Objection to marketing: suppress at once every identifier known on the channels named
    (all when none is); ask once for the identifier a named channel lacks, and again while
    nothing at all could be suppressed."""
    named = _named(ticket)
    done = _stop(session, ctx, ticket, named or list(MARKETING_CHANNELS))
    missing = [c for c in named if not any(s["channel"] == c for s in done["suppressed"])]
    asked = bool(_replies(session, ticket))
    if not done["suppressed"] or (missing and not asked):
        ctx.move(
            session,
            ticket,
            Command.ASK_REQUESTER,
            actor="desk",
            reason="identifier needed to suppress marketing",
            data={"suppressed": done["suppressed"], "missing": missing},
            notice="marketing_identifier_needed",
            route=_marketing_route(ticket),
            personal=done["reached"],
            result={**done, "missing": missing or list(MARKETING_CHANNELS)},
        )
        return None
    copy = _copy_by_email(session, ticket)
    return Outcome(
        {**done, "missing": missing, "emailed_copy": copy is not None},
        personal=done["reached"],
        route=_marketing_route(ticket),
        also_to=copy,
    )


def withdraw_consent(session: Session, ctx: Context, ticket: Ticket) -> Outcome:
    """Art. 7(3): withdraw every consent the data map records, at once.

    Marketing is suppressed on the channels named (all when none is), like an objection. Each
    other consent-based category (analytics cookies...) stops: its data is erased, as nothing
    else justifies it (Art. 17(1)(b)), when the request comes from the learner themself
    (harmless to them even unverified); otherwise the notice says nothing could be erased.
    """
    done = _stop(session, ctx, ticket, _named(ticket) or list(MARKETING_CHANNELS))
    learner = _learner(session, ticket)
    datamap = data_map(ctx)
    withdrawn, not_identified = [], []
    for category in datamap.categories.values():
        if not category.consent or category.dataset == "marketing":
            continue
        if learner is None or not done["reached"]:
            not_identified.append(category.title)
            continue
        with open_connectors(datamap, session) as connectors:
            count = connectors.for_category(category).erase(category, LearnerKey.of(learner))
        withdrawn.append({"category": category.name, "title": category.title, "erased": count})
    result = {**done, "withdrawn": withdrawn, "not_identified": not_identified}
    return Outcome(result, personal=done["reached"], route=_marketing_route(ticket))


# -- data map work ------------------------------------------------------------------------------


def notify_recipients(
    session: Session,
    ctx: Context,
    ticket: Ticket,
    learner: Learner,
    done: dict[str, list[str]],
    fields: list[str] | None = None,
) -> list[dict[str, str]]:
    """Art. 19: tell the recipients the data map names for each category what was done to it
    (``done``: action → categories), and return the record of who was told."""
    datamap = data_map(ctx)
    told: list[dict[str, str]] = []
    for action, names in done.items():
        for name in names:
            category = datamap.categories.get(name)
            for address in category.notify if category else ():
                ctx.notify(
                    session,
                    ticket,
                    "recipient_notice",
                    route=Route(EMAIL, address, verified=False),
                    language="fr",
                    automatic=False,
                    action=action,
                    category=category,
                    learner_id=learner.learner_id,
                    fields=fields or [],
                )
                told.append({"action": action, "category": name, "recipient": address})
    return told


def _fetch(session: Session, ctx: Context, learner: Learner) -> dict[str, list[dict[str, Any]]]:
    with open_connectors(data_map(ctx), session) as connectors:
        return connectors.fetch_all(LearnerKey.of(learner))


def _today(ctx: Context) -> Any:
    return ctx.now().astimezone(ctx.tz).date()


def age_on(learner: Learner, day: date) -> int | None:
    """The learner's age in full years on ``day`` (None when the birth date is unknown)."""
    return relativedelta(day, learner.birth_date).years if learner.birth_date else None


def adult_on(learner: Learner | None) -> date | None:
    """The learner's 18th birthday (None when the birth date is unknown)."""
    if learner is None or learner.birth_date is None:
        return None
    return learner.birth_date + relativedelta(years=ADULT_AGE)


def minor_facts(session: Session, ctx: Context, learner: Learner) -> dict[str, Any]:
    """What staff must see about the child before deciding a parent's request (display only)."""
    age = age_on(learner, _today(ctx))
    if age is None:
        status = "unknown"
    elif age >= ADULT_AGE:
        status = "adult"  # parental authority ends at 18 (Code civil art. 371-1)
    elif age < DIGITAL_CONSENT_AGE:
        status = "under_15"  # consents needed the parent too (LIL art. 45)
    else:
        status = "minor"
    rows = _fetch(session, ctx, learner)
    return {
        "name": f"{learner.first_name} {learner.last_name}".strip() or learner.learner_id,
        "birth_date": learner.birth_date.isoformat() if learner.birth_date else None,
        "age": age,
        "status": status,
        "consents": [
            c.name for c in data_map(ctx).categories.values() if c.consent and rows.get(c.name)
        ],
    }


def _check_standing(session: Session, ctx: Context, ticket: Ticket) -> None:
    """A parent acts for a minor only: an adult exercises their rights themself."""
    learner = _learner(session, ticket)
    if ticket.requester_kind != RequesterKind.PARENT or learner is None:
        return
    age = age_on(learner, _today(ctx))
    if age is not None and age >= ADULT_AGE:
        raise FulfilmentBlocked(
            f"{ticket.reference}: the learner is {age}, so a parent has no standing; "
            "reject it (no_standing)"
        )


def compute_plan(session: Session, ctx: Context, learner: Learner | None) -> dict[str, Any]:
    """The erasure plan of a learner as stored on the ticket (empty when nobody is identified).

    Data collected while a minor is erased without delay, except what a legal obligation keeps
    (LIL art. 51).
    """
    datamap = data_map(ctx)
    rows = _fetch(session, ctx, learner) if learner is not None else {}
    today = _today(ctx)
    plan = erasure_plan(datamap, rows, today, adult_on=adult_on(learner))
    return plan_json(plan, today)


def execute_plan(
    session: Session,
    ctx: Context,
    learner: Learner,
    plan: dict[str, Any],
    ticket: Ticket,
    *,
    keep_profile_for_now: bool = False,
) -> dict[str, int]:
    """Erase what the approved plan says to erase (SQL databases first, then our own tables).

    With ``keep_profile_for_now`` the built-in profile is left for :func:`erase_profile`, so the
    confirmation can still be addressed to the registered email it is about to lose.
    """
    datamap = data_map(ctx)
    key = LearnerKey.of(learner)
    # an erased learner must never be solicited again
    known = marketing.merge(
        marketing.learner_identifiers(learner),
        marketing.sender_identifiers(ticket) if _self(ticket) else {},
    )
    marketing.suppress_all(session, ticket, learner, MARKETING_CHANNELS, known)
    erased: dict[str, int] = {}
    to_erase = [
        datamap.categories[e["category"]]
        for e in plan["entries"]
        if e["action"] == "erase" and e["category"] in datamap.categories
    ]
    if keep_profile_for_now:
        to_erase = [c for c in to_erase if c.dataset != "profile"]
    to_erase.sort(key=lambda c: (c.connector.type == "builtin", c.dataset == "profile"))
    with open_connectors(datamap, session) as connectors:
        for category in to_erase:
            erased[category.name] = connectors.for_category(category).erase(category, key)
    with open_connectors(datamap, session) as connectors:
        for e in plan["entries"]:
            if (
                e["action"] == "keep"
                and e.get("erase_rows")
                and e["category"] in datamap.categories
            ):
                category = datamap.categories[e["category"]]
                erased[category.name] = connectors.builtin.erase_rows(
                    category, key, e["erase_rows"]
                )
    if not keep_profile_for_now:
        minimise_profile(session, ctx, learner, plan)
    if any(e["action"] == "keep" for e in plan["entries"]):
        _restrict_all(session, ctx, learner)  # what is kept serves its obligation only
        schedule_kept(session, learner, plan, ticket)
    forget_learner_mail(session, learner, now=ctx.now())  # no retention rule keeps it
    return erased


def schedule_kept(
    session: Session,
    learner: Learner,
    plan: dict[str, Any],
    ticket: Ticket,
    closing_on: date | None = None,
) -> None:
    """Record each "keep until" entry of an executed plan, to be erased the day after its date.

    ``closing_on`` (a closed account, which erases nothing at once): every category held is
    recorded, each to be erased the day after its retention period, or at the next pass when
    that period is already over.
    """
    for entry in plan["entries"]:
        if entry["action"] == "keep":
            until = as_date(entry.get("next_until") or entry.get("keep_until"))
        elif closing_on is not None and entry["rows"]:
            limit = as_date(entry.get("limit"))
            until = limit if limit and limit >= closing_on else closing_on - timedelta(days=1)
        else:
            continue
        if until is None:
            continue
        exists = session.exec(
            select(DeferredErasure).where(
                DeferredErasure.ticket_id == ticket.id,
                DeferredErasure.category == entry["category"],
            )
        ).first()
        if exists is None:
            session.add(
                DeferredErasure(
                    ticket_id=ticket.id or 0,
                    learner_pk=learner.id or 0,
                    category=entry["category"],
                    due_on=until + timedelta(days=1),
                )
            )


def run_deferred_erasures(session: Session, ctx: Context, now: datetime) -> int:
    """Erase the categories whose retention date has come (the scheduler's daily work).

    The learner's plan is computed again first: a period that a later use of the platform
    extended postpones the erasure to its new end (and says so on the ticket). The profile goes
    last, as the other connectors find the learner by it. Returns the number of entries done.
    """
    today = now.astimezone(ctx.tz).date()
    due = session.exec(
        select(DeferredErasure)
        .where(col(DeferredErasure.done_at).is_(None), col(DeferredErasure.due_on) <= today)
        .order_by(col(DeferredErasure.learner_pk), col(DeferredErasure.id))
    ).all()
    datamap = data_map(ctx)
    due = sorted(
        due,
        key=lambda d: (
            d.category in datamap.categories
            and datamap.categories[d.category].dataset == "profile"
        ),
    )
    done = 0
    for entry in due:
        learner = session.get(Learner, entry.learner_pk)
        ticket = session.get(Ticket, entry.ticket_id)
        category = datamap.categories.get(entry.category)
        assert ticket is not None
        if learner is None or category is None:
            entry.done_at, entry.rows_erased = now, 0
            session.add(entry)
            _note(session, ctx, ticket, f"deferred erasure of {entry.category}: nothing left")
            continue
        rows = _fetch(session, ctx, learner)
        entries = erasure_plan(datamap, rows, today, adult_on=adult_on(learner))
        plan = {e.category: e for e in entries}
        current = plan.get(entry.category)
        if current is not None and current.action == "keep" and current.keep_until:
            if current.erase_rows:  # some rows' own periods are over, the others run on
                with open_connectors(datamap, session) as connectors:
                    count = connectors.builtin.erase_rows(
                        category, LearnerKey.of(learner), list(current.erase_rows)
                    )
                _note(session, ctx, ticket, f"deferred erasure of {entry.category}: {count} rows")
            until = current.next_until or current.keep_until
            if until == current.keep_until:  # the last rows: never before the date announced
                until = max(until, _announced(ticket, entry.category) or until)
            entry.due_on = until + timedelta(days=1)
            session.add(entry)
            _note(
                session,
                ctx,
                ticket,
                f"deferred erasure of {entry.category} postponed to {entry.due_on}: "
                "its retention period now ends later",
            )
            continue
        with open_connectors(datamap, session) as connectors:
            count = connectors.for_category(category).erase(category, LearnerKey.of(learner))
        entry.done_at, entry.rows_erased = now, count
        session.add(entry)
        _note(session, ctx, ticket, f"deferred erasure of {entry.category}: {count} erased")
        done += 1
    return done


def _announced(ticket: Ticket, category: str) -> date | None:
    """The "kept until" date the requester was told for a category."""
    plan = details_of(ticket).erasure_plan
    for entry in plan.entries if plan else []:
        if entry.category == category and entry.action == "keep":
            return as_date(entry.keep_until)
    return None


def _note(session: Session, ctx: Context, ticket: Ticket, reason: str) -> None:
    ctx.move(session, ticket, Command.NOTE, actor="scheduler", reason=reason, notice=None)


def plan_done(plan: dict[str, Any]) -> dict[str, list[str]]:
    """What an executed plan did to each category, as Art. 19 notices name it."""
    return {
        action: [e["category"] for e in plan["entries"] if e["action"] == verb]
        for action, verb in (("erasure", "erase"), ("restriction", "keep"))
    }


def minimise_profile(
    session: Session, ctx: Context, learner: Learner, plan: dict[str, Any]
) -> int:
    """Blank what a kept built-in profile's ground does not need (its ``keep_fields``)."""
    datamap = data_map(ctx)
    done = 0
    with open_connectors(datamap, session) as connectors:
        for entry in plan["entries"]:
            category = datamap.categories.get(entry["category"])
            kept = entry["action"] == "keep" and entry.get("fields")
            if kept and category is not None and category.dataset == "profile":
                key = LearnerKey.of(learner)
                done += connectors.builtin.minimise(key, tuple(entry["fields"]))
    return done


def erase_profile(session: Session, ctx: Context, learner: Learner, plan: dict[str, Any]) -> int:
    """Anonymise the built-in profile when the plan erases it, or keep only the fields its
    ground needs (the last step of an erasure)."""
    minimise_profile(session, ctx, learner, plan)
    datamap = data_map(ctx)
    erased = 0
    with open_connectors(datamap, session) as connectors:
        for entry in plan["entries"]:
            category = datamap.categories.get(entry["category"])
            if entry["action"] == "erase" and category and category.dataset == "profile":
                erased += connectors.builtin.erase(category, LearnerKey.of(learner))
    return erased


#: What :func:`prepare` may store on a ticket (dropped when staff change the request's type).
PREPARED = (
    "erasure_plan",
    "inventory",
    "directive_on_file",
    "post_mortem_standing",
    "directives_on_file",
    "minor",
    "connector_error",
)


def prepare(session: Session, ctx: Context, ticket: Ticket) -> dict[str, Any]:
    """What staff need to decide, stored on the ticket before it is escalated."""
    kind = RequestType(ticket.request_type)
    learner = _learner(session, ticket)
    extra: dict[str, Any] = {}
    try:
        if kind is RequestType.ERASURE:
            extra["erasure_plan"] = compute_plan(session, ctx, learner)
        elif kind in (RequestType.ACCESS, RequestType.PORTABILITY) and learner is not None:
            rows = _fetch(session, ctx, learner)
            extra["inventory"] = {name: len(found) for name, found in rows.items()}
        elif kind is RequestType.POST_MORTEM and learner is not None and not _self(ticket):
            directive = _directive(session, learner)
            extra["directive_on_file"] = directive.action if directive else None
            extra["post_mortem_standing"] = postmortem.standing(ticket, directive)
            if directive is not None:
                extra["directives_on_file"] = postmortem.directive_json(directive)
        if ticket.requester_kind == RequesterKind.PARENT and learner is not None:
            extra["minor"] = minor_facts(session, ctx, learner)
    except ConnectorError as exc:
        extra["connector_error"] = str(exc)[:500]
    return extra


# -- handlers -------------------------------------------------------------------------------


def _package(
    session: Session,
    ctx: Context,
    ticket: Ticket,
    *,
    with_summary: bool,
    learner: Learner | None = None,
    only: list[str] | None = None,
    desk: bool = False,
) -> Outcome:
    learner = learner or _require_learner(session, ticket)
    datamap = data_map(ctx)
    rows = _fetch(session, ctx, learner)
    if only is not None:
        datamap = datamap.subset(only)
        rows = {name: found for name, found in rows.items() if name in only}
    data = build_package(
        datamap,
        rows,
        renderer=ctx.renderer,
        language=ticket.language,
        reference=str(ticket.reference),
        generated_at=ctx.now(),
        today=_today(ctx),
        with_summary=with_summary,
        desk=desk_records(session, learner) if desk else None,
    )
    suffix = "donnees" if ticket.language == "fr" else "data"
    name = f"{ticket.reference}-{suffix}.zip"
    counts = {n: len(r) for n, r in rows.items()}
    return Outcome(
        {"files": name, "counts": counts, "bytes": len(data)},
        attachments=[attachment(name, data)],
        personal=True,
    )


def desk_records(session: Session, learner: Learner) -> dict[str, Any]:
    """What the desk itself holds about a learner (Art. 15 covers it too): their requests and
    how they ended, the marketing suppression entries, their post-mortem directives."""
    tickets = session.exec(
        select(Ticket).where(Ticket.learner_pk == learner.id).order_by(col(Ticket.id))
    ).all()
    entries = session.exec(
        select(SuppressionEntry)
        .where(SuppressionEntry.learner_pk == learner.id)
        .order_by(col(SuppressionEntry.id))
    ).all()
    directive = _directive(session, learner)
    return {
        "requests": [
            {
                "reference": t.reference,
                "type": t.request_type,
                "received_at": t.received_at.isoformat(),
                "state": t.state,
                "closed_at": t.closed_at.isoformat() if t.closed_at else None,
                "rejection_reason": t.rejection_reason,
                "decision_text": t.decision_text,
            }
            for t in tickets
        ],
        "suppressions": [
            {"channel": e.channel, "address": e.address, "since": e.created_at.isoformat()}
            for e in entries
        ],
        "directives": postmortem.directive_json(directive) if directive else None,
    }


def give_access(session: Session, ctx: Context, ticket: Ticket) -> Outcome:
    """Art. 15: the package with the readable summary and what the desk itself holds about the
    person, to the verified channel."""
    return _package(session, ctx, ticket, with_summary=True, desk=True)


def give_portable_copy(session: Session, ctx: Context, ticket: Ticket) -> Outcome:
    """Art. 20: the machine-readable part (JSON and CSV) of the data the person provided and
    that is processed on consent or contract (the categories marked ``provided``)."""
    provided = [c.name for c in data_map(ctx).categories.values() if c.provided]
    return _package(session, ctx, ticket, with_summary=False, only=provided)


def erase(session: Session, ctx: Context, ticket: Ticket) -> Outcome:
    """Art. 17 (a parent's too, for a minor): execute the approved erasure plan."""
    learner = _learner(session, ticket)
    approved = details_of(ticket).erasure_plan
    plan = approved.model_dump() if approved else compute_plan(session, ctx, learner)
    if learner is None:
        return Outcome({"plan": plan["entries"], "erased": {}}, personal=_self(ticket))
    erased = execute_plan(session, ctx, learner, plan, ticket, keep_profile_for_now=True)
    notified = notify_recipients(session, ctx, ticket, learner, plan_done(plan))
    return Outcome(
        {"plan": plan["entries"], "erased": erased, "notified": notified},
        personal=_self(ticket),
        after=partial(erase_profile, session, ctx, learner, plan),
    )


def minor_parental(session: Session, ctx: Context, ticket: Ticket) -> Outcome:
    """A parent's request about a minor that named no right: intake opens the right a parent
    names (access, erasure...) as the one ticket (:func:`workflows.intake.one_ticket_per_right`),
    so this one is blocked until staff ask which right is meant. Never an erasure by default;
    tickets opened before that rule still record their companions."""
    companions = [
        t
        for t in session.exec(select(Ticket).where(Ticket.thread_key == ticket.thread_key))
        if t.id != ticket.id and t.request_type != RequestType.MINOR_PARENTAL
    ]
    if not companions:
        raise FulfilmentBlocked(
            f"{ticket.reference}: the parent named no right (access, erasure...); ask them"
        )
    return Outcome(
        {"companions": [{"reference": t.reference, "type": t.request_type} for t in companions]}
    )


def rectify(session: Session, ctx: Context, ticket: Ticket) -> Outcome:
    """Art. 16: apply the correction recorded on the ticket through every connector that can."""
    learner = _require_learner(session, ticket)
    details = details_of(ticket)
    correction = dict(details.correction)
    # the registered email changes only through Desk.change_registered_email (old address told)
    email_change = correction.pop("email", None) or details.email_change_requested
    if not correction and not email_change:
        raise FulfilmentBlocked(
            f"{ticket.reference}: record the correction first (field and new value)",
            CORRECTION_MISSING,
        )
    datamap = data_map(ctx)
    key = LearnerKey.of(learner)
    applied: dict[str, str] = {}
    corrected: list[str] = []
    with open_connectors(datamap, session) as connectors:
        for field_name, value in sorted(correction.items()):
            changed = False
            for category in datamap.categories.values():
                connector = connectors.for_category(category)
                if connector.rectify(category, key, str(field_name), str(value)):
                    changed = True
                    corrected += [category.name] if category.name not in corrected else []
            if changed:
                applied[str(field_name)] = str(value)
    notified = notify_recipients(
        session, ctx, ticket, learner, {"rectification": corrected}, fields=sorted(applied)
    )
    result = {
        "applied": applied,
        "requested": correction,
        "email_change": bool(email_change),
        "notified": notified,
    }
    return Outcome(result, personal=True)


def _restrict_all(session: Session, ctx: Context, learner: Learner) -> list[str]:
    datamap = data_map(ctx)
    key = LearnerKey.of(learner)
    done = []
    with open_connectors(datamap, session) as connectors:
        for category in datamap.categories.values():
            if connectors.for_category(category).restrict(category, key):
                done.append(category.name)
    return done


def restrict(session: Session, ctx: Context, ticket: Ticket) -> Outcome:
    """Art. 18: mark the learner's processing restricted, through the connectors."""
    learner = _require_learner(session, ticket)
    restricted = _restrict_all(session, ctx, learner)
    everything = list(data_map(ctx).categories)
    notified = notify_recipients(session, ctx, ticket, learner, {"restriction": everything})
    return Outcome({"restricted": restricted, "notified": notified}, personal=True)


def uphold_objection(session: Session, ctx: Context, ticket: Ticket) -> Outcome:
    """Art. 21(1), grounds accepted by staff: the processing objected to stops, that is each
    category processed on the group's legitimate interest; the others (contract, legal
    obligation, consent) are not open to this objection and go on."""
    learner = _require_learner(session, ticket)
    datamap = data_map(ctx)
    objected = [c for c in datamap.categories.values() if c.legitimate_interest]
    with open_connectors(datamap, session) as connectors:
        for category in objected:
            connectors.for_category(category).restrict(category, LearnerKey.of(learner))
    lang = ticket.language
    result = {
        "stopped": [
            {
                "category": c.name,
                "title": c.text("title", lang),
                "purpose": c.text("purpose", lang),
            }
            for c in objected
        ],
        "continued": [
            c.text("title", lang) for c in datamap.categories.values() if c not in objected
        ],
    }
    return Outcome(result, personal=True)


def _directive(session: Session, learner: Learner) -> PostMortemDirective | None:
    return session.exec(
        select(PostMortemDirective)
        .where(
            PostMortemDirective.learner_pk == learner.id,
            col(PostMortemDirective.revoked_at).is_(None),
        )
        .order_by(col(PostMortemDirective.id).desc())
    ).first()


def _record_directives(
    session: Session, ctx: Context, ticket: Ticket, learner: Learner
) -> Outcome:
    """The learner's own directives, as understood at intake (or stated by the chat), replace
    the earlier ones."""
    given = postmortem.read_directives(ticket.text, ticket.details.get("post_mortem"))
    previous = _directive(session, learner)
    if previous is not None:
        previous.revoked_at = ctx.now()
        session.add(previous)
    recorded = PostMortemDirective(
        learner_pk=learner.id or 0,
        ticket_id=ticket.id,
        action=given.action.value,
        directives=given.text,
        recipients=list(given.recipients),
        trusted_person=given.trusted_person,
        trusted_contact=given.trusted_contact,
        given_at=ticket.received_at,
        recorded_at=ctx.now(),
    )
    session.add(recorded)
    return Outcome({"mode": "recorded", **postmortem.directive_json(recorded)}, personal=True)


def _close_account(session: Session, ctx: Context, ticket: Ticket, learner: Learner) -> None:
    """No more processing, no more marketing; each category is erased when its retention period
    ends (art. 85 II 2°)."""
    known = marketing.learner_identifiers(learner)
    marketing.suppress_all(session, ticket, learner, MARKETING_CHANNELS, known)
    _withdraw_contacts(session, ctx, list(MARKETING_CHANNELS), known, learner)
    _restrict_all(session, ctx, learner)
    schedule_kept(session, learner, compute_plan(session, ctx, learner), ticket, _today(ctx))


def post_mortem(session: Session, ctx: Context, ticket: Ticket) -> Outcome:
    """LIL art. 85: the learner's own directives are recorded; on a third party's request, the
    outcome staff chose is checked against the requester's standing, then applied."""
    learner = _require_learner(session, ticket)
    if _self(ticket):
        return _record_directives(session, ctx, ticket, learner)
    directive = _directive(session, learner)
    standing = postmortem.standing(ticket, directive)
    allowed = [postmortem.Outcome(o) for o in standing["allowed"]]
    if not allowed:
        raise FulfilmentBlocked(
            f"{ticket.reference}: the requester has no standing (the directives name another "
            "trusted person, or there are no directives to carry out); reject it (no_standing)"
        )
    decision = session.get(PostMortemDecision, ticket.id)
    chosen = (
        postmortem.Outcome(decision.outcome)
        if decision is not None
        else (allowed[0] if len(allowed) == 1 else None)
    )
    if chosen is None or chosen not in allowed:
        raise FulfilmentBlocked(
            f"{ticket.reference}: choose the outcome, one of {', '.join(o.value for o in allowed)}"
        )
    route = route_for(session, ticket, personal=False)
    result: dict[str, Any] = {
        "mode": chosen.value,
        "trusted": standing["requester_is_trusted_person"],
    }
    if chosen is postmortem.Outcome.SETTLE_ESTATE:
        return _estate_package(session, ctx, ticket, learner, result)
    if chosen is postmortem.Outcome.CLOSE_ACCOUNT:
        _close_account(session, ctx, ticket, learner)
        return Outcome({**result, "action": "close"}, route=route)
    assert directive is not None
    action = postmortem.Action(directive.action)
    given_at = directive.given_at or directive.recorded_at
    result |= {"action": action.value, "given_at": given_at.isoformat()}
    if action is postmortem.Action.ERASE:
        plan = compute_plan(session, ctx, learner)
        erased = execute_plan(session, ctx, learner, plan, ticket, keep_profile_for_now=True)
        notified = notify_recipients(session, ctx, ticket, learner, plan_done(plan))
        return Outcome(
            {**result, "plan": plan["entries"], "erased": erased, "notified": notified},
            route=route,
            after=partial(erase_profile, session, ctx, learner, plan),
        )
    if action is postmortem.Action.COMMUNICATE:
        named = {r.lower() for r in directive.recipients} | (
            {directive.trusted_contact.lower()} if directive.trusted_contact else set()
        )
        if (
            ticket.requester_address.lower() not in named
            and not standing["requester_is_trusted_person"]
        ):
            raise FulfilmentBlocked(
                f"{ticket.reference}: the directives communicate the data to "
                f"{', '.join(sorted(named)) or 'nobody named'}, not to this requester"
            )
        outcome = _package(session, ctx, ticket, with_summary=True, learner=learner)
        _close_account(session, ctx, ticket, learner)
        outcome.result |= result
        return outcome
    _close_account(session, ctx, ticket, learner)
    return Outcome(result, route=route)


def _estate_package(
    session: Session, ctx: Context, ticket: Ticket, learner: Learner, result: dict[str, Any]
) -> Outcome:
    """Art. 85 II 1°: the data the estate needs (the categories marked ``estate``), to the
    heir; the account stays as it is."""
    datamap = data_map(ctx)
    names = [c.name for c in datamap.categories.values() if c.estate]
    outcome = _package(session, ctx, ticket, with_summary=False, learner=learner, only=names)
    titles = [datamap.categories[n].text("title", ticket.language) for n in names]
    outcome.result |= {**result, "categories": titles}
    return outcome


HANDLERS: dict[RequestType, Handler] = {
    RequestType.ACCESS: give_access,
    RequestType.PORTABILITY: give_portable_copy,
    RequestType.ERASURE: erase,
    RequestType.MINOR_PARENTAL: minor_parental,
    RequestType.RECTIFICATION: rectify,
    RequestType.RESTRICTION: restrict,
    RequestType.OBJECTION: uphold_objection,
    RequestType.MARKETING_OBJECTION: stop_marketing,
    RequestType.CONSENT_WITHDRAWAL: withdraw_consent,
    RequestType.POST_MORTEM: post_mortem,
}


def needs_approval(ticket: Ticket) -> bool:
    """Staff must approve this ticket before it is carried out."""
    return policy_for(RequestType(ticket.request_type)).needs_approval or ticket.needs_review


def advance(session: Session, ctx: Context, ticket: Ticket, *, actor: str) -> None:
    """Escalate an in-progress ticket to staff, or carry it out and complete it."""
    if State(ticket.state) is not State.IN_PROGRESS:
        return
    if needs_approval(ticket) and ticket.approved_by is None:
        prepared = prepare(session, ctx, ticket)
        changes = {"details": {**ticket.details, **prepared}} if prepared else None
        ctx.move(session, ticket, Command.REQUEST_APPROVAL, actor=actor, changes=changes)
        return
    _check_standing(session, ctx, ticket)
    handler = HANDLERS.get(RequestType(ticket.request_type))
    outcome = (handler(session, ctx, ticket) if handler is not None else None) or Outcome()
    if State(ticket.state) is not State.IN_PROGRESS:
        return  # the handler asked the requester for something first
    record = {k: v for k, v in outcome.result.items() if k not in ("directives",)}
    notice: dict[str, Any] = {"result": outcome.result, "personal": outcome.personal}
    if outcome.attachments:
        notice["attachments"] = outcome.attachments
    if outcome.route is not None:
        notice["route"] = outcome.route
    ctx.move(
        session,
        ticket,
        Command.COMPLETE,
        actor=actor,
        data={"fulfilment": record},
        changes={"details": {**ticket.details, "fulfilment": record}},
        **notice,
    )
    if outcome.also_to is not None:
        ctx.notify(
            session,
            ticket,
            NOTICE_FOR[Command.COMPLETE],
            route=outcome.also_to,
            personal=outcome.personal,
            result=outcome.result,
            reason=None,
        )
    if outcome.after is not None:
        outcome.after()
