"""bench/triggers.py runs end to end on a tiny population and prints the promised JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "triggers.py"


def test_tiny_run_prints_every_figure() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--learners", "60", "--sample", "20", "--emails", "5",
         "--no-postgres"],
        capture_output=True, text=True, timeout=300, check=True,
    )
    result = json.loads(done.stdout)
    sqlite = result["sqlite"]
    for key in ("set_based_seconds", "set_based_client_cpu_seconds", "candidates",
                "naive_ms_per_learner", "naive_extrapolated_seconds",
                "ratio_naive_over_set_based", "agreement_on_sample", "goal_met", "by_trigger"):
        assert key in sqlite, key
    assert sqlite["naive_sample"] == 20 and sqlite["agreement_on_sample"] == 1.0
    delivery = result["delivery_sqlite"]
    assert delivery["messages"] == delivery["received"] == 5
    assert delivery["messages_per_second"] > 0
    assert len(result["load_average"]) == 3
