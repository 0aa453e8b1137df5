"""Chat under load: concurrent learners chatting with the embedded model for a bounded time.

Setup, in a temporary data dir: `lodestar demo --no-serve`, then --learners learner users
created with `lodestar user create --role learner --coach maya` (password on stdin) and a
token each from `lodestar token create`. Then a real `lodestar serve` on a free loopback port
(OLLAMA_HOST unreachable, so the packaged SmolLM2 answers; one llama.cpp worker, so answers
queue; LODESTAR_MAX_TOKENS=--max-tokens keeps each answer bounded).

Each learner (one asyncio task, httpx.AsyncClient) opens a conversation and, until --seconds
have passed, sends a message (unique text), reads the whole SSE stream, then sends the next;
told the models are busy (an `error` event with retry_after), it waits that long first, as a
person would. Messages in flight at the deadline are read to the end (bounded by --drain seconds).

Reported: HTTP statuses, how streams ended (done / busy / error / no end event), 5xx count (zero
expected), lost messages (every message whose POST was answered 200 must be stored: checked
afterwards with GET /api/v1/conversations/{id}), time to first token p50/p95 (request start
-> first `token` event) and the system load average.

Run: .venv/bin/python bench/chat_load.py [--learners 20] [--seconds 60] [--max-tokens 64]
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
from harness import free_port, server_env, start_server, stop_server  # noqa: E402

BIN = Path(sys.executable).parent / "lodestar"
COACH = "maya"
PASSWORD = "bench-load-password-1"
TOPICS = ["morning walks", "reading", "journaling", "drinking water", "sleep", "stretching"]


def progress(message: str) -> None:
    """One progress line on stderr."""
    print(f"[chat_load] {message}", file=sys.stderr, flush=True)


def run_cli(args: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    """Run one lodestar command to completion; its stdout."""
    done = subprocess.run([str(BIN), *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=900, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lodestar {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100), linear between closest ranks; None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (position - low), 1)


@dataclass
class Sent:
    """One message a client sent and what came back."""

    conversation: int
    text: str
    status: int | None = None  # None: no response (transport error)
    ending: str = "none"
    ttft_ms: float | None = None
    total_ms: float = 0.0
    error: str = ""
    retry_after: float | None = None  # set when the server said "busy, retry in N s"


@dataclass
class Learner:
    """One simulated learner's token, conversation and messages."""

    index: int
    token: str
    conversation: int | None = None
    sent: list[Sent] = field(default_factory=list)


async def send_one(client: httpx.AsyncClient, learner: Learner, seq: int) -> Sent:
    """Send one message, read its whole SSE stream."""
    assert learner.conversation is not None
    text = (f"[bench {learner.index}-{seq}] How can I keep up "
            f"{TOPICS[(learner.index + seq) % len(TOPICS)]} this week?")
    sent = Sent(conversation=learner.conversation, text=text)
    start = time.perf_counter()
    try:
        async with client.stream("POST", f"/api/v1/conversations/{learner.conversation}/messages",
                                 json={"text": text}) as response:
            sent.status = response.status_code
            if response.status_code == 200:
                kind = ""
                async for line in response.aiter_lines():
                    if line.startswith("data:") and kind == "error":
                        sent.retry_after = json.loads(line[5:]).get("retry_after")
                        if sent.retry_after is not None:
                            sent.ending = "busy"
                    if not line.startswith("event:"):
                        continue
                    kind = line[6:].strip()
                    if kind == "token" and sent.ttft_ms is None:
                        sent.ttft_ms = (time.perf_counter() - start) * 1000
                    if kind in ("done", "error"):
                        sent.ending = kind
            else:
                await response.aread()
    except httpx.HTTPError as error:
        sent.error = f"{type(error).__name__}: {error}"
    sent.total_ms = (time.perf_counter() - start) * 1000
    return sent


async def learner_loop(base: str, learner: Learner, deadline: float, timeout: float) -> None:
    """Chat until the deadline: send, read the whole answer, send the next."""
    headers = {"Authorization": f"Bearer {learner.token}"}
    limits = httpx.Timeout(timeout, connect=30.0)
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=limits) as client:
        created = await client.post(f"/api/v1/coaches/{COACH}/conversations", json={})
        created.raise_for_status()
        learner.conversation = created.json()["id"]
        seq = 0
        while time.monotonic() < deadline:
            sent = await send_one(client, learner, seq)
            learner.sent.append(sent)
            seq += 1
            if sent.retry_after is not None:
                # As a person would: told the coach is busy, wait the suggested time.
                await asyncio.sleep(min(sent.retry_after, max(deadline - time.monotonic(), 0)))


async def run_load(base: str, learners: list[Learner], seconds: float, drain: float,
                   timeout: float) -> float:
    """All learners at once; returns the wall time in seconds."""
    start = time.monotonic()
    deadline = start + seconds
    tasks = [asyncio.create_task(learner_loop(base, learner, deadline, timeout))
             for learner in learners]

    async def report() -> None:
        while True:
            await asyncio.sleep(10)
            done = sum(len(learner.sent) for learner in learners)
            progress(f"{time.monotonic() - start:.0f} s: {done} answers read")

    reporter = asyncio.create_task(report())
    _, pending = await asyncio.wait(tasks, timeout=seconds + drain)
    for task in pending:
        task.cancel()
    reporter.cancel()
    if pending:
        progress(f"{len(pending)} learners still waiting after the drain; cancelled")
    await asyncio.gather(*tasks, reporter, return_exceptions=True)
    return time.monotonic() - start


