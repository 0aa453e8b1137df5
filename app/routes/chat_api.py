"""The chat API: a learner's conversations with a coach, and answers streamed as SSE.

Every id in a path is checked against the caller: a conversation, message or coach that is
someone else's answers 404, exactly like one that does not exist.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session
from sse_starlette import EventSourceResponse, ServerSentEvent

from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.coaching.chat import (
    ChatEventOut,
    ChatNotFound,
    ChatStream,
    MessageRejected,
    RetryNotAllowed,
)
from app.coaching.models import Coach, Conversation, Message, MessageRole, MessageStatus
from app.db import unit_of_work
from app.deps import (
    ApiUser,
    ChatDep,
    DetachedApiUser,
    ObjectId,
    SessionDep,
    get_detached_api_user,
)
from app.limits import chat_limit
from app.routes.errors import error_responses as _errors
from app.routes.streaming import event_schema, event_stream, in_thread

router = APIRouter(prefix="/api/v1", tags=["chat"])
# Per-minute rate limits and daily token budgets (429 with Retry-After), before anything runs.
ChatLimited = Depends(chat_limit(get_detached_api_user))


class ConversationCreate(BaseModel):
    """A new conversation, with an optional title."""

    title: str = Field("", max_length=200)


class ConversationRead(BaseModel):
    """A conversation without its messages."""

    id: int
    coach_slug: str
    title: str
    created_at: datetime
    updated_at: datetime


class SourceRead(BaseModel):
    """A passage of the coach's material that an answer may cite as [n]."""

    model_config = ConfigDict(extra="allow")

    n: int
    document_id: int | None = None
    filename: str = ""
    title: str = ""
    section: str = ""
    page: int | None = None


class MessageRead(BaseModel):
    """One message; an assistant answer may be `partial` or `failed` (and then retryable)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    role: MessageRole
    content: str
    status: MessageStatus
    sources: list[SourceRead]
    provider: str | None
    model: str | None
    created_at: datetime


class ConversationDetail(ConversationRead):
    """A conversation with every message, oldest first."""

    messages: list[MessageRead]


class MessageIn(BaseModel):
    """A learner message (its length limit is LODESTAR_MAX_MESSAGE_CHARS)."""

    text: str = Field(description="What the learner writes; surrounding whitespace is ignored.")


class SourcesEvent(BaseModel):
    """`sources`: the passages the answer may cite as [n], sent before the first token."""

    type: Literal["sources"]
    sources: list[SourceRead]


class TokenEvent(BaseModel):
    """`token`: a piece of the answer."""

    type: Literal["token"]
    text: str


class DoneEvent(BaseModel):
    """`done`: the answer is complete and saved; `content` is set if the stored text differs."""

    type: Literal["done"]
    message_id: int
    conversation_id: int
    usage: dict[str, Any]
    local_only: bool
    content: str | None


class ErrorEvent(BaseModel):
    """`error`: the answer failed or broke off; retry `message_id` if `retryable`."""

    type: Literal["error"]
    message: str
    retryable: bool
    message_id: int | None
    retry_after: int | None = None


SSE_EVENTS = (
    "Server-sent events, in order: `sources` (the passages the answer may cite), `token` "
    "(pieces of the answer), then `done` (message_id, conversation_id, usage, and `content` "
    "when the stored text differs from the streamed one) or `error` (message, retryable, "
    "message_id, and retry_after in seconds when the models are busy). Each `data` is a JSON "
    "object with a `type` field."
)
SSE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": SSE_EVENTS,
        "content": {"text/event-stream": {"schema": event_schema({
            "sources": SourcesEvent, "token": TokenEvent, "done": DoneEvent, "error": ErrorEvent,
        })}},
    },
    **_errors(401, 403, 404),
}


def reachable_coach(session: Session, user: User, slug: str) -> Coach | None:
    """The coach if this user may chat with it: learners when enrolled, coaches their own."""
    coach = coaching.get_by_slug(session=session, slug=slug)
    if coach is None:
        return None
    if user.role is Role.COACH:
        # A coach trying out another coach's persona would read that coach's private material.
        return coach if coach.owner_id == user.id else None
    allowed = coaching.can_chat(session=session, user_id=user.id, coach_id=coach.id)
    return coach if allowed else None


def reachable_coaches(session: Session, user: User) -> list[Coach]:
    """The coaches this user may chat with, by name (the same rule as `reachable_coach`)."""
    if user.role is Role.LEARNER:
        return coaching.coaches_for_learner(session=session, learner=user)
    coaches = coaching.list_coaches(session=session)
    if user.role is Role.COACH:
        return [coach for coach in coaches if coach.owner_id == user.id]
    return coaches


def chat_coach(slug: str, user: ApiUser, session: SessionDep) -> Coach:
    """The coach in the path, if the caller may chat with it; 404 otherwise."""
    coach = reachable_coach(session, user, slug)
    if coach is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such coach")
    return coach


ChatCoach = Annotated[Coach, Depends(chat_coach)]


def _read(conversation: Conversation, slug: str) -> ConversationRead:
    """A conversation as the API shows it."""
    return ConversationRead(
        id=conversation.id, coach_slug=slug, title=conversation.title,
        created_at=conversation.created_at, updated_at=conversation.updated_at,
    )


@router.get("/coaches/{slug}/conversations", response_model=list[ConversationRead],
            responses=_errors(401, 403, 404))
def list_conversations(
    coach: ChatCoach, user: ApiUser, session: SessionDep
) -> list[ConversationRead]:
    """The caller's conversations with a coach, most recently active first."""
    rows = coaching.list_conversations(session=session, learner_id=user.id, coach_id=coach.id)
    return [_read(conversation, coach.slug) for conversation in rows]


