"""Identity and trust: match strength on tickets, link tokens and per-requester limits on
challenges, who uploaded each proof document.

Revision ID: 0002_identity
Revises: 0001
Create Date: 2026-11-27 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import workflows.models

revision: str = "0002_identity"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("match_strength", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )
    with op.batch_alter_table("verification_challenge", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.add_column(
            sa.Column(
                "requester_address",
                sqlmodel.sql.sqltypes.AutoString(length=320),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column("sent", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("superseded_at", workflows.models.UTCDateTime(), nullable=True)
        )
        batch_op.create_index(
            batch_op.f("ix_verification_challenge_requester_address"),
            ["requester_address"],
            unique=False,
        )
    with op.batch_alter_table("proof_document", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "uploaded_by",
                sqlmodel.sql.sqltypes.AutoString(length=160),
                nullable=False,
                server_default="",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("proof_document", schema=None) as batch_op:
        batch_op.drop_column("uploaded_by")
    with op.batch_alter_table("verification_challenge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verification_challenge_requester_address"))
        batch_op.drop_column("superseded_at")
        batch_op.drop_column("sent")
        batch_op.drop_column("requester_address")
        batch_op.drop_column("token_hash")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_column("match_strength")
