"""The vault of proof documents: encryption at rest, and wiping once the decision is taken.

Documents are encrypted with Fernet (AES-128-CBC and HMAC-SHA256) under the key of setting
``proof_key``: a Fernet key as printed by ``Fernet.generate_key()``, or any passphrase, from which
a key is derived with HKDF-SHA256. Without it (the embedded default) a random key is generated
once into ``proof_key_file`` (``./var/proof.key``, mode 0600); losing that file loses the
documents still waiting for a decision, and nothing else.

After the decision (approval, rejection, or the request ending otherwise) the encrypted bytes
are wiped and the row kept with ``deleted_at``; the audit log keeps who saw what and when.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading
from datetime import datetime
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlmodel import Session, col, select

from workflows.audit import append_event
from workflows.config import Settings
from workflows.lifecycle import TERMINAL, Command, State
from workflows.models import ProofDocument, Ticket

__all__ = [
    "InvalidToken",
    "ProofKey",
    "decrypt",
    "encrypt",
    "fernet_for",
    "subkey",
    "wipe_when_decided",
]


def _derive(passphrase: str) -> bytes:
    kdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"privacy-desk/proofs", info=b"fernet key"
    )
    return base64.urlsafe_b64encode(kdf.derive(passphrase.encode()))


def _key_from_file(path: Path) -> bytes:
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    # written aside, then linked in place whole: a process starting at the same time reads
    # either no file or the whole key, never a file created and not written yet
    draft = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key + b"\n")
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(draft, path)
    except FileExistsError:  # another process made it first
        return path.read_bytes().strip()
    finally:
        draft.unlink()
    return key


def _fernet_key(settings: Settings) -> bytes:
    """The Fernet key (url-safe base64) from ``proof_key`` or the generated key file."""
    if settings.proof_key is not None and settings.proof_key.get_secret_value().strip():
        secret = settings.proof_key.get_secret_value().strip()
        try:
            Fernet(secret.encode())
        except ValueError:
            return _derive(secret)
        return secret.encode()
    return _key_from_file(settings.proof_key_file)


class ProofKey:
    """The proof key and the keys derived from it, read (or made) once by the composition root
    and kept on the core's context, not at every challenge, check or document."""

    def __init__(self, fernet_key: bytes) -> None:
        self.fernet = Fernet(fernet_key)
        self._material = base64.urlsafe_b64decode(fernet_key)
        self._subkeys: dict[bytes, bytes] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> ProofKey:
        """The key of setting ``proof_key``, or of the generated ``proof_key_file``."""
        return cls(_fernet_key(settings))

    def subkey(self, purpose: bytes) -> bytes:
        """A 32-byte key for ``purpose`` (see :func:`subkey`)."""
        if purpose not in self._subkeys:
            self._subkeys[purpose] = hmac.new(self._material, purpose, hashlib.sha256).digest()
        return self._subkeys[purpose]


def fernet_for(settings: Settings) -> Fernet:
    """The cipher of proof documents, from ``proof_key`` or the generated key file."""
    return Fernet(_fernet_key(settings))


def subkey(settings: Settings, purpose: bytes) -> bytes:
    """A 32-byte key for ``purpose`` (``b"verification-code"``), derived from the proof key.

    One secret to manage: HMAC-SHA256(proof key, purpose) gives each use its own key, and none
    of them reveals the proof key or another purpose's key.
    """
    return ProofKey.from_settings(settings).subkey(purpose)


def encrypt(settings: Settings, data: bytes) -> bytes:
    """The encrypted form of a document."""
    return fernet_for(settings).encrypt(data)


def decrypt(settings: Settings, token: bytes) -> bytes:
    """A document back in clear; raises :class:`InvalidToken` under the wrong key."""
    return fernet_for(settings).decrypt(token)


def sha256(data: bytes) -> str:
    """Hex SHA-256 of a document, kept after the document is wiped."""
    return hashlib.sha256(data).hexdigest()


def _decided(ticket: Ticket) -> bool:
    return State(ticket.state) in TERMINAL or bool(ticket.details.get("approved_by"))


def wipe_when_decided(session: Session, ticket: Ticket, *, actor: str, now: datetime) -> int:
    """Wipe the proof documents of ``ticket``'s thread once every request in it is decided.

    The rows stay (file name, size, hash, dates); an audit event says how many were deleted.
    """
    thread = list(session.exec(select(Ticket).where(Ticket.thread_key == ticket.thread_key)))
    if not all(_decided(t) for t in thread):
        return 0
    ids = [t.id for t in thread]
    live = list(
        session.exec(
            select(ProofDocument).where(
                col(ProofDocument.ticket_id).in_(ids), col(ProofDocument.deleted_at).is_(None)
            )
        )
    )
    for document in live:
        document.encrypted = None
        document.deleted_at = now
        session.add(document)
    by_ticket: dict[int, list[int]] = {}
    for document in live:
        assert document.id is not None
        by_ticket.setdefault(document.ticket_id, []).append(document.id)
    for owner in thread:
        if owner.id in by_ticket:
            append_event(
                session,
                ticket_id=owner.id,
                at=now,
                actor=actor,
                command=Command.NOTE.value,
                from_state=owner.state,
                to_state=owner.state,
                reason=f"{len(by_ticket[owner.id])} proof document(s) deleted after the decision",
                data={"proof_ids": by_ticket[owner.id]},
            )
    session.flush()
    return len(live)
