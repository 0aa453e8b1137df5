"""Safety: each learner message's own red-flag reading, for the conversation-context check.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db import UTCDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create message_readings: one row per learner message, deleted with it."""
    op.create_table(
        "message_readings",
        sa.Column("message_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE",
                                name=op.f("fk_message_readings_message_id_messages")),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_message_readings")),
    )


def downgrade() -> None:
    """Drop message_readings (readings are made again as messages arrive)."""
    op.drop_table("message_readings")
