"""Breach notices: the breach record, its notice texts, its affected learners and their notices.

A ticket opened by a reply to a breach notice records that breach (``ticket.breach_id``), for
the register.

Revision ID: 0012_breach
Revises: 0011_web
Create Date: 2026-11-30 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import workflows.models

revision: str = '0012_breach'
down_revision: str | None = '0011_web'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        'breach',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('title', _TEXT(length=200), nullable=False),
        sa.Column('aware_at', workflows.models.UTCDateTime(), nullable=False),
        sa.Column('nature', _TEXT(), nullable=False),
        sa.Column('data_categories', _TEXT(), nullable=False),
        sa.Column('people_count', sa.Integer(), nullable=True),
        sa.Column('records_count', sa.Integer(), nullable=True),
        sa.Column('consequences', _TEXT(), nullable=False),
        sa.Column('measures', _TEXT(), nullable=False),
        sa.Column('dpo_contact', _TEXT(), nullable=False),
        sa.Column('opened_by', _TEXT(length=120), nullable=False),
        sa.Column('opened_at', workflows.models.UTCDateTime(), nullable=False),
        sa.Column('cnil_notified_at', workflows.models.UTCDateTime(), nullable=True),
        sa.Column('approved_by', _TEXT(length=120), nullable=True),
        sa.Column('approved_at', workflows.models.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'breach_text',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('breach_id', sa.Integer(), nullable=False),
        sa.Column('language', _TEXT(length=8), nullable=False),
        sa.Column('nature', _TEXT(), nullable=False),
        sa.Column('consequences', _TEXT(), nullable=False),
        sa.Column('measures', _TEXT(), nullable=False),
        sa.Column('advice', _TEXT(), nullable=False),
        sa.ForeignKeyConstraint(['breach_id'], ['breach.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('breach_id', 'language'),
    )
    with op.batch_alter_table('breach_text', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_breach_text_breach_id'), ['breach_id'], unique=False)
    op.create_table(
        'breach_notice',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('breach_id', sa.Integer(), nullable=False),
        sa.Column('learner_pk', sa.Integer(), nullable=False),
        sa.Column('categories', _TEXT(), nullable=False),
        sa.Column('outbox_item_id', sa.Integer(), nullable=True),
        sa.Column('ticket_id', sa.Integer(), nullable=True),
        sa.Column('created_at', workflows.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['breach_id'], ['breach.id']),
        sa.ForeignKeyConstraint(['learner_pk'], ['learner.id']),
        sa.ForeignKeyConstraint(['outbox_item_id'], ['outbox_item.id']),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('breach_id', 'learner_pk'),
        sa.UniqueConstraint('outbox_item_id'),
    )
    with op.batch_alter_table('breach_notice', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_breach_notice_breach_id'), ['breach_id'], unique=False
        )
        batch_op.create_index(
            batch_op.f('ix_breach_notice_learner_pk'), ['learner_pk'], unique=False
        )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(sa.Column('breach_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_ticket_breach_id'), ['breach_id'], unique=False)
        batch_op.create_foreign_key('fk_ticket_breach_id', 'breach', ['breach_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_constraint('fk_ticket_breach_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_ticket_breach_id'))
        batch_op.drop_column('breach_id')
    with op.batch_alter_table('breach_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_breach_notice_learner_pk'))
        batch_op.drop_index(batch_op.f('ix_breach_notice_breach_id'))
    op.drop_table('breach_notice')
    with op.batch_alter_table('breach_text', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_breach_text_breach_id'))
    op.drop_table('breach_text')
    op.drop_table('breach')
