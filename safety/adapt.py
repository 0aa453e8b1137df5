"""Train the red-flag head together with MiniLM adapters (see `safety.adapters`), reproducibly.

Seeds are fixed and torch runs deterministic single-threaded kernels, so the same rows give the
same weights file. The flag thresholds need scores for phrasings the model never saw: one
family-grouped fold of the training rows is held out, a model trained on the rest scores it, and
the thresholds and the high-severity gate (`safety.calibration`) are tuned on those scores. The
shipped model then trains on every row.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import torch
from torch import nn

from safety import adapters, calibration, training
from safety.encoder import load_base, mean_pool
from safety.features import FEATURE_SET, FEATURES, lexicon_features
from safety.labels import CATEGORIES, SEVERITIES
from safety.training import (
    HIDDEN,
    SEED,
    SEVERITY_WEIGHT,
    Example,
    Progress,
    RedFlagHead,
    TrainResult,
    data_hash,
    group_folds,
    save_state,
)

EPOCHS = 2
BATCH_SIZE = 32
ADAPTER_LR = 1e-3
HEAD_LR = 2e-3
WEIGHT_DECAY = 1e-2
WARMUP_STEPS = 50
# Token cap while training: the rows are short; long ones keep their first 128 tokens.
TRAIN_TOKENS = 128
# One fold in this many is held out to tune the thresholds.
FOLDS = 5
# Validation recall the thresholds aim for. The adapted model ranks red flags well enough that a
# higher recall target than the head-only model's still leaves good precision; a missed crisis
# costs far more than a careful answer to an ordinary message.
TARGET_RECALL = 0.98
TARGET_RECALL_OTHER_LANGUAGES = 0.96


class AdaptedModel(nn.Module):
    """MiniLM with adapters, mean pooling, the lexicon features and the head."""

    def __init__(self, encoder: Any, hidden: int = HIDDEN) -> None:
        super().__init__()
        self.encoder = encoder
        self.head = RedFlagHead(encoder.config.hidden_size + FEATURES, hidden)

    def forward(self, batch: dict[str, torch.Tensor],
                features: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Category and severity logits for a tokenized batch."""
        states = self.encoder(input_ids=batch["input_ids"],
                              attention_mask=batch["attention_mask"],
                              token_type_ids=batch.get("token_type_ids")).last_hidden_state
        vectors = mean_pool(states, batch["attention_mask"])
        logits: tuple[torch.Tensor, torch.Tensor] = self.head(torch.cat([vectors, features], 1))
        return logits


def _batches(texts: Sequence[str], generator: torch.Generator) -> list[list[int]]:
    """Seeded batches of similar length (little padding), in a shuffled order."""
    noise = torch.rand(len(texts), generator=generator).tolist()
    ranked = sorted(range(len(texts)), key=lambda i: len(texts[i]) + 40 * noise[i])
    batches = [ranked[s : s + BATCH_SIZE] for s in range(0, len(ranked), BATCH_SIZE)]
    return [batches[b] for b in torch.randperm(len(batches), generator=generator).tolist()]


def fit(rows: Sequence[Example], *, epochs: int, seed: int,
        progress: Progress | None = None) -> tuple[AdaptedModel, Any]:
    """Adapters and head trained on `rows` (class-balanced loss, warm-up then linear decay)."""
    say = progress or (lambda _message: None)
    with training.deterministic(seed):
        encoder, tokenizer = load_base()
        trainable = adapters.attach(encoder)
        model = AdaptedModel(encoder)
        texts = [r.text[:1000] for r in rows]
        features = torch.tensor([lexicon_features(t) for t in texts])
        categories, severities = training.targets(rows)
        category_loss = nn.CrossEntropyLoss(weight=training.class_weights(categories))
        severity_loss = nn.CrossEntropyLoss()
        optimiser = torch.optim.AdamW([
            {"params": trainable, "lr": ADAPTER_LR},
            {"params": model.head.parameters(), "lr": HEAD_LR},
        ], weight_decay=WEIGHT_DECAY)
        steps = max(1, epochs * math.ceil(len(texts) / BATCH_SIZE))
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda s: min(1.0, (s + 1) / WARMUP_STEPS) * max(0.05, 1 - s / steps))
        generator = torch.Generator().manual_seed(seed)
        for epoch in range(epochs):
            model.train()
            started, total, done = time.perf_counter(), 0.0, 0
            batches = _batches(texts, generator)
            for number, batch in enumerate(batches, 1):
                tokens = tokenizer([texts[i] for i in batch], padding=True, truncation=True,
                                   max_length=TRAIN_TOKENS, return_tensors="pt")
                optimiser.zero_grad()
                cat_logits, sev_logits = model(dict(tokens), features[batch])
                loss = category_loss(cat_logits, categories[batch]) + SEVERITY_WEIGHT * (
                    severity_loss(sev_logits, severities[batch]))
                loss.backward()  # type: ignore[no-untyped-call]
                optimiser.step()
                schedule.step()
                total += float(loss.detach()) * len(batch)
                done += len(batch)
                if number % 50 == 0 or number == len(batches):
                    say(f"  epoch {epoch + 1}/{epochs}: {done}/{len(texts)} rows, "
                        f"loss {total / done:.4f}, {time.perf_counter() - started:.0f}s")
        model.eval()
        return model, tokenizer


