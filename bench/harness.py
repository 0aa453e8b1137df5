"""Shared by the chat benchmarks: a real `lodestar` server on a free loopback port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent / "lodestar"


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(data_dir: Path, extra: dict[str, str]) -> dict[str, str]:
    """The environment for lodestar commands: this data dir, Ollama unreachable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LODESTAR_")}
    env.update(LODESTAR_DATA_DIR=str(data_dir), OLLAMA_HOST="http://127.0.0.1:9",
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    env.update(extra)
    return env


def start_server(env: dict[str, str], port: int, log: Path,
                 workers: int = 1) -> subprocess.Popen[bytes]:
    """Start `lodestar serve` on the loopback port and wait until /healthz answers."""
    with log.open("wb") as out:
        process = subprocess.Popen([str(BIN), "serve", "--host", "127.0.0.1", "--port", str(port),
                                    "--workers", str(workers)],
                                   stdout=out, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    stop_server(process)
    raise RuntimeError(f"server did not become healthy:\n{log.read_text()}")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group (it was started in its own session), then wait."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
