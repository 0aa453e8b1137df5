"""Retriever: score and RRF fusion, modes, filters, the chunk-filter hook and hybrid quality."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.bm25 import BM25Index
from knowledge.chroma import make_client
from knowledge.retrieval import Retriever, SearchResult, rrf_fuse, score_fuse
from knowledge.store import ChromaStore
from knowledge.types import Hit, KnowledgeError
from models.embeddings import MiniLMEmbedder
from tests.knowledge.retrieval_support import FakeEmbedder, make_chunks


def hit(chunk_id: str, score: float = 1.0, document_id: int = 1) -> Hit:
    return Hit(chunk_id=chunk_id, text=f"text of {chunk_id}", document_id=document_id,
               filename="f.md", title="", section="", page=None, score=score)


class StubBackend:
    """Returns a fixed ranking (truncated to k) and records what it was asked."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.calls: list[tuple[int, int, object]] = []

    def query(self, coach_id, query, k, where=None):
        self.calls.append((coach_id, k, where))
        return self.hits[:k]


def stub_retriever(vector_ids, keyword_ids, **kwargs):
    store = StubBackend([hit(i, 0.9 - n / 100) for n, i in enumerate(vector_ids)])
    keywords = StubBackend([hit(i, 12.0 - n) for n, i in enumerate(keyword_ids)])
    retriever = Retriever(store=store, bm25=keywords, embedder=FakeEmbedder(), **kwargs)
    return retriever, store, keywords


def test_rrf_matches_a_hand_computed_example() -> None:
    fused = rrf_fuse({"vector": [hit("a"), hit("b"), hit("c")],
                      "bm25": [hit("c"), hit("a"), hit("d")]})
    # a: 1/61 + 1/62, c: 1/63 + 1/61, b: 1/62, d: 1/63
    assert [h.chunk_id for h in fused] == ["a", "c", "b", "d"]
    expected = [1 / 61 + 1 / 62, 1 / 61 + 1 / 63, 1 / 62, 1 / 63]
    assert [h.score for h in fused] == pytest.approx(expected)
    assert fused[0].extra["vector_rank"] == 1 and fused[0].extra["bm25_rank"] == 2
    assert "bm25_rank" not in fused[2].extra


def test_rrf_k_changes_the_weights() -> None:
    fused = rrf_fuse({"vector": [hit("a")], "bm25": [hit("b"), hit("a")]}, rrf_k=1)
    assert [h.score for h in fused] == pytest.approx([1 / 2 + 1 / 3, 1 / 2])


def test_score_fusion_matches_a_hand_computed_example() -> None:
    fused = score_fuse({"vector": [hit("a", 0.8), hit("b", 0.6), hit("c", 0.4)],
                        "bm25": [hit("c", 9.0), hit("d", 5.0), hit("a", 1.0)]},
                       {"vector": 0.7, "bm25": 0.3})
    # Scaled: vector a 1, b .5, c 0; bm25 c 1, d .5, a 0.
    # a .7, b .35, c .3, d .15.
    assert [h.chunk_id for h in fused] == ["a", "b", "c", "d"]
    assert [h.score for h in fused] == pytest.approx([0.7, 0.35, 0.3, 0.15])
    assert fused[0].extra == {"vector_rank": 1, "vector_score": 0.8,
                              "bm25_rank": 3, "bm25_score": 1.0}
    assert "vector_rank" not in fused[3].extra


def test_score_fusion_scales_a_flat_list_to_one_and_counts_repeats_once() -> None:
    fused = score_fuse({"vector": [hit("a", 0.5), hit("a", 0.1)], "bm25": [hit("b", 3.0)]},
                       {"vector": 0.7, "bm25": 0.3})
    assert [(h.chunk_id, h.score) for h in fused] == [("a", pytest.approx(0.7)),
                                                      ("b", pytest.approx(0.3))]


def test_weighted_rrf_scales_each_list() -> None:
    fused = rrf_fuse({"vector": [hit("a")], "bm25": [hit("b")]}, rrf_k=10,
                     weights={"vector": 1.0, "bm25": 0.3})
    assert [h.score for h in fused] == pytest.approx([1 / 11, 0.3 / 11])