def logits(model: AdaptedModel, tokenizer: Any,
           texts: Sequence[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """Category and severity logits from a trained model, in batches."""
    category: list[torch.Tensor] = []
    severity: list[torch.Tensor] = []
    with torch.inference_mode():
        for start in range(0, len(texts), 128):
            chunk = [t[:1000] for t in texts[start : start + 128]]
            tokens = tokenizer(chunk, padding=True, truncation=True, max_length=TRAIN_TOKENS,
                               return_tensors="pt")
            features = torch.tensor([lexicon_features(t) for t in chunk])
            cat_logits, sev_logits = model(dict(tokens), features)
            category.append(cat_logits)
            severity.append(sev_logits)
    return torch.cat(category), torch.cat(severity)


def _validation(inside: Sequence[Example], outside: Sequence[Example], *, epochs: int, seed: int,
                progress: Progress | None = None,
                ) -> tuple[dict[str, float], dict[str, dict[str, float]], calibration.HighGate,
                           dict[str, float]]:
    """Thresholds, their figures and the high-severity gate from a model blind to `outside`."""
    say = progress or _from_worker
    # Scoring is single-threaded too, so the thresholds do not depend on the process's threads.
    with training.deterministic(seed):
        model, tokenizer = fit(inside, epochs=epochs, seed=seed, progress=say)
        held_categories, held_severities = logits(model, tokenizer, [r.text for r in outside])
    held_scores = training.scores_from_logits(held_categories)
    thresholds, validation = training.flag_thresholds(
        held_scores, outside, target=TARGET_RECALL, other_target=TARGET_RECALL_OTHER_LANGUAGES)
    held_flagged = training.flagged(held_scores, outside, thresholds)
    gate = calibration.fit_high_gate(held_severities, held_scores, [r.severity for r in outside],
                                     held_flagged)
    priors = calibration.fit_category_priors(held_categories, [r.category for r in outside],
                                             held_flagged, CATEGORIES)
    # Per-category recall on training families the model never saw: the category goal's
    # figure, without touching the test split (with the priors, and without them for scale).
    validation["category_recall"] = training.category_recall(held_categories, outside,
                                                             held_flagged, priors)
    validation["category_recall_without_priors"] = training.category_recall(
        held_categories, outside, held_flagged)
    return thresholds, validation, gate, priors


def _from_worker(message: str) -> None:
    """The validation model's progress when it trains in a worker process.

    It is also where the worker notices that `lodestar safety train` has gone (killed, or
    stopped by a signal sent to it alone): it exits then, instead of training for nobody
    for the rest of half an hour on a core the machine needs.
    """
    parent = multiprocessing.parent_process()
    if parent is not None and not parent.is_alive():
        os._exit(1)
    sys.stderr.write(f"[validation model] {message.strip()}\n")
    sys.stderr.flush()


def default_jobs() -> int:
    """Two processes when there are two cores: each fit is single-threaded (reproducible)."""
    return 2 if (os.cpu_count() or 1) >= 2 else 1


def train_adapted(*, rows: Sequence[Example], encoder_id: str, weights_path: Path,
                  epochs: int = EPOCHS, seed: int = SEED, folds: int = FOLDS,
                  jobs: int = 1, progress: Progress | None = None) -> TrainResult:
    """Hold out one family fold to tune the thresholds; train on every row; save.

    The two fits are independent and each is seeded and single-threaded, so with `jobs=2` the
    validation model trains in a second process at the same time and the weights file is the
    same byte for byte.
    """
    say = progress or (lambda _message: None)
    assignment = group_folds(rows, folds, seed)
    inside = [r for r, f in zip(rows, assignment, strict=True) if f != 0]
    outside = [r for r, f in zip(rows, assignment, strict=True) if f == 0]
    say(f"validation: training on {len(inside)} rows, scoring {len(outside)} rows of "
        f"held-out families ({epochs} epochs, seed {seed})")
    if jobs > 1:
        say(f"the validation model trains in a second process; the shipped model trains on all "
            f"{len(rows)} rows at the same time")
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            pending = pool.submit(_validation, inside, outside, epochs=epochs, seed=seed)
            final, _ = fit(rows, epochs=epochs, seed=seed, progress=say)
            thresholds, validation, gate, priors = pending.result()
    else:
        thresholds, validation, gate, priors = _validation(inside, outside, epochs=epochs,
                                                           seed=seed, progress=say)
        say(f"training the shipped model on all {len(rows)} rows")
        final, _ = fit(rows, epochs=epochs, seed=seed, progress=say)
    say(f"thresholds {thresholds}; held-out families {validation}; high severity {gate}; "
        f"category priors {priors}")
    meta: dict[str, Any] = {
        "categories": list(CATEGORIES), "severities": list(SEVERITIES), "encoder": encoder_id,
        "dimension": 384, "features": FEATURE_SET, "input_dimension": 384 + FEATURES,
        "hidden": HIDDEN, "adapter": {"rank": adapters.RANK, "alpha": adapters.ALPHA,
                                      "targets": list(adapters.TARGETS)},
        "epochs": epochs, "seed": seed, "folds": folds, "thresholds": thresholds,
        "training_rows": len(rows), "training_data_sha256": data_hash(rows),
        "cross_validation": validation, "severity_gate": gate.as_meta(),
        "category_priors": priors,
    }
    tensors = {**final.head.state_dict(), **adapters.adapter_state(final.encoder)}
    sha = save_state(tensors, meta, weights_path)
    say(f"saved {weights_path} (sha256 {sha[:12]})")
    return TrainResult(weights_path=weights_path, meta={**meta, "weights_sha256": sha},
                       weights_sha256=sha)
