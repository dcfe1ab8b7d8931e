"""``privacy-desk inbound``: see and replay inbound mail that could not be taken in."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from sqlmodel import col, select

from privacy_desk.app import command_desk
from workflows.db import session_scope
from workflows.mailbox import FOR_STAFF, requeue
from workflows.models import InboundMessage

app = typer.Typer(help="Inbound mail: quarantine and replay.", no_args_is_help=True)


@app.command("list")
def list_inbound(
    quarantined: Annotated[
        bool, typer.Option("--quarantined", help="Only mail kept for staff (unreadable/failed).")
    ] = False,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Inbound messages, newest first, with their status and error."""
    desk = command_desk()
    with session_scope(desk.engine) as session:
        query = select(InboundMessage).order_by(col(InboundMessage.id).desc()).limit(limit)
        if quarantined:
            query = query.where(col(InboundMessage.status).in_(FOR_STAFF))
        if status:
            query = query.where(InboundMessage.status == status)
        rows = [
            {
                "id": r.id,
                "source": r.source,
                "received_at": r.received_at.isoformat(),
                "status": r.status,
                "sender": r.sender or r.envelope_from,
                "subject": r.meta.get("subject"),
                "message_id": r.message_id,
                "ticket_id": r.ticket_id,
                "size": len(r.raw),
                "error": r.error,
            }
            for r in session.exec(query)
        ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo("no inbound messages")
    for r in rows:
        typer.echo(
            f"{r['id']}\t{r['received_at']}\t{r['status']}\t{r['sender'] or '-'}\t"
            f"{r['size']} bytes\t{r['error'] or r['subject'] or ''}"
        )


@app.command("retry")
def retry_inbound(inbound_id: int) -> None:
    """Put a quarantined or failed message back in the queue; the running service takes it."""
    command_desk().run(lambda session: requeue(session, inbound_id))
    typer.echo(f"inbound message {inbound_id} queued again")
