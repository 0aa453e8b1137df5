"""Hosted fallback chat models: OpenAI-compatible servers and Anthropic, via their official SDKs.

These adapters are used only when local models fail and never for `local_only` requests
(they declare `is_local = False`; the fallback chain enforces the rule). Retries belong to the
chain, so both SDK clients are built with `max_retries=0`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import anthropic
import httpx2
import openai
from anthropic.types import (
    MessageParam,
    RawContentBlockDeltaEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    RawMessageStopEvent,
    RawMessageStreamEvent,
    TextDelta,
)
from anthropic.types import Usage as AnthropicUsage
from anthropic.types.message_delta_usage import MessageDeltaUsage
from openai.types.chat import ChatCompletionChunk, ChatCompletionMessageParam

from models.ports import (
    ChatEvent,
    ChatMessage,
    ChatOptions,
    DoneEvent,
    ModelError,
    ModelNotFound,
    ProviderRejected,
    ProviderStatus,
    ProviderTimeout,
    ProviderUnavailable,
    Timeouts,
    TokenEvent,
    UsageEvent,
)
from safety.pii import redact as redact_pii

OPENAI_FIX = "check LODESTAR_OPENAI_API_KEY / LODESTAR_OPENAI_BASE_URL"
ANTHROPIC_FIX = "check LODESTAR_ANTHROPIC_API_KEY / LODESTAR_ANTHROPIC_BASE_URL"
PROBE_READ_SECONDS = 10.0

# Error `type`s of both APIs mapped to the HTTP status they stand for; used when an error
# arrives inside a 200 stream and carries no status of its own.
ERROR_TYPE_STATUS: dict[str, int] = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "server_error": 500,
    "overloaded_error": 529,
}

# The SDKs raise their transport library's (httpx2) exceptions raw while a stream is read.
_TIMEOUTS = (openai.APITimeoutError, anthropic.APITimeoutError, httpx2.TimeoutException)
_UNREACHABLE = (openai.APIConnectionError, anthropic.APIConnectionError, httpx2.TransportError)
_STATUS = (openai.APIStatusError, anthropic.APIStatusError)
_API = (openai.APIError, anthropic.APIError)


def http_timeout(timeouts: Timeouts) -> httpx2.Timeout:
    """The SDK timeout: `connect` to connect, `first_token` as the longest silence between bytes."""
    return httpx2.Timeout(timeouts.total, connect=timeouts.connect, read=timeouts.first_token)


def probe_timeout(timeouts: Timeouts) -> httpx2.Timeout:
    """A shorter timeout for health checks, which should not hang a readiness probe."""
    read = min(timeouts.first_token, PROBE_READ_SECONDS)
    return httpx2.Timeout(read, connect=timeouts.connect)


def redact(text: str, secret: str) -> str:
    """Remove a secret from text that may echo it."""
    return text.replace(secret, "[redacted]") if secret else text


def error_detail(body: object) -> tuple[str, str]:
    """The error type and message of an OpenAI- or Anthropic-shaped error body."""
    inner = body.get("error", body) if isinstance(body, Mapping) else None
    if not isinstance(inner, Mapping):
        return "", str(body or "")
    kind = inner.get("type") or inner.get("code") or ""
    return str(kind), str(inner.get("message") or "")


def status_error(status: int, detail: str, provider: str, model: str) -> ModelError:
    """Map an HTTP status (and its detail text) to the port's error types."""
    if status == 404:
        return ModelNotFound(f"{provider} has no model {model!r} (HTTP 404: {detail})")
    message = f"{provider} answered HTTP {status}: {detail}"
    if status == 408:
        return ProviderTimeout(message)
    if status in (409, 429) or status >= 500:
        return ProviderUnavailable(message)
    if 400 <= status < 500:
        return ProviderRejected(message)
    return ProviderUnavailable(message)


def _api_error(exc: openai.APIError | anthropic.APIError, provider: str, model: str) -> ModelError:
    """Classify an SDK API error by its HTTP status or, inside a stream, its error type."""
    kind, message = error_detail(exc.body)
    status = exc.status_code if isinstance(exc, _STATUS) else 0
    if status < 400:
        status = ERROR_TYPE_STATUS.get(kind, 500)
    detail = f"{kind}: {message}" if kind else message or exc.message
    return status_error(status, detail, provider, model)


def _classify(exc: Exception, provider: str, model: str) -> ModelError:
    """Translate an SDK or transport exception into the port's error types."""
    if isinstance(exc, _TIMEOUTS):
        return ProviderTimeout(f"{provider} did not answer in time ({type(exc).__name__})")
    if isinstance(exc, _UNREACHABLE):
        cause = f" ({exc.__cause__})" if exc.__cause__ else ""
        return ProviderUnavailable(f"{provider} connection failed: {exc}{cause}")
    if isinstance(exc, _API):
        return _api_error(exc, provider, model)
    return ModelError(f"{provider} failed: {type(exc).__name__}: {exc}")


def to_model_error(exc: Exception, provider: str, model: str, api_key: str) -> ModelError:
    """The port error for `exc`, naming the provider, with the API key scrubbed."""
    mapped = _classify(exc, provider, model)
    return type(mapped)(redact(str(mapped), api_key), provider=provider)


