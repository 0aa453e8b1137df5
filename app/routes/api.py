"""JSON API under /api/v1."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from app.accounts.models import UserRead
from app.coaching import service as coaching
from app.coaching.models import CoachRead
from app.deps import ApiUser, SessionDep

router = APIRouter(prefix="/api/v1", tags=["api"])


class Me(BaseModel):
    """The signed-in user and the coaches they can reach."""

    user: UserRead
    coaches: list[CoachRead]


@router.get("/me", response_model=Me)
def me(user: ApiUser, session: SessionDep) -> Me:
    """The caller (token or session cookie) and their coaches."""
    coaches = (
        coaching.coaches_for_learner(session=session, learner=user)
        if user.role.value == "learner"
        else coaching.list_coaches(session=session)
    )
    return Me(
        user=UserRead.model_validate(user),
        coaches=[CoachRead.model_validate(c) for c in coaches],
    )


@router.get("/coaches", response_model=list[CoachRead])
def list_coaches(user: ApiUser, session: SessionDep) -> list[CoachRead]:
    """The coaches this user can chat with (all of them for coaches and admins)."""
    return me(user, session).coaches
