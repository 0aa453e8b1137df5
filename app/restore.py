"""Restore a backup made by `app.backup`: verify, refuse to overwrite data, then load.

Order: read and verify the manifest and every checksum; refuse when the database, Chroma or
the uploads already hold data (unless `force`, which wipes them first); migrate the database
(a backup restores with the Lodestar version, i.e. the revision, that made it); insert every
table's rows (parents first, ids kept; PostgreSQL sequences moved past them); re-create the
Chroma collections with their vectors; copy the files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, delete, func, insert, select, text

from app import migrate
from app.backup import BATCH, FILE_DIRS, FORMAT, BackupError, Manifest, _decode, _tables
from app.db import make_engine
from app.settings import Settings


def read_backup(source: Path) -> tuple[Manifest, dict[str, bytes]]:
    """The manifest and the verified members of a backup file."""
    try:
        with tarfile.open(source, "r:gz") as archive:
            members = {m.name: archive.extractfile(m) for m in archive.getmembers() if m.isfile()}
            data = {name: handle.read() for name, handle in members.items() if handle}
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"cannot read the backup {source}: {error}") from None
    if "manifest.json" not in data:
        raise BackupError(f"{source} is not a Lodestar backup (no manifest.json)")
    manifest = Manifest(**json.loads(data.pop("manifest.json")))
    if manifest.format != FORMAT:
        raise BackupError(f"backup format {manifest.format} is not supported (expected {FORMAT})")
    for name, digest in manifest.checksums.items():
        if name not in data:
            raise BackupError(f"the backup is incomplete: {name} is missing")
        if hashlib.sha256(data[name]).hexdigest() != digest:
            raise BackupError(f"the backup is damaged: {name} does not match its checksum")
    return manifest, data


def _has_rows(engine: Engine, tables: list[Table]) -> list[str]:
    """The tables that hold rows (alembic_version aside)."""
    found = []
    with engine.connect() as connection:
        for table in tables:
            if connection.scalar(select(func.count()).select_from(table)):
                found.append(table.name)
    return found


def existing_data(settings: Settings, engine: Engine, client: Any) -> list[str]:
    """What a restore would overwrite, named; empty when the target is empty."""
    found: list[str] = []
    if migrate.current_revision(settings.sqlalchemy_url) is not None:
        tables = _has_rows(engine, _tables())
        if tables:
            found.append("database tables " + ", ".join(tables[:5]))
    collections = list(client.list_collections())
    if collections:
        found.append(f"{len(collections)} Chroma collection(s)")
    for folder in FILE_DIRS:
        root = settings.resolved_data_dir / folder
        if root.exists() and any(p.is_file() for p in root.rglob("*")):
            found.append(f"files in {root}")
    return found


def wipe(settings: Settings, engine: Engine, client: Any) -> None:
    """Delete every row, collection and data file that a restore replaces."""
    if migrate.current_revision(settings.sqlalchemy_url) is not None:
        with engine.begin() as connection:
            for table in reversed(_tables()):
                connection.execute(delete(table))
    for collection in list(client.list_collections()):
        client.delete_collection(getattr(collection, "name", collection))
    for folder in FILE_DIRS:
        shutil.rmtree(settings.resolved_data_dir / folder, ignore_errors=True)


def _load_tables(engine: Engine, data: dict[str, bytes]) -> None:
    """Insert every table's rows, parents first, in one transaction."""
    with engine.begin() as connection:
        for table in _tables():
            raw = data.get(f"db/{table.name}.jsonl", b"").decode()
            rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
            for start in range(0, len(rows), BATCH):
                batch = [{key: _decode(table.c[key].type, value) for key, value in row.items()
                          if key in table.c} for row in rows[start:start + BATCH]]
                connection.execute(insert(table), batch)
        if engine.dialect.name == "postgresql":
            _advance_sequences(connection)


def _advance_sequences(connection: Any) -> None:
    """Move each serial id sequence past the restored ids, so new rows do not collide."""
    for table in _tables():
        for column in table.primary_key.columns:
            if not isinstance(column.type.python_type, type) or column.type.python_type is not int:
                continue
            sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                         {"t": table.name, "c": column.name})
            if sequence:
                connection.execute(text(
                    f"SELECT setval(:s, COALESCE((SELECT MAX({column.name}) FROM "
                    f"{table.name}), 0) + 1, false)"), {"s": sequence})


def _load_collections(client: Any, data: dict[str, bytes]) -> None:
    """Re-create each collection with the same metadata and its stored vectors."""
    from knowledge.store import COSINE, DIMENSION_KEY, EMBEDDER_KEY, LodestarEmbeddingFunction

    for name in sorted(n for n in data if n.startswith("chroma/") and n.endswith(".json")):
        meta = json.loads(data[name])
        function = LodestarEmbeddingFunction(
            embedder_id=str(meta["metadata"].get(EMBEDDER_KEY, "")),
            dimension=int(meta["metadata"].get(DIMENSION_KEY, 0)))
        collection = client.get_or_create_collection(
            meta["name"], configuration=dict(COSINE), metadata=meta["metadata"],
            embedding_function=function)
        body = data[name.removesuffix(".json") + ".jsonl"].decode()
        records = [json.loads(line) for line in body.splitlines() if line.strip()]
        for start in range(0, len(records), BATCH):
            part = records[start:start + BATCH]
            collection.add(ids=[r["id"] for r in part],
                           embeddings=[r["embedding"] for r in part],
                           documents=[r["document"] for r in part],
                           metadatas=[r["metadata"] for r in part])


def _load_files(settings: Settings, data: dict[str, bytes]) -> None:
    """Write the uploads, keyword indexes and the session secret back into the data dir."""
    root = settings.resolved_data_dir.resolve()
    for name, body in data.items():
        if not name.startswith("files/"):
            continue
        path = (root / name.removeprefix("files/")).resolve()
        if root not in path.parents:
            raise BackupError(f"the backup names a file outside the data directory: {name}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)


def restore_backup(settings: Settings, source: Path, *, force: bool = False) -> Manifest:
    """Restore `source` into the configured database, Chroma and data directory."""
    from app.backup import _chroma_client

    manifest, data = read_backup(source)
    head = migrate.head_revision()
    if manifest.revision != head:
        raise BackupError(f"the backup is at database revision {manifest.revision} but this "
                          f"version of Lodestar is at {head}: restore it with the version that "
                          f"made it ({manifest.lodestar_version}), then upgrade")
    settings.ensure_dirs()
    engine = make_engine(settings.sqlalchemy_url)
    try:
        client = _chroma_client(settings)
        found = existing_data(settings, engine, client)
        if found and not force:
            raise BackupError("refusing to overwrite existing data (" + "; ".join(found)
                              + "); restore into an empty data directory and database, "
                              "or pass --force to replace it")
        if found:
            wipe(settings, engine, client)
        migrate.upgrade(settings.sqlalchemy_url)
        _load_tables(engine, data)
        _load_collections(client, data)
        _load_files(settings, data)
    finally:
        engine.dispose()
    return manifest
