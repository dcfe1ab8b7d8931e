"""Ticket state that steers the code in typed columns; a challenge names the thread it confirms.

``approved_by``, ``reminded_at``, ``purged_at``, ``needs_review`` and ``auth_failed`` leave the
free-form ``ticket.details`` for columns of their own, and ``awaiting: "proof"`` with its
``asked_at`` becomes ``proof_asked_at`` (a request waiting for documents since the receipt when
no date was kept). ``verification_challenge.requester`` held a thread key: it is now
``thread_key``. Values move out of ``details`` on upgrade and back on downgrade.

Revision ID: 0015_ticket_state
Revises: 0014_classifier_examples
Create Date: 2026-11-30 06:00:00
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

import workflows.models

revision: str = '0015_ticket_state'
down_revision: str | None = '0014_classifier_examples'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INSTANTS = ('reminded_at', 'purged_at')
_FLAGS = ('needs_review', 'auth_failed')
_MOVED = ('approved_by', 'awaiting', 'asked_at', *_INSTANTS, *_FLAGS)

_ticket = sa.table(
    'ticket',
    sa.column('id', sa.Integer),
    sa.column('received_at', workflows.models.UTCDateTime()),
    sa.column('details', sa.JSON),
    sa.column('approved_by', sa.String),
    sa.column('proof_asked_at', workflows.models.UTCDateTime()),
    sa.column('reminded_at', workflows.models.UTCDateTime()),
    sa.column('purged_at', workflows.models.UTCDateTime()),
    sa.column('needs_review', sa.Boolean),
    sa.column('auth_failed', sa.Boolean),
)


def _instant(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def upgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approved_by', sa.String(length=120), nullable=True))
        for name in ('proof_asked_at', *_INSTANTS):
            batch_op.add_column(
                sa.Column(name, workflows.models.UTCDateTime(), nullable=True)
            )
        for name in _FLAGS:
            batch_op.add_column(
                sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
            )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        for name in _FLAGS:
            batch_op.alter_column(name, server_default=None)
    with op.batch_alter_table('verification_challenge', schema=None) as batch_op:
        batch_op.drop_index('ix_verification_challenge_requester')
        batch_op.alter_column(
            'requester', new_column_name='thread_key', existing_type=sa.String(length=320)
        )
    with op.batch_alter_table('verification_challenge', schema=None) as batch_op:
        batch_op.create_index('ix_verification_challenge_thread_key', ['thread_key'])
    conn = op.get_bind()
    rows = conn.execute(sa.select(_ticket.c.id, _ticket.c.received_at, _ticket.c.details))
    for ticket_id, received_at, details in list(rows):
        details = dict(details or {})
        if not any(key in details for key in _MOVED):
            continue
        waiting = details.pop('awaiting', None) == 'proof'
        asked = _instant(details.pop('asked_at', None))
        values: dict[str, Any] = {
            'approved_by': details.pop('approved_by', None) or None,
            'proof_asked_at': (asked or received_at) if waiting else None,
            **{name: _instant(details.pop(name, None)) for name in _INSTANTS},
            **{name: bool(details.pop(name, False)) for name in _FLAGS},
        }
        conn.execute(
            _ticket.update().where(_ticket.c.id == ticket_id).values(details=details, **values)
        )


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(
            _ticket.c.id,
            _ticket.c.details,
            _ticket.c.approved_by,
            _ticket.c.proof_asked_at,
            *(_ticket.c[name] for name in (*_INSTANTS, *_FLAGS)),
        )
    )
    for row in list(rows):
        values = row._mapping
        details = dict(values['details'] or {})
        if values['approved_by']:
            details['approved_by'] = values['approved_by']
        if values['proof_asked_at'] is not None:
            details['awaiting'] = 'proof'
            details['asked_at'] = values['proof_asked_at'].isoformat()
        for name in _INSTANTS:
            if values[name] is not None:
                details[name] = values[name].isoformat()
        for name in _FLAGS:
            if values[name]:
                details[name] = True
        if details != (values['details'] or {}):
            conn.execute(
                _ticket.update().where(_ticket.c.id == values['id']).values(details=details)
            )
    with op.batch_alter_table('verification_challenge', schema=None) as batch_op:
        batch_op.drop_index('ix_verification_challenge_thread_key')
        batch_op.alter_column(
            'thread_key', new_column_name='requester', existing_type=sa.String(length=320)
        )
    with op.batch_alter_table('verification_challenge', schema=None) as batch_op:
        batch_op.create_index('ix_verification_challenge_requester', ['requester'])
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        for name in ('auth_failed', 'needs_review', 'purged_at', 'reminded_at'):
            batch_op.drop_column(name)
        batch_op.drop_column('proof_asked_at')
        batch_op.drop_column('approved_by')