async def check_stored(base: str, learners: list[Learner]) -> dict[str, int]:
    """Every sent message looked up among its conversation's stored user messages."""
    counts: Counter[str] = Counter()
    for learner in learners:
        if learner.conversation is None:
            continue
        headers = {"Authorization": f"Bearer {learner.token}"}
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as client:
            response = await client.get(f"/api/v1/conversations/{learner.conversation}")
            response.raise_for_status()
            stored = [m["content"] for m in response.json()["messages"] if m["role"] == "user"]
        pool = Counter(stored)
        for sent in learner.sent:
            found = pool[sent.text] > 0
            if found:
                pool[sent.text] -= 1
            accepted = sent.status == 200
            counts["stored" if found else "not_stored"] += 1
            if accepted and not found:
                counts["lost"] += 1
    return {"stored": counts["stored"], "not_stored": counts["not_stored"],
            "lost": counts["lost"]}


def create_learners(env: dict[str, str], count: int) -> list[Learner]:
    """Learner users enrolled with maya, each with an API token."""
    learners = []
    for i in range(count):
        email = f"load{i:02d}@bench.lodestar"
        run_cli(["user", "create", "--email", email, "--role", "learner", "--coach", COACH,
                 "--name", f"Load Learner {i}"], env, stdin=PASSWORD + "\n")
        token = run_cli(["token", "create", "--email", email, "--name", "bench"], env).strip()
        learners.append(Learner(index=i, token=token))
        progress(f"created learner {i + 1}/{count}")
    return learners


def summarise(learners: list[Learner], stored: dict[str, int], wall: float) -> dict[str, Any]:
    """Statuses, endings, errors and time-to-first-token percentiles."""
    sent = [s for learner in learners for s in learner.sent]
    statuses = Counter(str(s.status) if s.status is not None else "no_response" for s in sent)
    endings = Counter(s.ending for s in sent if s.status == 200)
    ttft = [s.ttft_ms for s in sent if s.ttft_ms is not None]
    totals = [s.total_ms for s in sent if s.status == 200]
    errors = Counter(s.error.split(":")[0] for s in sent if s.error)
    return {
        "messages_sent": len(sent),
        "responses_by_status": dict(statuses),
        "5xx": sum(1 for s in sent if s.status is not None and s.status >= 500),
        "transport_errors": dict(errors),
        "stream_endings": dict(endings),
        "messages": stored,
        "lost_messages": stored["lost"],
        "ttft_ms": {"p50": percentile(ttft, 50), "p95": percentile(ttft, 95),
                    "max": round(max(ttft), 1) if ttft else None, "n": len(ttft)},
        "answer_ms": {"p50": percentile(totals, 50), "p95": percentile(totals, 95)},
        "answers_per_learner_median": statistics.median(len(x.sent) for x in learners),
        "wall_seconds": round(wall, 1),
    }


def main() -> None:
    """Seed, create learners, serve, load, check, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0, help="time to keep sending")
    parser.add_argument("--drain", type=float, default=600.0,
                        help="longest wait for answers in flight at the deadline")
    parser.add_argument("--timeout", type=float, default=900.0, help="per-request read timeout")
    parser.add_argument("--max-tokens", type=int, default=64,
                        help="LODESTAR_MAX_TOKENS for the server")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    args = parser.parse_args()

    load_start = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="lodestar-chat-load-"))
    data_dir = tmp / "data"
    env = server_env(data_dir, {"LODESTAR_MAX_TOKENS": str(args.max_tokens)})
    progress(f"seeding the demo in {data_dir}")
    run_cli(["demo", "--no-serve"], env)
    learners = create_learners(env, args.learners)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    progress(f"starting the server on {base}")
    server = start_server(env, port, tmp / "server.log")
    try:
        load_before = os.getloadavg()
        progress(f"{args.learners} learners chatting for {args.seconds:.0f} s")
        wall = asyncio.run(run_load(base, learners, args.seconds, args.drain, args.timeout))
        load_after = os.getloadavg()
        progress("checking that every message was stored")
        stored = asyncio.run(check_stored(base, learners))
    finally:
        progress("stopping the server")
        stop_server(server)
    server_log = (tmp / "server.log").read_text(errors="replace")
    result = {
        "benchmark": "chat_load",
        "learners": args.learners,
        "seconds": args.seconds,
        "max_tokens": args.max_tokens,
        "cpu_count": os.cpu_count(),
        "loadavg_start": [round(x, 2) for x in load_start],
        "loadavg_load_start": [round(x, 2) for x in load_before],
        "loadavg_load_end": [round(x, 2) for x in load_after],
        **summarise(learners, stored, wall),
        "server_log_tracebacks": server_log.count("Traceback"),
        "goal": "zero 5xx, zero lost messages",
        "meets_goal": None,
    }
    result["meets_goal"] = result["5xx"] == 0 and result["lost_messages"] == 0
    print(json.dumps(result, indent=2))
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
