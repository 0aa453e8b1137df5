"""Behaviour metrics: engagement, motivation and abandonment risk, computed once, here.

`compute_snapshots` evaluates every learner in one INSERT ... SELECT (no per-learner query
loop) on SQLite and PostgreSQL and stores one row per learner for the UTC day of `as_of` in
`behaviour_snapshots`; running it again the same day replaces that day's rows. Engagement's
triggers (motivation drop over 7 days, ...) read those rows; nothing recomputes them.

Inputs, per learner, as of T (all windows end at T):

- `m7`  learner messages in the last 7 days, `p7` in the 7 days before that;
- `c7`  check-ins in the last 7 days;
- `idle` days since the last message or check-in (since sign-up if neither);
- `track` mean of (1 - deviation) over active goals (see `profiles.progress`), 0.5 if none.

Derived terms, each in 0..1: `recency = max(0, 1 - idle/7)`, `slow = max(0, 1 - idle/14)`,
`talk = min(1, (m7 + p7/2)/10)`, `checks = min(1, c7/3)`,
`trend = m7/(m7+p7)` (0.5 with no messages), `decline = max(0, (p7-m7)/p7)` (0 when p7 = 0).

    engagement       = 0.4*talk + 0.3*recency + 0.3*checks
    motivation       = 0.4*track + 0.3*checks + 0.3*trend
    abandonment_risk = 0.5*(1 - slow) + 0.3*(1 - engagement) + 0.2*decline
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    Float,
    Numeric,
    Select,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.accounts.models import Role, User
from app.coaching.models import Conversation, Message, MessageRole
from app.db import UTCDateTime
from profiles.models import BehaviourSnapshot, CheckIn, Goal, GoalStatus
from profiles.progress import day_number, epoch_days, progress_sql

WINDOW = timedelta(days=7)


def _cap(expr: ColumnElement[float]) -> ColumnElement[float]:
    """Limit an expression to at most 1 (inputs here are never negative)."""
    return case((expr > 1.0, 1.0), else_=expr)


def _floor0(expr: ColumnElement[float]) -> ColumnElement[float]:
    """Limit an expression to at least 0."""
    return case((expr < 0.0, 0.0), else_=expr)


def _round(expr: ColumnElement[float]) -> ColumnElement[float]:
    """Rounded to 4 places (PostgreSQL rounds only NUMERIC to a number of places)."""
    return cast(func.round(cast(expr, Numeric(12, 6)), 4), Float)


def _num(expr: ColumnElement[int] | ColumnElement[float]) -> ColumnElement[float]:
    """A count as a float, so divisions are never integer divisions."""
    return cast(func.coalesce(expr, 0), Float)


def metrics_select(
    as_of: datetime, learner_ids: Sequence[int] | None = None
) -> Select[int, date, float, float, float, datetime]:
    """The SELECT yielding (learner_id, day, engagement, motivation, abandonment_risk, at)."""
    now = as_of.astimezone(UTC)
    week, fortnight = now - WINDOW, now - 2 * WINDOW
    messages = (
        select(
            Conversation.learner_id.label("learner_id"),
            func.sum(case((Message.created_at > week, 1), else_=0)).label("m7"),
            func.sum(case((Message.created_at <= week, 1), else_=0)).label("p7"),
            func.max(Message.created_at).label("last_message"),
        )
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Message.role == MessageRole.USER, Message.created_at > fortnight,
               Message.created_at <= now)
        .group_by(Conversation.learner_id)
        .subquery("msg")
    )
    last_message_ever = (
        select(Conversation.learner_id.label("learner_id"),
               func.max(Message.created_at).label("last_message"))
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Message.role == MessageRole.USER, Message.created_at <= now)
        .group_by(Conversation.learner_id)
        .subquery("lastmsg")
    )
    checks = (
        select(
            CheckIn.learner_id.label("learner_id"),
            func.sum(case((CheckIn.created_at > week, 1), else_=0)).label("c7"),
            func.max(CheckIn.created_at).label("last_check"),
        )
        .where(CheckIn.created_at <= now)
        .group_by(CheckIn.learner_id)
        .subquery("chk")
    )
    plan = progress_sql(now)
    track = (
        select(Goal.learner_id.label("learner_id"),
               func.avg(1.0 - plan.deviation).label("track"))
        .where(Goal.status == GoalStatus.ACTIVE)
        .group_by(Goal.learner_id)
        .subquery("trk")
    )
    m7, p7, c7 = _num(messages.c.m7), _num(messages.c.p7), _num(checks.c.c7)
    last = case(
        (checks.c.last_check.is_(None), last_message_ever.c.last_message),
        (last_message_ever.c.last_message.is_(None), checks.c.last_check),
        (checks.c.last_check > last_message_ever.c.last_message, checks.c.last_check),
        else_=last_message_ever.c.last_message,
    )
    idle = _floor0(literal(epoch_days(now)) - day_number(func.coalesce(last, User.created_at)))
    recency = _floor0(1.0 - idle / 7.0)
    slow = _floor0(1.0 - idle / 14.0)
    talk = _cap((m7 + p7 / 2.0) / 10.0)
    checked = _cap(c7 / 3.0)
    trend = case((m7 + p7 > 0, m7 / (m7 + p7)), else_=0.5)
    decline = case((p7 > 0, _floor0((p7 - m7) / p7)), else_=0.0)
    on_track = cast(func.coalesce(track.c.track, 0.5), Float)
    engagement = 0.4 * talk + 0.3 * recency + 0.3 * checked
    motivation = 0.4 * on_track + 0.3 * checked + 0.3 * trend
    risk = 0.5 * (1.0 - slow) + 0.3 * (1.0 - engagement) + 0.2 * decline
    stmt = (
        select(
            User.id,
            literal(now.date()),
            _round(engagement),
            _round(motivation),
            _round(risk),
            literal(now, UTCDateTime()),
        )
        .outerjoin(messages, messages.c.learner_id == User.id)
        .outerjoin(last_message_ever, last_message_ever.c.learner_id == User.id)
        .outerjoin(checks, checks.c.learner_id == User.id)
        .outerjoin(track, track.c.learner_id == User.id)
        .where(and_(User.role == Role.LEARNER, User.created_at <= now))
    )
    if learner_ids is not None:
        stmt = stmt.where(User.id.in_(list(learner_ids)))
    return stmt


def compute_snapshots(
    *, session: Session, as_of: datetime, learner_ids: Sequence[int] | None = None
) -> int:
    """Store today's (UTC day of as_of) metrics for every learner (or the given ones); count."""
    day = as_of.astimezone(UTC).date()
    stale = delete(BehaviourSnapshot).where(BehaviourSnapshot.day == day)
    if learner_ids is not None:
        stale = stale.where(BehaviourSnapshot.learner_id.in_(list(learner_ids)))
    session.execute(stale)
    columns = ["learner_id", "day", "engagement", "motivation", "abandonment_risk",
               "computed_at"]
    session.execute(
        insert(BehaviourSnapshot).from_select(columns, metrics_select(as_of, learner_ids))
    )
    # Counted afterwards: psycopg reports no rowcount for INSERT ... SELECT.
    written = select(func.count()).select_from(BehaviourSnapshot).where(
        BehaviourSnapshot.day == day)
    if learner_ids is not None:
        written = written.where(BehaviourSnapshot.learner_id.in_(list(learner_ids)))
    return int(session.scalar(written) or 0)


def latest(session: Session, learner_id: int) -> BehaviourSnapshot | None:
    """The learner's most recent snapshot, or None if none was computed."""
    return session.scalar(
        select(BehaviourSnapshot)
        .where(BehaviourSnapshot.learner_id == learner_id)
        .order_by(BehaviourSnapshot.day.desc())
        .limit(1)
    )


def history(*, session: Session, learner_id: int, since: date) -> list[BehaviourSnapshot]:
    """The learner's snapshots from a day on, oldest first."""
    return list(session.scalars(
        select(BehaviourSnapshot)
        .where(BehaviourSnapshot.learner_id == learner_id, BehaviourSnapshot.day >= since)
        .order_by(BehaviourSnapshot.day)
    ))
