"""Wiring the model layer from settings, and the local-first default path end to end."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from app.settings import Settings
from app.wiring import RetrieverSearch, build_knowledge, build_model_layer, build_providers
from knowledge.service import ingest_bytes
from models.embeddings import MINILM_DIMENSION, MINILM_ID
from models.ports import ChatMessage, ChatOptions, DoneEvent, ErrorEvent, TokenEvent
from safety.injection_model import LearnedScorer
from tests.factories import make_coach
from tests.knowledge.retrieval_support import FakeEmbedder


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


def test_knowledge_gets_one_real_injection_screener_for_ingestion_and_chat(
    settings: Settings, session: Session
) -> None:
    # An embedder with MiniLM's id stands for the app's MiniLM, which the learned layer shares.
    embedder = FakeEmbedder(id=MINILM_ID, dimension=MINILM_DIMENSION)
    layer = build_knowledge(settings, embedder)  # type: ignore[arg-type]
    assert isinstance(layer.screener.scorer, LearnedScorer)
    assert layer.pipeline.screen == layer.screener.reasons
    # Fake vectors make the learned scores meaningless: flag a marker deterministically.
    layer.pipeline.screen = lambda texts: [("planted",) if "MARKER" in t else () for t in texts]
    coach = make_coach(session)
    data = (b"# Anchors\n\nTie each new habit to an anchor you already keep.\n\n"
            b"# Odd\n\nMARKER anchors habit text planted here.\n")
    result = ingest_bytes(session=session, coach=coach, filename="a.md", data=data,
                          pipeline=layer.pipeline)
    assert result.status == "ingested" and result.chunks == 2
    calls = embedder.calls
    hits = RetrieverSearch(layer.retriever, layer.screener).search(coach.id, "anchor habit", 5)
    assert [hit.section for hit in hits] == ["Anchors"]
    assert embedder.calls == calls + 1  # the query alone: stored verdicts need no learned layer


def test_the_learned_injection_layer_can_be_switched_off(settings: Settings) -> None:
    off = Settings.model_validate({**settings.model_dump(), "injection_model": False})
    layer = build_knowledge(off, FakeEmbedder())  # type: ignore[arg-type]
    assert layer.screener.scorer is None and layer.pipeline.screen is None
