"""The profile port: what the coach should know about a learner before answering."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class ProfileHook(Protocol):
    """Supplies a short, prompt-ready description of a learner for one coach."""

    def profile_for(self, learner_id: int, coach_id: int) -> str:
        """The learner's profile as plain text, or "" when there is nothing to say."""
        ...

    def after_exchange(
        self, *, learner_id: int, coach_id: int, conversation_id: int, question_id: int,
        answer_id: int,
    ) -> None:
        """Learn from a saved exchange; must return at once (work goes to the background)."""
        ...


class PassThroughProfile:
    """A profile hook that knows nothing yet (the default until the profile builder lands)."""

    def profile_for(self, learner_id: int, coach_id: int) -> str:
        """No profile."""
        del learner_id, coach_id  # nothing is known about anyone yet
        return ""

    def after_exchange(
        self, *, learner_id: int, coach_id: int, conversation_id: int, question_id: int,
        answer_id: int,
    ) -> None:
        """Learns nothing."""
        del learner_id, coach_id, conversation_id, question_id, answer_id
