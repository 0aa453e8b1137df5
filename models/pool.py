"""A pool of same-model chat servers (e.g. several Ollama GPU hosts) seen as one provider.

Requests rotate over the members, so concurrent answers spread across the hosts. A member that
fails before it has streamed anything (down, busy, timed out) hands the request to the next
member; once tokens have been streamed, a failure is raised as it is (the fallback chain then
keeps the answer as partial). Only when every member fails does the pool raise, with the last
error, so the chain's breaker for the provider opens only when the whole pool is down.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from models.ports import (
    ChatEvent,
    ChatMessage,
    ChatModel,
    ChatOptions,
    ModelError,
    ProviderStatus,
    TokenEvent,
)


class ChatPool:
    """One ChatModel over several members with the same provider and model name."""

    def __init__(self, members: Sequence[ChatModel]) -> None:
        if not members:
            raise ValueError("a chat pool needs at least one member")
        first = members[0]
        if any(m.provider != first.provider or m.model != first.model for m in members):
            raise ValueError("every member of a chat pool must have the same provider and model")
        self.members = tuple(members)
        self.provider = first.provider
        self.model = first.model
        self.is_local = all(m.is_local for m in members)
        self._turn = itertools.count()
        self._lock = threading.Lock()

    def order(self) -> list[ChatModel]:
        """The members in the order the next request tries them (rotated by one each time)."""
        with self._lock:
            start = next(self._turn) % len(self.members)
        return [*self.members[start:], *self.members[:start]]

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Stream from the first member that starts answering."""
        last: ModelError | None = None
        for member in self.order():
            streamed = False
            try:
                for event in member.stream(messages, options):
                    if isinstance(event, TokenEvent):
                        streamed = True
                    yield event
                return
            except ModelError as error:
                if streamed:
                    raise
                last = error
        assert last is not None
        raise last

    def check(self) -> ProviderStatus:
        """Usable when any member is; the detail lists every member's state."""
        statuses: list[ProviderStatus] = []
        for member in self.members:
            probe: Any = getattr(member, "check", None)
            if callable(probe):
                statuses.append(probe())
        usable = [s for s in statuses if s.reachable and s.model_present]
        detail = "; ".join(f"member {n + 1}: "
                           + ("ok" if s.reachable and s.model_present else
                              "unreachable" if not s.reachable else "model missing")
                           for n, s in enumerate(statuses))
        best = usable[0] if usable else (statuses[0] if statuses else None)
        return ProviderStatus(
            name=self.provider,
            reachable=best.reachable if best else False,
            model=self.model,
            model_present=best.model_present if best else False,
            detail=f"{len(usable)} of {len(self.members)} hosts usable ({detail})",
            fix="" if usable else (best.fix if best else ""),
        )

    def close(self) -> None:
        """Close every member that can be closed."""
        for member in self.members:
            closer: Any = getattr(member, "close", None)
            if callable(closer):
                closer()
