"""Conversation context: a pattern escalating over the learner's last few messages raises severity.

Each earlier message has its own reading (model + rules, no context). Two cases matter:
- the current message is flagged and at least two of the earlier ones were too, with the current
  reading at least as strong as the earlier ones: the risk is growing, so severity goes up a level;
- the current message is only just below the flag threshold but the earlier messages were
  flagged: it is read as part of the same pattern, at low severity, in the pattern's category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from safety.labels import Signal, raise_severity, severity_rank
from safety.ports import Severity

# How many earlier flagged messages make a pattern.
MIN_FLAGGED_HISTORY = 2
# A current score at least this high joins a pattern even though it is not flagged on its own.
SOFT_SCORE = 0.25
# The current reading may dip this much below the strongest earlier one and still count as rising.
RISING_SLACK = 0.05


def escalate(current: Signal, history: Sequence[Signal]) -> Signal:
    """The current reading adjusted for the earlier ones (oldest first)."""
    flagged = [signal for signal in history if signal.category != "none"]
    if len(flagged) < MIN_FLAGGED_HISTORY:
        return current
    if current.category == "none":
        if current.score < SOFT_SCORE:
            return current
        category = Counter(signal.category for signal in flagged).most_common(1)[0][0]
        reason = f"context:persistent:{len(flagged)}/{len(history)}"
        return Signal(category, "low", current.score, (*current.reasons, reason))
    if not _rising(current, flagged):
        return current
    reason = f"context:escalating:{len(flagged)}/{len(history)}"
    return Signal(current.category, raise_severity(current.severity), current.score,
                  (*current.reasons, reason), current.also)


def after_flagged(current: Signal, history: Sequence[Signal]) -> Signal:
    """Small talk read as nothing on its own ("ok", "bye") right after a flagged message.

    It stays part of that conversation, in the latest flagged category: after a medium or high
    reading it is read as medium, so the answer is careful, carries the resources and the
    coach's case is extended (a learner who says "bye" right after a crisis gets the helplines
    once more); after a low one it is low. Without a flagged message in the window it is what
    it is, nothing.
    """
    flagged = [signal for signal in history if signal.category != "none"]
    if not flagged:
        return current
    latest = flagged[-1]
    severity: Severity = "medium" if severity_rank(latest.severity) >= 2 else "low"
    reason = f"context:after_flagged:{len(flagged)}/{len(history)}"
    return Signal(latest.category, severity, current.score, (*current.reasons, reason))


def _rising(current: Signal, flagged: Sequence[Signal]) -> bool:
    strongest = max(severity_rank(signal.severity) for signal in flagged)
    if severity_rank(current.severity) > strongest:
        return True
    top_score = max(signal.score for signal in flagged)
    return (severity_rank(current.severity) == strongest
            and current.score >= top_score - RISING_SLACK)
