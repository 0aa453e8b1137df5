"""Engagement tables: the nudge outbox, delivery attempts, rules, push, in-app, opt-outs, lease.

Every learner foreign key is `ondelete="CASCADE"`: deleting an account removes its nudges,
notifications, subscriptions and opt-out. The `apscheduler_jobs` table is APScheduler's own
SQLAlchemy job store; it is declared here (with APScheduler's column types) so migrations create
it and the drift check knows it.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    Unicode,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, TimestampMixin, utcnow
from app.enums import str_enum
from profiles import models as _profiles  # noqa: F401  (goals and milestones: FK targets)


class Trigger(StrEnum):
    """Why a learner is nudged."""

    INACTIVITY = "inactivity"
    STAGNATION = "stagnation"
    GOAL_DEVIATION = "goal_deviation"
    MOTIVATION_DROP = "motivation_drop"
    MILESTONE = "milestone_approach"


# Higher wins when several rules fire for one learner: a falling motivation is the strongest
# sign of drift, a plain absence the weakest (it is often just a busy day).
PRIORITY: dict[Trigger, int] = {
    Trigger.MOTIVATION_DROP: 50,
    Trigger.GOAL_DEVIATION: 40,
    Trigger.MILESTONE: 30,
    Trigger.STAGNATION: 20,
    Trigger.INACTIVITY: 10,
}


class NudgeChannel(StrEnum):
    """How a nudge travels (the same names as profiles' preferred channel)."""

    EMAIL = "email"
    WEB_PUSH = "web_push"
    IN_APP = "in_app"


class NudgeStatus(StrEnum):
    """Where a nudge is in the outbox."""

    PENDING_APPROVAL = "pending_approval"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


class AttemptOutcome(StrEnum):
    """The result of one delivery attempt; `started` with nothing after it means a crash."""

    STARTED = "started"
    SENT = "sent"
    FAILED = "failed"


class Nudge(TimestampMixin, Base):
    """One nudge in the outbox: written first (and generated), then delivered."""

    __tablename__ = "nudges"
    __table_args__ = (
        Index("ix_nudges_status_due", "status", "next_attempt_at"),
        Index("ix_nudges_coach_created", "coach_id", "created_at"),
        Index("ix_nudges_learner_created", "learner_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id", ondelete="CASCADE"))
    trigger: Mapped[Trigger] = mapped_column(str_enum(Trigger, "nudge_trigger"))
    priority: Mapped[int] = mapped_column(default=0)
    # What the nudge is about, so one milestone or stalled goal is not nudged about twice.
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goals.id", ondelete="SET NULL"))
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestones.id", ondelete="SET NULL")
    )
    channel: Mapped[NudgeChannel] = mapped_column(str_enum(NudgeChannel, "nudge_channel"))
    status: Mapped[NudgeStatus] = mapped_column(str_enum(NudgeStatus, "nudge_status"))
    # learner:trigger:local day; a re-run of the same evaluation can never add a second row.
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)
    scheduled_for: Mapped[datetime]
    context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    # NULL until the text is written; delivery only takes generated nudges.
    generated_at: Mapped[datetime | None]
    generated_by: Mapped[str] = mapped_column(String(100), default="")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    claim_token: Mapped[str | None] = mapped_column(String(32))
    claimed_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    opened_at: Mapped[datetime | None]
    error: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DeliveryAttempt(TimestampMixin, Base):
    """One try at delivering a nudge, kept for the log and for crash recovery."""

    __tablename__ = "nudge_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    nudge_id: Mapped[int] = mapped_column(ForeignKey("nudges.id", ondelete="CASCADE"), index=True)
    attempt: Mapped[int]
    channel: Mapped[NudgeChannel] = mapped_column(str_enum(NudgeChannel, "nudge_channel"))
    outcome: Mapped[AttemptOutcome] = mapped_column(str_enum(AttemptOutcome, "attempt_outcome"))
    detail: Mapped[str] = mapped_column(Text, default="")
    finished_at: Mapped[datetime | None]


