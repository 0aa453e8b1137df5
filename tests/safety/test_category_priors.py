"""Category priors: tuned on held-out scores, stored with the head, applied to close calls only."""

from __future__ import annotations

import torch

from safety import calibration, training
from safety.classifier import CATEGORIES, HeadModel
from safety.labels import RED_FLAG_CATEGORIES

SEVERITY = [0.0, 0.1, 0.8, 0.1]  # medium


def _logits(**values: float) -> list[float]:
    return [values.get(category, -4.0) for category in CATEGORIES]


def _close_calls() -> tuple[torch.Tensor, list[str]]:
    """Substance-use rows that lose a close call to mental-health crisis (1.0 against 1.35),
    mental-health rows that win clearly (2.0 against 0.0), and clear suicide rows."""
    logits, truths = [], []
    for _ in range(20):
        logits.append(_logits(substance_abuse=1.0, mental_health_crisis=1.35, none=0.0))
        truths.append("substance_abuse")
        logits.append(_logits(mental_health_crisis=2.0, substance_abuse=0.0, none=0.0))
        truths.append("mental_health_crisis")
        logits.append(_logits(suicide=2.0, mental_health_crisis=0.5, none=0.0))
        truths.append("suicide")
    return torch.tensor(logits), truths


def test_priors_win_the_close_calls_back_without_losing_the_clear_ones() -> None:
    logits, truths = _close_calls()
    flagged = [True] * len(truths)
    before = training.category_recall(logits, [training.Example("t", c, "medium")
                                               for c in truths], flagged)
    priors = calibration.fit_category_priors(logits, truths, flagged, CATEGORIES)
    after = training.category_recall(logits, [training.Example("t", c, "medium")
                                              for c in truths], flagged, priors)
    assert before == {"substance_abuse": 0.0, "mental_health_crisis": 1.0, "suicide": 1.0}
    assert after == {"substance_abuse": 1.0, "mental_health_crisis": 1.0, "suicide": 1.0}
    # The smallest move that does it: substance use up, or mental-health crisis down, by
    # more than the 0.35 gap and less than the clear rows' 2.0 margin.
    gap = priors.get("substance_abuse", 0.0) - priors.get("mental_health_crisis", 0.0)
    assert 0.35 < gap < 2.0
    assert set(priors) <= set(RED_FLAG_CATEGORIES)


def test_rows_the_priors_cannot_change_do_not_count_and_no_gain_means_no_priors() -> None:
    logits, truths = _close_calls()
    # Nothing flagged, or only ordinary rows: nothing to learn.
    assert calibration.fit_category_priors(logits, truths, [False] * len(truths),
                                           CATEGORIES) == {}
    assert calibration.fit_category_priors(logits, ["none"] * len(truths),
                                           [True] * len(truths), CATEGORIES) == {}
    # Every flagged row already right: priors would only add noise.
    right = [t if t != "substance_abuse" else "mental_health_crisis" for t in truths]
    assert calibration.fit_category_priors(logits, right, [True] * len(truths), CATEGORIES) == {}


def test_the_head_applies_stored_priors_to_the_category_not_to_flagging() -> None:
    probs = [0.0] * len(CATEGORIES)
    probs[CATEGORIES.index("substance_abuse")] = 0.30
    probs[CATEGORIES.index("mental_health_crisis")] = 0.40
    probs[CATEGORIES.index("none")] = 0.30
    meta = {"thresholds": {"flag": 0.3, "flag_other_languages": 0.3, "idiom": 0.97}}
    plain = HeadModel(head=None, meta=meta)._signal(probs, SEVERITY, "en")
    tuned = HeadModel(head=None, meta={**meta, "category_priors": {"substance_abuse": 0.5}}
                      )._signal(probs, SEVERITY, "en")
    assert (plain.category, tuned.category) == ("mental_health_crisis", "substance_abuse")
    assert plain.score == tuned.score and plain.severity == tuned.severity
    # The other category stays listed as the close second.
    assert tuned.also == ("mental_health_crisis",)
    quiet = list(probs)
    quiet[CATEGORIES.index("none")], quiet[CATEGORIES.index("substance_abuse")] = 0.75, 0.05
    quiet[CATEGORIES.index("mental_health_crisis")] = 0.2
    assert HeadModel(head=None, meta={**meta, "category_priors": {"substance_abuse": 3.0}}
                     )._signal(quiet, SEVERITY, "en").category == "none"


def test_a_head_without_priors_reads_as_none() -> None:
    assert calibration.priors_from_meta({}) == {}
    assert calibration.priors_from_meta({"category_priors": {"suicide": 0.2}}) == {"suicide": 0.2}
