"""Stored readings: each learner message's own reading is kept with it, and a context check in
a fresh classifier (another worker, or after a restart) reads them instead of the messages.

Real databases (SQLite and PostgreSQL) and, for the classifier tests, the shipped MiniLM head.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.accounts.models import User
from app.coaching import service as coaching
from app.coaching.models import Conversation, Message, MessageRole
from app.db import make_engine, make_session_factory, unit_of_work, utcnow
from profiles import privacy
from safety import service
from safety.classifier import (
    HISTORY_CHARS,
    LocalRedFlagClassifier,
    load_local_classifier,
    rules_fingerprint,
)
from safety.hook import GuardedSafety, RulesClassifier
from safety.models import MessageReading
from safety.ports import MessageText, Reading
from safety.reread import reread
from safety.resources import load_directory
from tests.factories import make_coach, make_user
from tests.safety.classifier_support import ESCALATING_HISTORY, ESCALATING_MESSAGE, CountingEmbedder

HISTORY = ESCALATING_HISTORY
MESSAGE = ESCALATING_MESSAGE


@dataclass
class Thread:
    """One learner's conversation in a migrated database."""

    sessions: sessionmaker[Session]
    learner_id: int
    conversation_id: int

    def say(self, text: str) -> MessageText:
        """Save a learner message; return it as the chat passes it to the safety hook."""
        with unit_of_work(self.sessions) as session:
            conversation = session.get_one(Conversation, self.conversation_id)
            message = coaching.add_message(session=session, conversation=conversation,
                                           role=MessageRole.USER, content=text)
            return MessageText(text, message_id=message.id)

    def readings(self) -> dict[int, Reading]:
        """Every stored reading, by message id."""
        with self.sessions() as session:
            ids = list(session.scalars(select(MessageReading.message_id)))
            return service.stored_readings(session=session, message_ids=ids)


@pytest.fixture
def thread(sessions: sessionmaker[Session]) -> Thread:
    with unit_of_work(sessions) as session:
        learner, coach = make_user(session), make_coach(session)
        conversation = coaching.start_conversation(session=session, learner_id=learner.id,
                                                   coach_id=coach.id)
        return Thread(sessions, learner.id, conversation.id)


@pytest.fixture(scope="module")
def shipped() -> LocalRedFlagClassifier:
    """The shipped head over the packaged MiniLM, loaded once; tests make fresh instances."""
    return load_local_classifier()


def _fresh(shipped: LocalRedFlagClassifier) -> tuple[LocalRedFlagClassifier, CountingEmbedder]:
    """A new classifier instance with an empty cache, as in another worker or after a restart."""
    counting = CountingEmbedder(shipped._embedder)
    return LocalRedFlagClassifier(model=shipped.model, embedder=counting), counting


def _hook(sessions: sessionmaker[Session], classifier: object) -> GuardedSafety:
    return GuardedSafety(classifier=classifier,  # type: ignore[arg-type]
                         sessions=sessions, directory=load_directory())


def _converse(hook: GuardedSafety, thread: Thread, texts: Sequence[str]) -> list[MessageText]:
    """Send the texts one by one as the chat does: each assessed with those before it."""
    said: list[MessageText] = []
    for text in texts:
        message = thread.say(text)
        hook.assess(message, said)
        said.append(MessageText(text, message_id=message.message_id))
    return said


# --- the store itself (no model) ---------------------------------------------------------------


def test_a_reading_is_stored_replaced_and_deleted_with_its_message(session: Session) -> None:
    learner, coach = make_user(session), make_coach(session)
    conversation = coaching.start_conversation(session=session, learner_id=learner.id,
                                               coach_id=coach.id)
    message = coaching.add_message(session=session, conversation=conversation,
                                   role=MessageRole.USER, content="I feel low")
    old = Reading("suicide", "low", 0.41, "head:old", ("model:suicide:0.41",))
    new = Reading("none", "none", 0.12, "head:new")
    service.keep_reading(session=session, message_id=message.id, reading=old)
    assert service.stored_readings(session=session, message_ids=[message.id]) == {message.id: old}
    service.keep_reading(session=session, message_id=message.id, reading=new)
    assert service.stored_readings(session=session, message_ids=[message.id, 999]) == {
        message.id: new}
    assert service.stored_readings(session=session, message_ids=[]) == {}
    session.execute(delete(Conversation).where(Conversation.id == conversation.id))
    assert session.scalars(select(MessageReading)).all() == []


