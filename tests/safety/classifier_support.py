"""Shared pieces for classifier tests: an embedder that counts its batches, an escalating chat."""

from __future__ import annotations

from collections.abc import Sequence

from safety.classifier import TextEmbedder

# Three messages that each carry a weak signal, then one with a stronger one: a rising pattern.
ESCALATING_HISTORY = [
    "I feel so hopeless lately and nothing helps",
    "everything feels pointless and empty these days",
    "I feel numb all the time and I don't recognise myself",
]
ESCALATING_MESSAGE = "I feel hopeless and lost and I can't see a way out"


class CountingEmbedder:
    """Wraps the classifier's own encoder, counting the texts of each batch it embeds."""

    def __init__(self, inner: TextEmbedder) -> None:
        self.inner = inner
        self.batches: list[int] = []

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed with the wrapped encoder, noting the batch size."""
        self.batches.append(len(texts))
        return self.inner.embed_batch(texts)
