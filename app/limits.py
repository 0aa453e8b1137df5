"""Chat limits: messages per minute per user and per API token, and daily token budgets.

Rate limits count in the database (one row per key and minute, incremented with an atomic
upsert), so every worker process and every app host sharing the database enforces the same
limit. Budgets are read from `usage_records` (tokens since midnight UTC). A refusal is a 429
with `Retry-After`; OpenAI-compatible routes show it in OpenAI's error shape.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import Depends, HTTPException, Request
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.accounts.models import User
from app.coaching.models import Conversation, Message, UsageRecord
from app.db import unit_of_work, upsert_insert
from app.deps import Credentials
from app.settings import Settings
from app.usage_models import RateWindow

WINDOW_SECONDS = 60


class LimitExceeded(HTTPException):
    """A 429 with Retry-After; `kind`/`code` give OpenAI-compatible routes their error shape."""

    def __init__(self, message: str, retry_after: int, code: str) -> None:
        super().__init__(429, message, headers={"Retry-After": str(max(1, retry_after))})
        self.kind = "rate_limit_error" if code == "rate_limit_exceeded" else "insufficient_quota"
        self.code = code
        self.retry_after = max(1, retry_after)


def hit(*, session: Session, key: str, now: float | None = None) -> tuple[int, int]:
    """Count one message for key in the current minute; (count so far, seconds left)."""
    now = time.time() if now is None else now
    start = int(now // WINDOW_SECONDS) * WINDOW_SECONDS
    statement = upsert_insert(session, RateWindow).values(key=key, window_start=start, count=1)
    statement = statement.on_conflict_do_update(
        index_elements=[RateWindow.key, RateWindow.window_start],
        set_={"count": RateWindow.count + 1},
    ).returning(RateWindow.count)
    count = int(session.execute(statement).scalar_one())
    # Old minutes of this key are useless now; dropping them keeps the table small.
    session.execute(delete(RateWindow).where(RateWindow.key == key,
                                             RateWindow.window_start < start))
    return count, max(1, math.ceil(start + WINDOW_SECONDS - now))


def token_key(token: str) -> str:
    """A rate-limit key for a bearer token that does not reveal it."""
    return "token:" + hashlib.sha256(token.encode()).hexdigest()[:32]


def check_rate(*, session: Session, settings: Settings, user_id: int, token: str | None,
               now: float | None = None) -> None:
    """Count a chat message against the user's and the token's per-minute limits, or refuse."""
    keys: list[tuple[str, int, str]] = [(f"user:{user_id}", settings.chat_per_minute_user, "you")]
    if token is not None:
        keys.append((token_key(token), settings.chat_per_minute_token, "this API token"))
    for key, limit, who in keys:
        if limit <= 0:
            continue
        count, retry_after = hit(session=session, key=key, now=now)
        if count > limit:
            raise LimitExceeded(
                f"Too many messages: {who} may send {limit} per minute. "
                f"Try again in {retry_after} s.", retry_after, "rate_limit_exceeded")


def day_start(now: datetime) -> datetime:
    """Midnight UTC at the start of now's day."""
    return now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def tokens_today(*, session: Session, now: datetime, user_id: int | None = None,
                 coach_id: int | None = None) -> int:
    """Model tokens recorded since midnight UTC for a learner or a coach."""
    query = select(func.coalesce(func.sum(UsageRecord.prompt_tokens
                                          + UsageRecord.completion_tokens), 0))
    query = query.where(UsageRecord.created_at >= day_start(now))
    if user_id is not None:
        query = query.where(UsageRecord.user_id == user_id)
    if coach_id is not None:
        query = query.where(UsageRecord.coach_id == coach_id)
    return int(session.scalar(query) or 0)


