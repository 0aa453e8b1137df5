"""The safety port: assess a learner message, validate an answer, word a crisis reply.

Until the real red-flag classifier lands, `PassThroughSafety` stands in: it finds nothing,
changes nothing, and still has a supportive crisis reply ready for a classifier that does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

Severity = Literal["none", "low", "medium", "high"]

GENERIC_CRISIS_REPLY = (
    "I'm really glad you told me, and I'm concerned about how you're feeling. "
    "You don't have to go through this alone, and you deserve support right now. "
    "Please reach out to someone you trust, or to a crisis line where you are.\n\n"
    "If you are in immediate danger, call your local emergency number now.\n"
    "Support: [local crisis line - to be configured by your organisation]"
)


@dataclass(frozen=True)
class Assessment:
    """What the safety check found in a message; `local_only` keeps it off hosted models."""

    category: str = "none"
    severity: Severity = "none"
    reasons: tuple[str, ...] = ()
    local_only: bool = False
    score: float = 0.0


@dataclass(frozen=True)
class Escalation:
    """What the hook recorded for a flagged message, and what the answer must carry.

    `locale` is the learner's language with their country ("en-GB") for crisis resources;
    `instruction` is added to the system prompt of a carefully generated answer and
    `appendix` (helplines) is appended to it.
    """

    locale: str = "en"
    case_id: int | None = None
    instruction: str = ""
    appendix: str = ""


@runtime_checkable
class RedFlagClassifier(Protocol):
    """Finds crisis signals in a learner message, in the light of their recent messages."""

    def classify(self, text: str, history: Sequence[str]) -> Assessment:
        """The category, severity and score of a message (history oldest first)."""
        ...


@runtime_checkable
class SafetyHook(Protocol):
    """Screens what learners write and what coaches answer."""

    def assess(self, text: str, history: Sequence[str]) -> Assessment:
        """Assess a learner message in the light of their earlier messages (oldest first)."""
        ...

    def validate_output(self, text: str) -> str:
        """Return the answer to store, amended if it needs to be."""
        ...

    def crisis_reply(self, assessment: Assessment, locale: str) -> str:
        """The safe reply sent instead of a model answer when a message is high severity."""
        ...

    def escalate(
        self, assessment: Assessment, *, learner_id: int, coach_id: int, conversation_id: int,
        message_id: int, locale: str,
    ) -> Escalation:
        """Record a flagged (medium or high) message for a human and alert the coach."""
        ...

    def interrupts(self, text: str) -> str | None:
        """The replacement if an answer streamed so far must be stopped now, else None."""
        ...

    def keeps_local(self, conversation_id: int) -> bool:
        """Whether earlier flagged messages keep this conversation on local models."""
        ...


class PassThroughSafety:
    """Flags nothing and amends nothing: the stand-in until the real classifier lands."""

    def assess(self, text: str, history: Sequence[str]) -> Assessment:
        """Every message is fine."""
        del text, history  # the pass-through looks at nothing
        return Assessment()

    def validate_output(self, text: str) -> str:
        """Every answer is kept as written."""
        return text

    def crisis_reply(self, assessment: Assessment, locale: str) -> str:
        """A generic supportive message with a placeholder resource line (English only)."""
        del assessment, locale  # one wording until localised resources are configured
        return GENERIC_CRISIS_REPLY

    def escalate(
        self, assessment: Assessment, *, learner_id: int, coach_id: int, conversation_id: int,
        message_id: int, locale: str,
    ) -> Escalation:
        """Nobody to alert: nothing is recorded."""
        del assessment, learner_id, coach_id, conversation_id, message_id
        return Escalation(locale=locale)

    def interrupts(self, text: str) -> str | None:
        """Never stops an answer."""
        del text
        return None

    def keeps_local(self, conversation_id: int) -> bool:
        """Nothing was flagged, so nothing is pinned to local models."""
        del conversation_id
        return False
