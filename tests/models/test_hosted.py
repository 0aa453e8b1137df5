"""The hosted fallback adapters against protocol-faithful fake OpenAI and Anthropic servers."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import anthropic
import httpx
import openai
import pytest

from models.hosted import AnthropicChat, OpenAICompatibleChat
from models.ports import (
    ChatEvent,
    ChatMessage,
    ChatModel,
    ChatOptions,
    DoneEvent,
    ModelError,
    ModelNotFound,
    ProviderRejected,
    ProviderTimeout,
    ProviderUnavailable,
    Timeouts,
    TokenEvent,
    UsageEvent,
)
from tests.fakes.anthropic_server import FakeAnthropicServer, sent_key
from tests.fakes.openai_server import FakeOpenAIServer

OPENAI_KEY = "sk-test-openai-0123456789abcdef"
ANTHROPIC_KEY = "sk-ant-test-0123456789abcdef"
OPENAI_MODEL = "gpt-4o-mini"
ANTHROPIC_MODEL = "claude-haiku-4-5-20251001"
TIMEOUTS = Timeouts(connect=2.0, first_token=10.0, total=30.0)
SLOW_FIRST_TOKEN = Timeouts(connect=2.0, first_token=0.3, total=30.0)
STALL = 30.0  # the fake's scripted delay; cut short when the fixture stops the server

MESSAGES = [
    ChatMessage("system", "You are a patient running coach."),
    ChatMessage("user", "How do I start running?"),
    ChatMessage("assistant", "Start with walk-run intervals."),
    ChatMessage("user", "How long should each interval be?"),
]


@pytest.fixture
def openai_fake() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(api_key=OPENAI_KEY, models=[OPENAI_MODEL, "gpt-4o"]) as server:
        yield server


@pytest.fixture
def anthropic_fake() -> Iterator[FakeAnthropicServer]:
    with FakeAnthropicServer(api_key=ANTHROPIC_KEY) as server:
        yield server


def make_openai(
    server: FakeOpenAIServer | None = None,
    *,
    key: str = OPENAI_KEY,
    model: str = OPENAI_MODEL,
    timeouts: Timeouts = TIMEOUTS,
    base_url: str | None = None,
) -> OpenAICompatibleChat:
    url = base_url or (server.base_url if server else None)
    return OpenAICompatibleChat(api_key=key, model=model, timeouts=timeouts, base_url=url)


def make_anthropic(
    server: FakeAnthropicServer | None = None,
    *,
    key: str = ANTHROPIC_KEY,
    model: str = ANTHROPIC_MODEL,
    timeouts: Timeouts = TIMEOUTS,
    base_url: str | None = None,
) -> AnthropicChat:
    url = base_url or (server.base_url if server else None)
    return AnthropicChat(api_key=key, model=model, timeouts=timeouts, base_url=url)


def drain(events: Iterator[ChatEvent]) -> tuple[list[ChatEvent], ModelError | None]:
    """Collect events until the stream ends or raises a ModelError."""
    seen: list[ChatEvent] = []
    try:
        for event in events:
            seen.append(event)
    except ModelError as error:
        return seen, error
    return seen, None


def tokens(events: list[ChatEvent]) -> list[str]:
    return [e.text for e in events if isinstance(e, TokenEvent)]


def closed_port_url(suffix: str = "") -> str:
    """A URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}{suffix}"


# --- OpenAI-compatible -----------------------------------------------------------------------


def test_openai_adapter_is_a_hosted_chat_model(openai_fake: FakeOpenAIServer) -> None:
    chat = make_openai(openai_fake)
    assert isinstance(chat, ChatModel)
    assert (chat.provider, chat.model, chat.is_local) == ("openai", OPENAI_MODEL, False)


def test_openai_streams_tokens_then_usage_then_done(openai_fake: FakeOpenAIServer) -> None:
    openai_fake.chunks = ["Two", " minutes", " running,", " one", " walking."]
    events, error = drain(make_openai(openai_fake).stream(MESSAGES, ChatOptions()))
    assert error is None
    assert tokens(events) == openai_fake.chunks
    assert [e.type for e in events] == ["token"] * 5 + ["usage", "done"]
    usage = events[-2]
    assert isinstance(usage, UsageEvent)
    assert usage.completion_tokens == 5
    assert usage.prompt_tokens > 0
    assert events[-1] == DoneEvent(provider="openai", model=OPENAI_MODEL, finish_reason="stop")


