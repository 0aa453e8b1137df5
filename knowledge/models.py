"""Tables and schemas for coach documents and their ingestion jobs."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, TimestampMixin, utcnow
from app.enums import str_enum


class DocumentStatus(StrEnum):
    """Where a document is in ingestion; only `ready` documents are retrievable."""

    PENDING = "pending"
    READY = "ready"
    FAILED = "failed"


class JobStatus(StrEnum):
    """Where a background ingestion job is."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class JobKind(StrEnum):
    """What a background job does."""

    INGEST = "ingest"
    REINDEX = "reindex"


class Document(TimestampMixin, Base):
    """A methodology document a coach uploaded."""

    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_coach_hash", "coach_id", "content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(255), default="")
    content_type: Mapped[str] = mapped_column(String(100), default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(default=0)
    version: Mapped[int] = mapped_column(default=1)
    status: Mapped[DocumentStatus] = mapped_column(
        str_enum(DocumentStatus, "document_status"), default=DocumentStatus.PENDING
    )
    chunk_count: Mapped[int] = mapped_column(default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    storage_path: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class IngestJob(TimestampMixin, Base):
    """A background ingestion (or reindex) of one coach's files, polled for progress."""

    __tablename__ = "ingest_jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id", ondelete="CASCADE"), index=True)
    kind: Mapped[JobKind] = mapped_column(str_enum(JobKind, "job_kind"), default=JobKind.INGEST)
    status: Mapped[JobStatus] = mapped_column(
        str_enum(JobStatus, "job_status"), default=JobStatus.QUEUED
    )
    total_files: Mapped[int] = mapped_column(default=0)
    processed_files: Mapped[int] = mapped_column(default=0)
    failed_files: Mapped[int] = mapped_column(default=0)
    chunks_written: Mapped[int] = mapped_column(default=0)
    results: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    error: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DocumentRead(BaseModel):
    """A document as the API shows it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    filename: str
    title: str
    content_type: str
    status: DocumentStatus
    version: int
    chunk_count: int
    size_bytes: int
    error: str
    created_at: datetime
    updated_at: datetime


class FileResultRead(BaseModel):
    """What happened to one file of a job."""

    filename: str
    status: str
    document_id: int | None = None
    version: int | None = None
    chunks: int = 0
    error: str = ""


class CurrentFileRead(BaseModel):
    """The file a running job is ingesting, and how many of its chunks are embedded."""

    model_config = ConfigDict(from_attributes=True)

    filename: str
    chunks_done: int
    chunks_total: int


class JobRead(BaseModel):
    """An ingestion job as the API shows it, for polling."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    kind: JobKind
    status: JobStatus
    total_files: int
    processed_files: int
    failed_files: int
    chunks_written: int
    results: list[FileResultRead]
    error: str
    created_at: datetime
    updated_at: datetime
    current: CurrentFileRead | None = None


class JobAccepted(BaseModel):
    """The answer to a request that started a background job."""

    job_id: str
    status: JobStatus
    total_files: int
    poll: str
