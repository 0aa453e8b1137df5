"""A close second category: kept through rules and context, and its helplines are shown."""

from __future__ import annotations

import pytest

from safety import context
from safety.classifier import CATEGORIES, RUNNER_UP_SHARE, HeadModel, combine, to_assessment
from safety.labels import Signal
from safety.resources import Place, load_directory

META = {"thresholds": {"flag": 0.3, "flag_other_languages": 0.3, "idiom": 0.97}}
SEVERITY = [0.0, 0.1, 0.8, 0.1]  # medium


def _probs(**shares: float) -> list[float]:
    return [shares.get(category, 0.0) for category in CATEGORIES]


def _read(probs: list[float], lang: str = "en") -> Signal:
    return HeadModel(head=None, meta=META)._signal(probs, SEVERITY, lang)


def test_a_runner_up_almost_as_likely_as_the_top_category_is_kept() -> None:
    close = _read(_probs(self_harm=0.4, substance_abuse=0.35, none=0.25))
    assert (close.category, close.severity, close.also) == ("self_harm", "medium",
                                                            ("substance_abuse",))
    clear = _read(_probs(self_harm=0.6, substance_abuse=0.1, none=0.3))
    assert clear.category == "self_harm" and clear.also == ()
    # The share is relative to the top category, not to the red-flag score.
    edge = 0.6 * RUNNER_UP_SHARE
    assert _read(_probs(suicide=0.6, mental_health_crisis=edge, none=0.4 - edge)).also == (
        "mental_health_crisis",)
    assert _read(_probs(suicide=0.6, mental_health_crisis=edge - 0.01,
                        none=0.41 - edge)).also == ()


def test_an_unflagged_message_has_no_second_category() -> None:
    quiet = _read(_probs(self_harm=0.1, substance_abuse=0.1, none=0.8))
    assert quiet.category == "none" and quiet.also == ()
    assert to_assessment(Signal("none", "none", 0.1, (), ("self_harm",))).also == ()


def test_a_rule_names_the_category_and_the_models_reading_becomes_the_second() -> None:
    model = Signal("substance_abuse", "medium", 0.8, ("model:substance_abuse:0.80",))
    merged = combine("I cut myself last night", model, idiom_threshold=0.97)
    assert merged.category == "self_harm" and "rule:en.self_harm" in " ".join(merged.reasons)
    assert merged.also == ("substance_abuse",)
    agreeing = Signal("self_harm", "medium", 0.8, (), ("substance_abuse",))
    assert combine("I cut myself last night", agreeing, idiom_threshold=0.97).also == (
        "substance_abuse",)


def test_context_keeps_the_second_category_when_it_raises_severity() -> None:
    current = Signal("eating_disorder", "medium", 0.9, (), ("mental_health_crisis",))
    earlier = [Signal("eating_disorder", "medium", 0.8), Signal("eating_disorder", "low", 0.7)]
    raised = context.escalate(current, earlier)
    assert raised.severity == "high" and raised.also == ("mental_health_crisis",)
    assert to_assessment(raised).also == ("mental_health_crisis",)


@pytest.mark.parametrize(("place", "second", "line"), [
    (Place("en", "US"), "domestic_violence", "National Domestic Violence Hotline"),
    (Place("en", "GB"), "substance_abuse", "FRANK (drugs and alcohol)"),
])
def test_the_crisis_reply_and_the_appendix_list_the_second_categorys_lines(
    place: Place, second: str, line: str,
) -> None:
    directory = load_directory()
    assert line not in directory.crisis_reply(place, "eating_disorder")
    reply = directory.crisis_reply(place, "eating_disorder", (second,))
    appendix = directory.appendix(place, "eating_disorder", (second,))
    for text in (reply, appendix):
        assert line in text
        # The top category's own line comes first, and every line appears once.
        eating = "ANAD" if place.country == "US" else "Beat (eating disorders)"
        assert text.index(eating) < text.index(line)
        assert text.count(line) == 1
    assert directory.lines_for("GB", "eating_disorder", ("eating_disorder",)) == \
        directory.lines_for("GB", "eating_disorder")