def test_the_export_shows_readings_and_deleting_the_account_removes_them(
    sessions: sessionmaker[Session], thread: Thread
) -> None:
    _converse(_hook(sessions, RulesClassifier()), thread,
              ["How do I sleep better?", "I want to kill myself"])
    with unit_of_work(sessions) as session:
        user = session.get_one(User, thread.learner_id)
        [chat] = privacy.export_data(session=session, user=user)["conversations"]
        exported = {row["message_id"]: row for row in chat["safety_readings"]}
        assert sorted(exported) == [m["id"] for m in chat["messages"]]
        assert [exported[m["id"]]["category"] for m in chat["messages"]] == ["none", "suicide"]
        assert all("I want" not in str(row) for row in exported.values())
        privacy.delete_account(session=session, user=user)
    assert thread.readings() == {}


def test_the_rules_fallback_stores_readings_under_its_own_fingerprint(
    sessions: sessionmaker[Session], thread: Thread
) -> None:
    said = _converse(_hook(sessions, RulesClassifier()), thread,
                     ["Can you plan my week?", "he hits me when he drinks"])
    readings = thread.readings()
    assert [readings[m.message_id].category for m in said  # type: ignore[index]
            ] == ["none", "domestic_violence"]
    assert {r.fingerprint for r in readings.values()} == {rules_fingerprint()}
    assert rules_fingerprint().startswith("rules:")


# --- the shipped classifier over the store -----------------------------------------------------


@pytest.mark.slow
def test_a_fresh_classifier_reads_only_the_new_message(
    sessions: sessionmaker[Session], thread: Thread, shipped: LocalRedFlagClassifier
) -> None:
    first, _ = _fresh(shipped)
    said = _converse(_hook(sessions, first), thread, HISTORY)
    stored = thread.readings()
    assert sorted(stored) == [m.message_id for m in said]
    assert {r.fingerprint for r in stored.values()} == {shipped.fingerprint}

    restarted, counting = _fresh(shipped)
    current = thread.say(MESSAGE)
    result = _hook(sessions, restarted).assess(current, said)
    assert counting.batches == [1]  # the new message only; the history came from the store
    reference = _fresh(shipped)[0].classify(MESSAGE, HISTORY)  # reads everything again
    assert (result.category, result.severity, result.reasons, result.score) == (
        reference.category, reference.severity, reference.reasons, reference.score)
    assert any(reason.startswith("context:") for reason in result.reasons)
    assert thread.readings()[current.message_id] == result.reading  # type: ignore[index]

    # A retry of the same message in yet another worker needs no encoder pass at all.
    again, counting = _fresh(shipped)
    assert _hook(sessions, again).assess(current, said) == result
    assert counting.batches == []


@pytest.mark.slow
def test_readings_by_another_model_are_read_again(
    sessions: sessionmaker[Session], thread: Thread, shipped: LocalRedFlagClassifier
) -> None:
    said = _converse(_hook(sessions, _fresh(shipped)[0]), thread, HISTORY)
    with unit_of_work(sessions) as session:
        session.execute(update(MessageReading).values(fingerprint="head:retired"))
    retrained, counting = _fresh(shipped)
    current = thread.say(MESSAGE)
    result = _hook(sessions, retrained).assess(current, said)
    assert counting.batches == [1, 3]  # the stale readings were not used
    assert any(reason.startswith("context:") for reason in result.reasons)
    stored = thread.readings()
    assert stored[current.message_id].fingerprint == shipped.fingerprint  # type: ignore[index]
    assert {stored[m.message_id].fingerprint for m in said  # type: ignore[index]
            } == {"head:retired"}


@pytest.mark.slow
def test_a_broken_store_still_gives_the_right_assessment(
    empty_database_url: str, shipped: LocalRedFlagClassifier, caplog: pytest.LogCaptureFixture
) -> None:
    # A database without the table: every load and save of a reading fails for real.
    engine = make_engine(empty_database_url)
    try:
        classifier, counting = _fresh(shipped)
        hook = _hook(make_session_factory(engine), classifier)
        history = [MessageText(text, message_id=n) for n, text in enumerate(HISTORY, 1)]
        with caplog.at_level(logging.WARNING, logger="safety.hook"):
            result = hook.assess(MessageText(MESSAGE, message_id=4), history)
    finally:
        engine.dispose()
    assert counting.batches == [1, 3]  # fell back to reading the history
    reference = _fresh(shipped)[0].classify(MESSAGE, HISTORY)
    assert (result.category, result.severity, result.reasons) == (
        reference.category, reference.severity, reference.reasons)
    assert result.local_only is True
    logged = caplog.text
    assert "could not be loaded" in logged and "could not be stored" in logged
    assert MESSAGE not in logged and HISTORY[0] not in logged


