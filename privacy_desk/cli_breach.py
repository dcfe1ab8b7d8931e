"""``privacy-desk breach …``: a personal-data breach, its 72-hour clocks and its notices.

Mounted by :mod:`privacy_desk.cli` as ``app.add_typer(breach_app, name="breach")``; its errors
are ValueErrors or NotStaff, so the main command line prints them as one line.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from privacy_desk.app import command_desk
from workflows.breach import Breaches, BreachView
from workflows.notices import LANGUAGES

breach_app = typer.Typer(help="Personal-data breaches and their notices.", no_args_is_help=True)

By = Annotated[str, typer.Option(help="Staff name.")]
#: The language the clocks are read in (the rest of the command line speaks English).
Lang = Annotated[str, typer.Option(help="Language the clocks are written in: fr or en.")]


def _breaches() -> Breaches:
    return command_desk().breaches


def _instant(text: str, breaches: Breaches) -> datetime:
    """An ISO date and time; without a UTC offset it is read in the desk's time zone."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date and time like 2026-03-10T08:00") from None
    return value if value.tzinfo else value.replace(tzinfo=breaches.tz)


def _language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r}: one of {', '.join(LANGUAGES)}")
    return lang


def _echo_summary(view: BreachView, breaches: Breaches, lang: str) -> None:
    b, counts = view.breach, view.counts
    clocks = "; ".join(breaches.describe(c, lang) for c in view.clocks)
    approved = f"approved by {b.approved_by}" if b.approved_by else "not approved"
    typer.echo(
        f"{b.id}\t{b.title}\t{approved}\t{counts.affected} affected, {counts.sent} sent, "
        f"{counts.failed} failed, {counts.pending} pending, {counts.not_queued} not queued\t"
        f"{clocks}"
    )


@breach_app.command("open")
def breach_open(
    title: Annotated[str, typer.Option(help="A short name for the breach.")],
    aware_at: Annotated[str, typer.Option(help="When the group became aware (ISO, local time).")],
    nature: Annotated[str, typer.Option(help="What happened (art. 33(3)(a)).")],
    by: By,
    categories: Annotated[str, typer.Option(help="Categories of data concerned.")] = "",
    people: Annotated[int | None, typer.Option(help="Approximate number of people.")] = None,
    records: Annotated[int | None, typer.Option(help="Approximate number of records.")] = None,
    consequences: Annotated[str, typer.Option(help="Likely consequences.")] = "",
    measures: Annotated[str, typer.Option(help="Measures taken or proposed.")] = "",
    dpo_contact: Annotated[
        str | None, typer.Option(help="DPO contact (default: the DPO address).")
    ] = None,
    lang: Lang = "en",
) -> None:
    """Record a breach (art. 33(3) GDPR); its 72-hour clocks start at the time of awareness."""
    _language(lang)
    breaches = _breaches()
    record = {"dpo_contact": dpo_contact} if dpo_contact else {}
    breach = breaches.open(
        by=by,
        title=title,
        aware_at=_instant(aware_at, breaches),
        nature=nature,
        data_categories=categories,
        people_count=people,
        records_count=records,
        consequences=consequences,
        measures=measures,
        **record,
    )
    typer.echo(f"breach {breach.id} opened")
    _echo_summary(breaches.show(breach.id or 0), breaches, lang)


@breach_app.command("text")
def breach_text(
    breach_id: int,
    lang: Annotated[str, typer.Option(help=f"One of {', '.join(LANGUAGES)}.")],
    nature: Annotated[str, typer.Option(help="What happened, in plain words.")],
    consequences: Annotated[str, typer.Option(help="The likely consequences for the person.")],
    measures: Annotated[str, typer.Option(help="What the group did and will do.")],
    advice: Annotated[str, typer.Option(help="What the person can do to protect themselves.")],
    by: By,
) -> None:
    """Write the learners' notice in one language (a new text withdraws the approval)."""
    _breaches().set_text(
        breach_id,
        lang,
        by=by,
        nature=nature,
        consequences=consequences,
        measures=measures,
        advice=advice,
    )
    typer.echo(f"breach {breach_id}: {lang} notice text recorded (needs approval)")


