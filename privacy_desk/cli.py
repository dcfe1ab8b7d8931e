"""The ``privacy-desk`` command line: database, learners, staff, tickets, register, serve.

Errors caused by input or environment print one clear line and exit non-zero, never a traceback.
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import os
import sys
import time
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.exc import OperationalError

from privacy_desk.app import ALL_CHANNELS, command_desk, serve
from privacy_desk.cli_breach import breach_app
from privacy_desk.cli_fulfilment import data_app
from privacy_desk.cli_inbound import inbound_app
from privacy_desk.logs import configure_logging
from workflows.audit import Anchor
from workflows.classifier import Classifier
from workflows.classifier.jsonl import run_classify
from workflows.config import Settings
from workflows.connectors import ConnectorError
from workflows.db import DatabaseError
from workflows.deadlines import ExtensionRefused
from workflows.delivery import LETTER, DeliveryRefused
from workflows.desk import Decider
from workflows.learners import LearnerImportError
from workflows.letters import Letter, parse_sender
from workflows.lifecycle import ExtensionCause, IllegalTransition, RejectionReason, State
from workflows.migrate import upgrade
from workflows.notices import language_or_default
from workflows.postmortem import Outcome as PostMortemOutcome
from workflows.requests import RequestType
from workflows.staff import NotStaff, Role
from workflows.tickets import ConcurrentUpdate, TicketNotFound

app = typer.Typer(
    help="Privacy Desk: the data-protection officer's front desk.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
learners_app = typer.Typer(help="The learner directory.", no_args_is_help=True)
staff_app = typer.Typer(help="Staff allowed to decide.", no_args_is_help=True)
tickets_app = typer.Typer(help="Requests and their decisions.", no_args_is_help=True)
register_app = typer.Typer(help="The register of requests.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit log.", no_args_is_help=True)
classify_app = typer.Typer(help="The request classifier.")
app.add_typer(db_app, name="db")
app.add_typer(learners_app, name="learners")
app.add_typer(staff_app, name="staff")
app.add_typer(tickets_app, name="tickets")
app.add_typer(register_app, name="register")
app.add_typer(audit_app, name="audit")
app.add_typer(classify_app, name="classify")
app.add_typer(data_app, name="data")
app.add_typer(inbound_app, name="inbound")
app.add_typer(breach_app, name="breach")

#: What staff read beside a ticket's language: the text they type reaches the learner as written.
WRITE_IN = {
    "fr": "the learner reads French: write questions and explanations in French",
    "en": "the learner reads English: write questions and explanations in English",
}

FRIENDLY_ERRORS = (
    ConnectorError,
    DeliveryRefused,
    TicketNotFound,
    IllegalTransition,
    NotStaff,
    PermissionError,
    ExtensionRefused,
    LearnerImportError,
    DatabaseError,
    ConcurrentUpdate,
    FileNotFoundError,
    FileExistsError,
    IsADirectoryError,
    UnicodeDecodeError,
    ValueError,
)


def _emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Create or migrate the database schema to the code's revision."""
    settings = Settings()
    upgrade(settings.database_url, revision)
    typer.echo(f"database is at revision {revision}")


@learners_app.command("import")
def learners_import(path: Path) -> None:
    """Import or update learners from a CSV file (upsert on learner_id)."""
    desk = command_desk()
    with path.open(newline="", encoding="utf-8-sig") as stream:
        total = max(sum(1 for _ in stream) - 1, 0)
        stream.seek(0)
        with typer.progressbar(length=total, label="Importing", file=sys.stderr) as bar:
            report = desk.import_learners(stream, progress=bar.update)
    typer.echo(
        f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
        f"{len(report.rejected)} rejected, {len(report.warnings)} warning(s)"
    )
    for line, reason in sorted(report.rejected + report.warnings):
        typer.echo(f"line {line}: {reason}", err=True)


@learners_app.command("unlink")
def learners_unlink(learner_id: str, by: Annotated[str, typer.Option(help="Staff name.")]) -> None:
    """End a learner's Telegram link (logged); that chat must verify with a code again."""
    if command_desk().unlink_learner(learner_id, Decider(name=by)):
        typer.echo(f"{learner_id}: Telegram link ended")
    else:
        typer.echo(f"{learner_id} has no Telegram link")


