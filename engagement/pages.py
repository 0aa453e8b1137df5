"""Engagement pages: the learner's notifications, unsubscribe and open links, the coach's nudges."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request, status
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select

from app.accounts.models import User
from app.coaching.models import Coach
from app.deps import ObjectId, SessionDep
from app.routes.pages import templates
from app.routes.web_coach import OwnedCoach, StaffUser
from app.web_auth import CsrfChecked, WebUser
from engagement import links, service
from engagement.chart import engagement_svg
from engagement.models import Nudge, NudgeStatus, RulesIn
from engagement.push import load_keys

router = APIRouter(include_in_schema=False)
STATIC = Path(__file__).resolve().parent.parent / "app" / "static"
Text = Annotated[str, Form(max_length=4000)]


def _secret(request: Request) -> str:
    """The secret links are signed with."""
    return str(request.app.state.settings.session_secret())


@router.get("/sw.js")
def service_worker() -> FileResponse:
    """The push service worker, served from the root so its scope is the whole site."""
    return FileResponse(STATIC / "sw.js", media_type="text/javascript",
                        headers={"Service-Worker-Allowed": "/", "Cache-Control": "no-cache"})


@router.get("/notifications", response_class=HTMLResponse)
def notifications_page(request: Request, session: SessionDep, user: WebUser,
                       saved: bool = False) -> Response:
    """The learner's notifications, their nudge setting and the push subscription button."""
    context = {
        "notifications": service.notifications(session=session, user_id=user.id),
        "opted_out": service.opted_out(session=session, user_id=user.id),
        "push_ready": load_keys(request.app.state.settings) is not None,
        "saved": saved,
    }
    return templates.TemplateResponse(request, "engagement/notifications.html", context)


@router.post("/notifications/read-all", dependencies=[CsrfChecked])
def read_all(session: SessionDep, user: WebUser) -> Response:
    """Mark every notification read."""
    service.mark_read(session=session, user_id=user.id)
    return RedirectResponse("/notifications", status.HTTP_303_SEE_OTHER)


@router.post("/notifications/preferences", dependencies=[CsrfChecked])
def preferences(session: SessionDep, user: WebUser,
                nudges: Annotated[str, Form(pattern="^(on|off)$")]) -> Response:
    """Turn nudges on or off."""
    if nudges == "off":
        service.opt_out(session=session, user_id=user.id, source="settings")
    else:
        service.opt_in(session=session, user_id=user.id)
    return RedirectResponse("/notifications?saved=1", status.HTTP_303_SEE_OTHER)


@router.get("/nudges/{nudge_id}/go")
def follow(nudge_id: ObjectId, session: SessionDep, user: WebUser) -> Response:
    """Open one of your nudges from the in-app list: mark it opened, go to the coach."""
    nudge = session.get(Nudge, nudge_id)
    if nudge is None or nudge.learner_id != user.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such nudge")
    service.mark_opened(session=session, nudge_id=nudge.id)
    return _to_coach(session, nudge)


def _to_coach(session: SessionDep, nudge: Nudge) -> Response:
    """Redirect to the nudge's coach's chat."""
    coach = session.get(Coach, nudge.coach_id)
    return RedirectResponse(f"/chat/{coach.slug}" if coach else "/chat", status.HTTP_303_SEE_OTHER)


@router.get("/nudges/open")
def open_link(request: Request, session: SessionDep,
              t: Annotated[str, Query(max_length=80)] = "") -> Response:
    """The link in an email or push: mark the nudge opened, then go to the chat."""
    nudge_id = links.verify(_secret(request), links.OPEN, t)
    nudge = session.get(Nudge, nudge_id) if nudge_id else None
    if nudge is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "this link is not valid")
    service.mark_opened(session=session, nudge_id=nudge.id)
    return _to_coach(session, nudge)


def _unsubscriber(request: Request, session: SessionDep, token: str) -> User:
    """The learner an unsubscribe token names, or 404."""
    learner_id = links.verify(_secret(request), links.UNSUBSCRIBE, token)
    user = session.get(User, learner_id) if learner_id else None
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "this unsubscribe link is not valid")
    return user


@router.get("/nudges/unsubscribe", response_class=HTMLResponse)
def unsubscribe_page(request: Request, session: SessionDep,
                     t: Annotated[str, Query(max_length=80)] = "") -> Response:
    """Ask before opting out: link scanners follow GET links, so only the POST acts."""
    user = _unsubscriber(request, session, t)
    context = {"token": t, "email": user.email, "done": False,
               "already": service.opted_out(session=session, user_id=user.id)}
    return templates.TemplateResponse(request, "engagement/unsubscribe.html", context)


