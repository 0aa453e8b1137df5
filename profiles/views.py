"""The profile API: goals, milestones, check-ins, answer feedback, the profile and data rights.

Every id in a path is checked against the caller: someone else's goal, milestone, check-in or
message answers 404, like one that does not exist. Coaches see enrolled learners only.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, HTTPException, Query, Response, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.coaching.models import Enrolment
from app.coaching.service import ChatNotFound
from app.db import utcnow
from app.deps import ApiUser, CoachOrAdmin, ObjectId, SessionDep
from app.routes.errors import error_responses as _errors
from profiles import privacy, summary
from profiles import service as profiles
from profiles.models import (
    CheckInIn,
    CheckInRead,
    FeedbackIn,
    Goal,
    GoalIn,
    GoalPatch,
    GoalRead,
    GoalStatus,
    MilestoneIn,
    MilestoneRead,
    PreferencesPatch,
    ProgressRead,
)


def goal_read(session: Session, goal: Goal, today: date | None = None) -> GoalRead:
    """A goal with its milestones and progress on a day."""
    state = profiles.goal_progress(goal, today or utcnow().date())
    read = GoalRead.model_validate(goal)
    read.milestones = [MilestoneRead.model_validate(m)
                       for m in profiles.milestones(session=session, goal_id=goal.id)]
    read.progress = ProgressRead(**state.__dict__)
    return read


def _goal(session: Session, user: User, goal_id: int) -> Goal:
    """The caller's goal, or 404."""
    goal = profiles.get_goal(session=session, learner_id=user.id, goal_id=goal_id)
    if goal is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such goal")
    return goal


def _unprocessable(error: Exception, field: str = "") -> RequestValidationError:
    """A rejected request as a validation error (422, the same shape as FastAPI's own)."""
    loc = ("body", field) if field else ("body",)
    return RequestValidationError([{"type": "value_error", "loc": loc, "msg": str(error),
                                    "input": None}])


router = APIRouter(prefix="/api/v1", tags=["profiles"], responses=_errors(401, 403, 404))


@router.get("/goals", response_model=list[GoalRead])
def list_goals(
    user: ApiUser, session: SessionDep,
    status_: Annotated[GoalStatus | None, Query(alias="status")] = None,
) -> list[GoalRead]:
    """Your goals, newest first (optionally of one status, e.g. proposed)."""
    found = profiles.list_goals(session=session, learner_id=user.id,
                                statuses=(status_,) if status_ else None)
    return [goal_read(session, goal) for goal in found]


@router.post("/goals", response_model=GoalRead, status_code=status.HTTP_201_CREATED)
def create_goal(data: GoalIn, user: ApiUser, session: SessionDep) -> GoalRead:
    """Add a goal with its plan (and milestones)."""
    try:
        goal = profiles.create_goal(session=session, learner_id=user.id, data=data)
    except profiles.ProfileError as error:
        raise _unprocessable(error) from None
    return goal_read(session, goal)


@router.get("/goals/{goal_id}", response_model=GoalRead)
def read_goal(goal_id: ObjectId, user: ApiUser, session: SessionDep) -> GoalRead:
    """One goal with milestones and progress against its plan."""
    return goal_read(session, _goal(session, user, goal_id))


@router.patch("/goals/{goal_id}", response_model=GoalRead)
def update_goal(goal_id: ObjectId, patch: GoalPatch, user: ApiUser,
                session: SessionDep) -> GoalRead:
    """Change a goal (title, plan, status...)."""
    goal = _goal(session, user, goal_id)
    try:
        profiles.update_goal(session=session, goal=goal, patch=patch)
    except profiles.ProfileError as error:
        raise _unprocessable(error) from None
    return goal_read(session, goal)


