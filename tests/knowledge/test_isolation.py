"""Tenant isolation: no search, in any mode, ever returns another coach's chunk."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

import pytest

from knowledge.bm25 import BM25Index
from knowledge.chroma import make_client
from knowledge.retrieval import Retriever
from knowledge.store import ChromaStore
from tests.knowledge.retrieval_support import FakeEmbedder, make_chunks

COACHES = 12
DOCS_PER_COACH = 3
CHUNKS_PER_DOC = 6
QUERIES = 200
MODES = ("hybrid", "vector", "bm25")


@dataclass
class World:
    """Twelve coaches' indexes and which chunks and documents belong to whom."""

    retriever: Retriever
    texts: dict[int, list[str]]
    documents: dict[int, set[int]]
    vocabulary: dict[int, list[str]]
    shared: list[str]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))


def _build(tmp, embedder) -> World:
    rng = random.Random(20240611)
    shared = [_word(rng) for _ in range(40)]
    store = ChromaStore(client=make_client(path=tmp / "chroma", url=None), embedder=embedder)
    index = BM25Index(tmp / "bm25")
    texts: dict[int, list[str]] = {}
    documents: dict[int, set[int]] = {}
    vocabulary: dict[int, list[str]] = {}
    for coach in range(1, COACHES + 1):
        vocabulary[coach] = [_word(rng) for _ in range(30)]
        texts[coach], documents[coach] = [], set()
        for d in range(DOCS_PER_COACH):
            doc = coach * 100 + d
            if coach == COACHES:  # the last coach holds a verbatim copy of coach 1's texts
                body = texts[1][d * CHUNKS_PER_DOC:(d + 1) * CHUNKS_PER_DOC]
            else:
                body = [" ".join(rng.choices(vocabulary[coach] + shared, k=12))
                        for _ in range(CHUNKS_PER_DOC)]
            chunks = make_chunks(coach, doc, body)
            store.add(coach, chunks, embedder.embed_batch(body))
            index.add(coach, chunks)
            store.publish(coach, doc, 1)
            index.publish(coach, doc, 1)
            texts[coach] += body
            documents[coach].add(doc)
    return World(Retriever(store=store, bm25=index, embedder=embedder),
                 texts, documents, vocabulary, shared)


@pytest.fixture(scope="module", params=["fake", pytest.param("minilm", marks=pytest.mark.slow)])
def world(request, tmp_path_factory) -> World:
    if request.param == "fake":
        embedder = FakeEmbedder()
    else:
        from models.embeddings import MiniLMEmbedder

        embedder = MiniLMEmbedder()
    return _build(tmp_path_factory.mktemp(request.param), embedder)


def _random_query(rng: random.Random, world: World, coach: int) -> str:
    other = rng.choice([c for c in world.texts if c != coach])
    kind = rng.random()
    if kind < 0.5:
        return rng.choice(world.texts[other])  # a verbatim quote of another coach's chunk
    if kind < 0.75:
        return " ".join(rng.sample(world.vocabulary[other], 3))
    return " ".join(rng.sample(world.shared, 4))


def test_every_hit_belongs_to_the_queried_coach(world: World) -> None:
    rng = random.Random(7)
    checked = 0
    for _ in range(QUERIES):
        coach = rng.randint(1, COACHES)
        query = _random_query(rng, world, coach)
        for mode in MODES:
            hits = world.retriever.search(coach, query, k=rng.randint(1, 10), mode=mode).hits
            for hit in hits:
                assert hit.chunk_id.startswith(f"c{coach}-"), (coach, mode, query, hit)
                assert hit.document_id in world.documents[coach]
                assert hit.text in world.texts[coach]
                checked += 1
    assert checked > QUERIES  # the queries did find things, in their own coach


def test_filters_cannot_reach_another_coach(world: World) -> None:
    rng = random.Random(11)
    for _ in range(30):
        coach, other = rng.sample(range(1, COACHES + 1), 2)
        doc = rng.choice(sorted(world.documents[other]))
        for mode in MODES:
            query = rng.choice(world.texts[other])
            for where in ({"document_id": doc}, {"coach_id": other}):
                assert world.retriever.search(coach, query, mode=mode, where=where).hits == []


def test_identical_text_in_two_coaches_stays_apart(world: World) -> None:
    for text in world.texts[1][:6]:
        for mode in MODES:
            first = world.retriever.search(1, text, k=3, mode=mode).hits
            copy = world.retriever.search(COACHES, text, k=3, mode=mode).hits
            assert first and copy
            assert all(hit.chunk_id.startswith("c1-") for hit in first)
            assert all(hit.chunk_id.startswith(f"c{COACHES}-") for hit in copy)
