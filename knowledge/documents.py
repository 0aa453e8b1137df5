"""A coach's document rows: lookups, chunk settings, registering an upload, failing one."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coaching.models import Coach
from knowledge.detect import detect_content_type
from knowledge.models import Document, DocumentStatus
from knowledge.pipeline import FileResult, IngestPipeline, write_atomically
from knowledge.types import KnowledgeError, LoadError
from models.ports import ModelError

log = logging.getLogger(__name__)

MISSING_FILE = "the stored copy of this file is missing; upload it again"


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


def register(
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
    document.content_type = content_type(data, filename)
    document.size_bytes = len(data)
    document.status = DocumentStatus.PENDING
    document.error = ""
    relative = Path(pipeline.coach_dir(coach.id).name) / filename
    write_atomically(pipeline.uploads_dir / relative, data)
    document.storage_path = relative.as_posix()
    session.flush()
    return document


def content_type(data: bytes, filename: str) -> str:
    """The detected content type, or empty when the bytes are not a supported type."""
    try:
        return detect_content_type(data, filename)
    except LoadError:
        return ""


def failure_reason(error: Exception) -> str:
    """The message a coach sees for a failure."""
    if isinstance(error, KnowledgeError):
        return str(error)
    if isinstance(error, ModelError):
        return f"the embedder failed: {error}"
    return f"unexpected error ({error.__class__.__name__}): {error}"


def fail_document(
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
