"""When a flagged message reads as high severity: an offset and a score gate, tuned out of fold.

A flagged message gets the severity (low, medium or high) with the highest probability, and a
high one gets the crisis reply instead of an answer. The severity head, trained with
cross-entropy, reads too few true crises as high (on held-out families about four in ten) and
too many flagged ordinary messages as high (about one in four). Two numbers correct that: an
offset added to the log-probability of high, and a red-flag score a message must reach to be
read as high at all (ordinary messages that get flagged mostly score low; true crises mostly
score near 1). Both are tuned on the held-out fold of training families the flag thresholds are
tuned on (never on the test split) and ship in the head's metadata:

- the gate must not read more flagged ordinary messages as high than the head alone did;
- it may read more true low- and medium-severity disclosures as high, up to `MAX_EXTRA_HIGH`
  more of them: a crisis reply to someone in real distress costs far less than an ordinary
  answer to someone in crisis, but it is not free;
- within those limits it reads as many true high-severity messages as high as it can.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import torch

from safety.labels import SEVERITIES

OFFSETS = tuple(step / 10 for step in range(0, 21))
GATES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)
MAX_EXTRA_HIGH = 0.10
HIGH = SEVERITIES.index("high")


@dataclass(frozen=True)
class HighGate:
    """The offset on the log-probability of high and the red-flag score high needs."""

    offset: float = 0.0
    min_score: float = 0.0

    def level(self, severity_probs: Sequence[float], score: float) -> int:
        """The index in SEVERITIES of a flagged message's severity (low, medium or high)."""
        # A flagged message has at least low severity, whatever the severity head prefers.
        weighted = {i: severity_probs[i] * (math.exp(self.offset) if i == HIGH else 1.0)
                    for i in range(1, len(SEVERITIES))}
        best = max(weighted, key=lambda i: weighted[i])
        if best == HIGH and score < self.min_score:
            return max((i for i in weighted if i != HIGH), key=lambda i: weighted[i])
        return best

    def as_meta(self) -> dict[str, float]:
        """As stored under `severity_gate` in the head's metadata."""
        return {"high_offset": self.offset, "high_min_score": self.min_score}


def from_meta(meta: Mapping[str, Any]) -> HighGate:
    """A head's gate (no offset, no minimum for a head trained without one)."""
    stored = meta.get("severity_gate") or {}
    return HighGate(float(stored.get("high_offset", 0.0)), float(stored.get("high_min_score", 0.0)))


def fit_high_gate(severity_logits: torch.Tensor, scores: Sequence[float],
                  severities: Sequence[str], flagged: Sequence[bool]) -> HighGate:
    """The gate with the best high recall among flagged messages, within the two limits."""
    keep = torch.tensor(list(flagged), dtype=torch.bool)
    truth = [s for s, f in zip(severities, flagged, strict=True) if f]
    if not truth or "high" not in truth:
        return HighGate()
    probabilities = torch.softmax(severity_logits[keep], dim=-1).tolist()
    values = [s for s, f in zip(scores, flagged, strict=True) if f]
    groups = {name: [t in members for t in truth]
              for name, members in (("ordinary", {"none"}), ("distress", {"low", "medium"}),
                                    ("crisis", {"high"}))}

    def rates(gate: HighGate) -> dict[str, float]:
        high = [gate.level(p, s) == HIGH for p, s in zip(probabilities, values, strict=True)]
        return {name: sum(h and m for h, m in zip(high, members, strict=True))
                / max(1, sum(members)) for name, members in groups.items()}

    base = rates(HighGate())
    best, best_rates = HighGate(), base
    for offset in OFFSETS:
        for min_score in GATES:
            gate = HighGate(offset, min_score)
            found = rates(gate)
            if (found["ordinary"] > base["ordinary"]
                    or found["distress"] > base["distress"] + MAX_EXTRA_HIGH):
                continue
            if (found["crisis"], -found["ordinary"]) > (best_rates["crisis"],
                                                        -best_rates["ordinary"]):
                best, best_rates = gate, found
    return best


# Category priors. A flagged message takes its most likely red-flag category, and the training
# mix decides how often each category wins a close call: on held-out families some categories
# lose far more close calls to their neighbours than others (substance use to mental-health
# crisis, for example). One additive log-prior per category, tuned on the same held-out fold of
# training families, moves those close calls so that the categories' recalls are as high as
# they can be together. Flagging itself does not change: the priors only rank red-flag
# categories against each other, never against `none`.
PRIOR_STEPS = tuple(step / 10 for step in range(-15, 16))
PRIOR_SWEEPS = 3
# A prior set must beat no priors by this much mean recall on the fold to ship (noise guard).
MIN_PRIOR_GAIN = 0.005


def category_choice(category_probs: Sequence[float], priors: Mapping[str, float],
                    categories: Sequence[str]) -> list[tuple[float, int]]:
    """Red-flag categories as (weight, index), most likely first, with the priors applied."""
    return sorted(((p * math.exp(priors.get(categories[i], 0.0)), i)
                   for i, p in enumerate(category_probs) if categories[i] != "none"),
                  reverse=True)


def priors_from_meta(meta: Mapping[str, Any]) -> dict[str, float]:
    """A head's category priors (none for a head trained without them)."""
    return {str(k): float(v) for k, v in (meta.get("category_priors") or {}).items()}


def _recalls(log_probs: torch.Tensor, truth: torch.Tensor, bias: torch.Tensor) -> list[float]:
    picked = (log_probs + bias).argmax(dim=-1)
    return [float((picked[truth == c] == c).float().mean()) if bool((truth == c).any()) else 1.0
            for c in range(bias.numel())]


def fit_category_priors(category_logits: torch.Tensor, truths: Sequence[str],
                        flagged: Sequence[bool], categories: Sequence[str]) -> dict[str, float]:
    """Log-priors for the red-flag categories that maximise their mean recall on flagged rows.

    Coordinate ascent over a grid, a few sweeps; ties keep the smaller prior. Rows that are
    not flagged, or whose true category is `none`, do not count: the priors cannot change them.
    Returns no priors when the best set gains less than `MIN_PRIOR_GAIN`.
    """
    red = [i for i, name in enumerate(categories) if name != "none"]
    keep = [i for i, (t, f) in enumerate(zip(truths, flagged, strict=True)) if f and t != "none"]
    if not keep:
        return {}
    log_probs = torch.log_softmax(category_logits[keep][:, red], dim=-1)
    position = {categories[i]: n for n, i in enumerate(red)}
    truth = torch.tensor([position[truths[i]] for i in keep])
    bias = torch.zeros(len(red))

    def objective(candidate: torch.Tensor) -> tuple[float, float, float]:
        found = _recalls(log_probs, truth, candidate)
        return (sum(found) / len(found), min(found), -float(candidate.abs().sum()))

    start = best = objective(bias)
    for _sweep in range(PRIOR_SWEEPS):
        for c in range(len(red)):
            for step in PRIOR_STEPS:
                candidate = bias.clone()
                candidate[c] = step
                found = objective(candidate)
                if found > best:
                    best, bias = found, candidate
    if best[0] < start[0] + MIN_PRIOR_GAIN:
        return {}
    return {categories[i]: round(float(bias[n]), 2) for n, i in enumerate(red) if bias[n] != 0}
