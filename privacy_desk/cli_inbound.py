"""``privacy-desk inbound``: see and replay inbound mail that could not be taken in.

Mounted by :mod:`privacy_desk.cli` as ``app.add_typer(inbound_app, name="inbound")``.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer

from privacy_desk.app import command_desk

inbound_app = typer.Typer(help="Inbound mail: quarantine and replay.", no_args_is_help=True)


@inbound_app.command("list")
def list_inbound(
    quarantined: Annotated[
        bool, typer.Option("--quarantined", help="Only mail kept for staff (unreadable/failed).")
    ] = False,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Inbound messages, newest first, with their status and error."""
    rows = command_desk().inbound_messages(for_staff=quarantined, status=status, limit=limit)
    if as_json:
        listed = [{**asdict(r), "received_at": r.received_at.isoformat()} for r in rows]
        typer.echo(json.dumps(listed, ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo("no inbound messages")
    for r in rows:
        typer.echo(
            f"{r.id}\t{r.received_at.isoformat()}\t{r.status}\t{r.sender or '-'}\t"
            f"{r.size} bytes\t{r.error or r.subject or ''}"
        )


@inbound_app.command("retry")
def retry_inbound(inbound_id: int) -> None:
    """Put a quarantined or failed message back in the queue; the running service takes it."""
    command_desk().retry_inbound(inbound_id)
    typer.echo(f"inbound message {inbound_id} queued again")
