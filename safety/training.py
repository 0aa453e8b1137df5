"""Train the red-flag head over frozen MiniLM vectors, reproducibly, and save it with its metadata.

The head is one hidden layer shared by two outputs: the category (7 labels) and the severity
(4 labels). Seeds are fixed, torch runs deterministic single-threaded kernels for the head, and
mini-batches come from a seeded generator, so the same data gives the same weights file.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from safety import calibration, rules
from safety.features import FEATURE_SET, FEATURES, lexicon_features
from safety.labels import CATEGORIES, RED_FLAG_CATEGORIES, SEVERITIES

SEED = 20261121
HIDDEN = 64
EPOCHS = 30
BATCH_SIZE = 64
LEARNING_RATE = 2e-3
WEIGHT_DECAY = 1e-2
SEVERITY_WEIGHT = 0.5
# Validation recall the flag threshold is tuned to; precision is what is left over.
TARGET_RECALL = 0.96
# Outside English the rules carry the recall and MiniLM is unsure, so the model may miss more.
TARGET_RECALL_OTHER_LANGUAGES = 0.93
MIN_THRESHOLD = 0.02
MAX_THRESHOLD = 0.6
FOLDS = 5
IDIOM_THRESHOLD = 0.97

Progress = Callable[[str], None]


class RedFlagHead(nn.Module):
    """MiniLM vector + hand features -> hidden layer -> (category logits, severity logits)."""

    def __init__(self, dimension: int, hidden: int = HIDDEN, dropout: float = 0.5) -> None:
        super().__init__()
        self.body = nn.Sequential(nn.Dropout(dropout), nn.Linear(dimension, hidden), nn.GELU(),
                                  nn.Dropout(dropout))
        self.category = nn.Linear(hidden, len(CATEGORIES))
        self.severity = nn.Linear(hidden, len(SEVERITIES))

    def forward(self, vectors: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Category and severity logits for a batch of vectors."""
        hidden = self.body(vectors)
        return self.category(hidden), self.severity(hidden)


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    text: str
    category: str
    severity: str
    group: str = ""
    lang: str = "en"


@dataclass(frozen=True)
class TrainResult:
    """Where the head went, its metadata and its validation figures."""

    weights_path: Path
    meta: dict[str, Any]
    weights_sha256: str


def inputs(vectors: Sequence[Sequence[float]], texts: Sequence[str]) -> torch.Tensor:
    """The head's input: each MiniLM vector followed by the message's lexicon features."""
    return torch.tensor([[*vector, *lexicon_features(text)]
                         for vector, text in zip(vectors, texts, strict=True)])


def load_head(path: Path, meta: dict[str, Any]) -> RedFlagHead:
    """The saved head, in eval mode, ready for inference."""
    from safetensors.torch import load_file

    head = RedFlagHead(int(meta["input_dimension"]), int(meta["hidden"]))
    # An adapted head's file also holds MiniLM's adapters (see safety.adapters).
    head.load_state_dict({key: value for key, value in load_file(str(path)).items()
                          if not key.startswith("adapter.")})
    head.eval()
    return head


def data_hash(rows: Sequence[Example]) -> str:
    """A SHA-256 over the training rows, recorded so a head can be traced to its data."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(f"{row.text}\t{row.category}\t{row.severity}\n".encode())
    return digest.hexdigest()


def targets(rows: Sequence[Example]) -> tuple[torch.Tensor, torch.Tensor]:
    """Category and severity label indices of the rows."""
    categories = torch.tensor([CATEGORIES.index(r.category) for r in rows])
    severities = torch.tensor([SEVERITIES.index(r.severity) for r in rows])  # type: ignore[arg-type]
    return categories, severities


def class_weights(categories: torch.Tensor) -> torch.Tensor:
    """Square-root inverse-frequency weights: rare categories count more, not overwhelmingly."""
    counts = torch.bincount(categories, minlength=len(CATEGORIES)).float().clamp(min=1)
    return (counts.sum() / (len(CATEGORIES) * counts)).sqrt()


@contextmanager
def deterministic(seed: int) -> Iterator[None]:
    """Seeded, single-threaded, deterministic torch kernels inside; the old state after.

    The thread count changes how floats are summed, so it is fixed for reproducible weights.
    Nested uses keep determinism on until the outermost one ends.
    """
    threads = torch.get_num_threads()
    was_deterministic = torch.are_deterministic_algorithms_enabled()
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    torch.manual_seed(seed)
    try:
        yield
    finally:
        torch.use_deterministic_algorithms(was_deterministic)
        torch.set_num_threads(threads)


def flag_thresholds(scores: Sequence[float], rows: Sequence[Example], *,
                    target: float = TARGET_RECALL,
                    other_target: float = TARGET_RECALL_OTHER_LANGUAGES,
                    ) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Flag thresholds for English and other languages from held-out scores, and figures."""
    thresholds: dict[str, float] = {"idiom": IDIOM_THRESHOLD}
    validation: dict[str, dict[str, float]] = {}
    for bucket, members in (("flag", [r.lang == "en" for r in rows]),
                            ("flag_other_languages", [r.lang != "en" for r in rows])):
        picked = [(s, r.category != "none", bool(rules.match(r.text)))
                  for s, r, m in zip(scores, rows, members, strict=True) if m]
        if not picked:
            thresholds[bucket] = thresholds.get("flag", 0.5)
            continue
        bucket_scores = [p[0] for p in picked]
        flagged = [p[1] for p in picked]
        ruled = [p[2] for p in picked]
        wanted = target if bucket == "flag" else other_target
        thresholds[bucket] = round(tune_threshold(bucket_scores, flagged, ruled, wanted), 4)
        validation[bucket] = binary_figures(bucket_scores, flagged, thresholds[bucket], ruled)
    return thresholds, validation


