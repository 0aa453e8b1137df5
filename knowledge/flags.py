"""The injection screen's verdicts on a coach's documents, read back from the index.

Ingestion stores each chunk's verdict in its metadata (`injection`: the reasons joined by
commas, "" when clean, absent when the chunk was indexed without screening). These helpers
only read those verdicts, so a coach can see which passages are kept out of answers and why;
nothing is screened again here.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any, Protocol

from knowledge.store import INJECTION_KEY
from knowledge.types import Hit

EXCERPT_CHARS = 280
_SPACE = re.compile(r"\s+")


class ChunkRecords(Protocol):
    """What these helpers read from a store (knowledge.store.ChromaStore fits)."""

    def records(
        self, coach_id: int, where: dict[str, Any] | None = None, *, with_text: bool = False
    ) -> list[Hit]:
        """The visible chunks matching `where`."""
        ...


@dataclass(frozen=True)
class FlaggedChunk:
    """One passage the screen flagged: where it is, why, and the start of its text."""

    chunk_id: str
    index: int
    section: str
    page: int | None
    reasons: tuple[str, ...]
    excerpt: str


@dataclass(frozen=True)
class DocumentFlags:
    """A document's visible passages: how many, how many were screened, which were flagged."""

    chunks: int
    screened: int
    flagged: list[FlaggedChunk]

    @property
    def unscreened(self) -> int:
        """Passages indexed without a verdict (retrieval screens those itself)."""
        return self.chunks - self.screened


def reasons_of(hit: Hit) -> tuple[str, ...] | None:
    """The stored reasons of a chunk, () when clean, None when it was never screened."""
    value = hit.extra.get(INJECTION_KEY)
    if not isinstance(value, str):
        return None
    return tuple(reason for reason in value.split(",") if reason)


# Chroma matches `$ne` only where the key exists, so chunks never screened do not come back;
# the verdict is still checked on each record below.
_FLAGGED = {INJECTION_KEY: {"$ne": ""}}


def flagged_counts(store: ChunkRecords, coach_id: int) -> dict[int, int]:
    """How many visible passages of each of the coach's documents were flagged."""
    counts: Counter[int] = Counter()
    for hit in store.records(coach_id, dict(_FLAGGED)):
        if reasons_of(hit):
            counts[hit.document_id] += 1
    return dict(counts)


def document_flags(store: ChunkRecords, coach_id: int, document_id: int) -> DocumentFlags:
    """The verdicts on one document's visible passages, flagged ones with an excerpt."""
    every = store.records(coach_id, {"document_id": document_id})
    verdicts = [reasons_of(hit) for hit in every]
    flagged_hits = store.records(
        coach_id, {"$and": [{"document_id": document_id}, dict(_FLAGGED)]}, with_text=True)
    flagged = [
        FlaggedChunk(chunk_id=hit.chunk_id, index=int(hit.extra.get("index", 0)),
                     section=hit.section, page=hit.page, reasons=reasons,
                     excerpt=excerpt(hit.text))
        for hit in flagged_hits if (reasons := reasons_of(hit))
    ]
    flagged.sort(key=lambda chunk: chunk.index)
    return DocumentFlags(chunks=len(every), screened=sum(v is not None for v in verdicts),
                         flagged=flagged)


def _invisible(ch: str) -> bool:
    """Characters a reader does not see: format, private-use and control characters."""
    return unicodedata.category(ch) in ("Cf", "Co", "Cs") or (
        unicodedata.category(ch) == "Cc" and ch not in "\n\t\r")


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of a passage on one line, with hidden characters shown as a marker.

    Hidden characters are a way to smuggle instructions past a reader, so a run of them is
    replaced by "[N hidden characters]" where the coach can see it. The result is plain text:
    the page escapes it.
    """
    parts: list[str] = []
    run = 0
    for ch in text:
        if _invisible(ch):
            run += 1
            continue
        if run:
            parts.append(f"[{run} hidden character{'s' if run > 1 else ''}]")
            run = 0
        parts.append(ch)
    if run:
        parts.append(f"[{run} hidden character{'s' if run > 1 else ''}]")
    flat = _SPACE.sub(" ", "".join(parts)).strip()
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0].rstrip() + " …"
