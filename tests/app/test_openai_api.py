"""The OpenAI-compatible API, driven by the official `openai` client against a real server."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest

from app.routes.openai_api import API_CONVERSATION_TITLE
from app.settings import Settings
from models.ports import ProviderUnavailable
from tests.app.web_support import ANSWER, World, build_app, running, seed_world
from tests.models.fakes import ScriptedModel

FULL_ANSWER = "".join(ANSWER)


@pytest.fixture
def world(settings: Settings) -> World:
    return seed_world(settings)


@pytest.fixture
def server(settings: Settings, world: World) -> Iterator[str]:
    with running(build_app(settings, ScriptedModel(tokens=ANSWER))) as (url, _server):
        yield url


def _client(url: str, headers: dict[str, str]) -> openai.OpenAI:
    """An OpenAI client using the Lodestar token in the headers as its API key."""
    token = headers["Authorization"].removeprefix("Bearer ")
    return openai.OpenAI(base_url=f"{url}/v1", api_key=token, max_retries=0, timeout=30)


def test_a_whole_answer(server: str, world: World) -> None:
    client = _client(server, world.learner)
    completion = client.chat.completions.create(
        model="maya", messages=[{"role": "system", "content": "ignored"},
                                {"role": "user", "content": "How do I anchor a habit?"}],
        temperature=0.2,
    )
    assert completion.id.startswith("chatcmpl-") and completion.model == "maya"
    (choice,) = completion.choices
    assert choice.message.role == "assistant" and choice.message.content == FULL_ANSWER
    assert choice.finish_reason == "stop"
    assert completion.usage is not None
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens,
            completion.usage.total_tokens) == (3, 4, 7)


def test_a_streamed_answer(server: str, world: World) -> None:
    client = _client(server, world.learner)
    chunks = list(client.chat.completions.create(
        model="maya", messages=[{"role": "user", "content": "How do I anchor a habit?"}],
        stream=True, stream_options={"include_usage": True},
    ))
    assert all(chunk.object == "chat.completion.chunk" for chunk in chunks)
    assert len({chunk.id for chunk in chunks}) == 1
    with_choices = [chunk for chunk in chunks if chunk.choices]
    assert with_choices[0].choices[0].delta.role == "assistant"
    text = "".join(chunk.choices[0].delta.content or "" for chunk in with_choices)
    assert text == FULL_ANSWER
    assert [c.choices[0].finish_reason for c in with_choices][-1] == "stop"
    usage = chunks[-1].usage
    assert not chunks[-1].choices and usage is not None and usage.total_tokens == 7


def test_the_raw_stream_ends_with_done(server: str, world: World) -> None:
    body = {"model": "maya", "stream": True, "messages": [{"role": "user", "content": "Hi"}]}
    response = httpx.post(f"{server}/v1/chat/completions", json=body, headers=world.learner,
                          timeout=30)
    lines = [line for line in response.text.split("\n") if line]
    assert all(line.startswith("data: ") for line in lines)
    assert lines[-1] == "data: [DONE]"


def test_requests_continue_one_api_conversation(server: str, world: World) -> None:
    client = _client(server, world.learner)
    for question in ("First question", "Second question"):
        client.chat.completions.create(model="maya",
                                       messages=[{"role": "user", "content": question}])
    listed = httpx.get(f"{server}/api/v1/coaches/maya/conversations", headers=world.learner)
    (conversation,) = listed.json()
    assert conversation["title"] == API_CONVERSATION_TITLE
    detail = httpx.get(f"{server}/api/v1/conversations/{conversation['id']}",
                       headers=world.learner).json()
    assert [m["content"] for m in detail["messages"]] == [
        "First question", FULL_ANSWER, "Second question", FULL_ANSWER
    ]


def test_models_are_the_coaches_the_learner_can_use(server: str, world: World) -> None:
    assert [m.id for m in _client(server, world.learner).models.list()] == ["maya"]
    assert [m.id for m in _client(server, world.rival_coach).models.list()] == ["rival"]
    assert [m.id for m in _client(server, world.admin).models.list()] == ["maya", "rival"]


def test_errors_have_openai_shape(server: str, world: World) -> None:
    bad_key = openai.OpenAI(base_url=f"{server}/v1", api_key="lsk_wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as unauthorised:
        bad_key.models.list()
    assert unauthorised.value.code == "invalid_api_key"
    client = _client(server, world.learner)
    with pytest.raises(openai.NotFoundError) as missing:
        client.chat.completions.create(model="rival", messages=[{"role": "user", "content": "x"}])
    assert missing.value.code == "model_not_found"
    assert missing.value.body == {
        "message": "the model 'rival' does not exist or you cannot use it",
        "type": "invalid_request_error", "param": None, "code": "model_not_found",
    }
    for messages in ([{"role": "system", "content": "no question"}],
                     [{"role": "user", "content": "   "}], []):
        with pytest.raises(openai.UnprocessableEntityError) as invalid:
            client.chat.completions.create(model="maya", messages=messages)  # type: ignore[arg-type]
        assert invalid.value.code == "invalid_request" and invalid.value.type == (
            "invalid_request_error")


def test_text_parts_are_read(server: str, world: World) -> None:
    completion = _client(server, world.learner).chat.completions.create(
        model="maya", messages=[{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
    )
    assert completion.choices[0].message.content == FULL_ANSWER


def test_a_failed_answer_is_a_server_error(settings: Settings, world: World) -> None:
    model = ScriptedModel(tokens=ANSWER, error=ProviderUnavailable("all models down"))
    with running(build_app(settings, model)) as (url, _server):
        client = _client(url, world.learner)
        with pytest.raises(openai.InternalServerError) as failed:
            client.chat.completions.create(model="maya",
                                           messages=[{"role": "user", "content": "Hi"}])
        assert failed.value.status_code == 503 and failed.value.code == "answer_failed"
        with pytest.raises(openai.APIError, match="could not answer"):
            list(client.chat.completions.create(
                model="maya", messages=[{"role": "user", "content": "Hi"}], stream=True))
