"""Coach, enrolment, conversation and message service functions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching.models import (
    Coach,
    Conversation,
    Enrolment,
    Message,
    MessageRole,
    MessageStatus,
    UsageRecord,
)
from app.db import utcnow

SLUG_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


class CoachingError(ValueError):
    """A coaching request that cannot be carried out; the message says why."""


def get_by_slug(*, session: Session, slug: str) -> Coach | None:
    """Find a coach by slug."""
    return session.scalar(select(Coach).where(Coach.slug == slug))


def create_coach(
    *,
    session: Session,
    slug: str,
    name: str,
    expertise: str = "",
    methodology: str = "",
    communication_style: str = "",
    persona_prompt: str = "",
    owner: User | None = None,
) -> Coach:
    """Create a coach; the slug must be lower-case letters, digits and hyphens."""
    if not SLUG_PATTERN.match(slug):
        raise CoachingError(
            f"invalid slug {slug!r}: use lower-case letters, digits and hyphens (max 64)"
        )
    if not name.strip():
        raise CoachingError("a coach needs a name")
    if get_by_slug(session=session, slug=slug) is not None:
        raise CoachingError(f"a coach with slug {slug!r} already exists")
    coach = Coach(
        slug=slug,
        name=name.strip(),
        expertise=expertise,
        methodology=methodology,
        communication_style=communication_style,
        persona_prompt=persona_prompt,
        owner_id=owner.id if owner else None,
    )
    session.add(coach)
    session.flush()
    return coach


def assign_owner(*, session: Session, coach: Coach, user: User) -> None:
    """Make a coach-role user the owner of a coach."""
    if user.role is not Role.COACH:
        raise CoachingError(f"{user.email} is a {user.role.value}, not a coach")
    coach.owner_id = user.id
    session.flush()


def enrol(*, session: Session, learner: User, coach: Coach) -> Enrolment:
    """Enrol a learner with a coach; enrolling twice returns the existing enrolment."""
    if learner.role is not Role.LEARNER:
        raise CoachingError(f"{learner.email} is a {learner.role.value}, not a learner")
    existing = session.scalar(
        select(Enrolment).where(Enrolment.learner_id == learner.id, Enrolment.coach_id == coach.id)
    )
    if existing is not None:
        return existing
    enrolment = Enrolment(learner_id=learner.id, coach_id=coach.id)
    session.add(enrolment)
    session.flush()
    return enrolment


def coaches_for_learner(*, session: Session, learner: User) -> list[Coach]:
    """The coaches a learner is enrolled with."""
    stmt = (
        select(Coach)
        .join(Enrolment, Enrolment.coach_id == Coach.id)
        .where(Enrolment.learner_id == learner.id)
        .order_by(Coach.name)
    )
    return list(session.scalars(stmt))


def list_coaches(*, session: Session) -> list[Coach]:
    """All coaches, by name."""
    return list(session.scalars(select(Coach).order_by(Coach.name)))


def coaches_owned_by(*, session: Session, owner: User) -> list[Coach]:
    """The coaches a coach-role user owns, by name."""
    stmt = select(Coach).where(Coach.owner_id == owner.id).order_by(Coach.name)
    return list(session.scalars(stmt))


def managed_coaches(*, session: Session, user: User) -> list[Coach]:
    """The coaches a user manages: all for an admin, owned ones for a coach, none otherwise."""
    if user.role is Role.ADMIN:
        return list_coaches(session=session)
    if user.role is Role.COACH:
        return coaches_owned_by(session=session, owner=user)
    return []


def chat_coaches(*, session: Session, user: User) -> list[Coach]:
    """The coaches a user talks to in the web chat: enrolled ones, or the ones they manage."""
    if user.role is Role.LEARNER:
        return coaches_for_learner(session=session, learner=user)
    return managed_coaches(session=session, user=user)


def update_coach(
    *,
    session: Session,
    coach: Coach,
    name: str | None = None,
    expertise: str | None = None,
    methodology: str | None = None,
    communication_style: str | None = None,
    persona_prompt: str | None = None,
) -> Coach:
    """Change a coach's profile; fields left as None keep their value."""
    if name is not None:
        if not name.strip():
            raise CoachingError("a coach needs a name")
        coach.name = name.strip()
    changes = {
        "expertise": expertise,
        "methodology": methodology,
        "communication_style": communication_style,
        "persona_prompt": persona_prompt,
    }
    for field, value in changes.items():
        if value is not None:
            setattr(coach, field, value.strip())
    session.flush()
    return coach


@dataclass(frozen=True)
class EnrolledLearner:
    """A learner of a coach, with when they last talked to it (None if never)."""

    user: User
    enrolled_at: datetime
    last_active: datetime | None


def enrolled_learners(*, session: Session, coach: Coach) -> list[EnrolledLearner]:
    """The coach's learners with their last conversation activity, most recent first."""
    last = (
        select(Conversation.learner_id, func.max(Conversation.updated_at).label("last"))
        .where(Conversation.coach_id == coach.id)
        .group_by(Conversation.learner_id)
        .subquery()
    )
    stmt = (
        select(User, Enrolment.created_at, last.c.last)
        .join(Enrolment, Enrolment.learner_id == User.id)
        .outerjoin(last, last.c.learner_id == User.id)
        .where(Enrolment.coach_id == coach.id)
    )
    rows = [EnrolledLearner(user, enrolled, active)
            for user, enrolled, active in session.execute(stmt)]
    return sorted(rows, key=lambda row: (row.last_active or row.enrolled_at), reverse=True)


