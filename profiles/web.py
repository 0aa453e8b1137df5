"""Profile pages: the learner's own profile (goals, charts, learned data, export, deletion)
and a coach's read-only view of an enrolled learner."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.db import utcnow
from app.deps import ObjectId, SessionDep
from app.routes.pages import templates
from app.web_auth import CsrfChecked, WebUser, require_role, sign_out
from profiles import privacy, summary
from profiles import service as profiles
from profiles.chart import goal_chart
from profiles.models import (
    Channel,
    Goal,
    GoalIn,
    GoalKind,
    GoalPatch,
    GoalStatus,
    MilestoneIn,
    PreferencesPatch,
)
from profiles.views import coach_learner

router = APIRouter(include_in_schema=False)
StaffUser = Annotated[User, Depends(require_role(Role.COACH, Role.ADMIN))]
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _back(message: str = "", *, error: str = "", anchor: str = "") -> RedirectResponse:
    """Back to the profile page with a notice."""
    query = urlencode({k: v for k, v in (("saved", message), ("error", error)) if v})
    return RedirectResponse(f"/profile{'?' + query if query else ''}{anchor}",
                            status.HTTP_303_SEE_OTHER)


def goal_cards(session: Session, goals: list[Goal], today: date) -> list[dict[str, Any]]:
    """Goals with milestones, check-ins, progress and chart, for a template."""
    cards = []
    for goal in goals:
        entries = profiles.check_ins(session=session, goal_id=goal.id)
        steps = profiles.milestones(session=session, goal_id=goal.id)
        cards.append({
            "goal": goal, "milestones": steps, "check_ins": entries,
            "progress": profiles.goal_progress(goal, today),
            "chart": goal_chart(goal, [(c.created_at, c.value) for c in entries], steps, today),
        })
    return cards


@router.get("/profile", response_class=HTMLResponse)
def profile_page(request: Request, session: SessionDep, user: WebUser, saved: str = "",
                 error: str = "") -> Response:
    """Everything stored about the signed-in user, with controls to change or remove it."""
    today = utcnow().date()
    summary.refresh_metrics(session=session, learner_id=user.id)
    goals = profiles.list_goals(session=session, learner_id=user.id)
    context = {
        "user": user, "today": today, "days": DAYS, "channels": list(Channel),
        "proposed": [g for g in goals if g.status is GoalStatus.PROPOSED],
        "cards": goal_cards(session, [g for g in goals if g.status is not GoalStatus.PROPOSED],
                            today),
        "view": summary.profile_view(session=session, learner_id=user.id),
        "coaches": coaching.chat_coaches(session=session, user=user),
        "saved": saved[:200], "error": error[:300],
    }
    return templates.TemplateResponse(request, "profiles/profile.html", context)


def _own_goal(session: Session, user: User, goal_id: int) -> Goal:
    """The signed-in user's goal, or 404."""
    goal = profiles.get_goal(session=session, learner_id=user.id, goal_id=goal_id)
    if goal is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such goal")
    return goal


@router.post("/profile/goals", dependencies=[CsrfChecked])
def add_goal(
    session: SessionDep, user: WebUser,
    title: Annotated[str, Form(max_length=200)],
    target_value: Annotated[float, Form()],
    target_date: Annotated[date, Form()],
    kind: Annotated[GoalKind, Form()] = GoalKind.NUMERIC,
    unit: Annotated[str, Form(max_length=40)] = "",
    start_value: Annotated[float, Form()] = 0.0,
    start_date: Annotated[date | None, Form()] = None,
    coach_id: Annotated[int | None, Form()] = None,
) -> Response:
    """Create a goal from the profile page."""
    try:
        data = GoalIn(title=title, target_value=target_value, target_date=target_date, kind=kind,
                      unit=unit, start_value=start_value, start_date=start_date,
                      coach_id=coach_id)
        goal = profiles.create_goal(session=session, learner_id=user.id, data=data)
    except (profiles.ProfileError, ValidationError) as error:
        return _back(error=str(error).splitlines()[0], anchor="#add-goal")
    return _back(f"Added {goal.title}.", anchor=f"#goal-{goal.id}")


