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
class Reading:
    """A message's own reading, before context, and the `fingerprint` of the model that made it.

    Stored with the message, so a later context check reads it instead of the message; a
    reading by another model (retrained head, rules-only fallback) is never reused.
    """

    category: str
    severity: Severity
    score: float
    fingerprint: str
    reasons: tuple[str, ...] = ()


class MessageText(str):
    """A learner message's text (it is a `str`), with its id and stored reading when known.

    Callers may pass these as the text and history of `RedFlagClassifier.classify` and
    `SafetyHook.assess`; an implementation that only needs text never has to look further.
    """

    message_id: int | None
    reading: Reading | None

    def __new__(
        cls, text: str, *, message_id: int | None = None, reading: Reading | None = None
    ) -> MessageText:
        message = super().__new__(cls, text)
        message.message_id = message_id
        message.reading = reading
        return message


@dataclass(frozen=True)
class Assessment:
    """What the safety check found in a message; `local_only` keeps it off hosted models.

    `reading` is the message's own reading before context, when the classifier can give one,
    so the hook can store it for later context checks.
    """

    category: str = "none"
    severity: Severity = "none"
    reasons: tuple[str, ...] = ()
    local_only: bool = False
    score: float = 0.0
    reading: Reading | None = None
    # A second category the message may belong to (see `safety.labels.Signal.also`).
    also: tuple[str, ...] = ()


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
        """The category, severity and score of a message (history oldest first).

        History items may be `MessageText` carrying a stored reading, which a classifier may
        use instead of reading that message again when the fingerprint is its own.
        """
        ...


@runtime_checkable
class SafetyHook(Protocol):
    """Screens what learners write and what coaches answer."""

    def assess(self, text: str, history: Sequence[str]) -> Assessment:
        """Assess a learner message in the light of their earlier messages (oldest first).

        Given `MessageText` with ids, a hook may store the message's reading and look up the
        stored readings of the history.
        """
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
