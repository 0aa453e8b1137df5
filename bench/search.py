"""Search benchmark: hybrid, vector-only and BM25-only latency at 10k and 100k chunks.

Prints one JSON document. For each size, one coach holds `size` chunks and 50 other coaches
hold small collections. Collection vectors are synthetic unit vectors of MiniLM's dimension
(embedding 100k chunks with MiniLM would take hours on 2 cores), written through the real
ChromaStore.add/publish path; every QUERY is embedded with the real MiniLM embedder, so query
embedding is part of the measured latency. `hybrid_vs_vector` is the baseline/candidate
comparison: vector-only search (baseline) against hybrid search (candidate), p50 and p99.
Each size runs in its own process so `peak_rss_mb` is that size's peak.

Run: .venv/bin/python bench/search.py [--sizes 10000,100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np  # noqa: E402

from knowledge.bm25 import BM25Index  # noqa: E402
from knowledge.chroma import make_client  # noqa: E402
from knowledge.retrieval import Retriever  # noqa: E402
from knowledge.store import ChromaStore  # noqa: E402
from knowledge.types import Chunk  # noqa: E402
from models.embeddings import MiniLMEmbedder  # noqa: E402

TOPICS = ("goal habit sleep stress breathing focus motivation feedback journaling values "
          "career budget exercise nutrition confidence anxiety routine reflection listening "
          "delegation boundaries burnout mindset progress accountability").split()
DOC_SIZE = 500
MODES = ("hybrid", "vector", "bm25")


class Corpus:
    """Seeded synthetic chunk texts (Zipf-like words plus coaching topics) and unit vectors."""

    def __init__(self, seed: int, dimension: int) -> None:
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        self.dimension = dimension
        letters = "abcdefghijklmnopqrstuvwxyz"
        self.words = ["".join(self.rng.choice(letters) for _ in range(self.rng.randint(3, 9)))
                      for _ in range(5000)] + list(TOPICS)
        self.weights = [1.0 / (rank + 1) for rank in range(len(self.words))]

    def text(self, n_words: int = 60) -> str:
        """One chunk's text."""
        return " ".join(self.rng.choices(self.words, weights=self.weights, k=n_words))

    def vectors(self, n: int) -> np.ndarray:
        """n random unit vectors."""
        matrix = self.np_rng.standard_normal((n, self.dimension)).astype(np.float32)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)

    def query(self) -> str:
        """A short query mixing a topic with corpus words."""
        return " ".join([self.rng.choice(TOPICS), *self.rng.choices(self.words[:2000], k=3)])


def ingest(store: ChromaStore, index: BM25Index, corpus: Corpus, coach_id: int, n: int) -> None:
    """Write n chunks for a coach in documents of DOC_SIZE, publishing each like the service."""
    for doc_start in range(0, n, DOC_SIZE):
        document_id = coach_id * 100_000 + doc_start // DOC_SIZE
        count = min(DOC_SIZE, n - doc_start)
        chunks = [Chunk(id=f"{coach_id}-{document_id}-1-{i}", text=corpus.text(),
                        coach_id=coach_id, document_id=document_id, version=1, index=i,
                        filename=f"doc{document_id}.md", title="Synthetic", section="", page=None)
                  for i in range(count)]
        store.add(coach_id, chunks, corpus.vectors(count).tolist())
        index.add(coach_id, chunks)
        store.publish(coach_id, document_id, 1)
        index.publish(coach_id, document_id, 1)


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50, p99 and mean of latencies in ms."""
    data = np.asarray(samples)
    return {"p50_ms": round(float(np.percentile(data, 50)), 2),
            "p99_ms": round(float(np.percentile(data, 99)), 2),
            "mean_ms": round(float(data.mean()), 2)}


def run_size(size: int, queries: int, others: int, other_size: int, k: int) -> dict[str, Any]:
    """Build one world of the given size and time every mode on the same queries."""
    import torch

    embedder = MiniLMEmbedder()
    corpus = Corpus(seed=size, dimension=embedder.dimension)
    with tempfile.TemporaryDirectory(prefix="lodestar-bench-") as tmp:
        store = ChromaStore(client=make_client(path=Path(tmp) / "chroma", url=None),
                            embedder=embedder)
        index = BM25Index(Path(tmp) / "bm25")
        began = time.perf_counter()
        for other in range(2, others + 2):
            ingest(store, index, corpus, other, other_size)
        ingest(store, index, corpus, 1, size)
        ingest_s = time.perf_counter() - began
        retriever = Retriever(store=store, bm25=index, embedder=embedder)
        began = time.perf_counter()
        retriever.search(1, "warm up the index and the model", mode="hybrid")
        first_query_s = time.perf_counter() - began
        timings: dict[str, list[float]] = {mode: [] for mode in MODES}
        parts: dict[str, list[float]] = {"embed_ms": [], "vector_ms": [], "bm25_ms": []}
        for _ in range(queries):
            text = corpus.query()
            for mode in MODES:
                began = time.perf_counter()
                result = retriever.search(1, text, k=k, mode=mode)
                timings[mode].append((time.perf_counter() - began) * 1000)
                if mode == "hybrid":
                    for name in parts:
                        parts[name].append(getattr(result, name))
        visible = store.count(1, visible_only=True)
    summary = {mode: percentiles(samples) for mode, samples in timings.items()}
    return {
        "size": size,
        "visible_chunks": visible,
        "other_coaches": others,
        "other_coach_chunks": other_size,
        "queries": queries,
        "k": k,
        "torch_threads": torch.get_num_threads(),
        "ingest_s": round(ingest_s, 1),
        "first_query_s (bm25 build + model load)": round(first_query_s, 2),
        **summary,
        "hybrid_parts_p50_ms": {name: round(float(np.median(v)), 2) for name, v in parts.items()},
        "hybrid_vs_vector": {
            "baseline": "vector", "candidate": "hybrid",
            "p50_ratio": round(summary["hybrid"]["p50_ms"] / summary["vector"]["p50_ms"], 3),
            "p99_ratio": round(summary["hybrid"]["p99_ms"] / summary["vector"]["p99_ms"], 3),
        },
        "goal_p50_ms": 30,
        "meets_goal": summary["hybrid"]["p50_ms"] <= 30,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    """Run each size in its own process and print the combined JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--others", type=int, default=50)
    parser.add_argument("--other-size", type=int, default=200)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--torch-threads", type=int, default=0,
                        help="set torch's intra-op threads (0 keeps torch's default)")
    parser.add_argument("--single", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.torch_threads:
        import torch

        torch.set_num_threads(args.torch_threads)
    sizes = [int(size) for size in args.sizes.split(",") if size]
    if args.single:
        print(json.dumps(run_size(sizes[0], args.queries, args.others, args.other_size, args.k)))
        return
    results = []
    for size in sizes:
        command = [sys.executable, __file__, "--single", "--sizes", str(size),
                   "--queries", str(args.queries), "--others", str(args.others),
                   "--other-size", str(args.other_size), "--k", str(args.k),
                   "--torch-threads", str(args.torch_threads)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
    print(json.dumps({"benchmark": "search", "cpus": os.cpu_count(), "results": results},
                     indent=2))


if __name__ == "__main__":
    main()
