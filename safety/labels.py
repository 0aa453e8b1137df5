"""The classifier's label sets and the per-message `Signal` shared by model, rules and context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from safety.ports import Severity

CATEGORIES: tuple[str, ...] = (
    "suicide",
    "self_harm",
    "eating_disorder",
    "substance_abuse",
    "domestic_violence",
    "mental_health_crisis",
    "none",
)
SEVERITIES: tuple[Severity, ...] = ("none", "low", "medium", "high")
RED_FLAG_CATEGORIES: tuple[str, ...] = CATEGORIES[:-1]


@dataclass(frozen=True)
class Signal:
    """One message's reading: category, severity, red-flag score and the reasons behind it."""

    category: str
    severity: Severity
    score: float
    reasons: tuple[str, ...] = ()
    # A second category the message may belong to, when the model finds it almost as likely:
    # the crisis resources then list that category's helplines too.
    also: tuple[str, ...] = ()


def severity_rank(severity: str) -> int:
    """0 for none up to 3 for high."""
    return SEVERITIES.index(cast(Severity, severity))


def raise_severity(severity: Severity, steps: int = 1) -> Severity:
    """The severity `steps` levels up, capped at high."""
    return SEVERITIES[min(severity_rank(severity) + steps, len(SEVERITIES) - 1)]
