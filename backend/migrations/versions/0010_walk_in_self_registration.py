"""walk-in self-registration, and the dealer's invitations by date

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("walk_in", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("conceals_account", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index("ix_invitations_dealer_id_created_at", ["dealer_id", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.drop_index("ix_invitations_dealer_id_created_at")
        batch_op.drop_column("conceals_account")
        batch_op.drop_column("walk_in")