@breach_app.command("preview")
def breach_preview(
    breach_id: int, lang: Annotated[str, typer.Option(help="fr or en.")] = "fr"
) -> None:
    """Show the notice a learner would read, in one language."""
    rendered = _breaches().preview(breach_id, lang)
    typer.echo(f"Subject: {rendered.subject}\n\n{rendered.text}")


@breach_app.command("approve")
def breach_approve(breach_id: int, by: By) -> None:
    """Approve the notice texts (staff only); the notices can then be sent."""
    _breaches().approve(breach_id, by=by)
    typer.echo(f"breach {breach_id}: notice texts approved by {by}")


@breach_app.command("affected")
def breach_affected(breach_id: int, path: Path, by: By) -> None:
    """Add the affected learners listed in a CSV file: learner number or email, then optionally
    the categories of their data exposed. Rows that match nobody are reported."""
    breaches = _breaches()
    with path.open(newline="", encoding="utf-8-sig") as stream:
        total = sum(1 for _ in stream)
        stream.seek(0)
        with typer.progressbar(length=total, label="Matching", file=sys.stderr) as bar:
            report = breaches.import_affected(breach_id, stream, by=by, progress=bar.update)
    typer.echo(
        f"{report.added} affected learners added, {report.already} already there, "
        f"{len(report.unmatched)} not found in the learner directory"
    )
    for line, key in report.unmatched:
        typer.echo(f"line {line}: no learner {key}", err=True)


@breach_app.command("send")
def breach_send(
    breach_id: int,
    by: By,
    batch: Annotated[int, typer.Option(min=1, help="Notices queued per transaction.")] = 200,
) -> None:
    """Queue the approved notice of every affected learner not yet queued; `serve` delivers
    them at BREACH_NOTICES_PER_MINUTE. Safe to interrupt and run again."""
    breaches = _breaches()
    waiting = breaches.show(breach_id).counts.not_queued
    with typer.progressbar(length=waiting, label="Queueing", file=sys.stderr) as bar:
        queued = breaches.send(breach_id, by=by, batch=batch, progress=bar.update)
    rate = breaches.per_minute
    typer.echo(f"breach {breach_id}: {queued} notices queued, sent at {rate} a minute")
    view = breaches.show(breach_id)
    if view.last_slot is not None:
        deadline = view.clocks[1].due_at
        last = view.last_slot.astimezone(breaches.tz)
        typer.echo(f"the last notice leaves around {last:%d/%m/%Y %H:%M}")
        if view.last_slot > deadline:
            due = deadline.astimezone(breaches.tz)
            typer.echo(
                f"warning: that is after the learners' 72-hour deadline ({due:%d/%m/%Y %H:%M})",
                err=True,
            )


@breach_app.command("cnil-notified")
def breach_cnil_notified(
    breach_id: int,
    by: By,
    at: Annotated[str | None, typer.Option(help="When (ISO, local time); default now.")] = None,
) -> None:
    """Record that the CNIL was notified (art. 33(1)): its clock stops."""
    breaches = _breaches()
    when = _instant(at, breaches) if at else breaches.now()
    breaches.cnil_notified(breach_id, by=by, at=when)
    typer.echo(f"breach {breach_id}: CNIL notified")


@breach_app.command("waive-learners")
def breach_waive_learners(
    breach_id: int,
    ground: Annotated[
        str,
        typer.Option(
            help="Art. 34(3) GDPR: a (data unintelligible, e.g. encrypted), b (high risk no "
            "longer likely after later measures), c (disproportionate effort: a public "
            "communication instead)."
        ),
    ],
    reason: Annotated[str, typer.Option(help="Why, for the record of the breach.")],
    by: By,
    public_notice: Annotated[
        str,
        typer.Option(help="Ground c: where and when the public communication was made."),
    ] = "",
) -> None:
    """Decide the learners are not told one by one (art. 34(3) GDPR; DPO only, logged): their
    clock and its reminders stop, no notice is sent, and the record states the decision.
    Refused once their notices are queued."""
    _breaches().waive_learners(
        breach_id, by=by, ground=ground, reason=reason, public_notice=public_notice
    )
    typer.echo(
        f"breach {breach_id}: the learners are not told one by one (art. 34(3)({ground})); "
        "their clock stopped"
    )