def test_rrf_fusion_is_selectable_and_unknown_fusions_are_refused() -> None:
    retriever, _, _ = stub_retriever(["a", "b", "c"], ["c", "a", "d"], fusion="rrf")
    hits = retriever.search(7, "query", k=3).hits
    assert [h.chunk_id for h in hits] == ["a", "c", "b"]
    assert hits[0].score == pytest.approx(1 / 61 + 1 / 62)
    weighted, _, _ = stub_retriever(["a", "b"], ["b", "a"], vector_weight=0.2,
                                    keyword_weight=0.8)
    assert [h.chunk_id for h in weighted.search(7, "query", k=2).hits] == ["b", "a"]
    with pytest.raises(KnowledgeError, match="unknown fusion"):
        stub_retriever(["a"], ["a"], fusion="max")


def test_hybrid_search_fuses_and_single_modes_keep_their_scores() -> None:
    retriever, store, keywords = stub_retriever(["a", "b", "c"], ["c", "a", "d"])
    result = retriever.search(7, "query", k=3)
    assert isinstance(result, SearchResult) and result.mode == "hybrid"
    # Scaled vector a 1, b .5, c 0; scaled BM25 c 1, a .5, d 0; fused 0.7 v + 0.3 k.
    assert [h.chunk_id for h in result.hits] == ["a", "b", "c"]
    assert [h.score for h in result.hits] == pytest.approx([0.85, 0.35, 0.3])
    assert store.calls == [(7, 20, None)] and keywords.calls == [(7, 20, None)]
    assert result.embed_ms >= 0 and result.total_ms >= result.vector_ms
    vector = retriever.search(7, "query", k=2, mode="vector")
    assert [(h.chunk_id, h.score) for h in vector.hits] == [("a", 0.9), ("b", 0.89)]
    assert vector.bm25_ms == 0.0
    keyword = retriever.search(7, "query", k=2, mode="bm25")
    assert [(h.chunk_id, h.score) for h in keyword.hits] == [("c", 12.0), ("a", 11.0)]
    assert keyword.embed_ms == 0.0 and keyword.vector_ms == 0.0


def test_bad_requests_are_knowledge_errors() -> None:
    retriever, _, _ = stub_retriever(["a"], ["a"])
    for query in ("", "   \n\t"):
        with pytest.raises(KnowledgeError, match="empty"):
            retriever.search(1, query)
    with pytest.raises(KnowledgeError):
        retriever.search(1, "x", mode="fuzzy")
    with pytest.raises(KnowledgeError):
        retriever.search(1, "x", k=0)


def test_chunk_filter_exclusions_are_counted_and_k_is_filled() -> None:
    ranked = [f"id{i}" for i in range(10)]
    rejected = {"id0", "id2"}
    retriever, _, _ = stub_retriever(ranked, ranked,
                                     chunk_filter=lambda h: h.chunk_id not in rejected)
    result = retriever.search(1, "query", k=3)
    assert [h.chunk_id for h in result.hits] == ["id1", "id3", "id4"]
    assert result.excluded == 2


def test_chunk_filter_widens_the_candidate_pool_when_short() -> None:
    ranked = [f"id{i}" for i in range(10)]
    retriever, store, _ = stub_retriever(
        ranked, ranked, candidates=2, chunk_filter=lambda h: h.chunk_id not in {"id0", "id1"})
    result = retriever.search(1, "query", k=2)
    assert [h.chunk_id for h in result.hits] == ["id2", "id3"]
    assert result.excluded == 2
    assert [call[1] for call in store.calls] == [2, 4]


def test_a_failing_chunk_filter_excludes_rather_than_leaks() -> None:
    def broken(h: Hit) -> bool:
        if h.chunk_id == "a":
            raise RuntimeError("detector crashed")
        return True

    retriever, _, _ = stub_retriever(["a", "b"], ["a", "b"], chunk_filter=broken)
    result = retriever.search(1, "query", k=2)
    assert [h.chunk_id for h in result.hits] == ["b"] and result.excluded == 1


