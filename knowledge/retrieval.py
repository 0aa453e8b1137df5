"""Hybrid retrieval: vector and BM25 candidates fused (weighted scores or RRF), then screened."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol, get_args

from knowledge.types import Hit, KnowledgeError, SearchMode, VectorStore
from models.ports import Embedder

log = logging.getLogger(__name__)

MODES: tuple[str, ...] = get_args(SearchMode)
ChunkFilter = Callable[[Hit], bool]
Fusion = Literal["score", "rrf"]
FUSIONS: tuple[str, ...] = get_args(Fusion)


class KeywordIndex(Protocol):
    """The keyword half of retrieval (BM25Index)."""

    def query(
        self, coach_id: int, text: str, k: int, where: Mapping[str, Any] | None = None
    ) -> list[Hit]:
        """The k best visible keyword matches of this coach only."""
        ...


@dataclass
class SearchResult:
    """What a search found, how many chunks the filter hook removed, and where time went."""

    hits: list[Hit]
    excluded: int
    mode: SearchMode
    embed_ms: float = 0.0
    vector_ms: float = 0.0
    bm25_ms: float = 0.0
    filter_ms: float = 0.0
    total_ms: float = 0.0


def _ranked(rankings: Mapping[str, Sequence[Hit]]) -> dict[str, list[tuple[int, Hit]]]:
    """Each list's distinct hits with their 1-based ranks; a repeat counts at its best rank."""
    ranked: dict[str, list[tuple[int, Hit]]] = {}
    for name, hits in rankings.items():
        seen: set[str] = set()
        ranked[name] = []
        for rank, hit in enumerate(hits, start=1):
            if hit.chunk_id not in seen:
                seen.add(hit.chunk_id)
                ranked[name].append((rank, hit))
    return ranked


def _fuse(
    rankings: Mapping[str, Sequence[Hit]], contribution: Callable[[str, int, Hit], float]
) -> list[Hit]:
    """Sum each list's contribution per chunk; ties go to the better single rank, then the id."""
    scores: dict[str, float] = {}
    first: dict[str, Hit] = {}
    best_rank: dict[str, int] = {}
    details: dict[str, dict[str, Any]] = {}
    for name, hits in _ranked(rankings).items():
        for rank, hit in hits:
            key = hit.chunk_id
            scores[key] = scores.get(key, 0.0) + contribution(name, rank, hit)
            first.setdefault(key, hit)
            best_rank[key] = min(best_rank.get(key, rank), rank)
            details.setdefault(key, {})[f"{name}_rank"] = rank
            details[key][f"{name}_score"] = hit.score
    order = sorted(scores, key=lambda key: (-scores[key], best_rank[key], key))
    return [
        replace(first[key], score=scores[key], extra={**first[key].extra, **details[key]})
        for key in order
    ]


def rrf_fuse(
    rankings: Mapping[str, Sequence[Hit]],
    rrf_k: int = 60,
    weights: Mapping[str, float] | None = None,
) -> list[Hit]:
    """Reciprocal-rank fusion: each list adds weight/(rrf_k + rank), ranks from 1, weight 1."""
    chosen = weights or {}
    return _fuse(rankings, lambda name, rank, _hit: chosen.get(name, 1.0) / (rrf_k + rank))


def score_fuse(
    rankings: Mapping[str, Sequence[Hit]], weights: Mapping[str, float] | None = None
) -> list[Hit]:
    """Weighted sum of each list's scores min-max scaled to 0..1 (absent from a list adds 0).

    Unlike RRF this keeps how far apart the candidates are: a clear vector winner is not
    pulled down by a weak keyword list. A list whose scores are all equal scales them to 1.
    """
    chosen = weights or {}
    bounds: dict[str, tuple[float, float]] = {}
    for name, hits in _ranked(rankings).items():
        values = [hit.score for _, hit in hits]
        if values:
            bounds[name] = (min(values), max(values))

    def contribution(name: str, _rank: int, hit: Hit) -> float:
        low, high = bounds[name]
        scaled = (hit.score - low) / (high - low) if high > low else 1.0
        return chosen.get(name, 1.0) * scaled

    return _fuse(rankings, contribution)


