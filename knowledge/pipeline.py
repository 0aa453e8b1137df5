"""What ingestion needs besides the database: the indexes, the embedder, limits and progress."""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal, Protocol

from knowledge.types import Chunk, LoadError
from models.ports import Embedder

FileStatus = Literal["ingested", "unchanged", "failed"]
Stage = Literal["file", "chunks", "done"]
EMBED_BATCH = 64
MAX_NAME = 255
_FORBIDDEN = set('<>:"|?*')


class VectorIndex(Protocol):
    """The vector half of a coach's knowledge, as ingestion writes it (ChromaStore)."""

    def add(
        self, coach_id: int, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]
    ) -> None:
        """Write chunks invisibly."""
        ...

    def publish(self, coach_id: int, document_id: int, version: int) -> None:
        """Show one version and remove the others."""
        ...

    def delete_document(self, coach_id: int, document_id: int) -> None:
        """Remove every chunk of a document."""
        ...

    def discard_unpublished(self, coach_id: int, document_id: int) -> None:
        """Remove a document's invisible chunks."""
        ...

    def drop_coach(self, coach_id: int) -> None:
        """Remove the coach's whole collection."""
        ...


class KeywordIndexWriter(Protocol):
    """The BM25 half of a coach's knowledge, as ingestion writes it (BM25Index)."""

    def add(self, coach_id: int, chunks: Sequence[Chunk]) -> None:
        """Write chunks invisibly."""
        ...

    def publish(self, coach_id: int, document_id: int, version: int) -> None:
        """Show one version and remove the others."""
        ...

    def delete_document(self, coach_id: int, document_id: int) -> None:
        """Remove every chunk of a document."""
        ...

    def discard_unpublished(self, coach_id: int, document_id: int) -> None:
        """Remove a document's unpublished versions."""
        ...

    def drop_coach(self, coach_id: int) -> None:
        """Remove the coach's whole index."""
        ...


# Screens chunk texts for prompt injection: the reasons per text, () when clean. Injected by
# the app (safety's screener) so knowledge never imports safety.
ScreenFunction = Callable[[Sequence[str]], Sequence[tuple[str, ...]]]


@dataclass
class IngestPipeline:
    """The embedder, both indexes, where uploads are kept, and the ingestion limits."""

    embedder: Embedder
    store: VectorIndex
    bm25: KeywordIndexWriter
    uploads_dir: Path
    max_bytes: int
    chunk_size: int = 1000
    chunk_overlap: int = 200
    embed_batch: int = EMBED_BATCH
    # Run once per write batch; its reasons are stored with each chunk so retrieval need not
    # screen again. None stores no flag (retrieval then screens those chunks itself).
    screen: ScreenFunction | None = None

    def coach_dir(self, coach_id: int) -> Path:
        """The folder a coach's uploaded files are kept in."""
        return self.uploads_dir / f"coach_{int(coach_id)}"

    @property
    def jobs_dir(self) -> Path:
        """Where background jobs stage their files."""
        return self.uploads_dir / ".jobs"

    def staging_dir(self, job_id: str) -> Path:
        """Where a background job keeps the files it has not ingested yet."""
        return self.jobs_dir / job_id


@dataclass(frozen=True)
class FileResult:
    """What happened to one file: ingested, unchanged or failed (with the reason)."""

    filename: str
    status: FileStatus
    document_id: int | None = None
    version: int | None = None
    chunks: int = 0
    error: str = ""

    @property
    def failed(self) -> bool:
        """Whether the file could not be ingested."""
        return self.status == "failed"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form kept in job results and printed by the CLI."""
        return asdict(self)


@dataclass(frozen=True)
class Progress:
    """A progress report: a file started, a batch of its chunks was embedded, or it finished."""

    filename: str
    stage: Stage
    chunks_done: int = 0
    chunks_total: int = 0
    result: FileResult | None = None


ProgressCallback = Callable[[Progress], None]


def no_progress(_event: Progress) -> None:
    """The default progress callback: ignore every report."""


def safe_filename(name: str) -> str:
    """The base name of an uploaded file, safe to store (no folders, control or odd characters)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = unicodedata.normalize("NFC", base)
    base = "".join(
        ch for ch in base if ch not in _FORBIDDEN and unicodedata.category(ch)[0] != "C"
    ).strip()
    if base in ("", ".", ".."):
        raise LoadError(f"{name!r} is not a usable file name")
    if len(base) > MAX_NAME:
        stem, ext = os.path.splitext(base)
        ext = ext if len(ext) <= 16 else ""
        base = stem[: MAX_NAME - len(ext)] + ext
    return base


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file so that a crash leaves either the old content or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def batches(items: Sequence[Chunk], size: int) -> list[Sequence[Chunk]]:
    """Consecutive slices of at most `size` chunks."""
    step = max(1, size)
    return [items[start : start + step] for start in range(0, len(items), step)]
