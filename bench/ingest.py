"""Ingestion throughput: the whole knowledge pipeline against the raw embedder alone.

Builds a corpus from the evaluation set's Markdown documents (`bench/data/retrieval_eval/`),
repeated in varied copies (sections rotated, title numbered) until it yields at least
`--min-chunks` chunks, each copy going to the coach of its original folder. Then, with the
real MiniLM embedder already loaded and warm, on the same chunk texts:

- baseline: `embedder.embed_batch` alone on the texts the pipeline embeds (each chunk's
  section heading and text), one call per round of documents;
- pipeline: per document load_file -> clean_document -> chunk_document, then the service's
  BatchWriter (chunks of consecutive documents embedded together in full batches, Chroma
  add), then per document BM25Index.add + ChromaStore/BM25Index publish, as `ingest_many`
  does, into a fresh temporary data dir. `--screen` picks the prompt-injection screen run on
  each write batch as the app does: `learned` (the default, rules + learned layer sharing the
  MiniLM embedder, as the app wires it), `rules`, or `none` (the pipeline before screening
  moved to ingestion).

The corpus is cut into `--rounds` slices and the two sides take turns on each slice (in
alternating order), so that other work on the machine slows both alike. Prints one JSON
document with chunks/s of each, `ratio` = pipeline / baseline (the spec asks for at least
0.85), and the time spent in each pipeline stage. `--profile` adds the top functions of a
second, cProfiled pipeline run (the measured run is never profiled).

Run: .venv/bin/python bench/ingest.py [--min-chunks 1500] [--rounds 9] [--screen learned]
     [--profile]
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import argparse  # noqa: E402
import cProfile  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import pstats  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import defaultdict, deque  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from knowledge.bm25 import BM25Index  # noqa: E402
from knowledge.chroma import make_client  # noqa: E402
from knowledge.chunking import chunk_document  # noqa: E402
from knowledge.cleaning import clean_document  # noqa: E402
from knowledge.loaders import load_file  # noqa: E402
from knowledge.pipeline import IngestPipeline, ScreenFunction  # noqa: E402
from knowledge.store import ChromaStore  # noqa: E402
from knowledge.writer import BatchWriter, PendingWrite  # noqa: E402
from models.embeddings import MiniLMEmbedder  # noqa: E402
from safety.injection import build_screener  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "retrieval_eval"
MAX_BYTES = 25 * 1024 * 1024
STAGES = ("load", "clean", "chunk", "discard", "screen", "embed", "chroma_add",
          "chroma_publish", "bm25_add", "bm25_publish")
SCREENS = ("learned", "rules", "none")


def log(message: str) -> None:
    """Progress for a human, on stderr so stdout stays pure JSON."""
    print(message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Upload:
    """One document as the pipeline receives it."""

    coach_id: int
    document_id: int
    filename: str
    data: bytes


def variant(text: str, copy: int) -> str:
    """A copy of a Markdown document: its `##` sections rotated by `copy`, its title numbered."""
    if copy == 0:
        return text
    parts = re.split(r"(?m)^(?=## )", text)
    head, sections = parts[0], parts[1:]
    if sections:
        shift = copy % len(sections)
        sections = sections[shift:] + sections[:shift]
    head = re.sub(r"(?m)^# (.*)$", lambda m: f"# {m.group(1)} (copy {copy + 1})", head, count=1)
    return head + "".join(section if section.endswith("\n") else section + "\n"
                          for section in sections)


def build_corpus(data: Path, min_chunks: int, chunk_size: int, chunk_overlap: int) -> list[Upload]:
    """Enough varied copies of the eval documents to make at least `min_chunks` chunks."""
    originals = [(coach_id, path) for coach_id, folder in
                 enumerate(sorted(p for p in data.iterdir() if p.is_dir()), start=1)
                 for path in sorted(folder.glob("*.md"))]
    per_copy = sum(
        len(chunk_document(load_file(path.read_bytes(), path.name, max_bytes=MAX_BYTES),
                           coach_id=coach_id, document_id=1, version=1, filename=path.name,
                           chunk_size=chunk_size, chunk_overlap=chunk_overlap))
        for coach_id, path in originals
    )
    copies = max(1, math.ceil(min_chunks / per_copy))
    uploads = []
    for copy in range(copies):
        for coach_id, path in originals:
            name = path.name if copy == 0 else f"{path.stem}-copy{copy + 1}{path.suffix}"
            text = variant(path.read_text(encoding="utf-8"), copy)
            uploads.append(Upload(coach_id, len(uploads) + 1, name, text.encode("utf-8")))
    return uploads


def split(uploads: Sequence[Upload], rounds: int) -> list[list[Upload]]:
    """The uploads in `rounds` consecutive groups of nearly equal size."""
    rounds = max(1, min(rounds, len(uploads)))
    size = math.ceil(len(uploads) / rounds)
    return [list(uploads[i : i + size]) for i in range(0, len(uploads), size)]


def chunk_texts(uploads: Sequence[Upload], chunk_size: int, chunk_overlap: int) -> list[str]:
    """Every chunk text the pipeline will embed, in the same order (untimed preparation)."""
    texts = []
    for upload in uploads:
        doc = clean_document(load_file(upload.data, upload.filename, max_bytes=MAX_BYTES))
        texts += [chunk.search_text for chunk in chunk_document(
            doc, coach_id=upload.coach_id, document_id=upload.document_id, version=1,
            filename=upload.filename, chunk_size=chunk_size, chunk_overlap=chunk_overlap)]
    return texts


class Timed:
    """Passes attribute access through, adding the time of the named methods to a stage."""

    def __init__(self, target: Any, stages: dict[str, float], methods: dict[str, str]) -> None:
        self._target, self._stages, self._methods = target, stages, methods

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        stage = self._methods.get(name)
        if stage is None:
            return attr

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            finally:
                self._stages[stage] += time.perf_counter() - started

        return timed


class Pipeline:
    """The ingestion path of the spec, documents embedded together, timing each stage."""

    def __init__(self, root: Path, embedder: MiniLMEmbedder, chunk_size: int,
                 chunk_overlap: int, embed_batch: int = 64,
                 screen: ScreenFunction | None = None) -> None:
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap
        self.stages: dict[str, float] = defaultdict(float)
        self.seconds = 0.0
        self.chunks = 0
        started = time.perf_counter()
        # Opening the stores is part of serving uploads in a fresh process, so it is timed.
        store = ChromaStore(client=make_client(path=root / "chroma", url=None),
                            embedder=embedder)
        bm25 = BM25Index(root / "bm25")
        self.stages["open_stores"] = time.perf_counter() - started
        self.seconds += self.stages["open_stores"]
        self.store = Timed(store, self.stages, {"add": "chroma_add", "publish": "chroma_publish",
                                                "discard_unpublished": "discard"})
        self.bm25 = Timed(bm25, self.stages, {"add": "bm25_add", "publish": "bm25_publish",
                                              "discard_unpublished": "discard"})
        self.pipeline = IngestPipeline(
            embedder=Timed(embedder, self.stages, {"embed_batch": "embed"}),
            store=self.store, bm25=self.bm25, uploads_dir=root / "uploads",
            max_bytes=MAX_BYTES, embed_batch=embed_batch, screen=self._timed_screen(screen),
        )

    def _timed_screen(self, screen: ScreenFunction | None) -> ScreenFunction | None:
        """The screen function, its time added to the `screen` stage."""
        if screen is None:
            return None

        def timed(texts: Sequence[str]) -> Sequence[tuple[str, ...]]:
            started = time.perf_counter()
            try:
                return screen(texts)
            finally:
                self.stages["screen"] += time.perf_counter() - started

        return timed

    def ingest(self, uploads: Sequence[Upload]) -> None:
        """Load, clean and chunk each document; embed in shared batches; publish each."""
        started = time.perf_counter()
        writer = BatchWriter(self.pipeline)
        waiting: deque[PendingWrite] = deque()
        for upload in uploads:
            mark = time.perf_counter()

            def lap(stage: str) -> None:
                nonlocal mark
                now = time.perf_counter()
                self.stages[stage] += now - mark
                mark = now

            loaded = load_file(upload.data, upload.filename, max_bytes=MAX_BYTES)
            lap("load")
            doc = clean_document(loaded)
            lap("clean")
            chunks = chunk_document(doc, coach_id=upload.coach_id,
                                    document_id=upload.document_id, version=1,
                                    filename=upload.filename, chunk_size=self.chunk_size,
                                    chunk_overlap=self.chunk_overlap)
            lap("chunk")
            waiting.append(PendingWrite(upload.filename, upload.coach_id, upload.document_id,
                                        chunks))
            writer.add(waiting[-1])  # times its own stages
            self._publish(waiting)
        writer.flush()
        self._publish(waiting)
        self.seconds += time.perf_counter() - started

    def _publish(self, waiting: deque[PendingWrite]) -> None:
        """Keyword-index and publish, in order, the documents whose chunks are all written."""
        while waiting and waiting[0].settled:
            item = waiting.popleft()
            if item.error is not None:
                raise item.error
            self.bm25.add(item.coach_id, item.chunks)
            self.store.publish(item.coach_id, item.document_id, 1)
            self.bm25.publish(item.coach_id, item.document_id, 1)
            self.chunks += len(item.chunks)


def profile_pipeline(
    uploads: Sequence[Upload], embedder: MiniLMEmbedder, chunk_size: int, chunk_overlap: int,
    top: int,
) -> list[dict[str, Any]]:
    """The functions with the most own time in a cProfiled pipeline run."""
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="lodestar-ingest-profile-") as temp:
        profiler.enable()
        Pipeline(Path(temp), embedder, chunk_size, chunk_overlap).ingest(uploads)
        profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    rows = []
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"function": f"{Path(filename).name}:{line}({function})", "calls": calls,
                     "own_s": round(own, 3), "cumulative_s": round(cumulative, 3)})
    rows.sort(key=lambda row: -row["own_s"])
    return rows[:top]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="eval set folder")
    parser.add_argument("--min-chunks", type=int, default=1500, help="corpus size in chunks")
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--chunk-overlap", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=64, help="MiniLM batch size")
    parser.add_argument("--rounds", type=int, default=9,
                        help="alternate baseline and pipeline over this many slices")
    parser.add_argument("--profile", action="store_true",
                        help="also profile a second pipeline run and report the top functions")
    parser.add_argument("--top", type=int, default=25, help="profile rows to report")
    parser.add_argument("--screen", choices=SCREENS, default="learned",
                        help="prompt-injection screen run at ingestion")
    args = parser.parse_args(argv)

    uploads = build_corpus(args.data, args.min_chunks, args.chunk_size, args.chunk_overlap)
    rounds = split(uploads, args.rounds)
    texts = [chunk_texts(group, args.chunk_size, args.chunk_overlap) for group in rounds]
    total = sum(map(len, texts))
    log(f"corpus: {len(uploads)} documents, {total} chunks, {len(rounds)} rounds")

    embedder = MiniLMEmbedder(batch_size=args.batch_size)
    embedder.embed_batch(texts[0][: args.batch_size])  # load the model and warm it up, untimed
    screen: ScreenFunction | None = None
    if args.screen != "none":
        screener = build_screener(learned=args.screen == "learned", embedder=embedder)
        screen = screener.reasons
        screen(texts[0][:8])  # load the head, untimed

    baseline_s = 0.0
    with tempfile.TemporaryDirectory(prefix="lodestar-ingest-") as temp:
        pipeline = Pipeline(Path(temp), embedder, args.chunk_size, args.chunk_overlap,
                            args.batch_size, screen)
        # Baseline and pipeline take turns on the same documents, first one then the other,
        # so that a change in machine load during the run falls on both sides alike.
        for n, (group, group_texts) in enumerate(zip(rounds, texts, strict=True)):
            for side in (("baseline", "pipeline") if n % 2 == 0 else ("pipeline", "baseline")):
                if side == "baseline":
                    started = time.perf_counter()
                    embedder.embed_batch(group_texts)
                    baseline_s += time.perf_counter() - started
                else:
                    pipeline.ingest(group)
            log(f"round {n + 1}/{len(rounds)}: baseline {baseline_s:.1f}s, "
                f"pipeline {pipeline.seconds:.1f}s so far")
        chunks, pipeline_s, stages = pipeline.chunks, pipeline.seconds, dict(pipeline.stages)
    if chunks != total:
        raise SystemExit(f"pipeline made {chunks} chunks but the baseline embedded {total}")

    embedder_rate = total / baseline_s
    pipeline_rate = chunks / pipeline_s
    ratio = pipeline_rate / embedder_rate
    accounted = sum(stages.values())
    result: dict[str, Any] = {
        "benchmark": "ingest",
        "documents": len(uploads),
        "chunks": chunks,
        "rounds": len(rounds),
        "chunk_chars_mean": round(sum(len(t) for group in texts for t in group) / total, 1),
        "config": {"chunk_size": args.chunk_size, "chunk_overlap": args.chunk_overlap,
                   "embedder": embedder.id, "batch_size": args.batch_size,
                   "screen": args.screen,
                   "coaches": len({upload.coach_id for upload in uploads})},
        "baseline": {"name": "MiniLMEmbedder.embed_batch, one call per round's chunk texts",
                     "seconds": round(baseline_s, 2),
                     "chunks_per_s": round(embedder_rate, 1)},
        "pipeline": {"name": "load, clean, chunk per document; embed in shared full batches "
                             "+ Chroma add; BM25 add, Chroma+BM25 publish per document",
                     "seconds": round(pipeline_s, 2),
                     "chunks_per_s": round(pipeline_rate, 1)},
        "ratio": round(ratio, 3),
        "goal": 0.85,
        "meets_goal": ratio >= 0.85,
        "pipeline_stages_s": {stage: round(stages.get(stage, 0.0), 2)
                              for stage in ("open_stores", *STAGES)},
        "pipeline_stages_share": {stage: round(stages.get(stage, 0.0) / accounted, 3)
                                  for stage in ("open_stores", *STAGES)},
    }
    if args.profile:
        log("profiling a second pipeline run")
        result["profile_top_own_time"] = profile_pipeline(
            uploads, embedder, args.chunk_size, args.chunk_overlap, args.top)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
