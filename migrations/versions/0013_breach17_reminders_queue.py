"""Breach reminders and queueing: which of the staff reminders (24 and 48 hours after
awareness) went out, so the scheduler sends each once; an index that finds a breach's notices
still to queue, and its last one queued, without reading all of them.

Revision ID: 0013_breach17_reminders_queue
Revises: 0012_breach
Create Date: 2026-11-30 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_breach17_reminders_queue"
down_revision: str | None = "0012_breach"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("breach", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reminded_hours", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("breach_notice", schema=None) as batch_op:
        batch_op.create_index(
            "ix_breach_notice_queue", ["breach_id", "outbox_item_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("breach_notice", schema=None) as batch_op:
        batch_op.drop_index("ix_breach_notice_queue")
    with op.batch_alter_table("breach", schema=None) as batch_op:
        batch_op.drop_column("reminded_hours")
