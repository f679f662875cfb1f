"""case requester index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the probable-duplicate lookup (same requester and category in one mailbox) must not
    # scan every case of a category as the table grows
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.create_index('ix_case_mailbox_requester', ['mailbox', 'requester', 'category'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_index('ix_case_mailbox_requester')
