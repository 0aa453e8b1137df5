"""MiniLM adapters for the red-flag head: faithful merging, reproducible training, own encoder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from models.embeddings import MINILM_ID, MiniLMEmbedder
from safety import adapt, adapters, dataset, training
from safety.adapters import AdaptedEncoder
from safety.classifier import LocalRedFlagClassifier, load_local_classifier
from safety.encoder import load_base, mean_pool
from safety.labels import RED_FLAG_CATEGORIES

pytestmark = pytest.mark.slow

TEXTS = ["I want to kill myself", "this deadline is killing me",
         "Mi marido me pega cuando bebe, no sé qué hacer"]


def _rows(per_category: int) -> list[training.Example]:
    rows = dataset.stratified_sample(
        [r for r in dataset.generate() if r.split == "train"], per_category=per_category)
    return [training.Example(r.text, r.category, r.severity, r.source_template, r.lang)
            for r in rows]


def test_without_adapters_the_encoder_embeds_like_sentence_transformers() -> None:
    ours = torch.tensor(AdaptedEncoder(adapters=None).embed_batch(TEXTS))
    theirs = torch.tensor(MiniLMEmbedder().embed_batch(TEXTS))
    assert torch.allclose(ours, theirs, atol=1e-5)


def _embed(model: object, tokenizer: object, texts: list[str]) -> torch.Tensor:
    batch = tokenizer(texts, padding=True, return_tensors="pt")  # type: ignore[operator]
    with torch.inference_mode():
        states = model(**batch).last_hidden_state  # type: ignore[operator]
    return mean_pool(states, batch["attention_mask"])


def test_merged_adapters_give_the_same_vectors_as_the_trained_wrappers() -> None:
    torch.manual_seed(0)
    model, tokenizer = load_base()
    trainable = adapters.attach(model)
    with torch.no_grad():
        for parameter in trainable:  # B starts at zero; give every update a real value
            parameter.add_(torch.randn_like(parameter) * 0.05)
    wrapped = _embed(model, tokenizer, TEXTS)
    state = adapters.adapter_state(model)
    plain, _ = load_base()
    before = _embed(plain, tokenizer, TEXTS)
    adapters.merge(plain, state, rank=adapters.RANK, alpha=adapters.ALPHA)
    merged = _embed(plain, tokenizer, TEXTS)
    assert torch.allclose(merged, wrapped, atol=1e-4)
    assert not torch.allclose(merged, before, atol=1e-3)  # the update really changed the model
    assert sum(t.numel() for t in state.values()) < 400_000  # a rank-8 update, not a model copy


def test_adapters_that_do_not_fit_are_refused() -> None:
    model, _ = load_base()
    with pytest.raises(ValueError, match="do not fit"):
        adapters.merge(model, {"adapter.0.attention.self.query.a": torch.zeros(8, 384)},
                       rank=8, alpha=16)


def test_training_is_reproducible_and_the_classifier_gets_its_own_encoder(
    tmp_path: Path,
) -> None:
    rows = _rows(per_category=6)
    # The second run trains its validation model in a worker process beside the shipped model.
    results = [adapt.train_adapted(rows=rows, encoder_id=MINILM_ID, epochs=1, folds=2, jobs=jobs,
                                   weights_path=tmp_path / f"run{jobs}" / "head.safetensors")
               for jobs in (1, 2)]
    first, second = (r.meta for r in results)
    assert results[0].weights_sha256 == results[1].weights_sha256
    assert first["thresholds"] == second["thresholds"]
    assert first["severity_gate"] == second["severity_gate"]
    assert first["cross_validation"] == second["cross_validation"]
    assert first["adapter"]["rank"] == adapters.RANK and first["training_rows"] == len(rows)
    assert set(first["thresholds"]) == {"flag", "flag_other_languages", "idiom"}
    # The held-out fold's per-category recall is recorded beside the binary figures.
    fold_recall = first["cross_validation"]["category_recall"]
    assert fold_recall and set(fold_recall) <= set(RED_FLAG_CATEGORIES)
    assert all(0.0 <= value <= 1.0 for value in fold_recall.values())
    # The high-severity gate is tuned on the held-out fold and stored with the head.
    assert set(first["severity_gate"]) == {"high_offset", "high_min_score"}
    saved = json.loads(results[0].weights_path.with_suffix(".json").read_text())
    assert saved["weights_sha256"] == results[0].weights_sha256 == second["weights_sha256"]
    shared = MiniLMEmbedder()
    classifier = load_local_classifier(results[0].weights_path, shared)
    assert isinstance(classifier, LocalRedFlagClassifier)
    encoder = classifier._embedder
    assert isinstance(encoder, AdaptedEncoder)  # its own copy: the shared encoder stays plain
    assert encoder is not shared
    adapted = torch.tensor(encoder.embed_batch(TEXTS))
    plain = torch.tensor(shared.embed_batch(TEXTS))
    assert (adapted - plain).abs().max() > 1e-5  # even two tiny training steps move the vectors
    assert classifier.classify("I want to kill myself tonight", []).category == "suicide"
