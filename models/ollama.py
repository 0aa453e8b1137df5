"""Ollama adapters: a streaming chat model and an embedder, on the official `ollama` client."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import httpx
import ollama
from pydantic import ValidationError

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

PROVIDER = "ollama"
START_FIX = "start Ollama: `ollama serve`, or set OLLAMA_HOST"
SERVER_FIX = "check the Ollama server log"
DIMENSION_PROBE = "dimension probe"

# What the `ollama` client raises: HTTP errors as `ResponseError`; a refused connection as the
# built-in `ConnectionError` (plain requests) or `httpx.ConnectError` (streams); timeouts and
# broken connections as other `httpx.HTTPError`s; a malformed answer as a JSON or pydantic error.
CLIENT_ERRORS: tuple[type[Exception], ...] = (
    ollama.ResponseError,
    httpx.HTTPError,
    ConnectionError,
    json.JSONDecodeError,
    ValidationError,
)


def pull_fix(model: str) -> str:
    """The fix for a model that is not installed."""
    return f"run `ollama pull {model}`"


def canonical_name(name: str) -> str:
    """A model name as Ollama stores it: lower-cased, the implicit `:latest` tag spelled out."""
    last = name.rsplit("/", 1)[-1]
    return (name if ":" in last else f"{name}:latest").lower()


def has_model(installed: Sequence[str], model: str) -> bool:
    """Whether `model` is among the installed names (`nomic-embed-text` matches `...:latest`)."""
    wanted = canonical_name(model)
    return any(canonical_name(name) == wanted for name in installed)


def make_client(host: str, timeouts: Timeouts) -> ollama.Client:
    """An `ollama.Client` that gives up after `first_token` seconds without a byte."""
    timeout = httpx.Timeout(timeouts.first_token, connect=timeouts.connect)
    return ollama.Client(host=host, timeout=timeout)


def missing_model(model: str, detail: str = "") -> ModelNotFound:
    """The error for a model the Ollama server does not have."""
    said = f" ({detail})" if detail else ""
    return ModelNotFound(
        f"Ollama does not have the model {model!r}{said}; {pull_fix(model)}", provider=PROVIDER
    )


def from_response_error(exc: ollama.ResponseError, model: str) -> ModelError:
    """Map an HTTP error answer (or an in-stream error line, status -1) to a port error."""
    status, text = exc.status_code, str(exc.error)
    if status == 404 and "model" in text.lower() and "not found" in text.lower():
        return missing_model(model, text)
    if status == -1 or status >= 500:
        return ProviderUnavailable(f"Ollama failed ({status}): {text}", provider=PROVIDER)
    return ProviderRejected(f"Ollama rejected the request ({status}): {text}", provider=PROVIDER)


def to_model_error(exc: Exception, model: str) -> ModelError:
    """Map anything in `CLIENT_ERRORS` to the port's error types."""
    if isinstance(exc, ollama.ResponseError):
        return from_response_error(exc, model)
    if isinstance(exc, httpx.TimeoutException):
        return ProviderTimeout(f"Ollama timed out: {type(exc).__name__}", provider=PROVIDER)
    if isinstance(exc, httpx.ConnectError | ConnectionError):
        return ProviderUnavailable(f"cannot reach Ollama: {exc}", provider=PROVIDER)
    if isinstance(exc, httpx.HTTPError):
        return ProviderUnavailable(f"Ollama connection failed: {exc!r}", provider=PROVIDER)
    return ProviderUnavailable(f"Ollama sent a malformed answer: {exc}", provider=PROVIDER)


@contextmanager
def ollama_errors(model: str) -> Iterator[None]:
    """Re-raise client failures inside the block as `ModelError`s naming the provider."""
    try:
        yield
    except CLIENT_ERRORS as exc:
        raise to_model_error(exc, model) from exc


def installed_models(client: ollama.Client) -> list[str]:
    """The names the tags API lists."""
    return [m.model for m in client.list().models if m.model]


def probe(client: ollama.Client, model: str) -> ProviderStatus:
    """Ask the tags API whether the server answers and has `model`."""
    try:
        names = installed_models(client)
    except CLIENT_ERRORS as exc:
        answered = isinstance(exc, ollama.ResponseError)
        detail = str(to_model_error(exc, model))
        fix = SERVER_FIX if answered else START_FIX
        return ProviderStatus(PROVIDER, answered, model, False, detail=detail, fix=fix)
    if has_model(names, model):
        return ProviderStatus(PROVIDER, True, model, True, detail="model installed")
    detail = f"model not installed; installed: {', '.join(names) or 'none'}"
    return ProviderStatus(PROVIDER, True, model, False, detail=detail, fix=pull_fix(model))


def wire_messages(messages: Sequence[ChatMessage]) -> list[dict[str, str]]:
    """Chat messages as the chat API takes them."""
    return [{"role": m.role, "content": m.content} for m in messages]


