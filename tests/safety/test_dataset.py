"""The generated red-flag data set: size, languages, hard negatives, an honest family split."""

from __future__ import annotations

from collections import Counter

import pytest

from safety import dataset
from safety.labels import CATEGORIES, RED_FLAG_CATEGORIES


@pytest.fixture(scope="module")
def rows() -> list[dataset.Row]:
    """The whole generated set."""
    return dataset.generate()


def test_the_shipped_file_is_exactly_what_the_generator_writes(rows: list[dataset.Row]) -> None:
    assert dataset.read() == rows


def test_every_category_has_several_hundred_varied_examples(rows: list[dataset.Row]) -> None:
    counts = Counter(r.category for r in rows)
    for category in RED_FLAG_CATEGORIES:
        assert counts[category] >= 300, category
        styles = {r.style for r in rows if r.category == category}
        assert {"direct", "indirect", "misspelled", "slang"} <= styles, category


def test_there_are_many_hard_negatives(rows: list[dataset.Row]) -> None:
    hard = [r for r in rows if r.style == "hard_negative"]
    assert len(hard) >= 1000
    assert all(r.category == "none" and r.severity == "none" for r in hard)


@pytest.mark.parametrize("lang", ["es", "fr", "de"])
def test_each_other_language_covers_every_category(rows: list[dataset.Row], lang: str) -> None:
    assert {r.category for r in rows if r.lang == lang} == {*RED_FLAG_CATEGORIES, "none"}


def test_the_split_is_by_family_and_test_texts_are_not_training_texts(
    rows: list[dataset.Row],
) -> None:
    splits: dict[str, set[str]] = {}
    for row in rows:
        splits.setdefault(row.source_template, set()).add(row.split)
    assert all(len(found) == 1 for found in splits.values())
    train = {r.text.lower() for r in rows if r.split == "train"}
    held_out = [r.text.lower() for r in dataset.test_rows()]
    assert not train.intersection(held_out)
    for category in RED_FLAG_CATEGORIES:
        assert any(r.category == category and r.split == "test" for r in rows), category


def test_training_only_families_train_and_leave_the_test_split_as_it_was(
    rows: list[dataset.Row],
) -> None:
    late = dataset.train_only()
    assert late, "the third round of families is wired in"
    assert {r.split for r in rows if r.source_template in late} == {"train"}
    earlier = [(lang, family) for lang, family in dataset.families() if family[0] not in late]
    before = dataset.assign_splits(earlier)
    after = dataset.assign_splits(list(dataset.families()))
    assert {name: after[name] for name in before} == before
    # Their sentences are kept up to the English cap in every language.
    per_family = Counter(r.source_template for r in rows if r.source_template in late)
    assert max(per_family.values()) == dataset.TRAIN_ONLY_CAP


def test_the_hand_written_sets_are_test_only_and_labelled(rows: list[dataset.Row]) -> None:
    generated = {r.text.lower() for r in rows}
    for path in (dataset.HANDWRITTEN_PATH, dataset.SEALED_PATH):
        written = dataset.read(path)
        assert len(written) >= 80
        assert all(r.split == "test" for r in written)
        assert not generated.intersection(r.text.lower() for r in written)
        assert {r.lang for r in written} == {"en", "es", "fr", "de"}


def test_no_hand_written_evaluation_message_is_trained_on(rows: list[dataset.Row]) -> None:
    # Families spell out some common short messages ("sounds good"); those rows never train.
    keys = dataset.evaluation_keys()
    assert len(keys) > 400
    assert [r.text for r in rows if r.split == "train" and dataset.dedup_key(r.text) in keys] == []
    spelled = {dataset.dedup_key(sentence) for _lang, family in dataset.families()
               for pattern in family[4] for sentence in dataset.expand(pattern)}
    assert keys & spelled, "the guard has something to hold back"


def test_the_short_sealed_set_is_short_test_only_and_covers_every_category() -> None:
    short = dataset.short_sealed_rows()
    assert len(short) >= 150
    assert all(r.split == "test" and len(r.text.split()) <= 8 for r in short)
    assert {r.category for r in short} == set(CATEGORIES)
    assert {r.lang for r in short} == {"en", "es", "fr", "de"}
    assert len({dataset.dedup_key(r.text) for r in short}) == len(short)


def test_short_everyday_families_get_no_lead_in(rows: list[dataset.Row]) -> None:
    # "I need to tell someone: sounds good" would teach the model nothing true.
    families = {family[0]: family for _lang, family in dataset.families()}
    bare = [r for r in rows if r.source_template.startswith(("t5.", "es.t5.", "fr.t5.", "de.t5."))
            and r.category == "none"]
    assert len(bare) > 2000
    for row in bare:
        longest = max(len(s.split()) for p in families[row.source_template][4]
                      for s in dataset.expand(p))
        assert len(row.text.split()) <= longest, row


def test_patterns_expand_every_choice() -> None:
    assert dataset.expand("I (am|'m) (very |)tired") == [
        "I am very tired", "I am tired", "I 'm very tired", "I 'm tired"]


def test_a_bad_label_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "category": "sadness", "severity": "low", "lang": "en", '
                    '"style": "direct", "source_template": "t", "split": "train"}\n')
    with pytest.raises(ValueError, match="bad label"):
        dataset.read(path)


@pytest.mark.parametrize("word", ["provenance", "synthetic", "split", "limitation", "languages"])
def test_the_data_card_states_provenance_split_and_limits(word: str) -> None:
    card = (dataset.DATA_DIR / "DATA_CARD.md").read_text(encoding="utf-8").lower()
    assert word in card
