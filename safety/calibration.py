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
