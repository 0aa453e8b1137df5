"""The engagement API: a learner's notifications and push subscriptions; a coach's nudges.

A coach sees and reviews only the nudges of coaches they manage; another coach's nudge or
coach answers 404, like one that does not exist.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel

from app.coaching import service as coaching
from app.coaching.models import Coach
from app.deps import ApiUser, CoachOrAdmin, ObjectId, SessionDep
from app.routes.errors import error_responses
from engagement import service
from engagement.models import (
    Notification,
    Nudge,
    NudgeEdit,
    NudgeRead,
    NudgeStatus,
    PushSubscriptionIn,
    RulesIn,
)
from engagement.push import load_keys, valid_key

# Every refusal is {"detail": "..."}: documented so clients (and the schema tests) know it.
ERRORS = error_responses(401, 403, 404)
CONFLICT = error_responses(409)
router = APIRouter(prefix="/api/v1", tags=["engagement"], responses=ERRORS)


def managed_coach(slug: str, user: CoachOrAdmin, session: SessionDep) -> Coach:
    """The coach in the path if this user manages it; 404 otherwise."""
    coach = coaching.get_by_slug(session=session, slug=slug)
    managed = {c.id for c in coaching.managed_coaches(session=session, user=user)}
    if coach is None or coach.id not in managed:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such coach")
    return coach


ManagedCoach = Annotated[Coach, Depends(managed_coach)]


def coach_nudge(coach: ManagedCoach, nudge_id: ObjectId, session: SessionDep) -> Nudge:
    """One nudge of the coach in the path, or 404."""
    nudge = service.coach_nudge(session=session, coach_id=coach.id, nudge_id=nudge_id)
    if nudge is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such nudge")
    return nudge


CoachNudge = Annotated[Nudge, Depends(coach_nudge)]


class NotificationRead(BaseModel):
    """An in-app notification."""

    id: int
    title: str
    body: str
    url: str
    read: bool
    created_at: str


class NotificationList(BaseModel):
    """A learner's notifications and how many are unread."""

    unread: int
    items: list[NotificationRead]


def _notification(row: Notification) -> NotificationRead:
    """The API form of a notification."""
    return NotificationRead(id=row.id, title=row.title, body=row.body, url=row.url,
                            read=row.read_at is not None, created_at=row.created_at.isoformat())


@router.get("/notifications", response_model=NotificationList)
def list_notifications(user: ApiUser, session: SessionDep,
                       limit: Annotated[int, Query(ge=1, le=200)] = 50) -> NotificationList:
    """Your in-app notifications, newest first, with the unread count."""
    rows = service.notifications(session=session, user_id=user.id, limit=limit)
    return NotificationList(unread=service.unread_count(session=session, user_id=user.id),
                            items=[_notification(r) for r in rows])


@router.post("/notifications/{notification_id}/read", status_code=status.HTTP_204_NO_CONTENT)
def read_notification(notification_id: ObjectId, user: ApiUser, session: SessionDep) -> Response:
    """Mark one of your notifications read (404 if it is not yours)."""
    row = session.get(Notification, notification_id)
    if row is None or row.user_id != user.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such notification")
    service.mark_read(session=session, user_id=user.id, notification_id=notification_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/notifications/read-all")
def read_all(user: ApiUser, session: SessionDep) -> dict[str, int]:
    """Mark all your notifications read."""
    return {"marked": service.mark_read(session=session, user_id=user.id)}


@router.get("/push/key")
def push_key(request: Request) -> dict[str, str]:
    """The VAPID public key browsers subscribe with (404 while Web Push is not set up)."""
    keys = load_keys(request.app.state.settings)
    if keys is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND,
                            "web push is not set up: run `lodestar push keys`")
    return {"public_key": keys.public_key}


@router.post("/push/subscriptions", status_code=status.HTTP_201_CREATED)
def subscribe(body: PushSubscriptionIn, request: Request, user: ApiUser,
              session: SessionDep) -> dict[str, Any]:
    """Store this browser's push subscription for you."""
    p256dh, auth = body.keys.get("p256dh", ""), body.keys.get("auth", "")
    if not valid_key(p256dh, 65) or not valid_key(auth, 16):
        # The shape of FastAPI's own 422, which is what the schema documents for this route.
        raise RequestValidationError([{
            "type": "value_error", "loc": ("body", "keys"), "input": None,
            "msg": "keys.p256dh must be a 65-byte and keys.auth a 16-byte base64url key"}])
    row = service.subscribe_push(session=session, user_id=user.id, endpoint=body.endpoint,
                                 p256dh=p256dh, auth=auth,
                                 user_agent=request.headers.get("user-agent", ""))
    return {"id": row.id, "endpoint": row.endpoint}


