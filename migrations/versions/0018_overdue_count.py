"""The overdue count from an index alone: open tickets by due date in force, with the columns
it is made of (an index-only scan), and autovacuum on ``ticket`` often enough that the
visibility map lets that scan skip the table (PostgreSQL only, as the queue's indexes).

Revision ID: 0018_overdue_count
Revises: 0017_breach_learners_waiver
Create Date: 2026-11-30 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018_overdue_count'
down_revision: str | None = '0017_breach_learners_waiver'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text(
    "state IN ('awaiting_approval', 'awaiting_identity', 'awaiting_requester', 'in_progress', "
    "'received')"
)
#: Vacuum ``ticket`` after 0.5% of its rows changed or were added (default 20%): an open
#: ticket changed since the last vacuum costs the count a table read (at 1,000,000 tickets,
#: 10,000 tickets changed made it 80 ms instead of 12 ms). A vacuum reads only the pages
#: changed since the previous one.
AUTOVACUUM = ('autovacuum_vacuum_scale_factor', 'autovacuum_vacuum_insert_scale_factor')


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return  # the embedded database is small, and SQLite cannot reflect the index
    op.create_index(
        'ix_ticket_overdue',
        'ticket',
        [sa.text('coalesce(extended_due_at, due_at)')],
        postgresql_include=['extended_due_at', 'due_at'],
        postgresql_where=OPEN,
    )
    op.execute('ALTER TABLE ticket SET (' + ', '.join(f'{o} = 0.005' for o in AUTOVACUUM) + ')')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('ALTER TABLE ticket RESET (' + ', '.join(AUTOVACUUM) + ')')
    op.drop_index('ix_ticket_overdue', table_name='ticket')
