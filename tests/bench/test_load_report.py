"""bench/load.py's JSON report: shape, percentiles, 5xx and lost-message counting."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from chat_load import Learner, Sent  # noqa: E402
from load import View, Visitor, summarise  # noqa: E402


def test_the_report_counts_throughput_latency_errors_and_losses() -> None:
    learner = Learner(index=0, token="t", conversation=1)
    learner.sent = [
        Sent(conversation=1, text="a", status=200, ending="done", ttft_ms=100.0, total_ms=900.0),
        Sent(conversation=1, text="b", status=200, ending="error", ttft_ms=None, total_ms=50.0),
        Sent(conversation=1, text="c", status=503, total_ms=5.0),
    ]
    visitor = Visitor(learner, views=[View("me", 200, 10.0), View("/", 200, 30.0),
                                      View("1", 500, 3.0)])
    report = summarise([visitor], {"stored": 2, "not_stored": 1, "lost": 0}, wall=10.0)
    json.dumps(report)
    assert report["requests"] == 6 and report["requests_per_second"] == 0.6
    assert report["5xx"] == 2
    assert report["stream_endings"] == {"done": 1, "error": 1}
    assert report["answers_done"] == 1 and report["lost_messages"] == 0
    assert report["ttft_ms"] == {"p50": 100.0, "p95": 100.0, "p99": 100.0, "n": 1}
    assert report["page_view_ms"]["p50"] == 20.0 and report["page_view_ms"]["n"] == 2
    assert set(report["answer_ms"]) == {"p50", "p95", "p99", "n"}