class EndpointIn(BaseModel):
    """A subscription's endpoint."""

    endpoint: str


@router.delete("/push/subscriptions", status_code=status.HTTP_204_NO_CONTENT)
def unsubscribe(body: EndpointIn, user: ApiUser, session: SessionDep) -> Response:
    """Forget this browser's subscription (404 if you had none with that endpoint)."""
    if not service.unsubscribe_push(session=session, user_id=user.id, endpoint=body.endpoint):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such subscription")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/coaches/{slug}/nudges", response_model=list[NudgeRead])
def coach_nudges(coach: ManagedCoach, session: SessionDep,
                 nudge_status: Annotated[NudgeStatus | None, Query(alias="status")] = None,
                 limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[Nudge]:
    """The coach's nudges, newest first (`?status=pending_approval` is the review queue)."""
    statuses = [nudge_status] if nudge_status else None
    return service.list_nudges(session=session, coach_id=coach.id, statuses=statuses,
                               limit=limit)


def _reviewed(action: Any, **kwargs: Any) -> Nudge:
    """Run a review action, turning a refusal into 409."""
    try:
        result: Nudge = action(**kwargs)
    except service.EngagementError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None
    return result


@router.post("/coaches/{slug}/nudges/{nudge_id}/approve", response_model=NudgeRead,
             responses=CONFLICT)
def approve(nudge: CoachNudge, user: CoachOrAdmin, session: SessionDep) -> Nudge:
    """Release a nudge waiting for approval (409 if it is not waiting)."""
    return _reviewed(service.approve, session=session, nudge=nudge, reviewer_id=user.id)


@router.post("/coaches/{slug}/nudges/{nudge_id}/reject", response_model=NudgeRead,
             responses=CONFLICT)
def reject(nudge: CoachNudge, user: CoachOrAdmin, session: SessionDep) -> Nudge:
    """Cancel a nudge waiting for approval (409 if it is not waiting)."""
    return _reviewed(service.reject, session=session, nudge=nudge, reviewer_id=user.id)


@router.patch("/coaches/{slug}/nudges/{nudge_id}", response_model=NudgeRead,
              responses=CONFLICT)
def edit(nudge: CoachNudge, body: NudgeEdit, user: CoachOrAdmin, session: SessionDep) -> Nudge:
    """Change the subject and text of a nudge waiting for approval."""
    return _reviewed(service.edit, session=session, nudge=nudge, subject=body.subject,
                     body=body.body, reviewer_id=user.id)


@router.get("/coaches/{slug}/nudge-rules", response_model=RulesIn)
def get_rules(coach: ManagedCoach, request: Request, session: SessionDep) -> RulesIn:
    """The coach's rule thresholds (the defaults when never set)."""
    return service.rules_or_defaults(session=session, coach_id=coach.id,
                                     settings=request.app.state.settings)


@router.put("/coaches/{slug}/nudge-rules", response_model=RulesIn)
def put_rules(coach: ManagedCoach, body: RulesIn, session: SessionDep) -> RulesIn:
    """Set the coach's thresholds, daily cap, quiet hours and approval mode."""
    return RulesIn.model_validate(service.save_rules(session=session, coach_id=coach.id,
                                                     rules=body))


@router.get("/coaches/{slug}/engagement")
def engagement_chart(coach: ManagedCoach, session: SessionDep,
                     days: Annotated[int, Query(ge=1, le=365)] = 30) -> list[dict[str, Any]]:
    """Per day: learners who wrote, nudges sent, opened, and replied to within 48 hours."""
    points = service.engagement_series(session=session, coach_id=coach.id, days=days)
    return [{"day": p.day.isoformat(), "active_learners": p.active_learners,
             "nudges_sent": p.nudges_sent, "opened": p.opened, "replied": p.replied}
            for p in points]
