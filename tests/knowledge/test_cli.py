"""`lodestar ingest`, `search` and `reindex`, run the way an operator runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app import wiring
from app.cli import cli
from app.settings import get_settings
from tests.knowledge import samples
from tests.knowledge.ingest_support import GOOD_MARKDOWN, CrashingEmbedder, SimulatedCrash
from tests.knowledge.retrieval_support import FakeEmbedder


@pytest.fixture
def embedders(monkeypatch: pytest.MonkeyPatch) -> list[FakeEmbedder]:
    """The embedder each command builds; append another to switch embedders."""
    chosen = [FakeEmbedder()]
    monkeypatch.setattr(wiring, "build_embedder", lambda _settings: chosen[-1])
    return chosen


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedders: list[FakeEmbedder]):  # type: ignore[no-untyped-def]
    """Invoke the CLI in-process against a fresh data directory holding coach `maya`."""
    monkeypatch.setenv("LODESTAR_DATA_DIR", str(tmp_path / "data"))
    runner = CliRunner()

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        get_settings.cache_clear()
        return runner.invoke(cli, list(args))

    assert invoke("coach", "create", "maya", "--name", "Maya").exit_code == 0
    return invoke


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Good and bad files, nested, with hidden files that must be skipped."""
    root = tmp_path / "docs"
    (root / "nested").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "anchors.md").write_bytes(GOOD_MARKDOWN)
    (root / "nested" / "breathing.md").write_bytes(
        b"# Breathing\n\nBox breathing calms nerves before a hard talk.\n")
    (root / "nested" / "guide.pdf").write_bytes(samples.text_pdf())
    (root / "broken.pdf").write_bytes(samples.corrupt_pdf())
    (root / "photo.md").write_bytes(samples.binary_bytes())
    (root / ".secret.md").write_bytes(b"# Hidden\n\nNot for ingestion.\n")
    (root / ".git" / "notes.md").write_bytes(b"# Git\n\nNot for ingestion either.\n")
    return root


def test_every_knowledge_command_has_help(run) -> None:  # type: ignore[no-untyped-def]
    for command in ("ingest", "search", "reindex"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output, command


def test_ingest_a_folder_reports_each_file_and_fails_on_bad_ones(run, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", "--coach", "maya", "--json", str(folder))
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout)
    statuses = {entry["filename"]: entry["status"] for entry in summary["files"]}
    assert statuses == {"anchors.md": "ingested", "breathing.md": "ingested",
                        "guide.pdf": "ingested", "broken.pdf": "failed", "photo.md": "failed"}
    errors = {entry["filename"]: entry["error"] for entry in summary["files"]}
    assert "not a readable PDF" in errors["broken.pdf"]
    assert "binary data" in errors["photo.md"]
    assert (summary["ingested"], summary["unchanged"], summary["failed"]) == (3, 0, 2)
    again = json.loads(run("ingest", "--coach", "maya", "--json", str(folder)).stdout)
    assert again["unchanged"] == 3


def test_ingest_prints_a_summary_table(run, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", "--coach", "maya", str(folder / "anchors.md"))
    assert result.exit_code == 0
    assert "anchors.md" in result.stdout and "ingested" in result.stdout
    assert "1 ingested, 0 unchanged, 0 failed" in result.stdout


def test_two_files_of_one_name_are_not_merged(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "notes.md").write_bytes(f"# {sub}\n\nNotes {sub}.\n".encode())
    result = run("ingest", "--coach", "maya", "--json", str(tmp_path / "a"), str(tmp_path / "b"))
    files = json.loads(result.stdout)["files"]
    assert [f["status"] for f in files] == ["ingested", "failed"]
    assert "another file named notes.md" in files[1]["error"]


def test_search_json_lines_name_their_source(run, folder: Path) -> None:  # type: ignore[no-untyped-def]
    run("ingest", "--coach", "maya", str(folder))
    result = run("search", "--coach", "maya", "--json", "--k", "3", "box breathing nerves")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert 1 <= len(lines) <= 3
    assert lines[0]["source"] == "breathing.md" and lines[0]["section"] == "Breathing"
    for line in lines:
        assert {"source", "section", "page", "score", "text", "document_id"} <= set(line)
    pdf = run("search", "--coach", "maya", "--json", "--mode", "bm25", "reflection loops")
    assert json.loads(pdf.stdout.splitlines()[0])["page"] == 2
    human = run("search", "--coach", "maya", "box breathing")
    assert human.exit_code == 0 and "breathing.md" in human.stdout


def test_reindex_after_switching_embedders(run, folder: Path, embedders) -> None:  # type: ignore[no-untyped-def]
    run("ingest", "--coach", "maya", str(folder / "anchors.md"), str(folder / "nested"))
    embedders.append(FakeEmbedder(id="fake-other", dimension=32))
    stale = run("search", "--coach", "maya", "--mode", "vector", "anchor")
    assert stale.exit_code == 1
    assert "run `lodestar reindex --coach maya|--all`" in stale.output
    result = run("reindex", "--coach", "maya")
    assert result.exit_code == 0, result.output
    assert "maya: 3 of 3 document(s) reindexed" in result.stdout
    fresh = run("search", "--coach", "maya", "--json", "--mode", "vector", "anchor")
    assert fresh.exit_code == 0 and fresh.stdout.strip()
    assert run("reindex", "--all").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [["ingest", "--coach", "nope", "x.md"], ["search", "--coach", "nope", "anchor"],
     ["reindex", "--coach", "nope"]],
)
def test_an_unknown_coach_is_one_clear_error(run, tmp_path: Path, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "x.md").write_bytes(GOOD_MARKDOWN)
    result = run(*[str(tmp_path / a) if a == "x.md" else a for a in args])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["lodestar: no coach with slug 'nope'"]
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [(["reindex"], "either --coach SLUG or --all"),
     (["reindex", "--coach", "maya", "--all"], "either --coach SLUG or --all"),
     (["ingest", "--coach", "maya"], "at least one file or folder")],
)
def test_missing_arguments_are_one_clear_error(run, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = run(*args)
    assert result.exit_code == 1 and message in result.stderr


def test_a_missing_path_is_reported_not_fatal(run, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", "--coach", "maya", "--json", str(folder / "anchors.md"),
                 str(tmp_path / "ghost.md"))
    assert result.exit_code == 1
    files = json.loads(result.stdout)["files"]
    assert [f["status"] for f in files] == ["ingested", "failed"]
    assert files[1]["error"] == "no such file or folder"


def test_resume_finishes_a_document_a_crash_left_pending(run, folder: Path, embedders) -> None:  # type: ignore[no-untyped-def]
    embedders.append(CrashingEmbedder(crash_on=1))
    with pytest.raises(SimulatedCrash):
        run("ingest", "--coach", "maya", str(folder / "anchors.md"))
    embedders.append(FakeEmbedder())
    assert run("search", "--coach", "maya", "--json", "anchor").stdout == ""
    result = run("ingest", "--coach", "maya", "--resume", "--json")
    assert result.exit_code == 0, result.output
    files = json.loads(result.stdout)["files"]
    assert [(f["filename"], f["status"]) for f in files] == [("anchors.md", "ingested")]
    assert run("search", "--coach", "maya", "--json", "anchor").stdout.strip()
