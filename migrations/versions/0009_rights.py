"""Post-mortem directives as structured data, and the outcome staff chose for a third party.

A directive now says what to do (erase, communicate to the recipients it names, keep), names
the trusted person with the address their standing is checked by, and when it was given. The
former "close" instruction (close the account, keep the data for its periods) becomes "keep".
A ticket records the outcome staff chose on an heir's or trusted person's request. A learner
records which built-in categories (besides the profile) are restricted, so that an objection
stops the processing objected to and not every category.

Revision ID: 0009_rights
Revises: 0008_keyed_audit
Create Date: 2026-11-30 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import workflows.models

revision: str = '0009_rights'
down_revision: str | None = '0008_keyed_audit'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('learner', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('restricted_categories', sa.JSON(), nullable=False, server_default='[]')
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
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('post_mortem_outcome', sa.String(length=24), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_column('post_mortem_outcome')
    directive = sa.table('post_mortem_directive', sa.column('action', sa.String))
    op.execute(directive.update().where(directive.c.action == 'keep').values(action='close'))
    with op.batch_alter_table('post_mortem_directive', schema=None) as batch_op:
        batch_op.drop_column('given_at')
        batch_op.drop_column('trusted_contact')
        batch_op.drop_column('recipients')
    with op.batch_alter_table('learner', schema=None) as batch_op:
        batch_op.drop_column('restricted_categories')
