"""Shared types of the knowledge pipeline: loaded sections, chunks, hits and their ports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

SearchMode = Literal["hybrid", "vector", "bm25"]


class KnowledgeError(Exception):
    """A knowledge request that cannot be carried out; the message is for the user."""


class LoadError(KnowledgeError):
    """A file could not be read; the message says why, in words a coach understands."""


class UnsupportedType(LoadError):
    """The file's detected type is not one Lodestar can read (the API answers 415)."""


class TooLarge(LoadError):
    """The file is over the configured size limit (the API answers 413)."""


class EmbedderMismatch(KnowledgeError):
    """A collection was built with another embedder; it needs `lodestar reindex`."""


@dataclass(frozen=True)
class Section:
    """A run of text with where it came from: a page (PDF) or a heading (DOCX, Markdown)."""

    text: str
    title: str = ""
    page: int | None = None


@dataclass(frozen=True)
class LoadedDocument:
    """What a loader extracted from one file."""

    content_type: str
    sections: list[Section]
    title: str = ""


class Loader(Protocol):
    """Reads one file format."""

    def load(self, data: bytes) -> LoadedDocument:
        """Extract the sections of a file, or raise LoadError with the reason."""
        ...


@dataclass(frozen=True)
class Chunk:
    """A piece of a document version, ready to embed; `id` is stable for (doc, version, n)."""

    id: str
    text: str
    coach_id: int
    document_id: int
    version: int
    index: int
    filename: str
    title: str = ""
    section: str = ""
    page: int | None = None
    start: int = 0
    end: int = 0
    # The injection screen's reasons at ingestion, () when clean; None when never screened.
    injection: tuple[str, ...] | None = None

    @property
    def search_text(self) -> str:
        """What is embedded and keyword-indexed: the section heading, then the text."""
        # The heading often names the topic a chunk's body only implies; `text` stays as
        # written because it is what answers quote and cite.
        return f"{self.section}\n{self.text}" if self.section else self.text


@dataclass(frozen=True)
class Hit:
    """One retrieved chunk with what an answer needs to cite it."""

    chunk_id: str
    text: str
    document_id: int
    filename: str
    title: str
    section: str
    page: int | None
    score: float
    extra: Mapping[str, Any] = field(default_factory=dict)


class VectorStore(Protocol):
    """Per-coach vector collections; every method is scoped to one coach."""

    def add(
        self, coach_id: int, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]
    ) -> None:
        """Write chunks (not yet visible to queries) with their vectors."""
        ...

    def publish(self, coach_id: int, document_id: int, version: int) -> None:
        """Make one document version visible and remove its other versions."""
        ...

    def delete_document(self, coach_id: int, document_id: int) -> None:
        """Remove every chunk of a document, whatever its version or visibility."""
        ...

    def query(
        self, coach_id: int, vector: Sequence[float], k: int, where: Mapping[str, Any] | None = None
    ) -> list[Hit]:
        """The k nearest visible chunks of this coach only."""
        ...
