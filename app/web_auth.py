"""Browser sign-in: the session cookie, CSRF protection and the user dependencies for routes.

Exported for routes and templates:

- `WebUser` / `OptionalWebUser`: the signed-in user of a page (WebUser redirects to
  `/login?next=...` when nobody is signed in);
- `ApiUser`: an API caller, by bearer token or session cookie;
- `require_role(*roles)`: a dependency for `Depends(...)`: the page's user, or 403;
- `CsrfChecked`: `dependencies=[CsrfChecked]` on a route (the check also runs app-wide);
- `csrf_token(request)` and, in every template, `csrf` and `viewer` (the signed-in user's
  name and role, or None).

CSRF: an unsafe request (POST, PUT, PATCH, DELETE) without a bearer token must send this
session's token, in the `X-CSRF-Token` header or a `csrf_token` form field, or it is refused
with 403. An app-wide dependency enforces it whenever a user is signed in, so no route can
forget it; `CsrfChecked` enforces it even before sign-in (the login and sign-up forms, and
every page form).
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.responses import RedirectResponse

from app.accounts.models import Role, User
from app.deps import SESSION_USER_KEY, ApiUser, SessionDep, session_user
from app.session_cookie import SignedCookieSessions
from app.settings import Settings

__all__ = [
    "APP_DEPENDENCIES",
    "ApiUser",
    "CsrfChecked",
    "OptionalWebUser",
    "WebUser",
    "csrf_token",
    "home_for",
    "install",
    "require_role",
    "safe_next",
    "sign_in",
    "sign_out",
    "template_context",
]

CSRF_KEY = "csrf"
VIEWER_KEY = "viewer"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
HOMES = {Role.LEARNER: "/chat", Role.COACH: "/coach", Role.ADMIN: "/admin"}
CSRF_FAILED = "missing or wrong CSRF token: reload the page and try again"


def _session(request: Request) -> dict[str, Any]:
    """The request's session dict (empty, and unsaved, without the middleware)."""
    session: dict[str, Any] = request.scope.get("session", {})
    return session


def csrf_token(request: Request) -> str:
    """This session's CSRF token, created on first use."""
    session = _session(request)
    token = session.get(CSRF_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[CSRF_KEY] = token
    return token


def _bearer(request: Request) -> bool:
    """Whether the request authenticates with a bearer token (never sent by a browser alone)."""
    scheme, _, _ = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer"


def _is_form(request: Request) -> bool:
    """Whether the body is an HTML form."""
    return request.headers.get("content-type", "").lower().startswith(FORM_TYPES)


async def _token_matches(request: Request) -> bool:
    """Whether the request sends this session's CSRF token (header or form field)."""
    sent: object = request.headers.get(CSRF_HEADER)
    if sent is None and _is_form(request):
        sent = (await request.form()).get(CSRF_FIELD)
    expected = _session(request).get(CSRF_KEY)
    return (isinstance(sent, str) and isinstance(expected, str)
            and hmac.compare_digest(sent.encode(), expected.encode()))


async def require_csrf(request: Request) -> None:
    """Refuse an unsafe request without this session's CSRF token (403), signed in or not."""
    if request.method in UNSAFE_METHODS and not _bearer(request):
        if not await _token_matches(request):
            raise HTTPException(status.HTTP_403_FORBIDDEN, CSRF_FAILED)


async def csrf_guard(request: Request) -> None:
    """App-wide: refuse an unsafe request riding on a signed-in session without the token."""
    # Without a signed-in session there is no ambient credential to abuse: the route answers
    # 401 itself. Forms that act before sign-in (login, sign-up) use CsrfChecked as well.
    if SESSION_USER_KEY in _session(request):
        await require_csrf(request)


CsrfChecked = Depends(require_csrf)
APP_DEPENDENCIES = [Depends(csrf_guard)]


class LoginRequired(Exception):
    """A page needs a signed-in user; answered with a redirect to the login page."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def _to_login(_request: Request, error: Exception) -> RedirectResponse:
    """Send the browser to the login page, remembering where it was going."""
    target = error.next_path if isinstance(error, LoginRequired) else "/"
    return RedirectResponse(f"/login?next={quote(target, safe='/')}", status.HTTP_303_SEE_OTHER)


def install(app: FastAPI, settings: Settings) -> None:
    """Add the session cookie middleware and the login redirect to an app."""
    app.add_middleware(
        SignedCookieSessions,
        secret=settings.session_secret(),
        https_only=settings.secure_cookies,
        same_site="lax",
    )
    app.add_exception_handler(LoginRequired, _to_login)


def sign_in(request: Request, user: User) -> None:
    """Start a fresh session for a user, with a new CSRF token."""
    session = _session(request)
    session.clear()
    session[SESSION_USER_KEY] = user.id
    session[VIEWER_KEY] = {"name": user.display_name, "role": user.role.value}
    csrf_token(request)


def sign_out(request: Request) -> None:
    """End the session (the response clears the cookie)."""
    _session(request).clear()


def get_optional_web_user(request: Request, session: SessionDep) -> User | None:
    """The signed-in user, or None; a session whose user is gone or inactive is ended."""
    user = session_user(request, session)
    if user is None and SESSION_USER_KEY in _session(request):
        sign_out(request)
    return user


OptionalWebUser = Annotated[User | None, Depends(get_optional_web_user)]


def get_web_user(request: Request, user: OptionalWebUser) -> User:
    """The signed-in user, or a redirect to the login page."""
    if user is None:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(path)
    return user


WebUser = Annotated[User, Depends(get_web_user)]


def require_role(*roles: Role) -> Callable[[User], User]:
    """A dependency giving the page's user if they have one of these roles, else 403."""
    allowed = frozenset(roles)

    def check(user: WebUser) -> User:
        if user.role not in allowed:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "your account cannot open this page")
        return user

    return check


def home_for(user: User) -> str:
    """Where a user lands after signing in."""
    return HOMES.get(user.role, "/")


def safe_next(value: str | None) -> str | None:
    """A same-site path to return to after login, or None (no open redirects)."""
    if not value or len(value) > 2000 or not value.startswith("/"):
        return None
    # Browsers drop tabs and newlines and read "\\" as "/": "/\t/evil" would leave the site.
    if value.startswith("//") or any(c == "\\" or ord(c) < 33 for c in value):
        return None
    return value


def template_context(request: Request) -> dict[str, Any]:
    """What every template gets: the CSRF token and who is signed in."""
    return {"csrf": csrf_token(request), "viewer": _session(request).get(VIEWER_KEY)}
