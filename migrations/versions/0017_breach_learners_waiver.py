"""Art. 34(3) GDPR on a breach: the DPO's decision not to tell the learners one by one (its
ground, reason, who and when) and, on ground c, the public communication made instead.

Revision ID: 0017_breach_learners_waiver
Revises: 0016_queue_indexes
Create Date: 2026-11-30 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import workflows.models

revision: str = "0017_breach_learners_waiver"
down_revision: str | None = "0016_queue_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table("breach", schema=None) as batch_op:
        batch_op.add_column(sa.Column("learners_waived_ground", _TEXT(length=1), nullable=True))
        batch_op.add_column(
            sa.Column("learners_waived_reason", _TEXT(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("learners_waived_by", _TEXT(length=120), nullable=True))
        batch_op.add_column(
            sa.Column("learners_waived_at", workflows.models.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("public_notice", _TEXT(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("breach", schema=None) as batch_op:
        for name in (
            "public_notice",
            "learners_waived_at",
            "learners_waived_by",
            "learners_waived_reason",
            "learners_waived_ground",
        ):
            batch_op.drop_column(name)
