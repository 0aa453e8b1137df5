"""Profiles: goals, milestones, check-ins, preferences, style and activity.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db import UTCDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def _learner_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["learner_id"], ["users.id"], ondelete="CASCADE",
                                   name=op.f(f"fk_{table}_learner_id_users"))


def upgrade() -> None:
    """Create the profile tables."""
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("kind", _enum("goal_kind", "numeric", "yes_no"), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("start_value", sa.Float(), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=False),
        sa.Column("current_value", sa.Float(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=False),
        sa.Column("status", _enum("goal_status", "proposed", "active", "done", "abandoned"),
                  nullable=False),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("completed_at", UTCDateTime(), nullable=True),
        sa.Column("last_check_in_at", UTCDateTime(), nullable=True),
        sa.Column("last_progress_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"], ondelete="SET NULL",
                                name=op.f("fk_goals_coach_id_coaches")),
        _learner_fk("goals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    op.create_index("ix_goals_learner_status", "goals", ["learner_id", "status"])
    op.create_index(op.f("ix_goals_coach_id"), "goals", ["coach_id"])
    op.create_table(
        "milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("done_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], ondelete="CASCADE",
                                name=op.f("fk_milestones_goal_id_goals")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestones")),
    )
    op.create_index(op.f("ix_milestones_goal_id"), "milestones", ["goal_id"])
    op.create_index(op.f("ix_milestones_due_date"), "milestones", ["due_date"])
    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], ondelete="CASCADE",
                                name=op.f("fk_check_ins_goal_id_goals")),
        _learner_fk("check_ins"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
    )
    op.create_index(op.f("ix_check_ins_goal_id"), "check_ins", ["goal_id"])
    op.create_index("ix_check_ins_learner_created", "check_ins", ["learner_id", "created_at"])
    op.create_table(
        "learner_profiles",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("length_score", sa.Float(), nullable=False),
        sa.Column("preferred_channel", sa.String(length=16), nullable=True),
        sa.Column("channel_source", sa.String(length=24), nullable=False),
        sa.Column("preferred_hours", sa.JSON(), nullable=False),
        sa.Column("formality", sa.Float(), nullable=False),
        sa.Column("verbosity", sa.Float(), nullable=False),
        sa.Column("directness", sa.Float(), nullable=False),
        sa.Column("emoji", sa.Float(), nullable=False),
        sa.Column("style_samples", sa.Integer(), nullable=False),
        sa.Column("style_summary", sa.Text(), nullable=False),
        sa.Column("last_message_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        _learner_fk("learner_profiles"),
        sa.PrimaryKeyConstraint("learner_id", name=op.f("pk_learner_profiles")),
    )
    op.create_table(
        "activity_counts",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        _learner_fk("activity_counts"),
        sa.PrimaryKeyConstraint("learner_id", "weekday", "hour", name=op.f("pk_activity_counts")),
    )
    op.create_table(
        "profile_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _learner_fk("profile_changes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_changes")),
    )
    op.create_index("ix_profile_changes_learner_created", "profile_changes",
                    ["learner_id", "created_at"])
    op.create_table(
        "answer_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("rating", _enum("feedback_rating", "up", "down"), nullable=False),
        sa.Column("reason", _enum("feedback_reason", "too_long", "too_short", "off_topic",
                                  "unclear", "helpful", "other"), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE",
                                name=op.f("fk_answer_feedback_message_id_messages")),
        _learner_fk("answer_feedback"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_feedback")),
        sa.UniqueConstraint("message_id", "learner_id",
                            name=op.f("uq_answer_feedback_message_id")),
    )
    op.create_index(op.f("ix_answer_feedback_message_id"), "answer_feedback", ["message_id"])
    op.create_index(op.f("ix_answer_feedback_learner_id"), "answer_feedback", ["learner_id"])
    op.create_table(
        "behaviour_snapshots",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("engagement", sa.Float(), nullable=False),
        sa.Column("motivation", sa.Float(), nullable=False),
        sa.Column("abandonment_risk", sa.Float(), nullable=False),
        sa.Column("computed_at", UTCDateTime(), nullable=False),
        _learner_fk("behaviour_snapshots"),
        sa.PrimaryKeyConstraint("learner_id", "day", name=op.f("pk_behaviour_snapshots")),
    )
    op.create_index(op.f("ix_behaviour_snapshots_day"), "behaviour_snapshots", ["day"])


def downgrade() -> None:
    """Drop the profile tables."""
    for table in ("behaviour_snapshots", "answer_feedback", "profile_changes", "activity_counts",
                  "learner_profiles", "check_ins", "milestones", "goals"):
        op.drop_table(table)
