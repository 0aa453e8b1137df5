"""Offsets for the category and severity choices, tuned on families the model never saw.

A flagged message gets the red-flag category, and the severity (low, medium or high), with the
highest probability. Trained with cross-entropy on the training families, the head is
over-confident in the categories and severities it saw most often: on new phrasings it files
too many mental-health crises under suicide, say, or reads too many high-severity messages as
medium. One additive offset per label on the log-probabilities corrects that. The offsets are
tuned on the same held-out fold of training families as the flag thresholds (never on the test
split), by coordinate ascent over a grid, and ship in the head's metadata. They change only
which flagged label wins; whether a message is flagged (the red-flag score) is untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import torch

from safety.labels import CATEGORIES, RED_FLAG_CATEGORIES, SEVERITIES

# Offsets are searched on this grid (log-probability units).
GRID = tuple(step / 10 for step in range(-20, 21))
SWEEPS = 4
# The category objective: the weakest category's recall, plus this weight on the mean recall
# (so the search still improves the others once the weakest can move no further).
MEAN_WEIGHT = 0.5
# The severity objective is the mean recall of low, medium and high among flagged messages
# (a flagged ordinary message should be low). Reading something as high sends the crisis reply
# instead of an answer, so an offset that raises high recall must not raise how often flagged
# ordinary messages are read as high by more than this share.
MAX_FALSE_HIGH_INCREASE = 0.01
FLAGGED_LEVELS = SEVERITIES[1:]

Objective = Callable[[torch.Tensor], float]


def choose(log_probs: Sequence[float], offsets: Sequence[float]) -> int:
    """The index of the label with the highest offset log-probability."""
    return max(range(len(log_probs)), key=lambda i: log_probs[i] + offsets[i])


def _ascend(size: int, objective: Objective) -> torch.Tensor:
    """Coordinate ascent over `GRID` for `size` offsets, centred (only differences matter)."""
    offsets = torch.zeros(size)
    best = objective(offsets)
    for _ in range(SWEEPS):
        improved = False
        for index in range(size):
            for value in GRID:
                trial = offsets.clone()
                trial[index] = value
                result = objective(trial)
                if result > best + 1e-9:
                    best, offsets, improved = result, trial, True
        if not improved:
            break
    return offsets - offsets.mean()


def _recalls(predicted: torch.Tensor, truth: torch.Tensor, labels: int) -> list[float]:
    out = []
    for label in range(labels):
        members = truth == label
        total = int(members.sum())
        out.append(float(((predicted == label) & members).sum()) / total if total else 1.0)
    return out


def category_offsets(category_logits: torch.Tensor, categories: Sequence[str],
                     flagged: Sequence[bool]) -> dict[str, float]:
    """Offsets per red-flag category that make flagged red flags land in their own category.

    Only true red flags that the threshold flagged count: the offsets cannot rescue a message
    the score misses, and an ordinary message's category does not matter once it is flagged.
    """
    none = CATEGORIES.index("none")
    keep = torch.tensor([c != "none" and f for c, f in zip(categories, flagged, strict=True)])
    if not bool(keep.any()):
        return dict.fromkeys(RED_FLAG_CATEGORIES, 0.0)
    log_probs = torch.log_softmax(category_logits[keep], dim=-1)[:, :none]
    truth = torch.tensor([CATEGORIES.index(c) for c in categories])[keep]
    present = [label for label in range(none) if bool((truth == label).any())]

    def objective(offsets: torch.Tensor) -> float:
        recalls = _recalls((log_probs + offsets).argmax(-1), truth, none)
        mine = [recalls[label] for label in present]
        return min(mine) + MEAN_WEIGHT * sum(mine) / len(mine)

    offsets = _ascend(none, objective)
    return {name: round(float(value), 2) for name, value in zip(RED_FLAG_CATEGORIES, offsets,
                                                                strict=True)}


def severity_offsets(severity_logits: torch.Tensor, severities: Sequence[str],
                     flagged: Sequence[bool]) -> dict[str, float]:
    """Offsets for low, medium and high that balance their recall among flagged messages."""
    keep = torch.tensor(list(flagged))
    if not bool(keep.any()):
        return dict.fromkeys(FLAGGED_LEVELS, 0.0)
    log_probs = torch.log_softmax(severity_logits[keep], dim=-1)[:, 1:]
    # A flagged ordinary message ("none") should read as low.
    truth = torch.tensor([max(0, SEVERITIES.index(s) - 1)  # type: ignore[arg-type]
                          for s in severities])[keep]
    ordinary = torch.tensor([s == "none" for s in severities])[keep]
    high = len(FLAGGED_LEVELS) - 1

    def false_high(offsets: torch.Tensor) -> float:
        predicted = (log_probs + offsets).argmax(-1)
        return float(((predicted == high) & ordinary).sum()) / max(1, int(ordinary.sum()))

    allowed = false_high(torch.zeros(len(FLAGGED_LEVELS))) + MAX_FALSE_HIGH_INCREASE

    def objective(offsets: torch.Tensor) -> float:
        if false_high(offsets) > allowed:
            return -1.0
        recalls = _recalls((log_probs + offsets).argmax(-1), truth, len(FLAGGED_LEVELS))
        return sum(recalls) / len(recalls)

    offsets = _ascend(len(FLAGGED_LEVELS), objective)
    return {name: round(float(value), 2) for name, value in zip(FLAGGED_LEVELS, offsets,
                                                                strict=True)}


def fit(category_logits: torch.Tensor, severity_logits: torch.Tensor,
        categories: Sequence[str], severities: Sequence[str],
        flagged: Sequence[bool]) -> dict[str, dict[str, float]]:
    """Both sets of offsets, as stored under `offsets` in the head's metadata."""
    return {"category": category_offsets(category_logits, categories, flagged),
            "severity": severity_offsets(severity_logits, severities, flagged)}


def from_meta(meta: Mapping[str, Any]) -> tuple[list[float], list[float]]:
    """The category and severity offsets of a head (zeros for a head trained without them)."""
    stored = meta.get("offsets") or {}
    category = stored.get("category") or {}
    severity = stored.get("severity") or {}
    return ([float(category.get(name, 0.0)) for name in RED_FLAG_CATEGORIES],
            [float(severity.get(name, 0.0)) for name in FLAGGED_LEVELS])
