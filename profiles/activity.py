"""Activity patterns: when a learner is active, in their own time zone, and their best hours."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import User
from profiles.models import ActivityCount, LearnerProfile


def zone(name: str | None) -> ZoneInfo:
    """The learner's time zone; an unknown name falls back to UTC."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_slot(moment: datetime, timezone: str | None) -> tuple[int, int]:
    """(weekday 0=Monday, hour) of a UTC moment in a time zone."""
    local = moment.astimezone(UTC).astimezone(zone(timezone))
    return local.weekday(), local.hour


def record(*, session: Session, learner_id: int, moments: Sequence[datetime]) -> None:
    """Count activity at these moments in the learner's histogram (local time)."""
    user = session.get(User, learner_id)
    if user is None or not moments:
        return
    slots: dict[tuple[int, int], int] = defaultdict(int)
    for moment in moments:
        slots[local_slot(moment, user.timezone)] += 1
    existing = {
        (row.weekday, row.hour): row
        for row in session.scalars(select(ActivityCount).where(
            ActivityCount.learner_id == learner_id))
    }
    for (weekday, hour), count in slots.items():
        row = existing.get((weekday, hour))
        if row is None:
            session.add(ActivityCount(learner_id=learner_id, weekday=weekday, hour=hour,
                                      count=count))
        else:
            row.count += count
    session.flush()


def histogram(*, session: Session, learner_id: int) -> list[list[int]]:
    """A 7 x 24 grid of activity counts (weekday rows, Monday first; local hours)."""
    grid = [[0] * 24 for _ in range(7)]
    for row in session.scalars(select(ActivityCount).where(
            ActivityCount.learner_id == learner_id)):
        grid[row.weekday][row.hour] = row.count
    return grid


def _rank(counts: dict[int, int], top: int) -> list[int]:
    """The busiest hours, most active first (earlier hour breaks ties)."""
    ranked = sorted((hour for hour, n in counts.items() if n > 0), key=lambda h: (-counts[h], h))
    return ranked[:top]


def best_hours_map(
    session: Session, learner_ids: Sequence[int] | None = None, *, top: int = 3
) -> dict[int, list[int]]:
    """Best local hours for many learners in two queries; explicit preferences win."""
    stmt = select(ActivityCount.learner_id, ActivityCount.hour, ActivityCount.count)
    prefs = select(LearnerProfile.learner_id, LearnerProfile.preferred_hours)
    if learner_ids is not None:
        stmt = stmt.where(ActivityCount.learner_id.in_(list(learner_ids)))
        prefs = prefs.where(LearnerProfile.learner_id.in_(list(learner_ids)))
    per_learner: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for learner_id, hour, count in session.execute(stmt):
        per_learner[learner_id][hour] += count
    result = {learner_id: _rank(counts, top) for learner_id, counts in per_learner.items()}
    for learner_id, hours in session.execute(prefs):
        if hours:
            result[learner_id] = [int(h) for h in hours][:top]
    return result


def best_hours(session: Session, learner_id: int, *, top: int = 3) -> list[int]:
    """The learner's best local hours for a nudge, best first ([] when nothing is known)."""
    return best_hours_map(session, [learner_id], top=top).get(learner_id, [])
