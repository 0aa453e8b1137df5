"""Per-coach BM25 keyword indexes on bm25s, with the same publish-on-success visibility."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import threading
import unicodedata
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_EN

from knowledge.store import chunk_metadata, hit_from, where_terms
from knowledge.types import Chunk, Hit, KnowledgeError

try:  # Cross-process locking where the OS has it; threads are always locked.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STOPWORDS = frozenset(STOPWORDS_EN)
# Scripts written without spaces between words are indexed as overlapping character pairs.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W{_CJK}]+")
_CJK_RUN = re.compile(rf"[{_CJK}]")
MANIFEST = "manifest.json"
SEGMENTS = "segments"
MASK_CACHE = 64


def tokenize(text: str) -> list[str]:
    """Lowercased words minus English stopwords, plurals folded; CJK runs as bigrams."""
    tokens: list[str] = []
    for word in _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()):
        if _CJK_RUN.match(word):
            tokens.extend([word] if len(word) == 1 else
                          [word[i:i + 2] for i in range(len(word) - 1)])
        elif word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            tokens.append(word[:-1])
        else:
            tokens.append(word)
    return tokens


def matches(meta: Mapping[str, Any], where: Mapping[str, Any]) -> bool:
    """Whether metadata satisfies a Chroma-style filter (the subset `where_terms` accepts)."""
    for key, value in where.items():
        if key == "$and":
            ok = all(matches(meta, part) for part in value)
        elif key == "$or":
            ok = any(matches(meta, part) for part in value)
        elif key not in meta:
            ok = False
        elif isinstance(value, Mapping):
            ((op, operand),) = value.items()
            ok = _compare(meta[key], op, operand)
        else:
            ok = _compare(meta[key], "$eq", value)
        if not ok:
            return False
    return True


def _compare(actual: Any, op: str, operand: Any) -> bool:
    """One operator of the filter language; booleans never equal numbers, as in Chroma."""
    if op in ("$in", "$nin"):
        found = any(_compare(actual, "$eq", item) for item in operand)
        return found if op == "$in" else not found
    if op in ("$eq", "$ne"):
        same = isinstance(actual, bool) == isinstance(operand, bool) and actual == operand
        return same if op == "$eq" else not same
    try:
        return bool({"$gt": actual > operand, "$gte": actual >= operand,
                     "$lt": actual < operand, "$lte": actual <= operand}[op])
    except TypeError:
        return False


def _write_json(path: Path, payload: Any) -> None:
    """Write JSON through a temporary file and os.replace, so readers see old or new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    """Identity of a file version: os.replace gives a new inode, writes change mtime and size."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


@dataclass
class _Segment:
    """The chunks of one document version, with their tokens, as read from disk."""

    key: tuple[int, int, int] | None
    ids: list[str]
    texts: list[str]
    searches: list[str]
    metas: list[dict[str, Any]]
    tokens: list[list[str]]


@dataclass
class _Snapshot:
    """An immutable, queryable index of a coach's visible chunks."""

    key: tuple[int, int, int] | None
    ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    metas: list[dict[str, Any]] = field(default_factory=list)
    model: Any = None
    masks: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass
class _Coach:
    """In-memory state of one coach: a lock, cached segments and the current snapshot."""

    lock: threading.RLock = field(default_factory=threading.RLock)
    segments: dict[str, _Segment] = field(default_factory=dict)
    snapshot: _Snapshot | None = None


