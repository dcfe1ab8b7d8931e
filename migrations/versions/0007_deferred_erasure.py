"""Deferred erasures and the cause of an extension.

An approved erasure keeps some categories under their retention rule; each kept category is now
a ``deferred_erasure`` row that the scheduler erases on its date (and the register shows).
Erasures completed before this revision told the learner that kept data would be erased on its
date: their plans are read back from the tickets so that it happens. A ticket's extension
records its cause (complexity or number of requests, Art. 12(3) GDPR).

Revision ID: 0007_deferred_erasure
Revises: 0006_identity
Create Date: 2026-11-30 03:00:00
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

import workflows.models

revision: str = '0007_deferred_erasure'
down_revision: str | None = '0006_identity'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'deferred_erasure',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('learner_pk', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=64), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('done_at', workflows.models.UTCDateTime(), nullable=True),
        sa.Column('rows_erased', sa.Integer(), nullable=True),
        sa.Column('created_at', workflows.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['learner_pk'], ['learner.id']),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('ticket_id', 'category'),
    )
    with op.batch_alter_table('deferred_erasure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deferred_erasure_due_on'), ['due_on'], unique=False)
        batch_op.create_index(
            batch_op.f('ix_deferred_erasure_learner_pk'), ['learner_pk'], unique=False
        )
        batch_op.create_index(
            batch_op.f('ix_deferred_erasure_ticket_id'), ['ticket_id'], unique=False
        )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(sa.Column('extension_cause', sa.String(length=16), nullable=True))
    _schedule_completed_erasures()


def _schedule_completed_erasures() -> None:
    """One deferred erasure per "keep until" entry of every erasure already carried out."""
    ticket = sa.table(
        'ticket',
        sa.column('id', sa.Integer),
        sa.column('learner_pk', sa.Integer),
        sa.column('state', sa.String),
        sa.column('details', sa.JSON),
    )
    deferred = sa.table(
        'deferred_erasure',
        sa.column('ticket_id', sa.Integer),
        sa.column('learner_pk', sa.Integer),
        sa.column('category', sa.String),
        sa.column('due_on', sa.Date),
        sa.column('created_at', workflows.models.UTCDateTime()),
    )
    conn = op.get_bind()
    now = datetime.now(UTC)
    rows = []
    completed = sa.select(ticket.c.id, ticket.c.learner_pk, ticket.c.details).where(
        ticket.c.state == 'completed', ticket.c.learner_pk.is_not(None)
    )
    for ticket_id, learner_pk, details in conn.execute(completed):
        plan = ((details or {}).get('fulfilment') or {}).get('plan') or []
        for entry in plan:
            if entry.get('action') == 'keep' and entry.get('keep_until'):
                rows.append(
                    {
                        'ticket_id': ticket_id,
                        'learner_pk': learner_pk,
                        'category': entry['category'],
                        'due_on': date.fromisoformat(entry['keep_until']) + timedelta(days=1),
                        'created_at': now,
                    }
                )
    if rows:
        op.bulk_insert(deferred, rows)


def downgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_column('extension_cause')
    with op.batch_alter_table('deferred_erasure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deferred_erasure_ticket_id'))
        batch_op.drop_index(batch_op.f('ix_deferred_erasure_learner_pk'))
        batch_op.drop_index(batch_op.f('ix_deferred_erasure_due_on'))
    op.drop_table('deferred_erasure')
