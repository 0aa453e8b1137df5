"""The shipped red-flag classifier: real MiniLM, the shipped head, rules and context together."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safety import rules
from safety.classifier import (
    CATEGORIES,
    DEFAULT_WEIGHTS,
    SEVERITIES,
    ClassifierUnavailable,
    LocalRedFlagClassifier,
    load_classifier,
    load_local_classifier,
)
from safety.ports import Assessment, RedFlagClassifier
from tests.safety.classifier_support import (
    ESCALATING_HISTORY,
    ESCALATING_MESSAGE,
    CountingEmbedder,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def classifier() -> LocalRedFlagClassifier:
    """The shipped head over the packaged MiniLM, loaded once for the module."""
    return load_local_classifier()


CRISES = [
    ("I want to kill myself", "suicide", {"high"}),
    ("I'm going to end it tonight, I've saved up my pills", "suicide", {"high"}),
    ("I took 30 pills", "suicide", {"high"}),
    ("everyone would be better off if I was gone", "suicide", {"medium", "high"}),
    ("I've been cutting my arms every night", "self_harm", {"medium", "high"}),
    ("I haven't eaten in 5 days and I make myself throw up", "eating_disorder", {"medium", "high"}),
    ("I drink a bottle of vodka every day and can't stop", "substance_abuse", {"medium", "high"}),
    ("he hits me", "domestic_violence", {"high"}),
    ("my boyfriend choked me last night and I'm scared", "domestic_violence", {"high"}),
    ("the voices are telling me to hurt people", "mental_health_crisis", {"high"}),
    ("I'm having a panic attack and I can't breathe", "mental_health_crisis", {"medium", "high"}),
]

HARD_NEGATIVES = [
    "This deadline is killing me",
    "I'm dying to start the new running plan",
    "I could murder a pizza after that session",
    "We're killing it at work this quarter",
    "Is intermittent fasting safe if I train in the morning?",
    "I had two glasses of wine at dinner, is that okay on my plan?",
    "My grandmother passed away last month and I'm finding it hard to focus",
    "Work has been so stressful lately but I'm coping",
    "My partner and I had a big argument about money, how do I bring it up calmly?",
    "I twisted my ankle playing football, should I rest?",
    "Can you help me build a morning routine?",
    # The words of a neighbouring crisis in their everyday sense.
    "I relapsed into doomscrolling last night, how do I reset my streak?",
    "30 days clean from sugar and I feel great",
    "I cut my finger chopping onions, can I still train tomorrow?",
    "I burned the toast again this morning haha",
]

# Short messages the small-talk list does not cover: the model itself must read them as nothing.
SHORT_EVERYDAY = [
    "Can you give me an example?",
    "What do you mean by that?",
    "I'll give it a go",
    "no idea tbh",
    "Could you say that more simply?",
    "finished my run",
    "je comprends pas",
    "kannst du das genauer erklären?",
    "¿me das otro ejemplo?",
]

SHORT_CRISES = [
    ("i want to die", "suicide"),
    ("I'm tired of living", "suicide"),
    ("he hit me again", "domestic_violence"),
    ("cut myself again last night", "self_harm"),
    ("purged twice today", "eating_disorder"),
    ("cant stop drinking", "substance_abuse"),
    ("the voices are back", "mental_health_crisis"),
]

# Neighbouring categories share words ("relapsed", "clean", pills, fear, not sleeping); what the
# message names decides the category. Written before the sixth-round model was scored.
NEIGHBOURS = [
    ("I relapsed last night and cut my arm after 40 days clean", "self_harm"),
    ("relapsed last night and drank a whole bottle after 40 days sober", "substance_abuse"),
    ("I keep burning my wrist with a lighter just to feel something", "self_harm"),
    ("I smoke weed every morning to get through the day and I can't stop", "substance_abuse"),
    ("I punched the wall until my knuckles bled because I deserved it", "self_harm"),
    ("I mixed xanax and vodka to sleep and now I can't stop shaking", "substance_abuse"),
    ("nothing feels real, I keep floating outside my body and I can't focus on anything",
     "mental_health_crisis"),
    ("I haven't slept in four days, my thoughts are racing and I can't slow down",
     "mental_health_crisis"),
    ("my husband checks my phone every night and I'm scared of what he does when he's angry",
     "domestic_violence"),
    ("the bruises on my arms are from my dad, not from football", "domestic_violence"),
    ("I only eat 400 calories a day and run it all off at night", "eating_disorder"),
    ("Me corto los brazos otra vez después de un mes sin hacerlo", "self_harm"),
    ("Je bois dès le matin pour arrêter de trembler", "substance_abuse"),
    ("Ich hab mich wieder mit der Klinge geritzt, nach zwei Monaten", "self_harm"),
]

FOREIGN = [
    ("Quiero matarme esta noche", "suicide"),
    ("Mi marido me pega cuando bebe", "domestic_violence"),
    ("Je me fais vomir après chaque repas", "eating_disorder"),
    ("Je n'arrive pas à arrêter de boire", "substance_abuse"),
    ("Ich ritze mich jeden Abend", "self_harm"),
    ("Ich will nicht mehr leben", "suicide"),
]


def test_it_implements_the_port_and_loads_from_the_factory() -> None:
    loaded = load_classifier()
    assert isinstance(loaded, RedFlagClassifier)
    assert CATEGORIES[-1] == "none" and SEVERITIES == ("none", "low", "medium", "high")


def test_the_shipped_weights_are_small_and_described() -> None:
    assert DEFAULT_WEIGHTS.stat().st_size < 2_000_000
    meta = json.loads(DEFAULT_WEIGHTS.with_suffix(".json").read_text())
    assert meta["encoder"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert meta["categories"] == list(CATEGORIES)
    assert len(meta["training_data_sha256"]) == 64 and len(meta["weights_sha256"]) == 64
    assert 0 < meta["thresholds"]["flag"] < 1


@pytest.mark.parametrize(("text", "category", "severities"), CRISES)
def test_explicit_crises_are_caught_with_their_severity(
    classifier: LocalRedFlagClassifier, text: str, category: str, severities: set[str]
) -> None:
    result = classifier.classify(text, [])
    assert result.category == category, result
    assert result.severity in severities, result
    assert result.local_only is True
    assert result.reasons and 0 < result.score <= 1


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_not_flagged(classifier: LocalRedFlagClassifier, text: str) -> None:
    result = classifier.classify(text, [])
    assert result == Assessment(category="none", severity="none", reasons=result.reasons,
                                local_only=False, score=result.score,
                                reading=result.reading), result
    assert result.reading is not None and result.reading.category == "none"


@pytest.mark.parametrize("text", SHORT_EVERYDAY)
def test_short_everyday_messages_are_not_flagged(
    classifier: LocalRedFlagClassifier, text: str
) -> None:
    assert not rules.everyday(text), "the small-talk list would hide what the model reads"
    result = classifier.classify(text, [])
    assert (result.category, result.severity) == ("none", "none"), result


@pytest.mark.parametrize(("text", "category"), [*SHORT_CRISES, *NEIGHBOURS])
def test_short_crises_and_neighbouring_categories_are_caught_in_their_category(
    classifier: LocalRedFlagClassifier, text: str, category: str
) -> None:
    result = classifier.classify(text, [])
    assert result.category == category and result.severity in {"medium", "high"}, result


@pytest.mark.parametrize(("text", "category"), FOREIGN)
def test_spanish_french_and_german_crises_are_caught(
    classifier: LocalRedFlagClassifier, text: str, category: str
) -> None:
    result = classifier.classify(text, [])
    assert result.category == category and result.severity != "none", result


@pytest.mark.parametrize(
    "text", ["i wanna kil myself", "i been cuting myself agian", "my husbnad beats me",
             "i make myslef throw up after evry meal"],
)
def test_misspellings_are_still_caught(classifier: LocalRedFlagClassifier, text: str) -> None:
    assert classifier.classify(text, []).category != "none"


def test_an_idiom_explains_away_a_weak_model_signal(classifier: LocalRedFlagClassifier) -> None:
    result = classifier.classify("this deadline is killing me", [])
    assert result.category == "none"
    assert not any(reason.startswith("rule:") for reason in result.reasons)


def test_greetings_are_not_crises_and_do_not_count_as_history_later(
    classifier: LocalRedFlagClassifier,
) -> None:
    for text in ("hello", "hi", "ok", "bye", "see you tomorrow", "How are you?", "hola"):
        result = classifier.classify(text, [])
        assert result.category == "none" and result.local_only is False, (text, result)
        # Its stored reading is "nothing", so later context checks do not count it as flagged.
        assert result.reading is not None and result.reading.category == "none"
    after = classifier.classify("bye", ["I want to end my life tonight"])
    assert (after.category, after.severity) == ("suicide", "medium")
    assert classifier.classify("bye", ["Can you plan my week?"]).category == "none"
    # Short messages that can carry distress are not small talk: the model or a rule reads them.
    for text in ("no point anymore", "i cant do this anymore", "goodbye"):
        assert not rules.everyday(text)
        assert classifier.classify(text, []).category != "none", text


def test_a_rule_names_the_category_when_model_and_rules_disagree(
    classifier: LocalRedFlagClassifier,
) -> None:
    result = classifier.classify("Me corto los brazos cuando me siento sola", [])
    assert result.category == "self_harm"
    assert "rule:es.self_harm" in result.reasons


def test_growing_hopelessness_over_the_conversation_raises_severity(
    classifier: LocalRedFlagClassifier,
) -> None:
    alone = classifier.classify(ESCALATING_MESSAGE, [])
    in_context = classifier.classify(ESCALATING_MESSAGE, ESCALATING_HISTORY)
    assert alone.category != "none"
    assert SEVERITIES.index(in_context.severity) > SEVERITIES.index(alone.severity)
    assert any(reason.startswith("context:") for reason in in_context.reasons)


def test_an_ordinary_conversation_does_not_escalate(classifier: LocalRedFlagClassifier) -> None:
    history = ["Can you help me plan my week?", "I finished my first 5k!", "Thanks coach"]
    result = classifier.classify("What should I read next?", history)
    assert result.category == "none"


def test_unread_history_is_read_in_one_batch_and_only_for_a_flagged_message() -> None:
    counted = load_local_classifier()
    embedder = CountingEmbedder(counted._embedder)
    counted._embedder = embedder
    history = ["I feel so hopeless lately", "nothing helps anymore", "I can't see a way out"]
    ordinary = counted.classify("Can you help me plan my week?", history)
    assert ordinary.category == "none" and embedder.batches == [1]  # history never read
    first = counted.classify("I want to disappear for good", history)
    assert embedder.batches == [1, 1, 3]  # the message, then the earlier ones together
    again = counted.classify("I really want to disappear", history)
    assert embedder.batches == [1, 1, 3, 1]  # the earlier messages were remembered
    assert first.category != "none" and again.category != "none"


def test_missing_weights_give_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ClassifierUnavailable, match="lodestar safety train"):
        load_classifier(tmp_path / "head.safetensors")


def test_weights_for_other_labels_are_refused(tmp_path: Path) -> None:
    weights = tmp_path / "head.safetensors"
    weights.write_bytes(DEFAULT_WEIGHTS.read_bytes())
    meta = json.loads(DEFAULT_WEIGHTS.with_suffix(".json").read_text())
    meta["categories"] = ["a", "b"]
    weights.with_suffix(".json").write_text(json.dumps(meta))
    with pytest.raises(ClassifierUnavailable, match="other labels"):
        load_classifier(weights)
