"""The chat's side of the safety hook: every call fails safe, and none can cost a reply.

`GuardedSafety` wraps a `SafetyHook` for `ChatService`: a failing assessment counts as
unassessed (medium, local only), a failing lookup keeps the conversation local, a failing
escalation or running check is logged and the answer goes on, and a failing crisis reply falls
back to the generic one. The crisis answer itself and the appendix of resources are built here
too, so the chat service only decides what to send when.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from app.coaching.answers import Answer
from app.coaching.models import MessageStatus
from models.ports import ChatMessage
from safety.ports import Assessment, Escalation, PassThroughSafety, SafetyHook

log = logging.getLogger(__name__)

SAFETY_PROVIDER = "safety"
CRISIS_MODEL = "crisis-reply"
# The running output check looks at the tail of the answer: rules match within a sentence.
RUNNING_CHECK_CHARS = 800
# When the safety check itself fails, nothing vouches for the message: keep it on local models.
UNASSESSED = Assessment(
    category="unassessed", severity="medium", reasons=("safety check failed",), local_only=True
)


class GuardedSafety:
    """A SafetyHook whose failures are logged and answered with the safe default."""

    def __init__(self, hook: SafetyHook) -> None:
        self.hook = hook

    def assess(self, text: str, history: Sequence[str], *, message_id: int) -> Assessment:
        """The assessment of a message, or UNASSESSED if the check fails."""
        try:
            return self.hook.assess(text, history)
        except Exception:
            log.exception("safety assessment of message %s failed", message_id)
            return UNASSESSED

    def keeps_local(self, conversation_id: int) -> bool:
        """Whether earlier flagged messages pin this conversation to local models."""
        try:
            return self.hook.keeps_local(conversation_id)
        except Exception:
            # The history may quote flagged text: when in doubt, it stays on this machine.
            log.exception("safety lookup for conversation %s failed", conversation_id)
            return True

    def escalate(
        self, assessment: Assessment, *, learner_id: int, coach_id: int, conversation_id: int,
        message_id: int, locale: str,
    ) -> Escalation:
        """Open a case for a flagged message; without one, the reply still goes out."""
        if assessment is UNASSESSED or assessment.severity not in ("medium", "high"):
            return Escalation(locale=locale)
        try:
            return self.hook.escalate(
                assessment, learner_id=learner_id, coach_id=coach_id,
                conversation_id=conversation_id, message_id=message_id, locale=locale,
            )
        except Exception:
            log.exception("escalating message %s failed", message_id)
            return Escalation(locale=locale)

    def crisis_answer(self, assessment: Assessment, locale: str, elapsed_ms: int) -> Answer:
        """The safe reply that replaces a model answer, as a complete answer to store."""
        try:
            reply = self.hook.crisis_reply(assessment, locale)
        except Exception:
            log.exception("crisis reply failed; sending the generic one")
            reply = PassThroughSafety().crisis_reply(assessment, locale)
        return Answer(reply, MessageStatus.COMPLETE, provider=SAFETY_PROVIDER, model=CRISIS_MODEL,
                      first_token_ms=elapsed_ms, latency_ms=elapsed_ms)

    def interrupts(self, text: str) -> str | None:
        """The replacement if the answer so far must stop (None if the check fails)."""
        try:
            return self.hook.interrupts(text[-RUNNING_CHECK_CHARS:])
        except Exception:
            log.exception("running output check failed; the final check still applies")
            return None

    def validated(self, text: str) -> str:
        """The answer as the hook lets it be stored (unchanged if the hook fails)."""
        try:
            return self.hook.validate_output(text)
        except Exception:
            log.exception("output validation failed; storing the answer as generated")
            return text


def careful(messages: list[ChatMessage], instruction: str) -> list[ChatMessage]:
    """The prompt with the safety hook's extra instruction added to the system message."""
    if not instruction or not messages or messages[0].role != "system":
        return messages
    system = ChatMessage("system", f"{messages[0].content}\n\n{instruction}")
    return [system, *messages[1:]]


def with_appendix(answer: Answer, appendix: str) -> tuple[Answer, str]:
    """The answer with crisis resources appended, and the text to stream for them.

    A flagged message whose answer failed outright still gets the resources, as a safety
    reply that needs no model.
    """
    if not appendix:
        return answer, ""
    if answer.status is MessageStatus.COMPLETE:
        extra = f"\n\n{appendix}"
        return replace(answer, content=answer.content + extra), extra
    if answer.status is MessageStatus.FAILED:
        fallback = Answer(appendix, MessageStatus.COMPLETE, provider=SAFETY_PROVIDER,
                          model=CRISIS_MODEL, first_token_ms=answer.latency_ms,
                          latency_ms=answer.latency_ms)
        return fallback, appendix
    return answer, ""
