"""The shipped retrieval evaluation set is complete, labelled and paraphrased (no model)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "retrieval_eval"
REQUIRED_KEYS = {"coach", "question", "source"}
# A question sharing a run of this many words with its source reads as copied, not asked.
COPIED_RUN = 6


def _questions() -> list[dict[str, str]]:
    with open(DATA / "questions.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _coaches() -> list[Path]:
    return sorted(path for path in DATA.iterdir() if path.is_dir())


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _headers(text: str) -> set[str]:
    return {match.strip() for match in re.findall(r"(?m)^#{1,6} +(.+?)\s*#*$", text)}


def test_there_are_at_least_four_coaches_with_three_to_five_documents_each() -> None:
    coaches = _coaches()
    assert len(coaches) >= 4
    for coach in coaches:
        documents = sorted(coach.glob("*.md"))
        assert 3 <= len(documents) <= 5, coach.name
        for document in documents:
            text = document.read_text(encoding="utf-8")
            assert 600 <= len(_words(text)) <= 1500, document.name
            assert _headers(text), f"{document.name} has no headers"


def test_document_names_are_unique_across_coaches() -> None:
    # A hit is scored by file name, so a name shared by two coaches could hide a leak.
    names = Counter(path.name for coach in _coaches() for path in coach.glob("*.md"))
    assert [name for name, count in names.items() if count > 1] == []


def test_there_are_at_least_120_well_formed_questions() -> None:
    questions = _questions()
    assert len(questions) >= 120
    for row in questions:
        assert REQUIRED_KEYS <= set(row), row
        assert all(isinstance(row[key], str) and row[key].strip() for key in REQUIRED_KEYS), row
    texts = [row["question"].strip().lower() for row in questions]
    assert len(texts) == len(set(texts)), "duplicate questions"


def test_every_question_names_an_existing_coach_and_source() -> None:
    for row in _questions():
        assert (DATA / row["coach"]).is_dir(), row
        assert (DATA / row["coach"] / row["source"]).is_file(), row


def test_every_labelled_section_is_a_header_of_its_source() -> None:
    for row in _questions():
        if row.get("section"):
            text = (DATA / row["coach"] / row["source"]).read_text(encoding="utf-8")
            assert row["section"] in _headers(text), row


def test_every_coach_and_document_is_asked_about() -> None:
    asked = Counter((row["coach"], row["source"]) for row in _questions())
    for coach in _coaches():
        for document in coach.glob("*.md"):
            assert asked[(coach.name, document.name)] >= 3, f"{coach.name}/{document.name}"


def test_no_question_is_copied_from_its_source() -> None:
    for row in _questions():
        text = (DATA / row["coach"] / row["source"]).read_text(encoding="utf-8")
        assert row["question"].strip().lower() not in text.lower(), row
        words, source = _words(row["question"]), " " + " ".join(_words(text)) + " "
        for i in range(len(words) - COPIED_RUN + 1):
            run = " ".join(words[i : i + COPIED_RUN])
            assert f" {run} " not in source, f"{row['question']!r} copies {run!r}"


@pytest.mark.parametrize("word", ["provenance", "licen", "measures", "limitation"])
def test_the_data_card_covers_provenance_licence_purpose_and_limits(word: str) -> None:
    card = (DATA / "README.md").read_text(encoding="utf-8").lower()
    assert word in card
