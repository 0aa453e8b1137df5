"""Wiring the model layer from settings, and the local-first default path end to end."""

from __future__ import annotations

import pytest

from app.settings import Settings
from app.wiring import build_model_layer, build_providers
from models.ports import ChatMessage, ChatOptions, DoneEvent, ErrorEvent, TokenEvent


def test_hosted_providers_need_their_key(settings: Settings) -> None:
    assert [p.provider for p in build_providers(settings)] == ["ollama", "embedded"]
    keyed = settings.model_copy(update={"openai_api_key": "sk-test", "anthropic_api_key": "a"})
    keyed = Settings.model_validate(keyed.model_dump())
    assert [p.provider for p in build_providers(keyed)] == [
        "ollama", "embedded", "openai", "anthropic"
    ]


def test_chain_order_follows_the_setting(settings: Settings) -> None:
    ordered = Settings.model_validate({**settings.model_dump(), "model_chain": ["embedded"]})
    layer = build_model_layer(ordered)
    try:
        assert [p.provider for p in layer.providers] == ["embedded"]
        assert set(layer.breakers) == {"embedded"}
    finally:
        layer.close()


@pytest.mark.slow
def test_unreachable_ollama_falls_back_to_the_embedded_model(settings: Settings) -> None:
    layer = build_model_layer(settings)
    try:
        events = list(layer.chain.stream(
            [ChatMessage("user", "Say hello to a new learner.")],
            ChatOptions(max_tokens=16, temperature=0.0),
        ))
    finally:
        layer.close()
    assert not [e for e in events if isinstance(e, ErrorEvent)], events
    assert any(isinstance(e, TokenEvent) and e.text for e in events)
    done = events[-1]
    assert isinstance(done, DoneEvent)
    assert done.provider == "embedded" and done.model.startswith("SmolLM2")
