"""Category and severity offsets: tuned on held-out scores, stored with the head, then applied."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import torch

from safety import calibration
from safety.classifier import DEFAULT_WEIGHTS, load_local_classifier
from safety.labels import CATEGORIES, RED_FLAG_CATEGORIES, SEVERITIES

SUICIDE = CATEGORIES.index("suicide")
CRISIS = CATEGORIES.index("mental_health_crisis")
NONE = CATEGORIES.index("none")


def _category_logits(truths: list[str]) -> torch.Tensor:
    """A head that reads mental-health crises as a little more likely suicide than they are.

    Suicide messages score (suicide 3, crisis 1); crisis messages score (suicide 2.0-2.4,
    crisis 1.5-1.9): the right answer for crisis messages needs an offset of about +0.7.
    """
    rows = []
    for index, truth in enumerate(truths):
        row = [0.0] * len(CATEGORIES)
        row[NONE] = -2.0
        if truth == "suicide":
            row[SUICIDE], row[CRISIS] = 3.0, 1.0
        elif truth == "mental_health_crisis":
            row[SUICIDE], row[CRISIS] = 2.0 + (index % 5) / 10, 1.5 + (index % 5) / 10
        else:
            row[CATEGORIES.index(truth)] = 3.0
        rows.append(row)
    return torch.tensor(rows)


def test_category_offsets_move_a_systematically_confused_category_back() -> None:
    truths = ["suicide"] * 40 + ["mental_health_crisis"] * 40 + ["eating_disorder"] * 20
    logits = _category_logits(truths)
    before = (logits[:, :NONE]).argmax(-1)
    assert sum(int(p) == CRISIS for p in before[40:80]) == 0  # every crisis read as suicide

    offsets = calibration.category_offsets(logits, truths, [True] * len(truths))
    assert set(offsets) == set(RED_FLAG_CATEGORIES)
    chosen = [RED_FLAG_CATEGORIES[calibration.choose(
        torch.log_softmax(row, -1)[:NONE].tolist(), [offsets[c] for c in RED_FLAG_CATEGORIES])]
        for row in logits]
    assert chosen == truths  # every category is now recalled, suicide included
    assert offsets["mental_health_crisis"] > offsets["suicide"]
    assert abs(sum(offsets.values())) < 0.05  # centred: only differences matter


def test_unflagged_and_ordinary_rows_do_not_move_the_category_offsets() -> None:
    truths = ["suicide"] * 20 + ["mental_health_crisis"] * 20
    logits = _category_logits(truths)
    # The crisis rows were not flagged, so nothing can be gained by moving towards them.
    offsets = calibration.category_offsets(logits, truths, [True] * 20 + [False] * 20)
    assert offsets["mental_health_crisis"] <= offsets["suicide"] + 0.01
    assert calibration.category_offsets(logits, ["none"] * 40, [True] * 40) == dict.fromkeys(
        RED_FLAG_CATEGORIES, 0.0)


def _severity_case() -> tuple[torch.Tensor, list[str]]:
    """High messages read as slightly more likely medium; some flagged ordinary ones too."""
    rows, truths = [], []
    for _ in range(30):
        rows.append([-5.0, 0.0, 2.0, 1.7])
        truths.append("high")
        rows.append([-5.0, 0.0, 2.0, 0.5])
        truths.append("medium")
        rows.append([-5.0, 2.0, 0.5, 0.0])
        truths.append("low")
    for _ in range(10):  # flagged ordinary messages that look like weak highs
        rows.append([-5.0, 0.0, 2.0, 1.75])
        truths.append("none")
    return torch.tensor(rows), truths


def test_severity_offsets_raise_high_recall_within_the_false_high_budget() -> None:
    logits, truths = _severity_case()
    offsets = calibration.severity_offsets(logits, truths, [True] * len(truths))
    assert set(offsets) == set(SEVERITIES[1:])
    levels = [offsets[s] for s in SEVERITIES[1:]]
    picked = [SEVERITIES[1 + calibration.choose(torch.log_softmax(row, -1)[1:].tolist(), levels)]
              for row in logits]
    highs = [p for p, t in zip(picked, truths, strict=True) if t == "high"]
    ordinary = [p for p, t in zip(picked, truths, strict=True) if t == "none"]
    mediums = [p for p, t in zip(picked, truths, strict=True) if t == "medium"]
    # Reaching the highs (1.7) would also read the ordinary messages (1.75) as high, which the
    # budget forbids; so the highs stay medium, and ordinary messages are never read as high.
    assert ordinary.count("high") == 0
    assert highs.count("high") == 0
    assert mediums.count("medium") == 30

    # Without the look-alike ordinary messages, every high is recalled.
    offsets = calibration.severity_offsets(logits[:90], truths[:90], [True] * 90)
    levels = [offsets[s] for s in SEVERITIES[1:]]
    picked = [SEVERITIES[1 + calibration.choose(torch.log_softmax(row, -1)[1:].tolist(), levels)]
              for row in logits[:90]]
    assert picked == truths[:90]


def test_a_head_without_offsets_reads_as_zero_offsets() -> None:
    assert calibration.from_meta({}) == ([0.0] * 6, [0.0] * 3)
    meta = {"offsets": {"category": {"suicide": 0.5}, "severity": {"high": 0.25}}}
    assert calibration.from_meta(meta) == ([0.5, 0, 0, 0, 0, 0], [0, 0, 0.25])


def _with_offsets(tmp_path: Path, offsets: dict[str, dict[str, float]]) -> Path:
    weights = tmp_path / "head.safetensors"
    shutil.copy(DEFAULT_WEIGHTS, weights)
    meta = json.loads(DEFAULT_WEIGHTS.with_suffix(".json").read_text())
    weights.with_suffix(".json").write_text(json.dumps({**meta, "offsets": offsets}))
    return weights


def test_the_classifier_applies_stored_offsets_to_the_label_not_the_score(
    tmp_path: Path,
) -> None:
    text = "I have been making myself throw up after every meal"
    shipped = load_local_classifier().signals([text], use_rules=False)[0]
    assert shipped.category == "eating_disorder"
    pushed = load_local_classifier(_with_offsets(tmp_path, {
        "category": {"substance_abuse": 30.0}, "severity": {"low": 30.0}})
    ).signals([text], use_rules=False)[0]
    assert (pushed.category, pushed.severity) == ("substance_abuse", "low")
    assert pushed.score == shipped.score  # whether a message is flagged does not change

    ordinary = "Can we go over my running plan for next week?"
    assert load_local_classifier(_with_offsets(tmp_path, {
        "category": {"suicide": 30.0}, "severity": {"high": 30.0}})
    ).signals([ordinary], use_rules=False)[0].category == "none"
