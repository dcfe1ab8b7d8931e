"""Staff accounts for the web console (role, password hash, sign-in lockout, language, optional
TOTP secret), the staff member a ticket is assigned to, and an index for the search by email.

Staff added before roles existed decided everything from the CLI and the staff chat: they
become ``dpo`` explicitly (the column's server default), so nobody loses a right they had.
New members added without ``--role`` are ``dpo`` too; ``--role agent`` limits them.

Revision ID: 0011_web
Revises: 0010_rights
Create Date: 2026-11-30 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from workflows.models import UTCDateTime

revision: str = '0011_web'
down_revision: str | None = '0010_rights'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'role',
                sqlmodel.sql.sqltypes.AutoString(length=16),
                nullable=False,
                server_default='dpo',
            )
        )
        batch_op.add_column(
            sa.Column(
                'password_hash', sqlmodel.sql.sqltypes.AutoString(length=256), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column('failed_logins', sa.Integer(), nullable=False, server_default='0')
        )
        batch_op.add_column(sa.Column('locked_until', UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column(
                'language',
                sqlmodel.sql.sqltypes.AutoString(length=8),
                nullable=False,
                server_default='fr',
            )
        )
        batch_op.add_column(
            sa.Column('totp_secret', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )

    op.create_table(
        'ticket_assignment',
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('staff_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column('assigned_at', UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id']),
        sa.PrimaryKeyConstraint('ticket_id'),
    )
    op.create_index(
        op.f('ix_ticket_assignment_staff_name'), 'ticket_assignment', ['staff_name'], unique=False
    )
    # the console's search by email finds a requester's tickets without reading the whole queue
    op.create_index(
        op.f('ix_ticket_requester_address'), 'ticket', ['requester_address'], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f('ix_ticket_requester_address'), table_name='ticket')
    op.drop_index(op.f('ix_ticket_assignment_staff_name'), table_name='ticket_assignment')
    op.drop_table('ticket_assignment')
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.drop_column('totp_secret')
        batch_op.drop_column('language')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')
        batch_op.drop_column('password_hash')
        batch_op.drop_column('role')
