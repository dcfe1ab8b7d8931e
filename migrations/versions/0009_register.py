"""Gaps in the audit chain: where events left it with their request's expired register row.

Each row bridges a run of removed events: the event before it (0: the start of the log) and its
hash, the event the chain continues at and that event's ``prev_hash``, sealed with an HMAC
under the audit key (see ``workflows.audit.remove_events``).

Revision ID: 0009_register
Revises: 0008_keyed_audit
Create Date: 2026-11-30 03:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009_register'
down_revision: str | None = '0008_keyed_audit'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'audit_gap',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('after_id', sa.Integer(), nullable=False),
        sa.Column('after_hash', sa.String(length=64), nullable=False),
        sa.Column('next_id', sa.Integer(), nullable=False),
        sa.Column('next_prev_hash', sa.String(length=64), nullable=False),
        sa.Column('removed', sa.Integer(), nullable=False),
        sa.Column('seal', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('after_id'),
    )


def downgrade() -> None:
    op.drop_table('audit_gap')