def check_budget(*, session: Session, settings: Settings, user_id: int | None,
                 coach_id: int | None, now: datetime | None = None) -> None:
    """Refuse a new message when the learner's or the coach's tokens today are spent."""
    now = now or datetime.now(UTC)
    until_midnight = math.ceil((day_start(now) + timedelta(days=1) - now).total_seconds())
    if user_id is not None and settings.daily_tokens_learner > 0:
        used = tokens_today(session=session, now=now, user_id=user_id)
        if used >= settings.daily_tokens_learner:
            raise LimitExceeded(
                f"Your daily budget of {settings.daily_tokens_learner} tokens is used up; "
                "it renews at midnight UTC.", until_midnight, "daily_budget_exceeded")
    if coach_id is not None and settings.daily_tokens_coach > 0:
        used = tokens_today(session=session, now=now, coach_id=coach_id)
        if used >= settings.daily_tokens_coach:
            raise LimitExceeded(
                "This coach's daily token budget is used up; it renews at midnight UTC.",
                until_midnight, "daily_budget_exceeded")


def _coach_of_path(session: Session, user_id: int, params: dict[str, Any]) -> int | None:
    """The coach of the caller's own conversation or message in the path (others': None)."""
    conversation: Conversation | None = None
    if "conversation_id" in params:
        conversation = session.get(Conversation, int(params["conversation_id"]))
    elif "message_id" in params:
        message = session.get(Message, int(params["message_id"]))
        conversation = session.get(Conversation, message.conversation_id) if message else None
    if conversation is None or conversation.learner_id != user_id:
        return None  # the route answers 404; a 429 here would reveal that the id exists
    return conversation.coach_id


def enforce(request: Request, user: User, token: str | None, coach_id: int | None) -> None:
    """Budgets then rate limits, in one short committed unit of work (seen by every worker).

    A refused message rolls its count back, so retrying while refused does not extend the
    wait. Nothing touches the database when every limit is off.
    """
    settings: Settings = request.app.state.settings
    budgets = settings.daily_tokens_learner > 0 or settings.daily_tokens_coach > 0
    rates = settings.chat_per_minute_user > 0 or (
        token is not None and settings.chat_per_minute_token > 0)
    if not (budgets or rates):
        return
    with unit_of_work(request.app.state.db.sessions) as session:
        if coach_id is None and settings.daily_tokens_coach > 0:
            coach_id = _coach_of_path(session, user.id, _path_ids(request))
        check_budget(session=session, settings=settings, user_id=user.id, coach_id=coach_id)
        check_rate(session=session, settings=settings, user_id=user.id, token=token)


def _path_ids(request: Request) -> dict[str, Any]:
    """The path's integer ids (a malformed one is left to the route's own 422)."""
    return {key: value for key, value in request.path_params.items()
            if str(value).isdigit() and int(value) < 2**31}


def chat_limit(user_dependency: Callable[..., User]) -> Callable[..., Any]:
    """A dependency enforcing chat limits for the user that `user_dependency` resolves."""
    from starlette.concurrency import run_in_threadpool

    # A default, not Annotated: with postponed annotations a local name would not resolve.
    async def limited(request: Request, credentials: Credentials,
                      user: User = Depends(user_dependency)) -> None:  # noqa: B008
        token = credentials.credentials if credentials is not None else None
        await run_in_threadpool(enforce, request, user, token, None)

    return limited


async def check_coach_budget(request: Request, coach_id: int) -> None:
    """Refuse a message to a coach whose daily budget is spent (for routes that learn the
    coach from the body, such as the OpenAI-compatible one)."""
    from starlette.concurrency import run_in_threadpool

    def check() -> None:
        with unit_of_work(request.app.state.db.sessions) as session:
            check_budget(session=session, settings=request.app.state.settings, user_id=None,
                         coach_id=coach_id)

    await run_in_threadpool(check)


@dataclass(frozen=True)
class Limits:
    """The limits in force, for the usage page."""

    per_minute_user: int
    per_minute_token: int
    daily_learner: int
    daily_coach: int

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        """The limits configured in settings."""
        return cls(settings.chat_per_minute_user, settings.chat_per_minute_token,
                   settings.daily_tokens_learner, settings.daily_tokens_coach)
