"""Identity: a failure budget per learner and per requester, Telegram links that end, and
audit events about a learner rather than a request.

``verification_failure`` holds one row per wrong code or token (the sliding day of the budget);
``learner.telegram_last_used_at`` is when the linked chat last proved who it is (links that
exist already count from this upgrade); ``ticket_event.ticket_id`` may be empty for an event
about a learner (a link ended by the learner, by staff or by the clock).

Revision ID: 0006_identity
Revises: 0005
Create Date: 2026-11-30 03:00:00
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

import workflows.models

revision: str = "0006_identity"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "verification_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", workflows.models.UTCDateTime(), nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("learner_pk", sa.Integer(), nullable=True),
        sa.Column(
            "requester_address", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False
        ),
        sa.ForeignKeyConstraint(["challenge_id"], ["verification_challenge.id"]),
        sa.ForeignKeyConstraint(["learner_pk"], ["learner.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("verification_failure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verification_failure_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_verification_failure_challenge_id"), ["challenge_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_verification_failure_learner_pk"), ["learner_pk"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_verification_failure_requester_address"),
            ["requester_address"],
            unique=False,
        )
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("telegram_last_used_at", workflows.models.UTCDateTime(), nullable=True)
        )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.execute(
        sa.text(
            "UPDATE learner SET telegram_last_used_at = :now WHERE telegram_chat_id IS NOT NULL"
        ).bindparams(sa.bindparam("now", now, type_=sa.DateTime()))
    )
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.alter_column("ticket_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # fails while learner events exist: the audit chain is never rewritten to go back
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.alter_column("ticket_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_column("telegram_last_used_at")
    with op.batch_alter_table("verification_failure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verification_failure_requester_address"))
        batch_op.drop_index(batch_op.f("ix_verification_failure_learner_pk"))
        batch_op.drop_index(batch_op.f("ix_verification_failure_challenge_id"))
        batch_op.drop_index(batch_op.f("ix_verification_failure_at"))
    op.drop_table("verification_failure")
