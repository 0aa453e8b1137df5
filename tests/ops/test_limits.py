"""Rate limits shared by app instances through the database, and daily token budgets."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.coaching import service as coaching
from app.coaching.models import UsageRecord
from app.limits import WINDOW_SECONDS, LimitExceeded, check_budget, check_rate, day_start, hit
from app.settings import Settings
from app.wiring import open_database
from tests.app.web_support import World, build_app, seed_world
from tests.factories import make_user


def _send(client: TestClient, world: World, conversation: int, text: str = "Hi") -> object:
    return client.post(f"/api/v1/conversations/{conversation}/messages", json={"text": text},
                       headers=world.learner)


def _fresh_window(needed: float = 20.0) -> None:
    """Wait for the next minute if this one ends too soon: the limit counts per clock minute,
    so sends on both sides of a minute boundary would each get a fresh budget."""
    left = WINDOW_SECONDS - time.time() % WINDOW_SECONDS
    if left < needed:
        time.sleep(left + 0.05)


def test_two_app_instances_share_the_per_minute_limit(settings: Settings) -> None:
    limited = settings.model_copy(update={"chat_per_minute_user": 2,
                                          "chat_per_minute_token": 0})
    world = seed_world(limited)
    with TestClient(build_app(limited)) as first, TestClient(build_app(limited)) as second:
        conversation = first.post("/api/v1/coaches/maya/conversations", json={},
                                  headers=world.learner).json()["id"]
        _fresh_window()
        assert _send(first, world, conversation).status_code == 200
        assert _send(second, world, conversation).status_code == 200
        refused = _send(first, world, conversation)
        also_refused = _send(second, world, conversation)
        other = second.post("/api/v1/coaches/maya/conversations", json={}, headers=world.other)
        other_sent = second.post(f"/api/v1/conversations/{other.json()['id']}/messages",
                                 json={"text": "Hi"}, headers=world.other)
    for response in (refused, also_refused):
        assert response.status_code == 429
        assert 1 <= int(response.headers["Retry-After"]) <= 60
        assert "2 per minute" in response.json()["detail"]
    assert other_sent.status_code == 200  # another learner has a budget of their own


def test_the_openai_route_answers_429_in_openai_shape(settings: Settings) -> None:
    limited = settings.model_copy(update={"chat_per_minute_token": 1})
    world = seed_world(limited)
    body = {"model": "maya", "messages": [{"role": "user", "content": "Hi"}]}
    with TestClient(build_app(limited)) as client:
        _fresh_window()
        assert client.post("/v1/chat/completions", json=body,
                           headers=world.learner).status_code == 200
        refused = client.post("/v1/chat/completions", json=body, headers=world.learner)
    assert refused.status_code == 429
    assert refused.headers["Retry-After"]
    error = refused.json()["error"]
    assert error["type"] == "rate_limit_error" and error["code"] == "rate_limit_exceeded"
    assert "this API token" in error["message"]


def test_windows_count_atomically_and_restart_each_minute(session: Session) -> None:
    start = 1_800_000_000.0 - (1_800_000_000 % 60)
    assert hit(session=session, key="user:7", now=start + 1) == (1, 59)
    assert hit(session=session, key="user:7", now=start + 30) == (2, 30)
    assert hit(session=session, key="user:8", now=start + 30) == (1, 30)
    assert hit(session=session, key="user:7", now=start + 61) == (1, 59)


def test_check_rate_names_the_limit_and_the_wait(session: Session, settings: Settings) -> None:
    strict = settings.model_copy(update={"chat_per_minute_user": 1})
    now = 1_800_000_000.0 - (1_800_000_000 % 60) + 45
    check_rate(session=session, settings=strict, user_id=3, token="lsk_x", now=now)
    with pytest.raises(LimitExceeded) as refused:
        check_rate(session=session, settings=strict, user_id=3, token="lsk_x", now=now)
    assert refused.value.status_code == 429
    assert refused.value.headers == {"Retry-After": "15"}


def _spend(settings: Settings, world: World, tokens: int, when: datetime) -> None:
    database = open_database(settings)
    with database.sessions.begin() as session:
        session.add(UsageRecord(user_id=world.learner_id, coach_id=world.maya_id,
                                provider="embedded", model="m", prompt_tokens=tokens,
                                completion_tokens=0, cost_usd=Decimal(0), created_at=when))
    database.dispose()


def test_a_learner_over_the_daily_budget_is_refused_until_midnight(settings: Settings) -> None:
    budget = settings.model_copy(update={"daily_tokens_learner": 1000})
    world = seed_world(budget)
    now = datetime.now(UTC)
    _spend(budget, world, 5000, now - timedelta(days=1))  # yesterday's tokens do not count
    with TestClient(build_app(budget)) as client:
        conversation = client.post("/api/v1/coaches/maya/conversations", json={},
                                   headers=world.learner).json()["id"]
        assert _send(client, world, conversation).status_code == 200
        _spend(budget, world, 1000, now)
        refused = _send(client, world, conversation)
    assert refused.status_code == 429
    assert "daily budget of 1000 tokens" in refused.json()["detail"]
    until_midnight = (day_start(datetime.now(UTC)) + timedelta(days=1) - datetime.now(UTC))
    assert abs(int(refused.headers["Retry-After"]) - until_midnight.total_seconds()) < 60


def test_a_coach_budget_covers_all_of_its_learners(session: Session, settings: Settings) -> None:
    budget = settings.model_copy(update={"daily_tokens_coach": 100, "daily_tokens_learner": 0})
    learner = make_user(session)
    coach = coaching.create_coach(session=session, slug="budget", name="Budget")
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    session.add(UsageRecord(user_id=learner.id, coach_id=coach.id, provider="openai",
                            model="gpt-4o-mini", prompt_tokens=60, completion_tokens=40,
                            cost_usd=Decimal(0), created_at=now))
    session.flush()
    check_budget(session=session, settings=budget, user_id=learner.id, coach_id=None, now=now)
    with pytest.raises(LimitExceeded) as refused:
        check_budget(session=session, settings=budget, user_id=learner.id, coach_id=coach.id,
                     now=now)
    assert "coach's daily token budget" in refused.value.detail
    assert refused.value.headers == {"Retry-After": str(12 * 3600)}
