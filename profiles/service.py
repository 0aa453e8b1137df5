"""Goals, milestones, check-ins, feedback and the learned profile: service functions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coaching.models import Enrolment, MessageRole
from app.coaching.service import ChatNotFound, learner_message
from app.db import utcnow
from profiles import progress as plan
from profiles.models import (
    AnswerFeedback,
    CheckIn,
    FeedbackReason,
    Goal,
    GoalIn,
    GoalKind,
    GoalPatch,
    GoalStatus,
    LearnerProfile,
    Milestone,
    MilestoneIn,
    ProfileChange,
    Rating,
)

# How far one explicit "too long"/"too short" moves the length preference (-1..1).
FEEDBACK_STEP = 0.35


class ProfileError(ValueError):
    """A profile request that cannot be carried out; the message says why (HTTP 422)."""


def record_change(
    *, session: Session, learner_id: int, field: str, old: Any, new: Any, source: str
) -> ProfileChange | None:
    """Keep a history entry for one change (nothing when the value did not change)."""
    before, after = _text(old), _text(new)
    if before == after:
        return None
    change = ProfileChange(learner_id=learner_id, field=field, old_value=before,
                           new_value=after, source=source)
    session.add(change)
    return change


def _text(value: Any) -> str:
    """A value as it is shown in the change history."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(getattr(value, "value", value))


def get_profile(*, session: Session, learner_id: int) -> LearnerProfile:
    """The learner's profile row, created with defaults on first use."""
    profile = session.get(LearnerProfile, learner_id)
    if profile is None:
        profile = LearnerProfile(learner_id=learner_id, topics={}, preferred_hours=[],
                                 length_score=0.0, formality=0.5, verbosity=0.5,
                                 directness=0.5, emoji=0.0, style_samples=0,
                                 style_summary="", last_message_id=0, channel_source="")
        session.add(profile)
        session.flush()
    return profile


# --- Goals ------------------------------------------------------------------------------------


def _check_plan(*, start_date: date, target_date: date) -> None:
    """Reject a plan that ends before it starts."""
    if target_date < start_date:
        raise ProfileError(f"the target date {target_date} is before the start date {start_date}")


def _check_coach(*, session: Session, learner_id: int, coach_id: int | None) -> None:
    """A goal may name only a coach the learner is enrolled with."""
    if coach_id is None:
        return
    enrolled = session.scalar(select(Enrolment.id).where(
        Enrolment.learner_id == learner_id, Enrolment.coach_id == coach_id))
    if enrolled is None:
        raise ProfileError(f"you are not enrolled with coach {coach_id}")


def create_goal(
    *, session: Session, learner_id: int, data: GoalIn, source: str = "learner",
    status: GoalStatus = GoalStatus.ACTIVE,
) -> Goal:
    """Create a goal (and its milestones); proposed goals wait for the learner's yes."""
    start = data.start_date or utcnow().date()
    _check_plan(start_date=start, target_date=data.target_date)
    _check_coach(session=session, learner_id=learner_id, coach_id=data.coach_id)
    start_value = 0.0 if data.kind is GoalKind.YES_NO else data.start_value
    if data.kind is GoalKind.YES_NO and data.target_value < 1:
        raise ProfileError("a yes/no goal's target is how many times, at least 1")
    goal = Goal(
        learner_id=learner_id, coach_id=data.coach_id, title=data.title.strip(),
        description=data.description.strip(), kind=data.kind, unit=data.unit.strip(),
        start_value=start_value, target_value=data.target_value, start_date=start,
        target_date=data.target_date, status=status, source=source,
    )
    session.add(goal)
    session.flush()
    for milestone in data.milestones:
        add_milestone(session=session, goal=goal, data=milestone, source=source)
    record_change(session=session, learner_id=learner_id, field=f"goal:{goal.id}", old=None,
                  new=f"{goal.title} ({status.value})", source=source)
    session.flush()
    return goal


def list_goals(
    *, session: Session, learner_id: int, coach_id: int | None = None,
    statuses: tuple[GoalStatus, ...] | None = None,
) -> list[Goal]:
    """A learner's goals, newest first; with coach_id, that coach's and coach-less ones."""
    stmt = select(Goal).where(Goal.learner_id == learner_id)
    if coach_id is not None:
        stmt = stmt.where((Goal.coach_id == coach_id) | Goal.coach_id.is_(None))
    if statuses:
        stmt = stmt.where(Goal.status.in_(statuses))
    return list(session.scalars(stmt.order_by(Goal.created_at.desc(), Goal.id.desc())))


