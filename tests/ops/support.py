"""Helpers for the operations tests: metric samples (the Chroma server is in tests.servers)."""

from __future__ import annotations

import sys
from pathlib import Path

CHROMA = Path(sys.executable).parent / "chroma"


def sample(exposition: str, name: str, **labels: str) -> float | None:
    """The value of one series in a Prometheus text exposition (labels must all match)."""
    for line in exposition.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        series, _, value = line.rpartition(" ")
        head, _, rest = series.partition("{")
        if head != name:
            continue
        found = dict(part.split("=", 1) for part in rest.rstrip("}").split(",") if "=" in part)
        found = {k: v.strip('"') for k, v in found.items()}
        if all(found.get(k) == v for k, v in labels.items()):
            return float(value)
    return None
