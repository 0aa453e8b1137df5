"""Communication-style features on crafted messages, and smoothing over time."""

from __future__ import annotations

from profiles.style import StyleFeatures, describe, features, smooth

FORMAL = ("Dear coach, I would appreciate your advice regarding my training schedule. "
          "However, I am uncertain whether three sessions per week are sufficient.")
CASUAL = "hey lol yeah gonna skip the gym today haha 😂😂"
DIRECT = "Give me a plan for Monday."
HEDGING = ("I guess maybe I just kind of wonder if perhaps I might possibly try running, "
           "I think, sort of, if that seems ok")


def test_formal_text_scores_more_formal_than_casual_text() -> None:
    formal, casual = features(FORMAL), features(CASUAL)
    assert formal.formality > 0.6 > 0.4 > casual.formality


def test_long_messages_are_verbose_and_short_ones_are_not() -> None:
    assert features(FORMAL + " " + FORMAL + " " + FORMAL).verbosity > 0.4
    assert features("ok").verbosity == 0.0
    assert features(DIRECT).verbosity < 0.1


def test_imperatives_are_direct_and_hedges_are_not() -> None:
    assert features(DIRECT).directness > 0.75
    assert features(HEDGING).directness < 0.35


def test_emoji_use_is_detected() -> None:
    assert features(CASUAL).emoji > 0.5
    assert features(FORMAL).emoji == 0.0
    assert features("thanks :)").emoji > 0


def test_empty_text_is_neutral() -> None:
    assert features("   ") == StyleFeatures(0.5, 0.0, 0.5, 0.0)


def test_one_message_does_not_flip_an_established_style() -> None:
    style = StyleFeatures(0.5, 0.5, 0.5, 0.0)
    for n in range(20):
        style = smooth(style, features(FORMAL), n)
    assert style.formality > 0.6
    after_one = smooth(style, features(CASUAL), 20)
    assert after_one.formality > 0.55 and after_one.emoji < 0.3
    assert "formal tone" in describe(style)


def test_first_message_counts_fully() -> None:
    first = smooth(StyleFeatures(0.5, 0.5, 0.5, 0.0), features(CASUAL), 0)
    assert first == features(CASUAL)
    assert "casual tone" in describe(first) and "uses emoji" in describe(first)
