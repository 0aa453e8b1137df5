"""ChromaStore against a real embedded Chroma: visibility, deletion, embedder checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from chromadb.api.models.Collection import Collection
from chromadb.api.types import DefaultEmbeddingFunction

from knowledge import store as store_module
from knowledge.chroma import make_client
from knowledge.store import ChromaStore, LodestarEmbeddingFunction, collection_name
from knowledge.types import EmbedderMismatch, KnowledgeError
from models.embeddings import MiniLMEmbedder
from tests.knowledge.retrieval_support import FakeEmbedder, make_chunks

TEXTS = ["goal setting with the GROW model", "box breathing calms nerves", "sleep routines"]


@pytest.fixture
def client(tmp_path: Path):
    return make_client(path=tmp_path / "chroma", url=None)


@pytest.fixture
def embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def store(client, embedder: FakeEmbedder) -> ChromaStore:
    return ChromaStore(client=client, embedder=embedder)


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def add(store: ChromaStore, embedder, coach_id: int, doc: int, texts, version: int = 1) -> None:
    chunks = make_chunks(coach_id, doc, texts, version=version)
    store.add(coach_id, chunks, embedder.embed_batch([chunk.text for chunk in chunks]))


def ask(store: ChromaStore, embedder, coach_id: int, text: str, k: int = 10, where=None):
    return store.query(coach_id, embedder.embed_batch([text])[0], k, where)


def raw_ids(client, coach_id: int, **where) -> list[str]:
    collection = client.get_collection(collection_name(coach_id), embedding_function=None)
    return collection.get(where=where or None, include=[])["ids"]


def test_added_chunks_are_invisible_until_published(store, embedder) -> None:
    add(store, embedder, 1, 10, TEXTS)
    assert store.count(1) == 3
    assert store.count(1, visible_only=True) == 0
    assert ask(store, embedder, 1, "breathing") == []
    store.publish(1, 10, 1)
    assert store.count(1, visible_only=True) == 3
    hits = ask(store, embedder, 1, "box breathing calms nerves", k=1)
    assert [hit.chunk_id for hit in hits] == ["c1-d10-v1-1"]
    hit = hits[0]
    assert (hit.document_id, hit.filename, hit.title, hit.section) == (
        10, "notes.md", "Doc 10", "Section 1")
    assert hit.page is None and hit.score == pytest.approx(1.0, abs=1e-5)
    assert hit.extra == {"version": 1, "index": 1, "start": 100, "end": 126}


def test_publishing_v2_removes_v1(store, embedder, client) -> None:
    add(store, embedder, 1, 10, TEXTS)
    store.publish(1, 10, 1)
    add(store, embedder, 1, 10, ["a new version about journaling"], version=2)
    # Until v2 is published, searches still see v1 and only v1.
    assert {hit.extra["version"] for hit in ask(store, embedder, 1, "journaling")} == {1}
    store.publish(1, 10, 2)
    hits = ask(store, embedder, 1, "journaling")
    assert [hit.chunk_id for hit in hits] == ["c1-d10-v2-0"]
    assert raw_ids(client, 1, version=1) == []
    assert store.count(1, document_id=10) == 1


def test_delete_leaves_no_orphan_vectors(store, embedder, client) -> None:
    add(store, embedder, 1, 10, TEXTS)
    store.publish(1, 10, 1)
    add(store, embedder, 1, 10, ["unpublished draft"], version=2)
    add(store, embedder, 1, 11, ["another document"])
    store.publish(1, 11, 1)
    store.delete_document(1, 10)
    assert store.count(1, document_id=10) == 0
    assert raw_ids(client, 1, document_id=10) == []
    assert store.count(1) == 1
    assert all(hit.document_id == 11 for hit in ask(store, embedder, 1, "goal setting"))


def test_discard_unpublished_keeps_the_published_version(store, embedder, client) -> None:
    add(store, embedder, 1, 10, TEXTS)
    store.publish(1, 10, 1)
    add(store, embedder, 1, 10, ["crashed ingest", "half written"], version=2)
    store.discard_unpublished(1, 10)
    assert store.count(1, document_id=10) == 3
    assert raw_ids(client, 1, version=2) == []
    assert store.count(1, visible_only=True) == 3


@pytest.mark.parametrize("widest", [2560, 13])
def test_hidden_neighbours_do_not_crowd_out_visible_ones(store, embedder, monkeypatch,
                                                        widest) -> None:
    # With a narrow limit the store gives up widening and filters on `visible` in Chroma.
    monkeypatch.setattr(store_module, "WIDEST", widest)
    add(store, embedder, 1, 10, ["unrelated visible text", "breathing exercise visible"])
    store.publish(1, 10, 1)
    # Fifty hidden chunks are nearer to the query than the visible ones.
    add(store, embedder, 1, 11, [f"breathing exercise {i}" for i in range(50)])
    hits = ask(store, embedder, 1, "breathing exercise", k=2)
    assert [hit.chunk_id for hit in hits] == ["c1-d10-v1-1", "c1-d10-v1-0"]


def test_query_filters_and_pages(store, embedder) -> None:
    chunks = make_chunks(1, 10, TEXTS, page=4) + make_chunks(1, 11, TEXTS)
    store.add(1, chunks, embedder.embed_batch([chunk.text for chunk in chunks]))
    store.publish(1, 10, 1)
    store.publish(1, 11, 1)
    only_ten = ask(store, embedder, 1, "sleep", where={"document_id": 10})
    assert {hit.document_id for hit in only_ten} == {10}
    assert {hit.page for hit in only_ten} == {4}
    both = ask(store, embedder, 1, "sleep", where={"document_id": {"$in": [10, 11]}, "index": 2})
    assert sorted(hit.chunk_id for hit in both) == ["c1-d10-v1-2", "c1-d11-v1-2"]
    assert ask(store, embedder, 1, "sleep", where={"visible": False}) == []
    with pytest.raises(KnowledgeError):
        ask(store, embedder, 1, "sleep", where={"document_id": {"$regex": "x"}})


def test_embedder_mismatch_names_the_collection_and_reindex(client, embedder) -> None:
    store = ChromaStore(client=client, embedder=embedder)
    add(store, embedder, 3, 1, TEXTS)
    other = FakeEmbedder(id="other-model", dimension=32)
    for slug, expected in ((None, "--coach <slug>|--all"), ("ada", "--coach ada|--all")):
        fresh = ChromaStore(client=client, embedder=other, coach_slug=lambda _id, s=slug: s)
        with pytest.raises(EmbedderMismatch) as caught:
            fresh.query(3, [0.0] * 32, 3)
        message = str(caught.value)
        assert "collection coach_3 was built with fake-bow (64 dims)" in message
        assert "configured embedder is other-model (32 dims)" in message
        assert f"run `lodestar reindex {expected}`" in message
    # Same id, other dimension is a mismatch too.
    with pytest.raises(EmbedderMismatch):
        ChromaStore(client=client, embedder=FakeEmbedder(dimension=32)).count(3)


def test_collection_without_our_metadata_is_a_mismatch(client, store) -> None:
    client.create_collection("coach_5", embedding_function=None)
    with pytest.raises(EmbedderMismatch, match="unknown embedder"):
        store.count(5)


def test_cosine_space_and_our_embedding_function(store, embedder, client, monkeypatch) -> None:
    def refuse(self, input):
        raise AssertionError("Chroma's default embedding function must never run")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", refuse)
    add(store, embedder, 1, 10, TEXTS)
    store.publish(1, 10, 1)
    assert ask(store, embedder, 1, "sleep")
    config = client.get_collection("coach_1", embedding_function=None).configuration_json
    assert config["hnsw"]["space"] == "cosine"
    assert config["embedding_function"] == {
        "type": "known", "name": "lodestar",
        "config": {"embedder_id": "fake-bow", "dimension": 64},
    }
    opened = store._open(1, create=False)
    assert opened._embedding_function is store.embedding_function
    info = store.collection_info(1)
    assert info == {"name": "coach_1", "exists": True, "embedder_id": "fake-bow",
                    "dimension": 64, "count": 3, "space": "cosine",
                    "embedding_function": "lodestar"}
    rebuilt = LodestarEmbeddingFunction.build_from_config(store.embedding_function.get_config())
    assert (rebuilt.embedder_id, rebuilt.dimension) == ("fake-bow", 64)
    with pytest.raises(KnowledgeError):
        rebuilt(["an unbound function cannot embed"])


def test_large_adds_are_split_into_batches(client, embedder, monkeypatch) -> None:
    monkeypatch.setattr(client, "get_max_batch_size", lambda: 4)
    sizes: list[int] = []
    original = Collection.upsert

    def spy(self, ids, **kwargs):
        sizes.append(len(ids))
        return original(self, ids, **kwargs)

    monkeypatch.setattr(Collection, "upsert", spy)
    store = ChromaStore(client=client, embedder=embedder)
    add(store, embedder, 1, 10, [f"chunk {i}" for i in range(10)])
    store.publish(1, 10, 1)
    assert sizes == [4, 4, 2]
    assert store.count(1, visible_only=True) == 10


def test_bad_input_is_refused(store, embedder) -> None:
    chunks = make_chunks(2, 10, TEXTS)
    with pytest.raises(KnowledgeError, match="belongs to coach 2"):
        store.add(1, chunks, embedder.embed_batch(TEXTS))
    with pytest.raises(KnowledgeError):
        store.add(2, chunks, embedder.embed_batch(TEXTS[:1]))
    with pytest.raises(KnowledgeError):
        store.add(2, chunks, [[0.1] * 8] * 3)
    with pytest.raises(KnowledgeError):
        store.query(2, [0.1] * 8, 3)


def test_missing_coach_and_drop(store, embedder, client) -> None:
    assert store.query(9, embedder.embed_batch(["x"])[0], 3) == []
    assert store.count(9) == 0
    store.publish(9, 1, 1)
    store.delete_document(9, 1)
    assert store.collection_info(9)["exists"] is False
    add(store, embedder, 9, 1, TEXTS)
    store.drop_coach(9)
    store.drop_coach(9)
    assert collection_name(9) not in [c.name for c in client.list_collections()]
    assert store.count(9) == 0


def test_a_collection_recreated_elsewhere_is_reopened(client, embedder) -> None:
    first = ChromaStore(client=client, embedder=embedder)
    add(first, embedder, 1, 10, TEXTS)
    first.publish(1, 10, 1)
    assert ask(first, embedder, 1, "sleep")
    second = ChromaStore(client=client, embedder=embedder)
    second.drop_coach(1)
    add(second, embedder, 1, 20, ["rebuilt after reindex"])
    second.publish(1, 20, 1)
    assert [hit.document_id for hit in ask(first, embedder, 1, "rebuilt")] == [20]


@pytest.mark.slow
def test_minilm_vectors_round_trip(client, minilm) -> None:
    store = ChromaStore(client=client, embedder=minilm)
    texts = ["How to set goals with a client", "Breathing exercises for anxiety",
             "Sleep hygiene for shift workers"]
    add(store, minilm, 1, 10, texts)
    store.publish(1, 10, 1)
    hits = ask(store, minilm, 1, "I feel nervous and cannot calm down", k=3)
    assert hits[0].chunk_id == "c1-d10-v1-1"
    assert 0.0 < hits[0].score <= 1.0
    assert len(store.embedding_function(["embedded by MiniLM"])[0]) == 384
    assert store.collection_info(1)["embedder_id"] == minilm.id
