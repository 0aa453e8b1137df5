"""Retrieval quality on the shipped evaluation set: vector, BM25 and hybrid search compared.

Ingests every coach's Markdown documents from `bench/data/retrieval_eval/` through the real
pipeline (load_file -> clean_document -> chunk_document -> MiniLM on each chunk's section
heading and text -> ChromaStore add + publish and BM25Index add + publish) into a temporary
data directory, one coach per folder. Then asks each question of `questions.jsonl` in each
mode with k=5 and scores the answer: a hit is a result whose filename is the question's
labelled source document.

Prints one JSON document: hit@1, hit@5 and MRR (reciprocal rank of the first hit within the
top k, 0 if none) per mode, overall and per coach, the number of questions, and
`hybrid_beats_both_on_mrr`. Progress goes to stderr.

Run: .venv/bin/python bench/retrieval_eval.py [--k 5] [--fusion score|rrf] [--rrf-k 60]
     [--vector-weight 0.7] [--keyword-weight 0.3] [--candidates 20]
     [--chunk-size 1000] [--chunk-overlap 200] [--misses]
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from knowledge.bm25 import BM25Index  # noqa: E402
from knowledge.chroma import make_client  # noqa: E402
from knowledge.chunking import chunk_document  # noqa: E402
from knowledge.cleaning import clean_document  # noqa: E402
from knowledge.loaders import load_file  # noqa: E402
from knowledge.retrieval import Retriever  # noqa: E402
from knowledge.store import ChromaStore  # noqa: E402
from models.embeddings import MiniLMEmbedder  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "retrieval_eval"
MODES = ("vector", "bm25", "hybrid")
MAX_BYTES = 25 * 1024 * 1024


def log(message: str) -> None:
    """Progress for a human, on stderr so stdout stays pure JSON."""
    print(message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Question:
    """One labelled question: which coach it is asked of and which document answers it."""

    coach: str
    question: str
    source: str
    section: str = ""


def coach_dirs(data: Path) -> list[Path]:
    """The coach folders of the eval set, in a stable order (their index is the coach id)."""
    return sorted(path for path in data.iterdir() if path.is_dir())


def read_questions(data: Path) -> list[Question]:
    """Every line of questions.jsonl as a Question."""
    questions = []
    with open(data / "questions.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                questions.append(Question(row["coach"], row["question"], row["source"],
                                          row.get("section", "")))
    return questions


def ingest(
    data: Path,
    *,
    store: ChromaStore,
    bm25: BM25Index,
    embedder: MiniLMEmbedder,
    chunk_size: int,
    chunk_overlap: int,
) -> tuple[dict[str, int], dict[str, list[str]], int]:
    """Ingest every coach's documents; returns coach ids, file names per coach, chunk count."""
    coach_ids: dict[str, int] = {}
    files: dict[str, list[str]] = {}
    document_id = 0
    total = 0
    for coach_id, folder in enumerate(coach_dirs(data), start=1):
        coach_ids[folder.name] = coach_id
        files[folder.name] = []
        for path in sorted(folder.glob("*.md")):
            document_id += 1
            doc = clean_document(load_file(path.read_bytes(), path.name, max_bytes=MAX_BYTES))
            chunks = chunk_document(doc, coach_id=coach_id, document_id=document_id, version=1,
                                    filename=path.name, chunk_size=chunk_size,
                                    chunk_overlap=chunk_overlap)
            # What the ingestion pipeline embeds (and BM25 indexes): heading, then text.
            vectors = embedder.embed_batch([chunk.search_text for chunk in chunks])
            store.add(coach_id, chunks, vectors)
            store.publish(coach_id, document_id, 1)
            bm25.add(coach_id, chunks)
            bm25.publish(coach_id, document_id, 1)
            files[folder.name].append(path.name)
            total += len(chunks)
        log(f"ingested {folder.name}: {len(files[folder.name])} documents")
    return coach_ids, files, total


def first_rank(filenames: Sequence[str], source: str) -> int | None:
    """1-based rank of the first result from the labelled document, None if absent."""
    for rank, filename in enumerate(filenames, start=1):
        if filename == source:
            return rank
    return None


def score(ranks: Sequence[int | None], k: int) -> dict[str, float]:
    """hit@1, hit@k and MRR of a list of first-hit ranks (None = no hit in the top k)."""
    n = max(len(ranks), 1)
    return {
        "hit@1": round(sum(1 for r in ranks if r == 1) / n, 4),
        f"hit@{k}": round(sum(1 for r in ranks if r is not None) / n, 4),
        "mrr": round(sum(1 / r for r in ranks if r is not None) / n, 4),
    }


