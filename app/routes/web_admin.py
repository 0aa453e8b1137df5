"""The admin pages: users and coaches, creating both, deactivating users."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.coaching.models import Coach
from app.deps import ObjectId, SessionDep
from app.routes.pages import templates
from app.web_auth import CsrfChecked, require_role

router = APIRouter(prefix="/admin", include_in_schema=False)
Admin = Annotated[User, Depends(require_role(Role.ADMIN))]
Line = Annotated[str, Form(max_length=320)]
Text = Annotated[str, Form(max_length=20_000)]


def _page(
    request: Request, session: Session, me: User, *, status_code: int = 200, **extra: Any
) -> Response:
    """The admin page with its users and coaches, plus a notice or an error."""
    users = accounts.list_users(session=session)
    coaches = coaching.list_coaches(session=session)
    owners = {user.id: user for user in users}
    context = {"me": me, "users": users, "coaches": coaches, "owners": owners,
               "roles": list(Role), **extra}
    return templates.TemplateResponse(request, "admin/index.html", context,
                                      status_code=status_code)


def _done(notice: str) -> RedirectResponse:
    """Back to the admin page after a change (post/redirect/get), saying what changed."""
    return RedirectResponse(f"/admin?{urlencode({'notice': notice})}", status.HTTP_303_SEE_OTHER)


@router.get("", response_class=HTMLResponse)
def admin_home(request: Request, session: SessionDep, admin: Admin, notice: str = "") -> Response:
    """Users and coaches, with the forms to add them."""
    return _page(request, session, admin, notice=notice[:300])


@router.post("/coaches", dependencies=[CsrfChecked])
def create_coach(
    request: Request, session: SessionDep, admin: Admin, slug: Line, name: Line,
    expertise: Text = "", communication_style: Text = "",
    owner_id: Annotated[int | None, Form()] = None,
) -> Response:
    """Create a coach, optionally owned by a coach-role user."""
    owner = session.get(User, owner_id) if owner_id else None
    try:
        coach = coaching.create_coach(
            session=session, slug=slug.strip(), name=name, expertise=expertise.strip(),
            communication_style=communication_style.strip(),
        )
        if owner is not None:
            coaching.assign_owner(session=session, coach=coach, user=owner)
    except coaching.CoachingError as error:
        session.rollback()  # a coach created before the owner was refused must not be kept
        return _page(request, session, admin, coach_error=str(error),
                     form={"slug": slug, "name": name},
                     status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)
    accounts.audit(session=session, action="coach.create", actor=admin, target_type="coach",
                   target_id=coach.id, slug=coach.slug)
    return _done(f"Created coach {coach.name} ({coach.slug}).")


@router.post("/users", dependencies=[CsrfChecked])
def create_user(
    request: Request, session: SessionDep, admin: Admin, email: Line, password: Line,
    role: Annotated[Role, Form()], display_name: Line = "",
    coach_id: Annotated[int | None, Form()] = None,
) -> Response:
    """Create a user with a role; a learner is enrolled with the coach, a coach owns it."""
    coach = session.get(Coach, coach_id) if coach_id else None
    try:
        user = accounts.create_user(session=session, email=email, password=password, role=role,
                                    display_name=display_name.strip())
        if coach is not None and role is Role.LEARNER:
            coaching.enrol(session=session, learner=user, coach=coach)
        elif coach is not None and role is Role.COACH:
            coaching.assign_owner(session=session, coach=coach, user=user)
    except (accounts.AccountError, coaching.CoachingError) as error:
        session.rollback()
        return _page(request, session, admin, user_error=str(error),
                     form={"email": email, "display_name": display_name},
                     status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)
    accounts.audit(session=session, action="user.create", actor=admin, target_type="user",
                   target_id=user.id, role=role.value)
    return _done(f"Created {role.value} {user.email}.")


@router.post("/users/{user_id}/deactivate", dependencies=[CsrfChecked])
def deactivate_user(user_id: ObjectId, session: SessionDep, admin: Admin) -> Response:
    """Deactivate a user: they can no longer sign in or use their tokens."""
    user = session.get(User, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such user")
    if user.id == admin.id:
        raise HTTPException(status.HTTP_409_CONFLICT, "you cannot deactivate yourself")
    accounts.deactivate_user(session=session, user=user, actor=admin)
    return _done(f"Deactivated {user.email}.")
