"""Proof documents a requester sends (identity, parental authority, death, heir status).

They are kept encrypted at rest (Fernet, key derived from ``PRIVACY_DESK_PROOF_KEY``) until staff
decide, and the ticket's log records that one was received (name, size, SHA-256).
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet
from sqlmodel import Session

from workflows.context import Context
from workflows.lifecycle import Command
from workflows.models import ProofDocument, Ticket


class ProofStorageOff(RuntimeError):
    """No proof key is configured, so documents cannot be kept safely."""


def _fernet(ctx: Context) -> Fernet:
    key = ctx.settings.proof_key
    if key is None:
        raise ProofStorageOff("PRIVACY_DESK_PROOF_KEY is not set")
    digest = hashlib.sha256(key.get_secret_value().encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def store_proof(
    session: Session,
    ctx: Context,
    ticket_id: int,
    *,
    filename: str,
    content_type: str,
    data: bytes,
    actor: str,
) -> ProofDocument:
    """Keep a proof document for ``ticket_id`` encrypted, and log its receipt on the ticket."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise LookupError(f"no ticket {ticket_id}")
    sha256 = hashlib.sha256(data).hexdigest()
    proof = ProofDocument(
        ticket_id=ticket_id,
        filename=filename[:255],
        content_type=content_type[:127],
        sha256=sha256,
        size=len(data),
        encrypted=_fernet(ctx).encrypt(data),
        uploaded_at=ctx.now(),
    )
    session.add(proof)
    session.flush()
    ctx.move(
        session,
        ticket,
        Command.NOTE,
        actor=actor,
        reason="proof document received",
        data={
            "proof_id": proof.id,
            "filename": proof.filename,
            "size": len(data),
            "sha256": sha256,
        },
        notice=None,
    )
    return proof
