"""Conversation context: an escalating pattern over the last messages raises severity."""

from __future__ import annotations

import pytest

from safety import context
from safety.labels import Signal
from safety.ports import Severity


def flag(category: str, severity: Severity, score: float) -> Signal:
    return Signal(category, severity, score, (f"model:{category}",))


NONE = Signal("none", "none", 0.02)


def test_growing_low_hopelessness_becomes_medium() -> None:
    history = [NONE, flag("mental_health_crisis", "low", 0.4),
               flag("mental_health_crisis", "low", 0.55)]
    current = flag("mental_health_crisis", "low", 0.7)
    result = context.escalate(current, history)
    assert (result.category, result.severity) == ("mental_health_crisis", "medium")
    assert result.reasons[-1] == "context:escalating:2/3"
    assert result.score == current.score


def test_a_more_severe_message_after_a_pattern_is_raised_to_high() -> None:
    history = [flag("suicide", "medium", 0.8), flag("suicide", "medium", 0.9)]
    result = context.escalate(flag("suicide", "high", 0.5), history)
    assert result.severity == "high"  # capped at high
    assert any(reason.startswith("context:escalating") for reason in result.reasons)


def test_a_single_earlier_flag_is_not_a_pattern() -> None:
    current = flag("mental_health_crisis", "low", 0.7)
    assert context.escalate(current, [NONE, flag("mental_health_crisis", "low", 0.6)]) == current


def test_a_calmer_message_after_a_pattern_is_not_raised() -> None:
    history = [flag("suicide", "medium", 0.9), flag("suicide", "medium", 0.95)]
    current = flag("mental_health_crisis", "low", 0.3)
    assert context.escalate(current, history) == current


def test_a_borderline_message_joins_a_persistent_pattern_at_low() -> None:
    history = [flag("self_harm", "medium", 0.8), flag("self_harm", "low", 0.6), NONE]
    result = context.escalate(Signal("none", "none", 0.3), history)
    assert (result.category, result.severity) == ("self_harm", "low")
    assert result.reasons == ("context:persistent:2/3",)


@pytest.mark.parametrize("score", [0.0, 0.1, context.SOFT_SCORE - 0.01])
def test_an_ordinary_message_stays_ordinary_whatever_came_before(score: float) -> None:
    history = [flag("suicide", "high", 0.99)] * 4
    current = Signal("none", "none", score)
    assert context.escalate(current, history) == current


def test_no_history_changes_nothing() -> None:
    current = flag("eating_disorder", "medium", 0.9)
    assert context.escalate(current, []) == current