# --- Conversations and messages ---------------------------------------------------------------

TITLE_LENGTH = 80


class MessageRejected(CoachingError):
    """A learner message that cannot be accepted (empty, too long); the HTTP layer answers 422."""


class ChatNotFound(LookupError):
    """No such coach or conversation for this user; the HTTP layer answers 404."""


class RetryNotAllowed(CoachingError):
    """The message is not an unfinished answer that can be regenerated."""


def validate_message(*, text: str, max_chars: int) -> str:
    """The message without surrounding whitespace, or MessageRejected saying what is wrong."""
    cleaned = text.strip()
    if not cleaned:
        raise MessageRejected("the message is empty: write something for your coach")
    if len(cleaned) > max_chars:
        raise MessageRejected(
            f"the message is {len(cleaned)} characters long; the limit is {max_chars}"
        )
    return cleaned


def can_chat(*, session: Session, user_id: int, coach_id: int) -> bool:
    """Whether an active user may talk to a coach: learners need an enrolment, staff do not."""
    user = session.get(User, user_id)
    if user is None or not user.is_active or session.get(Coach, coach_id) is None:
        return False
    if user.role is not Role.LEARNER:
        return True
    enrolled = select(Enrolment.id).where(
        Enrolment.learner_id == user_id, Enrolment.coach_id == coach_id
    )
    return session.scalar(enrolled) is not None


def chat_coach(*, session: Session, user_id: int, coach_id: int) -> Coach:
    """The coach, if this user may talk to it; otherwise ChatNotFound."""
    coach = session.get(Coach, coach_id)
    if coach is None or not can_chat(session=session, user_id=user_id, coach_id=coach_id):
        raise ChatNotFound(f"no coach {coach_id} for this user")
    return coach


def open_conversation(
    *, session: Session, learner_id: int, coach_id: int, conversation_id: int | None, title: str
) -> Conversation:
    """The learner's conversation with this coach to continue, or a new one if no id is given."""
    if conversation_id is None:
        return start_conversation(
            session=session, learner_id=learner_id, coach_id=coach_id, title=title
        )
    found = get_conversation(
        session=session, learner_id=learner_id, conversation_id=conversation_id
    )
    if found is None or found.coach_id != coach_id:
        raise ChatNotFound(f"no conversation {conversation_id} with this coach")
    return found


def learner_message(
    *, session: Session, learner_id: int, message_id: int
) -> tuple[Message, Conversation]:
    """A message and its conversation, if the conversation is this learner's."""
    message = session.get(Message, message_id)
    if message is not None:
        conversation = get_conversation(
            session=session, learner_id=learner_id, conversation_id=message.conversation_id
        )
        if conversation is not None:
            return message, conversation
    raise ChatNotFound(f"no message {message_id} in this learner's conversations")


def start_conversation(
    *, session: Session, learner_id: int, coach_id: int, title: str = ""
) -> Conversation:
    """Open a new conversation between a learner and a coach."""
    conversation = Conversation(
        learner_id=learner_id, coach_id=coach_id, title=_title(title), summary=""
    )
    session.add(conversation)
    session.flush()
    return conversation


def get_conversation(
    *, session: Session, learner_id: int, conversation_id: int
) -> Conversation | None:
    """The learner's conversation, or None if it does not exist or is someone else's."""
    return session.scalar(
        select(Conversation).where(
            Conversation.id == conversation_id, Conversation.learner_id == learner_id
        )
    )


def list_conversations(*, session: Session, learner_id: int, coach_id: int) -> list[Conversation]:
    """A learner's conversations with one coach, most recently active first."""
    stmt = (
        select(Conversation)
        .where(Conversation.learner_id == learner_id, Conversation.coach_id == coach_id)
        .order_by(Conversation.updated_at.desc(), Conversation.id.desc())
    )
    return list(session.scalars(stmt))


def history(*, session: Session, conversation: Conversation) -> list[Message]:
    """Every message of a conversation, oldest first (failed answers included, for retry)."""
    stmt = select(Message).where(Message.conversation_id == conversation.id).order_by(Message.id)
    return list(session.scalars(stmt))


def add_message(
    *,
    session: Session,
    conversation: Conversation,
    role: MessageRole,
    content: str,
    status: MessageStatus = MessageStatus.COMPLETE,
) -> Message:
    """Append a message to a conversation and mark the conversation as active."""
    message = Message(
        conversation_id=conversation.id, role=role, content=content, status=status, sources=[]
    )
    session.add(message)
    conversation.updated_at = utcnow()
    session.flush()
    return message


def record_usage(
    *,
    session: Session,
    message: Message,
    user_id: int,
    coach_id: int,
    provider: str,
    model: str,
    prompt_tokens: int,
    completion_tokens: int,
    cost_usd: Decimal = Decimal("0"),
) -> UsageRecord:
    """Record the tokens (and the cost, from the price table) one model call spent."""
    record = UsageRecord(
        user_id=user_id,
        coach_id=coach_id,
        message_id=message.id,
        provider=provider,
        model=model,
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        cost_usd=cost_usd,
    )
    session.add(record)
    session.flush()
    return record


def _title(text: str) -> str:
    """A one-line conversation title cut to TITLE_LENGTH characters."""
    line = " ".join(text.split())
    return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1].rstrip() + "…"