def get_goal(*, session: Session, learner_id: int, goal_id: int) -> Goal | None:
    """The learner's goal, or None if it does not exist or is someone else's."""
    goal = session.get(Goal, goal_id)
    return goal if goal is not None and goal.learner_id == learner_id else None


def update_goal(*, session: Session, goal: Goal, patch: GoalPatch, source: str = "learner") -> Goal:
    """Change a goal's fields; each change goes to the history."""
    changes = patch.model_dump(exclude_unset=True)
    if changes.get("title") is None:
        changes.pop("title", None)
    start = changes.get("start_date") or goal.start_date
    target = changes.get("target_date") or goal.target_date
    _check_plan(start_date=start, target_date=target)
    for field, value in changes.items():
        if value is None and field not in ("description", "unit"):
            continue
        new = value.strip() if isinstance(value, str) else value
        record_change(session=session, learner_id=goal.learner_id,
                      field=f"goal:{goal.id}.{field}", old=getattr(goal, field), new=new,
                      source=source)
        setattr(goal, field, new if new is not None else "")
    if goal.status is GoalStatus.DONE and goal.completed_at is None:
        goal.completed_at = utcnow()
    elif goal.status is not GoalStatus.DONE:
        goal.completed_at = None
    session.flush()
    return goal


def confirm_goal(*, session: Session, goal: Goal) -> Goal:
    """Accept a proposed goal: it becomes active."""
    if goal.status is not GoalStatus.PROPOSED:
        raise ProfileError(f"goal {goal.id} is {goal.status.value}, not proposed")
    return update_goal(session=session, goal=goal, patch=GoalPatch(status=GoalStatus.ACTIVE))


def delete_goal(*, session: Session, goal: Goal, source: str = "learner") -> None:
    """Delete a goal with its milestones and check-ins."""
    record_change(session=session, learner_id=goal.learner_id, field=f"goal:{goal.id}",
                  old=goal.title, new=None, source=source)
    session.delete(goal)
    session.flush()


def add_milestone(
    *, session: Session, goal: Goal, data: MilestoneIn, source: str = "learner"
) -> Milestone:
    """Add a milestone to a goal."""
    milestone = Milestone(goal_id=goal.id, title=data.title.strip(), due_date=data.due_date,
                          done_at=utcnow() if data.done else None)
    session.add(milestone)
    session.flush()
    record_change(session=session, learner_id=goal.learner_id, field=f"milestone:{milestone.id}",
                  old=None, new=f"{milestone.title} due {milestone.due_date}", source=source)
    return milestone


def milestones(*, session: Session, goal_id: int) -> list[Milestone]:
    """A goal's milestones by due date."""
    return list(session.scalars(
        select(Milestone).where(Milestone.goal_id == goal_id)
        .order_by(Milestone.due_date, Milestone.id)))


def get_milestone(*, session: Session, learner_id: int, milestone_id: int) -> Milestone | None:
    """The learner's milestone, or None."""
    milestone = session.get(Milestone, milestone_id)
    if milestone is None:
        return None
    goal = session.get(Goal, milestone.goal_id)
    return milestone if goal is not None and goal.learner_id == learner_id else None


def update_milestone(
    *, session: Session, milestone: Milestone, learner_id: int, data: MilestoneIn
) -> Milestone:
    """Change a milestone (title, due date, done)."""
    done_at = (milestone.done_at or utcnow()) if data.done else None
    for field, value in (("title", data.title.strip()), ("due_date", data.due_date),
                         ("done_at", done_at)):
        record_change(session=session, learner_id=learner_id,
                      field=f"milestone:{milestone.id}.{field}", old=getattr(milestone, field),
                      new=value, source="learner")
        setattr(milestone, field, value)
    session.flush()
    return milestone


def delete_milestone(*, session: Session, milestone: Milestone, learner_id: int) -> None:
    """Delete a milestone."""
    record_change(session=session, learner_id=learner_id, field=f"milestone:{milestone.id}",
                  old=milestone.title, new=None, source="learner")
    session.delete(milestone)
    session.flush()


# --- Check-ins -------------------------------------------------------------------------------


