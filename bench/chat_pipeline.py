"""Chat pipeline overhead without generation, with ~10k chunks in the coach's knowledge.

Setup, in a temporary data dir: `lodestar demo --no-serve` seeds the demo coach "maya", then
synthetic Markdown documents generated here (numbered sections of habit-coaching prose, one
chunk per section at the default chunk size) are ingested into maya through the REAL pipeline
with `lodestar ingest --coach maya DIR --json` (loader, cleaning, chunking, MiniLM embedding,
Chroma + BM25 write and publish), in rounds until at least --chunks chunks are stored.

Measured (primary, in-process): a ChatService built as app.main.create_app builds it
(app.wiring: open_database, build_model_layer, build_embedder, build_knowledge, build_chat) but
with `chain=` a ChatModel that yields one token at once (the Overrides.chain path). For each
of --messages messages (spread over conversations of --per-conversation messages, so history
loading is exercised) the time from calling send() until the stream's first event (`sources`):
save message, load history, safety hook, hybrid retrieval over the 10k chunks, prompt build.
The rest of the stream (one token, saving the answer) is drained untimed. Goal: p50 <= 40 ms.

Measured (secondary, over HTTP): a real `lodestar serve` on a free loopback port
(OLLAMA_HOST unreachable, so the embedded SmolLM2 answers; LODESTAR_MAX_TOKENS=--http-tokens
to keep answers short), timed from request start until the `sources` SSE event arrives. The
in-process service is closed before the server starts, so the two never share Chroma.

The learned prompt-injection screen runs at ingestion and stores a verdict per chunk; a chat
turn then re-runs only the rules, with or without it. It costs about 50 ms per chunk, so by
default (--injection-model off) the 10k-chunk setup skips it: the measured turn is the same.

Run: .venv/bin/python bench/chat_pipeline.py [--chunks 10000] [--messages 100]
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
from harness import free_port, server_env, start_server, stop_server  # noqa: E402

BIN = Path(sys.executable).parent / "lodestar"
LEARNER = "learner@demo.lodestar"
COACH = "maya"
TOPICS = ["morning walks", "evening reading", "journaling", "drinking water", "sleep routines",
          "meditation", "healthy lunches", "stretching", "phone-free dinners", "saving money",
          "language practice", "tidying up", "gratitude notes", "cycling to work", "posture"]
WORDS = ("habit cue routine reward small start anchor track streak review week plan friction "
         "identity environment reminder trigger craving response tiny step consistent progress "
         "setback restart celebrate notice energy focus calm morning evening daily weekly goal "
         "system practice repeat easy obvious attractive satisfying accountability partner "
         "schedule checklist journal reflect adjust").split()
QUESTIONS = ["How do I keep up {t} when I am tired?", "What is a tiny first step for {t}?",
             "I missed three days of {t}. How do I restart?", "How should I track {t}?",
             "What cue could anchor {t} in my day?"]


def progress(message: str) -> None:
    """One progress line on stderr."""
    print(f"[chat_pipeline] {message}", file=sys.stderr, flush=True)


def run_cli(args: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    """Run one lodestar command to completion; its stdout."""
    done = subprocess.run([str(BIN), *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=3600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lodestar {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), linear between closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def stats(values: Sequence[float]) -> dict[str, float]:
    """p50, p95, mean and max in ms."""
    return {"p50_ms": round(percentile(values, 50), 2), "p95_ms": round(percentile(values, 95), 2),
            "mean_ms": round(statistics.fmean(values), 2), "max_ms": round(max(values), 2),
            "n": len(values)}


def sentence(rng: random.Random, topic: str) -> str:
    """One synthetic sentence about a topic."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    words.insert(rng.randint(0, len(words)), topic)
    return " ".join(words).capitalize() + "."


