"""The store against a real `chroma run` server through HttpClient."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.bm25 import BM25Index
from knowledge.chroma import make_client
from knowledge.retrieval import Retriever
from knowledge.store import ChromaStore
from knowledge.types import EmbedderMismatch
from tests.knowledge.retrieval_support import FakeEmbedder, make_chunks
from tests.servers import CHROMA, chroma_server

pytestmark = pytest.mark.slow

TEXTS = ["goal setting with the GROW model", "box breathing calms nerves", "sleep routines"]


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Chroma server on a free port, up until the module's tests finish."""
    assert CHROMA.exists(), f"the chroma CLI is missing at {CHROMA}"
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as (url, _):
        yield url


@pytest.fixture
def store(server_url: str, tmp_path: Path) -> Iterator[ChromaStore]:
    embedder = FakeEmbedder()
    store = ChromaStore(client=make_client(path=tmp_path, url=server_url), embedder=embedder)
    yield store
    for coach_id in (1, 2, 3):
        store.drop_coach(coach_id)


def add(store: ChromaStore, coach_id: int, doc: int, texts, version: int = 1) -> None:
    chunks = make_chunks(coach_id, doc, texts, version=version)
    store.add(coach_id, chunks, FakeEmbedder().embed_batch(texts))


def ask(store: ChromaStore, coach_id: int, text: str, where=None) -> list[str]:
    vector = FakeEmbedder().embed_batch([text])[0]
    return [hit.chunk_id for hit in store.query(coach_id, vector, 10, where)]


def test_visibility_versions_and_deletion_over_http(store: ChromaStore) -> None:
    add(store, 1, 10, TEXTS)
    assert ask(store, 1, "sleep") == [] and store.count(1) == 3
    store.publish(1, 10, 1)
    assert ask(store, 1, "sleep routines")[0] == "c1-d10-v1-2"
    add(store, 1, 10, ["journaling prompts"], version=2)
    store.publish(1, 10, 2)
    assert ask(store, 1, "sleep routines") == ["c1-d10-v2-0"]
    add(store, 1, 10, ["a crashed ingest"], version=3)
    store.discard_unpublished(1, 10)
    assert store.count(1, document_id=10) == 1
    store.delete_document(1, 10)
    assert store.count(1) == 0


def test_coaches_are_separate_collections_over_http(store: ChromaStore) -> None:
    add(store, 1, 10, TEXTS)
    add(store, 2, 20, TEXTS)
    store.publish(1, 10, 1)
    store.publish(2, 20, 1)
    assert all(chunk_id.startswith("c1-") for chunk_id in ask(store, 1, "sleep routines"))
    assert all(chunk_id.startswith("c2-") for chunk_id in ask(store, 2, "sleep routines"))
    assert ask(store, 1, "sleep", where={"document_id": 20}) == []


def test_configuration_and_mismatch_over_http(store: ChromaStore, server_url: str) -> None:
    add(store, 3, 30, TEXTS)
    info = store.collection_info(3)
    assert (info["space"], info["embedding_function"], info["embedder_id"]) == (
        "cosine", "lodestar", "fake-bow")
    other = ChromaStore(client=make_client(path=Path("."), url=server_url),
                        embedder=FakeEmbedder(id="other", dimension=64))
    with pytest.raises(EmbedderMismatch, match="lodestar reindex"):
        other.count(3)


def test_hybrid_search_over_http(store: ChromaStore, tmp_path: Path) -> None:
    index = BM25Index(tmp_path / "bm25")
    chunks = make_chunks(1, 10, TEXTS)
    store.add(1, chunks, FakeEmbedder().embed_batch(TEXTS))
    index.add(1, chunks)
    store.publish(1, 10, 1)
    index.publish(1, 10, 1)
    retriever = Retriever(store=store, bm25=index, embedder=FakeEmbedder())
    result = retriever.search(1, "box breathing", k=2)
    assert result.hits[0].chunk_id == "c1-d10-v1-1"