def test_openai_sends_key_messages_and_options(openai_fake: FakeOpenAIServer) -> None:
    options = ChatOptions(max_tokens=64, temperature=0.2, top_p=0.5, stop=("END",), seed=7)
    drain(make_openai(openai_fake).stream(MESSAGES, options))
    request = openai_fake.requests[-1]
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {OPENAI_KEY}"
    body = request.body
    assert body is not None
    assert body["model"] == OPENAI_MODEL
    assert body["messages"] == [{"role": m.role, "content": m.content} for m in MESSAGES]
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert (body["max_tokens"], body["temperature"], body["top_p"]) == (64, 0.2, 0.5)
    assert (body["stop"], body["seed"]) == (["END"], 7)


def test_openai_leaves_out_unset_stop_and_seed(openai_fake: FakeOpenAIServer) -> None:
    drain(make_openai(openai_fake).stream(MESSAGES, ChatOptions()))
    assert "stop" not in openai_fake.last_body
    assert "seed" not in openai_fake.last_body


def test_openai_reports_the_servers_finish_reason(openai_fake: FakeOpenAIServer) -> None:
    events, error = drain(make_openai(openai_fake).stream(MESSAGES, ChatOptions(max_tokens=2)))
    assert error is None
    assert tokens(events) == ["Hello", ", "]
    assert isinstance(events[-1], DoneEvent)
    assert events[-1].finish_reason == "length"


def test_openai_counts_content_chunks_when_server_sends_no_usage(
    openai_fake: FakeOpenAIServer,
) -> None:
    openai_fake.send_usage = False
    events, error = drain(make_openai(openai_fake).stream(MESSAGES, ChatOptions()))
    assert error is None
    assert UsageEvent(prompt_tokens=0, completion_tokens=4) in events
    assert isinstance(events[-1], DoneEvent)


def test_openai_wrong_key_is_rejected_without_leaking_it(openai_fake: FakeOpenAIServer) -> None:
    wrong = "sk-wrong-key-that-must-not-leak-42"
    events, error = drain(make_openai(openai_fake, key=wrong).stream(MESSAGES, ChatOptions()))
    assert events == []
    assert isinstance(error, ProviderRejected)
    assert error.provider == "openai"
    assert error.retryable is False
    assert "401" in str(error)
    assert wrong not in str(error)


def test_openai_echoed_key_is_redacted(openai_fake: FakeOpenAIServer) -> None:
    openai_fake.fail_status = 400
    openai_fake.fail_message = f"bad request from key {OPENAI_KEY}"
    _, error = drain(make_openai(openai_fake).stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ProviderRejected)
    assert OPENAI_KEY not in str(error)
    assert "[redacted]" in str(error)


@pytest.mark.parametrize("status", [400, 403, 422])
def test_openai_client_errors_are_rejections(openai_fake: FakeOpenAIServer, status: int) -> None:
    openai_fake.fail_status = status
    _, error = drain(make_openai(openai_fake).stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ProviderRejected)
    assert error.retryable is False
    assert str(status) in str(error)


@pytest.mark.parametrize("status", [429, 500, 503])
def test_openai_overload_and_server_errors_are_retryable(
    openai_fake: FakeOpenAIServer, status: int
) -> None:
    openai_fake.fail_status = status
    _, error = drain(make_openai(openai_fake).stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ProviderUnavailable)
    assert error.retryable is True
    assert error.provider == "openai"
    assert len(openai_fake.requests) == 1  # the SDK itself must not retry


def test_openai_unknown_model_is_model_not_found(openai_fake: FakeOpenAIServer) -> None:
    chat = make_openai(openai_fake, model="gpt-does-not-exist")
    _, error = drain(chat.stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ModelNotFound)
    assert error.retryable is False
    assert "gpt-does-not-exist" in str(error)


def test_openai_connection_refused_is_unavailable() -> None:
    chat = make_openai(base_url=closed_port_url("/v1"))
    _, error = drain(chat.stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ProviderUnavailable)
    assert error.provider == "openai"


def test_openai_slow_response_headers_time_out(openai_fake: FakeOpenAIServer) -> None:
    openai_fake.header_delay = STALL
    chat = make_openai(openai_fake, timeouts=SLOW_FIRST_TOKEN)
    events, error = drain(chat.stream(MESSAGES, ChatOptions()))
    assert events == []
    assert isinstance(error, ProviderTimeout)
    assert error.provider == "openai"


