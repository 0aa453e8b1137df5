"""The safety hook inside the chat service: escalation, metrics, the running output check,
classifier warm-up, and PII redaction on the way to a hosted provider."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import metrics
from app.accounts.models import User
from app.coaching.chat import DoneOut, TokenOut
from app.coaching.models import MessageRole
from models.hosted import OpenAICompatibleChat
from models.ports import ProviderUnavailable, Timeouts
from safety import output
from safety.hook import GuardedSafety, WarmClassifier
from safety.models import EscalationCase
from safety.ports import Assessment
from safety.resources import load_directory
from tests.app.chat_support import (
    World,
    chain_of,
    make_service,
    messages,
    seed,
    send,
    text_of,
)
from tests.fakes.openai_server import FakeOpenAIServer
from tests.models.fakes import ScriptedModel


class FixedClassifier:
    """A deterministic classifier double: one assessment for every message."""

    def __init__(self, assessment: Assessment) -> None:
        self.assessment = assessment
        self.seen: list[tuple[str, list[str]]] = []

    def classify(self, text: str, history: Sequence[str]) -> Assessment:
        """The fixed assessment."""
        self.seen.append((text, list(history)))
        return self.assessment


@pytest.fixture
def world(sessions: sessionmaker[Session]) -> World:
    return seed(sessions)


def _hook(sessions: sessionmaker[Session], assessment: Assessment) -> GuardedSafety:
    return GuardedSafety(classifier=FixedClassifier(assessment), sessions=sessions,
                         directory=load_directory())


def _cases(sessions: sessionmaker[Session]) -> list[EscalationCase]:
    with sessions() as session:
        return list(session.scalars(select(EscalationCase)))


def test_a_flagged_message_is_counted_kept_local_and_reviewed(
    sessions: sessionmaker[Session], world: World
) -> None:
    flagged = Assessment(category="substance_abuse", severity="medium", local_only=False)
    counter = metrics.RED_FLAGS.labels(category="substance_abuse", severity="medium")
    before = counter._value.get()
    model = ScriptedModel(tokens=("Let's", " talk about it."))
    events = send(make_service(sessions, chain_of(model), safety=_hook(sessions, flagged)), world,
                  "I can't stop drinking every night")
    assert counter._value.get() == before + 1
    done = events[-1]
    assert isinstance(done, DoneOut) and done.local_only is True
    assert "Let's talk about it." in text_of(events)
    assert "findahelpline.com" in text_of(events)  # the appended resources are streamed too
    (case,) = _cases(sessions)
    assert case.kind.value == "review" and case.category == "substance_abuse"


def test_a_close_second_category_adds_its_helplines_to_the_answer_and_the_crisis_reply(
    sessions: sessionmaker[Session], world: World
) -> None:
    with sessions.begin() as session:
        session.get_one(User, world.learner_id).locale = "en-GB"
    flagged = Assessment(category="eating_disorder", severity="medium", local_only=True,
                         score=0.8, also=("substance_abuse",))
    model = ScriptedModel(tokens=("Let's", " take this slowly."))
    events = send(make_service(sessions, chain_of(model), safety=_hook(sessions, flagged)), world,
                  "I skip meals and then drink to forget about food")
    streamed = text_of(events)
    assert "Beat (eating disorders)" in streamed and "FRANK (drugs and alcohol)" in streamed
    (case,) = _cases(sessions)
    assert case.category == "eating_disorder"  # the case keeps the top category
    crisis = Assessment(category="self_harm", severity="high", local_only=True, score=0.95,
                        also=("domestic_violence",))
    assert "National Domestic Abuse Helpline" in _hook(sessions, crisis).crisis_reply(crisis,
                                                                                       "en-GB")


def test_the_running_check_stops_a_harmful_answer_mid_stream(
    sessions: sessionmaker[Session], world: World
) -> None:
    harmful = ("Great goal!", " To lose it fast,", " eat only 500 calories a day", " and", " more.")
    model = ScriptedModel(tokens=harmful)
    events = send(make_service(sessions, chain_of(model),
                               safety=_hook(sessions, Assessment())), world)
    streamed = text_of(events)
    assert "500 calories" not in streamed and " more." not in streamed
    done = events[-1]
    assert isinstance(done, DoneOut) and done.content == output.SAFE_REPLY
    answer = messages(sessions, MessageRole.ASSISTANT)[-1]
    assert answer.content == output.SAFE_REPLY


def test_an_assessment_waits_for_the_classifier_to_load() -> None:
    release = threading.Event()
    verdict = Assessment(category="suicide", severity="high")

    def slow_load() -> FixedClassifier:
        release.wait(30)
        return FixedClassifier(verdict)

    warm = WarmClassifier(slow_load)
    results: list[Assessment] = []
    worker = threading.Thread(target=lambda: results.append(warm.classify("help", [])))
    worker.start()
    worker.join(0.2)
    assert worker.is_alive() and not warm.ready and results == []
    release.set()
    worker.join(30)
    assert results == [verdict] and warm.ready


def test_a_classifier_that_cannot_load_falls_back_to_the_rules() -> None:
    def broken() -> FixedClassifier:
        raise RuntimeError("no weights")

    warm = WarmClassifier(broken)
    assert warm.classify("I want to kill myself tonight", []).severity == "high"
    assert warm.classify("How do I start running?", []).category == "none"


def test_hosted_providers_get_redacted_text_and_local_ones_the_original(
    sessions: sessionmaker[Session], world: World
) -> None:
    text = "Email me at sam@example.org or call +44 20 7946 0958 about my plan."
    local = ScriptedModel(error=ProviderUnavailable("down"))
    with FakeOpenAIServer() as server:
        server.chunks = ["Sure."]
        hosted = OpenAICompatibleChat(api_key="sk-fake-openai-key", model="gpt-4o-mini",
                                      timeouts=Timeouts(first_token=10.0, total=20.0),
                                      base_url=server.base_url)
        events = send(make_service(sessions, chain_of(local, hosted),
                                   safety=_hook(sessions, Assessment())), world, text)
        (request,) = server.requests
    assert isinstance(events[-1], DoneOut) and any(isinstance(e, TokenOut) for e in events)
    sent = " ".join(m["content"] for m in request.body["messages"])
    assert "sam@example.org" not in sent and "7946" not in sent
    assert "[EMAIL]" in sent and "[PHONE]" in sent


def test_the_crisis_reply_follows_the_learners_language_and_country(
    sessions: sessionmaker[Session], world: World
) -> None:
    from app.accounts.models import User

    with sessions.begin() as session:
        learner = session.get(User, world.learner_id)
        assert learner is not None
        learner.locale, learner.timezone = "es", "America/Mexico_City"
    high = Assessment(category="suicide", severity="high", local_only=True)
    model = ScriptedModel(tokens=("never",))
    events = send(make_service(sessions, chain_of(model), safety=_hook(sessions, high)), world,
                  "ya no quiero vivir")
    reply = text_of(events)
    assert reply.startswith("Me alegra mucho que me lo hayas contado")
    assert "Línea de la Vida" in reply and "911" in reply
    assert model.calls == 0
    (case,) = _cases(sessions)
    assert case.kind.value == "crisis" and case.severity == "high"


class KeywordClassifier:
    """A deterministic double: flags messages that mention drinking as medium substance use."""

    def classify(self, text: str, history: Sequence[str]) -> Assessment:
        """Medium substance_abuse for 'drinking', none otherwise."""
        del history
        if "drinking" in text:
            return Assessment(category="substance_abuse", severity="medium", local_only=True)
        return Assessment()


def test_a_conversation_with_a_flagged_message_stays_local_afterwards(
    sessions: sessionmaker[Session], world: World
) -> None:
    from tests.app.chat_support import RecordingModel

    model = RecordingModel(tokens=("Okay.",))
    hook = GuardedSafety(classifier=KeywordClassifier(), sessions=sessions,
                         directory=load_directory())
    service = make_service(sessions, chain_of(model), safety=hook)
    first = send(service, world, "How do I sleep better?")
    conversation = first[-1].conversation_id  # type: ignore[union-attr]
    send(service, world, "I can't stop drinking at night", conversation_id=conversation)
    # The history of this message quotes the flagged one: it must not go to a hosted model.
    send(service, world, "And how do I run faster?", conversation_id=conversation)
    fresh = send(service, world, "How do I run faster?")
    assert [o.local_only for o in model.options] == [False, True, True, False]
    assert fresh[-1].conversation_id != conversation  # type: ignore[union-attr]
