"""The packaged MiniLM embedder, loaded offline from site-packages."""

from __future__ import annotations

import math

import pytest

from models.embeddings import MINILM_DIMENSION, MiniLMEmbedder


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    """One embedder for the module; the model loads on first use."""
    return MiniLMEmbedder()


def _cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


@pytest.mark.slow
def test_vectors_are_unit_length_and_384_wide(embedder: MiniLMEmbedder) -> None:
    vectors = embedder.embed_batch(["Build a reading habit", "Sleep before midnight"])
    assert len(vectors) == 2
    assert all(len(v) == MINILM_DIMENSION == embedder.dimension for v in vectors)
    assert all(math.isclose(math.sqrt(_cosine(v, v)), 1.0, rel_tol=1e-4) for v in vectors)


@pytest.mark.slow
def test_similar_meanings_are_closer(embedder: MiniLMEmbedder) -> None:
    query, near, far = embedder.embed_batch([
        "How do I keep a new habit going?",
        "Tips for sticking with a routine you just started",
        "The recipe needs two cups of flour",
    ])
    assert _cosine(query, near) > _cosine(query, far) + 0.2


def test_empty_batch_needs_no_model() -> None:
    lazy = MiniLMEmbedder()
    assert lazy.embed_batch([]) == []
    assert lazy._model is None