def test_openai_slow_first_token_times_out(openai_fake: FakeOpenAIServer) -> None:
    openai_fake.first_chunk_delay = STALL
    chat = make_openai(openai_fake, timeouts=SLOW_FIRST_TOKEN)
    events, error = drain(chat.stream(MESSAGES, ChatOptions()))
    assert events == []
    assert isinstance(error, ProviderTimeout)


def test_openai_dropped_connection_raises_after_partial_tokens(
    openai_fake: FakeOpenAIServer,
) -> None:
    openai_fake.drop_after = 2
    events, error = drain(make_openai(openai_fake).stream(MESSAGES, ChatOptions()))
    assert tokens(events) == ["Hello", ", "]
    assert all(isinstance(e, TokenEvent) for e in events)
    assert isinstance(error, ProviderUnavailable)


def test_openai_error_event_mid_stream_is_unavailable(openai_fake: FakeOpenAIServer) -> None:
    openai_fake.error_after = 3
    events, error = drain(make_openai(openai_fake).stream(MESSAGES, ChatOptions()))
    assert tokens(events) == ["Hello", ", ", "world"]
    assert isinstance(error, ProviderUnavailable)
    assert "server_error" in str(error)


def test_openai_check_reports_present_model(openai_fake: FakeOpenAIServer) -> None:
    status = make_openai(openai_fake).check()
    assert (status.name, status.reachable, status.model_present) == ("openai", True, True)
    assert status.fix == ""
    assert openai_fake.requests[-1].path == "/v1/models"


def test_openai_check_reports_missing_model(openai_fake: FakeOpenAIServer) -> None:
    status = make_openai(openai_fake, model="gpt-5-imaginary").check()
    assert status.reachable is True
    assert status.model_present is False
    assert "gpt-4o" in status.detail
    assert "LODESTAR_OPENAI_MODEL" in status.fix


def test_openai_check_reports_rejected_key(openai_fake: FakeOpenAIServer) -> None:
    wrong = "sk-wrong-key-for-check-99"
    status = make_openai(openai_fake, key=wrong).check()
    assert status.reachable is True
    assert status.model_present is False
    assert wrong not in status.detail
    assert "LODESTAR_OPENAI_API_KEY" in status.fix


def test_openai_check_reports_unreachable_server() -> None:
    status = make_openai(base_url=closed_port_url("/v1")).check()
    assert status.reachable is False
    assert status.model_present is False
    assert "LODESTAR_OPENAI_BASE_URL" in status.fix


def test_openai_fake_serves_non_streaming_completions(openai_fake: FakeOpenAIServer) -> None:
    client = openai.OpenAI(api_key=OPENAI_KEY, base_url=openai_fake.base_url, max_retries=0)
    completion = client.chat.completions.create(
        model=OPENAI_MODEL, messages=[{"role": "user", "content": "hi"}]
    )
    assert completion.choices[0].message.content == "Hello, world!"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.completion_tokens == 4


# --- Anthropic -------------------------------------------------------------------------------


def test_anthropic_adapter_is_a_hosted_chat_model(anthropic_fake: FakeAnthropicServer) -> None:
    chat = make_anthropic(anthropic_fake)
    assert isinstance(chat, ChatModel)
    assert (chat.provider, chat.model, chat.is_local) == ("anthropic", ANTHROPIC_MODEL, False)


def test_anthropic_streams_tokens_then_usage_then_done(
    anthropic_fake: FakeAnthropicServer,
) -> None:
    anthropic_fake.chunks = ["Start", " with", " one", " minute."]
    events, error = drain(make_anthropic(anthropic_fake).stream(MESSAGES, ChatOptions()))
    assert error is None
    assert tokens(events) == anthropic_fake.chunks
    assert [e.type for e in events] == ["token"] * 4 + ["usage", "done"]
    usage = events[-2]
    assert isinstance(usage, UsageEvent)
    assert usage.completion_tokens == 4
    assert usage.prompt_tokens > 0
    assert events[-1] == DoneEvent(
        provider="anthropic", model=ANTHROPIC_MODEL, finish_reason="end_turn"
    )


def test_anthropic_puts_system_prompts_in_the_system_parameter(
    anthropic_fake: FakeAnthropicServer,
) -> None:
    messages = [ChatMessage("system", "Be brief."), *MESSAGES]
    _, error = drain(make_anthropic(anthropic_fake).stream(messages, ChatOptions()))
    assert error is None
    body = anthropic_fake.last_body
    assert body["system"] == "Be brief.\n\nYou are a patient running coach."
    assert [m["role"] for m in body["messages"]] == ["user", "assistant", "user"]
    assert body["messages"][0]["content"] == "How do I start running?"