def write_corpus(folder: Path, *, first: int, documents: int, sections: int,
                 rng: random.Random) -> None:
    """Synthetic Markdown documents, each of `sections` ~800-character sections."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in range(first, first + documents):
        topic = TOPICS[d % len(TOPICS)]
        lines = [f"# Field notes {d}: {topic}", ""]
        for s in range(sections):
            lines += [f"## Note {d}.{s} on {topic}", ""]
            paragraph: list[str] = []
            while sum(len(x) + 1 for x in paragraph) < 750:
                paragraph.append(sentence(rng, topic))
            lines += [" ".join(paragraph), ""]
        (folder / f"notes-{d:04d}.md").write_text("\n".join(lines), encoding="utf-8")


def ingest_corpus(env: dict[str, str], tmp: Path, target: int, sections: int) -> dict[str, Any]:
    """Ingest synthetic documents into maya with `lodestar ingest` until `target` chunks."""
    rng = random.Random(7)
    chunks = 0
    documents = 0
    seconds = 0.0
    for round_no in range(4):  # bounded: each round aims at the whole remaining gap
        missing = target - chunks
        if missing <= 0:
            break
        count = max(1, -(-missing // sections))
        folder = tmp / f"corpus-{round_no}"
        write_corpus(folder, first=documents, documents=count, sections=sections, rng=rng)
        progress(f"ingesting {count} documents (~{count * sections} chunks) through the pipeline")
        start = time.perf_counter()
        out = run_cli(["ingest", "--coach", COACH, str(folder), "--json"], env)
        seconds += time.perf_counter() - start
        summary = json.loads(out.strip().splitlines()[-1])
        added = sum(int(f.get("chunks") or 0) for f in summary["files"])
        chunks += added
        documents += count
        progress(f"round {round_no + 1}: {added} chunks ({chunks} total) in {seconds:.0f} s")
    return {"method": "lodestar ingest (real pipeline, MiniLM)", "documents": documents,
            "chunks": chunks, "seconds": round(seconds, 1),
            "chunks_per_s": round(chunks / seconds, 1) if seconds else None}


class InstantModel:
    """A ChatModel that answers every prompt with one token, at once."""

    provider = "bench"
    model = "instant"
    is_local = True

    def stream(self, messages: Sequence[Any], options: Any) -> Iterator[Any]:
        """One token, usage, done (the prompt is not read)."""
        del messages, options
        from models.ports import DoneEvent, TokenEvent, UsageEvent

        yield TokenEvent("ok")
        yield UsageEvent(prompt_tokens=0, completion_tokens=1)
        yield DoneEvent(provider=self.provider, model=self.model)


def question(i: int) -> str:
    """The i-th benchmark message."""
    return QUESTIONS[i % len(QUESTIONS)].format(t=TOPICS[(i // len(QUESTIONS)) % len(TOPICS)])


def bench_inprocess(data_dir: Path, messages: int, per_conversation: int,
                    warmup: int, injection_model: bool) -> dict[str, Any]:
    """Time send() -> first event for each message with an instant model."""
    from app.accounts import service as accounts
    from app.coaching import service as coaching
    from app.db import unit_of_work
    from app.settings import load_settings
    from app.wiring import (
        build_chat,
        build_embedder,
        build_knowledge,
        build_model_layer,
        open_database,
    )

    settings = load_settings(data_dir=data_dir, injection_model=injection_model)
    database = open_database(settings)
    models = build_model_layer(settings)
    embedder = build_embedder(settings)
    models.embedder = embedder
    knowledge = build_knowledge(settings, embedder)
    chat = build_chat(settings, sessions=database.sessions, models=models, knowledge=knowledge,
                      chain=InstantModel())
    with unit_of_work(database.sessions) as session:
        learner = accounts.get_by_email(session=session, email=LEARNER)
        coach = coaching.get_by_slug(session=session, slug=COACH)
        assert learner is not None and coach is not None
        learner_id, coach_id = learner.id, coach.id
    chunks = knowledge.store.count(coach_id) if hasattr(knowledge.store, "count") else None
    first_event: list[float] = []
    send_only: list[float] = []
    sources_counts: list[int] = []
    conversation: int | None = None
    try:
        for i in range(warmup + messages):
            if (i - warmup) % per_conversation == 0 or i < warmup:
                conversation = None
            start = time.perf_counter()
            stream = chat.send(learner_id=learner_id, coach_id=coach_id,
                               conversation_id=conversation, text=question(i))
            sent = time.perf_counter()
            event = next(iter(stream))
            first = time.perf_counter()
            kinds = [event.type] + [e.type for e in stream]  # drain: token, save, done
            stream.close()
            conversation = stream.conversation_id
            if kinds[0] != "sources" or kinds[-1] != "done":
                raise RuntimeError(f"unexpected events for message {i}: {kinds}")
            if i >= warmup:
                first_event.append((first - start) * 1000)
                send_only.append((sent - start) * 1000)
                sources_counts.append(len(getattr(event, "sources", [])))
            if (i + 1) % 20 == 0:
                progress(f"in-process {i + 1}/{warmup + messages}: last "
                         f"{(first - start) * 1000:.1f} ms")
    finally:
        models.close()
        database.dispose()
    return {"name": "ChatService.send() -> first event (sources), instant model",
            "chunks_in_collection": chunks, "retrieval_k": settings.retrieval_k,
            "sources_median": statistics.median(sources_counts),
            "first_event": stats(first_event),
            "of_which_send_call": stats(send_only),
            "goal": "p50 <= 40 ms",
            "meets_goal": percentile(first_event, 50) <= 40}


def sse_first_sources(client: httpx.Client, conversation: int, text: str) -> tuple[float, str]:
    """POST a message; ms until the `sources` event, and how the stream ended."""
    start = time.perf_counter()
    at: float | None = None
    last = ""
    with client.stream("POST", f"/api/v1/conversations/{conversation}/messages",
                       json={"text": text}) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if line.startswith("event:"):
                last = line[6:].strip()
                if last == "sources" and at is None:
                    at = (time.perf_counter() - start) * 1000
    if at is None:
        raise RuntimeError("no sources event")
    return at, last


def bench_http(env: dict[str, str], tmp: Path, token: str, messages: int,
               warmup: int) -> dict[str, Any]:
    """Time request start -> `sources` SSE event through a real server."""
    port = free_port()
    progress(f"starting the server on 127.0.0.1:{port}")
    server = start_server(env, port, tmp / "server.log")
    times: list[float] = []
    endings: dict[str, int] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}",
                          headers={"Authorization": f"Bearer {token}"},
                          timeout=httpx.Timeout(600.0, connect=10.0)) as client:
            for i in range(warmup + messages):
                created = client.post(f"/api/v1/coaches/{COACH}/conversations", json={})
                created.raise_for_status()
                ms, ending = sse_first_sources(client, created.json()["id"], question(i))
                if i >= warmup:
                    times.append(ms)
                    endings[ending] = endings.get(ending, 0) + 1
                progress(f"http {i + 1}/{warmup + messages}: sources after {ms:.1f} ms")
    finally:
        progress("stopping the server")
        stop_server(server)
    return {"name": "HTTP request start -> `sources` SSE event (real server, embedded model)",
            "first_event": stats(times), "stream_endings": endings}


def main() -> None:
    """Seed, ingest, measure in-process then over HTTP, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=10_000, help="chunks to ingest (at least)")
    parser.add_argument("--sections", type=int, default=100, help="sections per document")
    parser.add_argument("--messages", type=int, default=100, help="measured in-process messages")
    parser.add_argument("--per-conversation", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--http-messages", type=int, default=20,
                        help="measured HTTP messages (0 to skip the server part)")
    parser.add_argument("--http-tokens", type=int, default=8,
                        help="LODESTAR_MAX_TOKENS for the server")
    parser.add_argument("--injection-model", choices=("on", "off"), default="off",
                        help="the learned injection screen at ingestion (setup only: a chat "
                             "turn re-runs only the rules either way)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    args = parser.parse_args()

    load_start = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="lodestar-chat-pipeline-"))
    data_dir = tmp / "data"
    learned = args.injection_model == "on"
    # One learner sends every measured message: the per-minute chat limit is not under test.
    env = server_env(data_dir, {"LODESTAR_MAX_TOKENS": str(args.http_tokens),
                                "LODESTAR_INJECTION_MODEL": str(learned).lower(),
                                "LODESTAR_CHAT_PER_MINUTE_USER": "0",
                                "LODESTAR_CHAT_PER_MINUTE_TOKEN": "0"})
    progress(f"seeding the demo in {data_dir}")
    run_cli(["demo", "--no-serve"], env)
    token = run_cli(["token", "create", "--email", LEARNER, "--name", "bench"], env).strip()
    ingest = ingest_corpus(env, tmp, args.chunks, args.sections)
    load_ingested = os.getloadavg()
    progress("measuring in-process")
    inprocess = bench_inprocess(data_dir, args.messages, args.per_conversation, args.warmup,
                                learned)
    http = (bench_http(env, tmp, token, args.http_messages, min(args.warmup, 2))
            if args.http_messages > 0 else None)
    result = {
        "benchmark": "chat_pipeline",
        "cpu_count": os.cpu_count(),
        "injection_model_at_ingestion": learned,
        "loadavg_start": [round(x, 2) for x in load_start],
        "loadavg_after_ingest": [round(x, 2) for x in load_ingested],
        "loadavg_end": [round(x, 2) for x in os.getloadavg()],
        "ingest": ingest,
        "in_process": inprocess,
        "http": http,
    }
    print(json.dumps(result, indent=2))
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