@router.post("/coaches/{slug}/conversations", status_code=status.HTTP_201_CREATED,
             response_model=ConversationRead, responses=_errors(401, 403, 404))
def create_conversation(
    coach: ChatCoach, user: ApiUser, session: SessionDep,
    body: Annotated[ConversationCreate | None, Body()] = None,
) -> ConversationRead:
    """Open an empty conversation with a coach."""
    title = body.title if body else ""
    conversation = coaching.start_conversation(
        session=session, learner_id=user.id, coach_id=coach.id, title=title
    )
    return _read(conversation, coach.slug)


@router.get("/conversations/{conversation_id}", response_model=ConversationDetail,
            responses=_errors(401, 403, 404))
def get_conversation(
    conversation_id: ObjectId, user: ApiUser, session: SessionDep
) -> ConversationDetail:
    """One of the caller's conversations, with its messages and their sources and status."""
    conversation = coaching.get_conversation(
        session=session, learner_id=user.id, conversation_id=conversation_id
    )
    if conversation is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such conversation")
    coach = session.get_one(Coach, conversation.coach_id)
    messages: list[Message] = coaching.history(session=session, conversation=conversation)
    return ConversationDetail(
        **_read(conversation, coach.slug).model_dump(),
        messages=[MessageRead.model_validate(message) for message in messages],
    )


def _conversation_coach(request: Request, user: User, conversation_id: int) -> int:
    """The coach id of the caller's conversation, in a unit of work that ends at once."""
    with unit_of_work(request.app.state.db.sessions) as session:
        conversation = _owned(session, user, conversation_id)
        return conversation.coach_id


def _owned(session: Session, user: User, conversation_id: int) -> Conversation:
    """The caller's conversation, or 404."""
    conversation = coaching.get_conversation(
        session=session, learner_id=user.id, conversation_id=conversation_id
    )
    if conversation is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such conversation")
    return conversation


def rejected(error: MessageRejected, text: str) -> RequestValidationError:
    """A rejected message as a validation error on the `text` field (answered 422)."""
    return RequestValidationError(
        [{"type": "value_error", "loc": ("body", "text"), "msg": str(error), "input": text}]
    )


def sse(event: ChatEventOut) -> Iterable[ServerSentEvent]:
    """A chat event as one typed SSE message with a JSON body."""
    yield ServerSentEvent(data=json.dumps(event.to_dict()), event=event.type)


@router.post("/conversations/{conversation_id}/messages", response_class=EventSourceResponse,
             responses={**SSE_RESPONSES, **_errors(429)}, dependencies=[ChatLimited])
async def send_message(
    conversation_id: ObjectId, body: MessageIn, request: Request, user: DetachedApiUser,
    chat: ChatDep,
) -> EventSourceResponse:
    """Send a message; the coach's answer streams back as server-sent events.

    The message is saved before the stream starts. An empty or over-long message answers 422
    and nothing is saved. A client that disconnects stops the answer; what was written so far
    is saved as a partial answer that can be retried.
    """
    coach_id = await in_thread(_conversation_coach, request=request, user=user,
                               conversation_id=conversation_id)
    try:
        stream: ChatStream = await in_thread(
            chat.send, learner_id=user.id, coach_id=coach_id, conversation_id=conversation_id,
            text=body.text, locale=user.locale,
        )
    except MessageRejected as error:
        raise rejected(error, body.text) from None
    except ChatNotFound:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such conversation") from None
    return event_stream(request, stream, sse)


@router.post("/messages/{message_id}/retry", response_class=EventSourceResponse,
             responses={**SSE_RESPONSES, **_errors(409, 429)}, dependencies=[ChatLimited])
async def retry_message(
    message_id: ObjectId, request: Request, user: DetachedApiUser, chat: ChatDep
) -> EventSourceResponse:
    """Regenerate a partial or failed answer (the latest of its conversation), streamed."""
    try:
        stream: ChatStream = await in_thread(
            chat.retry, learner_id=user.id, message_id=message_id, locale=user.locale
        )
    except ChatNotFound:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such message") from None
    except RetryNotAllowed as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None
    return event_stream(request, stream, sse)