def test_anthropic_sends_key_version_and_options(anthropic_fake: FakeAnthropicServer) -> None:
    options = ChatOptions(max_tokens=64, temperature=0.3, top_p=0.5, stop=("END",), seed=3)
    _, error = drain(make_anthropic(anthropic_fake).stream(MESSAGES, options))
    assert error is None
    request = anthropic_fake.requests[-1]
    assert request.path == "/v1/messages"
    assert sent_key(request.headers) == ANTHROPIC_KEY
    assert request.headers["anthropic-version"]
    body = request.body
    assert body is not None
    assert (body["model"], body["max_tokens"], body["stream"]) == (ANTHROPIC_MODEL, 64, True)
    assert body["stop_sequences"] == ["END"]
    # The current Messages API takes no sampling parameters.
    assert not {"temperature", "top_p", "seed"} & body.keys()


def test_anthropic_without_system_prompt_sends_no_system(
    anthropic_fake: FakeAnthropicServer,
) -> None:
    _, error = drain(make_anthropic(anthropic_fake).stream(MESSAGES[1:2], ChatOptions()))
    assert error is None
    assert "system" not in anthropic_fake.last_body


@pytest.mark.parametrize(
    ("options", "expected_tokens", "reason"),
    [
        (ChatOptions(max_tokens=2), ["Hello", ", "], "max_tokens"),
        (ChatOptions(stop=("world",)), ["Hello", ", "], "stop_sequence"),
    ],
)
def test_anthropic_reports_the_stop_reason(
    anthropic_fake: FakeAnthropicServer,
    options: ChatOptions,
    expected_tokens: list[str],
    reason: str,
) -> None:
    events, error = drain(make_anthropic(anthropic_fake).stream(MESSAGES, options))
    assert error is None
    assert tokens(events) == expected_tokens
    assert isinstance(events[-1], DoneEvent)
    assert events[-1].finish_reason == reason


def test_anthropic_wrong_key_is_rejected_without_leaking_it(
    anthropic_fake: FakeAnthropicServer,
) -> None:
    wrong = "sk-ant-wrong-key-that-must-not-leak"
    events, error = drain(make_anthropic(anthropic_fake, key=wrong).stream(MESSAGES, ChatOptions()))
    assert events == []
    assert isinstance(error, ProviderRejected)
    assert error.provider == "anthropic"
    assert "authentication_error" in str(error)
    assert wrong not in str(error)


def test_anthropic_echoed_key_is_redacted(anthropic_fake: FakeAnthropicServer) -> None:
    anthropic_fake.fail_status = 403
    anthropic_fake.fail_message = f"key {ANTHROPIC_KEY} may not use this model"
    _, error = drain(make_anthropic(anthropic_fake).stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ProviderRejected)
    assert ANTHROPIC_KEY not in str(error)
    assert "[redacted]" in str(error)


@pytest.mark.parametrize("status", [400, 413])
def test_anthropic_client_errors_are_rejections(
    anthropic_fake: FakeAnthropicServer, status: int
) -> None:
    anthropic_fake.fail_status = status
    _, error = drain(make_anthropic(anthropic_fake).stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ProviderRejected)
    assert error.retryable is False


@pytest.mark.parametrize("status", [429, 500, 529])
def test_anthropic_overload_and_server_errors_are_retryable(
    anthropic_fake: FakeAnthropicServer, status: int
) -> None:
    anthropic_fake.fail_status = status
    _, error = drain(make_anthropic(anthropic_fake).stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ProviderUnavailable)
    assert error.retryable is True
    assert error.provider == "anthropic"
    assert str(status) in str(error)
    assert len(anthropic_fake.requests) == 1  # the SDK itself must not retry


def test_anthropic_unknown_model_is_model_not_found(anthropic_fake: FakeAnthropicServer) -> None:
    chat = make_anthropic(anthropic_fake, model="claude-imaginary-9")
    _, error = drain(chat.stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ModelNotFound)
    assert "claude-imaginary-9" in str(error)


def test_anthropic_connection_refused_is_unavailable() -> None:
    chat = make_anthropic(base_url=closed_port_url())
    _, error = drain(chat.stream(MESSAGES, ChatOptions()))
    assert isinstance(error, ProviderUnavailable)
    assert error.provider == "anthropic"