@router.post("/profile/goals/{goal_id}/confirm", dependencies=[CsrfChecked])
def confirm(goal_id: ObjectId, session: SessionDep, user: WebUser) -> Response:
    """Accept a proposed goal."""
    goal = _own_goal(session, user, goal_id)
    try:
        profiles.confirm_goal(session=session, goal=goal)
    except profiles.ProfileError as error:
        return _back(error=str(error))
    return _back(f"{goal.title} is now one of your goals.", anchor=f"#goal-{goal.id}")


@router.post("/profile/goals/{goal_id}/status", dependencies=[CsrfChecked])
def set_status(goal_id: ObjectId, session: SessionDep, user: WebUser,
               new_status: Annotated[GoalStatus, Form(alias="status")]) -> Response:
    """Mark a goal done, abandoned or active again."""
    goal = _own_goal(session, user, goal_id)
    profiles.update_goal(session=session, goal=goal, patch=GoalPatch(status=new_status))
    return _back(f"{goal.title}: {new_status.value}.", anchor=f"#goal-{goal.id}")


@router.post("/profile/goals/{goal_id}/edit", dependencies=[CsrfChecked])
def edit_goal(
    goal_id: ObjectId, session: SessionDep, user: WebUser,
    title: Annotated[str, Form(max_length=200)],
    target_value: Annotated[float, Form()],
    target_date: Annotated[date, Form()],
    unit: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    """Change a goal's title, target and deadline."""
    goal = _own_goal(session, user, goal_id)
    try:
        patch = GoalPatch(title=title, target_value=target_value, target_date=target_date,
                          unit=unit)
        profiles.update_goal(session=session, goal=goal, patch=patch)
    except (profiles.ProfileError, ValidationError) as error:
        return _back(error=str(error).splitlines()[0], anchor=f"#goal-{goal.id}")
    return _back("Goal saved.", anchor=f"#goal-{goal.id}")


@router.post("/profile/goals/{goal_id}/delete", dependencies=[CsrfChecked])
def remove_goal(goal_id: ObjectId, session: SessionDep, user: WebUser) -> Response:
    """Delete a goal (proposed ones are dismissed this way)."""
    goal = _own_goal(session, user, goal_id)
    title = goal.title
    profiles.delete_goal(session=session, goal=goal)
    return _back(f"Deleted {title}.")


@router.post("/profile/goals/{goal_id}/check-in", dependencies=[CsrfChecked])
def check_in(
    goal_id: ObjectId, session: SessionDep, user: WebUser,
    value: Annotated[float | None, Form()] = None,
    done: Annotated[str | None, Form()] = None,
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Record a check-in from the page."""
    goal = _own_goal(session, user, goal_id)
    try:
        profiles.check_in(session=session, goal=goal, value=value,
                          done=None if done is None else done == "yes", note=note, source="web")
    except profiles.ProfileError as error:
        return _back(error=str(error), anchor=f"#goal-{goal.id}")
    return _back("Check-in saved.", anchor=f"#goal-{goal.id}")


@router.post("/profile/check-ins/{check_in_id}/delete", dependencies=[CsrfChecked])
def remove_check_in(check_in_id: ObjectId, session: SessionDep, user: WebUser) -> Response:
    """Delete a check-in."""
    if not profiles.delete_check_in(session=session, learner_id=user.id, check_in_id=check_in_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such check-in")
    return _back("Check-in deleted.")


@router.post("/profile/goals/{goal_id}/milestones", dependencies=[CsrfChecked])
def add_milestone(
    goal_id: ObjectId, session: SessionDep, user: WebUser,
    title: Annotated[str, Form(min_length=1, max_length=200)],
    due_date: Annotated[date, Form()],
) -> Response:
    """Add a milestone to a goal."""
    goal = _own_goal(session, user, goal_id)
    profiles.add_milestone(session=session, goal=goal,
                           data=MilestoneIn(title=title, due_date=due_date))
    return _back("Milestone added.", anchor=f"#goal-{goal.id}")


@router.post("/profile/milestones/{milestone_id}/{action}", dependencies=[CsrfChecked])
def change_milestone(milestone_id: ObjectId, action: str, session: SessionDep,
                     user: WebUser) -> Response:
    """Mark a milestone done or open, or delete it."""
    milestone = profiles.get_milestone(session=session, learner_id=user.id,
                                       milestone_id=milestone_id)
    if milestone is None or action not in ("done", "open", "delete"):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such milestone")
    if action == "delete":
        profiles.delete_milestone(session=session, milestone=milestone, learner_id=user.id)
        return _back("Milestone deleted.")
    profiles.update_milestone(session=session, milestone=milestone, learner_id=user.id,
                              data=MilestoneIn(title=milestone.title, due_date=milestone.due_date,
                                               done=action == "done"))
    return _back("Milestone updated.", anchor=f"#goal-{milestone.goal_id}")


@router.post("/profile/preferences", dependencies=[CsrfChecked])
def preferences(
    session: SessionDep, user: WebUser,
    channel: Annotated[str, Form()] = "",
    hours: Annotated[list[int] | None, Form()] = None,
    timezone: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    """Save the preferred channel, hours and time zone."""
    try:
        patch = PreferencesPatch(preferred_channel=Channel(channel) if channel else None,
                                 preferred_hours=hours or [], timezone=timezone or None)
        summary.set_preferences(session=session, learner_id=user.id, patch=patch)
    except (ValueError, profiles.ProfileError) as error:
        return _back(error=str(error).splitlines()[0], anchor="#preferences")
    return _back("Preferences saved.", anchor="#preferences")


@router.post("/profile/forget/{entry}", dependencies=[CsrfChecked])
def forget(entry: str, session: SessionDep, user: WebUser,
           topic: Annotated[str | None, Form(max_length=40)] = None) -> Response:
    """Forget part of the learned profile."""
    try:
        summary.forget(session=session, learner_id=user.id, entry=entry, topic=topic)
    except profiles.ProfileError:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such profile entry") from None
    return _back("Forgotten.", anchor="#learned")


@router.get("/profile/export")
def export(session: SessionDep, user: WebUser) -> JSONResponse:
    """Download all your data as one JSON file."""
    data = privacy.export_data(session=session, user=user)
    name = f"lodestar-export-{utcnow().date().isoformat()}.json"
    return JSONResponse(data, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/profile/delete-account", dependencies=[CsrfChecked])
def delete_account(request: Request, session: SessionDep, user: WebUser,
                   confirm: Annotated[str, Form(max_length=320)] = "") -> Response:
    """Delete the account once the email address is typed again."""
    if confirm.strip().lower() != user.email.lower():
        return _back(error="Type your email address exactly to delete your account.",
                     anchor="#delete-account")
    privacy.delete_account(session=session, user=user)
    sign_out(request)
    return RedirectResponse("/?deleted=1", status.HTTP_303_SEE_OTHER)


@router.get("/coach/{slug}/learners/{learner_id}", response_class=HTMLResponse)
def coach_view(request: Request, slug: str, learner_id: ObjectId, session: SessionDep,
               staff: StaffUser) -> Response:
    """A coach's view of an enrolled learner: goals with charts, and the learned profile."""
    learner = coach_learner(session, staff, slug, learner_id)
    coach = coaching.get_by_slug(session=session, slug=slug)
    assert coach is not None  # checked by coach_learner
    today = utcnow().date()
    goals = profiles.list_goals(session=session, learner_id=learner.id, coach_id=coach.id,
                                statuses=(GoalStatus.ACTIVE, GoalStatus.DONE))
    context = {
        "coach": coach, "learner": learner, "today": today, "days": DAYS,
        "cards": goal_cards(session, goals, today),
        "view": summary.profile_view(session=session, learner_id=learner.id, history=False),
    }
    return templates.TemplateResponse(request, "profiles/coach_view.html", context)
