"""Optional OpenTelemetry tracing: a span per HTTP request, exported over OTLP/HTTP.

Off unless `LODESTAR_OTEL_ENDPOINT` is set; the packages are the optional extra `otel`
(`pip install 'lodestar[otel]'`) and are imported only when tracing is on.
"""

from __future__ import annotations

import logging
from typing import Any

from app.settings import Settings

log = logging.getLogger(__name__)
SERVICE_NAME = "lodestar"


def build_tracer(settings: Settings, exporter: Any = None) -> Any:
    """A tracer exporting to the configured endpoint (or `exporter`, e.g. in tests); else None."""
    if exporter is None and not settings.otel_endpoint:
        return None
    try:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
    except ImportError:
        log.warning("LODESTAR_OTEL_ENDPOINT is set but OpenTelemetry is not installed; "
                    "install the `otel` extra. Tracing is off.")
        return None
    provider = TracerProvider(resource=Resource.create({"service.name": SERVICE_NAME}))
    if exporter is not None:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    else:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        endpoint = str(settings.otel_endpoint).rstrip("/")
        if not endpoint.endswith("/v1/traces"):
            endpoint += "/v1/traces"
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    # The provider is kept by the tracer (not set globally), so each app instance has its own.
    return provider.get_tracer("lodestar")
