"""Answers as the chat service stores them: gathered from a model stream, saved, retried."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.coaching.models import Conversation, Message, MessageRole, MessageStatus
from app.coaching.service import RetryNotAllowed, add_message, record_usage
from app.ops import telemetry
from app.usage import PriceTable
from models.ports import ChatEvent, DoneEvent, ErrorEvent, TokenEvent, UsageEvent

log = logging.getLogger(__name__)


def ms_since(started: float) -> int:
    """Whole milliseconds since a `time.monotonic()` reading."""
    return round((time.monotonic() - started) * 1000)


def close_quietly(stream: Iterator[ChatEvent]) -> None:
    """Close a model stream (stopping its generation), ignoring errors while it cleans up."""
    close = getattr(stream, "close", None)
    if callable(close):
        try:
            close()
        except Exception:
            log.warning("closing the model stream failed", exc_info=True)


@dataclass
class Run:
    """What one model stream produced, gathered as it arrives."""

    started: float
    parts: list[str] = field(default_factory=list)
    first_token_ms: int | None = None
    usage: UsageEvent | None = None
    provider: str = ""
    model: str = ""
    error: str = ""
    busy: bool = False
    ended: bool = False
    cancelled: bool = False

    def observe(self, event: ChatEvent) -> str:
        """Take one chain event; return its text if it is a token to pass on."""
        if isinstance(event, TokenEvent) and event.text:
            if self.first_token_ms is None:
                self.first_token_ms = ms_since(self.started)
            self.parts.append(event.text)
            return event.text
        if isinstance(event, UsageEvent):
            self.usage = event
        elif isinstance(event, DoneEvent | ErrorEvent):
            self.provider = event.provider or self.provider
            self.model = event.model or self.model
            if isinstance(event, ErrorEvent):
                self.error = event.message or "generation failed"
                self.busy = event.busy
        return ""

    @property
    def text(self) -> str:
        """The answer so far."""
        return "".join(self.parts)

    @property
    def status(self) -> MessageStatus:
        """Complete, partial (some text) or failed (none)."""
        if self.ended and not self.error and not self.cancelled:
            return MessageStatus.COMPLETE
        return MessageStatus.PARTIAL if self.text.strip() else MessageStatus.FAILED


@dataclass(frozen=True)
class Answer:
    """An answer ready to store; `spent` says whether a model call should be recorded."""

    content: str
    status: MessageStatus
    provider: str | None = None
    model: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    first_token_ms: int | None = None
    latency_ms: int | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)
    spent: bool = False

    def usage(self) -> dict[str, Any]:
        """The usage block of the done event."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "first_token_ms": self.first_token_ms,
            "latency_ms": self.latency_ms,
            "provider": self.provider,
            "model": self.model,
        }


def save_answer(
    *,
    session: Session,
    conversation_id: int,
    learner_id: int,
    coach_id: int,
    answer: Answer,
    answer_id: int | None = None,
    summary: str | None = None,
    prices: PriceTable | None = None,
) -> Message:
    """Store an answer (new, or over the retried `answer_id`), its usage and the summary."""
    conversation = session.get_one(Conversation, conversation_id)
    message = _answer_row(session, conversation, answer_id, answer)
    if answer.spent and answer.provider and answer.model:
        telemetry.record_answer(answer.provider, answer.model, answer.first_token_ms,
                                answer.latency_ms, answer.completion_tokens)
        record_usage(
            session=session,
            message=message,
            user_id=learner_id,
            coach_id=coach_id,
            provider=answer.provider,
            model=answer.model,
            prompt_tokens=answer.prompt_tokens or 0,
            completion_tokens=answer.completion_tokens or 0,
            cost_usd=(prices or PriceTable()).cost(answer.provider, answer.model,
                                                   answer.prompt_tokens or 0,
                                                   answer.completion_tokens or 0),
        )
    if summary is not None and conversation.summary != summary:
        conversation.summary = summary
    session.flush()
    return message


def _answer_row(
    session: Session, conversation: Conversation, answer_id: int | None, answer: Answer
) -> Message:
    """A new assistant message, or the retried one rewritten (kept if the retry got nothing)."""
    if answer_id is None:
        message = add_message(
            session=session,
            conversation=conversation,
            role=MessageRole.ASSISTANT,
            content=answer.content,
            status=answer.status,
        )
    else:
        message = session.get_one(Message, answer_id)
        if not answer.content and message.content:
            return message  # an empty retry must not erase the text the learner already has
        message.content, message.status = answer.content, answer.status
    message.provider, message.model = answer.provider, answer.model
    message.prompt_tokens = answer.prompt_tokens
    message.completion_tokens = answer.completion_tokens
    message.first_token_ms, message.latency_ms = answer.first_token_ms, answer.latency_ms
    message.sources = answer.sources
    return message


def retry_question(*, session: Session, answer: Message) -> Message:
    """The learner message that a retryable answer (partial or failed, and latest) replies to."""
    if answer.role is not MessageRole.ASSISTANT or answer.status is MessageStatus.COMPLETE:
        raise RetryNotAllowed("only a partial or failed answer can be retried")
    newest = session.scalar(
        select(func.max(Message.id)).where(Message.conversation_id == answer.conversation_id)
    )
    if newest != answer.id:
        # Later turns already build on this answer; rewriting it would change their context.
        raise RetryNotAllowed("only the latest answer of a conversation can be retried")
    question = session.scalar(
        select(Message)
        .where(
            Message.conversation_id == answer.conversation_id,
            Message.role == MessageRole.USER,
            Message.id < answer.id,
        )
        .order_by(Message.id.desc())
        .limit(1)
    )
    if question is None:
        raise RetryNotAllowed("this answer has no learner message to reply to")
    return question