def wire_options(options: ChatOptions) -> dict[str, Any]:
    """Generation options as Ollama names them; an empty `stop` keeps the model's own stops."""
    wire: dict[str, Any] = {
        "num_predict": options.max_tokens,
        "temperature": options.temperature,
        "top_p": options.top_p,
    }
    if options.stop:
        wire["stop"] = list(options.stop)
    if options.seed is not None:
        wire["seed"] = options.seed
    return wire


def close_quietly(resource: object) -> None:
    """Call `resource.close()` if it has one (a generator, to release its HTTP response)."""
    close = getattr(resource, "close", None)
    if callable(close):
        close()


class OllamaChat:
    """A `ChatModel` on a local Ollama server; also a `Probe` via `check()`."""

    def __init__(
        self, *, host: str, model: str, timeouts: Timeouts, keep_alive: str = "10m"
    ) -> None:
        self.provider = PROVIDER
        self.model = model
        self.is_local = True
        self.host = host
        self.keep_alive = keep_alive
        self._client = make_client(host, timeouts)
        self._model_present = False

    def close(self) -> None:
        """Close the HTTP connection pool."""
        close_quietly(self._client)

    def check(self) -> ProviderStatus:
        """Report whether Ollama answers and has the model."""
        status = probe(self._client, self.model)
        self._model_present = status.model_present
        return status

    def ensure_model(self) -> None:
        """Raise `ModelNotFound` unless the model is installed; a positive answer is cached."""
        if self._model_present:
            return
        with ollama_errors(self.model):
            names = installed_models(self._client)
        if not has_model(names, self.model):
            raise missing_model(self.model)
        self._model_present = True

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Yield token events, then one usage and one done event; raise `ModelError` on failure."""
        self.ensure_model()
        try:
            yield from self._answer(messages, options)
        except ModelNotFound:
            self._model_present = False
            raise

    def _answer(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Stream one chat answer from the server."""
        final: ollama.ChatResponse | None = None
        with ollama_errors(self.model):
            chunks = self._client.chat(
                model=self.model,
                messages=wire_messages(messages),
                stream=True,
                keep_alive=self.keep_alive,
                options=wire_options(options),
            )
            try:
                for chunk in chunks:
                    if chunk.message.content:
                        yield TokenEvent(chunk.message.content)
                    if chunk.done:
                        final = chunk
                        break
            finally:
                close_quietly(chunks)
        if final is None:
            raise ProviderUnavailable("Ollama ended the stream unfinished", provider=PROVIDER)
        yield UsageEvent(final.prompt_eval_count or 0, final.eval_count or 0)
        yield DoneEvent(self.provider, self.model, final.done_reason or "stop")


class OllamaEmbedder:
    """An `Embedder` on a local Ollama server; also a `Probe` via `check()`.

    `dimension` may be given; otherwise it is learned from the first batch embedded, or, when
    read before any, by embedding a short probe text once.
    """

    def __init__(
        self,
        *,
        host: str,
        model: str,
        timeouts: Timeouts,
        keep_alive: str = "10m",
        dimension: int | None = None,
    ) -> None:
        self.model = model
        self.id = f"ollama/{model}"
        self.keep_alive = keep_alive
        self._client = make_client(host, timeouts)
        self._dimension = dimension

    @property
    def dimension(self) -> int:
        """The length of every vector; discovered with one probe embedding when not known."""
        if self._dimension is None:
            self._dimension = len(self._embed([DIMENSION_PROBE])[0])
        return self._dimension

    @dimension.setter
    def dimension(self, value: int) -> None:
        self._dimension = value

    def close(self) -> None:
        """Close the HTTP connection pool."""
        close_quietly(self._client)

    def check(self) -> ProviderStatus:
        """Report whether Ollama answers and has the embedding model."""
        return probe(self._client, self.model)

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed each text, in order; an empty input costs no request."""
        if not texts:
            return []
        vectors = self._embed(list(texts))
        if self._dimension is None:
            self._dimension = len(vectors[0])
        self._check_dimensions(vectors)
        return vectors

    def _embed(self, texts: list[str]) -> list[list[float]]:
        """One request to the embed API, checked for one vector per text."""
        with ollama_errors(self.model):
            response = self._client.embed(model=self.model, input=texts, keep_alive=self.keep_alive)
        vectors = [[float(x) for x in vector] for vector in response.embeddings]
        if len(vectors) != len(texts):
            raise ProviderUnavailable(
                f"Ollama returned {len(vectors)} embeddings for {len(texts)} texts",
                provider=PROVIDER,
            )
        return vectors

    def _check_dimensions(self, vectors: Sequence[Sequence[float]]) -> None:
        """Refuse vectors whose length differs from `dimension` (a model swapped under us)."""
        wrong = {len(v) for v in vectors} - {self._dimension}
        if wrong:
            raise ModelError(
                f"{self.id} returned vectors of length {sorted(wrong)}, expected {self._dimension}",
                provider=PROVIDER,
                retryable=False,
            )
