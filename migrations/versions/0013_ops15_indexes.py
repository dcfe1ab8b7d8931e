"""The open tickets' queue order, indexed: the queue, the overdue filter and the overdue count
read open tickets by due date without sorting or skipping the closed ones.

Revision ID: 0013_ops15_indexes
Revises: 0012_breach
Create Date: 2026-11-30 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013_ops15_indexes'
down_revision: str | None = '0012_breach'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text(
    "state IN ('awaiting_approval', 'awaiting_identity', 'awaiting_requester', 'in_progress', "
    "'received')"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return  # the embedded database is small, and SQLite cannot reflect the index
    op.create_index(
        'ix_ticket_open_due',
        'ticket',
        [sa.text('coalesce(extended_due_at, due_at)'), 'id'],
        postgresql_where=OPEN,
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.drop_index('ix_ticket_open_due', table_name='ticket')
