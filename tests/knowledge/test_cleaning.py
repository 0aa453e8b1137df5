"""Cleaning: whitespace, running headers/footers, page numbers and the hyphen repair rule."""

from __future__ import annotations

import pytest

from knowledge.cleaning import (
    clean_document,
    is_page_number,
    normalise_text,
    repair_hyphenation,
    running_lines,
)
from knowledge.loaders import PdfLoader, load_file
from knowledge.types import LoadedDocument, Section
from tests.knowledge import samples


def paged(*pages: str) -> LoadedDocument:
    """A PDF-like document with one section per page."""
    return LoadedDocument(
        content_type="application/pdf",
        sections=[Section(text=text, page=n) for n, text in enumerate(pages, start=1)],
    )


def one(text: str) -> LoadedDocument:
    """A one-section, unpaged document."""
    return LoadedDocument(content_type="text/plain", sections=[Section(text=text)])


# --- whitespace ------------------------------------------------------------------------------


def test_whitespace_is_normalised() -> None:
    raw = "  Anchor\t\tthe   habit.  \r\n\r\n\r\n\r\nThen\u00a0\u00a0review.\u200b\u00a0 \rDone. \n"
    assert normalise_text(raw) == "Anchor the habit.\n\nThen review.\nDone."


def test_unicode_is_nfc_and_invisible_characters_go() -> None:
    decomposed = "cafe\u0301 nai\u0308ve"  # letters followed by combining accents
    text = normalise_text(decomposed + "\ufeff\u2060 x\x07y")
    assert text == "caf\u00e9 na\u00efve xy"


def test_soft_hyphen_at_a_line_end_joins_the_word() -> None:
    assert (
        normalise_text("motiv\u00ad\nation and co\u00adoperation") == "motivation and cooperation"
    )


def test_at_most_one_blank_line_between_paragraphs() -> None:
    doc = clean_document(one("One.\n\n\n\n\nTwo.\n \n\t\n\nThree."))
    assert doc.sections[0].text == "One.\n\nTwo.\n\nThree."


def test_titles_are_normalised_to_one_line() -> None:
    doc = LoadedDocument(
        content_type="text/markdown",
        sections=[Section(text="body", title="  Anchor\u00a0\n it ")],
        title=" The\tMethod ",
    )
    cleaned = clean_document(doc)
    assert cleaned.title == "The Method"
    assert cleaned.sections[0].title == "Anchor it"


def test_sections_that_end_empty_are_dropped_and_others_kept_in_order() -> None:
    doc = LoadedDocument(
        content_type="text/markdown",
        sections=[Section("first", "A"), Section(" \u200b\n\t", "B"), Section("third", "C")],
    )
    cleaned = clean_document(doc)
    assert [(s.title, s.text) for s in cleaned.sections] == [("A", "first"), ("C", "third")]
    assert cleaned.content_type == "text/markdown"


# --- headers, footers and page numbers -------------------------------------------------------


def test_running_header_footer_and_page_numbers_are_removed_from_a_pdf() -> None:
    cleaned = clean_document(PdfLoader().load(samples.text_pdf()))
    assert [s.page for s in cleaned.sections] == [1, 2, 3, 4]
    for section, body in zip(cleaned.sections, samples.PAGE_BODIES, strict=True):
        assert section.text.split("\n")[0] == body[0]
        assert samples.RUNNING_HEADER not in section.text
        assert samples.RUNNING_FOOTER not in section.text
        assert "Page" not in section.text
    assert cleaned.sections[3].text == "\n".join(samples.PAGE_BODIES[3])


def test_a_line_on_under_60_percent_of_pages_is_kept() -> None:
    pages = [f"Rare top line\nBody {n} text." for n in (1, 2)] + ["Other\nBody.", "More\nBody."]
    pages += ["Last\nBody.", "Final\nBody."]
    cleaned = clean_document(paged(*pages))
    assert cleaned.sections[0].text == "Rare top line\nBody 1 text."


def test_a_line_on_60_percent_of_pages_is_removed() -> None:
    bodies = ["Anchors.", "Loops.", "Reviews.", "Cues.", "Wins."]
    pages = [f"Guide\n{body}" for body in bodies[:3]] + bodies[3:]
    cleaned = clean_document(paged(*pages))
    assert [s.text for s in cleaned.sections] == bodies


def test_headers_are_matched_ignoring_case_and_spacing() -> None:
    cleaned = clean_document(paged("THE GUIDE\nOne.", "the  guide\nTwo.", "The Guide\nThree."))
    assert [s.text for s in cleaned.sections] == ["One.", "Two.", "Three."]


def test_repeated_lines_need_three_pages() -> None:
    cleaned = clean_document(paged("Guide\nOne.", "Guide\nTwo."))
    assert [s.text for s in cleaned.sections] == ["Guide\nOne.", "Guide\nTwo."]