def test_anthropic_slow_response_headers_time_out(anthropic_fake: FakeAnthropicServer) -> None:
    anthropic_fake.header_delay = STALL
    chat = make_anthropic(anthropic_fake, timeouts=SLOW_FIRST_TOKEN)
    events, error = drain(chat.stream(MESSAGES, ChatOptions()))
    assert events == []
    assert isinstance(error, ProviderTimeout)
    assert error.provider == "anthropic"


def test_anthropic_slow_first_token_times_out(anthropic_fake: FakeAnthropicServer) -> None:
    anthropic_fake.first_chunk_delay = STALL
    chat = make_anthropic(anthropic_fake, timeouts=SLOW_FIRST_TOKEN)
    events, error = drain(chat.stream(MESSAGES, ChatOptions()))
    assert events == []
    assert isinstance(error, ProviderTimeout)


def test_anthropic_dropped_connection_raises_after_partial_tokens(
    anthropic_fake: FakeAnthropicServer,
) -> None:
    anthropic_fake.drop_after = 2
    events, error = drain(make_anthropic(anthropic_fake).stream(MESSAGES, ChatOptions()))
    assert tokens(events) == ["Hello", ", "]
    assert all(isinstance(e, TokenEvent) for e in events)
    assert isinstance(error, ProviderUnavailable)


def test_anthropic_overloaded_event_mid_stream_is_unavailable(
    anthropic_fake: FakeAnthropicServer,
) -> None:
    anthropic_fake.error_after = 1
    events, error = drain(make_anthropic(anthropic_fake).stream(MESSAGES, ChatOptions()))
    assert tokens(events) == ["Hello"]
    assert isinstance(error, ProviderUnavailable)
    assert "overloaded_error" in str(error)


def test_anthropic_check_reports_present_model(anthropic_fake: FakeAnthropicServer) -> None:
    status = make_anthropic(anthropic_fake).check()
    assert (status.name, status.reachable, status.model_present) == ("anthropic", True, True)
    assert anthropic_fake.requests[-1].path == "/v1/models"
    assert sent_key(anthropic_fake.requests[-1].headers) == ANTHROPIC_KEY


def test_anthropic_check_resolves_an_alias(anthropic_fake: FakeAnthropicServer) -> None:
    status = make_anthropic(anthropic_fake, model="claude-haiku-4-5").check()
    assert status.model_present is True
    assert anthropic_fake.requests[-1].path == "/v1/models/claude-haiku-4-5"


def test_anthropic_check_reports_missing_model(anthropic_fake: FakeAnthropicServer) -> None:
    status = make_anthropic(anthropic_fake, model="claude-imaginary-9").check()
    assert status.reachable is True
    assert status.model_present is False
    assert ANTHROPIC_MODEL in status.detail
    assert "LODESTAR_ANTHROPIC_MODEL" in status.fix


def test_anthropic_check_reports_rejected_key(anthropic_fake: FakeAnthropicServer) -> None:
    status = make_anthropic(anthropic_fake, key="sk-ant-wrong").check()
    assert status.reachable is True
    assert status.model_present is False
    assert "LODESTAR_ANTHROPIC_API_KEY" in status.fix


def test_anthropic_check_reports_unreachable_server() -> None:
    status = make_anthropic(base_url=closed_port_url()).check()
    assert status.reachable is False
    assert "LODESTAR_ANTHROPIC_BASE_URL" in status.fix


def test_anthropic_fake_serves_non_streaming_messages(
    anthropic_fake: FakeAnthropicServer,
) -> None:
    client = anthropic.Anthropic(
        api_key=ANTHROPIC_KEY, base_url=anthropic_fake.base_url, max_retries=0
    )
    message = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=10,
        messages=[{"role": "user", "content": "hi"}],
    )
    assert message.model == ANTHROPIC_MODEL
    assert message.content[0].type == "text" and message.content[0].text == "Hello, world!"
    assert message.stop_reason == "end_turn"
    assert message.usage.output_tokens == 4


def test_anthropic_fake_requires_the_version_header(anthropic_fake: FakeAnthropicServer) -> None:
    url = f"{anthropic_fake.base_url}/v1/models"
    response = httpx.get(url, headers={"x-api-key": ANTHROPIC_KEY})
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "invalid_request_error"
    assert "anthropic-version" in response.json()["error"]["message"]
