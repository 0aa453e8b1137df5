"""`lodestar backup` / `lodestar restore`: a round trip keeps every row, vector and file."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.backup import BackupError, create_backup
from app.db import load_all_models
from app.restore import restore_backup
from app.settings import Settings
from app.wiring import open_database
from tests.app.web_support import build_app, seed_world
from tests.knowledge.ingest_support import make_layer

QUERY = "anchor a new habit to breakfast"


def _snapshot(settings: Settings) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, in primary-key order."""
    database = open_database(settings)
    rows: dict[str, list[tuple[Any, ...]]] = {}
    with database.engine.connect() as connection:
        for table in load_all_models().sorted_tables:
            result = connection.execute(select(table).order_by(*table.primary_key.columns))
            rows[table.name] = [tuple(row) for row in result]
    database.dispose()
    return rows


def _hits(settings: Settings, coach_id: int) -> list[tuple[str, float]]:
    layer = make_layer(settings)
    found = layer.retriever.search(coach_id, QUERY, k=3).hits
    return [(hit.chunk_id, round(hit.score, 6)) for hit in found]


def _world_with_conversation(settings: Settings) -> Any:
    world = seed_world(settings)
    with TestClient(build_app(settings)) as client:
        conversation = client.post("/api/v1/coaches/maya/conversations", json={},
                                   headers=world.learner).json()["id"]
        sent = client.post(f"/api/v1/conversations/{conversation}/messages",
                           json={"text": "How do I start?"}, headers=world.learner)
        assert sent.status_code == 200
    return world


def _round_trip(source: Settings, target: Settings, tmp_path: Path) -> None:
    world = _world_with_conversation(source)
    before, hits = _snapshot(source), _hits(source, world.maya_id)
    assert before["messages"] and before["usage_records"] and hits
    archive = tmp_path / "lodestar.tar.gz"
    manifest = create_backup(source, archive)
    assert manifest.tables["users"] == 5 and sum(manifest.collections.values()) > 0
    restore_backup(target, archive)
    assert _snapshot(target) == before
    assert _hits(target, world.maya_id) == hits
    uploads = sorted(p.name for p in target.uploads_dir.rglob("*") if p.is_file())
    assert uploads == sorted(p.name for p in source.uploads_dir.rglob("*") if p.is_file())
    with TestClient(build_app(target)) as client:  # the restored learner can sign in and chat
        assert client.get("/api/v1/me", headers=world.learner).status_code == 200


def test_a_sqlite_round_trip_keeps_rows_vectors_and_files(
    settings: Settings, tmp_path: Path
) -> None:
    target = settings.model_copy(update={"data_dir": tmp_path / "restored"})
    _round_trip(settings, target, tmp_path)


@pytest.mark.postgres
def test_a_postgresql_round_trip_onto_a_fresh_schema(
    settings: Settings, tmp_path: Path, postgres_schema_url: str
) -> None:
    source = settings.model_copy(update={"database_url": postgres_schema_url})
    target = settings.model_copy(update={"data_dir": tmp_path / "restored"})  # onto SQLite
    _round_trip(source, target, tmp_path)


def test_restore_refuses_to_overwrite_data_unless_forced(
    settings: Settings, tmp_path: Path
) -> None:
    seed_world(settings)
    archive = tmp_path / "backup.tar.gz"
    create_backup(settings, archive)
    with pytest.raises(BackupError, match="refusing to overwrite existing data"):
        restore_backup(settings, archive)
    restore_backup(settings, archive, force=True)
    assert len(_snapshot(settings)["users"]) == 5


def test_a_damaged_backup_is_refused_before_anything_changes(
    settings: Settings, tmp_path: Path
) -> None:
    seed_world(settings)
    archive = tmp_path / "backup.tar.gz"
    create_backup(settings, archive)
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as copy:
        for member in source.getmembers():
            data = source.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "db/users.jsonl":
                data = data.replace(b"learner@example.org", b"mallory@example.org")
            member.size = len(data)
            import io

            copy.addfile(member, io.BytesIO(data))
    target = settings.model_copy(update={"data_dir": tmp_path / "empty"})
    with pytest.raises(BackupError, match="db/users.jsonl does not match its checksum"):
        restore_backup(target, damaged)
    manifest = json.loads(tarfile.open(archive).extractfile("manifest.json").read())  # type: ignore[union-attr]
    assert manifest["revision"] and manifest["checksums"]


def test_the_cli_backs_up_and_restores_with_clear_refusals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from app.cli import cli
    from app.settings import get_settings

    runner = CliRunner()

    def run(data: Path, *args: str) -> Any:
        monkeypatch.setenv("LODESTAR_DATA_DIR", str(data))
        get_settings.cache_clear()
        return runner.invoke(cli, list(args))

    source, target = tmp_path / "source", tmp_path / "target"
    assert run(source, "coach", "create", "maya", "--name", "Maya").exit_code == 0
    archive = tmp_path / "b.tar.gz"
    made = run(source, "backup", str(archive))
    assert made.exit_code == 0, made.output
    assert "backed up 1 rows" in made.output and archive.exists()
    again = run(source, "backup", str(archive))
    assert again.exit_code == 1 and "already exists" in again.output
    assert run(target, "restore", str(archive)).exit_code == 0
    refused = run(target, "restore", str(archive))
    assert refused.exit_code == 1 and "--force" in refused.output
    forced = run(target, "restore", "--force", str(archive))
    assert forced.exit_code == 0 and "restored 1 rows" in forced.output
    missing = run(target, "restore", str(tmp_path / "nope.tar.gz"))
    assert missing.exit_code == 1 and "cannot read the backup" in missing.output
