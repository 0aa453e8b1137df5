"""Escalation cases: open them for flagged messages, list them for coaches, move them along.

A case belongs to a coach persona; the users who may see it are that coach's owner and
admins. Its status only moves forward (open → acknowledged → resolved) and every step,
including notes and alerts, is an event in its audit trail.

Also the stored readings of learner messages (`MessageReading`), which the context check
reads instead of encoding earlier messages again.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching.models import Coach, Message, MessageRole
from app.db import upsert_insert, utcnow
from safety.models import CaseEvent, CaseKind, CaseStatus, EscalationCase, MessageReading
from safety.ports import Assessment, Reading, Severity

ACTIVE = (CaseStatus.OPEN, CaseStatus.ACKNOWLEDGED)
MAX_NOTE_CHARS = 4000


class CaseConflict(Exception):
    """The case cannot make this move (for example, it is already resolved)."""


def open_case(
    *,
    session: Session,
    kind: CaseKind,
    assessment: Assessment,
    learner_id: int,
    coach_id: int,
    conversation_id: int | None,
    message_id: int | None,
) -> tuple[EscalationCase, bool]:
    """Open a case for a flagged message; return it and whether it is new.

    A review flag on a conversation that already has an active review case adds an event to
    that case instead of opening another, so one worrying thread is one item in the inbox.
    """
    if kind is CaseKind.REVIEW and conversation_id is not None:
        existing = session.scalars(
            select(EscalationCase).where(
                EscalationCase.conversation_id == conversation_id,
                EscalationCase.kind == CaseKind.REVIEW,
                EscalationCase.status.in_(ACTIVE),
            )
        ).first()
        if existing is not None:
            add_event(session=session, case=existing, actor_id=None, action="flagged_again",
                      note=_describe(assessment, message_id))
            return existing, False
    case = EscalationCase(
        kind=kind,
        status=CaseStatus.OPEN,
        learner_id=learner_id,
        coach_id=coach_id,
        conversation_id=conversation_id,
        message_id=message_id,
        category=assessment.category[:40],
        severity=assessment.severity,
        reasons=list(assessment.reasons),
        score=float(assessment.score),
    )
    session.add(case)
    session.flush()
    add_event(session=session, case=case, actor_id=None, action="opened",
              note=_describe(assessment, message_id))
    return case, True


def has_case(*, session: Session, conversation_id: int) -> bool:
    """Whether any case (of any status) was opened for a message of this conversation."""
    stmt = select(EscalationCase.id).where(EscalationCase.conversation_id == conversation_id)
    return session.scalars(stmt.limit(1)).first() is not None


def _describe(assessment: Assessment, message_id: int | None) -> str:
    """An event note naming the classification, never the message text."""
    return f"{assessment.category}/{assessment.severity} (message {message_id})"


def add_event(
    *, session: Session, case: EscalationCase, actor_id: int | None, action: str, note: str = "",
    at: datetime | None = None,
) -> CaseEvent:
    """Append one entry to a case's audit trail (at `at`, default now)."""
    event = CaseEvent(case_id=case.id, actor_id=actor_id, action=action,
                      note=note[:MAX_NOTE_CHARS], created_at=at or utcnow())
    session.add(event)
    session.flush()
    return event


def _visible(user: User) -> Sequence[object]:
    """WHERE clauses limiting cases to those this user may see."""
    if user.role is Role.ADMIN:
        return ()
    if user.role is Role.COACH:
        owned = select(Coach.id).where(Coach.owner_id == user.id)
        return (EscalationCase.coach_id.in_(owned),)
    return (EscalationCase.id.is_(None),)  # learners see no cases


def list_cases(
    *, session: Session, user: User, status: CaseStatus | None = None, limit: int = 200
) -> list[EscalationCase]:
    """The cases this user may see, open ones first, newest first within a status."""
    stmt = select(EscalationCase).where(*_visible(user))  # type: ignore[arg-type]
    if status is not None:
        stmt = stmt.where(EscalationCase.status == status)
    order = EscalationCase.status == CaseStatus.RESOLVED
    stmt = stmt.order_by(order, EscalationCase.created_at.desc(), EscalationCase.id.desc())
    return list(session.scalars(stmt.limit(limit)))


def get_case(*, session: Session, user: User, case_id: int) -> EscalationCase | None:
    """One case if this user may see it; None otherwise (a route answers 404)."""
    stmt = select(EscalationCase).where(
        EscalationCase.id == case_id, *_visible(user)  # type: ignore[arg-type]
    )
    return session.scalars(stmt).first()


def active_count(*, session: Session, user: User) -> int:
    """Cases not yet resolved that this user may see (the inbox badge)."""
    stmt = select(func.count(EscalationCase.id)).where(
        EscalationCase.status.in_(ACTIVE), *_visible(user)  # type: ignore[arg-type]
    )
    return int(session.scalar(stmt) or 0)


