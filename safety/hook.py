"""The real safety hook: classifier, crisis resources, escalation cases and the output guard.

`GuardedSafety` implements `safety.ports.SafetyHook` for the chat service. The classifier may
still be loading when the first message arrives (`WarmClassifier` loads it on a background
thread at start-up); an assessment then waits for it, so no message is answered unassessed.

Each learner message's own reading is stored with it (`MessageReading`) and handed back with
the history of later messages, so the context check need not read them again, in any worker
and after a restart. The store only saves work: when it fails, the classifier reads the
messages itself and the failure is logged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

from app import metrics
from app.accounts.models import User
from app.db import unit_of_work
from safety import output, service
from safety.models import CaseKind
from safety.notify import CaseNotifier
from safety.ports import Assessment, Escalation, MessageText, Reading, RedFlagClassifier
from safety.resources import Directory, place_of

log = logging.getLogger(__name__)

CAREFUL_INSTRUCTION = (
    "Safety note: the learner's message may show distress ({category}). Answer with extra "
    "care: be warm, calm and non-judgemental; acknowledge their feelings; do not give advice "
    "on methods, doses, extreme dieting or anything that could cause harm; do not diagnose; "
    "gently encourage them to talk to someone they trust or a professional. Keep it short."
)
LOAD_TIMEOUT = 600.0


class RulesClassifier:
    """The explicit-statement rules and conversation context, without the model.

    Used when the trained head cannot be loaded, so explicit crisis statements are still
    caught; the error is logged at start-up.
    """

    def classify(self, text: str, history: Sequence[str]) -> Assessment:
        """Rules over the message and its recent history, escalated by context."""
        from safety import context
        from safety.classifier import combine, rules_fingerprint, to_assessment, to_reading
        from safety.labels import Signal

        # The rules cost microseconds, so stored readings of the history are not needed.
        none = Signal("none", "none", 0.0)
        signals = [combine(t, none, idiom_threshold=1.0) for t in (*history[-4:], text)]
        reading = to_reading(signals[-1], rules_fingerprint())
        return to_assessment(context.escalate(signals[-1], signals[:-1]), reading)


class WarmClassifier:
    """A classifier loaded on a background thread; `classify` waits until it is ready."""

    def __init__(self, load: Callable[[], RedFlagClassifier], *, timeout: float = LOAD_TIMEOUT):
        self._load = load
        self._timeout = timeout
        self._ready = threading.Event()
        self._classifier: RedFlagClassifier | None = None
        self._thread = threading.Thread(target=self._run, name="safety-warm", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            classifier = self._load()
            # One throwaway call loads the encoder, which the classifier may do lazily.
            classifier.classify("warm-up", [])
            self._classifier = classifier
        except Exception:
            log.exception("the red-flag classifier could not be loaded; using the rules alone")
            self._classifier = RulesClassifier()
        finally:
            self._ready.set()

    @property
    def ready(self) -> bool:
        """Whether loading has finished."""
        return self._ready.is_set()

    @property
    def loaded(self) -> RedFlagClassifier | None:
        """The classifier in use once loading has finished (the rules alone if it failed)."""
        return self._classifier if self.ready else None

    def classify(self, text: str, history: Sequence[str]) -> Assessment:
        """Classify once the model is loaded (raises TimeoutError if it never loads)."""
        if not self._ready.wait(self._timeout):
            raise TimeoutError("the red-flag classifier is still loading")
        assert self._classifier is not None
        return self._classifier.classify(text, history)


class GuardedSafety:
    """Assesses learner messages, escalates flagged ones and guards the answers."""

    def __init__(
        self,
        *,
        classifier: RedFlagClassifier,
        sessions: sessionmaker[Session],
        directory: Directory,
        notifier: CaseNotifier | None = None,
    ) -> None:
        self._classifier = classifier
        self._sessions = sessions
        self.directory = directory
        self._notifier = notifier

    def assess(self, text: str, history: Sequence[str]) -> Assessment:
        """The classifier's reading; flagged messages are counted (category and severity).

        `MessageText` items get their stored readings first, and the message's own reading
        is stored afterwards; plain strings are classified as they are.
        """
        text, history = self._recalled(text, history)
        assessment = self._classifier.classify(text, history)
        self._keep(text, assessment.reading)
        if assessment.category != "none" and assessment.severity != "none":
            metrics.RED_FLAGS.labels(
                category=assessment.category, severity=assessment.severity
            ).inc()
            # Anything flagged stays on this machine, whatever the classifier said.
            if not assessment.local_only:
                assessment = replace(assessment, local_only=True)
        return assessment

    def _recalled(self, text: str, history: Sequence[str]) -> tuple[str, Sequence[str]]:
        """The message and its history with the readings stored for them attached."""
        ids = [item.message_id for item in (text, *history)
               if isinstance(item, MessageText) and item.message_id is not None]
        if not ids:
            return text, history
        try:
            with unit_of_work(self._sessions) as session:
                stored = service.stored_readings(session=session, message_ids=ids)
        except Exception:
            log.warning("stored readings of messages %s could not be loaded; the classifier "
                        "reads them again", ids, exc_info=True)
            return text, history
        return _attach(text, stored), [_attach(item, stored) for item in history]

    def _keep(self, text: str, reading: Reading | None) -> None:
        """Store a message's own reading for later context checks; a failure costs nothing."""
        if not isinstance(text, MessageText) or text.message_id is None or reading is None:
            return
        if reading == text.reading:
            return  # already stored (a retried message read from its stored reading)
        try:
            with unit_of_work(self._sessions) as session:
                service.keep_reading(session=session, message_id=text.message_id,
                                     reading=reading)
        except Exception:
            log.warning("the reading of message %s could not be stored; later context checks "
                        "read it again", text.message_id, exc_info=True)

    def validate_output(self, text: str) -> str:
        """The answer, or the safe reply if the output guard blocks it."""
        return output.guard(text)

    def interrupts(self, text: str) -> str | None:
        """The safe reply if the answer streamed so far must stop, else None."""
        return output.SAFE_REPLY if output.check(text).blocked else None

    def keeps_local(self, conversation_id: int) -> bool:
        """True once a conversation has a case: its history and summary quote flagged text."""
        with unit_of_work(self._sessions) as session:
            return service.has_case(session=session, conversation_id=conversation_id)

    def crisis_reply(self, assessment: Assessment, locale: str) -> str:
        """The supportive reply with helplines for the learner's country and language."""
        return self.directory.crisis_reply(place_of(locale, directory=self.directory),
                                           assessment.category, assessment.also)

    def escalate(
        self, assessment: Assessment, *, learner_id: int, coach_id: int, conversation_id: int,
        message_id: int, locale: str,
    ) -> Escalation:
        """Open (or extend) a case and alert the coach; medium answers get care and resources."""
        kind = CaseKind.CRISIS if assessment.severity == "high" else CaseKind.REVIEW
        with unit_of_work(self._sessions) as session:
            learner = session.get(User, learner_id)
            timezone = learner.timezone if learner else ""
            place = place_of(learner.locale if learner else locale, timezone, self.directory)
            case, new = service.open_case(
                session=session, kind=kind, assessment=assessment, learner_id=learner_id,
                coach_id=coach_id, conversation_id=conversation_id, message_id=message_id,
            )
            case_id = case.id
        log.warning("escalation case %s (%s, %s/%s) for message %s", case_id, kind.value,
                    assessment.category, assessment.severity, message_id)
        if new and self._notifier is not None:
            self._notifier.notify(case_id)
        region = f"{place.language}-{place.country}" if place.country else place.language
        if kind is CaseKind.CRISIS:
            return Escalation(locale=region, case_id=case_id)
        return Escalation(
            locale=region,
            case_id=case_id,
            instruction=CAREFUL_INSTRUCTION.format(category=assessment.category),
            appendix=self.directory.appendix(place, assessment.category, assessment.also),
        )


def _attach(item: str, stored: Mapping[int, Reading]) -> str:
    """The item with its stored reading, when it is a message that has one."""
    if not isinstance(item, MessageText) or item.message_id is None:
        return item
    reading = stored.get(item.message_id)
    return item if reading is None else MessageText(item, message_id=item.message_id,
                                                    reading=reading)
