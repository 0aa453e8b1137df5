"""The trigger engine: which learners need a nudge, evaluated for everyone in one SQL pass.

Each rule is one SELECT over all enrolments (learner, coach) with its per-coach threshold; the
rules are joined by UNION ALL, ranked per learner with a window function (highest priority,
then the largest shortfall, then the oldest stall) and filtered by opt-out and the daily cap,
all in one statement that runs on SQLite and PostgreSQL; the same statement brings each
learner's usual hour (preferred hours from profiles, else the busiest hour of profiles'
activity histogram), channel preference and push subscription. Python then only decides, per
row and without further queries, the delivery time (usual hours outside quiet hours, in the
learner's time zone) and the channel. One more query reads the coaches' rules.

A rule never fires twice for one episode: inactivity and stagnation stay quiet after a nudge
until the learner is active or progresses again, and a milestone is announced once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    Float,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.accounts.models import Role, User
from app.coaching.models import Coach, Conversation, Enrolment, Message, MessageRole
from app.db import UTCDateTime
from app.settings import Settings
from engagement.models import (
    PRIORITY,
    Nudge,
    NudgeChannel,
    NudgeOptOut,
    NudgeRules,
    NudgeStatus,
    PushSubscription,
    Trigger,
)
from engagement.timing import Channels, choose_channel, delivery_time, zone
from profiles.models import (
    ActivityCount,
    BehaviourSnapshot,
    Goal,
    GoalStatus,
    LearnerProfile,
    Milestone,
)
from profiles.progress import day_number, progress_sql

# Float arithmetic must not move an edge: 0.7 - 0.5 is 0.19999999999999996, and a drop of
# exactly the threshold counts.
EPSILON = 1e-9


@dataclass(frozen=True)
class Thresholds:
    """One coach's rule thresholds, caps and quiet hours (a NudgeRules row or the defaults)."""

    enabled: bool = True
    inactivity_hours: float = 24.0
    stagnation_days: float = 3.0
    deviation: float = 0.3
    motivation_drop: float = 0.2
    motivation_days: int = 7
    milestone_days: float = 1.0
    daily_cap: int = 1
    quiet_start: int = 21
    quiet_end: int = 8
    approval_required: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> Thresholds:
        """The defaults for coaches without their own rules."""
        return cls(daily_cap=settings.nudge_daily_cap, quiet_start=settings.nudge_quiet_start,
                   quiet_end=settings.nudge_quiet_end)

    @classmethod
    def of(cls, rules: NudgeRules) -> Thresholds:
        """A coach's stored rules."""
        return cls(**{name: getattr(rules, name) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Candidate:
    """A learner who should be nudged: why, when, how, and the facts for the message."""

    learner_id: int
    coach_id: int
    trigger: Trigger
    priority: int
    channel: NudgeChannel
    status: NudgeStatus
    scheduled_for: datetime
    dedupe_key: str
    email: str
    learner_name: str
    coach_name: str
    timezone: str
    goal_id: int | None = None
    milestone_id: int | None = None
    context: dict[str, Any] = field(default_factory=dict)


def load_rules(session: Session) -> dict[int, Thresholds]:
    """Every coach's own thresholds (coaches without a row use the defaults)."""
    return {row.coach_id: Thresholds.of(row) for row in session.scalars(select(NudgeRules))}


class _PerCoach:
    """SQL expressions for values that differ by coach: CASE coach_id WHEN ... ELSE default."""

    def __init__(self, rules: Mapping[int, Thresholds], defaults: Thresholds) -> None:
        self.rules = rules
        self.defaults = defaults

    def value(self, coach: Any, pick: Any, type_: Any) -> ColumnElement[Any]:
        """`pick(thresholds)` for the row's coach, typed for the database."""
        default = literal(pick(self.defaults), type_)
        if not self.rules:
            return default
        whens = {cid: literal(pick(t), type_) for cid, t in self.rules.items()}
        return case(whens, value=coach, else_=default)


def _goal_of(learner: Any, coach: Any, goal: Any = Goal) -> Any:
    """An active goal of this learner, set with this coach or with no coach."""
    return and_(goal.learner_id == learner, goal.status == GoalStatus.ACTIVE,
                or_(goal.coach_id == coach, goal.coach_id.is_(None)))


def _nudged_since(learner: Any, coach: Any, trigger: Trigger, since: Any) -> Any:
    """Whether this learner was already nudged by this coach for this trigger after `since`."""
    return exists().where(Nudge.learner_id == learner, Nudge.coach_id == coach,
                          Nudge.trigger == trigger, Nudge.created_at > since)


def _row(trigger: Trigger, learner: Any, coach: Any, *, goal: Any = None, milestone: Any = None,
         since: Any = None, amount: Any = None) -> list[ColumnElement[Any]]:
    """The common columns every rule's SELECT yields, in UNION ALL order."""
    return [
        learner.label("learner_id"), coach.label("coach_id"),
        literal(trigger.value, String(24)).label("trigger"),
        literal(PRIORITY[trigger], Integer).label("priority"),
        # Typed NULLs: PostgreSQL cannot unite an untyped NULL with a number or a timestamp.
        (goal if goal is not None else cast(null(), Integer)).label("goal_id"),
        (milestone if milestone is not None else cast(null(), Integer)).label("milestone_id"),
        (since if since is not None else cast(null(), UTCDateTime())).label("since"),
        (amount if amount is not None else cast(null(), Float)).label("amount"),
    ]


def rule_selects(as_of: datetime, per: _PerCoach) -> list[Select[Any]]:
    """One SELECT per rule over all enrolled learners, each yielding the common columns."""
    e = Enrolment
    enabled = per.value(e.coach_id, lambda t: t.enabled, Integer()) == 1
    before = per.value
    now = literal(as_of, UTCDateTime())
    base = (and_(enabled, e.created_at <= now),)

    last_message = (
        select(Conversation.learner_id, Conversation.coach_id,
               func.max(Message.created_at).label("last_at"))
        .join(Message, Message.conversation_id == Conversation.id)
        .where(Message.role == MessageRole.USER, Message.created_at <= now)
        .group_by(Conversation.learner_id, Conversation.coach_id)
        .subquery("last_message")
    )
    last_active = func.coalesce(last_message.c.last_at, e.created_at)
    inactive_before = before(
        e.coach_id, lambda t: as_of - timedelta(hours=t.inactivity_hours), UTCDateTime())
    inactivity = (
        select(*_row(Trigger.INACTIVITY, e.learner_id, e.coach_id, since=last_active))
        .outerjoin(last_message, and_(last_message.c.learner_id == e.learner_id,
                                      last_message.c.coach_id == e.coach_id))
        .where(*base, last_active <= inactive_before,
               ~_nudged_since(e.learner_id, e.coach_id, Trigger.INACTIVITY, last_active))
    )

    # Each active goal with, beside it, the latest progress over all of the learner's active
    # goals with this coach (a window, not a correlated NOT EXISTS): stalled only if that is old.
    moved = func.coalesce(Goal.last_progress_at, Goal.created_at)
    goals = (
        select(e.learner_id, e.coach_id, Goal.id, moved.label("moved"),
               func.max(moved).over(partition_by=(e.learner_id, e.coach_id)).label("latest"))
        .join(Goal, _goal_of(e.learner_id, e.coach_id))
        .where(*base, Goal.created_at <= now)
        .subquery("goal_moves")
    )
    stalled_before = before(
        goals.c.coach_id, lambda t: as_of - timedelta(days=t.stagnation_days), UTCDateTime())
    stagnation = (
        select(*_row(Trigger.STAGNATION, goals.c.learner_id, goals.c.coach_id, goal=goals.c.id,
                     since=goals.c.moved))
        .where(goals.c.latest <= stalled_before,
               ~_nudged_since(goals.c.learner_id, goals.c.coach_id, Trigger.STAGNATION,
                              goals.c.moved))
    )

    # The plan arithmetic is a large expression: compute it once per goal in a subquery
    # rather than once in the SELECT and again in the WHERE.
    behind = (select(Goal.id, Goal.learner_id, Goal.coach_id,
                     progress_sql(as_of).deviation.label("deviation"))
              .where(Goal.status == GoalStatus.ACTIVE, Goal.created_at <= now)
              .subquery("behind"))
    deviation = (
        select(*_row(Trigger.GOAL_DEVIATION, e.learner_id, e.coach_id, goal=behind.c.id,
                     amount=behind.c.deviation))
        .join(behind, and_(behind.c.learner_id == e.learner_id,
                           or_(behind.c.coach_id == e.coach_id, behind.c.coach_id.is_(None))))
        .where(*base,
               behind.c.deviation >= before(e.coach_id, lambda t: t.deviation - EPSILON, Float()))
    )

    today = as_of.astimezone(UTC).date()
    snap = BehaviourSnapshot
    longest = max([t.motivation_days for t in (per.defaults, *per.rules.values())])
    # One pass over the snapshots of the longest window: each row with the learner's latest
    # day and motivation beside it (window functions), so no self-join is needed.
    recent = (
        select(snap.learner_id, snap.day, snap.motivation,
               func.max(snap.day).over(partition_by=snap.learner_id).label("last_day"),
               func.first_value(snap.motivation).over(
                   partition_by=snap.learner_id, order_by=snap.day.desc()).label("current"))
        .where(snap.day <= literal(today, Date()),
               snap.day >= literal(today - timedelta(days=longest), Date()))
        .subquery("recent_snapshots")
    )
    window_start = before(e.coach_id, lambda t: today - timedelta(days=t.motivation_days), Date())
    drop = func.max(recent.c.motivation) - func.max(recent.c.current)
    motivation = (
        select(*_row(Trigger.MOTIVATION_DROP, e.learner_id, e.coach_id, amount=drop))
        .join(recent, and_(recent.c.learner_id == e.learner_id, recent.c.day >= window_start))
        .where(*base, recent.c.last_day >= window_start)
        .group_by(e.learner_id, e.coach_id)
        .having(drop >= before(e.coach_id, lambda t: t.motivation_drop - EPSILON, Float()))
    )

    due_by = before(
        e.coach_id, lambda t: (as_of + timedelta(days=t.milestone_days)).astimezone(UTC).date(),
        Date())
    milestone = (
        select(*_row(Trigger.MILESTONE, e.learner_id, e.coach_id, goal=Goal.id,
                     milestone=Milestone.id, amount=-day_number(Milestone.due_date)))
        .join(Goal, _goal_of(e.learner_id, e.coach_id))
        .join(Milestone, Milestone.goal_id == Goal.id)
        .where(*base, Milestone.done_at.is_(None), Milestone.due_date >= literal(today, Date()),
               Milestone.due_date <= due_by,
               ~exists().where(Nudge.milestone_id == Milestone.id,
                               Nudge.learner_id == e.learner_id))
    )
    return [inactivity, stagnation, deviation, motivation, milestone]


def candidates_select(as_of: datetime, per: _PerCoach) -> Select[Any]:
    """The one statement: every rule, the best per learner, minus opted-out and capped ones."""
    fired = union_all(*rule_selects(as_of, per)).subquery("fired")
    rank = func.row_number().over(
        partition_by=fired.c.learner_id,
        order_by=(fired.c.priority.desc(), func.coalesce(fired.c.amount, 0.0).desc(),
                  fired.c.since.asc(), fired.c.coach_id, fired.c.goal_id),
    )
    ranked = select(fired, rank.label("rank")).subquery("ranked")
    day_ago = literal(as_of - timedelta(days=1), UTCDateTime())
    recent = (
        select(Nudge.learner_id, func.count().label("n"))
        .where(Nudge.created_at > day_ago,
               Nudge.status.not_in([NudgeStatus.CANCELLED, NudgeStatus.SKIPPED]))
        .group_by(Nudge.learner_id)
        .subquery("recent")
    )
    cap = per.value(ranked.c.coach_id, lambda t: t.daily_cap, Integer())
    has_push = exists().where(PushSubscription.user_id == ranked.c.learner_id,
                              PushSubscription.disabled_at.is_(None))
    # The learner's busiest local hour from profiles' activity histogram (earlier hour breaks
    # ties), in this statement: a separate pass over 100,000 histograms costs seconds.
    busiest = (select(ActivityCount.hour).where(ActivityCount.learner_id == ranked.c.learner_id)
               .group_by(ActivityCount.hour)
               .order_by(func.sum(ActivityCount.count).desc(), ActivityCount.hour)
               .limit(1).scalar_subquery())
    return (
        select(ranked.c.learner_id, ranked.c.coach_id, ranked.c.trigger, ranked.c.priority,
               ranked.c.goal_id, ranked.c.milestone_id, ranked.c.since, ranked.c.amount,
               User.email, User.display_name, User.timezone, Coach.name.label("coach_name"),
               Goal.title.label("goal_title"), Milestone.title.label("milestone_title"),
               Milestone.due_date, LearnerProfile.preferred_channel,
               LearnerProfile.preferred_hours, has_push.label("has_push"),
               busiest.label("busiest_hour"))
        .join(User, User.id == ranked.c.learner_id)
        .join(Coach, Coach.id == ranked.c.coach_id)
        .outerjoin(Goal, Goal.id == ranked.c.goal_id)
        .outerjoin(Milestone, Milestone.id == ranked.c.milestone_id)
        .outerjoin(LearnerProfile, LearnerProfile.learner_id == ranked.c.learner_id)
        .outerjoin(recent, recent.c.learner_id == ranked.c.learner_id)
        .where(ranked.c.rank == 1, User.is_active.is_(True), User.role == Role.LEARNER,
               func.coalesce(recent.c.n, 0) < cap,
               ~exists().where(NudgeOptOut.user_id == ranked.c.learner_id))
        .order_by(ranked.c.learner_id)
    )


def _context(row: Any, as_of: datetime) -> dict[str, Any]:
    """The facts a message may use: which goal, how long, which milestone, by how much."""
    context: dict[str, Any] = {"learner_name": row.display_name, "coach_name": row.coach_name}
    if row.goal_title is not None:
        context["goal"] = row.goal_title
    if row.milestone_title is not None:
        context["milestone"] = row.milestone_title
        context["due_date"] = row.due_date.isoformat()
    if row.since is not None:
        since = row.since if row.since.tzinfo else row.since.replace(tzinfo=UTC)
        context["since"] = since.isoformat()
        hours = (as_of - since).total_seconds() / 3600
        context["hours"] = round(hours, 1)
        context["days"] = int(hours // 24)
    if row.amount is not None and row.trigger != Trigger.MILESTONE:
        context["amount"] = round(float(row.amount), 3)
    return context


def usual_hours(row: Any) -> list[int]:
    """The hours a learner engages: their stated preference first, else their busiest hour."""
    if row.preferred_hours:
        return [int(hour) for hour in row.preferred_hours if 0 <= int(hour) <= 23]
    return [] if row.busiest_hour is None else [int(row.busiest_hour)]


def evaluate(
    session: Session,
    as_of: datetime,
    *,
    defaults: Thresholds | None = None,
    channels: Channels | None = None,
) -> list[Candidate]:
    """Every learner to nudge as of a moment, with trigger, time, channel and context."""
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware")
    as_of = as_of.astimezone(UTC)
    defaults = defaults or Thresholds()
    channels = channels or Channels()
    rules = load_rules(session)
    rows = session.execute(candidates_select(as_of, _PerCoach(rules, defaults))).all()
    found: list[Candidate] = []
    for row in rows:
        limits = rules.get(row.coach_id, defaults)
        tz = zone(row.timezone)
        trigger = Trigger(row.trigger)
        local_day: date = as_of.astimezone(tz).date()
        found.append(Candidate(
            learner_id=row.learner_id, coach_id=row.coach_id, trigger=trigger,
            priority=row.priority,
            channel=choose_channel(row.preferred_channel, has_push=bool(row.has_push),
                                   channels=channels),
            status=(NudgeStatus.PENDING_APPROVAL if limits.approval_required
                    else NudgeStatus.QUEUED),
            scheduled_for=delivery_time(as_of, tz, usual_hours(row), limits.quiet_start,
                                        limits.quiet_end),
            dedupe_key=f"{row.learner_id}:{trigger.value}:{local_day.isoformat()}",
            email=row.email, learner_name=row.display_name, coach_name=row.coach_name,
            timezone=str(tz), goal_id=row.goal_id, milestone_id=row.milestone_id,
            context=_context(row, as_of),
        ))
    return found