class Retriever:
    """Searches one coach's knowledge; there is no way to name more than one coach.

    Hybrid search fuses the two candidate lists by `fusion`: "score" (the default) adds
    min-max scaled scores weighted by `vector_weight` and `keyword_weight`; "rrf" is plain
    reciprocal-rank fusion with `rrf_k` (the weights do not apply to it).
    """

    def __init__(
        self,
        *,
        store: VectorStore,
        bm25: KeywordIndex,
        embedder: Embedder,
        rrf_k: int = 60,
        fusion: Fusion = "score",
        vector_weight: float = 0.7,
        keyword_weight: float = 0.3,
        candidates: int = 20,
        chunk_filter: ChunkFilter | None = None,
        max_rounds: int = 3,
    ) -> None:
        self._store = store
        self._bm25 = bm25
        self._embedder = embedder
        if fusion not in FUSIONS:
            raise KnowledgeError(f"unknown fusion {fusion!r}; use one of {', '.join(FUSIONS)}")
        self._rrf_k = rrf_k
        self._fusion = fusion
        self._weights = {"vector": vector_weight, "bm25": keyword_weight}
        self._candidates = candidates
        self._chunk_filter = chunk_filter
        self._max_rounds = max(1, max_rounds)

    def search(
        self,
        coach_id: int,
        query: str,
        *,
        k: int = 5,
        mode: SearchMode = "hybrid",
        where: Mapping[str, Any] | None = None,
    ) -> SearchResult:
        """The k best visible chunks of this coach for a query, screened by the chunk filter."""
        started = time.perf_counter()
        text = (query or "").strip()
        if not text:
            raise KnowledgeError("the search query is empty")
        if mode not in MODES:
            raise KnowledgeError(f"unknown search mode {mode!r}; use one of {', '.join(MODES)}")
        if k < 1:
            raise KnowledgeError("k must be at least 1")
        result = SearchResult(hits=[], excluded=0, mode=mode)
        vector: list[float] | None = None
        if mode != "bm25":
            began = time.perf_counter()
            vector = self._embedder.embed_batch([text])[0]
            result.embed_ms = _ms(began)
        verdicts: dict[str, bool] = {}
        n = max(self._candidates, k)
        for _ in range(self._max_rounds):
            ranked, exhausted = self._rank(coach_id, text, vector, n, mode, where, result)
            result.hits, result.excluded = self._screen(ranked, k, verdicts, result)
            # Widen the candidate pool only when the filter left us short and more exist.
            if len(result.hits) >= k or exhausted or not result.excluded:
                break
            n *= 2
        result.total_ms = _ms(started)
        return result

    def _rank(
        self,
        coach_id: int,
        text: str,
        vector: list[float] | None,
        n: int,
        mode: SearchMode,
        where: Mapping[str, Any] | None,
        result: SearchResult,
    ) -> tuple[list[Hit], bool]:
        """Candidates in rank order, and whether the backends had no more to give."""
        vector_hits: list[Hit] = []
        keyword_hits: list[Hit] = []
        if vector is not None:
            began = time.perf_counter()
            vector_hits = self._store.query(coach_id, vector, n, where)
            result.vector_ms += _ms(began)
        if mode != "vector":
            began = time.perf_counter()
            keyword_hits = self._bm25.query(coach_id, text, n, where)
            result.bm25_ms += _ms(began)
        exhausted = len(vector_hits) < n and len(keyword_hits) < n
        if mode == "vector":
            return vector_hits, exhausted
        if mode == "bm25":
            return keyword_hits, exhausted
        rankings = {"vector": vector_hits, "bm25": keyword_hits}
        if self._fusion == "rrf":
            return rrf_fuse(rankings, self._rrf_k), exhausted
        return score_fuse(rankings, self._weights), exhausted

    def _screen(
        self, ranked: list[Hit], k: int, verdicts: dict[str, bool], result: SearchResult
    ) -> tuple[list[Hit], int]:
        """The first k hits the filter accepts, and how many it rejected above the last one."""
        if self._chunk_filter is None:
            return ranked[:k], 0
        began = time.perf_counter()
        kept: list[Hit] = []
        rejected = 0
        for hit in ranked:
            if len(kept) == k:
                break
            if hit.chunk_id not in verdicts:
                verdicts[hit.chunk_id] = self._accepts(hit)
            if verdicts[hit.chunk_id]:
                kept.append(hit)
            else:
                rejected += 1
        result.filter_ms += _ms(began)
        return kept, rejected

    def _accepts(self, hit: Hit) -> bool:
        """Ask the filter; a filter that fails rejects the chunk, since it guards the prompt."""
        assert self._chunk_filter is not None
        try:
            return bool(self._chunk_filter(hit))
        except Exception:
            log.exception("chunk filter failed on %s; excluding it", hit.chunk_id)
            return False


def _ms(began: float) -> float:
    """Milliseconds since a perf_counter reading."""
    return (time.perf_counter() - began) * 1000.0