@staff_app.command("add")
def staff_add(
    name: str,
    email: Annotated[str | None, typer.Option(help="Staff email.")] = None,
    telegram_id: Annotated[int | None, typer.Option(help="Telegram user id.")] = None,
    role: Annotated[
        Role, typer.Option(help="dpo decides everything; agent reads, asks, corrects, drafts.")
    ] = Role.DPO,
) -> None:
    """Allow someone to work on requests, as dpo (the default) or agent."""
    command_desk().add_staff(name, email=email, telegram_user_id=telegram_id, role=role)
    typer.echo(f"{name} is staff ({role.value})")


@staff_app.command("set-password")
def staff_set_password(name: str) -> None:
    """Set the web console password of a staff member (asked twice; read from standard input
    when it is not a terminal)."""
    if sys.stdin.isatty():
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    command_desk().set_staff_password(name, password)
    typer.echo(f"{name} can sign in to the console")


@staff_app.command("totp")
def staff_totp(
    name: str,
    off: Annotated[bool, typer.Option("--off", help="Turn the second factor off.")] = False,
) -> None:
    """Turn on a staff member's TOTP second factor for the console, and print the URI to load
    into their authenticator app (or turn it off with --off)."""
    if off:
        command_desk().disable_totp(name)
        typer.echo(f"{name} signs in with the password alone")
        return
    uri = command_desk().enable_totp(name)
    typer.echo(f"{name} now needs a code from an authenticator app; load this into it:")
    typer.echo(uri)


@staff_app.command("list")
def staff_list() -> None:
    """List the staff allowed to decide."""
    for member in command_desk().staff_members():
        typer.echo(
            f"{member.name}\t{member.role}\t{member.email or '-'}\t"
            f"{member.telegram_user_id or '-'}"
        )


@staff_app.command("remove")
def staff_remove(name: str) -> None:
    """Withdraw someone's right to decide (their past decisions stay in the log)."""
    if not command_desk().remove_staff(name):
        raise ValueError(f"{name} is not staff")
    typer.echo(f"{name} is no longer staff")


