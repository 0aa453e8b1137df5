"""The explicit-statement rules: what they catch, in four languages, and the idioms they leave."""

from __future__ import annotations

import pytest

from safety import rules

EXPLICIT = [
    ("I want to kill myself", "suicide", "high"),
    ("I'm going to end it tonight", "suicide", "high"),
    ("i wanna kil myself", "suicide", "high"),
    ("honestly gonna kms", "suicide", "high"),
    ("I took 30 pills an hour ago", "suicide", "high"),
    ("I just want to die", "suicide", "medium"),
    ("everyone would be better off without me", "suicide", "medium"),
    ("I've been cutting myself again", "self_harm", "medium"),
    ("I cut too deep and it won't stop bleeding", "self_harm", "high"),
    ("I haven't eaten in 5 days and I make myself throw up", "eating_disorder", "medium"),
    ("I eat only 400 calories a day", "eating_disorder", "medium"),
    ("I can't stop drinking", "substance_abuse", "medium"),
    ("I mixed xanax with alcohol", "substance_abuse", "high"),
    ("he hits me", "domestic_violence", "high"),
    ("My husband punched me last night", "domestic_violence", "high"),
    ("he threatened to kill me if I leave", "domestic_violence", "high"),
    ("the voices are telling me to jump", "mental_health_crisis", "high"),
    ("I'm having a panic attack that won't stop", "mental_health_crisis", "medium"),
    ("no point anymore", "suicide", "low"),
    ("whats the point in anything", "suicide", "low"),
    # Spanish, French, German
    ("Quiero matarme esta noche", "suicide", "high"),
    ("Tomé 20 pastillas", "suicide", "high"),
    ("Mi marido me pega", "domestic_violence", "high"),
    ("Me provoco el vómito después de comer", "eating_disorder", "medium"),
    ("Je veux me suicider", "suicide", "high"),
    ("Je me scarifie tous les soirs", "self_harm", "medium"),
    ("Mon mari me frappe", "domestic_violence", "high"),
    ("Je n'arrive pas à arrêter de boire", "substance_abuse", "medium"),
    ("Ich will mich umbringen", "suicide", "high"),
    ("Ich ritze mich wieder", "self_harm", "medium"),
    ("Mein Mann schlägt mich", "domestic_violence", "high"),
    ("Ich höre Stimmen", "mental_health_crisis", "medium"),
]

IDIOMS = [
    "this deadline is killing me",
    "I'm dying to start the new plan",
    "I could murder a pizza",
    "we're killing it at work",
    "my mom will kill me if I forget her birthday",
    "I cut myself shaving this morning",
    "I hurt myself playing football",
    "my friend hit me up about a run",
    "my boss hit me with a new deadline",
    "I'm going to end it with my boyfriend this weekend",
    "I want to die of embarrassment",
    "I ate a 300 calorie snack",
    "what's the point of this exercise?",
    "no point in going to the gym today, it's shut",
    "Este plazo me está matando",
    "Ce projet me tue",
    "Diese Deadline bringt mich um",
]


@pytest.mark.parametrize(("text", "category", "severity"), EXPLICIT)
def test_explicit_statements_fire_with_their_category_and_severity(
    text: str, category: str, severity: str
) -> None:
    hits = rules.match(text)
    assert hits, text
    assert (hits[0].category, hits[0].severity) == (category, severity)
    assert hits[0].score == rules.RULE_SCORES[severity]


@pytest.mark.parametrize("text", IDIOMS)
def test_idioms_and_ordinary_talk_fire_no_rule(text: str) -> None:
    assert rules.match(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("This deadline is killing me", "killing_me"), ("dying to start", "dying_to"),
     ("I could murder a pizza", "could_murder"), ("killing it at work", "killing_it"),
     ("Mi jefe me va a matar si llego tarde", "es_idiom"),
     ("Dieser Stau bringt mich um", "de_idiom")],
)
def test_idioms_are_named(text: str, name: str) -> None:
    assert name in rules.idioms(text)


def test_hits_come_most_severe_first() -> None:
    hits = rules.match("I just want to die, I'm going to kill myself")
    assert [hit.severity for hit in hits] == ["high", "medium"]


def test_text_is_folded_before_matching() -> None:
    assert rules.normalise("  TOMÉ  20\u2019s Straße ") == "tome 20's strasse"
    assert rules.match("I\u2019m SUICIDAL")[0].rule == "en.suicidal"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("I want to plan my week", "en"), ("quiero organizar mi semana con mis amigos", "es"),
     ("je veux planifier ma semaine avec mon coach", "fr"),
     ("ich will meine Woche mit dem Coach planen", "de"), ("ok", "en")],
)
def test_language_is_guessed_from_stopwords(text: str, lang: str) -> None:
    assert rules.guess_language(text) == lang


def test_very_low_calorie_goals_need_a_number_under_800() -> None:
    assert rules.match("I eat only 500 calories a day")[0].rule == "en.very_low_calories"
    assert rules.match("I eat about 1800 calories a day") == []
