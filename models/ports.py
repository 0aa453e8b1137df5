"""Ports of the model layer: chat models, embedders, their events and errors."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class ChatMessage:
    """One message of a chat prompt."""

    role: Role
    content: str


@dataclass(frozen=True)
class ChatOptions:
    """Generation options; `local_only` requests never reach a hosted provider."""

    max_tokens: int = 512
    temperature: float = 0.7
    top_p: float = 0.95
    stop: tuple[str, ...] = ()
    seed: int | None = None
    local_only: bool = False


@dataclass(frozen=True)
class Timeouts:
    """Seconds allowed to connect, to produce the first token, and for the whole answer.

    Adapters use `connect` for their HTTP connect timeout and `first_token` as the longest
    silence they accept between bytes (so a stalled stream raises `ProviderTimeout`). The
    fallback chain enforces `first_token` and `total` for every provider, local ones included.
    """

    connect: float = 3.0
    first_token: float = 60.0
    total: float = 300.0


@dataclass(frozen=True)
class TokenEvent:
    """A piece of generated text."""

    text: str
    type: Literal["token"] = "token"


@dataclass(frozen=True)
class UsageEvent:
    """Token counts for the whole answer."""

    prompt_tokens: int
    completion_tokens: int
    type: Literal["usage"] = "usage"


@dataclass(frozen=True)
class DoneEvent:
    """The answer finished; names the provider and model that produced it."""

    provider: str
    model: str
    finish_reason: str = "stop"
    type: Literal["done"] = "done"


@dataclass(frozen=True)
class ErrorEvent:
    """Generation failed; `partial` is true when tokens were already streamed.

    `busy` is true when every provider that was tried refused for load, not for a fault:
    the same request is expected to succeed a little later.
    """

    message: str
    provider: str = ""
    model: str = ""
    partial: bool = False
    attempts: tuple[str, ...] = field(default_factory=tuple)
    busy: bool = False
    type: Literal["error"] = "error"


@dataclass(frozen=True)
class QueuedEvent:
    """The request waits in the provider's local queue behind `ahead` others.

    The provider promises to start it within `max_wait` seconds or fail with ProviderBusy,
    so a caller's first-token clock should not run while it waits.
    """

    ahead: int
    max_wait: float
    type: Literal["queued"] = "queued"


@dataclass(frozen=True)
class StartedEvent:
    """The provider began work on the request: the first-token clock starts now."""

    type: Literal["started"] = "started"


ChatEvent = TokenEvent | UsageEvent | DoneEvent | ErrorEvent | QueuedEvent | StartedEvent


class ModelError(Exception):
    """A provider failed; `retryable` says whether trying again may help."""

    retryable: bool = False

    def __init__(self, message: str, *, provider: str = "", retryable: bool | None = None) -> None:
        super().__init__(message)
        self.provider = provider
        if retryable is not None:
            self.retryable = retryable


class ProviderUnavailable(ModelError):
    """The provider could not be reached or answered with a server error."""

    retryable = True


class ProviderTimeout(ModelError):
    """The provider did not connect, start or finish in time."""

    retryable = True


class ModelNotFound(ModelError):
    """The provider is up but does not have the requested model."""

    retryable = False


class ProviderBusy(ModelError):
    """The provider is at capacity (its queue is full or the wait ran out); not a fault.

    Not retried at once, since an immediate retry would meet the same queue; the chain moves on
    to the next provider, and the learner is told to retry shortly.
    """

    retryable = False


class ProviderRejected(ModelError):
    """The provider refused the request (bad key, bad request); retrying will not help."""

    retryable = False


@runtime_checkable
class ChatModel(Protocol):
    """Streams a chat answer as typed events.

    Adapters yield token events, then one usage event and one done event; they raise
    `ModelError` on failure. The fallback chain never raises: it yields an `ErrorEvent`.
    """

    provider: str
    model: str
    is_local: bool

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Yield the events of one answer."""
        ...


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into vectors; `id` and `dimension` keep models from being mixed."""

    id: str
    dimension: int

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed each text, in order."""
        ...


@dataclass(frozen=True)
class ProviderStatus:
    """What `lodestar doctor` and readiness checks learn about one provider."""

    name: str
    reachable: bool
    model: str
    model_present: bool
    detail: str = ""
    fix: str = ""


class Probe(Protocol):
    """A provider that can report whether it is usable without generating."""

    def check(self) -> ProviderStatus:
        """Report reachability and model presence."""
        ...


def collect_text(events: Iterator[ChatEvent]) -> tuple[str, list[ChatEvent]]:
    """Join the token text of a stream and return it with the non-token events."""
    parts: list[str] = []
    others: list[ChatEvent] = []
    for event in events:
        if isinstance(event, TokenEvent):
            parts.append(event.text)
        else:
            others.append(event)
    return "".join(parts), others
