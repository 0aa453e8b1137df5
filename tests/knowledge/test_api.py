"""The knowledge API: uploads become jobs, jobs are polled, documents listed and deleted."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

import app.main
from app import migrate
from app.accounts import service as accounts
from app.accounts.models import Role
from app.coaching import service as coaching
from app.main import create_app
from app.settings import Settings
from app.wiring import open_database
from tests.knowledge import samples
from tests.knowledge.ingest_support import GOOD_MARKDOWN
from tests.knowledge.retrieval_support import FakeEmbedder

LIMIT_MB = 0.01  # 10,485 bytes
MARKDOWN = "text/markdown"


@dataclass
class Tokens:
    """Bearer headers for each kind of user; `coach` owns maya, `rival` owns rival."""

    coach: dict[str, str]
    rival: dict[str, str]
    admin: dict[str, str]
    learner: dict[str, str]


def _seed(settings: Settings) -> Tokens:
    database = open_database(settings)
    headers: dict[str, dict[str, str]] = {}
    with database.sessions.begin() as session:
        for slug, role in (("coach", Role.COACH), ("rival", Role.COACH), ("admin", Role.ADMIN),
                           ("learner", Role.LEARNER)):
            user = accounts.create_user(session=session, email=f"{slug}@example.org",
                                        password="a-long-password", role=role)
            if role is Role.COACH:
                owned = "maya" if slug == "coach" else "rival"
                coaching.create_coach(session=session, slug=owned, name=owned, owner=user)
            token = accounts.create_token(session=session, user=user)
            headers[slug] = {"Authorization": f"Bearer {token}"}
    database.dispose()
    return Tokens(**headers)


@pytest.fixture
def api_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"max_upload_mb": LIMIT_MB})


@pytest.fixture
def tokens(api_settings: Settings) -> Tokens:
    api_settings.ensure_dirs()
    migrate.upgrade(api_settings.sqlalchemy_url)
    return _seed(api_settings)


@pytest.fixture
def client(
    api_settings: Settings, tokens: Tokens, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    monkeypatch.setattr(app.main, "build_embedder", lambda _settings: FakeEmbedder())
    with TestClient(create_app(api_settings)) as test_client:
        yield test_client


def post_files(client: TestClient, slug: str, headers: dict[str, str],
               *files: tuple[str, bytes, str]) -> Any:
    parts = [("files", (name, data, kind)) for name, data, kind in files]
    return client.post(f"/api/v1/coaches/{slug}/documents", files=parts, headers=headers)


def wait_for_job(client: TestClient, slug: str, job_id: str, headers: dict[str, str]
                 ) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        response = client.get(f"/api/v1/coaches/{slug}/jobs/{job_id}", headers=headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish")


def ingest(client: TestClient, headers: dict[str, str], *files: tuple[str, bytes, str],
           slug: str = "maya") -> dict[str, Any]:
    accepted = post_files(client, slug, headers, *files)
    assert accepted.status_code == 202, accepted.text
    return wait_for_job(client, slug, accepted.json()["job_id"], headers)


def test_upload_poll_list_and_delete(client: TestClient, tokens: Tokens) -> None:
    accepted = post_files(client, "maya", tokens.coach, ("anchors.md", GOOD_MARKDOWN, MARKDOWN))
    assert accepted.status_code == 202
    body = accepted.json()
    assert body["poll"] == f"/api/v1/coaches/maya/jobs/{body['job_id']}"
    job = wait_for_job(client, "maya", body["job_id"], tokens.coach)
    assert (job["status"], job["processed_files"], job["failed_files"]) == ("done", 1, 0)
    assert job["results"][0]["status"] == "ingested" and job["chunks_written"] > 0
    listed = client.get("/api/v1/coaches/maya/documents", headers=tokens.coach).json()
    assert [(d["filename"], d["status"], d["version"]) for d in listed] == [
        ("anchors.md", "ready", 1)]
    document_id = listed[0]["id"]
    one = client.get(f"/api/v1/coaches/maya/documents/{document_id}", headers=tokens.coach)
    assert one.status_code == 200 and one.json()["chunk_count"] == job["chunks_written"]
    deleted = client.delete(f"/api/v1/coaches/maya/documents/{document_id}",
                            headers=tokens.coach)
    assert deleted.status_code == 204 and deleted.content == b""
    assert client.get("/api/v1/coaches/maya/documents", headers=tokens.coach).json() == []


def test_several_files_report_bad_ones_in_the_job(client: TestClient, tokens: Tokens) -> None:
    job = ingest(client, tokens.coach, ("good.md", GOOD_MARKDOWN, MARKDOWN),
                 ("big.md", b"word " * 4000, MARKDOWN),
                 ("photo.png", samples.PNG_HEADER, "image/png"),
                 ("broken.pdf", samples.corrupt_pdf(), "application/pdf"))
    assert (job["status"], job["total_files"], job["failed_files"]) == ("done", 4, 3)
    errors = {r["filename"]: r["error"] for r in job["results"] if r["status"] == "failed"}
    assert "the limit is 0" in errors["big.md"]
    assert "Lodestar can read" in errors["photo.png"]
    assert "not a readable PDF" in errors["broken.pdf"]
    listed = client.get("/api/v1/coaches/maya/documents", headers=tokens.coach).json()
    assert {(d["filename"], d["status"]) for d in listed} == {
        ("good.md", "ready"), ("broken.pdf", "failed")}


def test_a_single_file_over_the_limit_is_413(client: TestClient, tokens: Tokens) -> None:
    response = post_files(client, "maya", tokens.coach, ("big.md", b"word " * 4000, MARKDOWN))
    assert response.status_code == 413
    assert "big.md is 0" in response.json()["detail"] and "the limit is 0" in response.text
    assert client.get("/api/v1/coaches/maya/documents", headers=tokens.coach).json() == []


def test_a_single_unsupported_file_is_415(client: TestClient, tokens: Tokens) -> None:
    response = post_files(client, "maya", tokens.coach,
                          ("sheet.xlsx", samples.xlsx_like(), "application/octet-stream"))
    assert response.status_code == 415
    assert "Excel workbook" in response.json()["detail"]


def test_reindex_runs_as_a_job(client: TestClient, tokens: Tokens) -> None:
    ingest(client, tokens.coach, ("anchors.md", GOOD_MARKDOWN, MARKDOWN))
    accepted = client.post("/api/v1/coaches/maya/reindex", headers=tokens.coach)
    assert accepted.status_code == 202 and accepted.json()["total_files"] == 1
    job = wait_for_job(client, "maya", accepted.json()["job_id"], tokens.coach)
    assert (job["kind"], job["status"], job["processed_files"]) == ("reindex", "done", 1)


def test_an_admin_manages_any_coach(client: TestClient, tokens: Tokens) -> None:
    job = ingest(client, tokens.admin, ("anchors.md", GOOD_MARKDOWN, MARKDOWN), slug="rival")
    assert job["status"] == "done"
    assert len(client.get("/api/v1/coaches/rival/documents", headers=tokens.admin).json()) == 1


def _every_endpoint(slug: str, document_id: int, job_id: str) -> list[tuple[str, str]]:
    base = f"/api/v1/coaches/{slug}"
    return [("POST", f"{base}/documents"), ("GET", f"{base}/documents"),
            ("GET", f"{base}/documents/{document_id}"),
            ("DELETE", f"{base}/documents/{document_id}"),
            ("POST", f"{base}/reindex"), ("GET", f"{base}/jobs/{job_id}")]


def _call(client: TestClient, method: str, url: str, headers: dict[str, str]) -> int:
    files = [("files", ("x.md", GOOD_MARKDOWN, MARKDOWN))] if url.endswith("/documents") \
        and method == "POST" else None
    return client.request(method, url, headers=headers, files=files).status_code


@pytest.fixture
def maya_ids(client: TestClient, tokens: Tokens) -> tuple[int, str]:
    job = ingest(client, tokens.coach, ("anchors.md", GOOD_MARKDOWN, MARKDOWN))
    return job["results"][0]["document_id"], job["id"]


def test_learners_get_403_and_strangers_401(
    client: TestClient, tokens: Tokens, maya_ids: tuple[int, str]
) -> None:
    for method, url in _every_endpoint("maya", *maya_ids):
        assert _call(client, method, url, tokens.learner) == 403, (method, url)
        assert _call(client, method, url, {}) == 401, (method, url)


def test_another_coachs_slug_is_404_on_every_endpoint(
    client: TestClient, tokens: Tokens, maya_ids: tuple[int, str]
) -> None:
    for method, url in _every_endpoint("maya", *maya_ids):
        assert _call(client, method, url, tokens.rival) == 404, (method, url)
    for method, url in _every_endpoint("nobody", *maya_ids):
        assert _call(client, method, url, tokens.admin) == 404, (method, url)


def test_another_coachs_document_and_job_ids_are_404(
    client: TestClient, tokens: Tokens, maya_ids: tuple[int, str]
) -> None:
    document_id, job_id = maya_ids
    base = "/api/v1/coaches/rival"
    for method, url in [("GET", f"{base}/documents/{document_id}"),
                        ("DELETE", f"{base}/documents/{document_id}"),
                        ("GET", f"{base}/jobs/{job_id}")]:
        assert _call(client, method, url, tokens.rival) == 404, (method, url)
        assert _call(client, method, url, tokens.admin) == 404, (method, url)
    listed = client.get("/api/v1/coaches/maya/documents", headers=tokens.coach).json()
    assert [d["id"] for d in listed] == [document_id]
