"""The fallback chain with busy providers: local queues, busy errors and the breaker."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

from models.breaker import CircuitBreaker, CircuitState
from models.ports import (
    ChatEvent,
    ChatMessage,
    ChatOptions,
    DoneEvent,
    ErrorEvent,
    ProviderBusy,
    ProviderRejected,
    QueuedEvent,
    StartedEvent,
    Timeouts,
    TokenEvent,
)
from tests.models.fakes import FakeClock, ScriptedModel
from tests.models.test_chain import make_chain, run, texts

# --- providers with a local queue ----------------------------------------------------------


class QueueingModel:
    """A local provider that waits `queued_for` seconds in its queue, then answers or hangs."""

    provider = "embedded"
    model = "queued-1"
    is_local = True

    def __init__(self, queued_for: float, *, hang_after_start: float = 0.0) -> None:
        self.queued_for = queued_for
        self.hang_after_start = hang_after_start

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Report the queue, wait in it, start, maybe stall, then answer."""
        del messages, options
        yield QueuedEvent(ahead=3, max_wait=10.0)
        time.sleep(self.queued_for)
        yield StartedEvent()
        time.sleep(self.hang_after_start)
        yield TokenEvent("answered")
        yield DoneEvent(provider=self.provider, model=self.model)


def test_time_in_a_local_queue_does_not_count_as_a_first_token_stall() -> None:
    timeouts = Timeouts(connect=1.0, first_token=0.2, total=60.0)
    events = run(make_chain(QueueingModel(queued_for=0.6), timeouts=timeouts))
    # Queue events are the chain's business; the consumer sees only the answer.
    assert events == [TokenEvent("answered"), DoneEvent(provider="embedded", model="queued-1")]


def test_the_first_token_clock_starts_when_the_provider_starts() -> None:
    stalls = QueueingModel(queued_for=0.0, hang_after_start=0.8)
    backup = ScriptedModel(provider="ollama", tokens=("backup",))
    timeouts = Timeouts(connect=1.0, first_token=0.2, total=60.0)
    events = run(make_chain(stalls, backup, timeouts=timeouts))
    assert texts(events) == ["backup"]


def test_every_provider_busy_is_reported_as_busy() -> None:
    first = ScriptedModel(provider="embedded", error=ProviderBusy("queue full"))
    second = ScriptedModel(provider="ollama", error=ProviderBusy("queue full"))
    error = run(make_chain(first, second))[-1]
    assert isinstance(error, ErrorEvent) and error.busy
    # Busy is load, not a fault: no immediate retry into the same queue.
    assert (first.calls, second.calls) == (1, 1)


def test_busy_and_a_real_fault_is_not_reported_as_busy() -> None:
    busy = ScriptedModel(provider="embedded", error=ProviderBusy("queue full"))
    down = ScriptedModel(provider="ollama", error=ProviderRejected("bad key"))
    error = run(make_chain(busy, down))[-1]
    assert isinstance(error, ErrorEvent) and not error.busy


def test_busy_answers_never_open_the_circuit() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(name="embedded", failure_threshold=2, reset_timeout=30.0, clock=clock)
    busy = ScriptedModel(provider="embedded", error=ProviderBusy("queue full"), fail_times=5)
    chain = make_chain(busy, breakers={"embedded": breaker})
    for _ in range(5):
        error = run(chain)[-1]
        assert isinstance(error, ErrorEvent) and error.busy
    assert breaker.state is CircuitState.CLOSED
    # Once the queue drains, the next learner is answered at once.
    assert texts(run(chain)) == ["Hello", " world"]
