"""Every route that takes an id refuses other people's: 404, exactly as for an id that is missing.

The routes are read from the app itself, so a new route with a path parameter fails
`test_every_route_with_a_path_parameter_has_access_cases` until it gets cases here. A 403 is
expected only for a role mismatch (a learner on a coach's or an admin's routes).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from starlette.routing import Mount

from app.settings import Settings
from tests.app.access_cases import (
    CASES,
    Ids,
    Probe,
    assert_foreign_objects_unchanged,
    make_foreign_objects,
)
from tests.app.web_support import World, build_app, page_csrf, sign_in

MARKDOWN = ("notes.md", b"# Notes\n\nSome notes.\n", "text/markdown")


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
            # A probe's own body, else one a chat POST accepts: only the id may be wrong.
            body = probe.json if probe.json is not None or method != "POST" else {"text": "hello"}
            extra: dict[str, Any] = {} if body is None else {"json": body}
            if url.endswith("/documents") and method == "POST":
                extra = {"files": [("files", MARKDOWN)]}
            return self.client.request(method, url, headers=self.bearer[probe.who], **extra)
        token = self._as(probe.who)
        data = {**probe.form, "csrf_token": token} if method == "POST" else None
        return self.client.request(method, url, data=data, follow_redirects=False)


def _setup(client: TestClient, world: World) -> Ids:
    """Someone else's conversation with an answer, another coach's job, and the objects of
    the other domains (see `make_foreign_objects`)."""
    made = client.post("/api/v1/coaches/maya/conversations", json={}, headers=world.other)
    conversation = made.json()["id"]
    client.post(f"/api/v1/conversations/{conversation}/messages", json={"text": "Hi"},
                headers=world.other)
    messages = client.get(f"/api/v1/conversations/{conversation}", headers=world.other).json()
    question, answer = (m["id"] for m in messages["messages"])
    job = client.post("/api/v1/coaches/rival/reindex", headers=world.rival_coach).json()
    other = client.get("/api/v1/me", headers=world.other).json()["user"]["id"]
    return Ids(world, conversation, question, answer, job["job_id"], other,
               **make_foreign_objects(client, world, other))


def test_every_route_with_a_path_parameter_has_access_cases(settings: Settings) -> None:
    routes = routes_with_ids(build_app(settings))
    assert routes - set(CASES) == set(), "add access cases for these routes"
    assert set(CASES) - routes == set(), "these cases name routes that no longer exist"


def test_foreign_ids_answer_like_missing_ones(client: TestClient, world: World) -> None:
    ids = _setup(client, world)
    call = Caller(client, world)
    failures = []
    # Deleting routes go last: if one leaked, the others still find their targets in place.
    for (method, path), cases in sorted(CASES.items(), key=lambda item: (
            item[0][0] == "DELETE" or "delete" in item[0][1], item[0])):
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
    assert failures == [], "\n".join(failures)
    _assert_nothing_changed(client, ids)


def _assert_nothing_changed(client: TestClient, ids: Ids) -> None:
    """The refused requests left every object as it was."""
    world = ids.world
    assert_foreign_objects_unchanged(client, ids)
    rival_document = f"/api/v1/coaches/rival/documents/{world.rival_document}"
    assert client.get(rival_document, headers=world.rival_coach).status_code == 200
    assert client.get("/api/v1/me", headers=world.other).status_code == 200
    coaches = client.get("/api/v1/coaches", headers=world.admin).json()
    assert {c["slug"]: c["name"] for c in coaches} == {"maya": "Maya Rivers", "rival": "Rival"}
    assert page_csrf(client.get("/login").text)
