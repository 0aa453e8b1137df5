"""FastAPI dependencies: the unit of work, settings, runtime parts and the signed-in user."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts.models import Role, User
from app.coaching.chat import ChatService
from app.db import unit_of_work
from app.settings import Settings
from app.wiring import Database, KnowledgeLayer, ModelLayer
from knowledge.jobs import JobRunner

# Row ids are 32-bit integers on PostgreSQL (and SQLite rejects anything past 64 bits): a
# larger number in a path can name nothing, so it is a 422, never a database error.
MAX_ID = 2**31 - 1
ObjectId = Annotated[int, Path(ge=1, le=MAX_ID, description="A positive row id.")]


def get_session(request: Request) -> Iterator[Session]:
    """One unit of work per request: commit on success, roll back on error."""
    database: Database = request.app.state.db
    with unit_of_work(database.sessions) as session:
        yield session


def get_app_settings(request: Request) -> Settings:
    """The Settings the application was built with."""
    settings: Settings = request.app.state.settings
    return settings


def get_model_layer(request: Request) -> ModelLayer:
    """The model layer built in the lifespan."""
    layer: ModelLayer = request.app.state.models
    return layer


def get_knowledge(request: Request) -> KnowledgeLayer:
    """The knowledge layer built in the lifespan."""
    layer: KnowledgeLayer = request.app.state.knowledge
    return layer


def get_job_runner(request: Request) -> JobRunner:
    """The background ingestion worker built in the lifespan."""
    runner: JobRunner = request.app.state.jobs
    return runner


# scope="function": the unit of work commits before the response is sent, so a client that
# is told "created" (or "202, poll this job") always finds the row when it asks for it.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
ModelLayerDep = Annotated[ModelLayer, Depends(get_model_layer)]
KnowledgeDep = Annotated[KnowledgeLayer, Depends(get_knowledge)]
JobRunnerDep = Annotated[JobRunner, Depends(get_job_runner)]

_bearer = HTTPBearer(auto_error=False)


def get_token_user(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    """The user behind the request's bearer token, or 401."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "missing bearer token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    user = accounts.user_for_token(session=session, token=credentials.credentials)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "invalid or revoked token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


TokenUser = Annotated[User, Depends(get_token_user)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]

# The session cookie holds the signed-in user's id under this key (see app/web_auth.py).
SESSION_USER_KEY = "uid"


def session_user(request: Request, session: Session) -> User | None:
    """The active user signed in with the session cookie, or None."""
    user_id = request.scope.get("session", {}).get(SESSION_USER_KEY)
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    return user if user is not None and user.is_active else None


def _api_user(request: Request, session: Session, credentials: Credentials) -> User:
    """A bearer token's user if one is sent, else the session cookie's user, else 401."""
    if credentials is not None:
        return get_token_user(session, credentials)
    user = session_user(request, session)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "sign in, or send a bearer token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


def get_api_user(request: Request, session: SessionDep, credentials: Credentials) -> User:
    """The API caller: bearer token or session cookie (CSRF is checked app-wide)."""
    return _api_user(request, session, credentials)


def get_detached_api_user(request: Request, credentials: Credentials) -> User:
    """The API caller, looked up in a unit of work that ends before the route runs.

    For streaming routes: they must not hold a transaction (on SQLite, a write lock) open
    while the chat service commits in its own units of work.
    """
    database: Database = request.app.state.db
    with unit_of_work(database.sessions) as session:
        return _api_user(request, session, credentials)


ApiUser = Annotated[User, Depends(get_api_user)]
DetachedApiUser = Annotated[User, Depends(get_detached_api_user)]


def get_chat(request: Request) -> ChatService:
    """The chat service built in the lifespan."""
    chat: ChatService = request.app.state.chat
    return chat


ChatDep = Annotated[ChatService, Depends(get_chat)]


def get_coach_or_admin(user: ApiUser) -> User:
    """The caller when a coach or an admin, or 403 (learners cannot manage coaches)."""
    if user.role not in (Role.COACH, Role.ADMIN):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only coaches and admins can do this")
    return user


CoachOrAdmin = Annotated[User, Depends(get_coach_or_admin)]
