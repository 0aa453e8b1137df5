"""/metrics: HTTP latency by route template, chat timings, provider and retrieval series."""

from __future__ import annotations

from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from app.ops.telemetry import chain_observer, circuit_changed, error_kind
from app.settings import Settings
from models.chain import FallbackChain, RetryPolicy
from models.ports import ChatMessage, ChatOptions, ProviderUnavailable, Timeouts
from tests.app.web_support import build_app, seed_world
from tests.models.fakes import ScriptedModel
from tests.ops.support import sample

ROUTE = "/api/v1/conversations/{conversation_id}/messages"


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_metrics_after_a_chat_name_route_templates_and_chat_timings(settings: Settings) -> None:
    world = seed_world(settings)
    before = _value("lodestar_http_request_seconds_count", route=ROUTE, method="POST",
                    status="2xx")
    answers_before = _value("lodestar_chat_first_token_seconds_count", provider="fake",
                            model="fake-1")
    with TestClient(build_app(settings)) as client:
        created = client.post("/api/v1/coaches/maya/conversations", json={},
                              headers=world.learner)
        conversation = created.json()["id"]
        sent = client.post(f"/api/v1/conversations/{conversation}/messages",
                           json={"text": "How do I keep a habit?"}, headers=world.learner)
        assert sent.status_code == 200 and "event: done" in sent.text
        assert sent.headers["x-request-id"]
        text = client.get("/metrics").text
    count = sample(text, "lodestar_http_request_seconds_count", route=ROUTE, method="POST",
                   status="2xx")
    assert count == before + 1
    assert f"/api/v1/conversations/{conversation}/" not in text  # never the raw path
    assert sample(text, "lodestar_chat_first_token_seconds_count", provider="fake",
                  model="fake-1") == answers_before + 1
    assert (sample(text, "lodestar_retrieval_seconds_count") or 0) >= 1
    assert sample(text, "lodestar_circuit_state", provider="embedded") == 0
    for name in ("lodestar_provider_errors_total", "lodestar_provider_fallbacks_total",
                 "lodestar_ingest_jobs_total", "lodestar_nudges_total",
                 "lodestar_red_flags_total", "lodestar_open_escalations",
                 "lodestar_chat_tokens_per_second"):
        assert f"# TYPE {name.removesuffix('_total')}" in text, name
    assert sample(text, "lodestar_open_escalations") == 0


def test_an_unknown_path_is_one_series_not_one_per_path(settings: Settings) -> None:
    seed_world(settings)
    with TestClient(build_app(settings)) as client:
        for n in range(3):
            assert client.get(f"/no/such/{n}").status_code == 404
        text = client.get("/metrics").text
    assert "/no/such" not in text
    assert (sample(text, "lodestar_http_request_seconds_count", route="unmatched",
                   method="GET", status="4xx") or 0) >= 3


def test_the_chain_observer_counts_errors_fallbacks_and_circuit_states() -> None:
    down = ScriptedModel(provider="ollama", model="m", error=ProviderUnavailable("refused"))
    up = ScriptedModel(provider="embedded", model="s")
    errors = _value("lodestar_provider_errors_total", provider="ollama", kind="unavailable")
    falls = _value("lodestar_provider_fallbacks_total", from_provider="ollama",
                   to_provider="embedded")
    chain = FallbackChain(providers=[down, up], timeouts=Timeouts(1, 5, 10),
                          retry=RetryPolicy(max_retries=0), on_event=chain_observer(
                              ["ollama", "embedded"]))
    list(chain.stream([ChatMessage("user", "hi")], ChatOptions()))
    assert _value("lodestar_provider_errors_total", provider="ollama",
                  kind="unavailable") == errors + 1
    assert _value("lodestar_provider_fallbacks_total", from_provider="ollama",
                  to_provider="embedded") == falls + 1
    circuit_changed("ollama", "open")
    assert _value("lodestar_circuit_state", provider="ollama") == 2
    circuit_changed("ollama", "half_open")
    assert _value("lodestar_circuit_state", provider="ollama") == 1
    assert error_kind("timed out: no first token within 5 s") == "timeout"