@router.post("/goals/{goal_id}/confirm", response_model=GoalRead, responses=_errors(409))
def confirm_goal(goal_id: ObjectId, user: ApiUser, session: SessionDep) -> GoalRead:
    """Accept a goal your coach proposed: it becomes active (409 if it is not proposed)."""
    goal = _goal(session, user, goal_id)
    try:
        profiles.confirm_goal(session=session, goal=goal)
    except profiles.ProfileError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None
    return goal_read(session, goal)


@router.delete("/goals/{goal_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_goal(goal_id: ObjectId, user: ApiUser, session: SessionDep) -> Response:
    """Delete a goal with its milestones and check-ins."""
    profiles.delete_goal(session=session, goal=_goal(session, user, goal_id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/goals/{goal_id}/milestones", response_model=MilestoneRead,
             status_code=status.HTTP_201_CREATED)
def add_milestone(goal_id: ObjectId, data: MilestoneIn, user: ApiUser,
                  session: SessionDep) -> MilestoneRead:
    """Add a milestone to a goal."""
    milestone = profiles.add_milestone(session=session, goal=_goal(session, user, goal_id),
                                       data=data)
    return MilestoneRead.model_validate(milestone)


def _milestone(session: Session, user: User, milestone_id: int) -> Any:
    """The caller's milestone, or 404."""
    milestone = profiles.get_milestone(session=session, learner_id=user.id,
                                       milestone_id=milestone_id)
    if milestone is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such milestone")
    return milestone


@router.put("/milestones/{milestone_id}", response_model=MilestoneRead)
def update_milestone(milestone_id: ObjectId, data: MilestoneIn, user: ApiUser,
                     session: SessionDep) -> MilestoneRead:
    """Change a milestone (title, due date, done)."""
    milestone = profiles.update_milestone(session=session,
                                          milestone=_milestone(session, user, milestone_id),
                                          learner_id=user.id, data=data)
    return MilestoneRead.model_validate(milestone)


@router.delete("/milestones/{milestone_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_milestone(milestone_id: ObjectId, user: ApiUser, session: SessionDep) -> Response:
    """Delete a milestone."""
    profiles.delete_milestone(session=session, milestone=_milestone(session, user, milestone_id),
                              learner_id=user.id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/goals/{goal_id}/check-ins", response_model=list[CheckInRead])
def list_check_ins(goal_id: ObjectId, user: ApiUser, session: SessionDep) -> list[CheckInRead]:
    """A goal's check-ins, oldest first."""
    goal = _goal(session, user, goal_id)
    return [CheckInRead.model_validate(c)
            for c in profiles.check_ins(session=session, goal_id=goal.id)]


@router.post("/goals/{goal_id}/check-ins", response_model=CheckInRead,
             status_code=status.HTTP_201_CREATED)
def check_in(goal_id: ObjectId, data: CheckInIn, user: ApiUser,
             session: SessionDep) -> CheckInRead:
    """Report progress: `value` for a numeric goal, `done` for a yes/no goal."""
    goal = _goal(session, user, goal_id)
    try:
        entry = profiles.check_in(session=session, goal=goal, value=data.value, done=data.done,
                                  note=data.note, source="api")
    except profiles.ProfileError as error:
        raise _unprocessable(error) from None
    return CheckInRead.model_validate(entry)


@router.delete("/check-ins/{check_in_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_check_in(check_in_id: ObjectId, user: ApiUser, session: SessionDep) -> Response:
    """Delete one of your check-ins."""
    if not profiles.delete_check_in(session=session, learner_id=user.id, check_in_id=check_in_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such check-in")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


class FeedbackRead(BaseModel):
    """The stored rating."""

    message_id: int
    rating: str
    reason: str | None


@router.post("/messages/{message_id}/feedback", response_model=FeedbackRead)
def feedback(message_id: ObjectId, data: FeedbackIn, user: ApiUser,
             session: SessionDep) -> FeedbackRead:
    """Rate a coach answer up or down (with "too_long", "too_short", ...); the latest counts."""
    try:
        stored = profiles.give_feedback(session=session, learner_id=user.id,
                                        message_id=message_id, rating=data.rating,
                                        reason=data.reason)
    except ChatNotFound:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such answer") from None
    return FeedbackRead(message_id=stored.message_id, rating=stored.rating.value,
                        reason=stored.reason.value if stored.reason else None)


@router.get("/profile")
def read_profile(user: ApiUser, session: SessionDep) -> dict[str, Any]:
    """Everything learned about you: preferences, style, topics, activity, metrics, history."""
    return summary.profile_view(session=session, learner_id=user.id)


@router.patch("/profile/preferences")
def set_preferences(data: PreferencesPatch, user: ApiUser,
                    session: SessionDep) -> dict[str, Any]:
    """Set your preferred channel and hours (local time); null clears one."""
    try:
        summary.set_preferences(session=session, learner_id=user.id, patch=data)
    except profiles.ProfileError as error:
        raise _unprocessable(error) from None
    return summary.profile_view(session=session, learner_id=user.id)


Entry = Literal["topics", "style", "answer_length", "channel", "hours", "activity", "history",
                "metrics", "feedback"]


@router.delete("/profile/{entry}", status_code=status.HTTP_204_NO_CONTENT)
def forget(entry: Entry, user: ApiUser, session: SessionDep,
           topic: Annotated[str | None, Query(max_length=40)] = None) -> Response:
    """Forget one part of your profile (one topic with ?topic=...)."""
    try:
        summary.forget(session=session, learner_id=user.id, entry=entry, topic=topic)
    except profiles.ProfileError as error:
        raise _unprocessable(error) from None
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/profile/export")
def export(user: ApiUser, session: SessionDep) -> JSONResponse:
    """All your data (account, conversations, goals, check-ins, profile) as one JSON file."""
    data = privacy.export_data(session=session, user=user)
    name = f"lodestar-export-{user.id}-{utcnow().date().isoformat()}.json"
    return JSONResponse(data, headers={"Content-Disposition": f'attachment; filename="{name}"'})


class DeleteAccount(BaseModel):
    """The account's email address, typed again to confirm."""

    confirm: str


@router.delete("/account", status_code=status.HTTP_204_NO_CONTENT)
def delete_account(user: ApiUser, session: SessionDep,
                   data: Annotated[DeleteAccount, Body()]) -> Response:
    """Delete your account and everything stored about you (confirm with your email)."""
    if data.confirm.strip().lower() != user.email.lower():
        raise _unprocessable(ValueError("type your account's email address to confirm"),
                             "confirm")
    privacy.delete_account(session=session, user=user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def coach_learner(session: Session, staff: User, slug: str, learner_id: int) -> User:
    """An enrolled learner of a coach the caller manages, or 404."""
    coach = coaching.get_by_slug(session=session, slug=slug)
    if coach is None or (staff.role is Role.COACH and coach.owner_id != staff.id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such coach")
    learner = session.get(User, learner_id)
    enrolled = session.scalar(select(Enrolment.id).where(
        Enrolment.learner_id == learner_id, Enrolment.coach_id == coach.id))
    if learner is None or enrolled is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such learner")
    return learner


@router.get("/coaches/{slug}/learners/{learner_id}/profile")
def learner_profile_for_coach(slug: str, learner_id: ObjectId, staff: CoachOrAdmin,
                              session: SessionDep) -> dict[str, Any]:
    """An enrolled learner's goals, progress and profile, for their coach."""
    learner = coach_learner(session, staff, slug, learner_id)
    coach = coaching.get_by_slug(session=session, slug=slug)
    assert coach is not None  # checked by coach_learner
    view = summary.profile_view(session=session, learner_id=learner.id, history=False)
    view["goals"] = [goal_read(session, g).model_dump(mode="json") for g in profiles.list_goals(
        session=session, learner_id=learner.id, coach_id=coach.id)]
    return view
