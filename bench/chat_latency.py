"""Chat latency: time to first token through HTTP + SSE against the same model in-process.

Starts a real `lodestar serve` process on a free loopback port, with its own data directory
seeded by `lodestar demo --no-serve` and OLLAMA_HOST pointing at a closed port, so the chain
falls through to the packaged SmolLM2 (embedded llama.cpp) model. A learner token comes from
`lodestar token create --email learner@demo.lodestar`.

- candidate (`http`): POST /api/v1/conversations/{id}/messages with an httpx streaming client,
  timed from the start of the request to the first SSE `token` event (each run uses a fresh
  conversation, so there is no history). The whole stream is read before the next run.
- baseline (`inproc`): models.embedded.EmbeddedChat loaded in this process, streaming the
  prompt the service built for that very run: the demo coach's card from the database, the
  run's `sources` event turned back into passages (text = the event's snippet, which is the
  whole chunk for chunks under 1,200 characters), rendered by app.coaching.prompt.PromptBuilder
  (system + user message) with the same window and answer length as the server. So both sides
  prefill nearly the same tokens; the baseline skips the chain, the service and HTTP.

Runs alternate (http, in-process, http, ...) so that load from other work on the machine hits
both alike; medians are reported. Goal from the spec: http_ttft <= 1.10 * inproc_ttft + 15 ms.

Run: .venv/bin/python bench/chat_latency.py [--runs 10] [--max-tokens 32]
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
from harness import free_port, server_env, start_server, stop_server  # noqa: E402

BIN = Path(sys.executable).parent / "lodestar"
LEARNER = "learner@demo.lodestar"
COACH = "maya"
QUESTIONS = [
    "I keep skipping my morning walk. What is one small thing I can try?",
    "How do I build a habit of reading every evening?",
    "What should I do when I miss a day of my new routine?",
    "How can I make journaling stick?",
    "I want to drink more water. Where do I start?",
]


def progress(message: str) -> None:
    """One progress line on stderr."""
    print(f"[chat_latency] {message}", file=sys.stderr, flush=True)


def run_cli(args: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    """Run one lodestar command to completion; its stdout."""
    done = subprocess.run([str(BIN), *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=900, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lodestar {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def sse_events(response: httpx.Response) -> Any:
    """Yield (event name, JSON data) for each SSE message of a streaming response."""
    name, data = "", []
    for line in response.iter_lines():
        if not line:
            if data:
                yield name, json.loads("\n".join(data))
            name, data = "", []
        elif line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip())
    if data:
        yield name, json.loads("\n".join(data))


def http_run(client: httpx.Client, text: str) -> dict[str, Any]:
    """One message in a new conversation: ttft (ms) and the sources the service sent."""
    created = client.post(f"/api/v1/coaches/{COACH}/conversations", json={})
    created.raise_for_status()
    conversation = created.json()["id"]
    start = time.perf_counter()
    ttft: float | None = None
    sources: list[dict[str, Any]] = []
    kinds: list[str] = []
    with client.stream("POST", f"/api/v1/conversations/{conversation}/messages",
                       json={"text": text}) as response:
        if response.status_code >= 400:
            raise RuntimeError(f"{response.status_code}: {response.read().decode()}")
        for name, data in sse_events(response):
            kind = data.get("type", name)
            kinds.append(kind)
            if kind == "sources":
                sources = data["sources"]
            elif kind == "token" and ttft is None:
                ttft = (time.perf_counter() - start) * 1000
    if ttft is None:
        raise RuntimeError(f"no token event in the answer (events: {kinds})")
    return {"ttft_ms": ttft, "sources": sources, "ended_with": kinds[-1]}


def coach_card(data_dir: Path) -> Any:
    """The demo coach's prompt card, read from the bench's database."""
    from app.coaching import service as coaching
    from app.coaching.prompt import CoachCard
    from app.db import unit_of_work
    from app.settings import load_settings
    from app.wiring import open_database

    database = open_database(load_settings(data_dir=data_dir))
    try:
        with unit_of_work(database.sessions) as session:
            coach = coaching.get_by_slug(session=session, slug=COACH)
            assert coach is not None, "the demo coach is missing"
            return CoachCard.of(coach)
    finally:
        database.dispose()


def rebuild_prompt(builder: Any, card: Any, text: str, sources: list[dict[str, Any]]) -> Any:
    """The prompt the service built for a run, from its `sources` event."""
    from app.coaching.prompt import PromptParts
    from knowledge.types import Hit

    fields = set(Hit.__dataclass_fields__)
    hits = []
    for source in sources:
        values = {"chunk_id": source.get("chunk_id", ""), "text": source.get("snippet", ""),
                  "score": source.get("score", 0.0), "document_id": source.get("document_id"),
                  "filename": source.get("filename", ""), "title": source.get("title", ""),
                  "section": source.get("section", ""), "page": source.get("page")}
        hits.append(Hit(**{k: v for k, v in values.items() if k in fields}))
    return builder.fit(PromptParts(coach=card, message=text, hits=tuple(hits))).messages


def inproc_run(model: Any, messages: Any, options: Any) -> float:
    """Time to first token (ms) of the embedded model streaming the messages in-process."""
    from models.ports import TokenEvent

    start = time.perf_counter()
    ttft: float | None = None
    for event in model.stream(messages, options):
        if isinstance(event, TokenEvent) and event.text and ttft is None:
            ttft = (time.perf_counter() - start) * 1000
    if ttft is None:
        raise RuntimeError("the embedded model produced no token")
    return ttft


def main() -> None:
    """Seed, serve, measure both sides alternately, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="measured runs per side")
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured runs per side first")
    parser.add_argument("--max-tokens", type=int, default=32,
                        help="answer length (LODESTAR_MAX_TOKENS for the server, same in-process)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    args = parser.parse_args()

    load_start = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="lodestar-chat-latency-"))
    data_dir = tmp / "data"
    env = server_env(data_dir, {"LODESTAR_MAX_TOKENS": str(args.max_tokens)})
    progress(f"seeding the demo in {data_dir}")
    run_cli(["demo", "--no-serve"], env)
    token = run_cli(["token", "create", "--email", LEARNER, "--name", "bench"], env).strip()
    port = free_port()
    progress(f"starting the server on 127.0.0.1:{port}")
    server = start_server(env, port, tmp / "server.log")
    try:
        from app.coaching.prompt import PromptBuilder
        from app.settings import load_settings
        from models.embedded import EmbeddedChat
        from models.ports import ChatOptions

        settings = load_settings(data_dir=data_dir, max_tokens=args.max_tokens)
        model = EmbeddedChat(model_path=settings.embedded_model_path,
                             n_ctx=settings.embedded_context, n_threads=settings.embedded_threads)
        builder = PromptBuilder(count_tokens=model.count_tokens,
                                context_window=settings.prompt_window(),
                                max_tokens=settings.max_tokens)
        options = ChatOptions(max_tokens=settings.max_tokens)  # the service's defaults
        card = coach_card(data_dir)
        http: list[float] = []
        inproc: list[float] = []
        prompt_tokens: list[int] = []
        endings: dict[str, int] = {}
        headers = {"Authorization": f"Bearer {token}"}
        timeout = httpx.Timeout(600.0, connect=10.0)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers,
                          timeout=timeout) as client:
            total = args.warmup + args.runs
            for i in range(total):
                text = QUESTIONS[i % len(QUESTIONS)]
                measured = i >= args.warmup
                result = http_run(client, text)
                messages = rebuild_prompt(builder, card, text, result["sources"])
                local = inproc_run(model, messages, options)
                label = "run" if measured else "warm-up"
                progress(f"{label} {i + 1}/{total}: http {result['ttft_ms']:.0f} ms, "
                         f"in-process {local:.0f} ms ({len(result['sources'])} sources)")
                if measured:
                    http.append(result["ttft_ms"])
                    inproc.append(local)
                    prompt_tokens.append(builder.count(messages))
                    endings[result["ended_with"]] = endings.get(result["ended_with"], 0) + 1
        model.close()
    finally:
        progress("stopping the server")
        stop_server(server)
    http_ms = statistics.median(http)
    inproc_ms = statistics.median(inproc)
    result_doc = {
        "benchmark": "chat_latency",
        "runs": args.runs,
        "max_tokens": args.max_tokens,
        "cpu_count": os.cpu_count(),
        "loadavg_start": [round(x, 2) for x in load_start],
        "loadavg_end": [round(x, 2) for x in os.getloadavg()],
        "baseline": {"name": "EmbeddedChat in-process, same rebuilt prompt",
                     "ttft_ms_median": round(inproc_ms, 1),
                     "ttft_ms_all": [round(x, 1) for x in inproc]},
        "candidate": {"name": "HTTP POST + SSE through lodestar serve",
                      "ttft_ms_median": round(http_ms, 1),
                      "ttft_ms_all": [round(x, 1) for x in http],
                      "stream_endings": endings},
        "prompt_tokens_median": statistics.median(prompt_tokens),
        "overhead_ratio": round(http_ms / inproc_ms, 3),
        "overhead_ms": round(http_ms - inproc_ms, 1),
        "goal": "http_ttft <= 1.10 * inproc_ttft + 15 ms",
        "meets_goal": http_ms <= 1.10 * inproc_ms + 15,
    }
    print(json.dumps(result_doc, indent=2))
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
