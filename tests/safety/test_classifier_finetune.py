"""Fine-tuning MiniLM's top layer with the head: faithful pooling, reproducible, patched on load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from models.embeddings import MINILM_ID, MiniLMEmbedder
from safety import dataset, finetune, training
from safety.classifier import LocalRedFlagClassifier, load_local_classifier
from safety.encoder import TunedEncoder, load_base

pytestmark = pytest.mark.slow

TEXTS = ["I want to kill myself", "this deadline is killing me",
         "Mi marido me pega cuando bebe, no sé qué hacer"]


def _rows(per_category: int) -> list[training.Example]:
    rows = dataset.stratified_sample(
        [r for r in dataset.generate() if r.split == "train"], per_category=per_category)
    return [training.Example(r.text, r.category, r.severity, r.source_template, r.lang)
            for r in rows]


def test_the_untuned_encoder_embeds_like_sentence_transformers() -> None:
    ours = torch.tensor(TunedEncoder(tuned_layers=1).embed_batch(TEXTS))
    theirs = torch.tensor(MiniLMEmbedder().embed_batch(TEXTS))
    assert torch.allclose(ours, theirs, atol=1e-5)


def test_cached_lower_states_plus_the_top_layer_give_the_full_encoding() -> None:
    encoder = TunedEncoder(tuned_layers=1)
    model = finetune.TopModel(encoder._load()[0].encoder.layer[encoder.first_tuned:])
    data = finetune.Cached(states=encoder.lower_states(TEXTS), features=torch.zeros(3, 6),
                           frozen=torch.zeros(3, 390), rows=[],
                           categories=torch.zeros(3, dtype=torch.long),
                           severities=torch.zeros(3, dtype=torch.long))
    states, mask, _ = data.batch([0, 1, 2])
    with torch.inference_mode():
        pooled = finetune.mean_pool(finetune.run_layers(model.layers, states, mask), mask)
    assert torch.allclose(pooled, torch.tensor(encoder.embed_batch(TEXTS)), atol=1e-5)


def test_tuned_training_twice_gives_the_same_weights_and_loads_patched(tmp_path: Path) -> None:
    rows = _rows(per_category=6)
    results = [finetune.train_tuned(rows=rows, encoder_id=MINILM_ID, epochs=2, folds=2,
                                    weights_path=tmp_path / name / "head.safetensors")
               for name in ("first", "second")]
    assert results[0].weights_sha256 == results[1].weights_sha256
    first, second = (json.loads(r.weights_path.with_suffix(".json").read_text()) for r in results)
    assert first == second
    assert first["tuned_layers"] == 1 and first["epochs"] in (0, 1, 2)
    assert len(first["cross_validation_loss"]) == 3  # after the probe, then after each epoch

    from safetensors.torch import load_file

    tensors = load_file(str(results[0].weights_path))
    tuned = [key for key in tensors if key.startswith("encoder.layer.5.")]
    assert tuned and all(tensors[key].dtype == torch.float16 for key in tuned)
    assert not any(key.startswith("encoder.layer.4.") for key in tensors)

    shared = MiniLMEmbedder()
    classifier = load_local_classifier(results[0].weights_path, shared)
    encoder = classifier._embedder
    assert isinstance(encoder, TunedEncoder)  # its own copy: the shared encoder stays unpatched
    model, _ = encoder._load()
    key = "layer.5.output.dense.weight"
    assert torch.equal(model.encoder.state_dict()[key], tensors[f"encoder.{key}"].float())
    base = load_base()[0].encoder.state_dict()
    assert torch.equal(model.encoder.state_dict()["layer.4.output.dense.weight"],
                       base["layer.4.output.dense.weight"])
    vectors = torch.tensor(encoder.embed_batch(TEXTS))
    assert torch.allclose(vectors.norm(dim=1), torch.ones(3), atol=1e-4)
    assert classifier.classify("I want to kill myself", []).category == "suicide"


def test_earlier_messages_are_read_once_across_a_conversation() -> None:
    classifier = load_local_classifier()
    read: list[str] = []
    original = classifier.signals

    def counting(texts: list[str], **kwargs: bool) -> list[object]:
        read.extend(texts)
        return original(texts, **kwargs)  # type: ignore[return-value]

    classifier.signals = counting  # type: ignore[assignment,method-assign]
    conversation = ["I feel so hopeless lately and nothing helps",
                    "everything feels pointless and empty these days",
                    "I feel numb all the time and I don't recognise myself",
                    "I feel completely hopeless about everything and I can't see a way out"]
    results = [classifier.classify(text, conversation[:index])
               for index, text in enumerate(conversation)]
    assert sorted(read) == sorted(conversation)  # each message went through the encoder once
    assert any(reason.startswith("context:") for reason in results[-1].reasons)
    assert isinstance(classifier, LocalRedFlagClassifier)
