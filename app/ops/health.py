"""Liveness (`/healthz`) and readiness (`/readyz`): what a load balancer and an operator ask.

`/healthz` does no I/O: the process is up and its event loop answers. `/readyz` checks the
database (reachable, migrated to this version's newest revision), Chroma, that at least one
chat provider is usable, and the scheduler; it answers 503 with every failing check named.
It also reports the red-flag classifier, which never fails readiness: without its trained head
the chat falls back to the explicit-statement rules, a degraded service rather than none, and
taking every instance out of the load balancer for it would stop the chat altogether. Such a
check is listed under `degraded` (still 200), for monitoring to alert on.
The provider and Chroma checks are cached for `LODESTAR_READINESS_CACHE_SECONDS`, so a
load balancer polling every second costs one probe per few seconds, not one per poll.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from app.doctor import Check, provider_check

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Probe:
    """One readiness check's verdict, as /readyz reports it."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    # Working, but worse than it should be: reported, never a reason to answer 503.
    degraded: bool = False


class TimedCache:
    """Remembers a value for `ttl` seconds (per key), computing it once per expiry."""

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._values: dict[str, tuple[float, Any]] = {}

    def get(self, key: str, compute: Callable[[], Any]) -> Any:
        """The cached value for key, or a fresh one when it is missing or expired."""
        now = self._clock()
        with self._lock:
            hit = self._values.get(key)
            if hit is not None and now - hit[0] < self.ttl:
                return hit[1]
        value = compute()
        with self._lock:
            self._values[key] = (now, value)
        return value


def check_database(state: Any) -> Probe:
    """The app's database answers and is migrated to this version's newest revision."""
    from alembic.runtime.migration import MigrationContext

    from app import migrate

    try:
        with state.db.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except Exception as error:
        return Probe("database", False, f"{type(error).__name__}: {_first_line(error)}",
                     "check LODESTAR_DATABASE_URL and that the server is running")
    head = _head_revision(migrate.head_revision)
    if current != head:
        return Probe("database", False, f"at revision {current or 'base'}, newest is {head}",
                     "run `lodestar db upgrade`")
    return Probe("database", True, f"migrated to {head}")


_HEAD: list[str | None] = []


def _head_revision(find: Callable[[], str | None]) -> str | None:
    """The newest shipped revision; read from disk once per process."""
    if not _HEAD:
        _HEAD.append(find())
    return _HEAD[0]


def check_chroma(state: Any) -> Probe:
    """Chroma (embedded or server) answers a heartbeat."""
    from knowledge.chroma import describe

    settings = state.settings
    try:
        return Probe("chroma", True, describe(path=settings.chroma_dir, url=settings.chroma_url))
    except Exception as error:
        return Probe("chroma", False, f"{type(error).__name__}: {_first_line(error)}",
                     "start the Chroma server or unset LODESTAR_CHROMA_URL")


def check_models(state: Any) -> Probe:
    """At least one chat provider of the chain is usable (reachable, with its model)."""
    providers = list(getattr(state.models, "providers", []))
    checks: list[Check] = []
    for provider in providers:
        try:
            checks.append(provider_check(provider.provider, provider))
        except Exception as error:
            checks.append(Check(f"chat: {provider.provider}", False,
                                f"{type(error).__name__}: {_first_line(error)}"))
    usable = [c.name.removeprefix("chat: ") for c in checks if c.ok]
    if usable:
        return Probe("models", True, "usable: " + ", ".join(usable))
    failing = "; ".join(f"{c.name.removeprefix('chat: ')}: {c.detail.strip()}" for c in checks)
    return Probe("models", False, failing or "no chat provider is configured",
                 "start Ollama or check LODESTAR_MODEL_CHAIN and the provider settings "
                 "(`lodestar doctor` says more)")


def check_scheduler(state: Any) -> Probe:
    """The engagement scheduler: running (as leader or standby) and without errors."""
    scheduler = getattr(state, "scheduler", None)
    if scheduler is None:
        return Probe("scheduler", True, "no scheduler in this process")
    try:
        status: dict[str, Any] = dict(scheduler.status())
    except Exception as error:
        return Probe("scheduler", False, f"{type(error).__name__}: {_first_line(error)}")
    if status.get("enabled") is False:
        return Probe("scheduler", True, "disabled in this process")
    if status.get("error"):
        return Probe("scheduler", False, f"error: {status['error']}",
                     "check the database; the scheduler retries on its own")
    if status.get("running") is False or status.get("ok") is False:
        return Probe("scheduler", False, "the scheduler is not running",
                     "restart this worker; see its log for why the scheduler stopped")
    role = "leader (runs the jobs)" if status.get("leader") else (
        f"standby (lease held by {status.get('lease_holder') or 'nobody yet'})")
    return Probe("scheduler", True, role)


def check_safety(state: Any) -> Probe:
    """The red-flag classifier in use: the trained head, still loading, or the rules alone."""
    from safety.hook import RulesClassifier, WarmClassifier

    classifier = getattr(getattr(state, "safety", None), "classifier", None)
    if classifier is None:
        return Probe("safety", True, "no safety layer in this process")
    if isinstance(classifier, WarmClassifier):
        if not classifier.ready:
            return Probe("safety", True, "the red-flag classifier is loading "
                         "(chat messages wait for it)")
        classifier = classifier.loaded
    if isinstance(classifier, RulesClassifier):
        return Probe("safety", True, "degraded: the trained red-flag head is not loaded; "
                     "learner messages are screened by the explicit-statement rules alone",
                     "run `lodestar doctor`; `lodestar safety train` rebuilds the head, "
                     "then restart", degraded=True)
    return Probe("safety", True, "the trained red-flag classifier is loaded")


def readiness(state: Any, cache: TimedCache) -> list[Probe]:
    """Every readiness check; the slow ones come from the cache."""
    return [
        check_database(state),
        cache.get("chroma", lambda: check_chroma(state)),
        cache.get("models", lambda: check_models(state)),
        check_scheduler(state),
        check_safety(state),
    ]


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else ""


@router.get("/healthz")
async def healthz() -> JSONResponse:
    """Liveness: the process answers (no I/O, so a slow database never restarts it)."""
    return JSONResponse({"status": "ok"})


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    """Readiness: 200 when every check passes, else 503 naming what is wrong and the fix."""
    state = request.app.state
    cache: TimedCache | None = getattr(state, "readiness_cache", None)
    if cache is None:
        cache = state.readiness_cache = TimedCache(state.settings.readiness_cache_seconds)
    probes = await run_in_threadpool(readiness, state, cache)
    failing = [probe.name for probe in probes if not probe.ok]
    body = {
        "status": "ready" if not failing else "not ready",
        "failing": failing,
        "degraded": [probe.name for probe in probes if probe.degraded],
        "checks": {probe.name: asdict(probe) for probe in probes},
    }
    return JSONResponse(body, status_code=503 if failing else 200)
