"""The chat service on real SQLite and PostgreSQL databases, with deterministic fake models."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.coaching.chat import ChatService, DoneOut, ErrorOut, SourcesOut
from app.coaching.models import MessageRole, MessageStatus
from models.embedded import EmbeddedChat
from models.ports import ChatMessage, ChatOptions, ProviderBusy, ProviderUnavailable
from profiles.ports import PassThroughProfile
from safety.ports import Assessment, PassThroughSafety
from tests.app.chat_support import (
    QUESTION,
    FakeKnowledge,
    FakeProfile,
    FakeSafety,
    RecordingModel,
    WitnessModel,
    World,
    chain_of,
    hit,
    make_service,
    messages,
    migrated,
    only_answer,
    seed,
    send,
    text_of,
    types,
    usage_records,
)
from tests.models.fakes import ScriptedModel


@pytest.fixture
def world(sessions: sessionmaker[Session]) -> World:
    """The seeded learners and coach."""
    return seed(sessions)


# --- The core flow -----------------------------------------------------------------------------


def test_the_learner_message_is_committed_before_the_model_is_called(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = WitnessModel(sessions)
    stream = make_service(sessions, model).send(
        learner_id=world.learner_id, coach_id=world.coach_id, conversation_id=None, text=QUESTION
    )
    (question,) = messages(sessions, MessageRole.USER)  # committed before any event is read
    assert (stream.question_id, question.content) == (question.id, QUESTION)
    events = list(stream)
    assert model.seen == [[QUESTION]]
    assert isinstance(events[-1], DoneOut)
    assert events[-1].conversation_id == stream.conversation_id == question.conversation_id


def test_a_complete_answer_streams_sources_first_and_is_saved_with_its_metadata(
    sessions: sessionmaker[Session], world: World
) -> None:
    knowledge = FakeKnowledge([hit(1), hit(2)])
    model = RecordingModel(tokens=("Start", " with two", " minutes [1]."))
    events = send(make_service(sessions, model, knowledge=knowledge), world)

    assert types(events) == ["sources", "token", "token", "token", "done"]
    sources = events[0]
    assert isinstance(sources, SourcesOut)
    assert [(s["n"], s["chunk_id"], s["filename"]) for s in sources.sources] == [
        (1, "chunk-1", "running-1.md"),
        (2, "chunk-2", "running-2.md"),
    ]
    assert text_of(events) == "Start with two minutes [1]."
    assert knowledge.calls == [(world.coach_id, QUESTION, 4)]
    assert model.options == [ChatOptions(max_tokens=256, local_only=False)]
    assert "[1] running-1.md - Week 1, page 1" in model.system
    assert model.prompts[0][-1] == ChatMessage("user", QUESTION)

    answer = only_answer(sessions)
    assert answer.content == "Start with two minutes [1]."
    assert answer.status is MessageStatus.COMPLETE
    assert (answer.provider, answer.model) == ("fake", "fake-1")
    assert (answer.prompt_tokens, answer.completion_tokens) == (3, 3)
    assert answer.first_token_ms is not None and answer.latency_ms is not None
    assert 0 <= answer.first_token_ms <= answer.latency_ms
    assert answer.sources == sources.sources
    assert set(answer.sources[0]) == {
        "n",
        "document_id",
        "filename",
        "title",
        "section",
        "page",
        "score",
        "chunk_id",
        "snippet",
    }

    done = events[-1]
    assert isinstance(done, DoneOut)
    assert done.message_id == answer.id and done.local_only is False and done.content is None
    assert done.usage == {
        "prompt_tokens": 3,
        "completion_tokens": 3,
        "first_token_ms": answer.first_token_ms,
        "latency_ms": answer.latency_ms,
        "provider": "fake",
        "model": "fake-1",
    }
    assert done.to_dict()["type"] == "done" and events[1].to_dict() == {
        "type": "token",
        "text": "Start",
    }

    (usage,) = usage_records(sessions)
    assert (usage.provider, usage.model, usage.prompt_tokens, usage.completion_tokens) == (
        "fake",
        "fake-1",
        3,
        3,
    )
    assert (usage.message_id, usage.user_id, usage.coach_id) == (
        answer.id,
        world.learner_id,
        world.coach_id,
    )
    assert usage.cost_usd == Decimal("0")


def test_a_failure_mid_stream_keeps_the_partial_answer_and_offers_a_retry(
    sessions: sessionmaker[Session], world: World
) -> None:
    fake = ScriptedModel(
        tokens=("Start", " small", " and grow."), error=ProviderUnavailable("down"), fail_after=2
    )
    events = send(make_service(sessions, chain_of(fake)), world)

    assert types(events) == ["sources", "token", "token", "error"]
    error = events[-1]
    assert isinstance(error, ErrorOut)
    answer = only_answer(sessions)
    assert error.retryable is True and error.message_id == answer.id
    assert "retry" in error.message
    assert (answer.status, answer.content, answer.provider) == (
        MessageStatus.PARTIAL,
        "Start small",
        "fake",
    )
    assert [u.message_id for u in usage_records(sessions)] == [answer.id]


def test_a_failure_before_any_token_saves_a_failed_answer(
    sessions: sessionmaker[Session], world: World
) -> None:
    fake = ScriptedModel(error=ProviderUnavailable("connection refused"), fail_after=0)
    events = send(make_service(sessions, chain_of(fake)), world)

    assert types(events) == ["sources", "error"]
    error = events[-1]
    answer = only_answer(sessions)
    assert isinstance(error, ErrorOut) and error.retryable and error.message_id == answer.id
    assert (answer.status, answer.content, answer.provider) == (MessageStatus.FAILED, "", None)
    assert usage_records(sessions) == []
    assert [m.content for m in messages(sessions, MessageRole.USER)] == [QUESTION]


def test_a_busy_model_tells_the_learner_to_retry_shortly(
    sessions: sessionmaker[Session], world: World
) -> None:
    fake = ScriptedModel(error=ProviderBusy("embedded model busy: 16 answers already waiting"))
    events = send(make_service(sessions, chain_of(fake)), world)

    assert types(events) == ["sources", "error"]
    error = events[-1]
    assert isinstance(error, ErrorOut) and error.retryable and error.retry_after == 30
    assert "answering many learners" in error.message
    assert only_answer(sessions).status is MessageStatus.FAILED
    assert [m.content for m in messages(sessions, MessageRole.USER)] == [QUESTION]


def test_an_adapter_that_raises_is_handled_like_a_chain_error(
    sessions: sessionmaker[Session], world: World
) -> None:
    bare = ScriptedModel(tokens=("Half", " of it"), error=ProviderUnavailable("boom"), fail_after=1)
    events = send(make_service(sessions, bare), world)
    assert types(events) == ["sources", "token", "error"]
    assert (only_answer(sessions).status, only_answer(sessions).content) == (
        MessageStatus.PARTIAL,
        "Half",
    )


def test_closing_the_stream_stops_the_model_and_saves_the_partial_answer(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel(tokens=("One", " two", " three", " four"))
    stream = make_service(sessions, model).send(
        learner_id=world.learner_id, coach_id=world.coach_id, conversation_id=None, text=QUESTION
    )
    assert [next(stream).type for _ in range(3)] == ["sources", "token", "token"]
    stream.close()

    assert model.closed.is_set() and not model.finished and model.produced == 2
    answer = only_answer(sessions)
    assert (answer.status, answer.content) == (MessageStatus.PARTIAL, "One two")
    assert usage_records(sessions)[0].message_id == answer.id


def test_closing_the_stream_reaches_the_provider_behind_the_chain(
    sessions: sessionmaker[Session], world: World
) -> None:
    fake = ScriptedModel(tokens=("One", " two", " three"), hang_after=2)
    with make_service(sessions, chain_of(fake)).send(
        learner_id=world.learner_id, coach_id=world.coach_id, conversation_id=None, text=QUESTION
    ) as stream:
        received = [next(stream) for _ in range(3)]
    fake.release()  # let the provider's worker thread notice the cancellation

    assert fake.closed.wait(10), "the provider's generator was not closed"
    assert not fake.finished
    assert text_of(received) == "One two"
    assert (only_answer(sessions).status, only_answer(sessions).content) == (
        MessageStatus.PARTIAL,
        "One two",
    )


def test_a_client_gone_before_the_first_token_leaves_a_failed_answer_to_retry(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel()
    stream = make_service(sessions, model).send(
        learner_id=world.learner_id, coach_id=world.coach_id, conversation_id=None, text=QUESTION
    )
    assert next(stream).type == "sources"
    stream.close()

    assert model.calls == 0
    answer = only_answer(sessions)
    assert (answer.status, answer.content) == (MessageStatus.FAILED, "")
    assert usage_records(sessions) == []


def test_an_unexpected_failure_while_preparing_saves_a_failed_answer(
    sessions: sessionmaker[Session], world: World
) -> None:
    def count_tokens(text: str) -> int:
        if "Passage" in text:  # only the full prompt has passages; the early check has none
            raise RuntimeError("tokenizer crashed")
        return len(text)

    model = RecordingModel()
    service = make_service(
        sessions, model, knowledge=FakeKnowledge([hit(1)]), count_tokens=count_tokens
    )
    events = send(service, world)

    assert types(events) == ["error"] and model.calls == 0
    error = events[0]
    answer = only_answer(sessions)
    assert isinstance(error, ErrorOut) and error.retryable and error.message_id == answer.id
    assert answer.status is MessageStatus.FAILED
    assert [m.content for m in messages(sessions, MessageRole.USER)] == [QUESTION]


# --- Safety, knowledge and profile hooks -------------------------------------------------------


def test_a_high_severity_message_gets_the_crisis_reply_and_never_reaches_the_model(
    sessions: sessionmaker[Session], world: World
) -> None:
    safety = FakeSafety(Assessment(category="self-harm", severity="high", reasons=("plan",)))
    model = RecordingModel()
    knowledge = FakeKnowledge([hit(1)])
    events = send(make_service(sessions, model, knowledge=knowledge, safety=safety), world)

    reply = "You matter. Support is available (self-harm, en)."
    assert model.calls == 0 and knowledge.calls == []
    assert types(events) == ["sources", "token", "done"]
    assert text_of(events) == reply
    done = events[-1]
    assert isinstance(done, DoneOut) and done.local_only is True
    assert done.usage["provider"] == "safety"
    answer = only_answer(sessions)
    assert (answer.content, answer.status, answer.provider) == (
        reply,
        MessageStatus.COMPLETE,
        "safety",
    )
    assert usage_records(sessions) == []


def test_the_pass_through_crisis_reply_is_supportive_and_names_a_resource() -> None:
    reply = PassThroughSafety().crisis_reply(Assessment(severity="high"), "en")
    assert "not alone" in reply or "don't have to go through this alone" in reply
    assert "emergency" in reply and "crisis line" in reply


def test_a_medium_severity_message_is_generated_on_local_models_only(
    sessions: sessionmaker[Session], world: World
) -> None:
    hosted = RecordingModel(provider="hosted", model="big", is_local=False)
    local = RecordingModel(provider="local", model="small")
    safety = FakeSafety(Assessment(category="stress", severity="medium"))
    events = send(make_service(sessions, chain_of(hosted, local), safety=safety), world)

    assert hosted.calls == 0
    assert [o.local_only for o in local.options] == [True]
    done = events[-1]
    assert isinstance(done, DoneOut) and done.local_only is True
    assert only_answer(sessions).provider == "local"


def test_a_failing_safety_check_keeps_generation_local(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel()
    events = send(make_service(sessions, model, safety=FakeSafety(broken=True)), world)
    assert isinstance(events[-1], DoneOut) and events[-1].local_only is True
    assert model.options[0].local_only is True


def test_a_failing_knowledge_search_still_gets_an_answer(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel()
    knowledge = FakeKnowledge(error=RuntimeError("vector store down"))
    events = send(make_service(sessions, model, knowledge=knowledge), world)

    assert knowledge.calls and types(events)[0] == "sources"
    assert isinstance(events[0], SourcesOut) and events[0].sources == []
    assert "none of your material matches" in model.system
    assert isinstance(events[-1], DoneOut)
    assert only_answer(sessions).status is MessageStatus.COMPLETE


def test_the_profile_is_in_the_prompt_and_validation_amends_the_stored_answer(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel(tokens=("Hello", " world."))
    safety = FakeSafety(suffix=" (Not medical advice.)")
    service = make_service(
        sessions, model, safety=safety, profiles=FakeProfile("Prefers morning runs.")
    )
    events = send(service, world)

    assert "About the learner:\nPrefers morning runs." in model.system
    assert safety.validated == ["Hello world."]
    stored = "Hello world. (Not medical advice.)"
    assert only_answer(sessions).content == stored
    done = events[-1]
    assert isinstance(done, DoneOut) and done.content == stored


def test_a_failing_profile_hook_still_gets_an_answer(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel()
    events = send(make_service(sessions, model, profiles=FakeProfile(broken=True)), world)
    assert isinstance(events[-1], DoneOut)
    assert "About the learner" not in model.system


# --- The real embedded model -------------------------------------------------------------------


@pytest.mark.slow
def test_a_real_answer_from_the_embedded_model_is_streamed_and_saved(tmp_path: Path) -> None:
    with migrated(f"sqlite:///{tmp_path / 'e2e.db'}") as sessions:
        world = seed(sessions)
        embedded = EmbeddedChat(n_ctx=2048)
        try:
            service = ChatService(
                sessions=sessions,
                chain=chain_of(embedded),
                knowledge=FakeKnowledge([hit(1)]),
                safety=PassThroughSafety(),
                profiles=PassThroughProfile(),
                count_tokens=embedded.count_tokens,
                context_window=2048,
                max_tokens=32,
                retrieval_k=3,
                options=ChatOptions(temperature=0.0, seed=7),
            )
            events = send(service, world, "How should I start running?")
        finally:
            embedded.close()
        answer = only_answer(sessions)
        usage = usage_records(sessions)

    assert types(events)[0] == "sources" and types(events)[-1] == "done"
    streamed = text_of(events)
    assert streamed.strip()
    done = events[-1]
    assert isinstance(done, DoneOut) and done.usage["provider"] == "embedded"
    assert answer.status is MessageStatus.COMPLETE
    assert (answer.content, answer.provider) == (streamed, "embedded")
    assert answer.completion_tokens and answer.prompt_tokens and answer.prompt_tokens > 100
    assert [(u.provider, u.completion_tokens) for u in usage] == [
        ("embedded", answer.completion_tokens)
    ]
