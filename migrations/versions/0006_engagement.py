"""Engagement: nudges outbox, delivery attempts, rules, push subscriptions, scheduler.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db import UTCDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = ("inactivity", "stagnation", "goal_deviation", "motivation_drop", "milestone_approach")
CHANNELS = ("email", "web_push", "in_app")
STATUSES = ("pending_approval", "queued", "sending", "sent", "failed", "cancelled", "skipped")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def _fk(
    table: str, column: str, target: str, ondelete: str = "CASCADE"
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], ondelete=ondelete,
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def _nudges() -> None:
    op.create_table(
        "nudges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("trigger", _enum("nudge_trigger", *TRIGGERS), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("milestone_id", sa.Integer(), nullable=True),
        sa.Column("channel", _enum("nudge_channel", *CHANNELS), nullable=False),
        sa.Column("status", _enum("nudge_status", *STATUSES), nullable=False),
        sa.Column("dedupe_key", sa.String(length=120), nullable=False),
        sa.Column("scheduled_for", UTCDateTime(), nullable=False),
        sa.Column("context", sa.JSON(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("generated_at", UTCDateTime(), nullable=True),
        sa.Column("generated_by", sa.String(length=100), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("claim_token", sa.String(length=32), nullable=True),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("opened_at", UTCDateTime(), nullable=True),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("reviewed_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("nudges", "learner_id", "users"),
        _fk("nudges", "coach_id", "coaches"),
        _fk("nudges", "reviewed_by", "users", "SET NULL"),
        _fk("nudges", "goal_id", "goals", "SET NULL"),
        _fk("nudges", "milestone_id", "milestones", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nudges")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_nudges_dedupe_key")),
    )
    op.create_index("ix_nudges_status_due", "nudges", ["status", "next_attempt_at"])
    op.create_index("ix_nudges_coach_created", "nudges", ["coach_id", "created_at"])
    op.create_index("ix_nudges_learner_created", "nudges", ["learner_id", "created_at"])
    op.create_table(
        "nudge_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nudge_id", sa.Integer(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("channel", _enum("nudge_channel", *CHANNELS), nullable=False),
        sa.Column("outcome", _enum("attempt_outcome", "started", "sent", "failed"),
                  nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("nudge_attempts", "nudge_id", "nudges"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nudge_attempts")),
    )
    op.create_index(op.f("ix_nudge_attempts_nudge_id"), "nudge_attempts", ["nudge_id"])


def _settings_tables() -> None:
    op.create_table(
        "nudge_rules",
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("inactivity_hours", sa.Float(), nullable=False),
        sa.Column("stagnation_days", sa.Float(), nullable=False),
        sa.Column("deviation", sa.Float(), nullable=False),
        sa.Column("motivation_drop", sa.Float(), nullable=False),
        sa.Column("motivation_days", sa.Integer(), nullable=False),
        sa.Column("milestone_days", sa.Float(), nullable=False),
        sa.Column("daily_cap", sa.Integer(), nullable=False),
        sa.Column("quiet_start", sa.Integer(), nullable=False),
        sa.Column("quiet_end", sa.Integer(), nullable=False),
        sa.Column("approval_required", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        _fk("nudge_rules", "coach_id", "coaches"),
        sa.PrimaryKeyConstraint("coach_id", name=op.f("pk_nudge_rules")),
    )
    op.create_table(
        "push_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("endpoint", sa.String(length=1000), nullable=False),
        sa.Column("p256dh", sa.String(length=200), nullable=False),
        sa.Column("auth", sa.String(length=100), nullable=False),
        sa.Column("user_agent", sa.String(length=300), nullable=False),
        sa.Column("disabled_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("push_subscriptions", "user_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_push_subscriptions")),
        sa.UniqueConstraint("endpoint", name=op.f("uq_push_subscriptions_endpoint")),
    )
    op.create_index(op.f("ix_push_subscriptions_user_id"), "push_subscriptions", ["user_id"])
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("nudge_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("read_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("notifications", "user_id", "users"),
        _fk("notifications", "nudge_id", "nudges"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sa.UniqueConstraint("nudge_id", name=op.f("uq_notifications_nudge_id")),
    )
    op.create_index("ix_notifications_user_read", "notifications", ["user_id", "read_at"])
    op.create_table(
        "nudge_optouts",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _fk("nudge_optouts", "user_id", "users"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_nudge_optouts")),
    )


def _scheduler_tables() -> None:
    op.create_table(
        "scheduler_leases",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("acquired_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_scheduler_leases")),
    )
    # APScheduler's job store, with the column types APScheduler itself declares.
    op.create_table(
        "apscheduler_jobs",
        sa.Column("id", sa.Unicode(length=191), nullable=False),
        sa.Column("next_run_time", sa.Float(precision=25), nullable=True),
        sa.Column("job_state", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_apscheduler_jobs")),
    )
    op.create_index(op.f("ix_apscheduler_jobs_next_run_time"), "apscheduler_jobs",
                    ["next_run_time"])


def upgrade() -> None:
    """Create the engagement tables."""
    _nudges()
    _settings_tables()
    _scheduler_tables()


def downgrade() -> None:
    """Drop the engagement tables."""
    for table in ("apscheduler_jobs", "scheduler_leases", "nudge_optouts", "notifications",
                  "push_subscriptions", "nudge_rules", "nudge_attempts", "nudges"):
        op.drop_table(table)