def status_from_error(error: ModelError, provider: str, model: str, fix: str) -> ProviderStatus:
    """A ProviderStatus for a failed model listing."""
    reachable = isinstance(error, ProviderRejected | ModelNotFound)
    if isinstance(error, ModelNotFound):
        fix = f"{fix} (the base URL must serve /v1/models)"
    return ProviderStatus(
        name=provider,
        reachable=reachable,
        model=model,
        model_present=False,
        detail=str(error),
        fix=fix,
    )


def model_status(
    provider: str, model: str, ids: Sequence[str], present: bool, fix: str
) -> ProviderStatus:
    """A ProviderStatus for a successful model listing."""
    shown = ", ".join(sorted(ids)[:8]) or "none"
    return ProviderStatus(
        name=provider,
        reachable=True,
        model=model,
        model_present=present,
        detail=f"{len(ids)} models available"
        if present
        else f"model not listed; available: {shown}",
        fix="" if present else f"{fix}, or pick an available model",
    )


def redacted(messages: Sequence[ChatMessage]) -> list[ChatMessage]:
    """The messages with emails, phones, cards, IBANs and addresses replaced (safety.pii)."""
    return [ChatMessage(m.role, redact_pii(m.content)) for m in messages]


def openai_message(message: ChatMessage) -> ChatCompletionMessageParam:
    """One port message as an OpenAI chat message."""
    if message.role == "system":
        return {"role": "system", "content": message.content}
    if message.role == "assistant":
        return {"role": "assistant", "content": message.content}
    return {"role": "user", "content": message.content}


def anthropic_payload(messages: Sequence[ChatMessage]) -> tuple[str, list[MessageParam]]:
    """Split port messages into Anthropic's top-level `system` text and its turns."""
    system = "\n\n".join(m.content for m in messages if m.role == "system")
    turns: list[MessageParam] = []
    for message in messages:
        if message.role == "assistant":
            turns.append({"role": "assistant", "content": message.content})
        elif message.role == "user":
            turns.append({"role": "user", "content": message.content})
    return system, turns


def anthropic_input_tokens(usage: AnthropicUsage | MessageDeltaUsage) -> int:
    """All prompt tokens of an Anthropic usage block: fresh, cache-written and cache-read."""
    parts = (usage.input_tokens, usage.cache_creation_input_tokens, usage.cache_read_input_tokens)
    return sum(part or 0 for part in parts)


@dataclass
class _Tally:
    """What a stream reported besides its text: usage, and how (or whether) it finished."""

    prompt: int = 0
    completion: int | None = None
    pieces: int = 0
    reason: str | None = None
    finish: str | None = None

    def closing(self, provider: str, model: str) -> Iterator[ChatEvent]:
        """The usage and done events, or ProviderUnavailable if the stream was cut short."""
        if self.finish is None:
            message = f"{provider} stream ended before the answer finished"
            raise ProviderUnavailable(message, provider=provider)
        completion = self.pieces if self.completion is None else self.completion
        yield UsageEvent(prompt_tokens=self.prompt, completion_tokens=completion)
        yield DoneEvent(provider=provider, model=model, finish_reason=self.finish)


def read_openai_chunk(chunk: ChatCompletionChunk, tally: _Tally) -> Iterator[TokenEvent]:
    """Tokens of one chat.completion.chunk; usage and finish_reason go to the tally."""
    if chunk.usage is not None:
        tally.prompt = chunk.usage.prompt_tokens
        tally.completion = chunk.usage.completion_tokens
    for choice in chunk.choices:
        if choice.delta.content:
            tally.pieces += 1
            yield TokenEvent(choice.delta.content)
        tally.finish = choice.finish_reason or tally.finish


def read_anthropic_event(event: RawMessageStreamEvent, tally: _Tally) -> Iterator[TokenEvent]:
    """Tokens of one Messages stream event; usage and stop_reason go to the tally."""
    if isinstance(event, RawMessageStartEvent):
        tally.prompt = anthropic_input_tokens(event.message.usage)
        tally.completion = event.message.usage.output_tokens
    elif isinstance(event, RawContentBlockDeltaEvent):
        if isinstance(event.delta, TextDelta) and event.delta.text:
            tally.pieces += 1
            yield TokenEvent(event.delta.text)
    elif isinstance(event, RawMessageDeltaEvent):
        tally.prompt = anthropic_input_tokens(event.usage) or tally.prompt
        tally.completion = event.usage.output_tokens
        tally.reason = event.delta.stop_reason or tally.reason
    elif isinstance(event, RawMessageStopEvent):
        tally.finish = tally.reason or "end_turn"


class _SDKClient(Protocol):
    """An SDK client class, as far as the shared code needs one."""

    def __init__(
        self, *, api_key: str, base_url: str | None, timeout: httpx2.Timeout, max_retries: int
    ) -> None: ...

    def close(self) -> None: ...


ClientT = TypeVar("ClientT", bound=_SDKClient)
ItemT = TypeVar("ItemT")


