"""The run commands, for real: a server process that answers on its port."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.servers import free_port, stop_group, wait_healthy

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "lodestar"


def _start(command: list[str], tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    log = tmp_path / "server.log"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LODESTAR_")}
    environment.update(LODESTAR_DATA_DIR=str(tmp_path / "data"), OLLAMA_HOST="http://127.0.0.1:9")
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path,
                                   env=environment, start_new_session=True)
    return process, log


@pytest.mark.slow
def test_lodestar_demo_serves_the_demo(tmp_path: Path) -> None:
    port = free_port()
    process, log = _start([str(BIN), "demo", "--port", str(port)], tmp_path)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, process, log)
        page = httpx.get(url + "/", timeout=10)
        assert page.status_code == 200 and "Maya Rivers" in page.text
    finally:
        stop_group(process)
    printed = log.read_text()
    assert f"Lodestar is starting at http://127.0.0.1:{port}" in printed
    assert "learner  learner@demo.lodestar" in printed
    assert "password for all: lodestar-demo" in printed


@pytest.mark.slow
def test_lodestar_serve_migrates_then_serves(tmp_path: Path) -> None:
    port = free_port()
    process, log = _start([str(BIN), "serve", "--port", str(port)], tmp_path)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", process, log)
    finally:
        stop_group(process)
    assert (tmp_path / "data" / "lodestar.db").exists()


@pytest.mark.slow
def test_readme_run_command_serves_the_demo(tmp_path: Path) -> None:
    """scripts/demo.sh, as the README says to run it (reusing the installed .venv)."""
    port = free_port()
    process, log = _start([str(ROOT / "scripts" / "demo.sh"), "--port", str(port)], tmp_path)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", process, log)
        assert "Maya Rivers" in httpx.get(f"http://127.0.0.1:{port}/", timeout=10).text
    finally:
        stop_group(process)
