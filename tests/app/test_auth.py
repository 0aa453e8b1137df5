"""Sign-up, sign-in and sign-out; the session cookie; CSRF on forms and cookie-borne API calls."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.accounts import service as accounts
from app.accounts.models import AuditLog, Role, User
from app.coaching.models import Coach, Enrolment
from app.session_cookie import Signer
from app.settings import Settings
from app.web_auth import WebUser, require_role
from app.wiring import open_database
from tests.app.web_support import PASSWORD, World, build_app, page_csrf, sign_in

SIGNUP = {"email": "New.Person@Example.org", "display_name": "New Person",
          "password": "a-good-long-password", "timezone": "Europe/Paris", "coach": "maya"}


def _with_probe_pages(app: FastAPI) -> FastAPI:
    """Add two pages guarded by the exported dependencies, as the UI's pages are."""

    @app.get("/probe/signed-in")
    def signed_in(user: WebUser) -> dict[str, str]:
        return {"email": user.email}

    @app.get("/probe/admin-only")
    def admin_only(user: User = Depends(require_role(Role.ADMIN))) -> dict[str, str]:  # noqa: B008
        return {"email": user.email}

    return app


@pytest.fixture
def client(settings: Settings, world: World) -> Iterator[TestClient]:
    with TestClient(_with_probe_pages(build_app(settings))) as test_client:
        yield test_client


def _users(settings: Settings) -> dict[str, User]:
    database = open_database(settings)
    with database.sessions() as session:
        found = {user.email: user for user in session.scalars(select(User))}
    database.dispose()
    return found


def _audit_actions(settings: Settings) -> list[str]:
    database = open_database(settings)
    with database.sessions() as session:
        actions = list(session.scalars(select(AuditLog.action).order_by(AuditLog.id)))
    database.dispose()
    return actions


def _signup(client: TestClient, **changes: str) -> object:
    token = page_csrf(client.get("/signup").text)
    form = {**SIGNUP, **changes, "csrf_token": token}
    return client.post("/signup", data=form, follow_redirects=False)


# --- Sign-up -----------------------------------------------------------------------------------


def test_signup_page_offers_every_coach(client: TestClient) -> None:
    page = client.get("/signup")
    assert page.status_code == 200
    assert '<option value="maya"' in page.text and '<option value="rival"' in page.text
    assert '<label for="email">' in page.text and '<label for="coach">' in page.text


def test_signup_creates_a_learner_enrolled_with_the_chosen_coach(
    client: TestClient, settings: Settings
) -> None:
    response = _signup(client)
    assert response.status_code == 303 and response.headers["location"] == "/chat"
    user = _users(settings)["new.person@example.org"]
    assert user.role is Role.LEARNER and user.display_name == "New Person"
    assert user.timezone == "Europe/Paris"
    assert user.password_hash.startswith("$argon2id$")
    assert accounts.verify_password(user.password_hash, SIGNUP["password"])
    database = open_database(settings)
    with database.sessions() as session:
        enrolled = session.scalars(
            select(Coach.slug).join(Enrolment).where(Enrolment.learner_id == user.id)
        ).all()
    database.dispose()
    assert enrolled == ["maya"]
    assert "signup" in _audit_actions(settings)
    # Signed in straight away: the session cookie now identifies the new learner.
    assert client.get("/api/v1/me").json()["user"]["email"] == "new.person@example.org"


def test_signup_explains_every_problem_and_creates_nothing(
    client: TestClient, settings: Settings
) -> None:
    response = _signup(client, email="not-an-email", display_name=" ", password="short",
                       coach="nobody")
    assert response.status_code == 400
    for message in ("Enter an email address", "Enter your name", "at least 8 characters",
                    "Choose the coach"):
        assert message in response.text
    assert 'aria-invalid="true"' in response.text
    assert "short" not in response.text  # the password is never echoed back
    assert set(_users(settings)) == {f"{n}@example.org" for n in
                                     ("learner", "other", "coach", "rival", "admin")}


def test_signup_with_a_taken_email_says_so(client: TestClient) -> None:
    response = _signup(client, email="Learner@Example.org")
    assert response.status_code == 400
    assert "An account with this email already exists" in response.text


@pytest.mark.parametrize("zone", ["Mars/Olympus", "Europe", "../../etc/passwd", "x" * 300])
def test_signup_with_an_unknown_time_zone_falls_back_to_utc(
    client: TestClient, settings: Settings, zone: str
) -> None:
    assert _signup(client, timezone=zone).status_code == 303
    assert _users(settings)["new.person@example.org"].timezone == "UTC"