def fit(vectors: torch.Tensor, rows: Sequence[Example], *, epochs: int = EPOCHS,
        seed: int = SEED, progress: Progress | None = None) -> RedFlagHead:
    """Train a head on embedded rows with fixed seeds; class-balanced loss."""
    with deterministic(seed):
        head = RedFlagHead(vectors.shape[1])
        categories, severities = targets(rows)
        category_loss = nn.CrossEntropyLoss(weight=class_weights(categories))
        severity_loss = nn.CrossEntropyLoss()
        optimiser = torch.optim.AdamW(head.parameters(), lr=LEARNING_RATE,
                                      weight_decay=WEIGHT_DECAY)
        generator = torch.Generator().manual_seed(seed)
        for epoch in range(epochs):
            head.train()
            order = torch.randperm(len(rows), generator=generator)
            total = 0.0
            for start in range(0, len(rows), BATCH_SIZE):
                batch = order[start : start + BATCH_SIZE]
                optimiser.zero_grad()
                cat_logits, sev_logits = head(vectors[batch])
                loss = category_loss(cat_logits, categories[batch]) + SEVERITY_WEIGHT * (
                    severity_loss(sev_logits, severities[batch]))
                loss.backward()  # type: ignore[no-untyped-call]
                optimiser.step()
                total += float(loss.detach()) * len(batch)
            if progress and (epoch + 1) % 10 == 0:
                progress(f"epoch {epoch + 1}/{epochs}: loss {total / len(rows):.4f}")
        head.eval()
        return head


def scores_from_logits(category_logits: torch.Tensor) -> list[float]:
    """The red-flag score, 1 - P(none), per row of category logits."""
    none = torch.softmax(category_logits, dim=-1)[:, CATEGORIES.index("none")]
    return (1.0 - none).tolist()


def flagged(scores: Sequence[float], rows: Sequence[Example],
            thresholds: dict[str, float]) -> list[bool]:
    """Which rows the model flags at the thresholds (English and other languages)."""
    other = thresholds.get("flag_other_languages", thresholds["flag"])
    return [s >= (thresholds["flag"] if r.lang == "en" else other)
            for s, r in zip(scores, rows, strict=True)]


def category_recall(category_logits: torch.Tensor, rows: Sequence[Example],
                    flagged: Sequence[bool],
                    priors: Mapping[str, float] | None = None) -> dict[str, float]:
    """Per red-flag category, the share of its rows flagged and given that category.

    The model's own reading (the rules layer aside), as the classifier makes it: a flagged
    row takes its most likely category other than `none`, after the category priors.
    """
    none = CATEGORIES.index("none")
    masked = torch.log_softmax(category_logits, dim=-1) + torch.tensor(
        [(priors or {}).get(name, 0.0) for name in CATEGORIES])
    masked[:, none] = float("-inf")
    guesses = [CATEGORIES[i] for i in masked.argmax(dim=-1).tolist()]
    recall: dict[str, float] = {}
    for category in RED_FLAG_CATEGORIES:
        picked = [f and g == category for r, f, g in zip(rows, flagged, guesses, strict=True)
                  if r.category == category]
        if picked:
            recall[category] = round(sum(picked) / len(picked), 4)
    return recall


def tune_threshold(scores: Sequence[float], flagged: Sequence[bool],
                   ruled: Sequence[bool] | None = None,
                   target_recall: float = TARGET_RECALL) -> float:
    """The highest threshold at which model-or-rules still reaches the target recall."""
    ruled = ruled or [False] * len(scores)
    positives = sum(flagged)
    if not positives:
        return 0.5
    caught_by_rules = sum(f and r for f, r in zip(flagged, ruled, strict=True))
    left = sorted((s for s, f, r in zip(scores, flagged, ruled, strict=True) if f and not r),
                  reverse=True)
    needed = math.ceil(positives * target_recall) - caught_by_rules
    if needed <= 0 or not left:
        return MAX_THRESHOLD
    value = left[min(needed, len(left)) - 1] - 1e-4
    return float(min(MAX_THRESHOLD, max(MIN_THRESHOLD, value)))


