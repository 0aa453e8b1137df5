"""The chat API: conversations, answers streamed as typed SSE events, errors, retry, disconnect."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.coaching.models import Message, MessageRole, MessageStatus
from app.settings import Settings, load_settings
from app.wiring import open_database
from models.ports import ProviderUnavailable
from tests.app.web_support import (
    ANSWER,
    World,
    build_app,
    parse_sse,
    running,
    seed_world,
    wait_until,
)
from tests.models.fakes import ScriptedModel

MAX_CHARS = 50


@pytest.fixture
def chat_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"max_message_chars": MAX_CHARS})


@pytest.fixture
def world(chat_settings: Settings) -> World:
    return seed_world(chat_settings)


@pytest.fixture
def model() -> ScriptedModel:
    return ScriptedModel(tokens=ANSWER)


@pytest.fixture
def client(chat_settings: Settings, world: World, model: ScriptedModel) -> Iterator[TestClient]:
    with TestClient(build_app(chat_settings, model)) as test_client:
        yield test_client


def _conversation(client: TestClient, headers: dict[str, str], title: str = "") -> int:
    response = client.post("/api/v1/coaches/maya/conversations", json={"title": title},
                           headers=headers)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def _send(client: TestClient, conversation: int, headers: dict[str, str], text: str) -> Any:
    return client.post(f"/api/v1/conversations/{conversation}/messages", json={"text": text},
                       headers=headers)


def _stored(settings: Settings) -> list[Message]:
    database = open_database(settings)
    with database.sessions() as session:
        rows = list(session.scalars(select(Message).order_by(Message.id)))
    database.dispose()
    return rows


# --- Conversations -----------------------------------------------------------------------------


def test_conversations_are_listed_per_learner_newest_first(
    client: TestClient, world: World
) -> None:
    assert client.get("/api/v1/coaches/maya/conversations", headers=world.learner).json() == []
    first = _conversation(client, world.learner, "Running")
    second = _conversation(client, world.learner, "Sleep")
    _conversation(client, world.other, "Someone else's")
    listed = client.get("/api/v1/coaches/maya/conversations", headers=world.learner).json()
    assert [(c["id"], c["title"], c["coach_slug"]) for c in listed] == [
        (second, "Sleep", "maya"), (first, "Running", "maya")
    ]


def test_a_conversation_can_be_created_without_a_body(client: TestClient, world: World) -> None:
    response = client.post("/api/v1/coaches/maya/conversations", headers=world.learner)
    assert response.status_code == 201 and response.json()["title"] == ""


# --- Answers -----------------------------------------------------------------------------------


def test_the_answer_streams_sources_then_tokens_then_done(
    client: TestClient, world: World, chat_settings: Settings
) -> None:
    conversation = _conversation(client, world.learner)
    response = _send(client, conversation, world.learner, "How do I anchor a habit?")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["x-conversation-id"] == str(conversation)
    events = parse_sse(response.text)
    names = [name for name, _ in events]
    assert names == ["sources"] + ["token"] * len(ANSWER) + ["done"]
    assert all(data["type"] == name for name, data in events)
    sources = events[0][1]["sources"]
    assert sources and sources[0]["n"] == 1 and sources[0]["filename"] == "anchors.md"
    assert "".join(data["text"] for name, data in events if name == "token") == "".join(ANSWER)
    done = events[-1][1]
    assert done["conversation_id"] == conversation
    assert done["usage"]["provider"] == "fake" and done["usage"]["completion_tokens"] == 4
    question, answer = _stored(chat_settings)
    assert question.role is MessageRole.USER and question.content == "How do I anchor a habit?"
    assert str(question.id) == response.headers["x-message-id"]
    assert answer.id == done["message_id"] and answer.content == "".join(ANSWER)
    assert answer.status is MessageStatus.COMPLETE and answer.sources == sources


def test_a_conversation_is_read_back_with_messages_sources_and_status(
    client: TestClient, world: World
) -> None:
    conversation = _conversation(client, world.learner, "Habits")
    _send(client, conversation, world.learner, "How do I anchor a habit?")
    body = client.get(f"/api/v1/conversations/{conversation}", headers=world.learner).json()
    assert body["title"] == "Habits" and body["coach_slug"] == "maya"
    messages = body["messages"]
    assert [(m["role"], m["status"]) for m in messages] == [("user", "complete"),
                                                             ("assistant", "complete")]
    assert messages[1]["content"] == "".join(ANSWER) and messages[1]["model"] == "fake-1"
    assert messages[1]["sources"][0]["filename"] == "anchors.md"


@pytest.mark.parametrize(
    ("body", "reason"),
    [({"text": ""}, "empty"), ({"text": "   \n "}, "empty"),
     ({"text": "x" * (MAX_CHARS + 1)}, "the limit is 50"), ({}, "Field required"),
     ({"text": 42}, "valid string")],
)
def test_rejected_messages_answer_422_before_any_stream(
    client: TestClient, world: World, model: ScriptedModel, chat_settings: Settings,
    body: dict[str, Any], reason: str,
) -> None:
    conversation = _conversation(client, world.learner)
    response = client.post(f"/api/v1/conversations/{conversation}/messages", json=body,
                           headers=world.learner)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"
    assert reason in response.json()["detail"][0]["msg"]
    assert _stored(chat_settings) == [] and model.calls == 0


def test_malformed_json_is_422(client: TestClient, world: World) -> None:
    conversation = _conversation(client, world.learner)
    response = client.post(f"/api/v1/conversations/{conversation}/messages", content=b"{text",
                           headers={**world.learner, "Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"


def test_unknown_coaches_and_conversations_are_404(client: TestClient, world: World) -> None:
    for slug in ("nobody", "rival"):  # rival exists, but the learner is not enrolled with it
        url = f"/api/v1/coaches/{slug}/conversations"
        assert client.get(url, headers=world.learner).status_code == 404
        assert client.post(url, json={}, headers=world.learner).status_code == 404
    theirs = _conversation(client, world.other)
    for conversation in (theirs, 999_999):
        assert client.get(f"/api/v1/conversations/{conversation}",
                          headers=world.learner).status_code == 404
        assert _send(client, conversation, world.learner, "hello").status_code == 404


def test_the_api_needs_credentials(client: TestClient) -> None:
    assert client.get("/api/v1/coaches/maya/conversations").status_code == 401
    assert client.post("/api/v1/conversations/1/messages", json={"text": "hi"}).status_code == 401


# --- Retry -------------------------------------------------------------------------------------


def test_a_failed_answer_can_be_retried_in_place(
    chat_settings: Settings, world: World
) -> None:
    model = ScriptedModel(tokens=ANSWER, error=ProviderUnavailable("model down"), fail_times=1)
    with TestClient(build_app(chat_settings, model)) as client:
        conversation = _conversation(client, world.learner)
        failed = parse_sse(_send(client, conversation, world.learner, "Help me").text)
        assert [name for name, _ in failed] == ["sources", "error"]
        error = failed[-1][1]
        assert error["retryable"] is True
        answer_id = error["message_id"]
        retried = client.post(f"/api/v1/messages/{answer_id}/retry", headers=world.learner)
        assert retried.status_code == 200
        events = parse_sse(retried.text)
        assert [name for name, _ in events][-1] == "done"
        assert events[-1][1]["message_id"] == answer_id
        again = client.post(f"/api/v1/messages/{answer_id}/retry", headers=world.learner)
        assert again.status_code == 409 and "partial or failed" in again.json()["detail"]
        other = client.post(f"/api/v1/messages/{answer_id}/retry", headers=world.other)
        assert other.status_code == 404
    question, answer = _stored(chat_settings)
    assert answer.id == answer_id and answer.status is MessageStatus.COMPLETE
    assert answer.content == "".join(ANSWER)


# --- A real server: transactions and disconnects -----------------------------------------------


def test_a_streaming_answer_holds_no_database_lock(chat_settings: Settings, world: World) -> None:
    model = ScriptedModel(tokens=ANSWER, hang_after=1)
    with running(build_app(chat_settings, model)) as (url, _server):
        with httpx.Client(base_url=url, headers=world.learner, timeout=30) as client:
            created = client.post("/api/v1/coaches/maya/conversations", json={})
            path = f"/api/v1/conversations/{created.json()['id']}/messages"
            with client.stream("POST", path, json={"text": "Hi"}) as stream:
                assert model.hanging.wait(30)
                # SQLite writes take the database lock: this one only succeeds while the
                # answer is streaming if the streaming request holds no transaction.
                other = httpx.post(f"{url}/api/v1/coaches/maya/conversations", json={},
                                   headers=world.other, timeout=30)
                assert other.status_code == 201
                model.release()
                events = parse_sse(stream.read().decode())
    assert events[-1][0] == "done"


def test_a_client_that_disconnects_stops_the_model_and_keeps_the_partial_answer(
    chat_settings: Settings, world: World
) -> None:
    tokens = ("Hello", " world", " and", " more")
    # The model pauses after its first token, so it cannot finish before the client leaves.
    model = ScriptedModel(tokens=tokens, hang_after=1)
    with running(build_app(chat_settings, model)) as (url, server):
        with httpx.Client(base_url=url, headers=world.learner, timeout=30) as client:
            created = client.post("/api/v1/coaches/maya/conversations", json={})
            path = f"/api/v1/conversations/{created.json()['id']}/messages"
            with client.stream("POST", path, json={"text": "Hi"}) as stream:
                received = ""
                for chunk in stream.iter_text():
                    received += chunk
                    if "event: token" in received:
                        break
        # The client has hung up. Once the server has noticed, let a paused model go on.
        wait_until(lambda: not server.server_state.connections, "the server kept the connection")
        model.release()
        assert model.closed.wait(30), "the model's generator was not closed"
        wait_until(lambda: len(_stored(chat_settings)) == 2, "the partial answer was not saved")
    assert not model.finished
    answer = _stored(chat_settings)[-1]
    assert answer.status is MessageStatus.PARTIAL
    # Whether the model had begun its second token when the client left is a race.
    assert answer.content in ("Hello", "Hello world")


# --- Settings behind the chat ------------------------------------------------------------------


def test_the_prompt_window_fits_every_provider_of_the_chain() -> None:
    assert load_settings(context_window=8192, model_chain="ollama").prompt_window() == 8192
    both = load_settings(context_window=8192, embedded_context=4096, model_chain="ollama,embedded")
    assert both.prompt_window() == 4096
    with pytest.raises(Exception, match="LODESTAR_CONTEXT_WINDOW: .*LODESTAR_MAX_TOKENS"):
        load_settings(context_window=512, max_tokens=512)
