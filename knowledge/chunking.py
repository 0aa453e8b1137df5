"""Chunking of a cleaned document into overlapping pieces that never cross a section.

Offsets: `Chunk.start`/`Chunk.end` index into `document_text(doc)`, the document's sections
joined with SECTION_SEPARATOR, so that `document_text(doc)[chunk.start:chunk.end] ==
chunk.text` for every chunk. Whole-document offsets (rather than per-section ones) let a
citation be highlighted in one stored text without also knowing which section it came from.
"""

from __future__ import annotations

from collections.abc import Iterator

from langchain_text_splitters import RecursiveCharacterTextSplitter

from knowledge.types import Chunk, LoadedDocument

SECTION_SEPARATOR = "\n\n"
# Coarsest first: paragraphs, lines, sentences, clauses, words; "" splits a word as a last
# resort, so no chunk exceeds chunk_size even for a long URL.
SEPARATORS = ["\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " ", ""]


def document_text(doc: LoadedDocument) -> str:
    """The text that chunk offsets index into: sections joined with a blank line."""
    return SECTION_SEPARATOR.join(section.text for section in doc.sections)


def chunk_id(document_id: int, version: int, index: int) -> str:
    """The stable id of the index-th chunk of a document version."""
    return f"d{document_id}-v{version}-c{index}"


def _check_sizes(chunk_size: int, chunk_overlap: int) -> None:
    """Raise ValueError unless chunk_size > chunk_overlap >= 0."""
    if chunk_overlap < 0:
        raise ValueError(f"chunk_overlap must be 0 or more, got {chunk_overlap}")
    if chunk_size <= chunk_overlap:
        raise ValueError(
            f"chunk_size ({chunk_size}) must be larger than chunk_overlap ({chunk_overlap})"
        )


def _pieces(splitter: RecursiveCharacterTextSplitter, text: str) -> Iterator[tuple[int, str]]:
    """(start, piece) for each piece of one section, with start an offset into `text`."""
    # The splitter strips whitespace, so every piece is a verbatim substring; searching
    # forward from just past the previous start finds it even when text repeats.
    cursor = 0
    for piece in splitter.split_text(text):
        start = text.find(piece, cursor)
        if start < 0:  # cannot happen with strip-only pieces; guards the offset invariant
            raise RuntimeError("text splitter returned a piece that is not in the text")
        yield start, piece
        cursor = start + 1


def chunk_document(
    doc: LoadedDocument,
    *,
    coach_id: int,
    document_id: int,
    version: int,
    filename: str,
    chunk_size: int = 1000,
    chunk_overlap: int = 200,
) -> list[Chunk]:
    """Split each section of an already cleaned document into chunks of at most chunk_size."""
    _check_sizes(chunk_size, chunk_overlap)
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        separators=SEPARATORS,
        keep_separator="end",  # a sentence keeps its full stop instead of lending it onward
        strip_whitespace=True,
    )
    title = doc.title or filename
    chunks: list[Chunk] = []
    base = 0
    for section in doc.sections:
        for start, piece in _pieces(splitter, section.text):
            index = len(chunks)
            chunks.append(
                Chunk(
                    id=chunk_id(document_id, version, index),
                    text=piece,
                    coach_id=coach_id,
                    document_id=document_id,
                    version=version,
                    index=index,
                    filename=filename,
                    title=title,
                    section=section.title,
                    page=section.page,
                    start=base + start,
                    end=base + start + len(piece),
                )
            )
        base += len(section.text) + len(SECTION_SEPARATOR)
    return chunks