class BM25Index:
    """One keyword index per coach under `root/coach_<id>`; only published versions are found.

    On disk: `manifest.json` (the published version of each document; replacing it is the
    atomic publish) and one JSON segment per document version. The bm25s index is derived:
    any manifest change makes the next query rebuild it, in memory, from the cached segments.
    """

    def __init__(self, root: Path) -> None:
        self._root = Path(root)
        self._coaches: dict[int, _Coach] = {}
        self._guard = threading.Lock()

    # -- files and locks ---------------------------------------------------------------------

    def _dir(self, coach_id: int) -> Path:
        return self._root / f"coach_{int(coach_id)}"

    def _state(self, coach_id: int) -> _Coach:
        with self._guard:
            return self._coaches.setdefault(coach_id, _Coach())

    @contextlib.contextmanager
    def _locked(self, coach_id: int, *, exclusive: bool) -> Iterator[_Coach]:
        """The coach's thread lock plus, where available, a file lock other processes respect."""
        state = self._state(coach_id)
        with state.lock:
            if fcntl is None:
                yield state
                return
            self._root.mkdir(parents=True, exist_ok=True)
            with open(self._root / f"coach_{int(coach_id)}.lock", "a+b") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
                try:
                    yield state
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)

    def _manifest(self, coach_id: int) -> dict[str, Any]:
        """The published version of each document, and a generation counter."""
        try:
            with open(self._dir(coach_id) / MANIFEST, encoding="utf-8") as handle:
                data: dict[str, Any] = json.load(handle)
        except FileNotFoundError:
            return {"generation": 0, "published": {}}
        return data

    def _save_manifest(self, coach_id: int, manifest: dict[str, Any]) -> None:
        manifest["generation"] = int(manifest.get("generation", 0)) + 1
        _write_json(self._dir(coach_id) / MANIFEST, manifest)

    def _segment_files(self, coach_id: int, document_id: int | None = None) -> dict[str, Path]:
        """Segment files by name `<document>_<version>`, optionally of one document."""
        folder = self._dir(coach_id) / SEGMENTS
        if not folder.is_dir():
            return {}
        prefix = "" if document_id is None else f"{int(document_id)}_"
        return {path.stem: path for path in folder.glob(f"{prefix}*.json")
                if not path.name.startswith(".")}

    def _segment(self, state: _Coach, path: Path) -> _Segment:
        """A segment from disk, reusing the parsed, tokenised copy while the file is unchanged."""
        key = _stat_key(path)
        cached = state.segments.get(path.stem)
        if cached is not None and cached.key == key:
            return cached
        with open(path, encoding="utf-8") as handle:
            records = json.load(handle)["chunks"]
        segment = _Segment(
            key=key,
            ids=[record["id"] for record in records],
            texts=[record["text"] for record in records],
            # Segments written before headings were indexed have no "search" text.
            searches=[record.get("search", record["text"]) for record in records],
            metas=[record["meta"] for record in records],
            tokens=[tokenize(record.get("search", record["text"])) for record in records],
        )
        state.segments[path.stem] = segment
        return segment

    # -- writes ------------------------------------------------------------------------------

    def add(self, coach_id: int, chunks: Sequence[Chunk]) -> None:
        """Write chunks invisibly; adding to the published version hides it until `publish`."""
        groups: dict[tuple[int, int], list[Chunk]] = {}
        for chunk in chunks:
            if chunk.coach_id != coach_id:
                raise KnowledgeError(f"chunk {chunk.id} belongs to coach {chunk.coach_id}")
            groups.setdefault((chunk.document_id, chunk.version), []).append(chunk)
        if not groups:
            return
        with self._locked(coach_id, exclusive=True) as state:
            manifest = self._manifest(coach_id)
            hidden = [doc for doc, version in groups
                      if manifest["published"].get(str(doc)) == version]
            if hidden:
                for doc in hidden:
                    del manifest["published"][str(doc)]
                self._save_manifest(coach_id, manifest)
            for (doc, version), group in groups.items():
                self._merge_segment(state, coach_id, doc, version, group)

    def _merge_segment(
        self, state: _Coach, coach_id: int, doc: int, version: int, chunks: list[Chunk]
    ) -> None:
        """Add chunks to a version's segment file, replacing any with the same id."""
        path = self._dir(coach_id) / SEGMENTS / f"{doc}_{version}.json"
        records: dict[str, dict[str, Any]] = {}
        if path.exists():
            old = self._segment(state, path)
            for i, chunk_id in enumerate(old.ids):
                records[chunk_id] = {"id": chunk_id, "text": old.texts[i],
                                     "search": old.searches[i], "meta": old.metas[i]}
        for chunk in chunks:
            meta = chunk_metadata(chunk)
            del meta["visible"]  # visibility lives in the manifest
            records[chunk.id] = {"id": chunk.id, "text": chunk.text,
                                 "search": chunk.search_text, "meta": meta}
        ordered = sorted(records.values(), key=lambda record: record["meta"]["index"])
        _write_json(path, {"chunks": ordered})

    def publish(self, coach_id: int, document_id: int, version: int) -> None:
        """Show one version (one atomic manifest write), then delete the others' files."""
        with self._locked(coach_id, exclusive=True) as state:
            manifest = self._manifest(coach_id)
            manifest["published"][str(document_id)] = version
            self._save_manifest(coach_id, manifest)
            self._remove_segments(state, coach_id, document_id, keep=version)

    def delete_document(self, coach_id: int, document_id: int) -> None:
        """Remove every chunk of a document, whatever its version or visibility."""
        with self._locked(coach_id, exclusive=True) as state:
            manifest = self._manifest(coach_id)
            if manifest["published"].pop(str(document_id), None) is not None:
                self._save_manifest(coach_id, manifest)
            self._remove_segments(state, coach_id, document_id, keep=None)

    def discard_unpublished(self, coach_id: int, document_id: int) -> None:
        """Remove a document's unpublished versions, left by an ingest that crashed or failed."""
        with self._locked(coach_id, exclusive=True) as state:
            published = self._manifest(coach_id)["published"].get(str(document_id))
            self._remove_segments(state, coach_id, document_id, keep=published)

    def _remove_segments(
        self, state: _Coach, coach_id: int, document_id: int, *, keep: int | None
    ) -> None:
        for name, path in self._segment_files(coach_id, document_id).items():
            if keep is None or name != f"{document_id}_{keep}":
                path.unlink(missing_ok=True)
                state.segments.pop(name, None)

    def drop_coach(self, coach_id: int) -> None:
        """Delete the coach's whole index (for reindexing or deleting the coach)."""
        with self._locked(coach_id, exclusive=True) as state:
            folder = self._dir(coach_id)
            if folder.exists():
                # Rename first so a crash mid-delete never leaves a half-index under the real name.
                trash = self._root / f".trash-{folder.name}-{uuid.uuid4().hex}"
                os.replace(folder, trash)
                shutil.rmtree(trash, ignore_errors=True)
            state.segments.clear()
            state.snapshot = None

    # -- index -------------------------------------------------------------------------------

    def _rebuild(self, coach_id: int, state: _Coach) -> _Snapshot:
        """Build the bm25s index over the published chunks (call with the coach locked)."""
        key = _stat_key(self._dir(coach_id) / MANIFEST)
        snapshot = _Snapshot(key=key)
        tokens: list[list[str]] = []
        files = self._segment_files(coach_id)
        for doc, version in sorted(self._manifest(coach_id)["published"].items()):
            path = files.get(f"{doc}_{version}")
            if path is None:
                continue  # a published version with no chunks
            segment = self._segment(state, path)
            snapshot.ids += segment.ids
            snapshot.texts += segment.texts
            snapshot.metas += segment.metas
            tokens += segment.tokens
        if any(tokens):
            model = bm25s.BM25()
            model.index(tokens, show_progress=False)
            snapshot.model = model
        state.snapshot = snapshot
        return snapshot

    def _current(self, coach_id: int) -> _Snapshot:
        """The coach's snapshot, rebuilt first if the manifest changed (here or elsewhere)."""
        state = self._state(coach_id)
        key = _stat_key(self._dir(coach_id) / MANIFEST)
        snapshot = state.snapshot
        if snapshot is not None and snapshot.key == key:
            return snapshot
        with self._locked(coach_id, exclusive=False) as locked:
            snapshot = locked.snapshot
            if snapshot is not None and snapshot.key == _stat_key(self._dir(coach_id) / MANIFEST):
                return snapshot
            return self._rebuild(coach_id, locked)

    @staticmethod
    def _mask(snapshot: _Snapshot, where: Mapping[str, Any]) -> np.ndarray:
        """Which indexed chunks pass a filter, cached per snapshot since filters repeat."""
        key = json.dumps(where, sort_keys=True, default=str)
        mask = snapshot.masks.get(key)
        if mask is None:
            mask = np.fromiter((matches(meta, where) for meta in snapshot.metas),
                               dtype=bool, count=len(snapshot.metas))
            if len(snapshot.masks) >= MASK_CACHE:
                snapshot.masks.clear()
            snapshot.masks[key] = mask
        return mask

    # -- reads -------------------------------------------------------------------------------

    def query(
        self, coach_id: int, text: str, k: int, where: Mapping[str, Any] | None = None
    ) -> list[Hit]:
        """The k best-scoring visible chunks of this coach for a keyword query."""
        where_terms(where)  # reject unsupported filters here as the vector store does
        tokens = tokenize(text)
        snapshot = self._current(coach_id)
        if k <= 0 or not tokens or snapshot.model is None:
            return []
        scores = np.asarray(snapshot.model.get_scores(tokens), dtype=np.float32)
        if where:
            scores = np.where(self._mask(snapshot, where), scores, 0.0)
        n = min(k, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [
            hit_from(snapshot.ids[i], snapshot.texts[i], snapshot.metas[i], float(scores[i]))
            for i in top.tolist()
            if scores[i] > 0
        ]

    def count(
        self, coach_id: int, document_id: int | None = None, visible_only: bool = False
    ) -> int:
        """How many chunks the coach has, optionally of one document or visible only."""
        with self._locked(coach_id, exclusive=False) as state:
            published = self._manifest(coach_id)["published"]
            total = 0
            for name, path in self._segment_files(coach_id, document_id).items():
                doc, version = name.split("_")
                if visible_only and published.get(doc) != int(version):
                    continue
                total += len(self._segment(state, path).ids)
            return total
