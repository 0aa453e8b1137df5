"""Export and account deletion: everything is in the export; nothing remains after deletion."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from app import migrate
from app.accounts.models import User
from app.coaching import service as coaching
from app.coaching.models import Message, MessageRole
from app.db import load_all_models, make_engine, make_session_factory, unit_of_work
from app.settings import Settings
from knowledge.chroma import make_client
from profiles import privacy
from profiles import service as profiles
from profiles.models import GoalIn
from tests.app.web_support import PASSWORD, World, build_app, page_csrf, seed_world, sign_in
from tests.factories import make_user
from tests.migrations.test_migrations import SAMPLE_ROWS


@pytest.fixture
def sessions(empty_database_url: str) -> Iterator[object]:
    migrate.upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        yield make_session_factory(engine)
    finally:
        engine.dispose()


def test_deleting_a_user_leaves_no_row_that_references_them(sessions: object) -> None:
    """One row in every table (user 1 owns them all), then delete user 1."""
    with unit_of_work(sessions) as session:  # type: ignore[arg-type]
        for table in load_all_models().sorted_tables:
            session.execute(insert(table).values(**SAMPLE_ROWS[table.name]))
        if session.get_bind().dialect.name == "postgresql":
            # Explicit ids do not move PostgreSQL's sequences; later inserts must not collide.
            for table in load_all_models().sorted_tables:
                if "id" in table.c and table.c.id.autoincrement is not False and isinstance(
                        SAMPLE_ROWS[table.name].get("id"), int):
                    session.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT max(id) FROM {table.name}))"))
    with unit_of_work(sessions) as session:  # type: ignore[arg-type]
        # A second learner, with a conversation of their own, must keep everything.
        other = make_user(session)
        conversation = coaching.start_conversation(session=session, learner_id=other.id,
                                                   coach_id=1)
        coaching.add_message(session=session, conversation=conversation,
                             role=MessageRole.USER, content="mine")
        profiles.create_goal(session=session, learner_id=other.id, data=GoalIn(
            title="Keep", target_value=1, target_date=conversation.created_at.date()))
        other_id = other.id
    with unit_of_work(sessions) as session:  # type: ignore[arg-type]
        assert privacy.remaining_references(session=session, user_id=1)
        user = session.get(User, 1)
        assert user is not None
        privacy.delete_account(session=session, user=user)
    with unit_of_work(sessions) as session:  # type: ignore[arg-type]
        assert privacy.remaining_references(session=session, user_id=1) == {}
        # Messages reference users only through conversations; the learner's went with them.
        assert list(session.scalars(select(Message.content))) == ["mine"]
        assert privacy.remaining_references(session=session, user_id=other_id)
        assert len(profiles.list_goals(session=session, learner_id=other_id)) == 1


def _all_references(session: Session, user_id: int) -> int:
    return sum(privacy.remaining_references(session=session, user_id=user_id).values())


@pytest.fixture
def world(settings: Settings) -> World:
    return seed_world(settings)


def test_export_then_delete_through_the_web(settings: Settings, world: World) -> None:
    with TestClient(build_app(settings)) as client:
        token = sign_in(client, "learner@example.org")
        goal = client.post("/api/v1/goals", json={
            "title": "Read 4 books", "unit": "books", "target_value": 4,
            "target_date": "2031-01-01"}, headers={"X-CSRF-Token": token}).json()
        client.post(f"/api/v1/goals/{goal['id']}/check-ins", json={"value": 1, "note": "one"},
                    headers={"X-CSRF-Token": token})
        conversation = client.post("/api/v1/coaches/maya/conversations", json={},
                                   headers={"X-CSRF-Token": token}).json()
        sent = client.post(f"/api/v1/conversations/{conversation['id']}/messages",
                           json={"text": "My goal is to sleep 8 hours by June 1"},
                           headers={"X-CSRF-Token": token})
        assert sent.status_code == 200
        client.app.state.profiles.drain()  # type: ignore[attr-defined]

        exported = client.get("/profile/export")
        assert exported.status_code == 200
        assert "attachment" in exported.headers["content-disposition"]
        data = json.loads(exported.text)
        assert data["account"]["email"] == "learner@example.org"
        assert "password_hash" not in json.dumps(data) and "token_hash" not in json.dumps(data)
        [chat] = data["conversations"]
        assert [m["content"] for m in chat["messages"]][0] == (
            "My goal is to sleep 8 hours by June 1")
        titles = {g["title"]: g for g in data["goals"]}
        assert titles["Read 4 books"]["check_ins"][0]["note"] == "one"
        assert titles["Sleep 8 hours"]["status"] == "proposed"
        assert data["profile"]["last_message_id"] > 0 and data["profile_history"]
        assert data["enrolments"] == [{"coach": "maya", "since": data["enrolments"][0]["since"]}]
        assert "api_tokens" in data["other_records"]

        wrong = client.post("/profile/delete-account", data={"confirm": "nope@example.org",
                                                             "csrf_token": token})
        assert "Type your email address exactly" in wrong.text
        gone = client.post("/profile/delete-account", follow_redirects=False,
                           data={"confirm": "Learner@Example.org", "csrf_token": token})
        assert gone.status_code == 303 and gone.headers["location"] == "/?deleted=1"
        assert client.get("/profile", follow_redirects=False).status_code in (303, 307)
        client.cookies.clear()
        login_token = page_csrf(client.get("/login").text)
        failed = client.post("/login", data={"email": "learner@example.org",
                                             "password": PASSWORD, "csrf_token": login_token},
                             follow_redirects=False)
        assert failed.status_code != 303
        assert client.get("/api/v1/goals", headers=world.learner).status_code == 401
    database = make_session_factory(make_engine(settings.sqlalchemy_url))
    with database() as session:
        assert _all_references(session, world.learner_id) == 0
        assert session.scalar(select(func.count()).select_from(Message)) == 0
    # Chroma holds coach documents only: no record names the learner.
    chroma = make_client(path=settings.chroma_dir, url=settings.chroma_url)
    collections = chroma.list_collections()
    assert collections  # the coaches' documents are there
    for listed in collections:
        collection = chroma.get_collection(getattr(listed, "name", listed))
        records = collection.get(include=["metadatas", "documents"])
        for meta, document in zip(records["metadatas"] or [], records["documents"] or [],
                                  strict=True):
            assert "learner@example.org" not in (document or "")
            assert not {k for k in (meta or {}) if "learner" in k or "user" in k}