def check_in(
    *, session: Session, goal: Goal, value: float | None = None, done: bool | None = None,
    note: str = "", source: str = "learner", at: datetime | None = None,
) -> CheckIn:
    """Record progress on an active goal and refresh its current value."""
    if goal.status not in (GoalStatus.ACTIVE, GoalStatus.DONE):
        raise ProfileError(f"goal {goal.id} is {goal.status.value}; check in on active goals")
    if goal.kind is GoalKind.YES_NO:
        if done is None:
            raise ProfileError("this is a yes/no goal: send done true or false")
        number = 1.0 if done else 0.0
    else:
        if value is None:
            raise ProfileError("this goal is numeric: send a value")
        number = float(value)
    when = at or utcnow()
    entry = CheckIn(goal_id=goal.id, learner_id=goal.learner_id, value=number,
                    note=note.strip(), source=source, created_at=when)
    session.add(entry)
    session.flush()
    _refresh(session=session, goal=goal, at=when, source=source)
    return entry


def _refresh(*, session: Session, goal: Goal, at: datetime, source: str) -> None:
    """Recompute the goal's current value, progress time and completion after a check-in."""
    old = goal.current_value
    series = [(c.created_at, c.value) for c in check_ins(session=session, goal_id=goal.id)]
    new = plan.current_value(goal.kind, series)
    goal.current_value = new
    goal.last_check_in_at = max(at, goal.last_check_in_at or at)
    target = plan.Plan.of(goal)
    if new is not None and plan.actual_fraction(target, new) > plan.actual_fraction(target, old):
        goal.last_progress_at = at
    record_change(session=session, learner_id=goal.learner_id,
                  field=f"goal:{goal.id}.current_value", old=old, new=new, source=source)
    if new is not None and plan.actual_fraction(target, new) >= 1.0 and (
            goal.status is GoalStatus.ACTIVE):
        record_change(session=session, learner_id=goal.learner_id, field=f"goal:{goal.id}.status",
                      old=goal.status, new=GoalStatus.DONE, source=source)
        goal.status = GoalStatus.DONE
        goal.completed_at = at
    session.flush()


def check_ins(*, session: Session, goal_id: int) -> list[CheckIn]:
    """A goal's check-ins, oldest first."""
    return list(session.scalars(
        select(CheckIn).where(CheckIn.goal_id == goal_id)
        .order_by(CheckIn.created_at, CheckIn.id)))


def goal_progress(goal: Goal, day: date) -> plan.Progress:
    """A goal's progress against its plan on a day."""
    return plan.progress(plan.Plan.of(goal), goal.current_value, day)


def delete_check_in(*, session: Session, learner_id: int, check_in_id: int) -> bool:
    """Delete one of the learner's check-ins and refresh its goal; False if not theirs."""
    entry = session.get(CheckIn, check_in_id)
    if entry is None or entry.learner_id != learner_id:
        return False
    goal = session.get(Goal, entry.goal_id)
    session.delete(entry)
    session.flush()
    if goal is not None:
        _refresh(session=session, goal=goal, at=goal.last_check_in_at or utcnow(),
                 source="learner")
    return True


# --- Answer feedback --------------------------------------------------------------------------


def give_feedback(
    *, session: Session, learner_id: int, message_id: int, rating: Rating,
    reason: FeedbackReason | None,
) -> AnswerFeedback:
    """Store the learner's rating of a coach answer; too long/short moves the length preference."""
    message, _ = learner_message(session=session, learner_id=learner_id, message_id=message_id)
    if message.role is not MessageRole.ASSISTANT:
        raise ChatNotFound(f"message {message_id} is not a coach answer")
    feedback = session.scalar(select(AnswerFeedback).where(
        AnswerFeedback.message_id == message_id, AnswerFeedback.learner_id == learner_id))
    if feedback is None:
        feedback = AnswerFeedback(message_id=message_id, learner_id=learner_id, rating=rating,
                                  reason=reason)
        session.add(feedback)
    else:
        feedback.rating, feedback.reason = rating, reason
    step = {FeedbackReason.TOO_LONG: -FEEDBACK_STEP,
            FeedbackReason.TOO_SHORT: FEEDBACK_STEP}.get(reason or FeedbackReason.OTHER, 0.0)
    if step:
        profile = get_profile(session=session, learner_id=learner_id)
        new = max(-1.0, min(1.0, profile.length_score + step))
        record_change(session=session, learner_id=learner_id, field="length_score",
                      old=profile.length_score, new=new, source=f"feedback:{message_id}")
        profile.length_score = new
    session.flush()
    return feedback


def length_label(score: float) -> str:
    """The answer length a length score asks for."""
    if score <= -0.3:
        return "short"
    if score >= 0.3:
        return "detailed"
    return "medium"
