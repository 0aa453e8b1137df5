"""`lodestar ingest`, `search` and `reindex`: a coach's knowledge from the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table
from sqlalchemy.orm import Session

from app.coaching import service as coaching
from app.coaching.models import Coach
from app.db import unit_of_work
from app.settings import Settings, get_settings
from knowledge.pipeline import FileResult
from knowledge.pipeline import Progress as IngestProgress

if TYPE_CHECKING:
    from app.wiring import KnowledgeLayer
    from knowledge.types import Hit

# The knowledge service, wiring and models are imported inside the commands: they pull in
# parsers, Chroma and torch, which every other `lodestar` command would otherwise wait for.

stdout = Console()
stderr = Console(stderr=True)
# Slugs of the coaches this command has looked up, for the store's error messages. (A
# database lookup from the store would need a second transaction, which SQLite makes wait.)
_slugs: dict[int, str] = {}


class Mode(StrEnum):
    """How `lodestar search` ranks passages."""

    HYBRID = "hybrid"
    VECTOR = "vector"
    BM25 = "bm25"


CoachOpt = Annotated[str, typer.Option("--coach", help="The coach's slug.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON on stdout, nothing else.")]


def _fail(message: str) -> typer.Exit:
    """Print one error line to stderr and return the Exit to raise."""
    typer.secho(f"lodestar: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(1)


@contextmanager
def knowledge_session(settings: Settings) -> Iterator[tuple[Session, KnowledgeLayer]]:
    """A migrated database's unit of work and the knowledge layer, for one command."""
    from app import migrate, wiring

    settings.ensure_dirs()
    migrate.upgrade(settings.sqlalchemy_url)
    database = wiring.open_database(settings)
    try:
        embedder = wiring.build_embedder(settings)
        layer = wiring.build_knowledge(settings, embedder, coach_slug=_slugs.get)
        with unit_of_work(database.sessions) as session:
            yield session, layer
    finally:
        database.dispose()


def _coach(session: Session, slug: str) -> Coach:
    """The coach with this slug, or a one-line error."""
    coach = coaching.get_by_slug(session=session, slug=slug)
    if coach is None:
        raise _fail(f"no coach with slug {slug!r}")
    _slugs[coach.id] = coach.slug
    return coach


class ProgressBar:
    """Files done and the current file's chunks, drawn on stderr when it is a terminal."""

    def __init__(self, total_files: int) -> None:
        self.results: list[FileResult] = []
        self._bar = Progress(TextColumn("{task.description}"), BarColumn(),
                             MofNCompleteColumn(), console=stderr, transient=True,
                             disable=not stderr.is_terminal)
        self._files: TaskID = self._bar.add_task("files", total=total_files)
        self._chunks: TaskID = self._bar.add_task("chunks", total=None, visible=False)

    def __enter__(self) -> ProgressBar:
        self._bar.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._bar.stop()

    def __call__(self, event: IngestProgress) -> None:
        """Update the bars from one ingestion progress report."""
        if event.stage == "file":
            self._bar.update(self._chunks, description=event.filename, completed=0,
                             total=None, visible=True)
        elif event.stage == "chunks":
            self._bar.update(self._chunks, completed=event.chunks_done,
                             total=event.chunks_total)
        elif event.result is not None:
            self.results.append(event.result)
            self._bar.update(self._chunks, visible=False)
            self._bar.advance(self._files)


def collect_files(paths: list[Path]) -> tuple[list[Path], list[FileResult]]:
    """The files under the given paths (folders recursively, hidden ones skipped), and misses."""
    found: list[Path] = []
    missing: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                child for child in sorted(path.rglob("*"))
                if child.is_file()
                and not any(part.startswith(".") for part in child.relative_to(path).parts)
            )
        elif path.is_file():
            found.append(path)
        else:
            missing.append(FileResult(str(path), "failed", error="no such file or folder"))
    return found, missing


def _ingest_all(
    session: Session, coach: Coach, layer: KnowledgeLayer, files: list[Path], bar: ProgressBar,
) -> None:
    """Ingest the files together, committing as each finishes so a crash loses little."""
    from knowledge import service

    seen: set[str] = set()
    batch: list[tuple[str, Path]] = []
    repeated: list[Path] = []
    for path in files:
        # One name is one document: a second file of that name would replace the first.
        if path.name in seen:
            repeated.append(path)
        else:
            seen.add(path.name)
            batch.append((path.name, path))
    service.ingest_many(session=session, coach=coach, files=batch, pipeline=layer.pipeline,
                        progress=bar, checkpoint=session.commit)
    session.commit()
    for path in repeated:
        bar(IngestProgress(path.name, "done", result=FileResult(
            str(path), "failed", error=f"another file named {path.name} is in this batch"
        )))


