"""The high-severity gate: tuned on held-out scores, stored with the head, applied at reading."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import torch

from safety import calibration
from safety.calibration import HighGate
from safety.classifier import DEFAULT_WEIGHTS, load_local_classifier


def _case() -> tuple[torch.Tensor, list[float], list[str]]:
    """Severity logits (none, low, medium, high), red-flag scores and true severities.

    True crises are read as a little more likely medium than high (high 1.65 against medium 2)
    and score 0.99; true medium messages lean clearly to medium; flagged ordinary messages look
    like weak crises (high 1.8) but score only 0.3.
    """
    logits, scores, truths = [], [], []
    for _ in range(30):
        logits.append([-5.0, 0.0, 2.0, 1.65])
        scores.append(0.99)
        truths.append("high")
        logits.append([-5.0, 0.0, 2.0, 0.5])
        scores.append(0.99)
        truths.append("medium")
        logits.append([-5.0, 2.0, 0.5, 0.0])
        scores.append(0.9)
        truths.append("low")
    for _ in range(10):
        logits.append([-5.0, 0.0, 2.0, 1.8])
        scores.append(0.3)
        truths.append("none")
    return torch.tensor(logits), scores, truths


def _levels(gate: HighGate, logits: torch.Tensor, scores: list[float]) -> list[str]:
    names = ("none", "low", "medium", "high")
    return [names[gate.level(torch.softmax(row, -1).tolist(), score)]
            for row, score in zip(logits, scores, strict=True)]


def test_the_gate_reads_true_crises_as_high_and_keeps_ordinary_messages_out() -> None:
    logits, scores, truths = _case()
    assert _levels(HighGate(), logits, scores).count("high") == 0  # the head alone: no highs
    gate = calibration.fit_high_gate(logits, scores, truths, [True] * len(truths))
    # An offset alone would read the ordinary messages (1.8) as high before the crises (1.65);
    # the score gate keeps them out.
    assert gate.offset > 0.3 and 0.3 < gate.min_score <= 0.99
    assert _levels(gate, logits, scores) == [t if t != "none" else "medium" for t in truths]


def test_the_gate_never_reads_more_ordinary_messages_as_high() -> None:
    logits, scores, truths = _case()
    # When the ordinary messages score as high as the crises, no gate can separate them, so
    # the crises stay medium rather than send crisis replies to ordinary messages.
    same = [0.99] * len(scores)
    gate = calibration.fit_high_gate(logits, same, truths, [True] * len(truths))
    levels = _levels(gate, logits, same)
    assert [lv for lv, t in zip(levels, truths, strict=True) if t == "none"].count("high") == 0
    assert [lv for lv, t in zip(levels, truths, strict=True) if t == "high"].count("high") == 0


def test_the_gate_limits_how_many_distress_messages_become_crises() -> None:
    logits, scores, truths = _case()
    # Medium messages that lean to high as much as the crises do: reading the crises as high
    # would read all thirty of them as high too, more than the allowed extra share.
    logits[1:90:3] = torch.tensor([-5.0, 0.0, 2.0, 1.65])
    gate = calibration.fit_high_gate(logits, scores, truths, [True] * len(truths))
    levels = _levels(gate, logits, scores)
    assert [lv for lv, t in zip(levels, truths, strict=True) if t == "medium"].count("high") <= (
        calibration.MAX_EXTRA_HIGH * 60)


def test_unflagged_rows_do_not_count_and_nothing_to_learn_gives_no_gate() -> None:
    logits, scores, truths = _case()
    flagged = [t != "high" for t in truths]  # no flagged crisis: nothing to gain
    assert calibration.fit_high_gate(logits, scores, truths, flagged) == HighGate()
    assert calibration.fit_high_gate(logits, scores, truths, [False] * len(truths)) == HighGate()


def test_a_head_without_a_gate_reads_as_no_gate() -> None:
    assert calibration.from_meta({}) == HighGate(0.0, 0.0)
    stored = HighGate(0.5, 0.8).as_meta()
    assert calibration.from_meta({"severity_gate": stored}) == HighGate(0.5, 0.8)


def _with_gate(tmp_path: Path, gate: HighGate) -> Path:
    weights = tmp_path / "head.safetensors"
    tmp_path.mkdir(parents=True, exist_ok=True)
    shutil.copy(DEFAULT_WEIGHTS, weights)
    meta = json.loads(DEFAULT_WEIGHTS.with_suffix(".json").read_text())
    weights.with_suffix(".json").write_text(json.dumps({**meta, "severity_gate": gate.as_meta()}))
    return weights


def test_the_classifier_applies_the_stored_gate_to_the_severity_not_the_score(
    tmp_path: Path,
) -> None:
    text = "I have been making myself throw up after every meal"
    shipped = load_local_classifier().signals([text], use_rules=False)[0]
    assert shipped.category == "eating_disorder"
    every = load_local_classifier(_with_gate(tmp_path / "a", HighGate(30.0, 0.0)))
    pushed = every.signals([text], use_rules=False)[0]
    assert (pushed.category, pushed.severity) == ("eating_disorder", "high")
    assert pushed.score == shipped.score  # whether a message is flagged does not change
    barred = load_local_classifier(_with_gate(tmp_path / "b", HighGate(30.0, 1.01)))
    assert barred.signals([text], use_rules=False)[0].severity in {"low", "medium"}
    ordinary = "Can we go over my running plan for next week?"
    assert every.signals([ordinary], use_rules=False)[0].category == "none"
