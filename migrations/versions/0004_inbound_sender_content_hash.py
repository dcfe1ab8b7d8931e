"""Inbound mail: sender and content fingerprint for duplicate detection, processing attempts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('sender', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True)
        )
        batch_op.add_column(
            sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.add_column(
            sa.Column('attempts', sa.Integer(), nullable=False, server_default='0')
        )
        batch_op.create_index(batch_op.f('ix_inbound_message_sender'), ['sender'], unique=False)
        batch_op.create_index(
            batch_op.f('ix_inbound_message_content_hash'), ['content_hash'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbound_message_content_hash'))
        batch_op.drop_index(batch_op.f('ix_inbound_message_sender'))
        batch_op.drop_column('attempts')
        batch_op.drop_column('content_hash')
        batch_op.drop_column('sender')
