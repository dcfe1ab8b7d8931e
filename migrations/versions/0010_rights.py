"""Post-mortem directives as structured data, and the outcome staff chose for a third party.

A directive now says what to do (erase, communicate to the recipients it names, keep), names
the trusted person with the address their standing is checked by, and when it was given. The
former "close" instruction (close the account, keep the data for its periods) becomes "keep".
``post_mortem_decision`` records the outcome staff chose on an heir's or trusted person's
request. ``restriction`` records which built-in categories (besides the profile) are restricted
for a learner, so that an objection stops the processing objected to and not every category.

Revision ID: 0010_rights
Revises: 0009_register
Create Date: 2026-11-30 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import workflows.models

revision: str = '0010_rights'
down_revision: str | None = '0009_register'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'restriction',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('learner_pk', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=64), nullable=False),
        sa.Column('created_at', workflows.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['learner_pk'], ['learner.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('learner_pk', 'category'),
    )
    with op.batch_alter_table('restriction', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_restriction_learner_pk'), ['learner_pk'], unique=False
        )
    op.create_table(
        'post_mortem_decision',
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('outcome', sa.String(length=24), nullable=False),
        sa.Column('decided_by', sa.String(length=120), nullable=False),
        sa.Column('decided_at', workflows.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id']),
        sa.PrimaryKeyConstraint('ticket_id'),
    )
    with op.batch_alter_table('post_mortem_directive', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recipients', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(
            sa.Column('trusted_contact', sa.String(length=320), nullable=False, server_default='')
        )
        batch_op.add_column(
            sa.Column('given_at', workflows.models.UTCDateTime(), nullable=True)
        )
    directive = sa.table('post_mortem_directive', sa.column('action', sa.String))
    op.execute(directive.update().where(directive.c.action == 'close').values(action='keep'))


def downgrade() -> None:
    op.drop_table('post_mortem_decision')
    with op.batch_alter_table('restriction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_restriction_learner_pk'))
    op.drop_table('restriction')
    directive = sa.table('post_mortem_directive', sa.column('action', sa.String))
    op.execute(directive.update().where(directive.c.action == 'keep').values(action='close'))
    with op.batch_alter_table('post_mortem_directive', schema=None) as batch_op:
        batch_op.drop_column('given_at')
        batch_op.drop_column('trusted_contact')
        batch_op.drop_column('recipients')
