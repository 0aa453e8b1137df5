"""The crisis path end to end through the chat API, with the real red-flag classifier.

A learner's messages go to the real SSE endpoint; the app loads the shipped classifier itself
(no override). The model chain is a local fake plus a hosted fallback on the protocol-faithful
fake OpenAI server, which must never receive a request for a flagged message. Coach alerts go
to a real SMTP server (aiosmtpd) on loopback.
"""

from __future__ import annotations

from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message as EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.accounts.models import User
from app.coaching.models import Message, MessageRole
from app.main import create_app
from app.settings import Settings
from app.wiring import Overrides, open_database
from models.hosted import OpenAICompatibleChat
from models.ports import ChatModel, ProviderUnavailable, Timeouts
from safety.classifier import LocalRedFlagClassifier
from safety.models import CaseEvent, CaseKind, CaseStatus, EscalationCase
from tests.app.chat_support import chain_of
from tests.app.web_support import World, parse_sse, seed_world, wait_until
from tests.fakes.openai_server import FakeOpenAIServer
from tests.knowledge.retrieval_support import FakeEmbedder
from tests.models.fakes import ScriptedModel
from tests.servers import free_port

CRISIS = "I can't do this anymore. I want to kill myself tonight, I have the pills ready."
WORRYING = "I haven't really eaten in three days and I keep making myself throw up after meals."
LOCAL_ANSWER = ("Thank you", " for telling me.", " Let's take this gently.")


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        """Store the message; accept it."""
        del server, session
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    """A real SMTP server on a free loopback port."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def hosted() -> Iterator[FakeOpenAIServer]:
    """The hosted fallback: answers if asked, and records every request."""
    with FakeOpenAIServer() as server:
        server.chunks = ["A hosted", " answer."]
        yield server


@pytest.fixture
def mail_settings(settings: Settings, smtp: tuple[Inbox, int]) -> Settings:
    return settings.model_copy(update={
        "smtp_host": "127.0.0.1", "smtp_port": smtp[1], "smtp_security": "none",
        "public_url": "https://coach.example.org",
    })


@pytest.fixture
def world(mail_settings: Settings) -> World:
    world = seed_world(mail_settings)
    database = open_database(mail_settings)
    with database.sessions.begin() as session:
        learner = session.get(User, world.learner_id)
        assert learner is not None
        learner.locale, learner.timezone = "en", "Europe/London"
    database.dispose()
    return world


def _hosted_chat(server: FakeOpenAIServer) -> OpenAICompatibleChat:
    return OpenAICompatibleChat(api_key="sk-fake-openai-key", model="gpt-4o-mini",
                                timeouts=Timeouts(first_token=10.0, total=20.0),
                                base_url=server.base_url)


def _client(settings: Settings, *providers: ChatModel) -> TestClient:
    """The app with this chain, the fake embedder and the real (shipped) safety classifier."""
    overrides = Overrides(chain=chain_of(*providers), embedder=FakeEmbedder())
    return TestClient(create_app(settings, overrides))


def _post(client: TestClient, world: World, text: str) -> list[tuple[str, dict[str, Any]]]:
    conversation = client.post("/api/v1/coaches/maya/conversations", headers=world.learner)
    assert conversation.status_code == 201, conversation.text
    response = client.post(f"/api/v1/conversations/{conversation.json()['id']}/messages",
                           json={"text": text}, headers=world.learner)
    assert response.status_code == 200, response.text
    return parse_sse(response.text)


def _reply(events: list[tuple[str, dict[str, Any]]]) -> str:
    done = events[-1][1]
    assert events[-1][0] == "done", events
    streamed = "".join(data["text"] for name, data in events if name == "token")
    return str(done["content"] or streamed)


def _rows(settings: Settings) -> tuple[list[Message], list[EscalationCase], list[CaseEvent]]:
    database = open_database(settings)
    with database.sessions() as session:
        messages = list(session.scalars(select(Message).order_by(Message.id)))
        cases = list(session.scalars(select(EscalationCase).order_by(EscalationCase.id)))
        events = list(session.scalars(select(CaseEvent).order_by(CaseEvent.id)))
    database.dispose()
    return messages, cases, events


def test_a_crisis_message_gets_resources_a_case_and_an_alert_without_any_model(
    mail_settings: Settings, world: World, smtp: tuple[Inbox, int], hosted: FakeOpenAIServer
) -> None:
    local = ScriptedModel(tokens=LOCAL_ANSWER)
    with _client(mail_settings, local, _hosted_chat(hosted)) as client:
        events = _post(client, world, CRISIS)
        reply = _reply(events)
        assert events[-1][1]["local_only"] is True
        assert events[-1][1]["usage"]["provider"] == "safety"
        # UK learner (Europe/London): Samaritans and 999, plus the worldwide fallback.
        assert "Samaritans" in reply and "116 123" in reply and "999" in reply
        assert "findahelpline.com" in reply
        assert "you don't have to face it alone" in reply
        inbox, _ = smtp
        wait_until(lambda: len(inbox.messages) == 1, "the coach was not emailed")
        listed = client.get("/api/v1/escalations?status=open", headers=world.coach).json()
        # The app loaded the shipped model itself: this is the real classifier at work.
        safety_layer = client.app.state.safety  # type: ignore[attr-defined]
        assert isinstance(safety_layer.classifier.loaded, LocalRedFlagClassifier)
    # The reply came from the safety layer, and nothing went to the hosted provider (the
    # profile builder may still use the local model in the background).
    assert hosted.requests == []
    messages, cases, trail = _rows(mail_settings)
    question, answer = (m for m in messages if m.role in (MessageRole.USER, MessageRole.ASSISTANT))
    assert question.content == CRISIS and answer.content == reply
    (case,) = cases
    assert (case.kind, case.status, case.severity) == (CaseKind.CRISIS, CaseStatus.OPEN, "high")
    assert case.category == "suicide" and case.message_id == question.id
    assert [item["id"] for item in listed] == [case.id]
    assert [e.action for e in trail] == ["opened", "emailed"]
    email = inbox.messages[0]
    assert email["To"] == "coach@example.org"
    assert "needs your attention" in email["Subject"]
    body = email.get_payload(0).get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert f"https://coach.example.org/safety/cases/{case.id}" in body
    assert "pills" not in body.lower() and "kill" not in body.lower() and "suicide" not in body


def test_a_worrying_message_gets_a_careful_local_answer_with_resources_and_a_review_case(
    mail_settings: Settings, world: World, hosted: FakeOpenAIServer
) -> None:
    local = ScriptedModel(tokens=LOCAL_ANSWER)
    with _client(mail_settings, _hosted_chat(hosted), local) as client:
        events = _post(client, world, WORRYING)
    reply = _reply(events)
    assert events[-1][1]["local_only"] is True
    assert reply.startswith("".join(LOCAL_ANSWER))
    assert "Beat (eating disorders)" in reply and "Samaritans" in reply
    assert hosted.requests == []  # hosted first in the chain, and still never asked
    assert local.calls >= 1
    _, cases, _ = _rows(mail_settings)
    (case,) = cases
    assert case.kind is CaseKind.REVIEW and case.severity == "medium"
    assert case.category == "eating_disorder"


def test_the_crisis_path_works_with_every_model_down(
    mail_settings: Settings, world: World, hosted: FakeOpenAIServer
) -> None:
    hosted.fail_status = 503
    down = ScriptedModel(error=ProviderUnavailable("local model is down"))
    with _client(mail_settings, down, _hosted_chat(hosted)) as client:
        crisis = _reply(_post(client, world, CRISIS))
        worrying = _reply(_post(client, world, WORRYING))
    assert "Samaritans" in crisis and "116 123" in crisis
    # No model could answer the flagged message: the resources are the answer.
    assert "Beat (eating disorders)" in worrying
    assert hosted.requests == []
    messages, cases, _ = _rows(mail_settings)
    assert [m.content for m in messages if m.role is MessageRole.USER] == [CRISIS, WORRYING]
    assert [c.kind for c in cases] == [CaseKind.CRISIS, CaseKind.REVIEW]


def test_small_talk_gets_an_ordinary_answer_and_a_crisis_keeps_its_follow_up_careful(
    mail_settings: Settings, world: World, hosted: FakeOpenAIServer
) -> None:
    """Small talk gets an ordinary answer, except right after a crisis message."""
    local = ScriptedModel(tokens=LOCAL_ANSWER)
    with _client(mail_settings, local, _hosted_chat(hosted)) as client:
        greetings = [_post(client, world, text) for text in ("hello", "ok, thanks", "bye")]
        for events in greetings:
            assert _reply(events) == "".join(LOCAL_ANSWER)
            assert events[-1][1]["local_only"] is False
        assert _rows(mail_settings)[1] == []  # no case was opened
        conversation = client.post("/api/v1/coaches/maya/conversations",
                                   headers=world.learner).json()["id"]
        for text in (CRISIS, "bye"):
            last = client.post(f"/api/v1/conversations/{conversation}/messages",
                               json={"text": text}, headers=world.learner)
    # "bye" right after a crisis message is careful: a local answer with resources appended.
    follow_up = _reply(parse_sse(last.text))
    assert follow_up.startswith("".join(LOCAL_ANSWER)) and "Samaritans" in follow_up
    assert hosted.requests == []
    crisis, review = _rows(mail_settings)[1]
    assert (crisis.kind, review.kind) == (CaseKind.CRISIS, CaseKind.REVIEW)
    assert crisis.conversation_id == review.conversation_id == conversation
