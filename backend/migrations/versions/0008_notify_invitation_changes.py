"""notify listeners of every change to an invitation (PostgreSQL)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21 15:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has no notification channel; its streams look at the table instead
    op.execute(
        """
        CREATE FUNCTION notify_invitation_changed() RETURNS trigger AS $$
        BEGIN
            PERFORM pg_notify('invitation_changed', NEW.id::text);
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER invitation_changed AFTER INSERT OR UPDATE ON invitations "
        "FOR EACH ROW EXECUTE FUNCTION notify_invitation_changed()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS invitation_changed ON invitations")
    op.execute("DROP FUNCTION IF EXISTS notify_invitation_changed()")
