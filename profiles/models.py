"""Profile tables: goals, milestones, check-ins, the learned profile, activity, history, metrics.

Scope: goals belong to a learner and (optionally) the coach they were set with; everything
learned about the person (preferences, communication style, activity histogram, behaviour
metrics) is per learner, shared across their coaches, because it describes the person.
Every learner foreign key is `ondelete="CASCADE"`, so deleting a user removes all of it.

What `engagement/` may read (stable; set-based SQL is welcome):

- `goals`: `learner_id`, `coach_id`, `status` ('active' counts), `kind`, `start_value`,
  `target_value`, `current_value`, `start_date`, `target_date`, `last_check_in_at`,
  `last_progress_at` (when the value last moved toward the target; NULL = never).
  Progress fractions as SQL: `profiles.progress.progress_sql(as_of)`.
- `milestones`: `goal_id`, `title`, `due_date`, `done_at` (NULL = open).
- `check_ins`: `goal_id`, `learner_id`, `value`, `created_at`.
- `learner_profiles`: `preferred_channel` ('email' | 'web_push' | 'in_app' | NULL = not
  known), `preferred_hours` (JSON list of local hours), style floats 0..1.
- `activity_counts`: (`learner_id`, `weekday` 0=Monday, `hour` 0..23, `count`) in the
  learner's `users.timezone`.
- `behaviour_snapshots`: one row per (`learner_id`, `day`) written by
  `profiles.metrics.compute_snapshots`; `engagement`, `motivation`, `abandonment_risk` in 0..1.
  Never recompute these elsewhere.

Engagement must not write to these tables.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import JSON, Date, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, TimestampMixin, utcnow
from app.enums import str_enum


class GoalKind(StrEnum):
    """How a goal is measured: a number to reach, or a count of yes check-ins."""

    NUMERIC = "numeric"
    YES_NO = "yes_no"


class GoalStatus(StrEnum):
    """Where a goal stands; `proposed` goals await the learner's confirmation."""

    PROPOSED = "proposed"
    ACTIVE = "active"
    DONE = "done"
    ABANDONED = "abandoned"


class Channel(StrEnum):
    """How a learner prefers to be nudged."""

    EMAIL = "email"
    WEB_PUSH = "web_push"
    IN_APP = "in_app"


class Rating(StrEnum):
    """A learner's verdict on one answer."""

    UP = "up"
    DOWN = "down"


class FeedbackReason(StrEnum):
    """Why an answer was rated down (or up)."""

    TOO_LONG = "too_long"
    TOO_SHORT = "too_short"
    OFF_TOPIC = "off_topic"
    UNCLEAR = "unclear"
    HELPFUL = "helpful"
    OTHER = "other"


