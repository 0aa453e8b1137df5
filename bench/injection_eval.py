"""Prompt-injection screening, rules only against rules + learned layer, on every shipped set.

Prints one JSON document. Per evaluation set (`safety/data/injection_eval*.jsonl`) and per mode
(`rules`: `safety.injection.screen`; `combined`: the rules, then the learned MiniLM head on what
they let through, as retrieval uses it): detection rate over injections (overall and per kind),
false-block rate over benign passages (overall and per kind), and mean ms per passage; plus the
combined/rules ratio of each figure. `real_documents` screens 1,000-character chunks of the
leadership and sleep retrieval documents (never trained on) for a false-block rate on real
coaching prose and a realistic ms per chunk. `--misses` lists wrong screenings on stderr.

The sets: `injection_eval` (111/214) is the development set the rules were written against;
`injection_eval_holdout` (25/25) was then used to generalise the rules; `injection_eval_holdout2`
(30/30) was written blind for the rules but was looked at while the learned layer was built;
`injection_eval_holdout3` (64/60) was written before the learned layer existed and is the
headline. Its first, blind score is recorded in README.md; the shipped head was retrained once
after that (workplace prose, for `real_documents`), so later runs are no longer blind.

Run: .venv/bin/python bench/injection_eval.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from safety.injection import Screening, default_screener, screen

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "safety" / "data"
SETS = ("injection_eval", "injection_eval_holdout", "injection_eval_holdout2",
        "injection_eval_holdout3")
HEADLINE = "injection_eval_holdout3"
DOC_FOLDERS = ("leadership", "sleep")

Screen = Callable[[Sequence[str]], list[Screening]]


def load(path: Path) -> list[dict[str, str]]:
    """The labelled passages: text, label (injection or benign) and kind."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def document_chunks() -> list[str]:
    """1,000-character chunks (200 overlap) of the held-out coaching documents, as ingested."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from knowledge.chunking import SEPARATORS

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200,
                                              separators=SEPARATORS, keep_separator="end")
    folder = ROOT / "bench" / "data" / "retrieval_eval"
    return [chunk for name in DOC_FOLDERS for path in sorted((folder / name).glob("*.md"))
            for chunk in splitter.split_text(path.read_text(encoding="utf-8"))]


def evaluate(rows: list[dict[str, str]], run: Screen) -> tuple[dict[str, object], list[str]]:
    """The figures for one mode, and the wrongly screened rows (one line each)."""
    started = time.perf_counter()
    results = run([row["text"] for row in rows])
    elapsed = time.perf_counter() - started
    by_kind: dict[tuple[str, str], list[bool]] = defaultdict(list)
    wrong = []
    for row, result in zip(rows, results, strict=True):
        by_kind[(row["label"], row["kind"])].append(result.flagged)
        if result.flagged != (row["label"] == "injection"):
            wrong.append(f"{row['label']:9} {result.score:.2f} {row['text']!r}")

    def rate(label: str) -> tuple[float, int, dict[str, float]]:
        outcomes = [f for (lab, _), fs in by_kind.items() if lab == label for f in fs]
        per_kind = {kind: round(sum(fs) / len(fs), 4)
                    for (lab, kind), fs in sorted(by_kind.items()) if lab == label}
        return round(sum(outcomes) / max(len(outcomes), 1), 4), len(outcomes), per_kind

    detection, injections, detection_by_kind = rate("injection")
    false_block, benign, false_block_by_kind = rate("benign")
    return {
        "injection_cases": injections, "benign_passages": benign,
        "detection_rate": detection, "false_block_rate": false_block,
        "detection_by_kind": detection_by_kind, "false_block_by_kind": false_block_by_kind,
        "mean_ms_per_passage": round(elapsed * 1000 / max(len(rows), 1), 3),
    }, wrong


def _ratio(new: object, old: object) -> float | None:
    if not isinstance(new, int | float) or not isinstance(old, int | float) or not old:
        return None
    return round(new / old, 3)


def main() -> None:
    """Print the side-by-side evaluation as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list wrong screenings on stderr")
    args = parser.parse_args()
    screener = default_screener()
    if screener.scorer is None:
        sys.exit("no learned injection head; run `lodestar safety train-injection`")
    screener.screen_many(["warm-up: load the encoder before timing"])
    modes: dict[str, Screen] = {"rules": lambda texts: [screen(t) for t in texts],
                                "combined": screener.screen_many}
    sets = {name: load(DATA_DIR / f"{name}.jsonl") for name in SETS}
    sets["real_documents"] = [{"text": chunk, "label": "benign", "kind": "coach_docs"}
                              for chunk in document_chunks()]
    report: dict[str, object] = {
        "headline": HEADLINE, "threshold": screener.scorer.threshold,
        "torch_threads": 1, "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    for name, rows in sets.items():
        figures = {}
        for mode, run in modes.items():
            figures[mode], wrong = evaluate(rows, run)
            if args.misses:
                for line in wrong:
                    print(f"{name} {mode} {line}", file=sys.stderr)  # noqa: T201
        figures["ratio_combined_to_rules"] = {
            key: _ratio(figures["combined"][key], figures["rules"][key])
            for key in ("detection_rate", "false_block_rate", "mean_ms_per_passage")}
        report[name] = figures
    print(json.dumps(report, indent=2))  # noqa: T201


if __name__ == "__main__":
    main()
