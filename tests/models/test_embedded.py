"""The embedded llama.cpp adapter, with the real packaged SmolLM2 model."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.embedded import EmbeddedChat, packaged_model_path
from models.ports import (
    ChatMessage,
    ChatOptions,
    DoneEvent,
    ModelError,
    ModelNotFound,
    ProviderBusy,
    QueuedEvent,
    StartedEvent,
    TokenEvent,
    UsageEvent,
    collect_text,
)

PROMPT = [
    ChatMessage("system", "You are a concise habits coach."),
    ChatMessage("user", "Give me one tip to start exercising."),
]
GREEDY = ChatOptions(max_tokens=24, temperature=0.0, seed=7)


@pytest.fixture(scope="module")
def smollm() -> Iterator[EmbeddedChat]:
    """The real packaged model, loaded once for this module."""
    model = EmbeddedChat(n_ctx=1024)
    yield model
    model.close()


def test_packaged_model_is_found_without_importing_the_package() -> None:
    path = packaged_model_path()
    assert path is not None and path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.stat().st_size > 50_000_000


@pytest.mark.slow
def test_real_generation_streams_tokens(smollm: EmbeddedChat) -> None:
    events = list(smollm.stream(PROMPT, GREEDY))
    tokens = [e for e in events if isinstance(e, TokenEvent)]
    assert len(tokens) >= 2, events
    assert "".join(t.text for t in tokens).strip()
    usage = next(e for e in events if isinstance(e, UsageEvent))
    assert usage.completion_tokens == len(tokens)
    assert usage.prompt_tokens > 10
    done = events[-1]
    assert isinstance(done, DoneEvent)
    assert (done.provider, done.model) == ("embedded", "SmolLM2-135M-Instruct.Q4_1")
    assert done.finish_reason in {"stop", "length"}


@pytest.mark.slow
def test_concurrent_requests_are_served_through_the_queue(smollm: EmbeddedChat) -> None:
    expected, _ = collect_text(smollm.stream(PROMPT, GREEDY))
    results: list[str] = []
    lock = threading.Lock()

    def ask() -> None:
        text, _ = collect_text(smollm.stream(PROMPT, GREEDY))
        with lock:
            results.append(text)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    # Greedy decoding from one model: serialised requests give identical answers.
    assert results == [expected] * 3


@pytest.mark.slow
def test_closing_the_stream_cancels_generation(smollm: EmbeddedChat) -> None:
    stream = smollm.stream(PROMPT, ChatOptions(max_tokens=200, temperature=0.0))
    assert isinstance(next(stream), QueuedEvent)
    assert isinstance(next(stream), StartedEvent)
    assert isinstance(next(stream), TokenEvent)
    stream.close()
    # The worker moves on: the next request is answered in full.
    text, others = collect_text(smollm.stream(PROMPT, GREEDY))
    assert text and isinstance(others[-1], DoneEvent)


@pytest.mark.slow
def test_counts_tokens_with_the_model_tokenizer(smollm: EmbeddedChat) -> None:
    assert 0 < smollm.count_tokens("Small steps compound.") < 10


def test_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    model = EmbeddedChat(model_path=tmp_path / "absent.gguf")
    with pytest.raises(ModelNotFound, match="LODESTAR_EMBEDDED_MODEL_PATH"):
        list(model.stream(PROMPT, GREEDY))
    assert model.check().model_present is False
    model.close()


@pytest.mark.slow
def test_corrupt_model_file_is_a_clear_error(tmp_path: Path) -> None:
    corrupt = tmp_path / "broken.gguf"
    corrupt.write_bytes(b"GGUF" + b"\x00" * 1024)
    model = EmbeddedChat(model_path=corrupt)
    with pytest.raises(ModelError, match="could not load broken.gguf"):
        list(model.stream(PROMPT, GREEDY))
    model.close()


# --- admission control (a stand-in llama that generates only when told to) ----------------


class GatedLlama:
    """A llama.cpp stand-in: each completion waits for `gate`, then says "ok"."""

    n_tokens = 5

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Semaphore(0)

    def create_chat_completion(self, **_: object) -> Iterator[dict[str, object]]:
        """Signal the start, wait for the gate, then stream one token."""
        self.started.release()
        self.gate.wait(30)
        yield {"choices": [{"delta": {"content": "ok"}, "finish_reason": "stop"}]}


def gated_model(tmp_path: Path, **kwargs: float) -> tuple[EmbeddedChat, GatedLlama]:
    """An EmbeddedChat over a GatedLlama (the model file only has to exist)."""
    path = tmp_path / "gated.gguf"
    path.write_bytes(b"GGUF")
    llama = GatedLlama()
    model = EmbeddedChat(model_path=path, loader=lambda *_: llama, **kwargs)  # type: ignore[arg-type]
    return model, llama


def test_a_full_queue_is_refused_at_once_as_busy(tmp_path: Path) -> None:
    model, llama = gated_model(tmp_path, max_queue=1)
    running = model.stream(PROMPT, GREEDY)
    assert next(running) == QueuedEvent(ahead=0, max_wait=120.0)
    assert llama.started.acquire(timeout=10)  # the worker holds the first request
    waiting = model.stream(PROMPT, GREEDY)
    assert next(waiting) == QueuedEvent(ahead=0, max_wait=120.0)
    with pytest.raises(ProviderBusy, match="1 answers already waiting"):
        next(model.stream(PROMPT, GREEDY))
    llama.gate.set()
    assert collect_text(running)[0] == "ok"
    assert collect_text(waiting)[0] == "ok"
    model.close()


def test_a_request_that_waited_too_long_is_dropped_as_busy(tmp_path: Path) -> None:
    model, llama = gated_model(tmp_path, queue_timeout=0.2)
    running = model.stream(PROMPT, GREEDY)
    next(running)
    assert llama.started.acquire(timeout=10)
    late = model.stream(PROMPT, GREEDY)
    assert isinstance(next(late), QueuedEvent)
    threading.Timer(0.5, llama.gate.set).start()  # the first answer outlasts the wait
    with pytest.raises(ProviderBusy, match="waited"):
        list(late)
    assert collect_text(running)[0] == "ok"
    model.close()


def test_admission_limits_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_queue"):
        EmbeddedChat(model_path=tmp_path / "x.gguf", max_queue=0)
