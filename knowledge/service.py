"""Ingesting and managing one coach's documents: versions, publish-on-success, reindexing.

Invariants the functions below keep, so a crash at any point is recoverable:

- chunks are written invisibly and published (Chroma, then BM25) before the row says `ready`;
- a `pending` row is a document whose newest version is not published yet; while it waits,
  the previous version (if any) stays visible, so an update never leaves a gap;
- a `failed` row has no chunks anywhere; the row always describes the latest upload;
- every (re)index of a document first discards its unpublished chunks, so retrying after a
  crash (same file again, `resume_pending` or `reindex_coach`) completes it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coaching.models import Coach
from knowledge.chunking import chunk_document
from knowledge.loaders import detect_content_type, load_file
from knowledge.models import Document, DocumentStatus
from knowledge.pipeline import (
    FileResult,
    IngestPipeline,
    Progress,
    ProgressCallback,
    batches,
    no_progress,
    safe_filename,
    write_atomically,
)
from knowledge.types import (
    Chunk,
    EmbedderMismatch,
    KnowledgeError,
    LoadedDocument,
    LoadError,
    TooLarge,
    UnsupportedType,
)
from models.ports import ModelError

log = logging.getLogger(__name__)

Checkpoint = Callable[[], None]
MISSING_FILE = "the stored copy of this file is missing; upload it again"


def _nothing() -> None:
    """The default checkpoint: the caller commits once, at the end."""


def sha256(data: bytes) -> str:
    """The hex SHA-256 digest that identifies a file's content."""
    return hashlib.sha256(data).hexdigest()


def list_documents(*, session: Session, coach: Coach) -> list[Document]:
    """The coach's documents, by file name."""
    stmt = select(Document).where(Document.coach_id == coach.id).order_by(Document.filename)
    return list(session.scalars(stmt))


def get_document(*, session: Session, coach: Coach, document_id: int) -> Document | None:
    """One of the coach's documents, or None (also when it belongs to another coach)."""
    document = session.get(Document, document_id)
    return document if document is not None and document.coach_id == coach.id else None


def find_document(*, session: Session, coach: Coach, filename: str) -> Document | None:
    """The coach's document with this file name, if any."""
    stmt = select(Document).where(Document.coach_id == coach.id, Document.filename == filename)
    return session.scalar(stmt)


