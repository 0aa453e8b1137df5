"""Load: simulated learners chatting and browsing against two workers and the embedded model.

Setup, in a temporary data dir: `lodestar demo --no-serve` (coach maya and her documents),
then --learners learners enrolled with maya, each with an API token (created in-process with
the account services, which is much faster than one CLI call each). Then a real
`lodestar serve --workers 2` on a free loopback port, Ollama unreachable, so each worker's
llama.cpp (the packaged SmolLM2) answers; one model per worker, so answers queue and the
admission control may answer "busy, retry" (an `error` event with `retry_after`).

Each learner (an asyncio task) opens a conversation and, until --seconds have passed, sends a
chat message (reading the whole SSE stream), then views --views pages (its conversation, its
profile, the home page), and repeats; told the models are busy, it waits the suggested
retry_after before its next message. Messages in flight at the deadline are read to the end.

Reported (one JSON document): requests and chat messages per second, latency p50/p95/p99 of
page views and of whole answers, time to first token p50/p95/p99, stream endings (done,
error, busy), 5xx responses (goal: zero) and lost messages (goal: zero): every message whose
POST was answered 200 must be stored, counted afterwards directly in the database.

Run: .venv/bin/python bench/load.py [--learners 50] [--seconds 60] [--workers 2]
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
from chat_load import COACH, Learner, Sent, percentile, run_cli, send_one  # noqa: E402
from harness import free_port, server_env, start_server, stop_server  # noqa: E402

PAGES = ("/api/v1/conversations/{conversation}", "/api/v1/me", "/")


def progress(message: str) -> None:
    """One progress line on stderr."""
    print(f"[load] {message}", file=sys.stderr, flush=True)


@dataclass
class View:
    """One page view and how it went."""

    path: str
    status: int | None
    ms: float


@dataclass
class Visitor:
    """A learner's chat turns and page views."""

    learner: Learner
    views: list[View] = field(default_factory=list)