@tickets_app.command("list")
def tickets_list(
    state: Annotated[State | None, typer.Option(help="Only tickets in this state.")] = None,
    overdue: Annotated[bool, typer.Option(help="Only open tickets past their due date.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """The queue of tickets, newest first."""
    desk = command_desk()
    tickets = desk.tickets(state=state, overdue=overdue)
    if as_json:
        _emit_json([desk.summary(t) for t in tickets])
        return
    for t in tickets:
        due = t.effective_due_at.astimezone(desk.tz).date().isoformat()
        typer.echo(f"{t.reference}\t{t.request_type}\t{t.state}\tdue {due}\t{t.requester_address}")


@tickets_app.command("show")
def tickets_show(
    key: str, as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False
) -> None:
    """One ticket with its event history."""
    desk = command_desk()
    ticket, events = desk.ticket(key)
    history = [
        {
            "at": e.at.isoformat(),
            "actor": e.actor,
            "command": e.command,
            "from": e.from_state,
            "to": e.to_state,
            "reason": e.reason,
        }
        for e in events
    ]
    verification = desk.verification_status(key)
    proofs = [
        {
            "id": p.id,
            "filename": p.filename,
            "content_type": p.content_type,
            "size": p.size,
            "uploaded_at": p.uploaded_at.isoformat(),
            "deleted": p.deleted_at is not None,
        }
        for p in desk.proofs(key)
    ]
    duplicate = desk.find_duplicate(key)
    view = {
        **desk.summary(ticket),
        "duplicate_of": duplicate.reference if duplicate else None,
        "verification": verification,
        "proofs": proofs,
    }
    if as_json:
        _emit_json({**view, "events": history})
        return
    for key_name, value in view.items():
        if key_name == "language":
            value = f"{value} — {WRITE_IN[language_or_default(value)]}"
        if value not in (None, {}, "", []):
            typer.echo(f"{key_name}: {value}")
    typer.echo("history:")
    for entry in history:
        reason = f" — {entry['reason']}" if entry["reason"] else ""
        typer.echo(
            f"  {entry['at']}  {entry['actor']}  {entry['command']}: "
            f"{entry['from'] or '-'} → {entry['to']}{reason}"
        )


@tickets_app.command("open")
def tickets_open(
    channel: Annotated[str, typer.Option(help="How the request came: letter (by post).")],
    received_at: Annotated[
        str, typer.Option(help="The day the letter was received (YYYY-MM-DD).")
    ],
    sender: Annotated[
        str, typer.Option("--from", help="NAME/ADDRESS: the sender's name and postal address.")
    ],
    text_file: Annotated[Path, typer.Option(help="The letter's text, typed or read (UTF-8).")],
    by: Annotated[str, typer.Option(help="Staff name of who registers it.")],
    scan: Annotated[
        Path | None, typer.Option(help="The scanned letter (PDF, JPEG, PNG), kept encrypted.")
    ] = None,
) -> None:
    """Register a request received by post; its month runs from the letter's receipt."""
    if channel != LETTER:
        raise ValueError("only letters are registered by hand (--channel letter)")
    name, address = parse_sender(sender)
    content_type = mimetypes.guess_type(scan.name)[0] if scan is not None else None
    letter = Letter(
        received_on=date.fromisoformat(received_at),
        name=name,
        address=address,
        text=text_file.read_text(encoding="utf-8"),
        scan=scan.read_bytes() if scan is not None else None,
        scan_name=scan.name if scan is not None else "scan",
        scan_type=content_type or "application/octet-stream",
    )
    desk = command_desk()
    result = desk.open_letter(letter, Decider(name=by))
    for ticket in result.tickets:
        due = ticket.due_at.astimezone(desk.tz).date().isoformat()
        typer.echo(f"{ticket.reference}\t{ticket.request_type}\tdue {due}")


@tickets_app.command("approve")
def tickets_approve(
    key: str,
    by: Annotated[str, typer.Option(help="Staff name.")],
    post_mortem: Annotated[
        PostMortemOutcome | None,
        typer.Option(
            help="On an heir's or trusted person's request: apply_directives (art. 85 I), "
            "settle_estate (art. 85 II 1°) or close_account (art. 85 II 2°)."
        ),
    ] = None,
) -> None:
    """Approve the step a ticket waits for."""
    ticket = command_desk().approve(key, Decider(name=by), post_mortem=post_mortem)
    typer.echo(f"{ticket.reference} approved by {by}: now {ticket.state}")


@tickets_app.command("reject")
def tickets_reject(
    key: str,
    by: Annotated[str, typer.Option(help="Staff name.")],
    reason: Annotated[
        str,
        typer.Option(
            help="A reason from the fixed list, or free text the learner reads as written "
            "(in the learner's language)."
        ),
    ],
    explanation: Annotated[
        str | None,
        typer.Option(
            help="The explanation the learner reads as written (needed with a reason): "
            "write it in the learner's language (tickets show: language)."
        ),
    ] = None,
) -> None:
    """Refuse a request; the requester is told why, and how to complain to the CNIL or seek a
    judicial remedy."""
    try:
        code, text = RejectionReason(reason), explanation
    except ValueError:
        code, text = RejectionReason.OTHER, reason
    ticket = command_desk().reject(key, Decider(name=by), code, text)
    typer.echo(f"{ticket.reference} rejected by {by} ({code.value})")


@tickets_app.command("extend")
def tickets_extend(
    key: str,
    by: Annotated[str, typer.Option(help="Staff name.")],
    reason: Annotated[
        str,
        typer.Option(
            help="Why more time is needed, as the learner reads it: write it in the learner's "
            "language (tickets show: language)."
        ),
    ],
    cause: Annotated[
        ExtensionCause,
        typer.Option(help="complexity of the request, or number of requests (Art. 12(3))."),
    ],
) -> None:
    """Extend the due date once by two months; the requester is told the cause."""
    desk = command_desk()
    ticket = desk.extend(key, Decider(name=by), reason, cause)
    assert ticket.extended_due_at is not None
    due = ticket.extended_due_at.astimezone(desk.tz).date().isoformat()
    typer.echo(f"{ticket.reference} now due {due}")


@tickets_app.command("ask")
def tickets_ask(
    key: str,
    by: Annotated[str, typer.Option(help="Staff name.")],
    question: Annotated[
        str,
        typer.Option(
            help="What the learner must provide, as they read it: write it in the learner's "
            "language (tickets show: language)."
        ),
    ],
) -> None:
    """Ask the requester for information or proof."""
    ticket = command_desk().ask_requester(key, Decider(name=by), question)
    typer.echo(f"{ticket.reference} now {ticket.state}")


@tickets_app.command("correct")
def tickets_correct(
    key: str,
    by: Annotated[str, typer.Option(help="Staff name.")],
    field: Annotated[
        list[str], typer.Option("--set", help="FIELD=NEW VALUE, as the learner asked; repeatable.")
    ],
) -> None:
    """Record the correction a rectification request asks for, before approving it."""
    correction: dict[str, str] = {}
    for item in field:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--set {item!r} is not FIELD=VALUE")
        correction[name.strip()] = value.strip()
    ticket = command_desk().record_correction(key, Decider(name=by), correction)
    typer.echo(f"{ticket.reference}: correction of {', '.join(sorted(correction))} recorded")


@tickets_app.command("change-email")
def tickets_change_email(
    key: str,
    new_email: Annotated[str, typer.Argument(help="The learner's new registered email.")],
    by: Annotated[str, typer.Option(help="Staff name.")],
) -> None:
    """Change a learner's registered email, as an approved rectification asks; the old
    address is told of the change."""
    learner = command_desk().change_registered_email(key, new_email, Decider(name=by))
    typer.echo(f"{key}: registered email of {learner.learner_id} is now {learner.email}")


@tickets_app.command("reclassify")
def tickets_reclassify(
    key: str,
    request_type: Annotated[RequestType, typer.Argument(help="The type the request really is.")],
    by: Annotated[str, typer.Option(help="Staff name.")],
) -> None:
    """Change a request's type (kept, masked, as a labelled example for the classifier)."""
    ticket = command_desk().reclassify(key, Decider(name=by), request_type)
    typer.echo(f"{ticket.reference}: now {ticket.request_type}, {ticket.state}")


@tickets_app.command("proof")
def tickets_proof(
    proof_id: int,
    by: Annotated[str, typer.Option(help="Staff name.")],
    output: Annotated[Path, typer.Option(help="Where to write the decrypted document.")],
) -> None:
    """Open a proof document (logged on the ticket) and write it to a new file (mode 0600)."""
    handle = _new_private_file(output)
    try:
        with os.fdopen(handle, "wb") as out:
            document, data = command_desk().open_proof(proof_id, Decider(name=by))
            out.write(data)
    except BaseException:
        output.unlink(missing_ok=True)
        raise
    typer.echo(f"{document.filename} ({len(data)} bytes) written to {output}")


def _new_private_file(path: Path) -> int:
    """A file created for this command alone, readable by its owner only.

    An existing file or a symbolic link at ``path`` is refused: a decrypted document never
    overwrites a file, nor follows a link planted where it is about to be written.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags, 0o600)
    except FileExistsError:
        raise ValueError(f"{path} already exists: give the name of a new file") from None
    os.fchmod(handle, 0o600)  # whatever the umask
    return handle


class _NoBar:
    def update(self, steps: int) -> None:
        """Nothing to draw."""


def progress_bar(total: int, label: str) -> AbstractContextManager[Any]:
    """A progress bar on standard error when it is a terminal; otherwise nothing, so that a
    log or a script reads only the command's own lines."""
    if sys.stderr.isatty():
        return typer.progressbar(length=total, label=label, file=sys.stderr)
    return nullcontext(_NoBar())


@register_app.command("export")
def register_export(
    fmt: Annotated[str, typer.Option("--format", help="Only csv.")] = "csv",
    output: Annotated[Path | None, typer.Option(help="File to write (default stdout).")] = None,
) -> None:
    """Export the register of requests, streamed (constant memory), with a progress bar on
    standard error."""
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}; only csv is supported")
    desk = command_desk()
    total = desk.register_length()
    target = output.open("w", newline="", encoding="utf-8") if output else nullcontext(sys.stdout)
    with progress_bar(total, "Exporting") as bar, target as out:
        count = desk.register_csv(out, progress=bar.update)
    if output is not None:
        typer.echo(f"{count} rows written to {output}")


@audit_app.command("anchor")
def audit_anchor() -> None:
    """Print the tip of the audit chain as one JSON line, to keep outside the database with
    each backup (``audit verify --anchor FILE`` checks the log still holds it)."""
    anchor = command_desk().audit_anchor()
    typer.echo(json.dumps({"event_id": anchor.event_id, "hash": anchor.hash}))


@audit_app.command("verify")
def audit_verify(
    anchor_file: Annotated[
        Path | None,
        typer.Option("--anchor", help="A file written by `audit anchor`: check it too."),
    ] = None,
) -> None:
    """Recompute the audit hash chain, streamed, with a progress bar on standard error, and
    report the first broken event and the rate."""
    desk = command_desk()
    total = desk.audit_length()
    started = time.monotonic()
    with progress_bar(total, "Verifying") as bar:
        report = desk.verify_audit(progress=bar.update)
    seconds = time.monotonic() - started
    if not report.ok:
        typer.echo(
            f"audit log broken: event {report.broken_event_id} {report.problem} "
            f"({report.checked} events checked before it)",
            err=True,
        )
        raise typer.Exit(1)
    if anchor_file is not None:
        kept = json.loads(anchor_file.read_text(encoding="utf-8"))
        anchor = Anchor(int(kept["event_id"]), str(kept["hash"]))
        problem = desk.check_audit_anchor(anchor)
        if problem is not None:
            typer.echo(f"audit log does not hold its anchor: {problem}", err=True)
            raise typer.Exit(1)
    rate = report.checked / seconds if seconds > 0 else 0.0
    typer.echo(f"audit log intact: {report.checked} events in {seconds:.1f} s ({rate:,.0f}/s)")


@classify_app.callback(invoke_without_command=True)
def classify_command(
    context: typer.Context,
    evaluate: Annotated[
        bool, typer.Option("--eval", help="Inputs carry labels: print evaluation figures.")
    ] = False,
) -> None:
    """Classify JSON lines {"id", "subject", "text"} from stdin to stdout."""
    if context.invoked_subcommand is not None:
        return
    raise typer.Exit(run_classify(Classifier.load(), sys.stdin, sys.stdout, evaluate=evaluate))


@classify_app.command("export-examples")
def classify_export_examples(
    output: Annotated[Path, typer.Argument(help="JSON-lines file to write (not overwritten).")],
) -> None:
    """Write the requests staff reclassified, personal data masked, as labelled examples for
    the next training run (``classify --eval`` and ``bench/classify.py --examples`` read them)."""
    with output.open("x", encoding="utf-8") as out:
        count = command_desk().export_examples(out)
    typer.echo(f"{count} labelled examples written to {output}")


@app.command("serve")
def serve_command(
    channels: Annotated[
        str, typer.Option(help="Comma-separated channels to run: mail, bot, web.")
    ] = "mail,bot,web",
) -> None:
    """Run the configured channels, the outbox dispatcher and the scheduler."""
    wanted = frozenset(c.strip() for c in channels.split(",") if c.strip())
    unknown = wanted - ALL_CHANNELS
    if unknown:
        raise ValueError(f"unknown channel(s): {', '.join(sorted(unknown))}")
    settings = Settings()
    configure_logging(settings)
    asyncio.run(serve(settings, wanted))


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    try:
        app(args=argv, prog_name="privacy-desk")
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except OperationalError as exc:
        _fail(f"database unreachable: {exc.orig}")
    except FRIENDLY_ERRORS as exc:
        _fail(str(exc))
    return 1


def _fail(message: str) -> None:
    typer.echo("privacy-desk: " + " ".join(message.split()), err=True)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
