"""Two uvicorn worker processes on one database: both serve chats, metrics cover both."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app import migrate
from app.accounts import service as accounts
from app.cli_ops import threads_per_worker
from app.coaching import service as coaching
from app.settings import Settings
from app.wiring import open_database
from tests.factories import make_user
from tests.fakes.ollama_server import FakeOllama
from tests.ops.support import sample
from tests.servers import free_port, wait_healthy

BIN = Path(sys.executable).parent / "lodestar"
pytestmark = pytest.mark.slow


def _seed(settings: Settings) -> dict[str, str]:
    """A coach and an enrolled learner with a token; bearer headers."""
    settings.ensure_dirs()
    migrate.upgrade(settings.sqlalchemy_url)
    database = open_database(settings)
    with database.sessions.begin() as session:
        learner = make_user(session)
        coach = coaching.create_coach(session=session, slug="maya", name="Maya")
        coaching.enrol(session=session, learner=learner, coach=coach)
        token = accounts.create_token(session=session, user=learner)
    database.dispose()
    return {"Authorization": f"Bearer {token}"}


def _scheduler_roles(url: str) -> dict[str, str]:
    """Each worker's scheduler role from /readyz, once both answered and one leads."""
    roles: dict[str, str] = {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        response = httpx.get(f"{url}/readyz", timeout=30)  # a new connection each time
        roles[response.headers["x-lodestar-worker"]] = (
            response.json()["checks"]["scheduler"]["detail"])
        if len(roles) == 2 and any(r.startswith("leader") for r in roles.values()):
            break
        time.sleep(0.2)
    return roles


def test_two_workers_share_the_database_and_both_answer_chats(
    settings: Settings, tmp_path: Path
) -> None:
    headers = _seed(settings)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "server.log"
    with FakeOllama() as ollama:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LODESTAR_")}
        env.update(LODESTAR_DATA_DIR=str(settings.resolved_data_dir), OLLAMA_HOST=ollama.url,
                   LODESTAR_MODEL_CHAIN="ollama", LODESTAR_CHAT_PER_MINUTE_USER="0",
                   LODESTAR_CHAT_PER_MINUTE_TOKEN="0", LODESTAR_LOG_FORMAT="json")
        with log.open("wb") as out:
            process = subprocess.Popen(
                [str(BIN), "serve", "--port", str(port), "--workers", "2"], stdout=out,
                stderr=subprocess.STDOUT, env=env, cwd=tmp_path, start_new_session=True)
        try:
            wait_healthy(url, process, log)
            conversation = httpx.post(f"{url}/api/v1/coaches/maya/conversations", json={},
                                      headers=headers, timeout=30).json()["id"]
            workers: set[str] = set()
            sent = 0
            while len(workers) < 2 and sent < 60:
                # A new connection each time, so the kernel may hand it to either worker.
                response = httpx.post(f"{url}/api/v1/conversations/{conversation}/messages",
                                      json={"text": f"message {sent}"}, headers=headers,
                                      timeout=60)
                assert response.status_code == 200 and "event: done" in response.text
                workers.add(response.headers["x-lodestar-worker"])
                sent += 1
            stored = httpx.get(f"{url}/api/v1/conversations/{conversation}", headers=headers,
                               timeout=30).json()["messages"]
            scrapes = [httpx.get(f"{url}/metrics", timeout=30).text for _ in range(4)]
            roles = _scheduler_roles(url)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=60)
    assert len(workers) == 2, f"one worker answered all {sent} chats"
    assert set(roles) == workers
    leaders = [pid for pid, role in roles.items() if role.startswith("leader")]
    assert len(leaders) == 1, roles  # the scheduler runs in exactly one worker
    assert str(process.pid) not in workers  # the supervisor only supervises
    assert [m["content"] for m in stored if m["role"] == "user"] == [
        f"message {n}" for n in range(sent)]
    assert sum(m["status"] == "complete" for m in stored if m["role"] == "assistant") == sent
    route = "/api/v1/conversations/{conversation_id}/messages"
    for text in scrapes:  # whichever worker answers, it reports both workers' requests
        assert sample(text, "lodestar_http_request_seconds_count", route=route,
                      method="POST", status="2xx") == sent
    lines = [json.loads(line) for line in log.read_text().splitlines()
             if line.startswith("{")]
    requests = [line for line in lines if line.get("event") == "request"]
    assert requests and all(len(str(line.get("request_id", ""))) == 16 for line in requests)
    assert not (settings.resolved_data_dir / "prometheus").exists() or any(
        (settings.resolved_data_dir / "prometheus").iterdir())


@pytest.mark.parametrize(("cores", "workers", "threads"),
                         [(2, 2, 1), (8, 2, 4), (2, 4, 1), (16, 3, 5), (1, 1, 1)])
def test_workers_split_the_cores_between_their_embedded_models(
    cores: int, workers: int, threads: int
) -> None:
    assert threads_per_worker(cores, workers) == threads