@pytest.mark.slow
def test_a_clipped_history_reading_is_never_taken_for_the_whole_message(
    shipped: LocalRedFlagClassifier,
) -> None:
    long = HISTORY[0] + ". " + "Work was fine and the gym was quiet today. " * 10
    assert len(long) > HISTORY_CHARS
    classifier, counting = _fresh(shipped)
    classifier.classify(MESSAGE, [HISTORY[1], long])
    assert counting.batches == [1, 2]  # the history was read clipped
    whole = classifier.classify(long, [])
    assert counting.batches == [1, 2, 1]  # so the message itself is read in full
    assert whole.reading is not None
    assert whole.reading.score == classifier.signals([long])[0].score


# --- reading recent messages again after a model change ----------------------------------------


def _age(sessions: sessionmaker[Session], conversation_id: int, days: int) -> None:
    """Move every message of a conversation `days` days into the past."""
    with unit_of_work(sessions) as session:
        session.execute(update(Message).where(Message.conversation_id == conversation_id)
                        .values(created_at=utcnow() - timedelta(days=days)))


@pytest.mark.slow
def test_reread_stores_the_new_models_readings_so_the_next_turn_reads_one_message(
    sessions: sessionmaker[Session], thread: Thread, shipped: LocalRedFlagClassifier
) -> None:
    opening = ["Can we plan my week?", "I finished the reading you set"]
    said = _converse(_hook(sessions, _fresh(shipped)[0]), thread, [*opening, *HISTORY])
    with unit_of_work(sessions) as session:
        learner = session.get_one(User, thread.learner_id)
        old = coaching.start_conversation(session=session, learner_id=learner.id,
                                          coach_id=make_coach(session).id)
        old_id = old.id
    stale = Thread(sessions, thread.learner_id, old_id)
    stale_said = _converse(_hook(sessions, _fresh(shipped)[0]), stale, HISTORY)
    _age(sessions, old_id, days=60)
    with unit_of_work(sessions) as session:  # a retrained model: every reading is another's
        session.execute(update(MessageReading).values(fingerprint="head:retired"))
        coaching.add_message(session=session, conversation=session.get_one(Conversation,
                             thread.conversation_id), role=MessageRole.ASSISTANT,
                             content="Here is your plan")

    classifier, counting = _fresh(shipped)
    ticks: list[tuple[int, int]] = []
    result = reread(sessions=sessions, classifier=classifier, days=30, batch=2,
                    progress=lambda done, total: ticks.append((done, total)))
    assert result.read == 3 and result.fingerprint == shipped.fingerprint
    assert counting.batches == [2, 1]  # the history window, in batches; no answer is read
    assert ticks == [(2, 3), (3, 3)]
    stored = thread.readings()
    fingerprints = {m.message_id: stored[m.message_id].fingerprint for m in [*said, *stale_said]}  # type: ignore[index]
    assert [fingerprints[m.message_id] for m in said] == [  # type: ignore[index]
        "head:retired", "head:retired", *[shipped.fingerprint] * 3]
    assert {fingerprints[m.message_id] for m in stale_said} == {"head:retired"}  # type: ignore[index]
    # A reading stored ahead of time is the one the chat would have stored itself.
    assert stored[said[-1].message_id] == _fresh(shipped)[0].classify(  # type: ignore[index]
        HISTORY[-1], []).reading

    # The next message in another worker reads only itself, with the right context.
    restarted, counting = _fresh(shipped)
    current = thread.say(MESSAGE)
    answer = _hook(sessions, restarted).assess(current, said)
    assert counting.batches == [1]
    assert any(reason.startswith("context:") for reason in answer.reasons)
    # Nothing is left to read, so a second run reads nothing.
    again, counting = _fresh(shipped)
    assert reread(sessions=sessions, classifier=again, days=30).read == 0
    assert counting.batches == []
    assert reread(sessions=sessions, classifier=again, days=90).read == 3  # the old thread too


def test_reread_refuses_a_window_that_reads_nothing(
    sessions: sessionmaker[Session], shipped: LocalRedFlagClassifier
) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        reread(sessions=sessions, classifier=shipped, days=0)
    with pytest.raises(ValueError, match="at least 1"):
        reread(sessions=sessions, classifier=shipped, days=30, per_conversation=0)
