"""Sign-up, sign-in and sign-out pages (argon2 passwords, session cookie, CSRF-checked forms)."""

from __future__ import annotations

from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Form, Request, status
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.deps import SessionDep
from app.routes.pages import templates
from app.web_auth import (
    CsrfChecked,
    OptionalWebUser,
    home_for,
    safe_next,
    sign_in,
    sign_out,
)

router = APIRouter(include_in_schema=False)
# Absent fields arrive as "" so the page, not a JSON 422, explains what is missing.
FormText = Annotated[str, Form()]
WRONG_LOGIN = "Wrong email or password. Check both and try again."


def _redirect(url: str) -> RedirectResponse:
    """A 303, so the browser follows with a GET."""
    return RedirectResponse(url, status.HTTP_303_SEE_OTHER)


@router.get("/login")
def login_page(request: Request, user: OptionalWebUser, next: str = "") -> Response:
    """The sign-in form; a signed-in user goes straight on."""
    if user is not None:
        return _redirect(safe_next(next) or home_for(user))
    return templates.TemplateResponse(request, "auth/login.html", {"next": safe_next(next)})


@router.post("/login", dependencies=[CsrfChecked])
def login(
    request: Request, session: SessionDep, email: FormText = "", password: FormText = "",
    next: FormText = "",
) -> Response:
    """Check the password; on success start a session and go on, else say what went wrong."""
    user = accounts.authenticate(session=session, email=email, password=password)
    if user is None:
        accounts.audit(session=session, action="login.failed", target_type="user",
                       email=email.strip().lower()[:320])
        context = {"error": WRONG_LOGIN, "email": email, "next": safe_next(next)}
        return templates.TemplateResponse(
            request, "auth/login.html", context, status_code=status.HTTP_401_UNAUTHORIZED
        )
    sign_in(request, user)
    accounts.audit(session=session, action="login", actor=user, target_type="user",
                   target_id=user.id)
    return _redirect(safe_next(next) or home_for(user))


@router.post("/logout", dependencies=[CsrfChecked])
def logout(request: Request, session: SessionDep, user: OptionalWebUser) -> Response:
    """End the session and go back to the sign-in page."""
    if user is not None:
        accounts.audit(session=session, action="logout", actor=user, target_type="user",
                       target_id=user.id)
    sign_out(request)
    return _redirect("/login")


def _signup_page(
    request: Request, session: Session, *, form: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    """The sign-up form, with what was typed and what is wrong with it."""
    context: dict[str, Any] = {
        "coaches": coaching.list_coaches(session=session),
        "form": form or {},
        "errors": errors or {},
        "min_password": accounts.MIN_PASSWORD_LENGTH,
    }
    code = status.HTTP_400_BAD_REQUEST if errors else status.HTTP_200_OK
    return templates.TemplateResponse(request, "auth/signup.html", context, status_code=code)


@router.get("/signup")
def signup_page(request: Request, session: SessionDep, user: OptionalWebUser) -> Response:
    """The learner sign-up form; a signed-in user goes home instead."""
    if user is not None:
        return _redirect(home_for(user))
    return _signup_page(request, session)


def _zone(name: str) -> str:
    """A valid IANA time zone name, or UTC (the field is filled in by script, not typed)."""
    if not 0 < len(name) <= 64:
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Europe" is a directory
        return "UTC"
    return name


def _signup_errors(session: Session, form: dict[str, str]) -> dict[str, str]:
    """What is wrong with a sign-up form, by field."""
    errors: dict[str, str] = {}
    try:
        address = accounts.normalise_email(form["email"])
        if accounts.get_by_email(session=session, email=address) is not None:
            errors["email"] = "An account with this email already exists. Sign in instead."
    except accounts.AccountError:
        errors["email"] = "Enter an email address like name@example.org."
    if not form["display_name"].strip():
        errors["display_name"] = "Enter your name, as your coach should call you."
    elif len(form["display_name"].strip()) > 200:
        errors["display_name"] = "Use at most 200 characters."
    if len(form["password"]) < accounts.MIN_PASSWORD_LENGTH:
        errors["password"] = f"Use at least {accounts.MIN_PASSWORD_LENGTH} characters."
    if coaching.get_by_slug(session=session, slug=form["coach"]) is None:
        errors["coach"] = "Choose the coach you want to work with."
    return errors


@router.post("/signup", dependencies=[CsrfChecked])
def signup(
    request: Request, session: SessionDep, email: FormText = "", display_name: FormText = "",
    password: FormText = "", timezone: FormText = "UTC", coach: FormText = "",
) -> Response:
    """Create a learner enrolled with the chosen coach, sign them in, and open the chat."""
    form = {"email": email, "display_name": display_name, "password": password,
            "timezone": _zone(timezone), "coach": coach}
    errors = _signup_errors(session, form)
    if errors:
        form.pop("password")  # never echoed back into the page
        return _signup_page(request, session, form=form, errors=errors)
    user = _create_learner(session, form)
    sign_in(request, user)
    return _redirect(home_for(user))


def _create_learner(session: Session, form: dict[str, str]) -> User:
    """Create and enrol the learner of a valid sign-up form, with an audit entry."""
    user = accounts.create_user(
        session=session, email=form["email"], password=form["password"], role=Role.LEARNER,
        display_name=form["display_name"].strip(), timezone=form["timezone"],
    )
    chosen = coaching.get_by_slug(session=session, slug=form["coach"])
    assert chosen is not None  # checked by _signup_errors in this same transaction
    coaching.enrol(session=session, learner=user, coach=chosen)
    accounts.audit(session=session, action="signup", actor=user, target_type="user",
                   target_id=user.id, coach=chosen.slug)
    return user