@pytest.fixture
def real(tmp_path: Path):
    embedder = FakeEmbedder()
    store = ChromaStore(client=make_client(path=tmp_path / "chroma", url=None), embedder=embedder)
    index = BM25Index(tmp_path / "bm25")
    for doc, texts in {1: ["breathing before talks", "sleep routines"],
                       2: ["breathing for athletes", "sleep and training"]}.items():
        chunks = make_chunks(1, doc, texts)
        store.add(1, chunks, embedder.embed_batch(texts))
        index.add(1, chunks)
        store.publish(1, doc, 1)
        index.publish(1, doc, 1)
    return Retriever(store=store, bm25=index, embedder=embedder)


@pytest.mark.parametrize("mode", ["hybrid", "vector", "bm25"])
def test_metadata_filters_apply_to_both_backends(real, mode) -> None:
    unfiltered = real.search(1, "breathing sleep", k=10, mode=mode)
    assert {h.document_id for h in unfiltered.hits} == {1, 2}
    filtered = real.search(1, "breathing sleep", k=10, mode=mode, where={"document_id": 2})
    assert filtered.hits and {h.document_id for h in filtered.hits} == {2}
    assert real.search(1, "breathing", k=10, mode=mode, where={"document_id": 3}).hits == []


CORPUS = [
    "The GROW model structures a session around Goal, Reality, Options and Will.",
    "Box breathing: inhale for four counts, hold, exhale for four, hold again. "
    "Use it to steady nerves before presenting.",
    "Every new client files form KQ-7741 before the first session starts.",
    "When work feels overwhelming, list every task and choose one small next step.",
    "Sleep hygiene: keep a consistent bedtime and put screens away an hour before bed.",
    "The Eisenhower matrix sorts tasks by urgency and importance.",
    "Escalation protocol ZX-9 covers referring a client in crisis to emergency services.",
    "Celebrate small wins to build motivation and self-efficacy.",
    "Active listening means reflecting back what the client said without judging.",
    "Journaling each evening helps clients notice patterns in their mood.",
    "Values clarification: ask the client which moments made them proudest.",
    "Budget coaching starts with tracking every expense for one month.",
]
# (query, index of the relevant chunk): exact codes favour BM25, paraphrases favour vectors.
QUERIES = [
    ("KQ-7741", 2), ("ZX-9", 6), ("Eisenhower", 5), ("form to fill in at intake", 2),
    ("I can't fall asleep at night", 4), ("my heart races before I speak in public", 1),
    ("I have too much on my plate at my job", 3), ("what made you proud", 10),
]


@pytest.mark.slow
def test_hybrid_is_at_least_as_good_as_either_mode(tmp_path) -> None:
    embedder = MiniLMEmbedder()
    store = ChromaStore(client=make_client(path=tmp_path / "chroma", url=None), embedder=embedder)
    index = BM25Index(tmp_path / "bm25")
    chunks = make_chunks(1, 1, CORPUS)
    store.add(1, chunks, embedder.embed_batch(CORPUS))
    index.add(1, chunks)
    store.publish(1, 1, 1)
    index.publish(1, 1, 1)
    retriever = Retriever(store=store, bm25=index, embedder=embedder)

    def reciprocal_ranks(mode: str) -> list[float]:
        ranks = []
        for query, wanted in QUERIES:
            found = [h.extra["index"] for h in retriever.search(1, query, k=3, mode=mode).hits]
            ranks.append(1 / (found.index(wanted) + 1) if wanted in found else 0.0)
        return ranks

    scores = {mode: reciprocal_ranks(mode) for mode in ("vector", "bm25", "hybrid")}
    # The corpus is built so each single signal misses something the other finds.
    assert min(scores["vector"]) == 0.0 and min(scores["bm25"]) == 0.0
    hybrid = sum(scores["hybrid"])
    assert hybrid >= sum(scores["vector"]) and hybrid >= sum(scores["bm25"])
    assert hybrid > max(sum(scores["vector"]), sum(scores["bm25"]))
