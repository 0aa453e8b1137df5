"""Operations commands: `lodestar backup PATH`, `lodestar restore PATH`, and serving workers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from app.settings import Settings, get_settings


def threads_per_worker(cores: int, workers: int) -> int:
    """The embedded model's CPU threads in each of `workers` processes sharing `cores`."""
    return max(1, cores // max(workers, 1))


def run_server(settings: Settings, *, host: str, port: int, workers: int) -> None:
    """Serve with uvicorn: structured logs in every worker, shared metrics when several."""
    import uvicorn

    from app.logging_setup import logging_config
    from app.ops.telemetry import prepare_multiprocess_dir

    if workers > 1:
        prepare_multiprocess_dir(settings.resolved_data_dir)
        if settings.embedded_threads is None:
            # Each worker loads its own llama.cpp model; letting each take every core makes
            # them fight over the CPU. Workers read their settings from the environment.
            threads = threads_per_worker(os.cpu_count() or 1, workers)
            os.environ["LODESTAR_EMBEDDED_THREADS"] = str(threads)
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=logging_config(settings),
        log_level=settings.log_level,
        access_log=False,  # the request middleware logs each request, with its id
    )


def backup(
    path: Annotated[Path, typer.Argument(help="Backup file to write (.tar.gz).")],
) -> None:
    """Back up the database, Chroma collections, keyword indexes and uploads to PATH."""
    from app.backup import BackupError, create_backup
    from app.cli import fail

    if path.exists():
        raise fail(f"{path} already exists; choose a new file name")
    try:
        manifest = create_backup(get_settings(), path)
    except BackupError as error:
        raise fail(str(error)) from None
    rows = sum(manifest.tables.values())
    vectors = sum(manifest.collections.values())
    typer.echo(f"backed up {rows} rows in {len(manifest.tables)} tables, {vectors} vectors in "
               f"{len(manifest.collections)} collections and {manifest.files} files "
               f"(revision {manifest.revision}) to {path}")


def restore(
    path: Annotated[Path, typer.Argument(help="Backup file made by `lodestar backup`.")],
    force: Annotated[bool, typer.Option("--force", help="Replace existing data.")] = False,
) -> None:
    """Restore a backup; refuses to overwrite existing data unless --force."""
    from app.backup import BackupError
    from app.cli import fail
    from app.restore import restore_backup

    try:
        manifest = restore_backup(get_settings(), path, force=force)
    except BackupError as error:
        raise fail(str(error)) from None
    typer.echo(f"restored {sum(manifest.tables.values())} rows, "
               f"{sum(manifest.collections.values())} vectors and {manifest.files} files "
               f"from {path} (made {manifest.created_at})")


def register(cli: typer.Typer) -> None:
    """Add the operations commands to the `lodestar` CLI."""
    cli.command()(backup)
    cli.command()(restore)
