"""Helpers shared by the store, BM25, retrieval and isolation tests."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence

from knowledge.types import Chunk

_WORD = re.compile(r"\w+")


class FakeEmbedder:
    """A deterministic bag-of-words embedder: hashed word counts, normalised."""

    def __init__(self, *, id: str = "fake-bow", dimension: int = 64) -> None:
        self.id = id
        self.dimension = dimension
        self.calls = 0

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """One unit vector per text (a zero text maps to the first axis)."""
        self.calls += 1
        return [self._embed(text) for text in texts]

    def _embed(self, text: str) -> list[float]:
        vector = [0.0] * self.dimension
        for word in _WORD.findall(text.lower()):
            digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
            vector[int.from_bytes(digest, "big") % self.dimension] += 1.0
        norm = math.sqrt(sum(value * value for value in vector))
        if not norm:
            vector[0] = 1.0
            return vector
        return [value / norm for value in vector]


def make_chunks(
    coach_id: int,
    document_id: int,
    texts: Sequence[str],
    *,
    version: int = 1,
    filename: str = "notes.md",
    page: int | None = None,
) -> list[Chunk]:
    """Chunks of one document version with ids unique across coaches."""
    return [
        Chunk(
            id=f"c{coach_id}-d{document_id}-v{version}-{index}",
            text=text,
            coach_id=coach_id,
            document_id=document_id,
            version=version,
            index=index,
            filename=filename,
            title=f"Doc {document_id}",
            section=f"Section {index}",
            page=page,
            start=index * 100,
            end=index * 100 + len(text),
        )
        for index, text in enumerate(texts)
    ]
