"""The profile as others use it: the prompt's USER PROFILE text and the nudge context."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from app.accounts.models import User
from app.coaching.prompt import estimate_tokens
from app.db import utcnow
from profiles import activity, metrics
from profiles import service as profiles
from profiles.models import Goal, GoalStatus, LearnerProfile, Milestone
from profiles.style import StyleFeatures, describe

TOKEN_BUDGET = 300
TOP_TOPICS = 3


def _number(value: float | None) -> str:
    """A value without a pointless .0."""
    if value is None:
        return "none yet"
    return f"{value:g}"


def _next_milestone(session: Session, goal: Goal) -> Milestone | None:
    """The goal's earliest open milestone."""
    open_ones = [m for m in profiles.milestones(session=session, goal_id=goal.id) if not m.done_at]
    return open_ones[0] if open_ones else None


def goal_line(session: Session, goal: Goal, today: date) -> str:
    """One goal in a line: target, where it stands against plan, next milestone."""
    state = profiles.goal_progress(goal, today)
    unit = f" {goal.unit}" if goal.unit else ""
    verdict = "done" if state.finished else "on track" if state.on_track else "behind plan"
    line = (f"- {goal.title}: {_number(goal.current_value)} of {_number(goal.target_value)}{unit}"
            f" by {goal.target_date.isoformat()} ({state.actual:.0%} done, plan "
            f"{state.expected:.0%}, {verdict})")
    milestone = _next_milestone(session, goal)
    if milestone is not None:
        line += f"; next milestone: {milestone.title} by {milestone.due_date.isoformat()}"
    return line


def profile_text(
    *, session: Session, learner_id: int, coach_id: int, budget: int = TOKEN_BUDGET,
    count_tokens: Callable[[str], int] = estimate_tokens, today: date | None = None,
) -> str:
    """The prompt's USER PROFILE: goals, progress, preferences and style within a token budget."""
    day = today or utcnow().date()
    goals = profiles.list_goals(session=session, learner_id=learner_id, coach_id=coach_id,
                                statuses=(GoalStatus.ACTIVE,))
    profile = session.get(LearnerProfile, learner_id)
    tail: list[str] = []
    if profile is not None:
        tail.append(f"Prefers {profiles.length_label(profile.length_score)} answers.")
        topics = sorted((profile.topics or {}).items(), key=lambda kv: (-kv[1], kv[0]))
        if topics:
            tail.append("Often asks about: " + ", ".join(t for t, _ in topics[:TOP_TOPICS]) + ".")
        if profile.style_samples:
            style = StyleFeatures(profile.formality, profile.verbosity, profile.directness,
                                  profile.emoji)
            tail.append(f"Style: {describe(style)}.")
        if profile.style_summary:
            tail.append(profile.style_summary.strip())
    lines = [goal_line(session, g, day) for g in goals]
    head = ["Goals:"] if lines else []
    # Goals beyond the budget are dropped from the end (newest first are kept).
    while True:
        text = "\n".join(head + lines + tail).strip()
        if count_tokens(text) <= budget:
            return text
        if lines:
            lines.pop()
            if not lines:
                head = []
        elif tail:
            tail.pop()
        else:
            return ""


def nudge_context(
    session: Session, learner_id: int, coach_id: int, *, as_of: datetime | None = None
) -> dict[str, Any]:
    """What a nudge may mention: goals with progress and milestones, style, hours, metrics."""
    now = (as_of or utcnow()).astimezone(UTC)
    today = now.date()
    user = session.get(User, learner_id)
    profile = session.get(LearnerProfile, learner_id)
    goals = profiles.list_goals(session=session, learner_id=learner_id, coach_id=coach_id,
                                statuses=(GoalStatus.ACTIVE,))
    goal_items: list[dict[str, Any]] = []
    due: list[dict[str, Any]] = []
    for goal in goals:
        state = profiles.goal_progress(goal, today)
        milestone = _next_milestone(session, goal)
        goal_items.append({
            "id": goal.id, "title": goal.title, "unit": goal.unit,
            "current_value": goal.current_value, "target_value": goal.target_value,
            "target_date": goal.target_date.isoformat(),
            "progress": {"actual": state.actual, "expected": state.expected,
                         "deviation": state.deviation, "on_track": state.on_track,
                         "finished": state.finished},
            "next_milestone": None if milestone is None else {
                "title": milestone.title, "due_date": milestone.due_date.isoformat()},
        })
        if milestone is not None and milestone.due_date <= today + timedelta(days=1):
            due.append({"goal": goal.title, "title": milestone.title,
                        "due_date": milestone.due_date.isoformat()})
    style = StyleFeatures(0.5, 0.5, 0.5, 0.0) if profile is None else StyleFeatures(
        profile.formality, profile.verbosity, profile.directness, profile.emoji)
    snapshot = metrics.latest(session, learner_id)
    return {
        "learner": {"name": user.display_name if user else "",
                    "timezone": user.timezone if user else "UTC"},
        "goals": goal_items,
        "milestones_due": due,
        "style": {
            "formality": style.formality, "verbosity": style.verbosity,
            "directness": style.directness, "emoji": style.emoji,
            "tone": "formal" if style.formality >= 0.62 else "casual"
            if style.formality <= 0.38 else "neutral",
            "length": profiles.length_label(profile.length_score if profile else 0.0),
            "summary": describe(style) if profile and profile.style_samples else "",
        },
        "preferred_channel": profile.preferred_channel if profile else None,
        "best_hours": activity.best_hours(session, learner_id),
        "metrics": None if snapshot is None else {
            "engagement": snapshot.engagement, "motivation": snapshot.motivation,
            "abandonment_risk": snapshot.abandonment_risk, "day": snapshot.day.isoformat()},
    }