def evaluate(
    retriever: Any,
    questions: Sequence[Question],
    coach_ids: dict[str, int],
    files: dict[str, list[str]],
    *,
    k: int,
) -> tuple[dict[str, dict[str, list[int | None]]], int, list[dict[str, Any]]]:
    """Ranks per coach and mode, results from another coach (must be 0), and the misses."""
    ranks: dict[str, dict[str, list[int | None]]] = {
        coach: {mode: [] for mode in MODES} for coach in coach_ids
    }
    foreign = 0
    misses: list[dict[str, Any]] = []
    for n, question in enumerate(questions, start=1):
        own = set(files[question.coach])
        for mode in MODES:
            result = retriever.search(coach_ids[question.coach], question.question, k=k,
                                      mode=mode)
            names = [hit.filename for hit in result.hits]
            foreign += sum(1 for name in names if name not in own)
            rank = first_rank(names, question.source)
            ranks[question.coach][mode].append(rank)
            if rank != 1:
                misses.append({"coach": question.coach, "question": question.question,
                               "source": question.source, "mode": mode, "rank": rank,
                               "got": names})
        if n % 25 == 0:
            log(f"asked {n}/{len(questions)} questions")
    return ranks, foreign, misses


def report(
    ranks: dict[str, dict[str, list[int | None]]], *, k: int
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Overall and per-coach scores per mode."""
    overall = {
        mode: score([r for coach in ranks.values() for r in coach[mode]], k) for mode in MODES
    }
    per_coach = {
        coach: {"questions": len(by_mode[MODES[0]]),
                **{mode: score(by_mode[mode], k) for mode in MODES}}
        for coach, by_mode in ranks.items()
    }
    return overall, per_coach


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="eval set folder")
    parser.add_argument("--k", type=int, default=5, help="results per search")
    parser.add_argument("--fusion", choices=("score", "rrf"), default="score",
                        help="Retriever hybrid fusion")
    parser.add_argument("--vector-weight", type=float, default=0.7, help="score fusion weight")
    parser.add_argument("--keyword-weight", type=float, default=0.3, help="score fusion weight")
    parser.add_argument("--rrf-k", type=int, default=60, help="Retriever rrf_k")
    parser.add_argument("--candidates", type=int, default=20, help="Retriever candidates")
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--chunk-overlap", type=int, default=200)
    parser.add_argument("--workdir", type=Path, default=None,
                        help="data dir to ingest into (default: a temporary one, removed)")
    parser.add_argument("--misses", action="store_true",
                        help="include every question whose first result was wrong")
    args = parser.parse_args(argv)

    questions = read_questions(args.data)
    embedder = MiniLMEmbedder()
    with tempfile.TemporaryDirectory(prefix="lodestar-retrieval-eval-") as temp:
        root = args.workdir or Path(temp)
        started = time.perf_counter()
        store = ChromaStore(client=make_client(path=root / "chroma", url=None), embedder=embedder)
        bm25 = BM25Index(root / "bm25")
        coach_ids, files, chunks = ingest(args.data, store=store, bm25=bm25, embedder=embedder,
                                          chunk_size=args.chunk_size,
                                          chunk_overlap=args.chunk_overlap)
        ingested = time.perf_counter()
        retriever = Retriever(store=store, bm25=bm25, embedder=embedder, rrf_k=args.rrf_k,
                              fusion=args.fusion, vector_weight=args.vector_weight,
                              keyword_weight=args.keyword_weight, candidates=args.candidates)
        ranks, foreign, misses = evaluate(retriever, questions, coach_ids, files, k=args.k)
        finished = time.perf_counter()

    overall, per_coach = report(ranks, k=args.k)
    mrr = {mode: overall[mode]["mrr"] for mode in MODES}
    result: dict[str, Any] = {
        "benchmark": "retrieval_eval",
        "questions": len(questions),
        "coaches": len(coach_ids),
        "documents": sum(len(names) for names in files.values()),
        "chunks": chunks,
        "config": {
            "k": args.k,
            "fusion": args.fusion,
            "vector_weight": args.vector_weight,
            "keyword_weight": args.keyword_weight,
            "rrf_k": args.rrf_k,
            "indexed_text": "section heading + chunk text",
            "candidates": args.candidates,
            "chunk_size": args.chunk_size,
            "chunk_overlap": args.chunk_overlap,
            "embedder": embedder.id,
            "hit": "a result whose filename equals the labelled source document",
        },
        "overall": overall,
        "per_coach": per_coach,
        "hybrid_beats_both_on_mrr": mrr["hybrid"] > max(mrr["vector"], mrr["bm25"]),
        "results_from_other_coaches": foreign,
        "seconds": {"ingest": round(ingested - started, 2),
                    "search": round(finished - ingested, 2)},
    }
    if args.misses:
        result["misses"] = misses
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
