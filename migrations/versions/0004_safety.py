"""Safety: escalation cases and their audit trail.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    """Create escalation_cases and escalation_events."""
    op.create_table(
        "escalation_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("case_kind", "crisis", "review"), nullable=False),
        sa.Column("status", _enum("case_status", "open", "acknowledged", "resolved"),
                  nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["learner_id"], ["users.id"], ondelete="CASCADE",
                                name=op.f("fk_escalation_cases_learner_id_users")),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"], ondelete="CASCADE",
                                name=op.f("fk_escalation_cases_coach_id_coaches")),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"], ondelete="SET NULL",
                                name=op.f("fk_escalation_cases_conversation_id_conversations")),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="SET NULL",
                                name=op.f("fk_escalation_cases_message_id_messages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_cases")),
    )
    op.create_index(op.f("ix_escalation_cases_status"), "escalation_cases", ["status"])
    op.create_index(op.f("ix_escalation_cases_learner_id"), "escalation_cases", ["learner_id"])
    op.create_index(op.f("ix_escalation_cases_coach_id"), "escalation_cases", ["coach_id"])
    op.create_index(op.f("ix_escalation_cases_conversation_id"), "escalation_cases",
                    ["conversation_id"])
    op.create_table(
        "escalation_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["escalation_cases.id"], ondelete="CASCADE",
                                name=op.f("fk_escalation_events_case_id_escalation_cases")),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], ondelete="SET NULL",
                                name=op.f("fk_escalation_events_actor_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_events")),
    )
    op.create_index(op.f("ix_escalation_events_case_id"), "escalation_events", ["case_id"])


def downgrade() -> None:
    """Drop the safety tables."""
    op.drop_table("escalation_events")
    op.drop_table("escalation_cases")
