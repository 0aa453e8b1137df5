"""Circuit breaker state transitions, driven by a fake clock."""

from __future__ import annotations

import threading

import pytest

from models.breaker import CircuitBreaker, CircuitState
from tests.models.fakes import FakeClock


def make_breaker(
    clock: FakeClock, changes: list[tuple[str, CircuitState]] | None = None
) -> CircuitBreaker:
    """A breaker with threshold 3 and a 30 s reset, recording its state changes."""
    seen = changes if changes is not None else []
    return CircuitBreaker(
        name="ollama",
        failure_threshold=3,
        reset_timeout=30.0,
        clock=clock,
        on_change=lambda name, state: seen.append((name, state)),
    )


def open_breaker(breaker: CircuitBreaker) -> None:
    """Fail it up to the threshold."""
    for _ in range(breaker.failure_threshold):
        breaker.record_failure()


def test_starts_closed_and_allows() -> None:
    breaker = make_breaker(FakeClock())
    assert breaker.state is CircuitState.CLOSED
    assert breaker.allow() is True
    assert breaker.allow() is True


def test_opens_at_threshold_and_rejects() -> None:
    changes: list[tuple[str, CircuitState]] = []
    breaker = make_breaker(FakeClock(), changes)
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state is CircuitState.CLOSED
    assert breaker.allow() is True

    breaker.record_failure()

    assert breaker.state is CircuitState.OPEN
    assert breaker.allow() is False
    assert changes == [("ollama", CircuitState.OPEN)]


def test_success_resets_the_consecutive_count() -> None:
    breaker = make_breaker(FakeClock())
    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state is CircuitState.CLOSED
    assert breaker.failures == 2


def test_open_rejects_until_reset_timeout_then_lets_one_trial_through() -> None:
    clock = FakeClock()
    breaker = make_breaker(clock)
    open_breaker(breaker)

    clock.advance(29.9)
    assert breaker.allow() is False
    assert breaker.state is CircuitState.OPEN

    clock.advance(0.1)
    assert breaker.allow() is True
    assert breaker.state is CircuitState.HALF_OPEN
    assert breaker.allow() is False


def test_trial_success_closes() -> None:
    clock = FakeClock()
    changes: list[tuple[str, CircuitState]] = []
    breaker = make_breaker(clock, changes)
    open_breaker(breaker)
    clock.advance(30.0)
    assert breaker.allow() is True

    breaker.record_success()

    assert breaker.state is CircuitState.CLOSED
    assert breaker.failures == 0
    assert [breaker.allow() for _ in range(3)] == [True, True, True]
    assert [state for _, state in changes] == [
        CircuitState.OPEN,
        CircuitState.HALF_OPEN,
        CircuitState.CLOSED,
    ]


def test_trial_failure_reopens_with_a_fresh_timer() -> None:
    clock = FakeClock()
    breaker = make_breaker(clock)
    open_breaker(breaker)
    clock.advance(30.0)
    assert breaker.allow() is True

    breaker.record_failure()

    assert breaker.state is CircuitState.OPEN
    clock.advance(29.0)  # 59 s after the first opening, 29 s after the second
    assert breaker.allow() is False
    clock.advance(1.0)
    assert breaker.allow() is True
    assert breaker.state is CircuitState.HALF_OPEN


def test_late_failure_while_open_does_not_extend_the_timer() -> None:
    clock = FakeClock()
    breaker = make_breaker(clock)
    open_breaker(breaker)
    clock.advance(20.0)
    breaker.record_failure()  # a request admitted before the breaker opened
    clock.advance(10.0)
    assert breaker.allow() is True


def test_concurrent_callers_get_exactly_one_half_open_trial() -> None:
    clock = FakeClock()
    breaker = make_breaker(clock)
    open_breaker(breaker)
    clock.advance(30.0)
    callers = 8
    barrier = threading.Barrier(callers)
    results: list[bool] = []
    results_lock = threading.Lock()

    def call() -> None:
        barrier.wait()
        allowed = breaker.allow()
        with results_lock:
            results.append(allowed)

    threads = [threading.Thread(target=call) for _ in range(callers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [False] * (callers - 1) + [True]
    assert breaker.state is CircuitState.HALF_OPEN


def test_released_trial_lets_the_next_caller_probe() -> None:
    clock = FakeClock()
    breaker = make_breaker(clock)
    open_breaker(breaker)
    clock.advance(30.0)
    assert breaker.allow() is True
    assert breaker.allow() is False

    breaker.release()

    assert breaker.state is CircuitState.HALF_OPEN
    assert breaker.allow() is True
    assert breaker.allow() is False


def test_release_when_closed_changes_nothing() -> None:
    breaker = make_breaker(FakeClock())
    breaker.record_failure()
    breaker.release()
    assert breaker.state is CircuitState.CLOSED
    assert breaker.failures == 1


def test_broken_listener_does_not_break_the_breaker() -> None:
    def explode(name: str, state: CircuitState) -> None:
        raise RuntimeError("metrics down")

    breaker = CircuitBreaker(
        name="ollama", failure_threshold=1, clock=FakeClock(), on_change=explode
    )
    breaker.record_failure()
    assert breaker.state is CircuitState.OPEN


def test_state_values_are_stable_strings() -> None:
    assert [str(state) for state in CircuitState] == ["closed", "open", "half_open"]


@pytest.mark.parametrize(
    ("threshold", "reset"),
    [(0, 30.0), (3, -1.0)],
)
def test_rejects_invalid_settings(threshold: int, reset: float) -> None:
    with pytest.raises(ValueError):
        CircuitBreaker(name="x", failure_threshold=threshold, reset_timeout=reset)
