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
    embedder: CachingEmbedder
    texts: dict[int, list[str]]
    documents: dict[int, set[int]]
    vocabulary: dict[int, list[str]]
    shared: list[str]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))


class CachingEmbedder:
    """Embeds each distinct text once, in big batches, so the slow variant stays quick."""

    def __init__(self, inner) -> None:
        self.inner, self.id, self.dimension = inner, inner.id, inner.dimension
        self.cache: dict[str, list[float]] = {}

    def prime(self, texts) -> None:
        missing = sorted({text for text in texts if text not in self.cache})
        self.cache.update(zip(missing, self.inner.embed_batch(missing), strict=True))

    def embed_batch(self, texts):
        self.prime(texts)
        return [self.cache[text] for text in texts]


def _build(tmp, embedder: CachingEmbedder) -> World:
    rng = random.Random(20240611)
    shared = [_word(rng) for _ in range(40)]
    store = ChromaStore(client=make_client(path=tmp / "chroma", url=None), embedder=embedder)
    index = BM25Index(tmp / "bm25")
    vocabulary = {coach: [_word(rng) for _ in range(30)] for coach in range(1, COACHES)}
    texts = {coach: [" ".join(rng.choices(vocabulary[coach] + shared, k=12))
                     for _ in range(DOCS_PER_COACH * CHUNKS_PER_DOC)]
             for coach in range(1, COACHES)}
    # The last coach holds a verbatim copy of coach 1's texts under its own ids.
    vocabulary[COACHES], texts[COACHES] = vocabulary[1], list(texts[1])
    embedder.prime([text for body in texts.values() for text in body])
    documents: dict[int, set[int]] = {}
    for coach in range(1, COACHES + 1):
        documents[coach] = set()
        for d in range(DOCS_PER_COACH):
            doc = coach * 100 + d
            body = texts[coach][d * CHUNKS_PER_DOC:(d + 1) * CHUNKS_PER_DOC]
            chunks = make_chunks(coach, doc, body)
            store.add(coach, chunks, embedder.embed_batch(body))
            index.add(coach, chunks)
            store.publish(coach, doc, 1)
            index.publish(coach, doc, 1)
            documents[coach].add(doc)
    return World(Retriever(store=store, bm25=index, embedder=embedder), embedder,
                 texts, documents, vocabulary, shared)


@pytest.fixture(scope="module", params=["fake", pytest.param("minilm", marks=pytest.mark.slow)])
def world(request, tmp_path_factory) -> World:
    if request.param == "fake":
        inner = FakeEmbedder()
    else:
        from models.embeddings import MiniLMEmbedder

        inner = MiniLMEmbedder()
    return _build(tmp_path_factory.mktemp(request.param), CachingEmbedder(inner))


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
    plan = []
    for _ in range(QUERIES):
        coach = rng.randint(1, COACHES)
        plan.append((coach, _random_query(rng, world, coach), rng.randint(1, 10)))
    world.embedder.prime([query for _, query, _ in plan])
    checked = 0
    for coach, query, k in plan:
        for mode in MODES:
            hits = world.retriever.search(coach, query, k=k, mode=mode).hits
            for hit in hits:
                assert hit.chunk_id.startswith(f"c{coach}-"), (coach, mode, query, hit)
                assert hit.document_id in world.documents[coach]
                assert hit.text in world.texts[coach]
                checked += 1
    assert checked > QUERIES  # the queries did find things, in their own coach


def test_filters_cannot_reach_another_coach(world: World) -> None:
    rng = random.Random(11)
    plan = []
    for _ in range(30):
        coach, other = rng.sample(range(1, COACHES + 1), 2)
        plan.append((coach, other, rng.choice(world.texts[other])))
    world.embedder.prime([query for _, _, query in plan])
    for coach, other, query in plan:
        doc = rng.choice(sorted(world.documents[other]))
        for mode in MODES:
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
