"""Indexes for the queries every inbound message runs: the acknowledgement rate limit (outbox by
recipient), threading by our own Message-IDs, and a thread's verification challenge.

Without them each query scanned its whole table, so intake slowed down as the desk filled up.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 13:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outbox_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_item_recipient'), ['recipient'], unique=False)
        batch_op.create_index(
            batch_op.f('ix_outbox_item_message_id'), ['message_id'], unique=False
        )
    with op.batch_alter_table('verification_challenge', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_verification_challenge_requester'), ['requester'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('verification_challenge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verification_challenge_requester'))
    with op.batch_alter_table('outbox_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_item_message_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_item_recipient'))
