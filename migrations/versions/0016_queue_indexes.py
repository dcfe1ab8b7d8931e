"""The open tickets' queue order, indexed: the queue, the overdue filter and the overdue count
read open tickets by due date without sorting or skipping the closed ones; names searched by
trigrams (PostgreSQL's pg_trgm).

Revision ID: 0016_queue_indexes
Revises: 0015_ticket_state
Create Date: 2026-11-30 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016_queue_indexes'
down_revision: str | None = '0015_ticket_state'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text(
    "state IN ('awaiting_approval', 'awaiting_identity', 'awaiting_requester', 'in_progress', "
    "'received')"
)

#: the queue's search by part of a name, through trigrams (pg_trgm)
TRIGRAMS = (
    ('ix_learner_first_name_trgm', 'learner', 'lower(first_name)'),
    ('ix_learner_last_name_trgm', 'learner', 'lower(last_name)'),
    ('ix_ticket_requester_name_trgm', 'ticket', 'lower(requester_name)'),
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
    op.create_index(
        'ix_ticket_open_type_due',
        'ticket',
        ['request_type', sa.text('coalesce(extended_due_at, due_at)'), 'id'],
        postgresql_where=OPEN,
    )
    op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    for name, table, expression in TRIGRAMS:
        op.execute(f'CREATE INDEX {name} ON {table} USING gin (({expression}) gin_trgm_ops)')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for name, _table, _expression in TRIGRAMS:
        op.execute(f'DROP INDEX {name}')
    op.drop_index('ix_ticket_open_type_due', table_name='ticket')
    op.drop_index('ix_ticket_open_due', table_name='ticket')
