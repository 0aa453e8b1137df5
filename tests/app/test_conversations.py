"""Conversations through the chat service: history, token budget, validation, access, retry."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.coaching import history
from app.coaching import service as coaching
from app.coaching.chat import (
    ChatNotFound,
    DoneOut,
    ErrorOut,
    MessageRejected,
    PromptTooLong,
    RetryNotAllowed,
    SourcesOut,
)
from app.coaching.models import Conversation, Message, MessageRole, MessageStatus
from app.db import unit_of_work
from models.ports import ChatMessage, ProviderUnavailable
from tests.app.chat_support import (
    QUESTION,
    FakeKnowledge,
    FakeSafety,
    RecordingModel,
    World,
    chain_of,
    hit,
    make_service,
    messages,
    only_answer,
    seed,
    send,
    types,
    usage_records,
)
from tests.factories import make_user
from tests.models.fakes import ScriptedModel


@pytest.fixture
def world(sessions: sessionmaker[Session]) -> World:
    """The seeded learners and coach."""
    return seed(sessions)


# --- History, budget and validation ------------------------------------------------------------


def test_history_beyond_ten_exchanges_is_folded_into_the_stored_summary(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel(tokens=("Noted. ", "Here is a longer plan."))
    safety = FakeSafety()
    service = make_service(sessions, model, safety=safety)
    conversation_id: int | None = None
    summaries: list[str] = []
    for n in range(1, 13):
        text = f"Point {n} first. Point {n} second."
        done = send(service, world, text, conversation_id=conversation_id)[-1]
        assert isinstance(done, DoneOut)
        conversation_id = done.conversation_id
        with sessions() as session:
            summaries.append(session.get_one(Conversation, conversation_id).summary)

    # Ten exchanges stay verbatim; the eleventh-oldest is folded once the twelfth arrives.
    assert summaries[:11] == [""] * 11
    assert summaries[11] == "- Learner: Point 1 first. / Coach: Noted."
    system = model.system
    assert f"Earlier in this conversation (summary):\n{summaries[11]}" in system
    assert "Point 1 second." not in system
    assert "Learner: Point 2 first. Point 2 second.\nYou: Noted. Here is a longer plan." in system
    assert "Learner: Point 11 first. Point 11 second." in system
    assert model.prompts[-1][-1] == ChatMessage("user", "Point 12 first. Point 12 second.")
    recent = [f"Point {n} first. Point {n} second." for n in range(2, 12)]
    assert safety.assessed[-1] == ("Point 12 first. Point 12 second.", recent)


def test_a_long_history_loads_only_what_the_summary_can_use(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "FOLD_LIMIT", 2)
    learner, coach = (
        make_user(session),
        coaching.create_coach(session=session, slug="ana", name="Ana"),
    )
    conversation = coaching.start_conversation(
        session=session, learner_id=learner.id, coach_id=coach.id
    )
    for n in range(1, 9):
        for role, text in (
            (MessageRole.USER, f"Goal {n}. More."),
            (MessageRole.ASSISTANT, f"Tip {n}."),
        ):
            coaching.add_message(
                session=session, conversation=conversation, role=role, content=text
            )
    current = coaching.add_message(
        session=session, conversation=conversation, role=MessageRole.USER, content="Now?"
    )

    window = history.load_window(
        session=session, conversation_id=conversation.id, before_id=current.id, turns=3, budget=500
    )

    # Three exchanges verbatim, two folded, the opening pinned, and a gap marked between.
    assert [e.learner for e in window.recent] == ["Goal 6. More.", "Goal 7. More.", "Goal 8. More."]
    assert window.summary.splitlines() == [
        "- Learner: Goal 1. / Coach: Tip 1.",
        history.ELISION,
        "- Learner: Goal 4. / Coach: Tip 4.",
        "- Learner: Goal 5. / Coach: Tip 5.",
    ]


def test_trimming_to_the_window_keeps_the_message_and_the_best_passages(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel()
    knowledge = FakeKnowledge([hit(n, words=80) for n in range(1, 5)])
    service = make_service(sessions, model, knowledge=knowledge, context_window=900, max_tokens=256)
    first = send(service, world, "Tell me about week one. " * 10)
    conversation_id = first[-1].conversation_id if isinstance(first[-1], DoneOut) else None
    events = send(service, world, QUESTION, conversation_id=conversation_id)

    sources = events[0]
    assert isinstance(sources, SourcesOut)
    kept = [s["chunk_id"] for s in sources.sources]
    assert 1 <= len(kept) < 4
    assert kept == [f"chunk-{n}" for n in range(1, len(kept) + 1)]  # the best ones survive
    assert "Recent conversation" not in model.system  # history went before any passage
    assert model.prompts[-1][-1] == ChatMessage("user", QUESTION)
    assert messages(sessions, MessageRole.ASSISTANT)[-1].sources == sources.sources


def test_a_message_too_long_for_the_model_is_rejected_before_anything_is_stored(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel()
    service = make_service(sessions, model, context_window=1000, max_tokens=500)
    with pytest.raises(PromptTooLong, match="shorten it"):
        service.send(
            learner_id=world.learner_id,
            coach_id=world.coach_id,
            conversation_id=None,
            text="word " * 700,
        )
    assert model.calls == 0
    assert messages(sessions) == []


@pytest.mark.parametrize(
    ("text", "limit", "reason"),
    [
        ("", 4000, "empty"),
        ("  \n\t ", 4000, "empty"),
        ("x" * 4001, 4000, "limit is 4000"),
        ("eleven char", 10, "limit is 10"),
    ],
)
def test_empty_or_oversized_messages_are_rejected(
    sessions: sessionmaker[Session], world: World, text: str, limit: int, reason: str
) -> None:
    service = make_service(sessions, RecordingModel(), max_message_chars=limit)
    with pytest.raises(MessageRejected, match=reason):
        service.send(
            learner_id=world.learner_id, coach_id=world.coach_id, conversation_id=None, text=text
        )
    assert issubclass(MessageRejected, ValueError)
    assert messages(sessions) == []


# --- Conversations, access and retry -----------------------------------------------------------


def test_another_learners_conversation_is_not_found(
    sessions: sessionmaker[Session], world: World
) -> None:
    service = make_service(sessions, RecordingModel())
    done = send(service, world)[-1]
    assert isinstance(done, DoneOut)
    with sessions() as session:
        mine = coaching.get_conversation(
            session=session, learner_id=world.learner_id, conversation_id=done.conversation_id
        )
        theirs = coaching.get_conversation(
            session=session,
            learner_id=world.other_learner_id,
            conversation_id=done.conversation_id,
        )
    assert mine is not None and theirs is None
    with pytest.raises(ChatNotFound):
        send(
            service,
            world,
            conversation_id=done.conversation_id,
            learner_id=world.other_learner_id,
        )
    with pytest.raises(ChatNotFound):
        service.retry(learner_id=world.other_learner_id, message_id=done.message_id)
    assert len(messages(sessions)) == 2


def test_only_enrolled_learners_can_talk_to_a_coach(
    sessions: sessionmaker[Session], world: World
) -> None:
    with unit_of_work(sessions) as session:
        stranger = make_user(session).id
    with pytest.raises(ChatNotFound):
        send(make_service(sessions, RecordingModel()), world, learner_id=stranger)
    assert messages(sessions) == []


def test_conversations_are_listed_and_resumed_with_their_history(
    sessions: sessionmaker[Session], world: World
) -> None:
    model = RecordingModel(tokens=("Sure.",))
    service = make_service(sessions, model)
    first = send(service, world, "I want to run a 5k.")[-1]
    second = send(service, world, "Different topic: sleep.")[-1]
    assert isinstance(first, DoneOut) and isinstance(second, DoneOut)
    resumed = send(service, world, "Back to running.", conversation_id=first.conversation_id)[-1]
    assert isinstance(resumed, DoneOut) and resumed.conversation_id == first.conversation_id
    assert "Learner: I want to run a 5k.\nYou: Sure." in model.system

    with sessions() as session:
        listed = coaching.list_conversations(
            session=session, learner_id=world.learner_id, coach_id=world.coach_id
        )
        assert [c.id for c in listed] == [first.conversation_id, second.conversation_id]
        assert listed[0].title == "I want to run a 5k."
        thread = coaching.history(session=session, conversation=listed[0])
    assert [(m.role.value, m.content) for m in thread] == [
        ("user", "I want to run a 5k."),
        ("assistant", "Sure."),
        ("user", "Back to running."),
        ("assistant", "Sure."),
    ]


def test_retry_regenerates_a_partial_answer_in_place(
    sessions: sessionmaker[Session], world: World
) -> None:
    fake = ScriptedModel(
        tokens=("Start", " small", " today."),
        error=ProviderUnavailable("blip"),
        fail_after=2,
        fail_times=1,
    )
    service = make_service(sessions, chain_of(fake))
    error = send(service, world)[-1]
    assert isinstance(error, ErrorOut) and error.message_id is not None

    events = list(service.retry(learner_id=world.learner_id, message_id=error.message_id))

    assert types(events) == ["sources", "token", "token", "token", "done"]
    done = events[-1]
    assert isinstance(done, DoneOut) and done.message_id == error.message_id
    answer = only_answer(sessions)
    assert (answer.status, answer.content) == (MessageStatus.COMPLETE, "Start small today.")
    assert [u.message_id for u in usage_records(sessions)] == [answer.id, answer.id]
    with pytest.raises(RetryNotAllowed, match="partial or failed"):
        service.retry(learner_id=world.learner_id, message_id=answer.id)


def test_a_retry_that_gets_nothing_keeps_the_partial_text(
    sessions: sessionmaker[Session], world: World
) -> None:
    breaks = ScriptedModel(
        tokens=("Start", " small", " x"), error=ProviderUnavailable("a"), fail_after=2
    )
    error = send(make_service(sessions, chain_of(breaks)), world)[-1]
    assert isinstance(error, ErrorOut) and error.message_id is not None
    down = ScriptedModel(error=ProviderUnavailable("still down"), fail_after=0)
    retry_service = make_service(sessions, chain_of(down))

    events = list(retry_service.retry(learner_id=world.learner_id, message_id=error.message_id))

    assert types(events) == ["sources", "error"]
    assert isinstance(events[-1], ErrorOut) and events[-1].message_id == error.message_id
    answer = only_answer(sessions)
    assert (answer.status, answer.content) == (MessageStatus.PARTIAL, "Start small")


def test_only_the_latest_answer_can_be_retried(
    sessions: sessionmaker[Session], world: World
) -> None:
    broken_once = ScriptedModel(error=ProviderUnavailable("down"), fail_after=0, fail_times=1)
    service = make_service(sessions, chain_of(broken_once))
    error = send(service, world)[-1]
    assert isinstance(error, ErrorOut) and error.message_id is not None
    with sessions() as session:
        conversation_id = session.get_one(Message, error.message_id).conversation_id
    later = send(service, world, "Hello again?", conversation_id=conversation_id)[-1]
    assert isinstance(later, DoneOut)

    with pytest.raises(RetryNotAllowed, match="latest answer"):
        service.retry(learner_id=world.learner_id, message_id=error.message_id)
