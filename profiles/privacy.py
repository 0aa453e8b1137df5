"""The learner's data rights: export everything as one JSON document, and delete the account.

Deletion removes the `users` row; every table that references a learner does so with
`ondelete="CASCADE"` (messages through conversations), so the database removes the rest in
the same transaction. Rows that only name the user as an actor (`ondelete="SET NULL"`, such as
the audit log) are deleted too, so nothing that points at the person remains. Chroma holds
only coach documents (collections `coach_<id>`), nothing per learner, so there is nothing to
remove there; `tests/profiles/test_privacy.py` checks that.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from app.accounts.models import AuditLog, User, UserRead
from app.coaching.models import Coach, Conversation, Enrolment, Message
from app.db import Base, load_all_models
from profiles import activity
from profiles import service as profiles
from profiles.models import (
    AnswerFeedback,
    BehaviourSnapshot,
    LearnerProfile,
    ProfileChange,
    as_dict,
)
from safety.models import MessageReading

EXPORT_VERSION = 1
# Credentials never leave the server, even to their owner.
_SECRET_MARKERS = ("hash", "secret", "password", "auth_key", "p256dh")
_OWN_TABLES = {"users", "enrolments", "conversations", "messages", "goals", "milestones",
               "check_ins", "learner_profiles", "activity_counts", "profile_changes",
               "answer_feedback", "behaviour_snapshots"}


def _rows(session: Session, model: type[Base], *where: Any) -> list[dict[str, Any]]:
    """Rows of a model as dicts."""
    return [as_dict(row) for row in session.scalars(select(model).where(*where))]


def user_references(table: Table) -> list[Any]:
    """The columns of a table that point at users.id."""
    return [fk.parent for fk in table.foreign_keys if fk.column.table.name == "users"]


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    """A row without credential columns, with dates as strings."""
    return {
        key: _plain(value) for key, value in row.items()
        if not any(marker in key for marker in _SECRET_MARKERS)
    }


def _plain(value: Any) -> Any:
    """A column value as JSON can hold it."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return getattr(value, "value", value)


def _other_records(session: Session, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Rows of other domains (nudges, escalations, usage, ...) that reference the user."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table in load_all_models().sorted_tables:
        columns = user_references(table)
        if table.name in _OWN_TABLES or not columns:
            continue
        condition = columns[0] == user_id
        for column in columns[1:]:
            condition = condition | (column == user_id)
        rows = [_clean(dict(row._mapping)) for row in session.execute(
            select(table).where(condition))]
        if rows:
            out[table.name] = rows
    return out


def export_data(*, session: Session, user: User) -> dict[str, Any]:
    """Everything stored about a user: account, conversations, goals, check-ins, profile."""
    conversations = []
    for conversation in session.scalars(select(Conversation).where(
            Conversation.learner_id == user.id).order_by(Conversation.id)):
        coach = session.get(Coach, conversation.coach_id)
        item = as_dict(conversation) | {"coach": coach.slug if coach else None}
        item["messages"] = _rows(session, Message, Message.conversation_id == conversation.id)
        # The safety check's reading of each message (category, score; never the text).
        messages = select(Message.id).where(Message.conversation_id == conversation.id)
        item["safety_readings"] = _rows(session, MessageReading,
                                        MessageReading.message_id.in_(messages))
        conversations.append(item)
    goals = []
    for goal in profiles.list_goals(session=session, learner_id=user.id):
        item = as_dict(goal)
        item["milestones"] = [as_dict(m) for m in profiles.milestones(session=session,
                                                                       goal_id=goal.id)]
        item["check_ins"] = [as_dict(c) for c in profiles.check_ins(session=session,
                                                                     goal_id=goal.id)]
        goals.append(item)
    profile = session.get(LearnerProfile, user.id)
    return {
        "format": "lodestar-export", "version": EXPORT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "account": UserRead.model_validate(user).model_dump(mode="json"),
        "enrolments": [
            {"coach": coach.slug, "since": enrolled.isoformat()}
            for coach, enrolled in session.execute(
                select(Coach, Enrolment.created_at).join(Enrolment, Enrolment.coach_id == Coach.id)
                .where(Enrolment.learner_id == user.id))
        ],
        "conversations": conversations,
        "goals": goals,
        "profile": as_dict(profile) if profile else None,
        "activity": activity.histogram(session=session, learner_id=user.id),
        "answer_feedback": _rows(session, AnswerFeedback, AnswerFeedback.learner_id == user.id),
        "profile_history": _rows(session, ProfileChange, ProfileChange.learner_id == user.id),
        "behaviour_metrics": _rows(session, BehaviourSnapshot,
                                   BehaviourSnapshot.learner_id == user.id),
        "other_records": _other_records(session, user.id),
    }


def delete_account(*, session: Session, user: User) -> None:
    """Delete a user and everything that references them (cascades do most of it)."""
    user_id = user.id
    session.execute(delete(AuditLog).where(AuditLog.actor_id == user_id))
    session.expunge_all()  # loaded rows would otherwise be flushed back after the cascade
    session.execute(delete(User).where(User.id == user_id))
    session.flush()


def remaining_references(*, session: Session, user_id: int) -> dict[str, int]:
    """How many rows in each table still reference a user (empty when none do)."""
    found: dict[str, int] = {}
    for table in load_all_models().sorted_tables:
        columns = user_references(table)
        if table.name == "users":
            columns = [*columns, table.c.id]
        for column in columns:
            count = len(session.execute(select(column).where(column == user_id)).all())
            if count:
                found[f"{table.name}.{column.name}"] = count
    return found

