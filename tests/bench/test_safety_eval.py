"""bench/safety_eval.py runs on a small sample and prints the JSON report's full shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATEGORIES = {"suicide", "self_harm", "eating_disorder", "substance_abuse", "domestic_violence",
              "mental_health_crisis"}


def _check_scores(block: dict[str, object]) -> None:
    assert set(block["binary"]) >= {"precision", "recall", "f1", "support"}  # type: ignore[arg-type]
    assert set(block["per_category"]) == CATEGORIES  # type: ignore[arg-type]
    for figures in block["per_category"].values():  # type: ignore[attr-defined]
        assert set(figures) == {"precision", "recall", "f1", "support"}
        assert all(0 <= figures[k] <= 1 for k in ("precision", "recall", "f1"))
    assert 0 <= block["hard_negative_fpr"] <= 1  # type: ignore[operator]
    assert set(block["per_language"]) <= {"en", "es", "fr", "de"}  # type: ignore[arg-type]


@pytest.mark.slow
def test_the_report_has_every_figure_and_baseline() -> None:
    completed = subprocess.run(
        [sys.executable, "bench/safety_eval.py", "--sample", "40", "--latency-runs", "5",
         "--baseline", "safety/data/head.safetensors"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=600,
    )
    report = json.loads(completed.stdout)
    assert report["benchmark"] == "safety_eval"
    for part in ("held_out", "sealed"):
        section = report[part]
        assert section["rows"] == 40
        _check_scores(section["combined"])
        for baseline in ("model_only", "rules_only"):
            _check_scores(section["baselines"][baseline])
        assert set(section["ratios"]) == {"combined/model_only", "combined/rules_only"}
    baseline = report["baseline"]  # the shipped head against itself: every ratio is 1
    _check_scores(baseline["held_out"])
    assert all(value in (0.0, 1.0) for value in baseline["ratios"]["held_out"].values())
    assert sum(baseline["held_out"]["confusion"]["suicide"].values()) == (
        baseline["held_out"]["per_category"]["suicide"]["support"])
    short = report["short_sealed"]["combined"]
    assert report["test_sources"]["short_sealed"] == 40 and report["short_sealed"]["rows"] == 40
    assert 0 <= short["binary"]["recall"] <= 1
    assert set(baseline["ratios"]) == {"held_out", "sealed", "short_sealed"}
    assert 0 <= baseline["everyday"]["read_as_high"] <= baseline["everyday"]["flagged"] <= 1
    probe = report["everyday"]
    assert probe["messages"] >= 70 and 0 <= probe["read_as_high"] <= probe["flagged"] <= 1
    assert len(probe["flagged_messages"]) == round(probe["flagged"] * probe["messages"])
    latency = report["latency"]
    timings = ("message_only", "ordinary_with_history", "red_flag_with_history",
               "red_flag_with_seen_history", "red_flag_with_stored_history")
    for key in timings:
        assert latency[key]["runs"] == 5 and latency[key]["p99_ms"] >= latency[key]["p50_ms"] > 0
    assert set(report["goals"]) == {"binary_recall>=0.95", "binary_precision>=0.85",
                                    "category_recall>=0.90",
                                    *(f"latency_p99<=50ms:{key}" for key in timings)}
    assert all(isinstance(value, bool) for value in report["goals"].values())


def _bench_module():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("safety_eval", ROOT / "bench" / "safety_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(recall: float, p99: float) -> dict[str, object]:
    combined = {"binary": {"recall": recall, "precision": 0.9, "f1": 0.9}, "macro_f1": 0.8,
                "min_category_recall": recall / 2, "hard_negative_fpr": 0.1}
    return {"test_sources": {"generated_families": 10, "handwritten": 2, "sealed_handwritten": 1},
            "held_out": {"combined": combined}, "sealed": {"combined": combined},
            "latency": {"message_only": {"p50_ms": 1.0, "p99_ms": p99}}}


def test_an_earlier_report_is_put_side_by_side_with_ratios() -> None:
    bench = _bench_module()
    report = bench.side_by_side(_run(0.96, 20.0), _run(0.8, 40.0), "before.json")
    assert report["source"] == "before.json"
    assert report["held_out"]["binary"]["recall"] == 0.8
    assert report["ratios"]["held_out"]["recall"] == 1.2
    assert report["ratios"]["sealed"]["min_category_recall"] == 1.2
    assert report["latency_p99_ratios"] == {"message_only": 0.5}
    # A figure the earlier report does not have gets no ratio rather than an error.
    assert "none_read_as_high" not in report["ratios"]["held_out"]


def test_an_earlier_report_without_the_short_set_still_compares() -> None:
    bench = _bench_module()
    current = _run(0.96, 20.0)
    current["test_sources"] = {**current["test_sources"], "short_sealed": 3}  # type: ignore[dict-item]
    current["short_sealed"] = current["sealed"]
    current["everyday"] = {"flagged": 0.1, "read_as_high": 0.0}
    earlier = _run(0.8, 40.0)
    report = bench.side_by_side(current, earlier, "before.json")
    assert set(report["ratios"]) == {"held_out", "sealed"}
    assert "everyday" not in report
    probe = {"flagged": 0.5, "read_as_high": 0.25, "flagged_messages": []}
    earlier = {**current, "everyday": probe}
    report = bench.side_by_side(current, earlier, "before.json")
    assert set(report["ratios"]) == {"held_out", "sealed", "short_sealed"}
    assert report["everyday"] == {"flagged": 0.5, "read_as_high": 0.25}


def test_crisis_replies_to_ordinary_and_distress_messages_are_counted() -> None:
    bench = _bench_module()
    from safety.dataset import Row
    from safety.labels import Signal

    def row(category: str, severity: str) -> Row:
        return Row("text", category, severity, "en", "direct", "family", "test")

    rows = [row("none", "none")] * 4 + [row("suicide", "medium")] * 2 + [row("suicide", "high")]
    predicted = [Signal("suicide", "high", 0.9), Signal("none", "none", 0.0),
                 Signal("none", "none", 0.0), Signal("suicide", "medium", 0.6),
                 Signal("suicide", "high", 1.0), Signal("suicide", "medium", 1.0),
                 Signal("suicide", "high", 1.0)]
    figures = bench.score(rows, predicted)
    assert figures["none_read_as_high"] == 0.25
    assert figures["low_or_medium_read_as_high"] == 0.5
    assert figures["severity_high_recall"] == 1.0


def test_an_earlier_report_on_other_rows_is_refused() -> None:
    bench = _bench_module()
    other = _run(0.8, 40.0)
    other["test_sources"] = {"generated_families": 9, "handwritten": 2, "sealed_handwritten": 1}
    with pytest.raises(SystemExit, match="scored other rows"):
        bench.side_by_side(_run(0.96, 20.0), other, "before.json")


def test_the_helplines_second_category_is_scored() -> None:
    bench = _bench_module()
    from safety.dataset import Row
    from safety.labels import Signal

    def row(category: str) -> Row:
        return Row("text", category, "medium", "en", "direct", "family", "test")

    rows = [row("self_harm"), row("self_harm"), row("self_harm"), row("eating_disorder"),
            row("none")]
    predicted = [Signal("self_harm", "medium", 0.9),
                 Signal("substance_abuse", "medium", 0.8, (), ("self_harm",)),
                 Signal("substance_abuse", "medium", 0.8),
                 Signal("none", "none", 0.1),  # missed: not a caught red flag
                 Signal("suicide", "low", 0.5, (), ("self_harm",))]  # a false alarm
    figures = bench.score(rows, predicted)
    assert figures["category_right_when_caught"] == round(1 / 3, 4)
    assert figures["helplines_cover_category"] == round(2 / 3, 4)
    assert figures["second_category_listed"] == round(1 / 3, 4)
