"""Key the audit chain: seal the events hashed with plain SHA-256 before it was keyed.

From this revision on, every event's hash is an HMAC-SHA256 under the audit key (derived from
the proof key: ``PRIVACY_DESK_PROOF_KEY``, or the generated ``PROOF_KEY_FILE``). Events already
written keep their plain SHA-256 hashes and still verify: this migration records the last of
them in ``audit_head.legacy_last_id`` and seals it with an HMAC of its id and hash under the
audit key, so that prefix can be neither recomputed nor moved by someone who writes the
database. Run it with the same proof key as ``serve``. A downgrade drops the seal; events
written under the key then read as altered to the older code.

Revision ID: 0008_keyed_audit
Revises: 0007_deferred_erasure
Create Date: 2026-11-30 03:00:00
"""

import hashlib
import hmac
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0008_keyed_audit'
down_revision: str | None = '0007_deferred_erasure'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _audit_key() -> bytes:
    from workflows.config import Settings
    from workflows.proofvault import subkey

    return subkey(Settings(), b"audit-chain")


def upgrade() -> None:
    with op.batch_alter_table('audit_head', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('legacy_last_id', sa.Integer(), nullable=False, server_default='0')
        )
        batch_op.add_column(
            sa.Column('legacy_seal', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
    with op.batch_alter_table('audit_head', schema=None) as batch_op:
        batch_op.alter_column('legacy_last_id', server_default=None)

    bind = op.get_bind()
    last = bind.execute(
        sa.text('SELECT id, hash FROM ticket_event ORDER BY id DESC LIMIT 1')
    ).first()
    if last is None:
        return
    last_id, last_hash = int(last[0]), str(last[1])
    message = f"legacy-chain:{last_id}:{last_hash}".encode()
    seal = hmac.new(_audit_key(), message, hashlib.sha256).hexdigest()
    updated = bind.execute(
        sa.text('UPDATE audit_head SET legacy_last_id = :id, legacy_seal = :seal WHERE id = 1'),
        {"id": last_id, "seal": seal},
    )
    if updated.rowcount == 0:
        bind.execute(
            sa.text(
                'INSERT INTO audit_head (id, last_event_id, last_hash, legacy_last_id, '
                'legacy_seal) VALUES (1, :id, :hash, :id, :seal)'
            ),
            {"id": last_id, "hash": last_hash, "seal": seal},
        )


def downgrade() -> None:
    with op.batch_alter_table('audit_head', schema=None) as batch_op:
        batch_op.drop_column('legacy_seal')
        batch_op.drop_column('legacy_last_id')
