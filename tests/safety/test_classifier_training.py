"""Training is reproducible: the same rows and seed give byte-identical weights."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.embeddings import MINILM_ID, MiniLMEmbedder
from safety import dataset, training
from safety.classifier import load_local_classifier

pytestmark = pytest.mark.slow


def _rows() -> list[training.Example]:
    rows = dataset.stratified_sample(
        [r for r in dataset.generate() if r.split == "train"], per_category=12)
    return [training.Example(r.text, r.category, r.severity, r.source_template, r.lang)
            for r in rows]


def test_training_twice_gives_the_same_weights(tmp_path: Path) -> None:
    rows = _rows()
    embedder = MiniLMEmbedder()
    vectors = embedder.embed_batch([r.text for r in rows])
    cache = {r.text: v for r, v in zip(rows, vectors, strict=True)}

    def embed(texts: list[str]) -> list[list[float]]:
        return [cache[text] for text in texts]

    results = [
        training.train(rows=rows, embed=embed, encoder_id=MINILM_ID,  # type: ignore[arg-type]
                       weights_path=tmp_path / name / "head.safetensors", epochs=4, folds=2)
        for name in ("first", "second")
    ]
    assert results[0].weights_sha256 == results[1].weights_sha256
    first, second = (json.loads(r.weights_path.with_suffix(".json").read_text()) for r in results)
    assert first == second
    assert first["training_rows"] == len(rows) == 7 * 12
    assert first["training_data_sha256"] == training.data_hash(rows)
    assert set(first["severity_gate"]) == {"high_offset", "high_min_score"}  # tuned out of fold

    classifier = load_local_classifier(results[0].weights_path, embedder)
    assert classifier.classify("I want to kill myself", []).category == "suicide"


def test_a_different_seed_gives_different_weights(tmp_path: Path) -> None:
    rows = _rows()[:30]
    vectors = [[float((i * 7 + j) % 11) / 11 for j in range(384)] for i in range(len(rows))]
    lookup = {r.text: v for r, v in zip(rows, vectors, strict=True)}

    def embed(texts: list[str]) -> list[list[float]]:
        return [lookup[text] for text in texts]

    shas = {training.train(rows=rows, embed=embed, encoder_id="test", epochs=2, folds=2,  # type: ignore[arg-type]
                           seed=seed, weights_path=tmp_path / str(seed) / "h.safetensors"
                           ).weights_sha256 for seed in (1, 2)}
    assert len(shas) == 2


def test_the_threshold_keeps_the_target_recall_with_rules_counted() -> None:
    scores = [0.9, 0.8, 0.3, 0.1, 0.05, 0.2]
    flagged = [True, True, True, True, False, False]
    assert training.tune_threshold(scores, flagged, target_recall=0.75) == pytest.approx(0.2999)
    ruled = [False, False, False, True, False, False]
    # The rules already catch one positive, so the model needs only two of the other three.
    assert training.tune_threshold(scores, flagged, ruled, target_recall=0.75) == pytest.approx(
        0.6)
    assert training.binary_figures(scores, flagged, 0.3, ruled) == {"recall": 1.0,
                                                                    "precision": 1.0}
