"""Prometheus metrics: every series Lodestar exports is named here, once.

Domain code records into these objects (`metrics.NUDGES.labels(channel="email",
outcome="sent").inc()`); `/metrics` exposes them. Label values must be bounded sets
(route templates, provider names, categories), never ids or user text.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

HTTP_LATENCY = Histogram(
    "lodestar_http_request_seconds",
    "HTTP request latency by route template, method and status class.",
    ["route", "method", "status"],
    buckets=LATENCY_BUCKETS,
)
CHAT_FIRST_TOKEN = Histogram(
    "lodestar_chat_first_token_seconds",
    "Time from a learner message to the answer's first token.",
    ["provider", "model"],
    buckets=LATENCY_BUCKETS,
)
CHAT_TOKENS_PER_SECOND = Histogram(
    "lodestar_chat_tokens_per_second",
    "Generation speed of finished answers.",
    ["provider", "model"],
    buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500),
)
PROVIDER_ERRORS = Counter(
    "lodestar_provider_errors_total", "Chat provider failures.", ["provider", "kind"]
)
PROVIDER_FALLBACKS = Counter(
    "lodestar_provider_fallbacks_total",
    "Answers handed from one provider to the next.",
    ["from_provider", "to_provider"],
)
CIRCUIT_STATE = Gauge(
    "lodestar_circuit_state",
    "Circuit breaker state per provider: 0 closed, 1 half-open, 2 open.",
    ["provider"],
    multiprocess_mode="livemax",  # with several workers: the worst state any live one sees
)
RETRIEVAL_LATENCY = Histogram(
    "lodestar_retrieval_seconds", "Hybrid knowledge search latency.", buckets=LATENCY_BUCKETS
)
INGEST_JOBS = Counter(
    "lodestar_ingest_jobs_total", "Document ingestion jobs by outcome.", ["outcome"]
)
INGEST_CHUNKS = Counter("lodestar_ingest_chunks_total", "Chunks embedded and stored.")
NUDGES = Counter(
    "lodestar_nudges_total",
    "Nudges by channel and outcome (generated, sent, failed).",
    ["channel", "outcome"],
)
RED_FLAGS = Counter(
    "lodestar_red_flags_total", "Learner messages flagged, by category and severity.",
    ["category", "severity"],
)
OPEN_ESCALATIONS = Gauge(
    "lodestar_open_escalations", "Escalation cases not yet resolved (set at scrape time).",
    multiprocess_mode="livemostrecent",  # whichever worker answered the latest scrape
)
