"""Tables and schemas for coach documents."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, TimestampMixin, utcnow
from app.enums import str_enum


class DocumentStatus(StrEnum):
    """Where a document is in ingestion; only `ready` documents are retrievable."""

    PENDING = "pending"
    READY = "ready"
    FAILED = "failed"


class Document(TimestampMixin, Base):
    """A methodology document a coach uploaded."""

    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_coach_hash", "coach_id", "content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100), default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(default=0)
    version: Mapped[int] = mapped_column(default=1)
    status: Mapped[DocumentStatus] = mapped_column(
        str_enum(DocumentStatus, "document_status"), default=DocumentStatus.PENDING
    )
    error: Mapped[str] = mapped_column(Text, default="")
    storage_path: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DocumentRead(BaseModel):
    """A document as the API shows it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    filename: str
    content_type: str
    status: DocumentStatus
    version: int
    error: str
