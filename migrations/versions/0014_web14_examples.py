"""Labelled examples for the classifier: requests staff reclassified, their text masked.

Revision ID: 0014_web14_examples
Revises: 0013_breach17_reminders_queue
Create Date: 2026-11-30 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import workflows.models

revision: str = '0014_web14_examples'
down_revision: str | None = '0013_breach17_reminders_queue'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        'classifier_example',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('language', _TEXT(length=8), nullable=False),
        sa.Column('channel', _TEXT(length=16), nullable=False),
        sa.Column('subject', _TEXT(), nullable=False),
        sa.Column('text', _TEXT(), nullable=False),
        sa.Column('predicted', sa.JSON(), nullable=False),
        sa.Column('labels', sa.JSON(), nullable=False),
        sa.Column('recorded_by', _TEXT(length=120), nullable=False),
        sa.Column('recorded_at', workflows.models.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade() -> None:
    op.drop_table('classifier_example')
