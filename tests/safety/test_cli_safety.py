"""`lodestar safety classify|train|dataset|reread` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app import migrate
from app.cli import cli
from app.coaching import service as coaching
from app.coaching.models import MessageRole
from app.db import unit_of_work
from app.settings import get_settings
from app.wiring import open_database
from safety import dataset
from tests.factories import make_coach, make_user

runner = CliRunner()


@pytest.mark.slow
def test_classify_json_prints_one_object_per_message() -> None:
    lines = "I want to kill myself\n\nThis deadline is killing me\nMi marido me pega\n"
    result = runner.invoke(cli, ["safety", "classify", "--json"], input=lines)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["text"] for row in rows] == [
        "I want to kill myself", "This deadline is killing me", "Mi marido me pega"]
    assert [(row["category"], row["severity"]) for row in rows] == [
        ("suicide", "high"), ("none", "none"), ("domestic_violence", "high")]
    assert rows[0]["local_only"] is True and rows[1]["local_only"] is False
    assert all(0 <= row["score"] <= 1 and isinstance(row["reasons"], list) for row in rows)


@pytest.mark.slow
def test_classify_prints_a_readable_line_per_message() -> None:
    result = runner.invoke(cli, ["safety", "classify"],
                           input="he hits me\nCan you help me plan my week?\n")
    assert result.exit_code == 0, result.output
    first, second = result.stdout.splitlines()
    assert first.split()[:2] == ["high", "domestic_violence"] and first.endswith("he hits me")
    assert second.split()[:2] == ["none", "none"]


@pytest.mark.slow
def test_classify_conversation_reads_earlier_lines_as_history() -> None:
    lines = ("I feel so hopeless lately and nothing helps\n"
             "everything feels pointless and empty these days\n"
             "I feel numb all the time and I don't recognise myself\n"
             "I feel completely hopeless about everything and I can't see a way out\n")
    alone = runner.invoke(cli, ["safety", "classify", "--json"], input=lines)
    together = runner.invoke(cli, ["safety", "classify", "--json", "--conversation"], input=lines)
    last_alone = json.loads(alone.stdout.splitlines()[-1])
    last_together = json.loads(together.stdout.splitlines()[-1])
    assert any(r.startswith("context:") for r in last_together["reasons"])
    assert not any(r.startswith("context:") for r in last_alone["reasons"])


def test_classify_without_weights_fails_clearly(tmp_path: Path) -> None:
    result = runner.invoke(cli, ["safety", "classify", "--weights", str(tmp_path / "none.st")],
                           input="hello\n")
    assert result.exit_code == 1
    assert "lodestar safety train" in result.stderr


def test_dataset_writes_the_generated_rows(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    result = runner.invoke(cli, ["safety", "dataset", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert dataset.read(out) == dataset.read()
    assert f"to {out}" in result.stdout


@pytest.mark.slow
def test_train_writes_a_head_the_classifier_can_load(tmp_path: Path) -> None:
    weights = tmp_path / "head.safetensors"
    result = runner.invoke(cli, ["safety", "train", "--head-only", "--sample", "8",
                                 "--epochs", "3", "--folds", "2", "--weights", str(weights)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["weights"] == str(weights) and weights.exists()
    assert set(report["thresholds"]) == {"flag", "flag_other_languages", "idiom"}
    assert "embedding" in result.stderr and "fold 2/2" in result.stderr
    classified = runner.invoke(cli, ["safety", "classify", "--json", "--weights", str(weights)],
                               input="he hits me\n")
    assert json.loads(classified.stdout)["category"] == "domestic_violence"


@pytest.mark.slow
def test_train_by_default_ships_adapters_beside_the_head(tmp_path: Path) -> None:
    weights = tmp_path / "adapted.safetensors"
    result = runner.invoke(cli, ["safety", "train", "--sample", "6", "--epochs", "1",
                                 "--folds", "2", "--weights", str(weights)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["epochs"] == 1 and "held-out families" in result.stderr
    assert "epoch 1/1" in result.stderr  # progress while it trains
    meta = json.loads(weights.with_suffix(".json").read_text())
    assert meta["adapter"]["rank"] == 8
    classified = runner.invoke(cli, ["safety", "classify", "--json", "--weights", str(weights)],
                               input="I want to kill myself\n")
    assert json.loads(classified.stdout)["category"] == "suicide"


@pytest.mark.slow
def test_reread_reads_recent_messages_once_and_says_how_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LODESTAR_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    settings = get_settings()
    settings.ensure_dirs()
    migrate.upgrade(settings.sqlalchemy_url)
    database = open_database(settings)
    with unit_of_work(database.sessions) as session:
        conversation = coaching.start_conversation(
            session=session, learner_id=make_user(session).id, coach_id=make_coach(session).id)
        for text in ("hello", "I feel numb all the time", "can we plan my week?", "thanks"):
            coaching.add_message(session=session, conversation=conversation,
                                 role=MessageRole.USER, content=text)
    database.dispose()
    first = runner.invoke(cli, ["safety", "reread", "--days", "7"])
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout.splitlines()[-1])
    assert report["read"] == 3 and report["fingerprint"].startswith("head:")
    again = runner.invoke(cli, ["safety", "reread"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout.splitlines()[-1])["read"] == 0
    refused = runner.invoke(cli, ["safety", "reread", "--days", "0"])
    assert refused.exit_code == 2 and "--days" in refused.output
