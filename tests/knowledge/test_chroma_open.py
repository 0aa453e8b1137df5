"""Several processes opening one new embedded Chroma store at once (workers starting together)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from knowledge.chroma import make_client

PROCESSES = 6


def _open(path: str, barrier: multiprocessing.synchronize.Barrier) -> str:
    import chromadb  # noqa: F401  # imported before the barrier, so the opens really race

    barrier.wait(timeout=120)
    try:
        make_client(path=Path(path), url=None).heartbeat()
    except Exception as error:  # reported to the test, which names it
        return f"{type(error).__name__}: {error}"
    return "ok"


@pytest.mark.slow
# The race is narrow: without the lock about one attempt in three fails, so try several.
@pytest.mark.parametrize("attempt", range(5))
def test_workers_starting_together_all_open_a_new_store(tmp_path: Path, attempt: int) -> None:
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(PROCESSES)
        with context.Pool(PROCESSES) as pool:
            results = pool.starmap(_open, [(str(tmp_path / "chroma"), barrier)] * PROCESSES)
    assert results == ["ok"] * PROCESSES, results
    collection = make_client(path=tmp_path / "chroma", url=None).create_collection(
        f"after_{attempt}", embedding_function=None)
    assert collection.count() == 0
