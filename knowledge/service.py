"""Ingesting and managing one coach's documents: versions, publish-on-success, reindexing.

Invariants the functions below keep, so a crash at any point is recoverable:

- chunks are written invisibly and published (Chroma, then BM25) before the row says `ready`;
- a `pending` row is a document whose newest version is not published yet; while it waits,
  the previous version (if any) stays visible, so an update never leaves a gap;
- a `failed` row has no chunks anywhere; the row always describes the latest upload;
- every (re)index of a document first discards its unpublished chunks, so retrying after a
  crash (same file again, `resume_pending` or `reindex_coach`) completes it;
- files ingested together share embedding batches (`knowledge.writer`), but each document
  is published, marked ready or failed on its own, once all its chunks are written.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coaching.models import Coach
from knowledge.chunking import chunk_document
from knowledge.documents import (
    MISSING_FILE,
    chunk_settings,
    fail_document,
    failure_reason,
    find_document,
    get_document,
    list_documents,
    register,
    sha256,
    stored_path,
)
from knowledge.loaders import load_file
from knowledge.models import Document, DocumentStatus
from knowledge.pipeline import (
    FileResult,
    IngestPipeline,
    Progress,
    ProgressCallback,
    no_progress,
    safe_filename,
)
from knowledge.types import (
    EmbedderMismatch,
    KnowledgeError,
    LoadedDocument,
    LoadError,
    TooLarge,
    UnsupportedType,
)
from knowledge.writer import BatchWriter, PendingWrite
from models.ports import ModelError

# The lookups live in knowledge.documents; routes and the CLI reach them through here.
__all__ = [
    "MISSING_FILE", "chunk_settings", "delete_document", "find_document", "get_document",
    "ingest_bytes", "ingest_many", "list_documents", "reindex_coach", "resume_pending",
    "sha256", "stored_path",
]

log = logging.getLogger(__name__)

Checkpoint = Callable[[], None]


def _nothing() -> None:
    """The default checkpoint: the caller commits once, at the end."""


Source = bytes | Path


def ingest_bytes(
    *,
    session: Session,
    coach: Coach,
    filename: str,
    data: bytes,
    pipeline: IngestPipeline,
    progress: ProgressCallback | None = None,
    checkpoint: Checkpoint | None = None,
) -> FileResult:
    """Ingest one uploaded file: unchanged, a new document, or a new version of one."""
    return ingest_many(session=session, coach=coach, files=[(filename, data)],
                       pipeline=pipeline, progress=progress, checkpoint=checkpoint)[0]


def ingest_many(
    *,
    session: Session,
    coach: Coach,
    files: Sequence[tuple[str, Source]],
    pipeline: IngestPipeline,
    progress: ProgressCallback | None = None,
    checkpoint: Checkpoint | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[FileResult]:
    """Ingest files (name and bytes, or a path read when its turn comes), results in order.

    Each file is loaded, registered and chunked in turn; the chunks of consecutive files
    share full embedding batches, and each document is published and marked ready on its
    own once all its chunks are written. A file that fails fails alone.

    `checkpoint` is called where committing is safe: before a file is parsed, once its
    pending row and file are saved (before any of its vectors is written), and after each
    result. Jobs and the CLI pass their session's commit, so a crash leaves documents
    `pending` (and retryable) rather than rolled back with orphaned chunks, and no
    transaction (SQLite's write lock) is held while files are parsed or embedded.
    `stop` is asked before each file; once it says yes the rest are left untouched.
    """
    run = _Run(session, coach, pipeline, progress or no_progress, checkpoint or _nothing)
    for filename, source in files:
        if stop is not None and stop():
            break
        run.push(filename, lambda f=filename, s=source: run.upload(f, s))  # type: ignore[misc]
    return run.finish()


@dataclass(eq=False)
class _Indexing:
    """A registered, chunked document waiting for its chunks to be written."""

    document: Document
    loaded: LoadedDocument
    write: PendingWrite


Slot = FileResult | _Indexing


class _Run:
    """One batch of files: prepared in order, embedded together, finished in order."""

    def __init__(self, session: Session, coach: Coach, pipeline: IngestPipeline,
                 report: ProgressCallback, commit: Checkpoint) -> None:
        self.session, self.coach, self.pipeline = session, coach, pipeline
        self.report, self.commit = report, commit
        self.writer = BatchWriter(pipeline, report)
        self.slots: deque[Slot] = deque()
        self.results: list[FileResult] = []

    def push(self, filename: str, prepare: Callable[[], Slot]) -> None:
        """Prepare one file; an unexpected error there fails this file alone."""
        try:
            slot = prepare()
        except Exception as error:
            log.exception("ingesting %s failed", filename)
            slot = FileResult(filename, "failed", error=f"unexpected error: {error}")
        if isinstance(slot, _Indexing):
            self.writer.add(slot.write)
        self.slots.append(slot)
        self._settle()

    def finish(self) -> list[FileResult]:
        """Write what is still queued and finish every document; the results, in order."""
        self.writer.flush()
        self._settle()
        return self.results

    def _settle(self) -> None:
        """Finish, in order, the files at the front whose chunks are all written or failed."""
        while self.slots and (isinstance(self.slots[0], FileResult)
                              or self.slots[0].write.settled):
            slot = self.slots.popleft()
            result = slot if isinstance(slot, FileResult) else self._publish(slot)
            self.report(Progress(result.filename, "done", result.chunks, result.chunks, result))
            self.results.append(result)
            self.commit()

    def upload(self, filename: str, source: Source) -> Slot:
        """Check, load, register and chunk an uploaded file."""
        try:
            name = safe_filename(filename)
        except LoadError as error:
            return FileResult(filename, "failed", error=str(error))
        self.report(Progress(name, "file"))
        try:
            data = source if isinstance(source, bytes) else source.read_bytes()
        except OSError as error:
            return FileResult(name, "failed", error=f"could not read the file: {error}")
        digest = sha256(data)
        document = find_document(session=self.session, coach=self.coach, filename=name)
        if (document is not None and document.status is DocumentStatus.READY
                and document.content_hash == digest):
            return FileResult(name, "unchanged", document.id, document.version,
                              document.chunk_count)
        self.commit()
        try:
            loaded = load_file(data, name, max_bytes=self.pipeline.max_bytes)
        except (TooLarge, UnsupportedType) as error:
            # Refused at the door, like the API's 413 and 415: nothing stored, nothing replaced.
            return FileResult(name, "failed", error=str(error))
        except LoadError as error:
            document = register(session=self.session, coach=self.coach, document=document,
                                 filename=name, data=data, pipeline=self.pipeline)
            self.commit()
            return self._fail(document, str(error))
        document = register(session=self.session, coach=self.coach, document=document,
                             filename=name, data=data, pipeline=self.pipeline)
        self.commit()
        return self._chunk(document, loaded)

    def stored(self, document: Document) -> Slot:
        """Load and chunk a document again from its stored file, at its current version."""
        self.report(Progress(document.filename, "file"))
        path = stored_path(pipeline=self.pipeline, document=document)
        try:
            data = path.read_bytes() if path is not None else None
        except OSError:
            data = None
        if data is None:
            return self._fail(document, MISSING_FILE)
        document.status = DocumentStatus.PENDING
        document.content_hash, document.size_bytes = sha256(data), len(data)
        try:
            # The file was accepted once; a limit lowered since must not reject it now.
            loaded = load_file(data, document.filename,
                               max_bytes=max(self.pipeline.max_bytes, len(data)))
        except LoadError as error:
            return self._fail(document, str(error))
        return self._chunk(document, loaded)

    def _chunk(self, document: Document, loaded: LoadedDocument) -> Slot:
        """Cut a loaded document into chunks at the coach's settings."""
        size, overlap = chunk_settings(coach=self.coach, pipeline=self.pipeline)
        try:
            chunks = chunk_document(loaded, coach_id=self.coach.id, document_id=document.id,
                                    version=document.version, filename=document.filename,
                                    chunk_size=size, chunk_overlap=overlap)
            if not chunks:
                raise LoadError(f"no extractable text in {document.filename}")
        except Exception as error:
            return self._fail(document, failure_reason(error), error)
        return _Indexing(document, loaded,
                         PendingWrite(document.filename, self.coach.id, document.id, chunks))

    def _publish(self, slot: _Indexing) -> FileResult:
        """Keyword-index and publish a fully written document everywhere, then mark it ready."""
        document, write = slot.document, slot.write
        try:
            if write.error is not None:
                raise write.error
            self.pipeline.bm25.add(self.coach.id, write.chunks)
            self.pipeline.store.publish(self.coach.id, document.id, document.version)
            self.pipeline.bm25.publish(self.coach.id, document.id, document.version)
        except Exception as error:
            return self._fail(document, failure_reason(error), error)
        document.status = DocumentStatus.READY
        document.chunk_count = len(write.chunks)
        document.title = (slot.loaded.title or Path(document.filename).stem)[:255]
        document.error = ""
        self.session.flush()
        return FileResult(document.filename, "ingested", document.id, document.version,
                          len(write.chunks))

    def _fail(self, document: Document, reason: str,
              error: Exception | None = None) -> FileResult:
        """Fail one document; unexpected errors also get a traceback in the log."""
        if error is not None and not isinstance(error, KnowledgeError | ModelError):
            log.error("ingesting %s (document %s) failed", document.filename, document.id,
                      exc_info=error)
        return fail_document(session=self.session, pipeline=self.pipeline, document=document,
                             reason=reason)


def _run_stored(
    *, session: Session, coach: Coach, documents: Sequence[Document], pipeline: IngestPipeline,
    progress: ProgressCallback | None, checkpoint: Checkpoint | None,
) -> list[FileResult]:
    """Index documents again from their stored files, embedding them together."""
    run = _Run(session, coach, pipeline, progress or no_progress, checkpoint or _nothing)
    for document in documents:
        run.push(document.filename, lambda d=document: run.stored(d))  # type: ignore[misc]
    return run.finish()


def resume_pending(
    *,
    session: Session,
    coach: Coach,
    pipeline: IngestPipeline,
    progress: ProgressCallback | None = None,
    checkpoint: Checkpoint | None = None,
) -> list[FileResult]:
    """Complete the coach's documents left pending by a crash, from their stored files."""
    stmt = select(Document).where(
        Document.coach_id == coach.id, Document.status == DocumentStatus.PENDING
    ).order_by(Document.id)
    documents = session.scalars(stmt).all()
    (checkpoint or _nothing)()
    return _run_stored(session=session, coach=coach, documents=documents, pipeline=pipeline,
                       progress=progress, checkpoint=checkpoint)


def reindex_coach(
    *,
    session: Session,
    coach: Coach,
    pipeline: IngestPipeline,
    progress: ProgressCallback | None = None,
    checkpoint: Checkpoint | None = None,
) -> int:
    """Rebuild the coach's collection and BM25 index with the current embedder.

    Every document is marked pending before anything is dropped, so a crash midway leaves
    the rest pending for `resume_pending` (or another reindex). Returns how many are ready.
    """
    documents = list_documents(session=session, coach=coach)
    for document in documents:
        document.status = DocumentStatus.PENDING
    session.flush()
    (checkpoint or _nothing)()
    pipeline.store.drop_coach(coach.id)
    pipeline.bm25.drop_coach(coach.id)
    results = _run_stored(session=session, coach=coach, documents=documents, pipeline=pipeline,
                          progress=progress, checkpoint=checkpoint)
    return sum(result.status == "ingested" for result in results)


def delete_document(
    *, session: Session, coach: Coach, document_id: int, pipeline: IngestPipeline
) -> bool:
    """Remove a document's chunks, stored file and row; False when it is not this coach's."""
    document = get_document(session=session, coach=coach, document_id=document_id)
    if document is None:
        return False
    try:
        pipeline.store.delete_document(coach.id, document.id)
    except EmbedderMismatch:
        # That collection must be rebuilt by `lodestar reindex`, which drops it whole; once
        # the row is gone the reindex will not bring this document back.
        log.info("document %s left in a collection awaiting reindex", document.id)
    pipeline.bm25.delete_document(coach.id, document.id)
    path = stored_path(pipeline=pipeline, document=document)
    session.delete(document)
    session.flush()
    if path is not None:
        path.unlink(missing_ok=True)
    return True
