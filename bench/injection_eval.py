"""Prompt-injection screening on the shipped evaluation sets (`safety/data/injection_eval*.jsonl`).

Every passage is screened with `safety.injection.screen`. Prints one JSON document with, per
set: the detection rate over the injection cases (overall and per kind), the false-block rate
over the benign passages (overall and per kind), the counts, and the mean screening time per
passage. `--misses` lists the missed injections and the blocked benign passages on stderr.

The sets: `injection_eval` (111 injections, 214 benign) is the development set the rules were
written against; `injection_eval_holdout` was written blind, measured (20% detection), then
used to generalise the rules, so it is no longer independent; `injection_eval_holdout2` was
written blind after that and never used for tuning: it is the honest figure.

Run: .venv/bin/python bench/injection_eval.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from safety.injection import screen

DATA_DIR = Path(__file__).resolve().parent.parent / "safety" / "data"
SETS = ("injection_eval", "injection_eval_holdout", "injection_eval_holdout2")


def load(path: Path) -> list[dict[str, str]]:
    """The labelled passages: text, label (injection or benign) and kind."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def evaluate(rows: list[dict[str, str]]) -> tuple[dict[str, object], list[dict[str, str]]]:
    """The figures, and the rows screened wrongly."""
    flagged_by_kind: dict[tuple[str, str], list[bool]] = defaultdict(list)
    wrong = []
    started = time.perf_counter()
    for row in rows:
        flagged = screen(row["text"]).flagged
        flagged_by_kind[(row["label"], row["kind"])].append(flagged)
        if flagged != (row["label"] == "injection"):
            wrong.append(row)
    elapsed = time.perf_counter() - started

    def rate(label: str) -> tuple[float, int, dict[str, float]]:
        outcomes = [f for (lab, _), fs in flagged_by_kind.items() if lab == label for f in fs]
        per_kind = {kind: round(sum(fs) / len(fs), 4)
                    for (lab, kind), fs in sorted(flagged_by_kind.items()) if lab == label}
        return round(sum(outcomes) / max(len(outcomes), 1), 4), len(outcomes), per_kind

    detection, injections, detection_by_kind = rate("injection")
    false_block, benign, false_block_by_kind = rate("benign")
    return {
        "injection_cases": injections,
        "benign_passages": benign,
        "detection_rate": detection,
        "false_block_rate": false_block,
        "detection_by_kind": detection_by_kind,
        "false_block_by_kind": false_block_by_kind,
        "mean_ms_per_passage": round(elapsed * 1000 / max(len(rows), 1), 4),
    }, wrong


def main() -> None:
    """Print the evaluation as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list wrong screenings on stderr")
    args = parser.parse_args()
    report = {}
    for name in SETS:
        figures, wrong = evaluate(load(DATA_DIR / f"{name}.jsonl"))
        report[name] = figures
        if args.misses:
            for row in wrong:
                print(f"{name} {row['label']:9} {row['text']!r}", file=sys.stderr)  # noqa: T201
    print(json.dumps(report, indent=2))  # noqa: T201


if __name__ == "__main__":
    main()
