"""Every route that takes an id refuses other people's: 404, exactly as for an id that is missing.

The routes are read from the app itself, so a new route with a path parameter fails
`test_every_route_with_a_path_parameter_has_access_cases` until it gets cases here. A 403 is
expected only for a role mismatch (a learner on a coach's or an admin's routes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from starlette.routing import Mount

from app.settings import Settings
from tests.app.web_support import World, build_app, page_csrf, seed_world, sign_in

MISSING = 999_999
MARKDOWN = ("notes.md", b"# Notes\n\nSome notes.\n", "text/markdown")


@dataclass(frozen=True)
class Ids:
    """The ids the probes aim at: most belong to someone other than the prober."""

    world: World
    other_conversation: int
    other_question: int
    other_answer: int
    rival_job: str
    other_user: int


@dataclass(frozen=True)
class Probe:
    """One request as `who`, with the path filled from `params`, and the status it must get.

    For a 404, `same_as` fills the path with a missing target: both answers must be identical,
    so a response never tells whether someone else's object exists.
    """

    who: str
    params: dict[str, Any]
    status: int
    same_as: dict[str, Any] | None = None
    form: dict[str, str] = field(default_factory=dict)


def _foreign(who: str, params: dict[str, Any], missing: dict[str, Any], **form: str) -> Probe:
    return Probe(who, params, 404, {**params, **missing}, dict(form))


def _coach_pages(ids: Ids, **form: str) -> list[Probe]:
    """A coach's management route: other coaches' are 404, learners are refused by role."""
    return [_foreign("coach", {"slug": "rival"}, {"slug": "nobody"}, **form),
            Probe("learner", {"slug": "maya"}, 403, form=dict(form))]


def _documents(ids: Ids) -> list[Probe]:
    """One document of a coach: another coach's document, or another coach, is 404."""
    world = ids.world
    return [_foreign("coach", {"slug": "maya", "document_id": world.rival_document},
                     {"document_id": MISSING}),
            _foreign("coach", {"slug": "rival", "document_id": world.rival_document},
                     {"slug": "nobody"}),
            Probe("learner", {"slug": "maya", "document_id": world.maya_document}, 403)]


def _chat_coaches(ids: Ids) -> list[Probe]:
    """A coach to chat with: one the caller may not use is 404, like a missing one."""
    return [_foreign("learner", {"slug": "rival"}, {"slug": "nobody"}),
            _foreign("coach", {"slug": "rival"}, {"slug": "nobody"})]


Cases = Callable[[Ids], list[Probe]]
CASES: dict[tuple[str, str], Cases] = {
    # The chat API: conversations and messages are the caller's own.
    ("GET", "/api/v1/coaches/{slug}/conversations"): _chat_coaches,
    ("POST", "/api/v1/coaches/{slug}/conversations"): _chat_coaches,
    ("GET", "/api/v1/conversations/{conversation_id}"): lambda ids: [
        _foreign("learner", {"conversation_id": ids.other_conversation},
                 {"conversation_id": MISSING}),
        _foreign("coach", {"conversation_id": ids.other_conversation},
                 {"conversation_id": MISSING})],
    ("POST", "/api/v1/conversations/{conversation_id}/messages"): lambda ids: [
        _foreign("learner", {"conversation_id": ids.other_conversation},
                 {"conversation_id": MISSING})],
    ("POST", "/api/v1/messages/{message_id}/retry"): lambda ids: [
        _foreign("learner", {"message_id": ids.other_answer}, {"message_id": MISSING}),
        _foreign("learner", {"message_id": ids.other_question}, {"message_id": MISSING})],
    # The knowledge API: a coach's owner (or an admin) only.
    ("GET", "/api/v1/coaches/{slug}/documents"): _coach_pages,
    ("POST", "/api/v1/coaches/{slug}/documents"): _coach_pages,
    ("GET", "/api/v1/coaches/{slug}/documents/{document_id}"): _documents,
    ("DELETE", "/api/v1/coaches/{slug}/documents/{document_id}"): _documents,
    ("POST", "/api/v1/coaches/{slug}/reindex"): _coach_pages,
    ("GET", "/api/v1/coaches/{slug}/jobs/{job_id}"): lambda ids: [
        _foreign("coach", {"slug": "maya", "job_id": ids.rival_job}, {"job_id": "no-such-job"}),
        _foreign("coach", {"slug": "rival", "job_id": ids.rival_job}, {"slug": "nobody"}),
        Probe("learner", {"slug": "maya", "job_id": ids.rival_job}, 403)],
    # The web pages (session cookie).
    ("GET", "/chat/{slug}"): _chat_coaches,
    ("GET", "/chat/{slug}/{conversation_id}"): lambda ids: [
        _foreign("learner", {"slug": "maya", "conversation_id": ids.other_conversation},
                 {"conversation_id": MISSING})],
    ("GET", "/coach/{slug}"): _coach_pages,
    ("GET", "/coach/{slug}/documents"): _coach_pages,
    ("POST", "/coach/{slug}/profile"): lambda ids: _coach_pages(ids, name="Renamed"),
    ("POST", "/coach/{slug}/documents/{document_id}/delete"): _documents,
    # Admins manage every user, so for them there is no one else's user: only a missing one.
    ("POST", "/admin/users/{user_id}/deactivate"): lambda ids: [
        Probe("learner", {"user_id": ids.other_user}, 403),
        Probe("coach", {"user_id": ids.other_user}, 403),
        Probe("admin", {"user_id": MISSING}, 404)],
}


