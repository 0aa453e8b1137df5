"""Helpers for the ingestion, job, API and CLI tests: fake embedders, layers, raw index reads."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chromadb.errors import NotFoundError

from app.settings import Settings
from app.wiring import KnowledgeLayer, build_knowledge
from knowledge.chroma import make_client
from knowledge.store import collection_name
from tests.knowledge.retrieval_support import FakeEmbedder

GOOD_MARKDOWN = (
    b"# Anchoring\n\nTie every new habit to an anchor the client already does each day.\n\n"
    b"# Review\n\nEach Friday the client reviews which anchors held during the week.\n"
)


class SimulatedCrash(BaseException):
    """Raised to stand in for the process dying: like a kill, no `except Exception` stops it."""


class CrashingEmbedder(FakeEmbedder):
    """A FakeEmbedder whose call number `crash_on` dies, as if the process were killed."""

    def __init__(self, *, crash_on: int = 2, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.crash_on = crash_on

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed, except on the fatal call."""
        if self.calls + 1 == self.crash_on:
            self.calls += 1
            raise SimulatedCrash(f"killed during embedding call {self.crash_on}")
        return super().embed_batch(texts)


def make_layer(settings: Settings, embedder: object | None = None, *, learned: bool = False,
               **updates: object) -> KnowledgeLayer:
    """The real knowledge layer (embedded Chroma, BM25) on the test's data directory.

    The learned injection layer (a MiniLM load per layer) is off unless `learned`: these
    tests are about ingestion, and the screening tests switch it on or inject their own.
    """
    chosen = settings if learned else settings.model_copy(update={"injection_model": False})
    layer = build_knowledge(chosen, embedder or FakeEmbedder())  # type: ignore[arg-type]
    for name, value in updates.items():
        setattr(layer.pipeline, name, value)
    return layer


def long_markdown(sections: int = 12, words: int = 60) -> bytes:
    """Markdown long enough to make many chunks (so embedding takes several batches)."""
    parts = []
    for n in range(sections):
        body = " ".join(f"habit{n}word{i}" for i in range(words))
        parts.append(f"# Section {n}\n\n{body}.\n")
    return "\n".join(parts).encode()


def raw_chroma_ids(settings: Settings, coach_id: int, document_id: int) -> list[str]:
    """Every Chroma record of a document, visible or not, read straight from Chroma."""
    client = make_client(path=settings.chroma_dir, url=None)
    try:
        collection = client.get_collection(collection_name(coach_id), embedding_function=None)
    except NotFoundError:
        return []
    ids: list[str] = collection.get(where={"document_id": document_id}, include=[])["ids"]
    return ids


def bm25_segments(settings: Settings, coach_id: int, document_id: int) -> list[Path]:
    """The BM25 segment files of a document, read straight from disk."""
    folder = settings.resolved_data_dir / "bm25" / f"coach_{coach_id}" / "segments"
    return sorted(folder.glob(f"{document_id}_*.json")) if folder.is_dir() else []
