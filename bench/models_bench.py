"""Model-layer benchmark: embedded generation direct vs through the chain, embedding batches.

Prints one JSON document. Each comparison holds a baseline, a candidate and their ratio:
- `chain_overhead`: the embedded model called directly (baseline) against the fallback chain
  with an unreachable Ollama in front of it (candidate), time to first token and tokens/s;
- `embedding_batching`: MiniLM one text per call (baseline) against batches of 64 (candidate).

Run: .venv/bin/python bench/models_bench.py [--runs 5] [--tokens 64]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable, Iterator

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from models.breaker import CircuitBreaker  # noqa: E402
from models.chain import FallbackChain, RetryPolicy  # noqa: E402
from models.embedded import EmbeddedChat  # noqa: E402
from models.embeddings import MiniLMEmbedder  # noqa: E402
from models.ollama import OllamaChat  # noqa: E402
from models.ports import ChatEvent, ChatMessage, ChatOptions, Timeouts, TokenEvent  # noqa: E402

PROMPT = [
    ChatMessage("system", "You are a warm, practical habits coach."),
    ChatMessage("user", "I keep skipping my morning walk. What is one small thing I can try?"),
]


def measure_stream(stream: Callable[[], Iterator[ChatEvent]]) -> dict[str, float]:
    """Time to first token (ms) and tokens per second for one streamed answer."""
    start = time.perf_counter()
    first: float | None = None
    tokens = 0
    for event in stream():
        if isinstance(event, TokenEvent):
            tokens += 1
            if first is None:
                first = time.perf_counter()
    end = time.perf_counter()
    assert first is not None, "no tokens were generated"
    generation = max(end - first, 1e-9)
    return {"ttft_ms": (first - start) * 1000, "tokens_per_s": (tokens - 1) / generation,
            "tokens": tokens}


def summarise(samples: list[dict[str, float]]) -> dict[str, float]:
    """Median of each measure over the runs."""
    return {key: round(statistics.median(s[key] for s in samples), 2) for key in samples[0]}


def ratio(baseline: dict[str, float], candidate: dict[str, float]) -> dict[str, float]:
    """candidate / baseline for each measure."""
    return {key: round(candidate[key] / baseline[key], 3) for key in baseline if baseline[key]}


def bench_chain(runs: int, tokens: int) -> dict[str, object]:
    """Embedded model direct against the chain with a dead Ollama first."""
    options = ChatOptions(max_tokens=tokens, temperature=0.0, seed=1)
    embedded = EmbeddedChat(n_ctx=1024)
    limits = Timeouts(connect=0.5, first_token=60, total=300)
    ollama = OllamaChat(host="http://127.0.0.1:9", model="llama3.1:8b", timeouts=limits)
    chain = FallbackChain(
        providers=[ollama, embedded],
        timeouts=limits,
        retry=RetryPolicy(max_retries=0),
        breakers={"ollama": CircuitBreaker(name="ollama", failure_threshold=10_000)},
    )
    measure_stream(lambda: embedded.stream(PROMPT, options))  # load the model once
    direct = [measure_stream(lambda: embedded.stream(PROMPT, options)) for _ in range(runs)]
    chained = [measure_stream(lambda: chain.stream(PROMPT, options)) for _ in range(runs)]
    embedded.close()
    baseline, candidate = summarise(direct), summarise(chained)
    return {"baseline": {"name": "embedded direct", **baseline},
            "candidate": {"name": "chain (ollama down) -> embedded", **candidate},
            "ratio": ratio(baseline, candidate)}


def bench_embeddings(texts: int) -> dict[str, object]:
    """MiniLM throughput one text at a time against batches of 64."""
    embedder = MiniLMEmbedder(batch_size=64)
    corpus = [f"Habit note {i}: start small, anchor it, track it, review weekly." for i in
              range(texts)]
    embedder.embed_batch(corpus[:2])  # load the model once
    start = time.perf_counter()
    for text in corpus:
        embedder.embed_batch([text])
    single = texts / (time.perf_counter() - start)
    start = time.perf_counter()
    embedder.embed_batch(corpus)
    batched = texts / (time.perf_counter() - start)
    baseline = {"texts_per_s": round(single, 1)}
    candidate = {"texts_per_s": round(batched, 1)}
    return {"baseline": {"name": "one text per call", **baseline},
            "candidate": {"name": "batches of 64", **candidate},
            "ratio": ratio(baseline, candidate)}


def main() -> None:
    """Run the benchmarks and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--texts", type=int, default=256)
    args = parser.parse_args()
    result = {
        "benchmark": "models",
        "cpu_count": os.cpu_count(),
        "chain_overhead": bench_chain(args.runs, args.tokens),
        "embedding_batching": bench_embeddings(args.texts),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