def ingest(
    coach: CoachOpt,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders (folders recursively; hidden files skipped)."),
    ] = None,
    as_json: JsonOpt = False,
    resume: Annotated[
        bool, typer.Option("--resume", help="First finish documents a crash left pending.")
    ] = False,
) -> None:
    """Ingest documents into a coach's knowledge; exit 1 if any file failed."""
    from knowledge import service

    if not paths and not resume:
        raise _fail("give at least one file or folder (or --resume)")
    files, results = collect_files(paths or [])
    with knowledge_session(get_settings()) as (session, layer):
        target = _coach(session, coach)
        with ProgressBar(len(files)) as bar:
            if resume:
                service.resume_pending(session=session, coach=target, pipeline=layer.pipeline,
                                       progress=bar, checkpoint=session.commit)
            _ingest_all(session, target, layer, files, bar)
        results = bar.results + results
    _print_summary(results, coach=coach, as_json=as_json)
    if any(result.failed for result in results):
        raise typer.Exit(1)


def _print_summary(results: list[FileResult], *, coach: str, as_json: bool) -> None:
    """The per-file summary: a table for people, or one JSON object."""
    counts = {status: sum(r.status == status for r in results)
              for status in ("ingested", "unchanged", "failed")}
    if as_json:
        payload = {"coach": coach, "files": [r.to_dict() for r in results], **counts}
        typer.echo(json.dumps(payload))
        return
    table = Table("file", "status", "chunks", "reason")
    for result in results:
        style = "red" if result.failed else "green" if result.status == "ingested" else ""
        table.add_row(result.filename, f"[{style}]{result.status}[/]" if style else result.status,
                      str(result.chunks), result.error)
    stdout.print(table)
    stdout.print(", ".join(f"{n} {status}" for status, n in counts.items()))


def _hit_record(rank: int, hit: Hit) -> dict[str, Any]:
    """One search result as the JSON lines carry it."""
    return {"rank": rank, "source": hit.filename, "title": hit.title, "section": hit.section,
            "page": hit.page, "score": round(hit.score, 6), "text": hit.text,
            "document_id": hit.document_id, "chunk_id": hit.chunk_id}


def search(
    coach: CoachOpt,
    query: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int | None, typer.Option("--k", min=1, max=50,
                                          help="How many passages (default LODESTAR_RETRIEVAL_K).")
                 ] = None,
    mode: Annotated[Mode, typer.Option(help="hybrid, vector or bm25.")] = Mode.HYBRID,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Search a coach's knowledge the way a conversation would."""
    from knowledge.types import KnowledgeError

    settings = get_settings()
    with knowledge_session(settings) as (session, layer):
        target = _coach(session, coach)
        try:
            found = layer.retriever.search(target.id, query, k=k or settings.retrieval_k,
                                           mode=mode.value)
        except KnowledgeError as error:
            raise _fail(str(error)) from None
    records = [_hit_record(rank, hit) for rank, hit in enumerate(found.hits, start=1)]
    if as_json:
        for record in records:
            typer.echo(json.dumps(record, ensure_ascii=False))
        return
    if not records:
        stdout.print("no passages found")
    for record in records:
        where = " › ".join(part for part in (record["source"], record["section"]) if part)
        page = f" (page {record['page']})" if record["page"] is not None else ""
        stdout.print(f"[bold]{record['rank']}. {where}{page}[/]  score {record['score']:.4f}",
                     highlight=False)
        stdout.print(record["text"], markup=False, highlight=False)
        stdout.print()


def reindex(
    coach: Annotated[str | None, typer.Option("--coach", help="The coach's slug.")] = None,
    every: Annotated[bool, typer.Option("--all", help="Reindex every coach.")] = False,
) -> None:
    """Rebuild knowledge indexes with the configured embedder (after switching embedders)."""
    from knowledge import service

    if (coach is None) == (not every):
        raise _fail("give either --coach SLUG or --all")
    failed = False
    with knowledge_session(get_settings()) as (session, layer):
        coaches = [_coach(session, coach)] if coach else coaching.list_coaches(session=session)
        _slugs.update((target.id, target.slug) for target in coaches)
        for target in coaches:
            total = len(service.list_documents(session=session, coach=target))
            with ProgressBar(total) as bar:
                ready = service.reindex_coach(session=session, coach=target,
                                              pipeline=layer.pipeline, progress=bar,
                                              checkpoint=session.commit)
            typer.echo(f"{target.slug}: {ready} of {total} document(s) reindexed")
            for result in bar.results:
                if result.failed:
                    failed = True
                    typer.echo(f"  failed: {result.filename}: {result.error}")
    if failed:
        raise typer.Exit(1)