def events(*, session: Session, case: EscalationCase) -> list[CaseEvent]:
    """A case's audit trail, oldest first."""
    stmt = select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
    return list(session.scalars(stmt))


def acknowledge(*, session: Session, case: EscalationCase, actor: User, note: str = "") -> None:
    """Mark an open case as seen and being handled."""
    if case.status is not CaseStatus.OPEN:
        raise CaseConflict(f"case {case.id} is {case.status.value}, not open")
    case.status = CaseStatus.ACKNOWLEDGED
    case.acknowledged_at = utcnow()
    add_event(session=session, case=case, actor_id=actor.id, action="acknowledged", note=note)


def resolve(*, session: Session, case: EscalationCase, actor: User, note: str = "") -> None:
    """Close a case (open or acknowledged); acknowledging is implied when skipped."""
    if case.status is CaseStatus.RESOLVED:
        raise CaseConflict(f"case {case.id} is already resolved")
    now = utcnow()
    if case.acknowledged_at is None:
        case.acknowledged_at = now
    case.status = CaseStatus.RESOLVED
    case.resolved_at = now
    add_event(session=session, case=case, actor_id=actor.id, action="resolved", note=note)


def add_note(*, session: Session, case: EscalationCase, actor: User, note: str) -> CaseEvent:
    """Add a note to a case without changing its status."""
    if not note.strip():
        raise ValueError("a note cannot be empty")
    return add_event(session=session, case=case, actor_id=actor.id, action="note", note=note)


def recipients(*, session: Session, coach_id: int) -> list[User]:
    """Who to alert about a coach persona's case: its owner, or the admins if it has none."""
    coach = session.get(Coach, coach_id)
    owner = session.get(User, coach.owner_id) if coach and coach.owner_id else None
    if owner is not None and owner.is_active:
        return [owner]
    admins = select(User).where(User.role == Role.ADMIN, User.is_active.is_(True))
    return list(session.scalars(admins.order_by(User.id)))


def stored_readings(*, session: Session, message_ids: Collection[int]) -> dict[int, Reading]:
    """The stored readings of these messages by message id, whatever model made them."""
    if not message_ids:
        return {}
    # Plain rows, not entities: a reading replaced earlier in this session must not be served
    # from its identity map.
    rows = session.execute(
        select(MessageReading.message_id, MessageReading.category, MessageReading.severity,
               MessageReading.score, MessageReading.fingerprint, MessageReading.reasons)
        .where(MessageReading.message_id.in_(set(message_ids)))
    )
    return {
        row.message_id: Reading(category=row.category, severity=cast(Severity, row.severity),
                                score=row.score, fingerprint=row.fingerprint,
                                reasons=tuple(row.reasons))
        for row in rows
    }


def keep_reading(*, session: Session, message_id: int, reading: Reading) -> None:
    """Store a message's reading, replacing one an earlier model made."""
    values: dict[str, Any] = {
        "message_id": message_id, "fingerprint": reading.fingerprint,
        "category": reading.category[:40], "severity": reading.severity,
        "score": float(reading.score), "reasons": list(reading.reasons), "created_at": utcnow(),
    }
    # One statement, so two workers reading the same message (a retry) cannot collide; the
    # app runs on SQLite and PostgreSQL only, and both have ON CONFLICT.
    stmt = upsert_insert(session, MessageReading).values(**values)
    replaced = {key: stmt.excluded[key] for key in values if key != "message_id"}
    session.execute(stmt.on_conflict_do_update(index_elements=["message_id"], set_=replaced))


def unread_recent_messages(*, session: Session, fingerprint: str, per_conversation: int,
                           since: datetime) -> list[int]:
    """Ids of the learner messages a context check would read next, without this model's reading.

    Those are the last `per_conversation` learner messages of every conversation with a message
    since `since`; a reading by another model (or none) means the next check would read them.
    """
    ranked = (
        select(Message.id, Message.conversation_id,
               func.row_number().over(partition_by=Message.conversation_id,
                                      order_by=Message.id.desc()).label("rank"))
        .where(Message.role == MessageRole.USER)
        .subquery()
    )
    active = select(Message.conversation_id).where(Message.created_at >= since).distinct()
    stmt = (
        select(ranked.c.id)
        .outerjoin(MessageReading, MessageReading.message_id == ranked.c.id)
        .where(ranked.c.rank <= per_conversation, ranked.c.conversation_id.in_(active),
               or_(MessageReading.message_id.is_(None), MessageReading.fingerprint != fingerprint))
        .order_by(ranked.c.id)
    )
    return list(session.scalars(stmt))


def message_texts(*, session: Session, message_ids: Collection[int]) -> dict[int, str]:
    """The texts of these messages by id (those that still exist)."""
    rows = session.execute(select(Message.id, Message.content).where(Message.id.in_(message_ids)))
    return {row.id: row.content for row in rows}
