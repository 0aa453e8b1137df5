"""Red-flag classifier evaluation on the held-out split, against rules-only and model-only runs.

The test set is the generated families that were never trained on (split by family, so no
near-copies of training sentences) plus the hand-written test-only messages. Prints one JSON
document: per-category precision/recall/F1, binary red-flag recall and precision, a per-language
breakdown, the false-positive rate on hard negatives, severity agreement, latency p50/p99 per
message (with and without conversation history), and ratios of the combined classifier against
each baseline run side by side.

With `--baseline WEIGHTS` another head (for example the previously shipped one) is scored on the
same rows, and the ratios of the current classifier against it are printed side by side. With
`--baseline-report FILE`, a report this script printed at an earlier commit is read back and put
side by side instead, for a head the current code can no longer load (other hand features).

Run: .venv/bin/python bench/safety_eval.py [--sample N] [--latency-runs 200] [--baseline W]
     [--baseline-report FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from safety.classifier import (  # noqa: E402
    RED_FLAG_CATEGORIES,
    LocalRedFlagClassifier,
    Signal,
    load_local_classifier,
)
from safety.dataset import (  # noqa: E402
    Row,
    everyday_messages,
    sealed_rows,
    short_sealed_rows,
    test_rows,
)
from safety.ports import MessageText  # noqa: E402

GOALS = {"binary_recall": 0.95, "binary_precision": 0.85, "category_recall": 0.90,
         "latency_p99_ms": 50.0}


def _ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "support": tp + fn}


def score(rows: Sequence[Row], predicted: Sequence[Signal]) -> dict[str, object]:
    """Every quality figure for one set of predictions."""
    per_category = {}
    for category in RED_FLAG_CATEGORIES:
        tp = sum(r.category == category and p.category == category
                 for r, p in zip(rows, predicted, strict=True))
        fp = sum(r.category != category and p.category == category
                 for r, p in zip(rows, predicted, strict=True))
        fn = sum(r.category == category and p.category != category
                 for r, p in zip(rows, predicted, strict=True))
        per_category[category] = _prf(tp, fp, fn)
    binary = _binary(rows, predicted)
    languages = {}
    for lang in sorted({r.lang for r in rows}):
        pairs = [(r, p) for r, p in zip(rows, predicted, strict=True) if r.lang == lang]
        languages[lang] = _binary([r for r, _ in pairs], [p for _, p in pairs])
    hard = [p for r, p in zip(rows, predicted, strict=True) if r.style == "hard_negative"]
    negatives = [p for r, p in zip(rows, predicted, strict=True) if r.category == "none"]
    caught = [(r, p) for r, p in zip(rows, predicted, strict=True)
              if r.category != "none" and p.category != "none"]
    confusion = {truth: {guess: sum(r.category == truth and p.category == guess
                                     for r, p in zip(rows, predicted, strict=True))
                         for guess in (*RED_FLAG_CATEGORIES, "none")}
                 for truth in RED_FLAG_CATEGORIES}
    return {
        "binary": binary,
        "per_category": per_category,
        "confusion": confusion,
        "macro_f1": round(statistics.mean(c["f1"] for c in per_category.values()), 4),
        "min_category_recall": min(c["recall"] for c in per_category.values()),
        "per_language": languages,
        "hard_negative_fpr": round(sum(p.category != "none" for p in hard) / max(1, len(hard)), 4),
        "hard_negatives": len(hard),
        "none_fpr": round(sum(p.category != "none" for p in negatives) / max(1, len(negatives)), 4),
        "severity_exact": round(sum(r.severity == p.severity for r, p in caught)
                                / max(1, len(caught)), 4),
        # The helplines follow the category, plus a close second one (`Signal.also`): how often
        # a caught red flag's own category is the one read, and how often it is among those
        # whose helplines are listed; and how many caught messages list a second category.
        "category_right_when_caught": round(sum(r.category == p.category for r, p in caught)
                                            / max(1, len(caught)), 4),
        "helplines_cover_category": round(sum(r.category in (p.category, *p.also)
                                              for r, p in caught) / max(1, len(caught)), 4),
        "second_category_listed": round(sum(bool(p.also) for _, p in caught)
                                        / max(1, len(caught)), 4),
        # The crisis reply goes to anything read as high: how often it reaches an ordinary
        # message, and a true low- or medium-severity one.
        "none_read_as_high": _share_high(rows, predicted, {"none"}),
        "low_or_medium_read_as_high": _share_high(rows, predicted, {"low", "medium"}),
        "severity_high_recall": round(
            sum(p.severity == "high" for r, p in zip(rows, predicted, strict=True)
                if r.severity == "high") / max(1, sum(r.severity == "high" for r in rows)), 4),
    }


def _share_high(rows: Sequence[Row], predicted: Sequence[Signal], severities: set[str]) -> float:
    picked = [p for r, p in zip(rows, predicted, strict=True) if r.severity in severities]
    return round(sum(p.severity == "high" for p in picked) / max(1, len(picked)), 4)


def _binary(rows: Sequence[Row], predicted: Sequence[Signal]) -> dict[str, float]:
    pairs = list(zip(rows, predicted, strict=True))
    tp = sum(r.category != "none" and p.category != "none" for r, p in pairs)
    fp = sum(r.category == "none" and p.category != "none" for r, p in pairs)
    fn = sum(r.category != "none" and p.category == "none" for r, p in pairs)
    return {**_prf(tp, fp, fn), "rows": len(pairs)}


def latency(classifier: LocalRedFlagClassifier, texts: Sequence[str], runs: int, history: int,
            earlier: Sequence[str] = (), seen: bool = False,
            stored: bool = False) -> dict[str, float]:
    """p50/p99 milliseconds of one `classify` call, with `history` earlier messages.

    With `seen`, the earlier messages are classified first, untimed, as they are in a real
    conversation (each arrived and was read before this one). With `stored`, they were read
    too, but by another worker or before a restart: the cache is emptied and their readings
    come with them, as the chat passes the readings stored with the messages. With neither, the
    cache is emptied and nothing was stored (messages from before an upgrade): the worst case.
    """
    rng = random.Random(3)
    classifier.classify("warming up the encoder", [])
    samples = []
    for _ in range(runs):
        text = rng.choice(texts)
        before: list[str] = rng.sample(list(earlier or texts), k=history) if history else []
        for index, message in enumerate(before if seen else []):
            classifier.classify(message, before[:index])
        if stored:
            before = [MessageText(m, message_id=i, reading=classifier.classify(m, []).reading)
                      for i, m in enumerate(before)]
        if not seen:
            classifier.forget()
        start = time.perf_counter()
        classifier.classify(text, before)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {"p50_ms": round(statistics.median(samples), 2),
            "p99_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.99))], 2),
            "runs": runs, "history_messages": history}


def compare(classifier: LocalRedFlagClassifier, rows: Sequence[Row]) -> dict[str, object]:
    """Combined, model-only and rules-only scored side by side on the same rows."""
    texts = [r.text for r in rows]
    combined = score(rows, classifier.signals(texts))
    model_only = score(rows, classifier.signals(texts, use_rules=False))
    rules_only = score(rows, classifier.signals(texts, use_model=False))
    ratios = {}
    for name, base in (("combined/model_only", model_only), ("combined/rules_only", rules_only)):
        ratios[name] = {key: _ratio(combined["binary"][key], base["binary"][key])  # type: ignore[index]
                        for key in ("recall", "precision", "f1")}
        ratios[name]["macro_f1"] = _ratio(combined["macro_f1"], base["macro_f1"])  # type: ignore[arg-type]
    return {"rows": len(rows), "combined": combined,
            "baselines": {"model_only": model_only, "rules_only": rules_only}, "ratios": ratios}


# The everyday probe's figures a baseline or an earlier report is shown with.
EVERYDAY_FIGURES = ("flagged", "read_as_high")


def everyday(classifier: LocalRedFlagClassifier) -> dict[str, object]:
    """How often short everyday messages ("I have a question", "Why?") are flagged, each read
    alone as the first message of a conversation: a high reading sends the crisis reply."""
    texts = everyday_messages()
    readings = [classifier.classify(text, []) for text in texts]
    flagged = [(t, r) for t, r in zip(texts, readings, strict=True) if r.category != "none"]
    return {
        "messages": len(texts),
        "flagged": round(len(flagged) / len(texts), 4),
        "read_as_high": round(sum(r.severity == "high" for _, r in flagged) / len(texts), 4),
        "flagged_messages": [f"{t} -> {r.category}/{r.severity}" for t, r in flagged],
    }


def against(current: dict[str, object], baseline: dict[str, object]) -> dict[str, float]:
    """Ratios of the current classifier's combined figures to the baseline's on the same rows."""
    ours, theirs = current["combined"], baseline["combined"]
    ratios = {key: _ratio(ours["binary"][key], theirs["binary"][key])  # type: ignore[index]
              for key in ("recall", "precision", "f1")}
    for key in ("macro_f1", "min_category_recall", "hard_negative_fpr", "severity_high_recall",
                "none_read_as_high", "helplines_cover_category"):
        if key in ours and key in theirs:  # type: ignore[operator]  # older reports lack some
            ratios[key] = _ratio(ours[key], theirs[key])  # type: ignore[index]
    return ratios


def evaluate(*, sample: int | None, latency_runs: int, weights: Path | None,
             baseline: Path | None = None) -> dict[str, object]:
    """Score the held-out and sealed sets; time the classifier; check the goals."""
    rows, sealed, short = test_rows(), sealed_rows(), short_sealed_rows()
    if sample:
        rows = random.Random(11).sample(rows, k=min(sample, len(rows)))
        sealed = random.Random(12).sample(sealed, k=min(sample, len(sealed)))
        short = random.Random(13).sample(short, k=min(sample, len(short)))
    classifier = load_local_classifier(weights)
    held_out = compare(classifier, rows)
    result: dict[str, object] = {
        "benchmark": "safety_eval",
        "cpu_count": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "test_sources": {"generated_families": sum(not r.source_template.startswith("hand")
                                                   for r in rows),
                         "handwritten": sum(r.source_template.startswith("hand") for r in rows),
                         "sealed_handwritten": len(sealed), "short_sealed": len(short)},
        "thresholds": {"flag": classifier.model.threshold,
                       "flag_other_languages": classifier.model.other_threshold},
        "held_out": held_out,
        "sealed": compare(classifier, sealed),
        "short_sealed": compare(classifier, short),
        "everyday": everyday(classifier),
    }
    if baseline:
        previous = load_local_classifier(baseline)
        base = {"held_out": compare(previous, rows), "sealed": compare(previous, sealed),
                "short_sealed": compare(previous, short)}
        base_everyday = everyday(previous)
        result["baseline"] = {
            "weights": str(baseline),
            **{name: section["combined"] for name, section in base.items()},
            "everyday": {key: base_everyday[key] for key in EVERYDAY_FIGURES},
            "ratios": {name: against(result[name], section)  # type: ignore[arg-type]
                       for name, section in base.items()}}
    if latency_runs:
        every = [r.text for r in rows]
        ordinary = [r.text for r in rows if r.category == "none"] or every
        flagged = [r.text for r in rows if r.category != "none"] or every
        result["latency"] = {
            "message_only": latency(classifier, every, latency_runs, history=0),
            "ordinary_with_history": latency(classifier, ordinary, latency_runs, history=3,
                                             earlier=every),
            "red_flag_with_history": latency(classifier, flagged, latency_runs, history=3,
                                             earlier=every),
            "red_flag_with_seen_history": latency(classifier, flagged, latency_runs, history=3,
                                                  earlier=every, seen=True),
            "red_flag_with_stored_history": latency(classifier, flagged, latency_runs,
                                                    history=3, earlier=every, stored=True),
        }
    combined = held_out["combined"]
    binary = combined["binary"]  # type: ignore[index]
    goals = {
        "binary_recall>=0.95": binary["recall"] >= GOALS["binary_recall"],
        "binary_precision>=0.85": binary["precision"] >= GOALS["binary_precision"],
        "category_recall>=0.90": combined["min_category_recall"] >= GOALS["category_recall"],  # type: ignore[index]
    }
    if latency_runs:
        timings = result["latency"]
        for name in ("message_only", "ordinary_with_history", "red_flag_with_history",
                     "red_flag_with_seen_history", "red_flag_with_stored_history"):
            p99 = timings[name]["p99_ms"]  # type: ignore[index]
            goals[f"latency_p99<=50ms:{name}"] = p99 <= GOALS["latency_p99_ms"]
    result["goals"] = goals
    return result


def main() -> None:
    """Run the evaluation and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="Score a random N-row sample.")
    parser.add_argument("--latency-runs", type=int, default=200)
    parser.add_argument("--weights", type=Path, default=None)
    parser.add_argument("--baseline", type=Path, default=None,
                        help="Another head to score side by side (e.g. the previous one).")
    parser.add_argument("--baseline-report", type=Path, default=None,
                        help="A report this script printed at another commit (for a head whose "
                             "hand features this code no longer computes): its figures and "
                             "the ratios to them, side by side.")
    args = parser.parse_args()
    result = evaluate(sample=args.sample or None, latency_runs=args.latency_runs,
                      weights=args.weights, baseline=args.baseline)
    if args.baseline_report:
        result["baseline_report"] = side_by_side(
            result, json.loads(args.baseline_report.read_text(encoding="utf-8")),
            str(args.baseline_report))
    print(json.dumps(result, indent=2))


def side_by_side(current: dict[str, Any], earlier: dict[str, Any],
                 source: str) -> dict[str, object]:
    """An earlier run's figures on the same rows, with the current run's ratios to them."""
    # An older report may lack a later set (the short messages); the sets both scored must match.
    if any(current["test_sources"].get(name) != count
           for name, count in earlier["test_sources"].items()):
        raise SystemExit(f"{source} scored other rows: {earlier['test_sources']}")
    parts = [part for part in ("held_out", "sealed", "short_sealed") if part in earlier]
    report: dict[str, object] = {
        "source": source, **{part: earlier[part]["combined"] for part in parts},
        "ratios": {part: against(current[part], earlier[part]) for part in parts},
    }
    if "everyday" in earlier:
        report["everyday"] = {key: earlier["everyday"][key] for key in EVERYDAY_FIGURES}
    if "latency" in current and "latency" in earlier:
        report["latency"] = earlier["latency"]
        report["latency_p99_ratios"] = {
            name: _ratio(timing["p99_ms"], earlier["latency"][name]["p99_ms"])
            for name, timing in current["latency"].items() if name in earlier["latency"]}
    return report


if __name__ == "__main__":
    main()
