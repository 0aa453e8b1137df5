"""Fallback chain logic: ordering, retries, breakers, local-only, timeouts, cancellation."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

import pytest

from models.breaker import CircuitBreaker, CircuitState
from models.chain import ChainNotice, FallbackChain, RetryPolicy
from models.ports import (
    ChatEvent,
    ChatMessage,
    ChatModel,
    ChatOptions,
    DoneEvent,
    ErrorEvent,
    ModelError,
    ModelNotFound,
    ProviderRejected,
    ProviderTimeout,
    ProviderUnavailable,
    Timeouts,
    TokenEvent,
    UsageEvent,
)
from tests.models.fakes import MAX_HANG, ExplodingModel, FakeClock, RecordingSleep, ScriptedModel

MESSAGES = [ChatMessage("user", "How do I start running?")]
# Generous deadlines for tests that are not about timeouts, so a loaded machine cannot trip them.
RELAXED = Timeouts(connect=1.0, first_token=20.0, total=60.0)
SEED = 1234


def make_chain(
    *providers: ChatModel,
    retry: RetryPolicy | None = None,
    timeouts: Timeouts = RELAXED,
    breakers: Mapping[str, CircuitBreaker] | None = None,
    sleep: RecordingSleep | None = None,
    notices: list[ChainNotice] | None = None,
) -> FallbackChain:
    """A chain over `providers` with a recorded sleep and a seeded rng."""
    return FallbackChain(
        providers=providers,
        timeouts=timeouts,
        retry=retry if retry is not None else RetryPolicy(),
        breakers=breakers,
        sleep=sleep if sleep is not None else RecordingSleep(),
        rng=random.Random(SEED),
        on_event=notices.append if notices is not None else None,
    )


def run(chain: FallbackChain, options: ChatOptions | None = None) -> list[ChatEvent]:
    """All events of one request."""
    return list(chain.stream(MESSAGES, options if options is not None else ChatOptions()))


def texts(events: list[ChatEvent]) -> list[str]:
    """The token texts among `events`."""
    return [event.text for event in events if isinstance(event, TokenEvent)]


def opened_breaker(name: str, clock: FakeClock) -> CircuitBreaker:
    """A breaker for `name` that has just opened."""
    breaker = CircuitBreaker(name=name, failure_threshold=1, reset_timeout=30.0, clock=clock)
    breaker.record_failure()
    assert breaker.state is CircuitState.OPEN
    return breaker


# --- success -------------------------------------------------------------------------------


def test_first_provider_answers_and_done_names_it() -> None:
    ollama = ScriptedModel(provider="ollama", model="llama3.2:3b", tokens=("Start", " slow"))
    backup = ScriptedModel(provider="embedded", model="smollm2")
    chain = make_chain(ollama, backup)

    events = run(chain)

    assert events == [
        TokenEvent("Start"),
        TokenEvent(" slow"),
        UsageEvent(prompt_tokens=3, completion_tokens=2),
        DoneEvent(provider="ollama", model="llama3.2:3b"),
    ]
    assert backup.calls == 0
    assert chain.breakers["ollama"].state is CircuitState.CLOSED


def test_done_event_is_supplied_when_the_adapter_sends_none() -> None:
    embedded = ScriptedModel(provider="embedded", model="smollm2", send_done=False)

    events = run(make_chain(embedded))

    assert events[-1] == DoneEvent(provider="embedded", model="smollm2")
    assert isinstance(events[-2], UsageEvent)


def test_chain_describes_itself() -> None:
    local = ScriptedModel(provider="ollama")
    hosted = ScriptedModel(provider="openai", is_local=False)

    assert isinstance(make_chain(local), ChatModel)
    assert (make_chain(local).provider, make_chain(local).model) == ("chain", "auto")
    assert make_chain(local).is_local is True
    assert make_chain(local, hosted).is_local is False


def test_chain_needs_a_provider() -> None:
    with pytest.raises(ValueError):
        make_chain()


# --- retries -------------------------------------------------------------------------------


def test_retryable_failure_is_retried_with_backoff_then_falls_back() -> None:
    ollama = ScriptedModel(
        provider="ollama", error=ProviderUnavailable("unreachable (connection refused)")
    )
    backup = ScriptedModel(provider="embedded", model="smollm2", tokens=("Walk first",))
    sleep = RecordingSleep()
    policy = RetryPolicy(max_retries=2, backoff_base=0.5, backoff_max=8.0, jitter=0.5)
    chain = make_chain(ollama, backup, retry=policy, sleep=sleep)

    events = run(chain)

    expected_rng = random.Random(SEED)
    assert sleep.calls == [policy.delay(0, expected_rng), policy.delay(1, expected_rng)]
    assert 0.25 <= sleep.calls[0] <= 0.75 and 0.5 <= sleep.calls[1] <= 1.5
    assert ollama.calls == 3
    assert texts(events) == ["Walk first"]
    assert events[-1] == DoneEvent(provider="embedded", model="smollm2")
    assert chain.breakers["ollama"].state is CircuitState.OPEN  # 3 failures = threshold


def test_retry_that_succeeds_answers_from_the_same_provider() -> None:
    ollama = ScriptedModel(provider="ollama", error=ProviderUnavailable("503"), fail_times=1)
    backup = ScriptedModel(provider="embedded")
    sleep = RecordingSleep()
    chain = make_chain(ollama, backup, sleep=sleep)

    events = run(chain)

    assert ollama.calls == 2
    assert len(sleep.calls) == 1
    assert backup.calls == 0
    assert isinstance(events[-1], DoneEvent) and events[-1].provider == "ollama"
    assert chain.breakers["ollama"].failures == 0


@pytest.mark.parametrize("error", [ModelNotFound("no such model"), ProviderRejected("bad key")])
def test_non_retryable_failure_moves_on_without_retry(error: ModelError) -> None:
    first = ScriptedModel(provider="openai", is_local=False, error=error)
    backup = ScriptedModel(provider="anthropic", model="claude", is_local=False)
    sleep = RecordingSleep()

    events = run(make_chain(first, backup, sleep=sleep))

    assert first.calls == 1
    assert sleep.calls == []
    assert events[-1] == DoneEvent(provider="anthropic", model="claude")


def test_timeout_raised_by_the_adapter_is_retried() -> None:
    ollama = ScriptedModel(provider="ollama", error=ProviderTimeout("read timed out"), fail_times=1)

    events = run(make_chain(ollama))

    assert ollama.calls == 2
    assert isinstance(events[-1], DoneEvent) and events[-1].provider == "ollama"


def test_unexpected_adapter_exception_is_a_failure_not_a_crash() -> None:
    buggy = ExplodingModel(provider="embedded")
    backup = ScriptedModel(provider="openai", model="gpt-4o-mini", is_local=False)

    events = run(make_chain(buggy, backup))

    assert buggy.calls == 1  # not retryable
    assert events[-1] == DoneEvent(provider="openai", model="gpt-4o-mini")


# --- local_only ----------------------------------------------------------------------------


def test_local_only_never_calls_a_hosted_provider_even_when_local_ones_fail() -> None:
    local = ScriptedModel(provider="ollama", error=ProviderUnavailable("connection refused"))
    hosted = ScriptedModel(provider="openai", is_local=False)
    sleep = RecordingSleep()

    events = run(make_chain(local, hosted, sleep=sleep), ChatOptions(local_only=True))

    assert hosted.calls == 0
    assert len(events) == 1 and isinstance(events[0], ErrorEvent)
    assert events[0].attempts[-1] == "openai: skipped (local_only)"
    assert local.calls == 3


def test_local_only_skips_hosted_providers_listed_first() -> None:
    hosted = ScriptedModel(provider="anthropic", is_local=False)
    local = ScriptedModel(provider="embedded", model="smollm2")

    events = run(make_chain(hosted, local), ChatOptions(local_only=True))

    assert hosted.calls == 0
    assert events[-1] == DoneEvent(provider="embedded", model="smollm2")


# --- circuit breakers ----------------------------------------------------------------------


def test_open_breaker_skips_the_provider_without_calling_it() -> None:
    ollama = ScriptedModel(provider="ollama")
    backup = ScriptedModel(provider="embedded", model="smollm2")
    breakers = {"ollama": opened_breaker("ollama", FakeClock())}

    events = run(make_chain(ollama, backup, breakers=breakers))

    assert ollama.calls == 0
    assert events[-1] == DoneEvent(provider="embedded", model="smollm2")


def test_half_open_trial_success_closes_the_breaker() -> None:
    clock = FakeClock()
    breaker = opened_breaker("ollama", clock)
    clock.advance(30.0)
    ollama = ScriptedModel(provider="ollama")

    events = run(make_chain(ollama, breakers={"ollama": breaker}))

    assert ollama.calls == 1
    assert isinstance(events[-1], DoneEvent) and events[-1].provider == "ollama"
    assert breaker.state is CircuitState.CLOSED


def test_failed_half_open_trial_reopens_and_is_not_retried() -> None:
    clock = FakeClock()
    breaker = opened_breaker("ollama", clock)
    clock.advance(30.0)
    ollama = ScriptedModel(provider="ollama", error=ProviderUnavailable("still down"))
    sleep = RecordingSleep()

    events = run(make_chain(ollama, breakers={"ollama": breaker}, sleep=sleep))

    assert ollama.calls == 1
    assert sleep.calls == []
    assert breaker.state is CircuitState.OPEN
    assert events == [
        ErrorEvent(
            message="ollama: still down, then skipped (circuit open)",
            attempts=("ollama: still down, then skipped (circuit open)",),
        )
    ]


def test_breakers_are_shared_between_chains_and_missing_ones_created() -> None:
    shared = {"ollama": CircuitBreaker(name="ollama", failure_threshold=1)}
    failing = ScriptedModel(provider="ollama", error=ModelNotFound("no llama3.2"))
    backup = ScriptedModel(provider="embedded")

    first = make_chain(failing, backup, breakers=shared)
    run(first)
    second = make_chain(failing, backup, breakers=shared)
    run(second)

    assert first.breakers["ollama"] is shared["ollama"]
    assert isinstance(first.breakers["embedded"], CircuitBreaker)
    assert "embedded" not in shared  # the caller's mapping is not modified
    assert failing.calls == 1  # the second request found the circuit open
    assert backup.calls == 2


# --- timeouts ------------------------------------------------------------------------------


def test_first_token_timeout_falls_back_and_closes_the_stuck_stream() -> None:
    stuck = ScriptedModel(provider="embedded", tokens=("late",), hang_after=0)
    backup = ScriptedModel(provider="ollama", model="llama3.2", tokens=("on time",))
    sleep = RecordingSleep()
    timeouts = Timeouts(connect=1.0, first_token=0.2, total=60.0)
    try:
        events = run(make_chain(stuck, backup, timeouts=timeouts, sleep=sleep))

        assert texts(events) == ["on time"]
        assert events[-1] == DoneEvent(provider="ollama", model="llama3.2")
        # The stuck provider still holds its worker thread: retrying would only pile up.
        assert stuck.calls == 1
        assert sleep.calls == []
    finally:
        stuck.release()
    # Once the provider regains control, the cancelled worker closes its generator.
    assert stuck.closed.wait(MAX_HANG)
    assert not stuck.finished


def test_total_timeout_after_tokens_ends_with_a_partial_error() -> None:
    slow = ScriptedModel(provider="embedded", model="smollm2", tokens=("a", "b"), hang_after=1)
    backup = ScriptedModel(provider="ollama")
    timeouts = Timeouts(connect=1.0, first_token=20.0, total=1.5)
    try:
        events = run(make_chain(slow, backup, timeouts=timeouts))
    finally:
        slow.release()

    assert events[0] == TokenEvent("a")
    assert len(events) == 2
    error = events[1]
    assert isinstance(error, ErrorEvent)
    assert (error.partial, error.provider, error.model) == (True, "embedded", "smollm2")
    assert "timed out" in error.message
    assert backup.calls == 0


# --- failures after tokens -----------------------------------------------------------------


def test_failure_after_tokens_yields_partial_error_and_does_not_switch() -> None:
    ollama = ScriptedModel(
        provider="ollama",
        model="llama3.2",
        tokens=("a", "b", "c"),
        error=ProviderUnavailable("connection reset"),
        fail_after=2,
    )
    backup = ScriptedModel(provider="embedded")
    sleep = RecordingSleep()
    chain = make_chain(ollama, backup, sleep=sleep)

    events = run(chain)

    assert events == [
        TokenEvent("a"),
        TokenEvent("b"),
        ErrorEvent(message="connection reset", provider="ollama", model="llama3.2", partial=True),
    ]
    assert backup.calls == 0
    assert ollama.calls == 1
    assert sleep.calls == []
    assert chain.breakers["ollama"].failures == 1


# --- everything fails ----------------------------------------------------------------------


def test_when_everything_fails_one_error_lists_every_attempt() -> None:
    ollama = ScriptedModel(
        provider="ollama", error=ProviderUnavailable("unreachable (connection refused)")
    )
    embedded = ScriptedModel(provider="embedded", error=ModelNotFound("model file missing"))
    openai = ScriptedModel(provider="openai", is_local=False)
    chain = make_chain(ollama, embedded, openai, retry=RetryPolicy(max_retries=1))

    events = run(chain, ChatOptions(local_only=True))

    attempts = (
        "ollama: unreachable (connection refused) (2 tries)",
        "embedded: model file missing",
        "openai: skipped (local_only)",
    )
    assert events == [ErrorEvent(message="; ".join(attempts), attempts=attempts, partial=False)]
    assert (ollama.calls, embedded.calls, openai.calls) == (2, 1, 0)


def test_all_circuits_open_yields_an_error_without_calling_anyone() -> None:
    clock = FakeClock()
    ollama = ScriptedModel(provider="ollama")
    breakers = {"ollama": opened_breaker("ollama", clock)}

    events = run(make_chain(ollama, breakers=breakers))

    assert events == [
        ErrorEvent(
            message="ollama: skipped (circuit open)", attempts=("ollama: skipped (circuit open)",)
        )
    ]
    assert ollama.calls == 0


# --- cancellation --------------------------------------------------------------------------


def test_closing_the_consumer_closes_the_provider_stream() -> None:
    ollama = ScriptedModel(provider="ollama", tokens=("a", "b", "c"), hang_after=1)
    backup = ScriptedModel(provider="embedded")
    chain = make_chain(ollama, backup)
    stream = chain.stream(MESSAGES, ChatOptions())
    try:
        assert next(stream) == TokenEvent("a")
        stream.close()  # the client disconnected
    finally:
        ollama.release()

    assert ollama.closed.wait(MAX_HANG)
    assert not ollama.finished
    assert ollama.produced <= 2  # at most the token that was in flight when it was cancelled
    assert backup.calls == 0
    # A client going away is no verdict on the provider.
    assert chain.breakers["ollama"].failures == 0


def test_closing_the_consumer_during_a_half_open_trial_hands_the_trial_back() -> None:
    clock = FakeClock()
    breaker = opened_breaker("ollama", clock)
    clock.advance(30.0)
    ollama = ScriptedModel(provider="ollama", tokens=("a", "b"), hang_after=1)
    stream = make_chain(ollama, breakers={"ollama": breaker}).stream(MESSAGES, ChatOptions())
    try:
        assert next(stream) == TokenEvent("a")
        assert breaker.allow() is False  # the trial is in flight
        stream.close()
    finally:
        ollama.release()

    assert breaker.state is CircuitState.HALF_OPEN
    assert breaker.allow() is True


def test_success_is_recorded_before_the_done_event_reaches_the_consumer() -> None:
    clock = FakeClock()
    breaker = opened_breaker("ollama", clock)
    clock.advance(30.0)
    stream = make_chain(ScriptedModel(provider="ollama"), breakers={"ollama": breaker}).stream(
        MESSAGES, ChatOptions()
    )
    for event in stream:
        if isinstance(event, DoneEvent):
            break  # a consumer may stop reading as soon as it sees the answer is done
    stream.close()

    assert breaker.state is CircuitState.CLOSED


# --- observer ------------------------------------------------------------------------------


def test_observer_hears_provider_errors_and_fallbacks() -> None:
    ollama = ScriptedModel(provider="ollama", model="llama3.2", error=ModelNotFound("no model"))
    backup = ScriptedModel(provider="embedded")
    notices: list[ChainNotice] = []

    run(make_chain(ollama, backup, notices=notices))

    assert notices == [
        ChainNotice("provider_error", "ollama", "llama3.2", "no model"),
        ChainNotice("fallback", "ollama", "llama3.2", "no model"),
    ]


def test_broken_observer_does_not_break_the_answer() -> None:
    def explode(notice: ChainNotice) -> None:
        raise RuntimeError("metrics down")

    ollama = ScriptedModel(provider="ollama", error=ModelNotFound("no model"))
    backup = ScriptedModel(provider="embedded")
    chain = FallbackChain(
        providers=[ollama, backup], timeouts=RELAXED, retry=RetryPolicy(), on_event=explode
    )

    events = run(chain)

    assert isinstance(events[-1], DoneEvent) and events[-1].provider == "embedded"


# --- retry policy --------------------------------------------------------------------------


def test_backoff_doubles_up_to_the_cap_without_jitter() -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_max=8.0, jitter=0.0)
    rng = random.Random(SEED)
    assert [policy.delay(n, rng) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_stays_within_its_band_and_varies() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_max=8.0, jitter=0.5)
    rng = random.Random(SEED)
    delays = [policy.delay(1, rng) for _ in range(200)]
    assert all(1.0 <= delay <= 3.0 for delay in delays)
    assert len(set(delays)) > 1


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"backoff_base": -0.1}, {"backoff_max": -1.0}, {"jitter": 1.5}],
)
def test_retry_policy_rejects_invalid_settings(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)
