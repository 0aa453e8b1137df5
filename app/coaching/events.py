"""Typed events of a chat answer stream (`sources`, `token`, `error`, `done`) and the stream."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal


class _Event:
    """Shared serialisation of the stream events."""

    def to_dict(self) -> dict[str, Any]:
        """The event as JSON-ready data, `type` included."""
        # Fields only hold JSON types, so a shallow copy of the instance dict is enough.
        return dict(vars(self))


@dataclass(frozen=True)
class TokenOut(_Event):
    """A piece of the coach's answer."""

    text: str
    type: Literal["token"] = "token"


@dataclass(frozen=True)
class SourcesOut(_Event):
    """The passages the answer may cite as [n]; sent before the first token."""

    sources: list[dict[str, Any]]
    type: Literal["sources"] = "sources"


@dataclass(frozen=True)
class ErrorOut(_Event):
    """The answer failed or broke off; `message_id` is the saved answer to retry.

    `retry_after` (seconds) is set when the models were busy rather than broken.
    """

    message: str
    retryable: bool
    message_id: int | None
    retry_after: int | None = None
    type: Literal["error"] = "error"


@dataclass(frozen=True)
class DoneOut(_Event):
    """The answer is complete and saved.

    `usage` holds prompt_tokens, completion_tokens, first_token_ms, latency_ms, provider and
    model. `local_only` is true when this exchange must stay on local models (e.g. for
    background profile updates); `content` is the stored answer when the safety check changed
    what was streamed (clients replace their text with it), else None.
    """

    message_id: int
    conversation_id: int
    usage: dict[str, Any]
    local_only: bool = False
    content: str | None = None
    type: Literal["done"] = "done"


ChatEventOut = TokenOut | SourcesOut | ErrorOut | DoneOut


class ChatStream(Iterator[ChatEventOut]):
    """The events of one answer; closing it stops the model and saves what was written.

    `conversation_id` and `question_id` (the saved learner message) are known before the first
    event, so a caller can report them even if the answer fails. Callers that stop reading
    early (a client disconnects) must call `close()`, or use the stream as a context manager.
    """

    def __init__(
        self,
        events: Generator[ChatEventOut, None, None],
        *,
        conversation_id: int,
        question_id: int,
    ) -> None:
        self._events = events
        self.conversation_id = conversation_id
        self.question_id = question_id

    def __next__(self) -> ChatEventOut:
        """The next event."""
        return next(self._events)

    def close(self) -> None:
        """Stop generating; the partial answer is saved."""
        self._events.close()

    def __enter__(self) -> ChatStream:
        """Use the stream in a with block that closes it."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the stream, however the block ended."""
        self.close()
