"""The held-out fold's per-category recall, recorded by `lodestar safety train`."""

from __future__ import annotations

import torch

from safety import training
from safety.labels import CATEGORIES


def _logits(*winners: str) -> torch.Tensor:
    """Category logits whose top category other than `none` is each winner (none is highest)."""
    rows = torch.zeros(len(winners), len(CATEGORIES))
    for i, winner in enumerate(winners):
        rows[i, CATEGORIES.index("none")] = 5.0
        rows[i, CATEGORIES.index(winner)] = 3.0
    return rows


def _row(category: str) -> training.Example:
    return training.Example("text", category, "medium" if category != "none" else "none")


def test_category_recall_counts_flagged_rows_given_their_own_category() -> None:
    rows = [_row("self_harm"), _row("self_harm"), _row("self_harm"), _row("self_harm"),
            _row("suicide"), _row("none")]
    logits = _logits("self_harm", "substance_abuse", "self_harm", "self_harm", "suicide",
                     "suicide")
    # The second self-harm row is flagged as another category, the fourth is not flagged.
    flagged = [True, True, True, False, True, True]
    recall = training.category_recall(logits, rows, flagged)
    assert recall == {"self_harm": 0.5, "suicide": 1.0}  # categories without rows are left out
