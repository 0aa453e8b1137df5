"""The web app: health, the landing page and bearer-token authentication."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

import app.main
from app import migrate
from app.accounts import service as accounts
from app.demo import seed_demo
from app.main import create_app
from app.settings import Settings
from app.wiring import open_database
from tests.knowledge.ingest_support import make_layer
from tests.knowledge.retrieval_support import FakeEmbedder


@pytest.fixture
def client(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """A running app on a migrated database holding the demo data (with a fake embedder)."""
    settings.ensure_dirs()
    migrate.upgrade(settings.sqlalchemy_url)
    database = open_database(settings)
    with database.sessions.begin() as session:
        seed_demo(session=session, pipeline=make_layer(settings).pipeline)
    database.dispose()
    monkeypatch.setattr(app.main, "build_embedder", lambda _settings: FakeEmbedder())
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _token(settings: Settings, email: str) -> str:
    database = open_database(settings)
    with database.sessions.begin() as session:
        user = accounts.get_by_email(session=session, email=email)
        assert user is not None
        token = accounts.create_token(session=session, user=user)
    database.dispose()
    return token


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_home_lists_the_demo_coach(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Maya Rivers" in page.text and "3 document(s)" in page.text


def test_api_needs_a_valid_bearer_token(client: TestClient, settings: Settings) -> None:
    assert client.get("/api/v1/me").status_code == 401
    bad = client.get("/api/v1/me", headers={"Authorization": "Bearer lsk_nope"})
    assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
    token = _token(settings, "learner@demo.lodestar")
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    body = me.json()
    assert body["user"]["email"] == "learner@demo.lodestar"
    assert body["user"]["role"] == "learner"
    assert [c["slug"] for c in body["coaches"]] == ["maya"]
    assert "password_hash" not in me.text


def test_token_use_is_committed_by_the_request(client: TestClient, settings: Settings) -> None:
    from sqlalchemy import select

    from app.accounts.models import ApiToken

    token = _token(settings, "coach@demo.lodestar")
    assert client.get("/api/v1/coaches", headers={"Authorization": f"Bearer {token}"}).json()
    database = open_database(settings)
    with database.sessions() as session:
        used = session.scalars(select(ApiToken.last_used_at)).all()
    database.dispose()
    assert any(value is not None for value in used)


def test_openapi_schema_is_published(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert "/api/v1/me" in schema["paths"]