@router.post("/nudges/unsubscribe", response_class=HTMLResponse)
def unsubscribe(request: Request, session: SessionDep,
                t: Annotated[str, Query(max_length=80)] = "") -> Response:
    """Opt out (the page's button, or a mail client's RFC 8058 one-click POST)."""
    user = _unsubscriber(request, session, t)
    service.opt_out(session=session, user_id=user.id, source="unsubscribe link")
    context = {"token": t, "email": user.email, "done": True, "already": True}
    return templates.TemplateResponse(request, "engagement/unsubscribe.html", context)


# --- coach pages ------------------------------------------------------------------------------


def _emails(session: SessionDep, nudges: list[Nudge]) -> dict[int, str]:
    """The learners' emails for a page of nudges."""
    ids = {n.learner_id for n in nudges}
    if not ids:
        return {}
    return {row.id: row.email for row in session.execute(
        select(User.id, User.email).where(User.id.in_(ids)))}


@router.get("/coach/{slug}/nudges", response_class=HTMLResponse)
def coach_page(request: Request, coach: OwnedCoach, session: SessionDep,
               saved: bool = False, error: str = "") -> Response:
    """The nudge log, the approval queue, the rule thresholds and the engagement chart."""
    log = service.list_nudges(session=session, coach_id=coach.id, limit=100)
    queue = service.list_nudges(session=session, coach_id=coach.id,
                                statuses=[NudgeStatus.PENDING_APPROVAL], limit=100)
    rules = service.rules_or_defaults(session=session, coach_id=coach.id,
                                      settings=request.app.state.settings)
    series = service.engagement_series(session=session, coach_id=coach.id, days=30)
    context: dict[str, Any] = {
        "coach": coach, "log": log, "queue": queue, "rules": rules, "series": series,
        "chart": engagement_svg(series), "emails": _emails(session, log + queue),
        "saved": saved, "error": error[:300],
    }
    return templates.TemplateResponse(request, "engagement/coach_nudges.html", context)


def _back(coach: Coach, *, error: str = "") -> Response:
    """Back to the coach's nudge page (with an error to show, if any)."""
    query = "?" + urlencode({"error": error}) if error else "?saved=1"
    return RedirectResponse(f"/coach/{coach.slug}/nudges{query}#queue", status.HTTP_303_SEE_OTHER)


@router.post("/coach/{slug}/nudges/{nudge_id}/review", dependencies=[CsrfChecked])
def review(coach: OwnedCoach, nudge_id: ObjectId, session: SessionDep, user: StaffUser,
           action: Annotated[str, Form(pattern="^(approve|reject|save)$")],
           subject: Annotated[str, Form(max_length=200)] = "", body: Text = "") -> Response:
    """Approve (with any edit), save an edit, or reject a nudge in the queue."""
    nudge = service.coach_nudge(session=session, coach_id=coach.id, nudge_id=nudge_id)
    if nudge is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such nudge")
    try:
        if action == "reject":
            service.reject(session=session, nudge=nudge, reviewer_id=user.id)
            return _back(coach)
        if subject.strip() != nudge.subject or body.strip() != nudge.body:
            service.edit(session=session, nudge=nudge, subject=subject, body=body,
                         reviewer_id=user.id)
        if action == "approve":
            service.approve(session=session, nudge=nudge, reviewer_id=user.id)
    except service.EngagementError as error:
        return _back(coach, error=str(error))
    return _back(coach)


@router.post("/coach/{slug}/nudges/rules", dependencies=[CsrfChecked])
async def save_rules(request: Request, coach: OwnedCoach, session: SessionDep) -> Response:
    """Save the coach's thresholds from the form (unchecked boxes mean off)."""
    form = await request.form()
    data: dict[str, object] = {key: value for key, value in form.items()
                               if key != "csrf_token"}
    for flag in ("enabled", "approval_required"):
        data[flag] = flag in form
    try:
        rules = RulesIn.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        return _back(coach, error=f"{first['loc'][-1]}: {first['msg']}")
    service.save_rules(session=session, coach_id=coach.id, rules=rules)
    return RedirectResponse(f"/coach/{coach.slug}/nudges?saved=1#rules",
                            status.HTTP_303_SEE_OTHER)
