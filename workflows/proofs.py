"""Third parties (parent, heir, lawyer, notary): their proof documents and the way to staff.

A third party's request is never verified by a code: the desk asks for documents (a notice
saying which), stores what arrives encrypted (:mod:`workflows.proofvault`), and puts the request
before staff, who alone can approve it. Every document received or opened is an audit event.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from workflows import fulfilment, proofvault
from workflows.context import Context
from workflows.details import details_of
from workflows.identity import requester_key
from workflows.lifecycle import OPEN, Command, State
from workflows.models import ProofDocument, Ticket
from workflows.requests import THIRD_PARTY_DOCUMENTS, missing_documents, required_documents
from workflows.tickets import TicketNotFound, get_ticket

#: What each kind of third party must send (the notice spells it out).
REQUIRED = THIRD_PARTY_DOCUMENTS
#: Document formats accepted, with the first bytes each must start with.
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "application/pdf": (b"%PDF-",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/webp": (b"RIFF",),
    "image/heic": (b"\x00\x00\x00",),
}


class ProofRefused(ValueError):
    """The document cannot be accepted (who sent it, its size, its format, the ticket state).

    ``why`` names the reason for a channel to word it in the requester's language; the message
    is for the audit log."""

    def __init__(self, message: str, why: str = "other") -> None:
        super().__init__(message)
        self.why = why


def documents_missing(ticket: Ticket) -> int:
    """How many required documents the ticket's requester has still to send."""
    return missing_documents(ticket.requester_kind, len(details_of(ticket).proofs))


def ask_for_proof(session: Session, ctx: Context, tickets: list[Ticket], *, actor: str) -> None:
    """Move a third party's tickets to ``awaiting_requester`` and send one notice listing the
    documents to send."""
    now = ctx.now()
    for ticket in tickets:
        ctx.move(
            session,
            ticket,
            Command.ASK_REQUESTER,
            actor=actor,
            reason="proof documents needed",
            changes={"proof_asked_at": now},
            notice=None,
        )
    first = tickets[0]
    ctx.notify(
        session,
        first,
        "proof_needed",
        tickets=tickets,
        kind=first.requester_kind,
        documents=required_documents(first.requester_kind),
    )


def is_requester(ticket: Ticket, actor: str) -> bool:
    """Whether ``actor`` (``channel:address``) is the one who made the request."""
    channel, _, address = actor.partition(":")
    return requester_key(channel, address) == requester_key(
        ticket.channel, ticket.requester_address
    )


def note_refusal(
    session: Session, ctx: Context, ticket_key: str | int, actor: str, why: str
) -> None:
    """Log on the ticket that a document was refused, and why (in its own transaction)."""
    try:
        ticket = get_ticket(session, ticket_key)
    except TicketNotFound:
        return
    ctx.move(
        session,
        ticket,
        Command.NOTE,
        actor=actor,
        reason=f"refused proof document: {why}",
        notice=None,
    )


def _accepted_type(content_type: str, data: bytes) -> str:
    wanted = content_type.split(";", 1)[0].strip().lower()
    if wanted == "image/jpg":
        wanted = "image/jpeg"
    prefixes = SIGNATURES.get(wanted)
    if prefixes is None:
        raise ProofRefused(
            f"format {wanted or 'unknown'} is not accepted (PDF, JPEG, PNG)", "format"
        )
    if not any(data.startswith(p) for p in prefixes):
        raise ProofRefused(f"the document is not a {wanted} file", "format")
    return wanted


