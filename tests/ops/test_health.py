"""/healthz and /readyz: liveness without I/O, readiness naming each failing check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from tests.app.web_support import build_app, seed_world
from tests.servers import chroma_server, stop


def _ready(settings: Settings, scheduler: Any = None) -> tuple[int, dict[str, Any]]:
    with TestClient(build_app(settings)) as client:
        state = client.app.state  # type: ignore[attr-defined]
        own = state.scheduler
        if scheduler is not None:
            state.scheduler = scheduler
        try:
            assert client.get("/healthz").json() == {"status": "ok"}
            response = client.get("/readyz")
        finally:
            state.scheduler = own  # so the lifespan's shutdown stops the app's own scheduler
        return response.status_code, response.json()


def test_ready_when_database_chroma_and_a_model_are_usable(settings: Settings) -> None:
    seed_world(settings)
    code, body = _ready(settings)
    assert code == 200, body
    assert body["status"] == "ready" and body["failing"] == []
    assert set(body["checks"]) == {"database", "chroma", "models", "scheduler", "safety"}
    assert "embedded" in body["checks"]["models"]["detail"]
    assert body["checks"]["scheduler"]["ok"] is True  # the app's own scheduler, running


def test_an_unmigrated_database_is_named(settings: Settings) -> None:
    code, body = _ready(settings)
    assert code == 503
    assert body["failing"][0] == "database"  # the scheduler's lease table is missing too
    assert "lodestar db upgrade" in body["checks"]["database"]["fix"]


@pytest.mark.slow
def test_a_chroma_server_that_went_away_is_named(settings: Settings, tmp_path: Path) -> None:
    with chroma_server(tmp_path / "chroma-server") as (url, process):
        served = settings.model_copy(update={"chroma_url": url, "readiness_cache_seconds": 0})
        seed_world(served)
        with TestClient(build_app(served)) as client:
            assert client.get("/readyz").status_code == 200
            stop(process)
            response = client.get("/readyz")
            assert client.get("/healthz").status_code == 200  # alive, just not ready
    assert response.status_code == 503
    assert response.json()["failing"] == ["chroma"]
    assert "Chroma server" in response.json()["checks"]["chroma"]["fix"]


def test_no_usable_model_provider_is_named(settings: Settings) -> None:
    seed_world(settings)
    only_ollama = settings.model_copy(update={"model_chain": ["ollama"]})
    code, body = _ready(only_ollama)
    assert code == 503
    assert body["failing"] == ["models"]
    assert "ollama" in body["checks"]["models"]["detail"]


class FakeScheduler:
    def __init__(self, **status: Any) -> None:
        self.state = status

    def status(self) -> dict[str, Any]:
        return self.state

    def stop(self) -> None:
        pass


def test_scheduler_state_is_reported(settings: Settings) -> None:
    seed_world(settings)
    code, body = _ready(settings, FakeScheduler(enabled=True, running=True,
                                                error="lease table unreachable"))
    assert code == 503 and body["failing"] == ["scheduler"]
    assert "lease table unreachable" in body["checks"]["scheduler"]["detail"]
    code, body = _ready(settings, FakeScheduler(enabled=True, running=False, error=None))
    assert code == 503 and "not running" in body["checks"]["scheduler"]["detail"]
    code, body = _ready(settings, FakeScheduler(enabled=True, running=True, leader=True,
                                                error=None))
    assert code == 200 and body["checks"]["scheduler"]["detail"] == "leader (runs the jobs)"
    code, body = _ready(settings, FakeScheduler(enabled=True, running=True, leader=False,
                                                lease_holder="host:42:ab", error=None))
    assert code == 200 and "standby (lease held by host:42:ab)" in body["checks"][
        "scheduler"]["detail"]
    code, body = _ready(settings, FakeScheduler(enabled=False, running=False))
    assert code == 200 and body["checks"]["scheduler"]["detail"] == "disabled in this process"