@breach_app.command("export")
def breach_export(
    breach_id: int,
    by: By,
    out: Annotated[Path, typer.Option(help="Folder the two files are written to.")] = Path("."),
    lang: Annotated[str, typer.Option(help="Language of the summary: fr or en.")] = "fr",
) -> None:
    """Write the record to file with the CNIL (DPO only, logged): the art. 33(3) content as a
    readable summary, and the notification log, one CSV row per affected learner."""
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r}: one of {', '.join(LANGUAGES)}")
    out.mkdir(parents=True, exist_ok=True)
    log_path = out / f"breach-{breach_id}-notifications.csv"
    summary_path = out / f"breach-{breach_id}-record.{lang}.txt"
    partial = log_path.with_suffix(".csv.part")
    try:
        with partial.open("w", newline="", encoding="utf-8") as log:
            record = _breaches().export(breach_id, log, by=by, language=lang)
    except BaseException:
        partial.unlink(missing_ok=True)  # nothing half written for a refused or failed export
        raise
    summary_path.write_text(record.summary, encoding="utf-8")
    if record.log_rows is None:  # the learners are not told: the summary says why
        partial.unlink()
        typer.echo(f"breach {breach_id}: {summary_path} written (no notification log)")
        return
    partial.replace(log_path)
    typer.echo(f"breach {breach_id}: {summary_path} and {log_path} written")


@breach_app.command("requests")
def breach_requests(breach_id: int) -> None:
    """The open requests linked to the breach that are due within seven days or overdue, most
    urgent first: the staff digest narrowed to this breach."""
    desk = command_desk()
    entries = desk.urgent_requests(breach_id=breach_id)
    for ticket, left in entries:
        due = ticket.effective_due_at.astimezone(desk.tz).date().isoformat()
        when = f"{-left} days overdue" if left < 0 else f"{left} days left"
        typer.echo(f"{ticket.reference}\t{ticket.request_type}\t{ticket.state}\tdue {due}\t{when}")
    typer.echo(f"breach {breach_id}: {len(entries)} urgent requests linked", err=True)


@breach_app.command("show")
def breach_show(breach_id: int, lang: Lang = "en") -> None:
    """One breach: its art. 33 record, notice texts, notices and the time left on its clocks."""
    _language(lang)
    breaches = _breaches()
    view = breaches.show(breach_id)
    b, tz = view.breach, breaches.tz
    fields = {
        "title": b.title,
        "aware at": f"{b.aware_at.astimezone(tz):%d/%m/%Y %H:%M}",
        "nature": b.nature,
        "categories of data": b.data_categories,
        "people concerned (approx.)": b.people_count,
        "records concerned (approx.)": b.records_count,
        "likely consequences": b.consequences,
        "measures": b.measures,
        "DPO contact": b.dpo_contact,
        "opened by": b.opened_by,
        "notice texts": ", ".join(sorted(view.texts)) or "none",
        "approved by": b.approved_by or "not approved",
    }
    typer.echo(f"breach {b.id}")
    for name, value in fields.items():
        typer.echo(f"  {name}: {'-' if value in (None, '') else value}")
    c = view.counts
    typer.echo(
        f"  notices: {c.affected} affected, {c.sent} sent, {c.failed} failed, "
        f"{c.pending} pending, {c.not_queued} not queued"
    )
    if b.learners_waived_at is not None:
        typer.echo(
            f"  learners not told one by one: art. 34(3)({b.learners_waived_ground}), decided "
            f"by {b.learners_waived_by}: {b.learners_waived_reason}"
        )
        if b.public_notice:
            typer.echo(f"  public communication: {b.public_notice}")
    for clock in view.clocks:
        typer.echo(f"  {breaches.describe(clock, lang)}")


@breach_app.command("list")
def breach_list(lang: Lang = "en") -> None:
    """Every breach, newest first, with its notices and the time left on its clocks."""
    _language(lang)
    breaches = _breaches()
    for view in breaches.list():
        _echo_summary(view, breaches, lang)
