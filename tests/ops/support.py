"""Helpers for the operations tests: a real `chroma run` server, metric samples."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.servers import free_port

CHROMA = Path(sys.executable).parent / "chroma"


@contextmanager
def chroma_server(data: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A Chroma server on a free loopback port; yields its URL and process."""
    port = free_port()
    data.mkdir(parents=True, exist_ok=True)
    with open(data / "server.log", "wb") as log:
        process = subprocess.Popen([str(CHROMA), "run", "--host", "127.0.0.1", "--port",
                                    str(port), "--path", str(data)],
                                   stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (data / "server.log").read_text(errors="replace")
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the chroma server did not start in 60 s"
            time.sleep(0.2)
        yield url, process
    finally:
        stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate a child process and wait for it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def sample(exposition: str, name: str, **labels: str) -> float | None:
    """The value of one series in a Prometheus text exposition (labels must all match)."""
    for line in exposition.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        series, _, value = line.rpartition(" ")
        head, _, rest = series.partition("{")
        if head != name:
            continue
        found = dict(part.split("=", 1) for part in rest.rstrip("}").split(",") if "=" in part)
        found = {k: v.strip('"') for k, v in found.items()}
        if all(found.get(k) == v for k, v in labels.items()):
            return float(value)
    return None
