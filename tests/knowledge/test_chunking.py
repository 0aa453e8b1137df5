"""Chunking: size limit, overlap, offsets into the document text, sections and stable ids."""

from __future__ import annotations

import pytest

from knowledge.chunking import SECTION_SEPARATOR, chunk_document, document_text
from knowledge.loaders import load_file
from knowledge.types import Chunk, LoadedDocument, Section
from tests.knowledge import samples

SENTENCES = [
    f"Sentence {n} says the client anchors habit number {n} to an existing routine."
    for n in range(60)
]
LONG_SECTION = " ".join(SENTENCES[:30]) + "\n\n" + " ".join(SENTENCES[30:])


def make_doc() -> LoadedDocument:
    """A document with a long section between two short ones, on pages 1-3."""
    return LoadedDocument(
        content_type="application/pdf",
        title="Practitioner Guide",
        sections=[
            Section(text="A short opening page.", title="Intro", page=1),
            Section(text=LONG_SECTION, title="Method", page=2),
            Section(text="A short closing page.", title="Review", page=3),
        ],
    )


def chunk(doc: LoadedDocument, **sizes: int) -> list[Chunk]:
    """chunk_document with fixed ids for the tests."""
    return chunk_document(doc, coach_id=7, document_id=42, version=3, filename="guide.pdf", **sizes)


def test_chunks_never_exceed_the_size_limit() -> None:
    for size, overlap in [(1000, 200), (300, 60), (120, 0), (50, 10)]:
        chunks = chunk(make_doc(), chunk_size=size, chunk_overlap=overlap)
        assert chunks
        assert max(len(c.text) for c in chunks) <= size


def test_a_long_word_is_split_to_respect_the_limit() -> None:
    doc = LoadedDocument("text/plain", [Section("https://example.org/" + "x" * 500)])
    chunks = chunk(doc, chunk_size=100, chunk_overlap=10)
    assert len(chunks) > 1
    assert all(len(c.text) <= 100 for c in chunks)


def test_long_paragraph_is_split_with_overlap_between_neighbours() -> None:
    doc = LoadedDocument("text/plain", [Section(" ".join(SENTENCES), title="Method")])
    chunks = chunk(doc, chunk_size=300, chunk_overlap=100)
    assert len(chunks) > 10
    full = document_text(doc)
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.start < before.end, "consecutive chunks should overlap"
        shared = full[after.start : before.end]
        assert before.text.endswith(shared) and after.text.startswith(shared)
        assert shared.startswith("Sentence ")  # the overlap is whole sentences


def test_overlap_does_not_cross_a_paragraph_break() -> None:
    # The splitter cuts at blank lines first and only overlaps pieces of one paragraph.
    chunks = [
        c for c in chunk(make_doc(), chunk_size=300, chunk_overlap=100) if c.section == "Method"
    ]
    second_paragraph = [c for c in chunks if c.text.startswith("Sentence 30 ")]
    assert len(second_paragraph) == 1
    assert all("\n\n" not in c.text for c in chunks)


def test_without_overlap_chunks_do_not_overlap() -> None:
    chunks = chunk(make_doc(), chunk_size=300, chunk_overlap=0)
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.start >= before.end


def test_offsets_map_back_to_the_document_text() -> None:
    doc = make_doc()
    full = document_text(doc)
    assert full == SECTION_SEPARATOR.join(s.text for s in doc.sections)
    chunks = chunk(doc, chunk_size=200, chunk_overlap=50)
    for c in chunks:
        assert full[c.start : c.end] == c.text
        assert c.end - c.start == len(c.text)


def test_offsets_hold_for_repetitive_text() -> None:
    doc = LoadedDocument("text/plain", [Section("same words again. " * 80), Section("end " * 40)])
    full = document_text(doc)
    chunks = chunk(doc, chunk_size=100, chunk_overlap=30)
    starts = [c.start for c in chunks]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert all(full[c.start : c.end] == c.text for c in chunks)


def test_chunks_never_straddle_sections() -> None:
    doc = make_doc()
    full = document_text(doc)
    bounds, at = {}, 0
    for section in doc.sections:
        bounds[section.title] = (at, at + len(section.text))
        at += len(section.text) + len(SECTION_SEPARATOR)
    chunks = chunk(doc, chunk_size=1000, chunk_overlap=200)
    for c in chunks:
        low, high = bounds[c.section]
        assert low <= c.start and c.end <= high
        assert SECTION_SEPARATOR + "A short closing" not in c.text
    assert [c.text for c in chunks if c.section == "Intro"] == ["A short opening page."]
    assert full.endswith(chunks[-1].text)


def test_chunks_carry_section_page_title_and_ids() -> None:
    chunks = chunk(make_doc())
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert [c.id for c in chunks] == [f"d42-v3-c{i}" for i in range(len(chunks))]
    first, last = chunks[0], chunks[-1]
    assert (first.section, first.page) == ("Intro", 1)
    assert (last.section, last.page) == ("Review", 3)
    assert {c.page for c in chunks if c.section == "Method"} == {2}
    for c in chunks:
        assert (c.coach_id, c.document_id, c.version) == (7, 42, 3)
        assert c.filename == "guide.pdf"
        assert c.title == "Practitioner Guide"


def test_title_falls_back_to_the_filename() -> None:
    doc = LoadedDocument("text/plain", [Section("Some text.")])
    assert chunk(doc)[0].title == "guide.pdf"


def test_ids_and_texts_are_stable_across_calls() -> None:
    first = chunk(make_doc(), chunk_size=250, chunk_overlap=50)
    second = chunk(make_doc(), chunk_size=250, chunk_overlap=50)
    assert first == second
    other_version = chunk_document(
        make_doc(),
        coach_id=7,
        document_id=42,
        version=4,
        filename="guide.pdf",
        chunk_size=250,
        chunk_overlap=50,
    )
    assert [c.id for c in other_version] == [c.id.replace("-v3-", "-v4-") for c in first]


def test_sentences_are_not_cut_when_they_fit() -> None:
    chunks = chunk(make_doc(), chunk_size=300, chunk_overlap=0)
    for c in chunks:
        if c.section == "Method":
            assert c.text.startswith("Sentence ")
            assert c.text.endswith(".")


def test_empty_document_has_no_chunks() -> None:
    assert chunk(LoadedDocument("text/plain", [])) == []


@pytest.mark.parametrize(
    ("size", "overlap", "message"),
    [
        (100, 100, r"chunk_size \(100\) must be larger than chunk_overlap \(100\)"),
        (100, 150, r"chunk_size \(100\) must be larger than chunk_overlap \(150\)"),
        (0, 0, r"chunk_size \(0\) must be larger than chunk_overlap \(0\)"),
        (100, -1, r"chunk_overlap must be 0 or more, got -1"),
    ],
)
def test_invalid_chunk_parameters_are_rejected(size: int, overlap: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        chunk(make_doc(), chunk_size=size, chunk_overlap=overlap)


def test_a_loaded_pdf_chunks_end_to_end() -> None:
    doc = load_file(samples.text_pdf(), "guide.pdf", max_bytes=25 * 1024 * 1024)
    chunks = chunk(doc, chunk_size=120, chunk_overlap=20)
    full = document_text(doc)
    assert [c.page for c in chunks] == sorted(c.page or 0 for c in chunks)
    assert {c.page for c in chunks} == {1, 2, 3, 4}
    assert all(full[c.start : c.end] == c.text for c in chunks)
    assert not any(samples.RUNNING_HEADER in c.text for c in chunks)