def test_a_header_with_the_page_number_in_it_is_removed() -> None:
    bodies = ["Anchors.", "Loops.", "Reviews.", "Cues."]
    # Printed page numbers often run ahead of the PDF's own (front matter): offset 9 here.
    pages = [f"Method Guide - page {n + 9}\n{body}" for n, body in enumerate(bodies, start=1)]
    cleaned = clean_document(paged(*pages))
    assert [s.text for s in cleaned.sections] == bodies


def test_first_lines_differing_by_unrelated_numbers_are_kept() -> None:
    pages = ["Step 7\nA.", "Step 2\nB.", "Step 9\nC."]
    assert running_lines([(n, p.split("\n")) for n, p in enumerate(pages, start=1)]) == set()
    assert [s.text for s in clean_document(paged(*pages)).sections] == pages


def test_repeated_lines_inside_a_page_body_are_kept() -> None:
    words = ["Anchors", "Loops", "Reviews"]
    pages = [f"Guide\n{w}.\nRemember to breathe.\n{w} again.\nFooter" for w in words]
    cleaned = clean_document(paged(*pages))
    # The repeated body line is third from each edge, outside the two-line edge window.
    assert [s.text for s in cleaned.sections] == [
        f"{w}.\nRemember to breathe.\n{w} again." for w in words
    ]


def test_unpaged_documents_keep_repeated_lines_and_numbers() -> None:
    doc = LoadedDocument(
        content_type="text/markdown",
        sections=[Section(f"Note\nBody {n}\n12", title=f"S{n}") for n in range(4)],
    )
    expected = [f"Note\nBody {n}\n12" for n in range(4)]
    assert [s.text for s in clean_document(doc).sections] == expected


def test_page_number_lines_go_from_page_edges_even_in_a_short_pdf() -> None:
    cleaned = clean_document(paged("- 1 -\nOnly page text.\n12 of 40\n", "Second page.\n2"))
    assert [s.text for s in cleaned.sections] == ["Only page text.", "Second page."]


def test_a_number_inside_a_page_body_is_kept() -> None:
    cleaned = clean_document(paged("Intro.\nYou need\n12\nminutes.\nOutro."))
    assert cleaned.sections[0].text == "Intro.\nYou need\n12\nminutes.\nOutro."


@pytest.mark.parametrize(
    "line",
    [
        "12",
        "- 12 -",
        "(4)",
        "Page 3",
        "page 3 of 10",
        "PAGE 3 OF 10",
        "3 / 10",
        "p. 7",
        "\u2013 5 \u2013",
    ],
)
def test_page_number_lines_are_recognised(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["Page three", "12 habits", "Step 3", "Chapter 4", "3.5 kg"])
def test_other_lines_are_not_page_numbers(line: str) -> None:
    assert not is_page_number(line)


# --- hyphenation -----------------------------------------------------------------------------


def test_word_broken_across_lines_is_joined() -> None:
    assert repair_hyphenation("we are build-\ning on it") == "we are building on it"


def test_known_compound_keeps_its_hyphen() -> None:
    assert repair_hyphenation("healthy self-\nesteem", {"self-esteem"}) == "healthy self-esteem"


def test_compound_evidence_comes_from_the_document_itself() -> None:
    doc = one("Work on self-\nesteem first.\n\nSelf-esteem grows slowly. Keep mov-\ning.")
    assert clean_document(doc).sections[0].text == (
        "Work on self-esteem first.\n\nSelf-esteem grows slowly. Keep moving."
    )


def test_without_evidence_an_ambiguous_break_is_joined() -> None:
    # The documented limit of the rule: without the compound elsewhere it reads as one word.
    assert repair_hyphenation("healthy self-\nesteem") == "healthy selfesteem"


@pytest.mark.parametrize(
    "text",
    [
        "Covid-\n19 changed coaching",  # digit after the break
        "the Anglo-\nSaxon model",  # capital after the break
        "COACH-\nled sessions",  # capital before the hyphen
        "pre- and\npost-session notes",  # hyphen after a space-separated prefix
        "a list -\nitem",  # a dash after a space is punctuation
    ],
)
def test_breaks_outside_the_rule_are_left_alone(text: str) -> None:
    assert repair_hyphenation(text) == text


def test_hyphen_repair_runs_after_footers_are_removed() -> None:
    words = ["Anchors", "Loops", "Reviews"]
    pages = [f"Guide\n{w}: the text con-\ntinues on {w.lower()}.\nFooter line" for w in words]
    cleaned = clean_document(paged(*pages))
    expected = [f"{w}: the text continues on {w.lower()}." for w in words]
    assert [s.text for s in cleaned.sections] == expected


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (samples.text_pdf(), "guide.pdf"),
        (samples.sample_docx(), "method.docx"),
        (samples.MARKDOWN.encode(), "method.md"),
        (samples.HTML.encode(), "page.html"),
        (samples.ACCENTED_PARAGRAPH.encode("cp1252"), "notes.txt"),
    ],
)
def test_cleaning_loaded_output_again_changes_nothing(data: bytes, filename: str) -> None:
    # load_file already cleans; callers that clean once more (bench/) must get the same text.
    loaded = load_file(data, filename, max_bytes=25 * 1024 * 1024)
    assert clean_document(loaded) == loaded
