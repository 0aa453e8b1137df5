"""OLLAMA_HOST as a comma-separated pool: requests rotate over the hosts and skip dead ones."""

from __future__ import annotations

import pytest

from app.settings import Settings, load_settings
from app.wiring import build_provider
from models.pool import ChatPool
from models.ports import ChatMessage, ChatOptions, ProviderUnavailable, TokenEvent, collect_text
from tests.fakes.ollama_server import FakeOllama
from tests.models.fakes import ScriptedModel
from tests.servers import free_port

QUESTION = [ChatMessage("user", "Why is the sky blue?")]


def test_a_comma_separated_host_list_is_normalised() -> None:
    settings = load_settings(ollama_host=" gpu-1:11434 , http://gpu-2:11434/ ,")
    assert settings.ollama_hosts == ["http://gpu-1:11434", "http://gpu-2:11434"]
    assert load_settings().ollama_hosts == ["http://127.0.0.1:11434"]


def test_requests_rotate_over_live_hosts_and_skip_a_dead_one(settings: Settings) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    with FakeOllama() as first, FakeOllama() as second:
        pooled = settings.model_copy(update={"ollama_host": f"{first.url},{dead},{second.url}"})
        pool = build_provider(pooled, "ollama")
        assert isinstance(pool, ChatPool) and pool.provider == "ollama"
        try:
            answers = [collect_text(pool.stream(QUESTION, ChatOptions(max_tokens=8)))[0]
                       for _ in range(6)]
            status = pool.check()
        finally:
            pool.close()
        served = (first.count("/api/chat"), second.count("/api/chat"))
    assert all(answer.startswith("The sky") for answer in answers)
    # Turns start at first, dead (-> second), second, first, dead (-> second), second.
    assert served == (2, 4)
    assert status.reachable and status.model_present
    assert status.detail.startswith("2 of 3 hosts usable")


def test_a_failure_after_tokens_is_not_retried_elsewhere() -> None:
    broken = ScriptedModel(provider="ollama", model="m", tokens=("a", "b"),
                           error=ProviderUnavailable("lost"), fail_after=1)
    healthy = ScriptedModel(provider="ollama", model="m")
    pool = ChatPool([broken, healthy])
    seen: list[str] = []
    with pytest.raises(ProviderUnavailable):
        for event in pool.stream(QUESTION, ChatOptions()):
            if isinstance(event, TokenEvent):
                seen.append(event.text)
    assert seen == ["a"] and healthy.calls == 0


def test_a_pool_needs_one_provider_and_model() -> None:
    with pytest.raises(ValueError, match="same provider and model"):
        ChatPool([ScriptedModel(model="a"), ScriptedModel(model="b")])