class NudgeRules(Base):
    """A coach's rule thresholds; a coach without a row uses the defaults."""

    __tablename__ = "nudge_rules"

    coach_id: Mapped[int] = mapped_column(
        ForeignKey("coaches.id", ondelete="CASCADE"), primary_key=True
    )
    enabled: Mapped[bool] = mapped_column(default=True)
    inactivity_hours: Mapped[float] = mapped_column(Float, default=24.0)
    stagnation_days: Mapped[float] = mapped_column(Float, default=3.0)
    deviation: Mapped[float] = mapped_column(Float, default=0.3)
    motivation_drop: Mapped[float] = mapped_column(Float, default=0.2)
    motivation_days: Mapped[int] = mapped_column(default=7)
    milestone_days: Mapped[float] = mapped_column(Float, default=1.0)
    daily_cap: Mapped[int] = mapped_column(default=1)
    quiet_start: Mapped[int] = mapped_column(default=21)
    quiet_end: Mapped[int] = mapped_column(default=8)
    approval_required: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PushSubscription(TimestampMixin, Base):
    """A browser's Web Push subscription (endpoint and its public keys)."""

    __tablename__ = "push_subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    endpoint: Mapped[str] = mapped_column(String(1000), unique=True)
    p256dh: Mapped[str] = mapped_column(String(200))
    auth: Mapped[str] = mapped_column(String(100))
    user_agent: Mapped[str] = mapped_column(String(300), default="")
    # Set when the push service says the subscription is gone (404/410).
    disabled_at: Mapped[datetime | None]


class Notification(TimestampMixin, Base):
    """An in-app notification in the learner's list."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_read", "user_id", "read_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    nudge_id: Mapped[int | None] = mapped_column(
        ForeignKey("nudges.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(String(500), default="")
    read_at: Mapped[datetime | None]


class NudgeOptOut(TimestampMixin, Base):
    """A learner who wants no nudges (from the unsubscribe link or their settings)."""

    __tablename__ = "nudge_optouts"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    source: Mapped[str] = mapped_column(String(40), default="")


class SchedulerLease(Base):
    """Who runs the scheduled jobs: one holder at a time, until `expires_at`."""

    __tablename__ = "scheduler_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime]
    acquired_at: Mapped[datetime]


class SchedulerJob(Base):
    """APScheduler's SQLAlchemy job store table (APScheduler reads and writes it)."""

    __tablename__ = "apscheduler_jobs"

    id: Mapped[str] = mapped_column(Unicode(191), primary_key=True)
    next_run_time: Mapped[float | None] = mapped_column(Float(25), index=True)
    job_state: Mapped[bytes] = mapped_column(LargeBinary)


# --- API schemas ------------------------------------------------------------------------------


class NudgeRead(BaseModel):
    """A nudge as the coach API shows it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    learner_id: int
    coach_id: int
    trigger: Trigger
    channel: NudgeChannel
    status: NudgeStatus
    scheduled_for: datetime
    subject: str
    body: str
    generated_by: str
    attempts: int
    sent_at: datetime | None
    opened_at: datetime | None
    error: str
    context: dict[str, Any]
    created_at: datetime


class NudgeEdit(BaseModel):
    """A coach's edit of a nudge awaiting approval."""

    subject: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=4000)


class RulesIn(BaseModel):
    """A coach's rule thresholds."""

    model_config = ConfigDict(from_attributes=True)

    enabled: bool = True
    inactivity_hours: float = Field(24.0, gt=0, le=24 * 60)
    stagnation_days: float = Field(3.0, gt=0, le=365)
    deviation: float = Field(0.3, gt=0, le=1)
    motivation_drop: float = Field(0.2, gt=0, le=1)
    motivation_days: int = Field(7, ge=1, le=90)
    milestone_days: float = Field(1.0, gt=0, le=60)
    daily_cap: int = Field(1, ge=0, le=24)
    quiet_start: int = Field(21, ge=0, le=23)
    quiet_end: int = Field(8, ge=0, le=23)
    approval_required: bool = False


class PushSubscriptionIn(BaseModel):
    """A browser's PushSubscription.toJSON()."""

    endpoint: str = Field(min_length=8, max_length=1000, pattern=r"^https?://")
    keys: dict[str, str]