class _HostedChat(Generic[ClientT, ItemT]):
    """What both adapters share: the SDK client, error mapping, stream tally and health check.

    Subclasses name their `_sdk` client class and supply `_request`, `_read` and `_listing`.
    """

    provider: str
    _sdk: type[ClientT]
    is_local = False
    _fix: str  # what to check when the provider cannot be used
    _model_setting: str  # the setting that names the model

    def __init__(
        self, *, api_key: str, model: str, timeouts: Timeouts, base_url: str | None = None
    ) -> None:
        self.model = model
        self._api_key = api_key
        self._timeouts = timeouts
        # Retries belong to the fallback chain, so the SDK must not retry on its own.
        self._client = self._sdk(
            api_key=api_key, base_url=base_url, timeout=http_timeout(timeouts), max_retries=0
        )

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Yield token events, then one usage and one done event; raise ModelError on failure."""
        try:
            # Hosted providers never see PII: local ones get the original text.
            yield from self._events(redacted(messages), options)
        except ModelError:
            raise
        except Exception as exc:
            raise to_model_error(exc, self.provider, self.model, self._api_key) from None

    def check(self) -> ProviderStatus:
        """List the provider's models to report reachability and whether ours is there."""
        try:
            ids, present = self._listing(probe_timeout(self._timeouts))
        except Exception as exc:
            error = to_model_error(exc, self.provider, self.model, self._api_key)
            return status_from_error(error, self.provider, self.model, self._fix)
        fix = f"{self._fix} and {self._model_setting}"
        return model_status(self.provider, self.model, ids, present, fix)

    def close(self) -> None:
        """Release the HTTP connection pool."""
        self._client.close()

    def _events(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        tally = _Tally()
        with self._request(messages, options) as response:
            for item in response:
                yield from self._read(item, tally)
        yield from tally.closing(self.provider, self.model)

    def _request(
        self, messages: Sequence[ChatMessage], options: ChatOptions
    ) -> AbstractContextManager[Iterable[ItemT]]:
        raise NotImplementedError

    def _read(self, item: ItemT, tally: _Tally) -> Iterator[TokenEvent]:
        raise NotImplementedError

    def _listing(self, timeout: httpx2.Timeout) -> tuple[list[str], bool]:
        """The provider's model ids, and whether the configured model is available."""
        raise NotImplementedError


class OpenAICompatibleChat(_HostedChat[openai.OpenAI, ChatCompletionChunk]):
    """Chat through the OpenAI API or any server that speaks it (vLLM, LM Studio, Azure...)."""

    provider = "openai"
    _sdk = openai.OpenAI
    _fix = OPENAI_FIX
    _model_setting = "LODESTAR_OPENAI_MODEL"

    def _listing(self, timeout: httpx2.Timeout) -> tuple[list[str], bool]:
        ids = [m.id for m in self._client.models.list(timeout=timeout)]
        return ids, self.model in ids

    def _read(self, item: ChatCompletionChunk, tally: _Tally) -> Iterator[TokenEvent]:
        return read_openai_chunk(item, tally)

    def _request(
        self, messages: Sequence[ChatMessage], options: ChatOptions
    ) -> openai.Stream[ChatCompletionChunk]:
        return self._client.chat.completions.create(
            model=self.model,
            messages=[openai_message(m) for m in messages],
            stream=True,
            stream_options={"include_usage": True},
            max_tokens=options.max_tokens,
            temperature=options.temperature,
            top_p=options.top_p,
            stop=list(options.stop) if options.stop else openai.omit,
            seed=options.seed if options.seed is not None else openai.omit,
        )


class AnthropicChat(_HostedChat[anthropic.Anthropic, RawMessageStreamEvent]):
    """Chat through the Anthropic Messages API."""

    provider = "anthropic"
    _sdk = anthropic.Anthropic
    _fix = ANTHROPIC_FIX
    _model_setting = "LODESTAR_ANTHROPIC_MODEL"

    def _listing(self, timeout: httpx2.Timeout) -> tuple[list[str], bool]:
        # The configured name may be an alias, which the listing does not show.
        ids = [m.id for m in self._client.models.list(limit=1000, timeout=timeout)]
        return ids, self.model in ids or self._alias_exists(timeout)

    def _alias_exists(self, timeout: httpx2.Timeout) -> bool:
        """Whether the configured name is an alias (e.g. `...-latest`) the API resolves."""
        try:
            self._client.models.retrieve(self.model, timeout=timeout)
        except anthropic.NotFoundError:
            return False
        return True

    def _read(self, item: RawMessageStreamEvent, tally: _Tally) -> Iterator[TokenEvent]:
        return read_anthropic_event(item, tally)

    def _request(
        self, messages: Sequence[ChatMessage], options: ChatOptions
    ) -> anthropic.Stream[RawMessageStreamEvent]:
        system, turns = anthropic_payload(messages)
        # The Messages API (and its SDK) no longer takes temperature, top_p or seed.
        return self._client.messages.create(
            model=self.model,
            max_tokens=options.max_tokens,
            messages=turns,
            system=system if system else anthropic.omit,
            stop_sequences=list(options.stop) if options.stop else anthropic.omit,
            stream=True,
        )
