"""Chroma clients: embedded PersistentClient by default, HttpClient for a server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

# Chroma reads this at import; set it before chromadb is imported anywhere.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def make_client(*, path: Path, url: str | None) -> Any:
    """A Chroma client with telemetry off: HTTP when `url` is set, embedded otherwise."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError(f"not a Chroma server URL: {url!r}")
        return chromadb.HttpClient(
            host=parsed.hostname,
            port=parsed.port or (443 if parsed.scheme == "https" else 8000),
            ssl=parsed.scheme == "https",
            settings=chroma_settings,
        )
    path.mkdir(parents=True, exist_ok=True)
    with _opening(path):
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


@contextmanager
def _opening(path: Path) -> Iterator[None]:
    """One process at a time opens the embedded store.

    Opening a new store creates its tables, and two web workers that start together would both
    try ("table collections already exists"), which stops the server. A lock file beside the
    data makes the second wait for the first and then find the tables in place.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: one process per data directory, as before
        yield
        return
    with (path / ".lodestar-open.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def describe(*, path: Path, url: str | None) -> str:
    """Check Chroma answers; returns a description or raises with the reason."""
    client = make_client(path=path, url=url)
    client.heartbeat()
    where = url if url else f"embedded at {path}"
    return f"{where}, {len(client.list_collections())} collection(s)"
