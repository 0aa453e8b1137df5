"""Backups: the database, Chroma collections, keyword indexes and uploads in one .tar.gz.

The database is written as a portable JSON dump of every table (one JSON-lines file per
table, via SQLAlchemy), so the same code backs up SQLite and PostgreSQL, needs no `pg_dump`,
and a backup restores onto either engine. Chroma collections are exported through the client
(ids, vectors, texts, metadata), so embedded Chroma and a Chroma server are handled alike and
a running server is never copied file by file. `manifest.json` records the Lodestar version,
the Alembic revision, row and vector counts, and a SHA-256 of every other member; restore
checks them before it touches anything.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, select
from sqlalchemy import types as sqltypes

from app import migrate
from app.db import load_all_models, make_engine
from app.settings import Settings

FORMAT = 1
BATCH = 500
FILE_DIRS = ("uploads", "bm25")  # data-dir folders copied as they are


class BackupError(Exception):
    """A backup or restore cannot go on; the message says why and what to do."""


@dataclass
class Manifest:
    """What a backup holds and how to check it."""

    format: int
    lodestar_version: str
    revision: str | None
    created_at: str
    database: str
    tables: dict[str, int] = field(default_factory=dict)
    collections: dict[str, int] = field(default_factory=dict)
    files: int = 0
    checksums: dict[str, str] = field(default_factory=dict)


def _version() -> str:
    try:
        return version("lodestar")
    except PackageNotFoundError:
        return "unknown"


def _encode(value: Any) -> Any:
    """A column value as JSON."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode()}
    if hasattr(value, "value") and not isinstance(value, int | float | str | bool):
        return value.value  # enums
    return value


def _decode(column_type: Any, value: Any) -> Any:
    """A JSON value back to what the column expects."""
    if value is None:
        return None
    if isinstance(value, dict) and set(value) == {"$b64"}:
        return base64.b64decode(value["$b64"])
    kind = column_type.impl if isinstance(column_type, sqltypes.TypeDecorator) else column_type
    if isinstance(kind, sqltypes.JSON):
        return value
    if isinstance(kind, sqltypes.DateTime) and isinstance(value, str):
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(kind, sqltypes.Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(kind, sqltypes.Numeric) and not isinstance(kind, sqltypes.Float):
        return Decimal(str(value))
    return value


def _tables() -> list[Table]:
    """Every table Lodestar owns, parents before children."""
    return list(load_all_models().sorted_tables)


def _rows(engine: Engine, table: Table) -> Iterator[dict[str, Any]]:
    """A table's rows in primary-key order, read in batches."""
    with engine.connect() as connection:
        result = connection.execution_options(stream_results=True).execute(
            select(table).order_by(*table.primary_key.columns))
        for row in result.mappings():
            yield {key: _encode(value) for key, value in row.items()}


class _Writer:
    """Adds members to the tar, remembering their checksums."""

    def __init__(self, archive: tarfile.TarFile) -> None:
        self.archive = archive
        self.checksums: dict[str, str] = {}

    def add_bytes(self, name: str, data: bytes) -> None:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = int(datetime.now(UTC).timestamp())
        self.archive.addfile(info, io.BytesIO(data))
        self.checksums[name] = hashlib.sha256(data).hexdigest()

    def add_file(self, name: str, path: Path) -> None:
        self.add_bytes(name, path.read_bytes())


def _chroma_client(settings: Settings) -> Any:
    from knowledge.chroma import make_client

    return make_client(path=settings.chroma_dir, url=settings.chroma_url)


def _collection_names(client: Any) -> list[str]:
    return sorted(getattr(c, "name", c) for c in client.list_collections())


def _export_collection(client: Any, name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A collection's metadata and every record with its vector."""
    collection = client.get_collection(name)
    records: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = collection.get(include=["embeddings", "documents", "metadatas"], limit=BATCH,
                              offset=offset)
        ids = page["ids"]
        for index, record_id in enumerate(ids):
            vector = page["embeddings"][index]
            records.append({"id": record_id, "embedding": [float(x) for x in vector],
                            "document": page["documents"][index],
                            "metadata": page["metadatas"][index]})
        if len(ids) < BATCH:
            break
        offset += BATCH
    return {"name": name, "metadata": collection.metadata or {}}, records


def create_backup(settings: Settings, target: Path) -> Manifest:
    """Write a backup of everything Lodestar stores to `target` (.tar.gz)."""
    url = settings.sqlalchemy_url
    revision = migrate.current_revision(url)
    if revision is None:
        raise BackupError("the database was never migrated: there is nothing to back up")
    manifest = Manifest(FORMAT, _version(), revision, datetime.now(UTC).isoformat(),
                        url.split(":", 1)[0])
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    engine = make_engine(url)
    try:
        with tarfile.open(partial, "w:gz") as archive:
            writer = _Writer(archive)
            for table in _tables():
                lines = [json.dumps(row) for row in _rows(engine, table)]
                manifest.tables[table.name] = len(lines)
                writer.add_bytes(f"db/{table.name}.jsonl", "\n".join(lines).encode())
            client = _chroma_client(settings)
            for name in _collection_names(client):
                meta, records = _export_collection(client, name)
                manifest.collections[name] = len(records)
                body = "\n".join(json.dumps(r) for r in records)
                writer.add_bytes(f"chroma/{name}.json", json.dumps(meta).encode())
                writer.add_bytes(f"chroma/{name}.jsonl", body.encode())
            for folder in FILE_DIRS:
                root = settings.resolved_data_dir / folder
                for path in sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() \
                        else []:
                    if path.name.endswith(".lock"):
                        continue
                    writer.add_file(f"files/{folder}/{path.relative_to(root).as_posix()}", path)
                    manifest.files += 1
            secret = settings.resolved_data_dir / ".secret_key"
            if secret.exists():
                writer.add_file("files/.secret_key", secret)
            manifest.checksums = writer.checksums
            data = json.dumps(manifest.__dict__, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()
    partial.replace(target)
    return manifest
