"""Optional OpenTelemetry tracing: off by default, a span per request when on."""

from __future__ import annotations

from fastapi.testclient import TestClient
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from app.main import create_app
from app.ops.tracing import build_tracer
from app.settings import Settings
from app.wiring import Overrides
from tests.app.web_support import seed_world
from tests.knowledge.retrieval_support import FakeEmbedder
from tests.models.fakes import ScriptedModel


def test_tracing_is_off_by_default(settings: Settings) -> None:
    assert settings.otel_endpoint is None
    assert build_tracer(settings) is None


def test_each_request_becomes_a_span_named_by_its_route(settings: Settings) -> None:
    seed_world(settings)
    exporter = InMemorySpanExporter()
    overrides = Overrides(chain=ScriptedModel(), embedder=FakeEmbedder())
    app = create_app(settings, overrides, tracer=build_tracer(settings, exporter))
    with TestClient(app) as client:
        response = client.get("/api/v1/conversations/12345", headers={"X-Request-ID": "t-1"})
        assert response.status_code == 401
        client.get("/healthz")
    spans = exporter.get_finished_spans()
    names = [span.name for span in spans]
    assert names == ["GET /api/v1/conversations/{conversation_id}", "GET /healthz"]
    first = spans[0]
    assert first.attributes["http.status_code"] == 401
    assert first.attributes["lodestar.request_id"] == "t-1"
    assert first.resource.attributes["service.name"] == "lodestar"


def test_an_endpoint_setting_builds_an_otlp_exporter(settings: Settings) -> None:
    traced = settings.model_copy(update={"otel_endpoint": "http://127.0.0.1:4318"})
    tracer = build_tracer(traced)
    assert tracer is not None
