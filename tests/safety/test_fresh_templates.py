"""The later-round families: unique ids, valid labels, enough clean sentences, nothing reused."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from safety.dataset import dedup_key, expand, families, train_only
from safety.labels import CATEGORIES, SEVERITIES
from safety.templates import fresh_en
from safety.templates.english import Family

STYLES = {"direct", "indirect", "passive", "hard_negative", "ordinary"}
MIN_SENTENCES = 15
# The round a training-only family's id names ("t3.", "t4.", ...), after its language's prefix.
_ROUND = re.compile(r"^(?:(?:es|fr|de)\.)?(t\d+\.)")


def _rounds() -> dict[str, tuple[tuple[str, Family], ...]]:
    """Each later round by id prefix: the fr2 families, then the training-only rounds as the
    data set registers them (an id without a round lands under "?" and fails the prefix test)."""
    late = train_only()
    rounds: dict[str, list[tuple[str, Family]]] = {
        "fr2.": [("en", family) for family in fresh_en.ENGLISH]}
    for lang, family in families():
        if family[0] in late:
            found = _ROUND.match(family[0])
            rounds.setdefault(found.group(1) if found else "?", []).append((lang, family))
    return {prefix: tuple(named) for prefix, named in rounds.items()}


ROUNDS = _rounds()
FRESH = tuple(family for named in ROUNDS.values() for _lang, family in named)

# Patterns may leave a space before punctuation, two marks in a row, a mark at either end, or
# unexpanded syntax when a group is empty or nested; any of these is an artefact.
ARTEFACTS = (
    re.compile(r"\s{2,}"),
    re.compile(r"\s[,.;:?!]"),
    re.compile(r"[,;:]\s*[,.;:?!]"),
    re.compile(r"^[\s,.;:?!]"),
    re.compile(r"[,;:]$"),
    re.compile(r"[()|]"),
)


def _sentences(family: Family) -> list[str]:
    return [sentence for pattern in family[4] for sentence in expand(pattern)]


def _existing_families() -> list[Family]:
    # Every family the generator reads except the fresh English ones under test.
    return [family for _lang, family in families() if family not in FRESH]


def test_ids_are_unique_across_every_template_module() -> None:
    ids = Counter(family[0] for family in (*_existing_families(), *FRESH))
    assert [name for name, count in ids.items() if count > 1] == []


def test_ids_carry_their_round_prefix() -> None:
    for prefix, named in ROUNDS.items():
        for lang, family in named:
            expected = prefix if lang == "en" else f"{lang}.{prefix}"
            assert family[0].startswith(expected), family[0]


@pytest.mark.parametrize("family", FRESH, ids=lambda family: family[0])
def test_labels_are_valid(family: Family) -> None:
    name, category, severity, style, patterns = family
    assert category in CATEGORIES
    assert severity in SEVERITIES
    assert style in STYLES
    assert (category == "none") == (severity == "none"), name
    assert (style == "hard_negative") <= (category == "none"), name
    assert 2 <= len(patterns) <= 4, name


@pytest.mark.parametrize("family", FRESH, ids=lambda family: family[0])
def test_family_expands_to_enough_distinct_sentences(family: Family) -> None:
    assert len({dedup_key(sentence) for sentence in _sentences(family)}) >= MIN_SENTENCES


@pytest.mark.parametrize("family", FRESH, ids=lambda family: family[0])
def test_sentences_have_no_artefacts(family: Family) -> None:
    broken = [s for s in _sentences(family) if any(rule.search(s) for rule in ARTEFACTS)]
    assert broken == []


def test_artefact_rules_catch_an_empty_choice_before_a_comma() -> None:
    sentence = expand("I feel fine (today|), thanks")[1]
    assert sentence == "I feel fine , thanks"
    assert any(rule.search(sentence) for rule in ARTEFACTS)


def test_no_sentence_repeats_an_existing_module() -> None:
    existing = {dedup_key(s) for family in _existing_families() for s in _sentences(family)}
    reused = sorted({s for family in FRESH for s in _sentences(family) if dedup_key(s) in existing})
    assert reused == []


def test_no_sentence_is_shared_between_fresh_families() -> None:
    # The generator keeps a duplicate only in the first family, which would skew the split.
    owners: dict[str, set[str]] = defaultdict(set)
    for family in FRESH:
        for sentence in _sentences(family):
            owners[dedup_key(sentence)].add(family[0])
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


@pytest.mark.parametrize("prefix", ROUNDS)
def test_every_category_is_covered(prefix: str) -> None:
    assert {family[1] for _lang, family in ROUNDS[prefix]} == set(CATEGORIES)