def create_learners(data_dir: Path, database_url: str | None, count: int) -> list[Learner]:
    """Learners enrolled with maya, each with a token, in one unit of work."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from app.accounts import service as accounts
    from app.accounts.models import Role
    from app.coaching import service as coaching
    from app.db import unit_of_work
    from app.settings import Settings
    from app.wiring import open_database

    database = open_database(Settings(data_dir=data_dir, database_url=database_url))
    learners = []
    with unit_of_work(database.sessions) as session:
        coach = coaching.get_by_slug(session=session, slug=COACH)
        assert coach is not None, "the demo coach is missing"
        for index in range(count):
            user = accounts.create_user(session=session, email=f"load{index:03d}@bench.lodestar",
                                        password="bench-load-password-1", role=Role.LEARNER,
                                        display_name=f"Load {index}")
            coaching.enrol(session=session, learner=user, coach=coach)
            learners.append(Learner(index=index,
                                    token=accounts.create_token(session=session, user=user)))
    database.dispose()
    return learners


async def view(client: httpx.AsyncClient, visitor: Visitor, path: str) -> None:
    """One page view, timed."""
    start = time.perf_counter()
    status: int | None = None
    try:
        response = await client.get(path)
        status = response.status_code
    except httpx.HTTPError:
        status = None
    visitor.views.append(View(path.split("/")[-1] or "/", status,
                              (time.perf_counter() - start) * 1000))


async def visit(base: str, visitor: Visitor, deadline: float, views: int, timeout: float) -> None:
    """Chat and browse until the deadline."""
    learner = visitor.learner
    headers = {"Authorization": f"Bearer {learner.token}"}
    async with httpx.AsyncClient(base_url=base, headers=headers,
                                 timeout=httpx.Timeout(timeout, connect=30.0)) as client:
        created = await client.post(f"/api/v1/coaches/{COACH}/conversations", json={})
        created.raise_for_status()
        learner.conversation = created.json()["id"]
        seq = 0
        while time.monotonic() < deadline:
            sent = await send_one(client, learner, seq)
            learner.sent.append(sent)
            seq += 1
            retry_at = time.monotonic() + (sent.retry_after or 0)
            for n in range(views):
                if time.monotonic() >= deadline:
                    break
                page = PAGES[(seq + n) % len(PAGES)].format(conversation=learner.conversation)
                await view(client, visitor, page)
            # Told the coach is busy, a person browses and waits the suggested time.
            await asyncio.sleep(max(min(retry_at, deadline) - time.monotonic(), 0))


async def run(base: str, visitors: list[Visitor], seconds: float, drain: float, views: int,
              timeout: float) -> float:
    """Every visitor at once; the wall time in seconds."""
    start = time.monotonic()
    tasks = [asyncio.create_task(visit(base, v, start + seconds, views, timeout))
             for v in visitors]
    _, pending = await asyncio.wait(tasks, timeout=seconds + drain)
    for task in pending:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    if pending:
        progress(f"{len(pending)} learners still waiting after the drain; cancelled")
    return time.monotonic() - start


def count_stored(data_dir: Path, database_url: str | None,
                 learners: list[Learner]) -> dict[str, int]:
    """Each accepted message looked up among the stored user messages, in the database."""
    from sqlalchemy import select

    from app.coaching.models import Message, MessageRole
    from app.settings import Settings
    from app.wiring import open_database

    database = open_database(Settings(data_dir=data_dir, database_url=database_url))
    with database.sessions() as session:
        rows = session.execute(select(Message.conversation_id, Message.content)
                               .where(Message.role == MessageRole.USER)).all()
    database.dispose()
    pool = Counter((conversation, content) for conversation, content in rows)
    counts: Counter[str] = Counter()
    for learner in learners:
        for sent in learner.sent:
            key = (learner.conversation, sent.text)
            found = pool[key] > 0
            pool[key] -= found
            counts["stored" if found else "not_stored"] += 1
            counts["lost"] += int(sent.status == 200 and not found)
    return {"stored": counts["stored"], "not_stored": counts["not_stored"],
            "lost": counts["lost"]}


def spread(values: list[float]) -> dict[str, float | int | None]:
    """p50, p95 and p99 of a list of milliseconds."""
    return {"p50": percentile(values, 50), "p95": percentile(values, 95),
            "p99": percentile(values, 99), "n": len(values)}


def summarise(visitors: list[Visitor], stored: dict[str, int], wall: float) -> dict[str, Any]:
    """Throughput, latencies, endings, 5xx and lost messages."""
    sent: list[Sent] = [s for v in visitors for s in v.learner.sent]
    views = [page for v in visitors for page in v.views]
    statuses = Counter(str(s.status) for s in sent) + Counter(str(p.status) for p in views)
    endings = Counter(s.ending for s in sent if s.status == 200)
    requests = len(sent) + len(views)
    return {
        "requests": requests,
        "requests_per_second": round(requests / wall, 2) if wall else None,
        "chat_messages": len(sent),
        "answers_done": endings.get("done", 0),
        "answers_per_second": round(endings.get("done", 0) / wall, 3) if wall else None,
        "page_views": len(views),
        "responses_by_status": dict(statuses),
        "5xx": sum(1 for s in sent if s.status and s.status >= 500)
        + sum(1 for p in views if p.status and p.status >= 500),
        "stream_endings": dict(endings),
        "lost_messages": stored["lost"],
        "messages_in_database": stored,
        "page_view_ms": spread([p.ms for p in views if p.status == 200]),
        "answer_ms": spread([s.total_ms for s in sent if s.ending == "done"]),
        "ttft_ms": spread([s.ttft_ms for s in sent if s.ttft_ms is not None]),
        "wall_seconds": round(wall, 1),
    }


def main() -> None:
    """Seed, create learners, serve with workers, load, count, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--views", type=int, default=2, help="page views after each chat")
    parser.add_argument("--drain", type=float, default=300.0)
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--database-url", default=None,
                        help="an empty PostgreSQL database to use instead of SQLite")
    parser.add_argument("--set", action="append", default=[], metavar="LODESTAR_X=VALUE",
                        help="an extra server setting (repeatable)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="lodestar-load-"))
    data_dir = tmp / "data"
    env = server_env(data_dir, {"LODESTAR_MAX_TOKENS": str(args.max_tokens),
                                "LODESTAR_CHAT_PER_MINUTE_USER": "0",
                                "LODESTAR_CHAT_PER_MINUTE_TOKEN": "0",
                                "LODESTAR_LOG_LEVEL": "warning",
                                **dict(item.split("=", 1) for item in args.set)})
    if args.database_url:
        env["LODESTAR_DATABASE_URL"] = args.database_url
    progress(f"seeding the demo in {data_dir}")
    run_cli(["demo", "--no-serve"], env)
    database_url = args.database_url
    visitors = [Visitor(learner)
                for learner in create_learners(data_dir, database_url, args.learners)]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    progress(f"starting {args.workers} workers on {base}")
    server = start_server(env, port, tmp / "server.log", workers=args.workers)
    try:
        load_before = os.getloadavg()
        progress(f"{args.learners} learners for {args.seconds:.0f} s")
        wall = asyncio.run(run(base, visitors, args.seconds, args.drain, args.views,
                               args.timeout))
        load_after = os.getloadavg()
    finally:
        stop_server(server)
    stored = count_stored(data_dir, database_url, [v.learner for v in visitors])
    log = (tmp / "server.log").read_text(errors="replace")
    result = {
        "benchmark": "load",
        "learners": args.learners,
        "workers": args.workers,
        "seconds": args.seconds,
        "max_tokens": args.max_tokens,
        "database": "postgresql" if args.database_url else "sqlite",
        "settings": args.set,
        "cpu_count": os.cpu_count(),
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in load_after],
        **summarise(visitors, stored, wall),
        "server_log_tracebacks": log.count("Traceback"),
        "goal": "zero 5xx, zero lost messages",
    }
    result["meets_goal"] = result["5xx"] == 0 and result["lost_messages"] == 0
    print(json.dumps(result, indent=2))
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
