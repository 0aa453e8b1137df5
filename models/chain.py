"""The fallback chain: one ChatModel that tries providers in order, with retries and breakers.

For each provider, in order:

1. skip it if the request is `local_only` and the provider is hosted (never called at all);
2. skip it while its circuit breaker refuses requests;
3. stream it on a worker thread, enforcing `Timeouts.first_token` and `Timeouts.total`; a
   provider that reports waiting in its own bounded local queue (`QueuedEvent`) has those
   clocks start when it reports starting (`StartedEvent`), since queueing is load, not a stall;
4. on a retryable error before anything was streamed, retry it up to `RetryPolicy.max_retries`
   times with backoff, then move on; on a non-retryable error, move on at once. A timeout that
   the chain itself enforced is not retried: the provider is still busy on the abandoned
   worker thread, and a second request would only queue behind (or run alongside) it;
5. once events have reached the consumer, never switch: a failure ends the answer with a
   partial `ErrorEvent`;
6. on success, pass tokens and usage through and end with a `DoneEvent` naming the provider and
   model that really answered.

If no provider answers, the chain yields one `ErrorEvent` listing every attempt. It never raises
for provider failures.
"""

from __future__ import annotations

import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Literal

from models.breaker import CircuitBreaker
from models.ports import (
    ChatEvent,
    ChatMessage,
    ChatModel,
    ChatOptions,
    DoneEvent,
    ErrorEvent,
    ModelError,
    ProviderBusy,
    ProviderTimeout,
    QueuedEvent,
    StartedEvent,
    Timeouts,
    TokenEvent,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    """How often to retry a provider that failed before streaming, and how long to back off.

    The pause before retry `n + 1` is `min(backoff_max, backoff_base * 2**n)` scaled by a
    random factor in `[1 - jitter, 1 + jitter]`: the jitter keeps concurrent requests from
    retrying in lockstep, while the typical pause stays close to the nominal one (unlike full
    jitter, which may retry almost immediately). With jitter, a pause may exceed `backoff_max`
    by up to that factor.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    jitter: float = 0.5

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must not be negative")
        if self.backoff_base < 0 or self.backoff_max < 0:
            raise ValueError("backoff_base and backoff_max must not be negative")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be between 0 and 1")

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Seconds to wait before retry `attempt + 1` (attempt 0 precedes the first retry)."""
        # The exponent is bounded so a huge attempt number cannot overflow the float.
        nominal = min(self.backoff_max, self.backoff_base * 2.0 ** min(attempt, 64))
        return nominal * (1.0 + rng.uniform(-self.jitter, self.jitter))


NoticeKind = Literal["provider_error", "fallback"]


@dataclass(frozen=True)
class ChainNotice:
    """What the chain reports to an observer, e.g. for metrics.

    `provider_error`: one try of `provider` failed (`detail` is the error).
    `fallback`: the chain gave up on `provider` after trying it or finding its circuit open,
    and moves on to the next provider (or, after the last one, to an `ErrorEvent`).
    """

    kind: NoticeKind
    provider: str
    model: str
    detail: str


Observer = Callable[[ChainNotice], None]


class FallbackChain:
    """A ChatModel that tries providers in order and never raises for their failures.

    `breakers` are keyed by provider name; a breaker missing from the mapping is created for
    this chain. Build the chain once and reuse it across requests (or pass the same breakers to
    every chain) so breakers remember failures between requests.
    """

    provider: str
    model: str
    is_local: bool

    def __init__(
        self,
        *,
        providers: Sequence[ChatModel],
        timeouts: Timeouts,
        retry: RetryPolicy,
        breakers: Mapping[str, CircuitBreaker] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        on_event: Observer | None = None,
    ) -> None:
        if not providers:
            raise ValueError("a fallback chain needs at least one provider")
        self.provider = "chain"
        self.model = "auto"
        self.is_local = all(p.is_local for p in providers)
        self._providers = tuple(providers)
        self._timeouts = timeouts
        self._retry = retry
        self._breakers = dict(breakers or {})
        for p in self._providers:
            if p.provider not in self._breakers:
                self._breakers[p.provider] = CircuitBreaker(name=p.provider)
        self._sleep = sleep
        self._rng = rng if rng is not None else random.Random()
        self._on_event = on_event

    @property
    def breakers(self) -> Mapping[str, CircuitBreaker]:
        """The breaker of each provider name, read-only."""
        return MappingProxyType(self._breakers)

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Yield the first working provider's answer, or one ErrorEvent saying why none did."""
        attempts: list[str] = []
        errors: list[ModelError] = []
        for model in self._providers:
            if options.local_only and not model.is_local:
                attempts.append(f"{model.provider}: skipped (local_only)")
                continue
            why = yield from self._try_provider(model, messages, options, errors)
            if why is None:
                return
            attempts.append(f"{model.provider}: {why}")
            self._notify("fallback", model, why)
        # Busy only if load, not a fault, stopped every provider that was tried.
        busy = bool(errors) and all(isinstance(error, ProviderBusy) for error in errors)
        yield ErrorEvent(message="; ".join(attempts), attempts=tuple(attempts), busy=busy)

    def _try_provider(
        self,
        model: ChatModel,
        messages: Sequence[ChatMessage],
        options: ChatOptions,
        errors: list[ModelError],
    ) -> Generator[ChatEvent, None, str | None]:
        """Try one provider with retries; return None once the request is over, else why not.

        Each failure is also appended to `errors`.
        """
        breaker = self._breakers[model.provider]
        failures: list[ModelError] = []
        while True:
            # Ask the breaker before backing off, so an open circuit costs no sleep.
            if not breaker.allow():
                return _explain(failures, "skipped (circuit open)")
            if failures:
                self._sleep(self._retry.delay(len(failures) - 1, self._rng))
            outcome = yield from self._attempt(model, breaker, messages, options)
            if isinstance(outcome, _Answered):
                yield outcome.done
                return None
            self._notify("provider_error", model, _describe(outcome.error))
            if outcome.streamed:
                # The consumer already has part of this answer; another provider's text
                # would not continue it, so say it broke off instead of switching.
                yield ErrorEvent(
                    message=_describe(outcome.error),
                    provider=model.provider,
                    model=model.model,
                    partial=True,
                )
                return None
            failures.append(outcome.error)
            errors.append(outcome.error)
            if not self._should_retry(outcome, len(failures)):
                return _explain(failures)

    def _should_retry(self, outcome: _Failed, failures: int) -> bool:
        """Retry retryable errors within budget, unless the provider is still stuck."""
        return outcome.error.retryable and not outcome.stuck and failures <= self._retry.max_retries

    def _attempt(
        self,
        model: ChatModel,
        breaker: CircuitBreaker,
        messages: Sequence[ChatMessage],
        options: ChatOptions,
    ) -> Generator[ChatEvent, None, _Outcome]:
        """Stream one try of `model` and report how it went to its breaker.

        The done event is returned rather than yielded, so success is recorded even when the
        consumer stops reading as soon as it sees it.
        """
        worker = _Worker(model, messages, options)
        worker.start()
        try:
            outcome = yield from self._relay(model, worker)
        except BaseException:
            # The consumer closed the stream: not the provider's fault, so no verdict.
            breaker.release()
            raise
        finally:
            # Always stop the worker: after an answer, a timeout, or a closed consumer.
            worker.cancel()
        if isinstance(outcome, _Answered):
            breaker.record_success()
        elif isinstance(outcome.error, ProviderBusy):
            # A full queue is load, not a fault: opening the circuit would refuse the learners
            # the provider could serve a moment later.
            breaker.release()
        else:
            breaker.record_failure()
            logger.warning("provider %s failed: %s", model.provider, _describe(outcome.error))
        return outcome

    def _relay(self, model: ChatModel, worker: _Worker) -> Generator[ChatEvent, None, _Outcome]:
        """Forward the worker's events, enforcing the first-token and total deadlines."""
        started = time.monotonic()
        first_token_by = started + self._timeouts.first_token
        finished_by = started + self._timeouts.total
        got_token = streamed = False
        while True:
            deadline = finished_by if got_token else min(first_token_by, finished_by)
            item = worker.get(deadline)
            if item is None:
                return _Failed(self._timeout(model, got_token), streamed, stuck=True)
            if isinstance(item, _Finished):
                if item.error is not None:
                    return _Failed(item.error, streamed)
                # The stream ended without a done event; the answer is still complete.
                return _Answered(_done(model, None))
            if isinstance(item, ErrorEvent):
                # Adapters should raise, but an error event must not pass for an answer.
                return _Failed(ModelError(item.message, provider=model.provider), streamed)
            if isinstance(item, DoneEvent):
                return _Answered(_done(model, item))
            if isinstance(item, QueuedEvent):
                # Waiting in a local queue is not a stall: the provider bounds that wait itself.
                now = time.monotonic()
                first_token_by = now + item.max_wait + self._timeouts.first_token
                finished_by = now + item.max_wait + self._timeouts.total
                continue
            if isinstance(item, StartedEvent):
                now = time.monotonic()
                first_token_by = now + self._timeouts.first_token
                finished_by = now + self._timeouts.total
                continue
            got_token = got_token or isinstance(item, TokenEvent)
            streamed = True
            yield item

    def _timeout(self, model: ChatModel, got_token: bool) -> ProviderTimeout:
        """The error for a deadline the chain enforced."""
        first, total = self._timeouts.first_token, self._timeouts.total
        if got_token or total <= first:
            text = f"timed out: no complete answer within {total:g} s"
        else:
            text = f"timed out: no first token within {first:g} s"
        return ProviderTimeout(text, provider=model.provider)

    def _notify(self, kind: NoticeKind, model: ChatModel, detail: str) -> None:
        """Tell the observer; a broken observer must not break the answer."""
        if self._on_event is None:
            return
        try:
            self._on_event(ChainNotice(kind, model.provider, model.model, detail))
        except Exception:
            logger.exception("fallback chain observer failed")


@dataclass(frozen=True)
class _Answered:
    """A try that produced a whole answer; `done` is still to be sent to the consumer."""

    done: DoneEvent


@dataclass(frozen=True)
class _Failed:
    """A try that failed.

    `streamed` says events already reached the consumer; `stuck` says the chain stopped
    waiting while the provider was still running.
    """

    error: ModelError
    streamed: bool
    stuck: bool = False


_Outcome = _Answered | _Failed


@dataclass(frozen=True)
class _Finished:
    """The provider's stream ended, with `error` if it raised; its generator is closed."""

    error: ModelError | None = None


_Item = ChatEvent | _Finished


class _Worker:
    """Runs one provider stream on a daemon thread so the chain can wait with deadlines.

    Python cannot interrupt a blocked thread, so cancellation is cooperative: after `cancel()`
    the worker forwards nothing more, asks the provider for nothing more, and closes the
    provider's generator as soon as it regains control. A provider blocked for good leaves a
    daemon thread behind until it returns; adapters bound that with their own timeouts.
    """

    def __init__(
        self, model: ChatModel, messages: Sequence[ChatMessage], options: ChatOptions
    ) -> None:
        self._model = model
        self._messages = messages
        self._options = options
        self._items: queue.SimpleQueue[_Item] = queue.SimpleQueue()
        self._cancelled = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"chain-{model.provider}", daemon=True
        )

    def start(self) -> None:
        """Start streaming."""
        self._thread.start()

    def cancel(self) -> None:
        """Ask the worker to stop and close the provider's generator."""
        self._cancelled.set()

    def get(self, deadline: float) -> _Item | None:
        """The next item, or None if the monotonic `deadline` passes first."""
        try:
            return self._items.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None

    def _run(self) -> None:
        """Thread body: pump events, then report how the stream ended."""
        error: ModelError | None = None
        stream: Iterator[ChatEvent] | None = None
        try:
            stream = self._model.stream(self._messages, self._options)
            self._pump(stream)
        except ModelError as exc:
            error = exc
        except Exception as exc:
            # A bug in an adapter is still a provider failure: the chain must not raise.
            logger.exception("provider %s raised an unexpected error", self._model.provider)
            text = f"unexpected {type(exc).__name__}: {exc}"
            error = ModelError(text, provider=self._model.provider)
        finally:
            if stream is not None:
                _close_quietly(stream)
            # Sent last, so whoever sees it knows the provider's generator is closed.
            self._items.put(_Finished(error))

    def _pump(self, stream: Iterator[ChatEvent]) -> None:
        """Forward events until the stream ends or the worker is cancelled."""
        iterator = iter(stream)
        while not self._cancelled.is_set():
            try:
                event = next(iterator)
            except StopIteration:
                return
            if self._cancelled.is_set():
                return
            self._items.put(event)


def _close_quietly(stream: Iterator[ChatEvent]) -> None:
    """Close a provider's generator, ignoring errors raised while it cleans up."""
    close = getattr(stream, "close", None)
    if not callable(close):
        return
    try:
        close()
    except Exception:
        logger.warning("closing a provider stream failed", exc_info=True)


def _done(model: ChatModel, event: DoneEvent | None) -> DoneEvent:
    """The done event naming the provider and model that really answered."""
    if event is None:
        return DoneEvent(provider=model.provider, model=model.model)
    # Prefer the adapter's names (it may report a resolved model); fill in what it left empty.
    return replace(
        event, provider=event.provider or model.provider, model=event.model or model.model
    )


def _describe(error: ModelError) -> str:
    """A short text for an error."""
    return str(error) or type(error).__name__


def _explain(failures: Sequence[ModelError], skipped: str = "") -> str:
    """Why a provider gave no answer, e.g. 'refused (3 tries), then skipped (circuit open)'."""
    parts: list[str] = []
    if failures:
        text = _describe(failures[-1])
        parts.append(text if len(failures) == 1 else f"{text} ({len(failures)} tries)")
    if skipped:
        parts.append(skipped)
    return ", then ".join(parts)
