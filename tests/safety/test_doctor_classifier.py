"""`lodestar doctor` on the red-flag classifier, and its state in /readyz."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.doctor import CLASSIFIER, check_classifier
from app.settings import Settings
from safety.classifier import DEFAULT_WEIGHTS
from safety.hook import WarmClassifier
from safety.ports import Assessment
from tests.app.web_support import build_app, seed_world


def _copy(tmp_path: Path) -> Path:
    """The shipped weights and head.json, copied into a directory of the test's own."""
    folder = tmp_path / "head"
    folder.mkdir()
    for source in (DEFAULT_WEIGHTS, DEFAULT_WEIGHTS.with_suffix(".json")):
        shutil.copy(source, folder / source.name)
    return folder / DEFAULT_WEIGHTS.name


def _by_name(checks: list[Any]) -> dict[str, Any]:
    return {check.name: check for check in checks}


def test_the_shipped_head_passes_every_check() -> None:
    checks = _by_name(check_classifier())
    assert set(checks) == {f"{CLASSIFIER}: integrity", f"{CLASSIFIER}: head",
                           f"{CLASSIFIER}: probe"}
    assert all(check.ok for check in checks.values()), checks
    assert "matches head.json" in checks[f"{CLASSIFIER}: integrity"].detail
    assert "all-MiniLM-L6-v2" in checks[f"{CLASSIFIER}: head"].detail
    assert "ordinary probe not flagged" in checks[f"{CLASSIFIER}: probe"].detail


def test_tampered_weights_fail_the_integrity_check(tmp_path: Path) -> None:
    weights = _copy(tmp_path)
    data = bytearray(weights.read_bytes())
    data[-5] ^= 0x01  # one bit of one float: the file still loads
    weights.write_bytes(bytes(data))
    checks = _by_name(check_classifier(weights))
    integrity = checks[f"{CLASSIFIER}: integrity"]
    assert not integrity.ok and integrity.required
    assert "not the weights its thresholds were calibrated for" in integrity.detail
    assert "lodestar safety train" in integrity.fix
    assert checks[f"{CLASSIFIER}: head"].ok  # it loads: that is why this must fail loudly


def test_weights_that_cannot_load_mean_rules_only(tmp_path: Path) -> None:
    weights = _copy(tmp_path)
    weights.write_bytes(weights.read_bytes()[:200])
    checks = _by_name(check_classifier(weights))
    assert not checks[f"{CLASSIFIER}: integrity"].ok
    head = checks[f"{CLASSIFIER}: head"]
    assert not head.ok and not head.required  # the chat still runs, on the rules
    assert "cannot load" in head.detail and "explicit-statement rules alone" in head.detail
    assert "lodestar safety train" in head.fix
    assert f"{CLASSIFIER}: probe" not in checks


def test_a_missing_head_json_is_named(tmp_path: Path) -> None:
    weights = _copy(tmp_path)
    weights.with_suffix(".json").unlink()
    [check] = check_classifier(weights)
    assert check.name == CLASSIFIER and not check.ok and not check.required
    assert "head.json" in check.detail and "rules alone" in check.detail
    assert "lodestar safety train" in check.fix


class Flagging:
    """A classifier double whose head reads everything as a crisis."""

    def classify(self, text: str, history: Any) -> Assessment:
        return Assessment(category="suicide", severity="high", score=0.99)

    def signals(self, texts: list[str], *, use_rules: bool = True) -> list[Any]:
        return [SimpleNamespace(category="suicide", score=0.99) for _ in texts]


def test_a_head_that_flags_ordinary_messages_fails_the_probe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import safety.classifier

    monkeypatch.setattr(safety.classifier, "load_local_classifier", lambda _path: Flagging())
    probe = _by_name(check_classifier(_copy(tmp_path)))[f"{CLASSIFIER}: probe"]
    assert not probe.ok and probe.required
    assert "the ordinary probe was flagged (suicide/high)" in probe.detail


def _readyz(settings: Settings, classifier: Any) -> dict[str, Any]:
    seed_world(settings)
    with TestClient(build_app(settings)) as client:
        client.app.state.safety = SimpleNamespace(classifier=classifier)  # type: ignore[attr-defined]
        response = client.get("/readyz")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _broken() -> Any:
    raise RuntimeError("no head here")


def test_readyz_reports_rules_only_as_degraded_but_ready(settings: Settings) -> None:
    fallback = WarmClassifier(_broken)
    assert fallback.classify("hello", []).category == "none"  # waits for the failed load
    body = _readyz(settings, fallback)
    assert body["status"] == "ready" and body["failing"] == []
    assert body["degraded"] == ["safety"]
    safety = body["checks"]["safety"]
    assert safety["ok"] is True and safety["degraded"] is True
    assert "explicit-statement rules alone" in safety["detail"]
    assert "lodestar safety train" in safety["fix"]


def test_readyz_reports_a_loaded_head(settings: Settings) -> None:
    loaded = WarmClassifier(Flagging)
    loaded.classify("hello", [])  # waits until it has loaded
    body = _readyz(settings, loaded)
    assert body["degraded"] == []
    assert body["checks"]["safety"]["detail"] == "the trained red-flag classifier is loaded"
