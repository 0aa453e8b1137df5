"""Helpers for the web tests: a seeded world, the app with fakes, a real server, SSE parsing."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app import migrate
from app.accounts import service as accounts
from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.main import create_app
from app.settings import Settings
from app.wiring import Overrides, open_database
from knowledge.service import ingest_bytes
from models.ports import ChatModel
from safety.hook import RulesClassifier
from tests.knowledge.ingest_support import GOOD_MARKDOWN, make_layer
from tests.knowledge.retrieval_support import FakeEmbedder
from tests.models.fakes import ScriptedModel

PASSWORD = "a-long-password"
ANSWER = ("Anchor", " the habit", " to breakfast", " [1].")
_META_CSRF = re.compile(r'<meta name="csrf-token" content="([^"]*)">')


@dataclass(frozen=True)
class World:
    """Who and what the web tests work with; `*_headers` are bearer headers.

    `maya` is owned by `coach`, `rival` by `rival_coach`. `learner` and `other` are enrolled
    with maya only; each coach has one ready document.
    """

    learner: dict[str, str]
    other: dict[str, str]
    coach: dict[str, str]
    rival_coach: dict[str, str]
    admin: dict[str, str]
    learner_id: int
    maya_id: int
    rival_id: int
    maya_document: int
    rival_document: int


def _user(session: Session, email: str, role: Role) -> tuple[User, dict[str, str]]:
    """A user and bearer headers for a new token of theirs."""
    user = accounts.create_user(session=session, email=email, password=PASSWORD, role=role,
                                display_name=email.split("@")[0].title())
    return user, {"Authorization": f"Bearer {accounts.create_token(session=session, user=user)}"}


def seed_world(settings: Settings) -> World:
    """Migrate the test database and create the world's users, coaches and documents."""
    settings.ensure_dirs()
    migrate.upgrade(settings.sqlalchemy_url)
    database = open_database(settings)
    pipeline = make_layer(settings).pipeline
    with database.sessions.begin() as session:
        learner, learner_headers = _user(session, "learner@example.org", Role.LEARNER)
        other, other_headers = _user(session, "other@example.org", Role.LEARNER)
        coach, coach_headers = _user(session, "coach@example.org", Role.COACH)
        rival, rival_headers = _user(session, "rival@example.org", Role.COACH)
        _, admin_headers = _user(session, "admin@example.org", Role.ADMIN)
        maya = coaching.create_coach(session=session, slug="maya", name="Maya Rivers",
                                     expertise="habits", owner=coach)
        rival_coach = coaching.create_coach(session=session, slug="rival", name="Rival",
                                            owner=rival)
        for enrolled in (learner, other):
            coaching.enrol(session=session, learner=enrolled, coach=maya)
        docs = [ingest_bytes(session=session, coach=c, filename="anchors.md", data=GOOD_MARKDOWN,
                             pipeline=pipeline) for c in (maya, rival_coach)]
        ids = (learner.id, maya.id, rival_coach.id)
    database.dispose()
    maya_doc, rival_doc = (result.document_id for result in docs)
    assert maya_doc is not None and rival_doc is not None
    return World(learner_headers, other_headers, coach_headers, rival_headers, admin_headers,
                 *ids, maya_doc, rival_doc)


def build_app(settings: Settings, model: ChatModel | None = None) -> FastAPI:
    """The app with a scripted chat model and the fake embedder."""
    chain = model or ScriptedModel(tokens=ANSWER)
    # The safety rules without the model: the end-to-end safety tests load the real classifier.
    return create_app(settings, Overrides(chain=chain, embedder=FakeEmbedder(),
                                          classifier=RulesClassifier()))


@contextmanager
def running(app: FastAPI) -> Iterator[tuple[str, uvicorn.Server]]:
    """Serve the app with uvicorn on a free loopback port, in a thread; yield its URL."""
    # A browser may hold an event stream open: close it after 5 s rather than wait for it,
    # so the lifespan's shutdown (which stops the nudge scheduler) always runs.
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on",
                            timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", server
    finally:
        server.should_exit = True
        thread.join(timeout=60)
        assert not thread.is_alive(), "uvicorn did not shut down within 60 s"


def wait_until(condition: Any, message: str, timeout: float = 30.0) -> None:
    """Poll until the condition holds; fail with the message if it never does."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.02)


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    """(event name, JSON data) of each server-sent event; comments (pings) are skipped."""
    events = []
    for block in re.split(r"\r?\n\r?\n", text):
        name, data = "message", []
        for line in block.splitlines():
            field, _, value = line.partition(":")
            if field == "event":
                name = value.strip()
            elif field == "data":
                data.append(value.removeprefix(" "))
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events


def page_csrf(html: str) -> str:
    """The CSRF token a page exposes in its meta tag."""
    found = _META_CSRF.search(html)
    assert found is not None and found.group(1), "the page has no CSRF token"
    return found.group(1)


def sign_in(client: TestClient | httpx.Client, email: str, password: str = PASSWORD) -> str:
    """Sign in through the login form; return the session's CSRF token."""
    token = page_csrf(client.get("/login").text)
    response = client.post("/login", data={"email": email, "password": password,
                                           "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return page_csrf(client.get("/").text)