# --- Sign-in and sign-out ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("email", "home"),
    [("learner@example.org", "/chat"), ("coach@example.org", "/coach"),
     ("admin@example.org", "/admin")],
)
def test_login_sends_each_role_home(client: TestClient, email: str, home: str) -> None:
    token = page_csrf(client.get("/login").text)
    response = client.post("/login", data={"email": email, "password": PASSWORD,
                                           "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == home
    assert client.get("/api/v1/me").json()["user"]["email"] == email


def test_login_returns_to_a_safe_next_page_only(client: TestClient) -> None:
    for next_page, expected in (("/chat/maya?x=1", "/chat/maya?x=1"),
                                ("//evil.example/steal", "/chat"),
                                ("https://evil.example/", "/chat"),
                                ("/\t/evil.example/", "/chat")):
        client.cookies.clear()
        token = page_csrf(client.get("/login").text)
        response = client.post("/login", follow_redirects=False, data={
            "email": "learner@example.org", "password": PASSWORD, "csrf_token": token,
            "next": next_page})
        assert response.headers["location"] == expected, next_page


def test_wrong_password_is_refused_with_a_clear_message(
    client: TestClient, settings: Settings
) -> None:
    token = page_csrf(client.get("/login").text)
    response = client.post("/login", data={"email": "learner@example.org",
                                           "password": "not-the-password", "csrf_token": token})
    assert response.status_code == 401
    assert "Wrong email or password" in response.text and 'role="alert"' in response.text
    assert 'value="learner@example.org"' in response.text  # the email is kept for a retry
    assert client.get("/api/v1/me").status_code == 401
    assert _audit_actions(settings)[-1] == "login.failed"


def test_logout_ends_the_session(client: TestClient, settings: Settings) -> None:
    token = sign_in(client, "learner@example.org")
    home = client.get("/")
    assert "Signed in as <strong>Learner</strong>" in home.text and "Sign out" in home.text
    response = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert "Max-Age=0" in response.headers["set-cookie"]
    assert client.get("/api/v1/me").status_code == 401
    assert _audit_actions(settings)[-2:] == ["login", "logout"]


def test_pages_redirect_to_login_and_check_roles(client: TestClient) -> None:
    response = client.get("/probe/signed-in?tab=2", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/probe/signed-in%3Ftab%3D2"
    sign_in(client, "learner@example.org")
    assert client.get("/probe/signed-in").json() == {"email": "learner@example.org"}
    assert client.get("/probe/admin-only").status_code == 403
    client.cookies.clear()
    sign_in(client, "admin@example.org")
    assert client.get("/probe/admin-only").json() == {"email": "admin@example.org"}


def test_a_deactivated_user_is_signed_out(client: TestClient, settings: Settings) -> None:
    sign_in(client, "learner@example.org")
    database = open_database(settings)
    with database.sessions.begin() as session:
        user = accounts.get_by_email(session=session, email="learner@example.org")
        assert user is not None
        user.is_active = False
    database.dispose()
    response = client.get("/probe/signed-in", follow_redirects=False)
    assert response.status_code == 303 and "Max-Age=0" in response.headers["set-cookie"]


# --- CSRF --------------------------------------------------------------------------------------


def test_forms_without_the_right_csrf_token_are_refused(
    client: TestClient, settings: Settings
) -> None:
    client.get("/login")  # the session now has a token, which the posts below do not send
    login = {"email": "learner@example.org", "password": PASSWORD}
    assert client.post("/login", data=login).status_code == 403
    assert client.post("/login", data={**login, "csrf_token": "forged"}).status_code == 403
    assert client.post("/signup", data=SIGNUP).status_code == 403
    assert client.get("/api/v1/me").status_code == 401
    assert "new.person@example.org" not in _users(settings)
    token = sign_in(client, "learner@example.org")
    assert client.post("/logout", data={"csrf_token": token[:-1]}).status_code == 403
    assert client.get("/api/v1/me").status_code == 200  # still signed in


def test_cookie_api_calls_need_the_csrf_header_on_unsafe_methods(
    client: TestClient, world: World
) -> None:
    token = sign_in(client, "learner@example.org")
    create = "/api/v1/coaches/maya/conversations"
    assert client.get("/api/v1/me").status_code == 200  # reads need no token
    assert client.get(create).status_code == 200
    assert client.post(create, json={}).status_code == 403
    assert client.post(create, json={}, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.post(create, json={}, headers={"X-CSRF-Token": token}).status_code == 201
    # A bearer token is never sent by a browser on its own, so it needs no CSRF token.
    client.cookies.clear()
    assert client.post(create, json={}, headers=world.learner).status_code == 201


# --- The session cookie ------------------------------------------------------------------------


def test_a_tampered_session_cookie_signs_nobody_in(client: TestClient) -> None:
    sign_in(client, "learner@example.org")
    value = client.cookies.get("lodestar_session")
    assert value is not None and client.get("/probe/signed-in").status_code == 200
    payload, stamp, signature = value.split(".")
    for forged in (f"{payload}.{stamp}.{signature[::-1]}", f"{payload}x.{stamp}.{signature}"):
        client.cookies.clear()
        client.cookies.set("lodestar_session", forged)
        assert client.get("/probe/signed-in", follow_redirects=False).status_code == 303


def test_cookie_flags_follow_the_settings(settings: Settings, world: World) -> None:
    for secure in (False, True):
        configured = settings.model_copy(update={"secure_cookies": secure})
        with TestClient(build_app(configured)) as test_client:
            header = test_client.get("/login").headers["set-cookie"]
        assert "HttpOnly" in header and "SameSite=lax" in header
        assert ("Secure" in header) is secure


def test_signed_values_expire_and_resist_tampering() -> None:
    signer = Signer("a-secret-of-decent-length")
    value = signer.sign({"uid": 7})
    assert signer.unsign(value, max_age=60) is not None
    assert signer.unsign(value, max_age=60)[0] == {"uid": 7}  # type: ignore[index]
    assert signer.unsign(value.replace("eyJ1aWQiOjd9", "eyJ1aWQiOjh9"), max_age=60) is None
    assert Signer("another-secret-entirely").unsign(value, max_age=60) is None
    assert signer.unsign(value[:-1] + "é", max_age=60) is None
    assert signer.unsign("no-dots-at-all", max_age=60) is None
    old = signer.sign({"uid": 7}, now=time.time() - 120)
    assert signer.unsign(old, max_age=60) is None