def binary_figures(scores: Sequence[float], flagged: Sequence[bool], threshold: float,
                   ruled: Sequence[bool] | None = None) -> dict[str, float]:
    """Red-flag recall and precision of model-or-rules at a threshold."""
    ruled = ruled or [False] * len(scores)
    predicted = [s >= threshold or r for s, r in zip(scores, ruled, strict=True)]
    tp = sum(p and f for p, f in zip(predicted, flagged, strict=True))
    recall = tp / max(1, sum(flagged))
    precision = tp / max(1, sum(predicted))
    return {"recall": round(recall, 4), "precision": round(precision, 4)}


def save(head: RedFlagHead, meta: dict[str, Any], path: Path) -> str:
    """Write the safetensors weights and the JSON beside them; return the weights' SHA-256."""
    return save_state(head.state_dict(), meta, path)


def save_state(tensors: dict[str, torch.Tensor], meta: dict[str, Any], path: Path) -> str:
    """Write named tensors as safetensors plus the JSON beside them; return the SHA-256."""
    from safetensors.torch import save_file

    path.parent.mkdir(parents=True, exist_ok=True)
    state = {key: value.detach().contiguous() for key, value in tensors.items()}
    save_file(state, str(path), metadata={"format": "pt"})
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    meta = {**meta, "weights_sha256": sha}
    path.with_suffix(".json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n",
                                         encoding="utf-8")
    return sha


def group_folds(rows: Sequence[Example], folds: int, seed: int) -> list[int]:
    """A fold number per row; rows of one family (group) always share a fold."""
    groups = sorted({row.group for row in rows})
    generator = torch.Generator().manual_seed(seed)
    order = [groups[i] for i in torch.randperm(len(groups), generator=generator).tolist()]
    fold_of = {group: index % folds for index, group in enumerate(order)}
    return [fold_of[row.group] for row in rows]


def out_of_fold_logits(vectors: torch.Tensor, rows: Sequence[Example], *, folds: int,
                       epochs: int, seed: int,
                       progress: Progress | None) -> tuple[torch.Tensor, torch.Tensor]:
    """Category and severity logits for every row from a head that never saw its family."""
    assignment = group_folds(rows, folds, seed)
    category = torch.zeros(len(rows), len(CATEGORIES))
    severity = torch.zeros(len(rows), len(SEVERITIES))
    for fold in range(folds):
        inside = [i for i, f in enumerate(assignment) if f != fold]
        outside = [i for i, f in enumerate(assignment) if f == fold]
        head = fit(vectors[inside], [rows[i] for i in inside], epochs=epochs, seed=seed + fold)
        with torch.inference_mode():
            category[outside], severity[outside] = head(vectors[outside])
        if progress:
            progress(f"fold {fold + 1}/{folds}: {len(outside)} held-out rows scored")
    return category, severity


def train(*, rows: Sequence[Example], embed: Callable[[Sequence[str]], list[list[float]]],
          encoder_id: str, weights_path: Path, epochs: int = EPOCHS, seed: int = SEED,
          folds: int = FOLDS, progress: Progress | None = None) -> TrainResult:
    """Embed; pick flag thresholds from family-grouped cross-validation; fit on all; save."""
    say = progress or (lambda _message: None)
    say(f"embedding {len(rows)} training messages")
    vectors = inputs(embed([r.text for r in rows]), [r.text for r in rows])
    say(f"{folds}-fold cross-validation by family ({epochs} epochs each, seed {seed})")
    category_logits, severity_logits = out_of_fold_logits(vectors, rows, folds=folds,
                                                          epochs=epochs, seed=seed, progress=say)
    scores = scores_from_logits(category_logits)
    thresholds, validation = flag_thresholds(scores, rows)
    flags = flagged(scores, rows, thresholds)
    gate = calibration.fit_high_gate(severity_logits, scores, [r.severity for r in rows], flags)
    priors = calibration.fit_category_priors(category_logits, [r.category for r in rows], flags,
                                             CATEGORIES)
    say(f"training the final head on all {len(rows)} rows")
    head = fit(vectors, rows, epochs=epochs, seed=seed, progress=say)
    meta = {
        "categories": list(CATEGORIES),
        "severities": list(SEVERITIES),
        "encoder": encoder_id,
        "dimension": int(vectors.shape[1]) - FEATURES,
        "features": FEATURE_SET,
        "input_dimension": int(vectors.shape[1]),
        "hidden": HIDDEN,
        "epochs": epochs,
        "seed": seed,
        "folds": folds,
        "thresholds": thresholds,
        "training_rows": len(rows),
        "training_data_sha256": data_hash(rows),
        "cross_validation": validation,
        "severity_gate": gate.as_meta(),
        "category_priors": priors,
    }
    sha = save(head, meta, weights_path)
    say(f"saved {weights_path} (sha256 {sha[:12]}), thresholds {thresholds}, "
        f"cross-validation {validation}, high severity {gate}, category priors {priors}")
    return TrainResult(weights_path=weights_path, meta={**meta, "weights_sha256": sha},
                       weights_sha256=sha)