def routes_with_ids(app: FastAPI) -> set[tuple[str, str]]:
    """(method, path) of every route with a path parameter; static files are not objects."""
    found = set()
    # FastAPI includes routers lazily; route contexts give each route's effective path.
    for context in iter_route_contexts(app.routes):
        if isinstance(context.original_route, Mount) or "{" not in (context.path or ""):
            continue
        found |= {(method, context.path) for method in (context.methods or set()) - {"HEAD"}}
    return found


class Caller:
    """Sends a probe as one of the world's users: bearer token for the API, cookie for pages."""

    def __init__(self, client: TestClient, world: World) -> None:
        self.client = client
        self.bearer = {"learner": world.learner, "coach": world.coach, "admin": world.admin}
        self.cookies: dict[str, tuple[str, str]] = {}

    def _as(self, who: str) -> str:
        """Switch the client to `who`'s session; return its CSRF token."""
        if who not in self.cookies:
            self.client.cookies.clear()
            token = sign_in(self.client, f"{who}@example.org")
            self.cookies[who] = (self.client.cookies["lodestar_session"], token)
        self.client.cookies.clear()
        cookie, token = self.cookies[who]
        self.client.cookies.set("lodestar_session", cookie)
        return token

    def __call__(self, method: str, path: str, probe: Probe, params: dict[str, Any]) -> Any:
        url = path.format(**params)
        if path.startswith(("/api/", "/v1/")):
            self.client.cookies.clear()
            extra: dict[str, Any] = {"json": {"text": "hello"}} if method == "POST" else {}
            if url.endswith("/documents") and method == "POST":
                extra = {"files": [("files", MARKDOWN)]}
            return self.client.request(method, url, headers=self.bearer[probe.who], **extra)
        token = self._as(probe.who)
        data = {**probe.form, "csrf_token": token} if method == "POST" else None
        return self.client.request(method, url, data=data, follow_redirects=False)


def _setup(client: TestClient, world: World) -> Ids:
    """Someone else's conversation with an answer, and another coach's job."""
    made = client.post("/api/v1/coaches/maya/conversations", json={}, headers=world.other)
    conversation = made.json()["id"]
    client.post(f"/api/v1/conversations/{conversation}/messages", json={"text": "Hi"},
                headers=world.other)
    messages = client.get(f"/api/v1/conversations/{conversation}", headers=world.other).json()
    question, answer = (m["id"] for m in messages["messages"])
    job = client.post("/api/v1/coaches/rival/reindex", headers=world.rival_coach).json()
    other = client.get("/api/v1/me", headers=world.other).json()["user"]["id"]
    return Ids(world, conversation, question, answer, job["job_id"], other)


@pytest.fixture
def world(settings: Settings) -> World:
    return seed_world(settings)


@pytest.fixture
def client(settings: Settings, world: World) -> Iterator[TestClient]:
    with TestClient(build_app(settings)) as test_client:
        yield test_client


def test_every_route_with_a_path_parameter_has_access_cases(settings: Settings) -> None:
    routes = routes_with_ids(build_app(settings))
    assert routes - set(CASES) == set(), "add access cases for these routes"
    assert set(CASES) - routes == set(), "these cases name routes that no longer exist"


def test_foreign_ids_answer_like_missing_ones(client: TestClient, world: World) -> None:
    ids = _setup(client, world)
    call = Caller(client, world)
    failures = []
    for (method, path), cases in sorted(CASES.items()):
        for probe in cases(ids):
            response = call(method, path, probe, probe.params)
            if response.status_code != probe.status:
                failures.append(f"{probe.who} {method} {path} {probe.params}: "
                                f"{response.status_code} {response.text[:200]}")
            elif probe.same_as is not None:
                missing = call(method, path, probe, probe.same_as)
                if (missing.status_code, missing.content) != (404, response.content):
                    failures.append(f"{probe.who} {method} {path}: a missing target answers "
                                    f"{missing.status_code} {missing.text[:200]}, "
                                    f"a foreign one {response.text[:200]}")
    assert failures == []
    _assert_nothing_changed(client, world)


def _assert_nothing_changed(client: TestClient, world: World) -> None:
    """The refused requests left every object as it was."""
    rival_document = f"/api/v1/coaches/rival/documents/{world.rival_document}"
    assert client.get(rival_document, headers=world.rival_coach).status_code == 200
    assert client.get("/api/v1/me", headers=world.other).status_code == 200
    coaches = client.get("/api/v1/coaches", headers=world.admin).json()
    assert {c["slug"]: c["name"] for c in coaches} == {"maya": "Maya Rivers", "rival": "Rival"}
    assert page_csrf(client.get("/login").text)