def chunk_settings(*, coach: Coach, pipeline: IngestPipeline) -> tuple[int, int]:
    """A coach's chunk size and overlap (its own, else the defaults), overlap at most half."""
    size = coach.chunk_size or pipeline.chunk_size
    if coach.chunk_overlap is not None:
        overlap = coach.chunk_overlap
    else:
        # Only the size is the coach's own: keep the default overlap's share of a chunk.
        overlap = pipeline.chunk_overlap * size // pipeline.chunk_size
    return size, min(overlap, size // 2)


def stored_path(*, pipeline: IngestPipeline, document: Document) -> Path | None:
    """Where a document's file is kept (paths are stored relative to the uploads folder)."""
    if not document.storage_path:
        return None
    return pipeline.uploads_dir / document.storage_path


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
    """Ingest one uploaded file: unchanged, a new document, or a new version of one.

    `checkpoint` is called where committing is safe: before the file is parsed, and once
    the pending row and the file are saved, before any vector is written. Jobs and the CLI
    pass their session's commit, so a crash leaves the document `pending` (and retryable)
    rather than rolled back with orphaned chunks, and no transaction (SQLite's write lock)
    is held while a file is parsed or embedded.
    """
    report = progress or no_progress
    try:
        name = safe_filename(filename)
    except LoadError as error:
        return _finished(report, FileResult(filename, "failed", error=str(error)))
    report(Progress(name, "file"))
    digest = sha256(data)
    document = find_document(session=session, coach=coach, filename=name)
    if (
        document is not None
        and document.status is DocumentStatus.READY
        and document.content_hash == digest
    ):
        result = FileResult(name, "unchanged", document.id, document.version,
                            document.chunk_count)
        return _finished(report, result)
    commit = checkpoint or _nothing
    commit()
    try:
        loaded: LoadedDocument | None = load_file(data, name, max_bytes=pipeline.max_bytes)
        problem = ""
    except (TooLarge, UnsupportedType) as error:
        # Refused at the door, like the API's 413 and 415: nothing stored, nothing replaced.
        return _finished(report, FileResult(name, "failed", error=str(error)))
    except LoadError as error:
        loaded, problem = None, str(error)
    document = _register(session=session, coach=coach, document=document, filename=name,
                         data=data, pipeline=pipeline)
    commit()
    if loaded is None:
        return _finished(report, _fail(session=session, pipeline=pipeline,
                                       document=document, reason=problem))
    return _finished(report, _index(session=session, coach=coach, document=document,
                                    loaded=loaded, pipeline=pipeline, report=report))


def _register(
    *,
    session: Session,
    coach: Coach,
    document: Document | None,
    filename: str,
    data: bytes,
    pipeline: IngestPipeline,
) -> Document:
    """Save the file and mark its row pending: new, a new version, or a retry of this one."""
    digest = sha256(data)
    if document is None:
        document = Document(coach_id=coach.id, filename=filename, version=1,
                            content_hash=digest)
        session.add(document)
    elif document.content_hash != digest:
        document.version += 1
    document.content_hash = digest
    document.content_type = _content_type(data, filename)
    document.size_bytes = len(data)
    document.status = DocumentStatus.PENDING
    document.error = ""
    relative = Path(pipeline.coach_dir(coach.id).name) / filename
    write_atomically(pipeline.uploads_dir / relative, data)
    document.storage_path = relative.as_posix()
    session.flush()
    return document


def _content_type(data: bytes, filename: str) -> str:
    """The detected content type, or empty when the bytes are not a supported type."""
    try:
        return detect_content_type(data, filename)
    except LoadError:
        return ""


def _index(
    *,
    session: Session,
    coach: Coach,
    document: Document,
    loaded: LoadedDocument,
    pipeline: IngestPipeline,
    report: ProgressCallback,
) -> FileResult:
    """Chunk, embed and write the document, publish it everywhere, then mark it ready."""
    size, overlap = chunk_settings(coach=coach, pipeline=pipeline)
    try:
        chunks = chunk_document(loaded, coach_id=coach.id, document_id=document.id,
                                version=document.version, filename=document.filename,
                                chunk_size=size, chunk_overlap=overlap)
        if not chunks:
            raise LoadError(f"no extractable text in {document.filename}")
        _write(document=document, chunks=chunks, pipeline=pipeline, report=report)
        pipeline.store.publish(coach.id, document.id, document.version)
        pipeline.bm25.publish(coach.id, document.id, document.version)
    except Exception as error:
        # Any failure here fails this file alone; unexpected ones also get a traceback.
        if not isinstance(error, KnowledgeError | ModelError):
            log.exception("ingesting %s (document %s) failed", document.filename, document.id)
        return _fail(session=session, pipeline=pipeline, document=document,
                     reason=_reason(error))
    document.status = DocumentStatus.READY
    document.chunk_count = len(chunks)
    document.title = (loaded.title or Path(document.filename).stem)[:255]
    document.error = ""
    session.flush()
    return FileResult(document.filename, "ingested", document.id, document.version, len(chunks))


def _write(
    *,
    document: Document,
    chunks: list[Chunk],
    pipeline: IngestPipeline,
    report: ProgressCallback,
) -> None:
    """Embed in batches and write every chunk invisibly to Chroma and BM25."""
    coach_id = document.coach_id
    pipeline.store.discard_unpublished(coach_id, document.id)
    pipeline.bm25.discard_unpublished(coach_id, document.id)
    done = 0
    for batch in batches(chunks, pipeline.embed_batch):
        vectors = pipeline.embedder.embed_batch([chunk.text for chunk in batch])
        pipeline.store.add(coach_id, batch, vectors)
        done += len(batch)
        report(Progress(document.filename, "chunks", done, len(chunks)))
    pipeline.bm25.add(coach_id, chunks)


def _reason(error: Exception) -> str:
    """The message a coach sees for a failure."""
    if isinstance(error, KnowledgeError):
        return str(error)
    if isinstance(error, ModelError):
        return f"the embedder failed: {error}"
    return f"unexpected error ({error.__class__.__name__}): {error}"


def _fail(
    *, session: Session, pipeline: IngestPipeline, document: Document, reason: str
) -> FileResult:
    """Mark a document failed and remove all its chunks: a failed document is never found."""
    for index in (pipeline.store, pipeline.bm25):
        try:
            index.delete_document(document.coach_id, document.id)
        except Exception:
            log.exception("could not remove the chunks of document %s", document.id)
    document.status = DocumentStatus.FAILED
    document.error = reason
    document.chunk_count = 0
    session.flush()
    return FileResult(document.filename, "failed", document.id, document.version, 0, reason)


def _finished(report: ProgressCallback, result: FileResult) -> FileResult:
    """Report a file's result and return it."""
    report(Progress(result.filename, "done", result.chunks, result.chunks, result))
    return result


def _reingest_stored(
    *, session: Session, coach: Coach, document: Document, pipeline: IngestPipeline,
    report: ProgressCallback,
) -> FileResult:
    """Index a document again from its stored file, at its current version."""
    report(Progress(document.filename, "file"))
    path = stored_path(pipeline=pipeline, document=document)
    try:
        data = path.read_bytes() if path is not None else None
    except OSError:
        data = None
    if data is None:
        return _finished(report, _fail(session=session, pipeline=pipeline, document=document,
                                       reason=MISSING_FILE))
    document.status = DocumentStatus.PENDING
    document.content_hash, document.size_bytes = sha256(data), len(data)
    try:
        # The file was accepted once; a limit lowered since must not reject it now.
        loaded = load_file(data, document.filename, max_bytes=max(pipeline.max_bytes, len(data)))
    except LoadError as error:
        return _finished(report, _fail(session=session, pipeline=pipeline, document=document,
                                       reason=str(error)))
    return _finished(report, _index(session=session, coach=coach, document=document,
                                    loaded=loaded, pipeline=pipeline, report=report))


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
    commit = checkpoint or _nothing
    documents = session.scalars(stmt).all()
    commit()
    results = []
    for document in documents:
        results.append(_reingest_stored(session=session, coach=coach, document=document,
                                        pipeline=pipeline, report=progress or no_progress))
        commit()
    return results


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
    ready = 0
    for document in documents:
        result = _reingest_stored(session=session, coach=coach, document=document,
                                  pipeline=pipeline, report=progress or no_progress)
        ready += result.status == "ingested"
        (checkpoint or _nothing)()
    return ready


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
