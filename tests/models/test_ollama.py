"""The Ollama adapters, driven through the official `ollama` client against a fake server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from models.ollama import OllamaChat, OllamaEmbedder, canonical_name, has_model
from models.ports import (
    ChatEvent,
    ChatMessage,
    ChatModel,
    ChatOptions,
    DoneEvent,
    Embedder,
    ModelError,
    ModelNotFound,
    ProviderRejected,
    ProviderTimeout,
    ProviderUnavailable,
    Timeouts,
    TokenEvent,
    UsageEvent,
)
from tests.fakes.ollama_server import FakeOllama, fake_vector, unused_port

CHAT_MODEL = "llama3.1:8b"
EMBED_MODEL = "nomic-embed-text"
# Generous for normal answers from a local fake; the timeout tests use SHORT.
TIMEOUTS = Timeouts(connect=2.0, first_token=10.0, total=30.0)
SHORT = Timeouts(connect=2.0, first_token=0.3, total=5.0)
# Far longer than SHORT.first_token; the fake cuts these waits short when it stops.
FOREVER = 60.0
QUESTION = (
    ChatMessage("system", "You are a patient coach."),
    ChatMessage("user", "Why is the sky blue?"),
)
QUESTION_WORDS = 10  # the fake counts prompt tokens as words


@pytest.fixture
def fake() -> Iterator[FakeOllama]:
    """A running fake Ollama server."""
    with FakeOllama() as server:
        yield server


_OPENED: list[OllamaChat | OllamaEmbedder] = []


@pytest.fixture(autouse=True)
def close_adapters() -> Iterator[None]:
    """Close every adapter a test made, so no connection outlives its test."""
    yield
    while _OPENED:
        _OPENED.pop().close()


def refused_host() -> str:
    """A host URL where nothing listens."""
    return f"http://127.0.0.1:{unused_port()}"


def chat_model(
    host: str, model: str = CHAT_MODEL, timeouts: Timeouts = TIMEOUTS, **kwargs: str
) -> OllamaChat:
    """An `OllamaChat` on `host`, closed after the test."""
    adapter = OllamaChat(host=host, model=model, timeouts=timeouts, **kwargs)
    _OPENED.append(adapter)
    return adapter


def embedder(host: str, timeouts: Timeouts = TIMEOUTS, **kwargs: Any) -> OllamaEmbedder:
    """An `OllamaEmbedder` for the embedding model on `host`, closed after the test."""
    adapter = OllamaEmbedder(host=host, model=EMBED_MODEL, timeouts=timeouts, **kwargs)
    _OPENED.append(adapter)
    return adapter


def drain(events: Iterator[ChatEvent], into: list[ChatEvent]) -> None:
    """Consume a stream, keeping every event that arrived before a failure."""
    for event in events:
        into.append(event)


def tokens(events: list[ChatEvent]) -> list[str]:
    """The texts of the token events."""
    return [e.text for e in events if isinstance(e, TokenEvent)]


# streaming -----------------------------------------------------------------------------------


def test_stream_yields_tokens_in_order_then_usage_then_done(fake: FakeOllama) -> None:
    fake.chunks = ["The", " sky", " scatters", " blue", " light."]

    events = list(chat_model(fake.url).stream(QUESTION, ChatOptions()))

    assert tokens(events) == ["The", " sky", " scatters", " blue", " light."]
    assert events[-2:] == [
        UsageEvent(prompt_tokens=QUESTION_WORDS, completion_tokens=5),
        DoneEvent(provider="ollama", model=CHAT_MODEL, finish_reason="stop"),
    ]
    assert [e.type for e in events] == ["token"] * 5 + ["usage", "done"]


def test_stream_skips_empty_chunks(fake: FakeOllama) -> None:
    fake.chunks = ["Breathe", "", " in"]

    events = list(chat_model(fake.url).stream(QUESTION, ChatOptions()))

    assert tokens(events) == ["Breathe", " in"]


def test_request_carries_keep_alive_messages_and_options(fake: FakeOllama) -> None:
    options = ChatOptions(max_tokens=64, temperature=0.2, top_p=0.9, stop=("\nUser:",), seed=7)

    list(chat_model(fake.url, keep_alive="30m").stream(QUESTION, options))

    body = fake.last_body("/api/chat")
    assert body["model"] == CHAT_MODEL
    assert body["stream"] is True
    assert body["keep_alive"] == "30m"
    assert body["messages"] == [
        {"role": "system", "content": "You are a patient coach."},
        {"role": "user", "content": "Why is the sky blue?"},
    ]
    assert body["options"] == {
        "num_predict": 64,
        "temperature": 0.2,
        "top_p": 0.9,
        "stop": ["\nUser:"],
        "seed": 7,
    }


def test_default_request_keeps_model_stops_and_sends_default_keep_alive(fake: FakeOllama) -> None:
    list(chat_model(fake.url).stream(QUESTION, ChatOptions()))

    body = fake.last_body("/api/chat")
    assert body["keep_alive"] == "10m"
    assert body["options"]["num_predict"] == 512
    assert "stop" not in body["options"]  # an empty list would drop the model's own stops
    assert "seed" not in body["options"]


def test_hitting_num_predict_reports_length(fake: FakeOllama) -> None:
    fake.chunks = ["one", " two", " three", " four", " five"]

    events = list(chat_model(fake.url).stream(QUESTION, ChatOptions(max_tokens=3)))

    assert tokens(events) == ["one", " two", " three"]
    assert events[-1] == DoneEvent(provider="ollama", model=CHAT_MODEL, finish_reason="length")
    assert events[-2] == UsageEvent(prompt_tokens=QUESTION_WORDS, completion_tokens=3)


def test_stream_does_no_io_until_iterated(fake: FakeOllama) -> None:
    events = chat_model(fake.url).stream(QUESTION, ChatOptions())

    assert fake.requests == []
    assert next(events) == TokenEvent("The")


def test_adapter_matches_the_chat_model_port(fake: FakeOllama) -> None:
    model = chat_model(fake.url)

    assert isinstance(model, ChatModel)
    assert (model.provider, model.model, model.is_local) == ("ollama", CHAT_MODEL, True)


# model presence ------------------------------------------------------------------------------


def test_model_presence_is_checked_once_and_cached(fake: FakeOllama) -> None:
    model = chat_model(fake.url)

    list(model.stream(QUESTION, ChatOptions()))
    list(model.stream(QUESTION, ChatOptions()))

    assert fake.count("/api/tags") == 1
    assert fake.count("/api/chat") == 2


def test_missing_model_raises_model_not_found_before_chatting(fake: FakeOllama) -> None:
    model = chat_model(fake.url, model="mistral:7b")

    with pytest.raises(ModelNotFound) as caught:
        list(model.stream(QUESTION, ChatOptions()))

    assert "ollama pull mistral:7b" in str(caught.value)
    assert caught.value.provider == "ollama"
    assert caught.value.retryable is False
    assert fake.count("/api/chat") == 0


def test_implicit_latest_tag_counts_as_installed(fake: FakeOllama) -> None:
    fake.models = ["coach:latest"]

    events = list(chat_model(fake.url, model="coach").stream(QUESTION, ChatOptions()))

    assert events[-1] == DoneEvent(provider="ollama", model="coach", finish_reason="stop")


def test_model_deleted_after_caching_maps_chat_404_and_rechecks(fake: FakeOllama) -> None:
    model = chat_model(fake.url)
    list(model.stream(QUESTION, ChatOptions()))
    fake.models = [EMBED_MODEL]  # `ollama rm llama3.1:8b` while the app runs

    with pytest.raises(ModelNotFound) as caught:
        list(model.stream(QUESTION, ChatOptions()))
    assert "ollama pull llama3.1:8b" in str(caught.value)
    assert "try pulling it first" in str(caught.value)  # the server's own words are kept

    fake.models = [CHAT_MODEL, EMBED_MODEL]  # pulled again
    events = list(model.stream(QUESTION, ChatOptions()))
    assert isinstance(events[-1], DoneEvent)
    assert fake.count("/api/tags") == 2  # the cache was dropped after the 404


def test_newer_not_found_wording_also_maps_to_model_not_found(fake: FakeOllama) -> None:
    model = chat_model(fake.url)
    list(model.stream(QUESTION, ChatOptions()))
    fake.models = []
    fake.not_found_message = "model '{name}' not found"  # what recent Ollama chat handlers say

    with pytest.raises(ModelNotFound, match="ollama pull llama3.1:8b"):
        list(model.stream(QUESTION, ChatOptions()))


@pytest.mark.parametrize(
    ("installed", "wanted", "present"),
    [
        (["nomic-embed-text:latest"], "nomic-embed-text", True),
        (["nomic-embed-text"], "nomic-embed-text:latest", True),
        (["llama3.1:8b"], "llama3.1:8b", True),
        (["Llama3.1:8B"], "llama3.1:8b", True),
        (["llama3.1:8b"], "llama3.1", False),  # bare name means :latest, not :8b
        (["llama3.1:70b"], "llama3.1:8b", False),
        (["registry.local:5000/team/coach:latest"], "registry.local:5000/team/coach", True),
    ],
)
def test_model_names_match_like_ollama(installed: list[str], wanted: str, present: bool) -> None:
    assert has_model(installed, wanted) is present


def test_canonical_name_spells_out_latest() -> None:
    assert canonical_name("nomic-embed-text") == "nomic-embed-text:latest"
    assert canonical_name("llama3.1:8b") == "llama3.1:8b"


# error mapping -------------------------------------------------------------------------------


def test_connection_refused_is_provider_unavailable() -> None:
    model = chat_model(refused_host(), timeouts=SHORT)

    with pytest.raises(ProviderUnavailable) as caught:
        list(model.stream(QUESTION, ChatOptions()))

    assert caught.value.retryable is True
    assert caught.value.provider == "ollama"


def test_connection_refused_mid_session_is_provider_unavailable(fake: FakeOllama) -> None:
    model = chat_model(fake.url)
    list(model.stream(QUESTION, ChatOptions()))  # presence cached: next call goes to /api/chat
    fake.stop()

    with pytest.raises(ProviderUnavailable) as caught:
        list(model.stream(QUESTION, ChatOptions()))

    assert caught.value.provider == "ollama"


def test_http_500_is_provider_unavailable(fake: FakeOllama) -> None:
    fake.fail_status = 500

    with pytest.raises(ProviderUnavailable) as caught:
        list(chat_model(fake.url).stream(QUESTION, ChatOptions()))

    assert "llama runner process has terminated" in str(caught.value)
    assert caught.value.retryable is True
    assert caught.value.provider == "ollama"


def test_http_503_queue_full_is_provider_unavailable(fake: FakeOllama) -> None:
    fake.fail_status = 503
    fake.fail_message = "server busy, please try again.  maximum pending requests exceeded"

    with pytest.raises(ProviderUnavailable, match="server busy"):
        list(chat_model(fake.url).stream(QUESTION, ChatOptions()))


def test_http_400_is_provider_rejected(fake: FakeOllama) -> None:
    fake.fail_status = 400
    fake.fail_message = "json: cannot unmarshal string into Go struct field .options of type int"

    with pytest.raises(ProviderRejected) as caught:
        list(chat_model(fake.url).stream(QUESTION, ChatOptions()))

    assert caught.value.retryable is False
    assert caught.value.provider == "ollama"


def test_slow_first_token_is_provider_timeout(fake: FakeOllama) -> None:
    fake.first_token_delay = FOREVER
    events: list[ChatEvent] = []

    with pytest.raises(ProviderTimeout) as caught:
        drain(chat_model(fake.url, timeouts=SHORT).stream(QUESTION, ChatOptions()), events)

    assert events == []
    assert caught.value.retryable is True
    assert caught.value.provider == "ollama"


def test_stall_mid_stream_is_provider_timeout_after_tokens(fake: FakeOllama) -> None:
    fake.chunks = ["Start", " with", " one", " small", " habit."]
    fake.stall_after = 2
    fake.stall_seconds = FOREVER
    events: list[ChatEvent] = []

    with pytest.raises(ProviderTimeout):
        drain(chat_model(fake.url, timeouts=SHORT).stream(QUESTION, ChatOptions()), events)

    assert tokens(events) == ["Start", " with"]
    assert all(isinstance(e, TokenEvent) for e in events)


def test_error_line_mid_stream_is_provider_unavailable_after_tokens(fake: FakeOllama) -> None:
    fake.chunks = ["Keep", " going", " every", " day"]
    fake.error_after = 3
    events: list[ChatEvent] = []

    with pytest.raises(ProviderUnavailable, match="llama runner process has terminated"):
        drain(chat_model(fake.url).stream(QUESTION, ChatOptions()), events)

    assert tokens(events) == ["Keep", " going", " every"]


# check() ------------------------------------------------------------------------------------


def test_check_reports_reachable_with_model(fake: FakeOllama) -> None:
    status = chat_model(fake.url).check()

    assert (status.name, status.reachable, status.model, status.model_present) == (
        "ollama",
        True,
        CHAT_MODEL,
        True,
    )
    assert status.fix == ""


def test_check_reports_missing_model_with_pull_fix(fake: FakeOllama) -> None:
    status = chat_model(fake.url, model="qwen2.5:7b").check()

    assert status.reachable is True
    assert status.model_present is False
    assert status.fix == "run `ollama pull qwen2.5:7b`"
    assert "llama3.1:8b" in status.detail  # lists what is installed


def test_check_reports_unreachable_server() -> None:
    model = chat_model(refused_host(), timeouts=SHORT)

    status = model.check()

    assert status.reachable is False
    assert status.model_present is False
    assert status.fix == "start Ollama: `ollama serve`, or set OLLAMA_HOST"


def test_check_matches_implicit_latest_tag(fake: FakeOllama) -> None:
    status = embedder(fake.url).check()

    assert status.model == EMBED_MODEL
    assert status.model_present is True


def test_successful_check_primes_the_presence_cache(fake: FakeOllama) -> None:
    model = chat_model(fake.url)
    model.check()

    list(model.stream(QUESTION, ChatOptions()))

    assert fake.count("/api/tags") == 1


# embedder -----------------------------------------------------------------------------------


def test_embed_batch_returns_one_vector_per_text_of_the_dimension(fake: FakeOllama) -> None:
    fake.embedding_dimension = 12
    emb = embedder(fake.url)

    vectors = emb.embed_batch(["sleep earlier", "walk after lunch", "drink water"])

    assert len(vectors) == 3
    assert all(len(v) == 12 for v in vectors)
    assert emb.dimension == 12
    assert vectors[1] == pytest.approx(fake_vector(EMBED_MODEL, "walk after lunch", 12))


def test_same_text_gives_same_vector_and_order_is_kept(fake: FakeOllama) -> None:
    emb = embedder(fake.url)

    first = emb.embed_batch(["rest", "focus"])
    again = emb.embed_batch(["focus", "rest"])

    assert first[0] == again[1]
    assert first[1] == again[0]
    assert first[0] != first[1]


def test_embed_request_carries_model_input_list_and_keep_alive(fake: FakeOllama) -> None:
    embedder(fake.url, keep_alive="1h").embed_batch(["one text"])

    body = fake.last_body("/api/embed")
    assert body == {"model": EMBED_MODEL, "input": ["one text"], "keep_alive": "1h"}


def test_empty_input_returns_empty_without_a_request(fake: FakeOllama) -> None:
    emb = embedder(fake.url, dimension=8)

    assert emb.embed_batch([]) == []
    assert fake.count("/api/embed") == 0


def test_dimension_is_discovered_once_by_a_probe(fake: FakeOllama) -> None:
    fake.embedding_dimension = 24
    emb = embedder(fake.url)

    assert emb.dimension == 24
    assert emb.dimension == 24
    assert fake.count("/api/embed") == 1


def test_explicit_dimension_needs_no_probe(fake: FakeOllama) -> None:
    emb = embedder(fake.url, dimension=8)

    assert emb.dimension == 8
    assert isinstance(emb, Embedder)
    assert emb.id == "ollama/nomic-embed-text"
    assert fake.count("/api/embed") == 0


def test_vectors_of_another_length_are_refused(fake: FakeOllama) -> None:
    emb = embedder(fake.url, dimension=768)

    with pytest.raises(ModelError, match="expected 768") as caught:
        emb.embed_batch(["a"])

    assert caught.value.retryable is False


def test_embedder_missing_model_is_model_not_found(fake: FakeOllama) -> None:
    fake.models = [CHAT_MODEL]

    with pytest.raises(ModelNotFound, match="ollama pull nomic-embed-text"):
        embedder(fake.url).embed_batch(["x"])


def test_embedder_http_500_is_provider_unavailable(fake: FakeOllama) -> None:
    fake.fail_status = 500

    with pytest.raises(ProviderUnavailable):
        embedder(fake.url).embed_batch(["x"])


def test_embedder_connection_refused_is_provider_unavailable() -> None:
    emb = embedder(refused_host(), timeouts=SHORT, dimension=8)

    with pytest.raises(ProviderUnavailable) as caught:
        emb.embed_batch(["x"])

    assert caught.value.provider == "ollama"


def test_embedder_slow_answer_is_provider_timeout(fake: FakeOllama) -> None:
    fake.first_token_delay = FOREVER
    emb = embedder(fake.url, timeouts=SHORT, dimension=8)

    with pytest.raises(ProviderTimeout):
        emb.embed_batch(["x"])


# the fake itself speaks Ollama's wire format -------------------------------------------------


def test_fake_streams_ndjson_with_ollama_fields(fake: FakeOllama) -> None:
    fake.chunks = ["Hi", " there"]
    request = {"model": CHAT_MODEL, "messages": [{"role": "user", "content": "hello"}]}

    with httpx.stream("POST", f"{fake.url}/api/chat", json=request) as response:
        lines = [json.loads(line) for line in response.iter_lines() if line]

    assert response.headers["content-type"] == "application/x-ndjson"
    assert [line["message"]["content"] for line in lines[:-1]] == ["Hi", " there"]
    assert all(set(line) == {"model", "created_at", "message", "done"} for line in lines[:-1])
    assert not any(line["done"] for line in lines[:-1])
    final = lines[-1]
    assert final["done"] is True
    assert final["done_reason"] == "stop"
    assert {
        "total_duration",
        "load_duration",
        "prompt_eval_count",
        "prompt_eval_duration",
        "eval_count",
        "eval_duration",
    } <= set(final)
    assert (final["prompt_eval_count"], final["eval_count"]) == (1, 2)


def test_fake_answers_once_when_not_streaming(fake: FakeOllama) -> None:
    fake.chunks = ["All", " at", " once"]
    request = {
        "model": CHAT_MODEL,
        "messages": [{"role": "user", "content": "hello"}],
        "stream": False,
    }

    answer = httpx.post(f"{fake.url}/api/chat", json=request).json()

    assert answer["message"] == {"role": "assistant", "content": "All at once"}
    assert answer["done"] is True


def test_fake_missing_model_answers_exactly_like_ollama(fake: FakeOllama) -> None:
    request = {"model": "phi3", "messages": [{"role": "user", "content": "hi"}]}

    response = httpx.post(f"{fake.url}/api/chat", json=request)

    assert response.status_code == 404
    assert response.text == '{"error":"model \\"phi3\\" not found, try pulling it first"}'
    assert response.json() == {"error": 'model "phi3" not found, try pulling it first'}


def test_fake_tags_version_and_show(fake: FakeOllama) -> None:
    tags = httpx.get(f"{fake.url}/api/tags").json()
    version = httpx.get(f"{fake.url}/api/version").json()
    shown = httpx.post(f"{fake.url}/api/show", json={"model": EMBED_MODEL}).json()
    missing = httpx.post(f"{fake.url}/api/show", json={"model": "phi3"})

    assert [m["name"] for m in tags["models"]] == ["llama3.1:8b", "nomic-embed-text:latest"]
    entry = tags["models"][0]
    assert set(entry) == {"name", "model", "modified_at", "size", "digest", "details"}
    assert entry["details"]["format"] == "gguf"
    assert version == {"version": fake.version}
    assert shown["capabilities"] == ["embedding"]
    assert shown["model_info"]["nomic-bert.embedding_length"] == fake.embedding_dimension
    assert (missing.status_code, missing.json()) == (404, {"error": "model 'phi3' not found"})
