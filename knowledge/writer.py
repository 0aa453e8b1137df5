"""Embedding the chunks of many documents together, in full batches, and writing them invisibly.

Small documents make small embedding calls, and a CPU embedder is much slower per chunk on
small, padded batches; so chunks of consecutive documents share batches of `embed_batch`,
and a window of several batches is sorted by length first so each batch pads little.
Nothing here publishes or touches the database: the caller publishes each document once
its chunks are all written (`PendingWrite.settled`), so a crash never shows half a document.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from knowledge.pipeline import IngestPipeline, Progress, ProgressCallback, no_progress
from knowledge.types import Chunk, KnowledgeError

log = logging.getLogger(__name__)


@dataclass(eq=False)
class PendingWrite:
    """One document's chunks on their way into both indexes, and how far they got."""

    filename: str
    coach_id: int
    document_id: int
    chunks: list[Chunk]
    written: int = 0
    error: Exception | None = None

    @property
    def settled(self) -> bool:
        """Whether every chunk is written or the document failed."""
        return self.error is not None or self.written >= len(self.chunks)


# A chunk with its document and its position in that document's `chunks`.
Queued = tuple[PendingWrite, Chunk, int]
# Batches sorted together; more sorts better but holds documents back from publishing longer.
WINDOW_BATCHES = 4


class BatchWriter:
    """Embeds queued chunks in full batches that may span documents, and adds them to Chroma.

    A failure in a batch shared by several documents is retried document by document, so it
    fails only the document that caused it. Crashes (BaseException) pass straight through.
    """

    def __init__(self, pipeline: IngestPipeline, report: ProgressCallback | None = None) -> None:
        self._pipeline = pipeline
        self._report = report or no_progress
        self._queue: list[Queued] = []

    def add(self, item: PendingWrite) -> None:
        """Queue a document's chunks, writing every batch that is now full."""
        try:
            # A crashed or failed earlier attempt may have left invisible chunks behind.
            self._pipeline.store.discard_unpublished(item.coach_id, item.document_id)
            self._pipeline.bm25.discard_unpublished(item.coach_id, item.document_id)
        except Exception as error:
            item.error = error
            return
        self._queue.extend((item, chunk, n) for n, chunk in enumerate(item.chunks))
        while self._live() >= self._size * WINDOW_BATCHES:
            self._write_window()

    def flush(self) -> None:
        """Write whatever is queued, the last batch possibly short."""
        while self._live():
            self._write_window()

    @property
    def _size(self) -> int:
        return max(1, self._pipeline.embed_batch)

    def _live(self) -> int:
        """How many queued chunks still belong to documents that have not failed."""
        self._queue = [queued for queued in self._queue if queued[0].error is None]
        return len(self._queue)

    def _write_window(self) -> None:
        """Sort the next window of chunks by length and write it batch by batch."""
        cut = self._size * WINDOW_BATCHES
        window, self._queue = self._queue[:cut], self._queue[cut:]
        # Similar lengths in a batch mean little padding, which is most of a CPU's waste.
        window.sort(key=lambda queued: len(queued[1].search_text))
        for start in range(0, len(window), self._size):
            batch = [queued for queued in window[start : start + self._size]
                     if queued[0].error is None]
            if batch:
                self._write_batch(batch)

    def _write_batch(self, batch: list[Queued]) -> None:
        """Embed and write one batch; on failure, retry each document's part alone."""
        try:
            self._write(batch)
        except Exception as error:
            parts = _by_document(batch)
            if len(parts) == 1:
                batch[0][0].error = error
                return
            for part in parts:
                try:
                    self._write(part)
                except Exception as problem:
                    part[0][0].error = problem

    def _write(self, batch: Sequence[Queued]) -> None:
        """One screening and one embedding call for the batch, one Chroma add per coach."""
        chunks = self._screened(batch)
        vectors = self._pipeline.embedder.embed_batch([chunk.search_text for chunk in chunks])
        by_coach: dict[int, list[int]] = {}
        for position, (item, _, _) in enumerate(batch):
            by_coach.setdefault(item.coach_id, []).append(position)
        for coach_id, positions in by_coach.items():
            self._pipeline.store.add(coach_id, [chunks[i] for i in positions],
                                     [vectors[i] for i in positions])
        for part in _by_document(batch):
            item = part[0][0]
            item.written += len(part)
            self._report(Progress(item.filename, "chunks", item.written, len(item.chunks)))


    def _screened(self, batch: Sequence[Queued]) -> list[Chunk]:
        """The batch's chunks carrying the injection screen's verdict, in one screening call.

        The verdicts also replace the chunks in their documents, so the BM25 index, written
        from `PendingWrite.chunks` at publishing, stores the same flags as Chroma.
        """
        chunks = [chunk for _, chunk, _ in batch]
        screen = self._pipeline.screen
        if screen is None:
            return chunks
        verdicts = list(screen([chunk.search_text for chunk in chunks]))
        if len(verdicts) != len(chunks):
            raise KnowledgeError(f"the injection screen answered {len(verdicts)} verdicts "
                                 f"for {len(chunks)} chunks")
        screened = [replace(chunk, injection=tuple(reasons))
                    for chunk, reasons in zip(chunks, verdicts, strict=True)]
        for (item, _, position), chunk in zip(batch, screened, strict=True):
            item.chunks[position] = chunk
            if chunk.injection:
                # Reasons only: the text may be an attack and ids are enough to find it.
                log.warning("chunk %s of %s flagged as prompt injection (%s)", chunk.index,
                            item.filename, ", ".join(chunk.injection))
        return screened


def _by_document(batch: Sequence[Queued]) -> list[list[Queued]]:
    """The batch's chunks grouped by document, documents in order of first appearance."""
    parts: dict[int, list[Queued]] = {}
    for queued in batch:
        parts.setdefault(id(queued[0]), []).append(queued)
    return list(parts.values())