class Goal(TimestampMixin, Base):
    """A learner's goal with a linear plan from (start_date, start_value) to the target."""

    __tablename__ = "goals"
    __table_args__ = (Index("ix_goals_learner_status", "learner_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    coach_id: Mapped[int | None] = mapped_column(
        ForeignKey("coaches.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[GoalKind] = mapped_column(str_enum(GoalKind, "goal_kind"))
    unit: Mapped[str] = mapped_column(String(40), default="")
    # For yes/no goals the value is the number of "yes" check-ins (start 0, target = how many).
    start_value: Mapped[float] = mapped_column(Float, default=0.0)
    target_value: Mapped[float] = mapped_column(Float)
    current_value: Mapped[float | None] = mapped_column(Float)
    start_date: Mapped[date] = mapped_column(Date)
    target_date: Mapped[date] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(str_enum(GoalStatus, "goal_status"))
    source: Mapped[str] = mapped_column(String(24), default="learner")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None]
    last_check_in_at: Mapped[datetime | None]
    last_progress_at: Mapped[datetime | None]


class Milestone(TimestampMixin, Base):
    """A step on the way to a goal, due on a date."""

    __tablename__ = "milestones"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None]


class CheckIn(TimestampMixin, Base):
    """One progress report on a goal: a value, or 1/0 for yes/no goals."""

    __tablename__ = "check_ins"
    __table_args__ = (Index("ix_check_ins_learner_created", "learner_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(24), default="learner")


class LearnerProfile(Base):
    """What was learned about a learner: preferences and communication style (one row each)."""

    __tablename__ = "learner_profiles"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    topics: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    # -1 wants shorter answers ... +1 wants longer; smoothed from feedback and behaviour.
    length_score: Mapped[float] = mapped_column(Float, default=0.0)
    preferred_channel: Mapped[str | None] = mapped_column(String(16))
    channel_source: Mapped[str] = mapped_column(String(24), default="")
    preferred_hours: Mapped[list[int]] = mapped_column(JSON, default=list)
    formality: Mapped[float] = mapped_column(Float, default=0.5)
    verbosity: Mapped[float] = mapped_column(Float, default=0.5)
    directness: Mapped[float] = mapped_column(Float, default=0.5)
    emoji: Mapped[float] = mapped_column(Float, default=0.0)
    style_samples: Mapped[int] = mapped_column(default=0)
    style_summary: Mapped[str] = mapped_column(Text, default="")
    # The newest learner message already learned from: updates catch up from here.
    last_message_id: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ActivityCount(Base):
    """How often a learner was active at one local hour of one weekday."""

    __tablename__ = "activity_counts"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    weekday: Mapped[int] = mapped_column(primary_key=True)
    hour: Mapped[int] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(default=0)


class ProfileChange(TimestampMixin, Base):
    """One change to a learner's profile: which field, from what to what, and why."""

    __tablename__ = "profile_changes"
    __table_args__ = (Index("ix_profile_changes_learner_created", "learner_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(100))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(40))


class AnswerFeedback(TimestampMixin, Base):
    """A learner's thumbs up or down on one assistant message (the latest one counts)."""

    __tablename__ = "answer_feedback"
    __table_args__ = (UniqueConstraint("message_id", "learner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    rating: Mapped[Rating] = mapped_column(str_enum(Rating, "feedback_rating"))
    reason: Mapped[FeedbackReason | None] = mapped_column(
        str_enum(FeedbackReason, "feedback_reason")
    )


class BehaviourSnapshot(Base):
    """The behaviour metrics of one learner on one (UTC) day."""

    __tablename__ = "behaviour_snapshots"

    learner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True, index=True)
    engagement: Mapped[float] = mapped_column(Float)
    motivation: Mapped[float] = mapped_column(Float)
    abandonment_risk: Mapped[float] = mapped_column(Float)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- API schemas ------------------------------------------------------------------------------

MAX_ID = 2**31 - 1  # row ids are 32-bit on PostgreSQL


class MilestoneIn(BaseModel):
    """A milestone to add or change."""

    title: str = Field(min_length=1, max_length=200)
    due_date: date
    done: bool = False


class MilestoneRead(BaseModel):
    """A milestone as the API shows it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    goal_id: int
    title: str
    due_date: date
    done_at: datetime | None


class GoalIn(BaseModel):
    """A goal to create; the plan runs linearly from start to target."""

    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=4000)
    kind: GoalKind = GoalKind.NUMERIC
    unit: str = Field(default="", max_length=40)
    start_value: float = 0.0
    target_value: float
    start_date: date | None = None
    target_date: date
    coach_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    milestones: list[MilestoneIn] = Field(default_factory=list, max_length=50)


class GoalPatch(BaseModel):
    """Fields of a goal to change; omitted ones keep their value."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=4000)
    unit: str | None = Field(default=None, max_length=40)
    start_value: float | None = None
    target_value: float | None = None
    start_date: date | None = None
    target_date: date | None = None
    status: GoalStatus | None = None


class ProgressRead(BaseModel):
    """Progress of a goal against its plan on a day (fractions of the way, 0..1)."""

    day: date
    actual: float
    expected: float
    deviation: float
    on_track: bool
    finished: bool


class GoalRead(BaseModel):
    """A goal as the API shows it, with milestones and progress."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    learner_id: int
    coach_id: int | None
    title: str
    description: str
    kind: GoalKind
    unit: str
    start_value: float
    target_value: float
    current_value: float | None
    start_date: date
    target_date: date
    status: GoalStatus
    source: str
    created_at: datetime
    milestones: list[MilestoneRead] = Field(default_factory=list)
    progress: ProgressRead | None = None


class CheckInIn(BaseModel):
    """A check-in: `value` for numeric goals, `done` for yes/no goals."""

    value: float | None = None
    done: bool | None = None
    note: str = Field(default="", max_length=2000)


class CheckInRead(BaseModel):
    """A check-in as the API shows it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    goal_id: int
    value: float
    note: str
    source: str
    created_at: datetime


class FeedbackIn(BaseModel):
    """Thumbs up or down on an answer, optionally with a reason."""

    rating: Rating
    reason: FeedbackReason | None = None


class PreferencesPatch(BaseModel):
    """Preferences the learner sets by hand; null clears a learned value."""

    preferred_channel: Channel | None = None
    preferred_hours: list[int] | None = Field(default=None, max_length=24)
    timezone: str | None = Field(default=None, min_length=1, max_length=64,
                                 description="An IANA time zone such as Europe/Paris.")


def as_dict(row: Any) -> dict[str, Any]:
    """A row's columns as a JSON-ready dict (dates and times as ISO strings)."""
    out: dict[str, Any] = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        out[column.key] = value.isoformat() if isinstance(value, date | datetime) else (
            value.value if isinstance(value, StrEnum) else value
        )
    return out
