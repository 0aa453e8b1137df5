"""Per-provider circuit breaker: stop calling a provider that keeps failing, then probe it."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

logger = logging.getLogger(__name__)

_T = TypeVar("_T")


class CircuitState(StrEnum):
    """Where a breaker stands; the values are stable strings for metrics and logs."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


StateListener = Callable[[str, CircuitState], None]


class CircuitBreaker:
    """Counts consecutive failures of one provider and short-circuits it while it is down.

    closed: every request goes through; `failure_threshold` consecutive failures open it.
    open: requests are refused until `reset_timeout` seconds have passed since it opened;
    the next `allow()` then moves it to half_open.
    half_open: exactly one trial request goes through; its success closes the breaker, its
    failure opens it again with a fresh timer. A trial that ends without a verdict (the client
    went away) is handed back with `release()` so the next request can probe instead.

    All methods are thread-safe. `on_change(name, new_state)` is called after each state
    change, outside the lock; under concurrency notifications may arrive out of order.
    """

    def __init__(
        self,
        *,
        name: str,
        failure_threshold: int = 3,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        on_change: StateListener | None = None,
    ) -> None:
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        if reset_timeout < 0:
            raise ValueError("reset_timeout must not be negative")
        self.name = name
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self._clock = clock
        self._on_change = on_change
        self._lock = threading.Lock()
        self._state = CircuitState.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._trial_in_flight = False

    @property
    def state(self) -> CircuitState:
        """The current state; an open breaker whose timer expired stays open until `allow()`."""
        with self._lock:
            return self._state

    @property
    def failures(self) -> int:
        """Consecutive failures counted since the last success."""
        with self._lock:
            return self._failures

    def allow(self) -> bool:
        """Say whether one request may go to the provider now."""
        return self._apply(self._admit)

    def record_success(self) -> None:
        """The provider answered: close the breaker and forget past failures."""
        self._apply(self._close)

    def record_failure(self) -> None:
        """The provider failed: count it and open the breaker if it is time to."""
        self._apply(self._fail)

    def release(self) -> None:
        """Hand back a half-open trial that ended with no verdict, so another can probe."""
        self._apply(self._release_trial)

    def _apply(self, step: Callable[[], _T]) -> _T:
        """Run `step` under the lock, then report a state change outside it."""
        with self._lock:
            before = self._state
            result = step()
            after = self._state
        if after is not before:
            self._notify(after)
        return result

    def _admit(self) -> bool:
        """Decide admission; the caller holds the lock."""
        if self._state is CircuitState.OPEN:
            if self._clock() - self._opened_at < self.reset_timeout:
                return False
            self._state = CircuitState.HALF_OPEN
            self._trial_in_flight = False
        if self._state is CircuitState.HALF_OPEN:
            # Only one probe at a time: a still-broken provider should cost one request, not all.
            if self._trial_in_flight:
                return False
            self._trial_in_flight = True
        return True

    def _close(self) -> None:
        """Close and reset; the caller holds the lock."""
        self._state = CircuitState.CLOSED
        self._failures = 0
        self._trial_in_flight = False

    def _fail(self) -> None:
        """Count a failure; the caller holds the lock."""
        self._failures += 1
        if self._state is CircuitState.HALF_OPEN:
            self._open()
        elif self._state is CircuitState.CLOSED and self._failures >= self.failure_threshold:
            self._open()
        # Already open: a late failure from a request admitted earlier does not extend the timer.

    def _release_trial(self) -> None:
        """Free the half-open trial slot; the caller holds the lock."""
        if self._state is CircuitState.HALF_OPEN:
            self._trial_in_flight = False

    def _open(self) -> None:
        """Open with a fresh timer; the caller holds the lock."""
        self._state = CircuitState.OPEN
        self._opened_at = self._clock()
        self._trial_in_flight = False

    def _notify(self, state: CircuitState) -> None:
        """Tell the listener about a change; a broken listener must not break requests."""
        if self._on_change is None:
            return
        try:
            self._on_change(self.name, state)
        except Exception:
            logger.exception("circuit breaker listener failed for %s", self.name)
