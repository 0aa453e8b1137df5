"""Prometheus `/metrics`, the request middleware (request id, latency, access log) and recorders.

Several uvicorn worker processes share one `/metrics`: `lodestar serve --workers N` points
`PROMETHEUS_MULTIPROC_DIR` at a fresh folder in the data directory before the workers start,
each worker writes its samples there, and whichever worker answers the scrape aggregates
them all (prometheus-client's multiprocess mode). With one worker the default registry is used.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
import time
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest
from starlette.concurrency import run_in_threadpool

from app import metrics
from app.logging_setup import request_id_var
from models.chain import ChainNotice

log = logging.getLogger("lodestar.http")
router = APIRouter(include_in_schema=False)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"  # prometheus-client's own variable, not a setting
REQUEST_ID_HEADER = "x-request-id"
_VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
CIRCUIT_VALUES = {"closed": 0, "half_open": 1, "open": 2}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def prepare_multiprocess_dir(data_dir: Path) -> Path:
    """Empty `data_dir/prometheus` and export it for the worker processes about to start."""
    folder = data_dir / "prometheus"
    shutil.rmtree(folder, ignore_errors=True)  # samples of a previous run would be summed in
    folder.mkdir(parents=True, exist_ok=True)
    os.environ[MULTIPROC_ENV] = str(folder)
    return folder


def worker_exited(pid: int) -> None:
    """Drop a dead worker's live gauges (call from a process manager when a worker exits)."""
    if os.environ.get(MULTIPROC_ENV):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid)


def exposition() -> bytes:
    """The text exposition: every worker's samples in multiprocess mode, else this process's."""
    if os.environ.get(MULTIPROC_ENV):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest(REGISTRY)


def count_open_escalations(state: Any) -> int | None:
    """Open escalations from the safety tables, or None while that module does not exist."""
    try:
        from safety.models import CaseStatus, EscalationCase
    except ImportError:
        return None
    from sqlalchemy import func, select

    with state.db.sessions() as session:
        query = select(func.count()).select_from(EscalationCase).where(
            EscalationCase.status != CaseStatus.RESOLVED)
        return int(session.scalar(query) or 0)


@router.get("/metrics")
async def metrics_endpoint(request: Request) -> Response:
    """Prometheus metrics for every worker of this host."""
    try:
        escalations = await run_in_threadpool(count_open_escalations, request.app.state)
    except Exception:
        log.warning("counting open escalations failed", exc_info=True)
        escalations = None
    if escalations is not None:
        metrics.OPEN_ESCALATIONS.set(escalations)
    body = await run_in_threadpool(exposition)
    return Response(body, media_type=CONTENT_TYPE_LATEST)


def route_label(scope: Scope) -> str:
    """The matched route template (`/api/v1/conversations/{conversation_id}`), not the path."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str):
        return path
    if str(scope.get("path", "")).startswith("/static/"):
        return "/static"
    return "unmatched"


def new_request_id(sent: str | None) -> str:
    """The client's X-Request-ID when it is sane, else a fresh random one."""
    if sent and _VALID_ID.match(sent):
        return sent
    return secrets.token_hex(8)


class RequestMiddleware:
    """Per request: a request id (X-Request-ID in and out), latency by route, one log line.

    A pure ASGI middleware (not BaseHTTPMiddleware), so streamed answers pass through
    untouched; the latency of a streamed answer is measured to its last byte.
    """

    def __init__(self, app: ASGIApp, tracer: Any = None) -> None:
        self.app = app
        self.tracer = tracer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request (other scopes pass straight through)."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        sent_id = headers.get(REQUEST_ID_HEADER.encode(), b"").decode("latin-1") or None
        request_id = new_request_id(sent_id)
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = {"code": 500}
        worker = str(os.getpid()).encode()

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = int(message["status"])
                extra = [(b"x-request-id", request_id.encode()), (b"x-lodestar-worker", worker)]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        span = self._start_span(scope)
        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            elapsed = time.perf_counter() - started
            route = route_label(scope)
            method = str(scope.get("method", ""))
            metrics.HTTP_LATENCY.labels(route=route, method=method,
                                        status=f"{status['code'] // 100}xx").observe(elapsed)
            self._end_span(span, route, status["code"])
            log.info("request", extra={"method": method, "route": route,
                                       "status": status["code"],
                                       "duration_ms": round(elapsed * 1000, 1)})
            request_id_var.reset(token)

    def _start_span(self, scope: Scope) -> Any:
        if self.tracer is None:
            return None
        return self.tracer.start_span(f"{scope.get('method', '')} request",
                                      attributes={"http.method": str(scope.get("method", ""))})

    def _end_span(self, span: Any, route: str, code: int) -> None:
        if span is None:
            return
        span.update_name(f"{span.attributes.get('http.method', '')} {route}".strip())
        span.set_attribute("http.route", route)
        span.set_attribute("http.status_code", code)
        span.set_attribute("lodestar.request_id", request_id_var.get() or "")
        span.end()


def chain_observer(order: list[str]) -> Callable[[ChainNotice], None]:
    """A fallback-chain observer counting provider errors and fallbacks (next provider by order)."""

    def observe(notice: ChainNotice) -> None:
        if notice.kind == "provider_error":
            metrics.PROVIDER_ERRORS.labels(provider=notice.provider,
                                           kind=error_kind(notice.detail)).inc()
        elif notice.kind == "fallback":
            later = order[order.index(notice.provider) + 1:] if notice.provider in order else []
            metrics.PROVIDER_FALLBACKS.labels(from_provider=notice.provider,
                                              to_provider=later[0] if later else "none").inc()

    return observe


def error_kind(detail: str) -> str:
    """A bounded label for a provider error's text."""
    lowered = detail.lower()
    for kind, words in (("timeout", ("timed out", "timeout")),
                        ("model_missing", ("not found", "no such model", "missing")),
                        ("unavailable", ("refused", "unreachable", "connect", "unavailable",
                                         "server error", "503", "502"))):
        if any(word in lowered for word in words):
            return kind
    return "other"


def circuit_changed(name: str, state: Any) -> None:
    """Breaker listener: publish the new circuit state (0 closed, 1 half-open, 2 open)."""
    metrics.CIRCUIT_STATE.labels(provider=name).set(CIRCUIT_VALUES.get(str(state), 0))


def record_answer(provider: str | None, model: str | None, first_token_ms: int | None,
                  latency_ms: int | None, completion_tokens: int | None) -> None:
    """Time to first token and generation speed of one saved answer."""
    if not provider or not model:
        return
    if first_token_ms is not None:
        metrics.CHAT_FIRST_TOKEN.labels(provider=provider, model=model).observe(
            first_token_ms / 1000)
    if first_token_ms is not None and latency_ms is not None and completion_tokens:
        generating = (latency_ms - first_token_ms) / 1000
        if generating > 0:
            metrics.CHAT_TOKENS_PER_SECOND.labels(provider=provider, model=model).observe(
                completion_tokens / generating)