def store_proof(
    session: Session,
    ctx: Context,
    ticket: Ticket,
    *,
    filename: str,
    content_type: str,
    data: bytes,
    actor: str,
    caption: str = "",
) -> ProofDocument:
    """Store one document of the ticket's requester, encrypted, and move the request on.

    ``caption`` is what the requester wrote with the file (a chat caption), shown to staff.

    Only the requester who opened the ticket (same channel and address) may add documents; a
    request waiting for proof goes back to work and from there to staff.
    """
    if not is_requester(ticket, actor):
        raise ProofRefused(
            "only the requester may send proof documents for this request", "not_requester"
        )
    if State(ticket.state) not in OPEN:
        raise ProofRefused(f"request {ticket.reference} is closed", "closed")
    if not data:
        raise ProofRefused("the document is empty", "empty")
    if len(data) > ctx.settings.max_proof_bytes:
        raise ProofRefused(
            f"documents are limited to {ctx.settings.max_proof_bytes} bytes", "too_large"
        )
    kept = session.exec(select(ProofDocument).where(ProofDocument.ticket_id == ticket.id)).all()
    if len(kept) >= ctx.settings.max_proofs_per_ticket:
        raise ProofRefused("too many documents for one request", "too_many")
    kind = _accepted_type(content_type, data)
    assert ticket.id is not None
    digest = proofvault.sha256(data)
    name = (filename or "document").replace("/", "_").replace("\\", "_")[:200]
    document = ProofDocument(
        ticket_id=ticket.id,
        filename=name,
        content_type=kind,
        sha256=digest,
        size=len(data),
        encrypted=ctx.keys.fernet.encrypt(data),
        uploaded_at=ctx.now(),
        uploaded_by=actor,
    )
    session.add(document)
    session.flush()
    entry: dict[str, object] = {"id": document.id, "filename": name}
    if caption.strip():
        entry["caption"] = caption.strip()[:500]
    listed = [*ticket.details.get("proofs", []), entry]
    ctx.move(
        session,
        ticket,
        Command.NOTE,
        actor=actor,
        reason=f"proof document received: {name}",
        data={"proof_id": document.id, "sha256": digest, "size": len(data)},
        changes={"details": {**ticket.details, "proofs": listed}},
        notice=None,
    )
    if State(ticket.state) is State.AWAITING_APPROVAL and not documents_missing(ticket):
        # the last document came after the request went to staff: a card they can approve
        ctx.notify_staff(session, ticket, "staff_escalation", reason="proof documents complete")
    for waiting in session.exec(
        select(Ticket).where(
            Ticket.thread_key == ticket.thread_key,
            Ticket.state == State.AWAITING_REQUESTER,
            Ticket.requester_kind == ticket.requester_kind,
            Ticket.requester_address == ticket.requester_address,
        )
    ):
        if waiting.proof_asked_at is None:
            continue
        changes: dict[str, object] = {"proof_asked_at": None, "approved_by": None}
        if waiting.id != ticket.id:
            changes["details"] = {**waiting.details, "proofs": listed}
        ctx.move(
            session,
            waiting,
            Command.REQUESTER_REPLIED,
            actor=actor,
            reason="proof documents received",
            changes=changes,
        )
        fulfilment.advance(session, ctx, waiting, actor="desk")
    return document


def documents_of(session: Session, ticket: Ticket) -> list[ProofDocument]:
    """Proof documents of a ticket's thread, oldest first (wiped ones included)."""
    thread_ids = [
        t.id for t in session.exec(select(Ticket).where(Ticket.thread_key == ticket.thread_key))
    ]
    return list(
        session.exec(
            select(ProofDocument)
            .where(col(ProofDocument.ticket_id).in_(thread_ids))
            .order_by(col(ProofDocument.id))
        )
    )


def open_document(
    session: Session, ctx: Context, document: ProofDocument, *, staff_name: str
) -> bytes:
    """A document in clear for a staff member; the audit log records who saw it and when."""
    if document.encrypted is None:
        raise ProofRefused("this document was deleted after the decision")
    ticket = session.get(Ticket, document.ticket_id)
    assert ticket is not None
    data = ctx.keys.fernet.decrypt(document.encrypted)
    ctx.move(
        session,
        ticket,
        Command.NOTE,
        actor=f"staff:{staff_name}",
        reason=f"proof document seen: {document.filename}",
        data={"proof_id": document.id, "sha256": document.sha256},
        notice=None,
    )
    return data
