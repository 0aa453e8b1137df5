"""Deterministic fake chat models for testing the chain's logic without real providers."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

from models.ports import (
    ChatEvent,
    ChatMessage,
    ChatOptions,
    DoneEvent,
    ModelError,
    TokenEvent,
    UsageEvent,
)

# Upper bound for a hang, so a forgotten release cannot wedge the test run.
MAX_HANG = 30.0


class ScriptedModel:
    """A ChatModel that plays a script.

    Each call yields `tokens`, then a usage and a done event (unless `send_done` is false).
    `error` is raised after `fail_after` tokens, on every call or only on the first
    `fail_times` calls. `hang_after=n` blocks after n tokens (0: before the first) until
    `release()`; the block is a `threading.Event` wait, so the test controls when it ends.

    It records its calls, how many tokens it produced, whether it finished, and whether its
    generator was closed early (`closed`, an Event so a test can wait for the worker thread).
    """

    def __init__(
        self,
        *,
        provider: str = "fake",
        model: str = "fake-1",
        is_local: bool = True,
        tokens: Sequence[str] = ("Hello", " world"),
        error: ModelError | None = None,
        fail_after: int = 0,
        fail_times: int | None = None,
        hang_after: int | None = None,
        send_done: bool = True,
    ) -> None:
        self.provider = provider
        self.model = model
        self.is_local = is_local
        self.tokens = tuple(tokens)
        self.error = error
        self.fail_after = fail_after
        self.fail_times = fail_times
        self.hang_after = hang_after
        self.send_done = send_done
        self.calls = 0
        self.produced = 0
        self.finished = False
        self.hanging = threading.Event()
        self.closed = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Count the call and start playing the script."""
        with self._lock:
            self.calls += 1
            call = self.calls
        return self._play(self._fails_on(call))

    def release(self) -> None:
        """End every current and future hang."""
        self._release.set()

    def _fails_on(self, call: int) -> bool:
        """Whether call number `call` raises the scripted error."""
        return self.error is not None and (self.fail_times is None or call <= self.fail_times)

    def _play(self, fail: bool) -> Iterator[ChatEvent]:
        """Yield the scripted events, noting an early close."""
        try:
            for index, text in enumerate((*self.tokens, None)):
                if fail and index == self.fail_after and self.error is not None:
                    raise self.error
                if index == self.hang_after:
                    self.hanging.set()
                    self._release.wait(MAX_HANG)
                if text is None:
                    break
                with self._lock:
                    self.produced += 1
                yield TokenEvent(text)
            yield UsageEvent(prompt_tokens=3, completion_tokens=len(self.tokens))
            if self.send_done:
                yield DoneEvent(provider=self.provider, model=self.model)
            self.finished = True
        except GeneratorExit:
            self.closed.set()
            raise


class ExplodingModel:
    """A ChatModel whose adapter has a bug: `stream()` itself raises a non-model error."""

    def __init__(self, *, provider: str = "buggy", model: str = "buggy-1") -> None:
        self.provider = provider
        self.model = model
        self.is_local = True
        self.calls = 0

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Fail before returning a generator."""
        self.calls += 1
        raise KeyError("missing field")


class RecordingSleep:
    """An injectable `sleep` that records the delays instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


class FakeClock:
    """A settable monotonic clock for breaker tests."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.now += seconds
