"""Tables and schemas for escalation cases, their audit trail and stored message readings."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, TimestampMixin, utcnow
from app.enums import str_enum


class CaseKind(StrEnum):
    """Why a case exists: a crisis reply was sent, or a conversation needs a coach's review."""

    CRISIS = "crisis"
    REVIEW = "review"


class CaseStatus(StrEnum):
    """Where a case is: open → acknowledged → resolved."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class EscalationCase(TimestampMixin, Base):
    """A flagged learner message a human must look at; never holds the message text itself."""

    __tablename__ = "escalation_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CaseKind] = mapped_column(str_enum(CaseKind, "case_kind"))
    status: Mapped[CaseStatus] = mapped_column(
        str_enum(CaseStatus, "case_status"), default=CaseStatus.OPEN, index=True
    )
    learner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), index=True
    )
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    category: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(16))
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    acknowledged_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]


class CaseEvent(TimestampMixin, Base):
    """One step in a case's audit trail: who did what, with an optional note."""

    __tablename__ = "escalation_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("escalation_cases.id", ondelete="CASCADE"), index=True
    )
    # None means the system acted (opened the case, sent an alert).
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")


class MessageReading(TimestampMixin, Base):
    """A learner message's own red-flag reading (no context), by the model `fingerprint` names.

    One row per message, replaced when another model reads it; it goes with the message. It
    spares the context check a second encoder pass over earlier messages, in every worker and
    after a restart. Never holds the message text.
    """

    __tablename__ = "message_readings"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    fingerprint: Mapped[str] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)


class CaseEventRead(BaseModel):
    """An audit-trail entry as the API shows it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    actor_id: int | None
    action: str
    note: str
    created_at: datetime


class CaseRead(BaseModel):
    """A case as the API lists it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: CaseKind
    status: CaseStatus
    learner_id: int
    coach_id: int
    conversation_id: int | None
    message_id: int | None
    category: str
    severity: str
    reasons: list[str]
    score: float
    created_at: datetime
    updated_at: datetime
    acknowledged_at: datetime | None
    resolved_at: datetime | None


class CaseDetail(CaseRead):
    """A case with its audit trail, oldest first."""

    events: list[CaseEventRead]


class CaseNote(BaseModel):
    """An optional note for acknowledging or resolving a case."""

    note: str = ""
