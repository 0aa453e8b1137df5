"""Stored safety readings through the chat API, on SQLite and PostgreSQL.

Every learner message sent to the SSE endpoint ends with its own reading stored next to it, and
the conversation-context check still sees an escalating pattern once the classifier's
in-process cache is gone (as after a restart, or in another worker).
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.coaching.models import Message, MessageRole
from app.main import create_app
from app.settings import Settings
from app.wiring import Overrides, open_database
from safety.classifier import (
    LocalRedFlagClassifier,
    load_local_classifier,
    rules_fingerprint,
)
from safety.models import CaseKind, EscalationCase, MessageReading
from tests.app.web_support import World, build_app, parse_sse, seed_world
from tests.knowledge.retrieval_support import FakeEmbedder
from tests.models.fakes import ScriptedModel
from tests.safety.classifier_support import ESCALATING_HISTORY, ESCALATING_MESSAGE, CountingEmbedder

HISTORY = ESCALATING_HISTORY
MESSAGE = ESCALATING_MESSAGE


@pytest.fixture
def db_settings(settings: Settings, empty_database_url: str) -> Settings:
    """The test settings on each backend."""
    return settings.model_copy(update={"database_url": empty_database_url})


@pytest.fixture
def world(db_settings: Settings) -> World:
    return seed_world(db_settings)


def _say(client: TestClient, world: World, conversation: int | None, text: str) -> Any:
    """Send one learner message; return the SSE events and the conversation id."""
    if conversation is None:
        created = client.post("/api/v1/coaches/maya/conversations", headers=world.learner)
        assert created.status_code == 201, created.text
        conversation = int(created.json()["id"])
    response = client.post(f"/api/v1/conversations/{conversation}/messages",
                           json={"text": text}, headers=world.learner)
    assert response.status_code == 200, response.text
    return parse_sse(response.text), conversation


def _learner_messages_and_readings(
    settings: Settings,
) -> tuple[list[Message], dict[int, MessageReading]]:
    database = open_database(settings)
    try:
        with database.sessions() as session:
            messages = list(session.scalars(
                select(Message).where(Message.role == MessageRole.USER).order_by(Message.id)))
            readings = {r.message_id: r for r in session.scalars(select(MessageReading))}
            return messages, readings
    finally:
        database.dispose()


def test_every_learner_message_ends_with_a_stored_reading(
    db_settings: Settings, world: World
) -> None:
    texts = ["How do I build a morning routine?", "he hits me when he drinks", "Thanks coach"]
    conversation = None
    with TestClient(build_app(db_settings)) as client:  # the rules-only classifier
        for text in texts:
            events, conversation = _say(client, world, conversation, text)
            assert events[-1][0] == "done", events
    messages, readings = _learner_messages_and_readings(db_settings)
    assert [m.content for m in messages] == texts
    assert [readings[m.id].category for m in messages] == ["none", "domestic_violence", "none"]
    assert {r.fingerprint for r in readings.values()} == {rules_fingerprint()}


@pytest.mark.slow
def test_an_escalating_pattern_is_caught_after_the_cache_is_cleared(
    db_settings: Settings, world: World
) -> None:
    shipped = load_local_classifier()
    counting = CountingEmbedder(shipped._embedder)
    classifier = LocalRedFlagClassifier(model=shipped.model, embedder=counting)
    overrides = Overrides(chain=ScriptedModel(tokens=("Thank you", " for telling me.")),
                          embedder=FakeEmbedder(), classifier=classifier)
    conversation = None
    with TestClient(create_app(db_settings, overrides)) as client:
        for text in HISTORY:
            _, conversation = _say(client, world, conversation, text)
        classifier.forget()  # as after a restart, or in a worker that never saw the history
        counting.batches.clear()
        events, _ = _say(client, world, conversation, MESSAGE)
    assert counting.batches == [1]  # only the new message was encoded
    # High by context alone (the message on its own reads medium): the crisis reply is sent.
    done = events[-1]
    assert done[0] == "done" and done[1]["usage"]["provider"] == "safety", events
    messages, readings = _learner_messages_and_readings(db_settings)
    assert [m.content for m in messages] == [*HISTORY, MESSAGE]
    assert all(readings[m.id].fingerprint == classifier.fingerprint for m in messages)
    assert readings[messages[-1].id].severity == "medium"  # its own reading, before context
    database = open_database(db_settings)
    try:
        with database.sessions() as session:
            case = session.scalars(select(EscalationCase).where(
                EscalationCase.message_id == messages[-1].id)).one()
    finally:
        database.dispose()
    assert case.kind is CaseKind.CRISIS and case.severity == "high"
    assert any(reason.startswith("context:escalating") for reason in case.reasons)
