"""Per-coach Chroma collections with publish-on-success visibility and embedder checks."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, cast

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.errors import NotFoundError
from chromadb.utils.embedding_functions import register_embedding_function

from knowledge.types import Chunk, EmbedderMismatch, Hit, KnowledgeError
from models.ports import Embedder

EF_NAME = "lodestar"
EMBEDDER_KEY = "lodestar_embedder"
DIMENSION_KEY = "lodestar_dimension"
COSINE: dict[str, Any] = {"hnsw": {"space": "cosine"}}
OPERATORS = frozenset({"$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin"})
NO_PAGE = -1  # Chroma metadata cannot hold None
WIDEST = 2560  # the most neighbours fetched unfiltered before filtering on `visible`


def collection_name(coach_id: int) -> str:
    """The one collection a coach's chunks live in."""
    return f"coach_{int(coach_id)}"


INJECTION_KEY = "injection"


def chunk_metadata(chunk: Chunk, *, visible: bool = False) -> dict[str, Any]:
    """The metadata stored with a chunk in either backend."""
    meta: dict[str, Any] = {
        "coach_id": chunk.coach_id,
        "document_id": chunk.document_id,
        "version": chunk.version,
        "index": chunk.index,
        "filename": chunk.filename,
        "title": chunk.title,
        "section": chunk.section,
        "page": NO_PAGE if chunk.page is None else chunk.page,
        "start": chunk.start,
        "end": chunk.end,
        "visible": visible,
    }
    if chunk.injection is not None:
        # Comma-separated screening reasons, "" when clean; absent means never screened.
        meta[INJECTION_KEY] = ",".join(chunk.injection)
    return meta


def hit_from(chunk_id: str, text: str, meta: Mapping[str, Any], score: float) -> Hit:
    """Turn a stored record back into a hit."""
    page = meta.get("page", NO_PAGE)
    return Hit(
        chunk_id=chunk_id,
        text=text,
        document_id=int(meta["document_id"]),
        filename=str(meta.get("filename", "")),
        title=str(meta.get("title", "")),
        section=str(meta.get("section", "")),
        page=None if page is None or int(page) < 0 else int(page),
        score=float(score),
        extra={key: meta[key] for key in ("version", "index", "start", "end", INJECTION_KEY)
               if key in meta},
    )


def where_terms(where: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """Split a caller filter into single-key terms, checking every operator is supported."""
    terms: list[dict[str, Any]] = []
    for key, value in (where or {}).items():
        if key in ("$and", "$or"):
            if not isinstance(value, list) or not value:
                raise KnowledgeError(f"filter {key} needs a non-empty list")
            for part in value:
                where_terms(part)
        elif key.startswith("$"):
            raise KnowledgeError(f"unsupported filter operator {key}")
        elif isinstance(value, Mapping):
            if len(value) != 1 or not set(value) <= OPERATORS:
                raise KnowledgeError(f"unsupported filter on {key}: {dict(value)}")
        terms.append({key: value})
    return terms


def chroma_where(
    where: Mapping[str, Any] | None, *, visible_only: bool = True
) -> dict[str, Any] | None:
    """A Chroma filter: the caller's terms, AND-ed with visibility when asked."""
    terms = where_terms(where)
    if visible_only:
        terms.insert(0, {"visible": True})
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else {"$and": terms}


class LodestarEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's view of our embedder, so a collection never falls back to Chroma's default."""

    def __init__(
        self, embedder: Embedder | None = None, *, embedder_id: str = "", dimension: int = 0
    ) -> None:
        self._embedder = embedder
        self.embedder_id = embedder.id if embedder else embedder_id
        self.dimension = embedder.dimension if embedder else dimension

    def __call__(self, input: Documents) -> Embeddings:
        """Embed documents with the wrapped embedder (Chroma only calls this without vectors)."""
        if self._embedder is None:
            raise KnowledgeError(f"embedder {self.embedder_id} is not loaded in this process")
        vectors = self._embedder.embed_batch(list(input))
        return [np.asarray(vector, dtype=np.float32) for vector in vectors]

    @staticmethod
    def name() -> str:
        """The name Chroma records in the collection configuration."""
        return EF_NAME

    def get_config(self) -> dict[str, Any]:
        """What Chroma persists about this function: which embedder, how many dimensions."""
        return {"embedder_id": self.embedder_id, "dimension": self.dimension}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> LodestarEmbeddingFunction:
        """Rebuild an unbound function from its persisted config (vectors are passed in)."""
        return LodestarEmbeddingFunction(
            embedder_id=str(config.get("embedder_id", "")),
            dimension=int(config.get("dimension", 0)),
        )

    def default_space(self) -> Space:
        """Our embedders are normalised, so cosine it is."""
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        """Only cosine is meaningful for the scores we report."""
        return ["cosine"]

    def is_legacy(self) -> bool:
        """Never legacy: we implement the whole 1.x protocol."""
        return False


# Registered so Chroma can load collection configurations that name our function.
register_embedding_function(LodestarEmbeddingFunction)  # type: ignore[no-untyped-call]


def _batches(size: int, total: int) -> Iterator[slice]:
    """Slices of at most `size` items covering `total` items."""
    for start in range(0, total, size):
        yield slice(start, min(start + size, total))


class ChromaStore:
    """The VectorStore on Chroma: one cosine collection per coach, nothing shared between them."""

    def __init__(
        self,
        *,
        client: Any,
        embedder: Embedder,
        coach_slug: Callable[[int], str | None] | None = None,
    ) -> None:
        self._client = client
        self._embedder = embedder
        self._function = LodestarEmbeddingFunction(embedder)
        self._coach_slug = coach_slug
        self._collections: dict[int, Any] = {}
        self._lock = threading.Lock()
        self._max_batch = max(1, int(client.get_max_batch_size()))

    @property
    def embedding_function(self) -> LodestarEmbeddingFunction:
        """The function every collection of this store is opened with."""
        return self._function

    # -- collections -------------------------------------------------------------------------

    def _metadata(self, coach_id: int) -> dict[str, Any]:
        return {
            EMBEDDER_KEY: self._embedder.id,
            DIMENSION_KEY: self._embedder.dimension,
            "coach_id": coach_id,
        }

    def _mismatch(self, coach_id: int, built_id: str, built_dim: object) -> EmbedderMismatch:
        slug = self._coach_slug(coach_id) if self._coach_slug else None
        return EmbedderMismatch(
            f"collection {collection_name(coach_id)} was built with {built_id} "
            f"({built_dim} dims) but the configured embedder is {self._embedder.id} "
            f"({self._embedder.dimension} dims); "
            f"run `lodestar reindex --coach {slug or '<slug>'}|--all`"
        )

    def _check(self, coach_id: int, collection: Any) -> None:
        """Refuse a collection whose vectors came from another embedder."""
        meta = collection.metadata or {}
        built_id, built_dim = meta.get(EMBEDDER_KEY), meta.get(DIMENSION_KEY)
        if built_id != self._embedder.id or built_dim != self._embedder.dimension:
            raise self._mismatch(coach_id, str(built_id or "an unknown embedder"), built_dim or "?")

    def _open(self, coach_id: int, *, create: bool) -> Any | None:
        """The coach's collection, opened once and cached; None if absent and not creating."""
        with self._lock:
            cached = self._collections.get(coach_id)
            if cached is not None:
                return cached
            name = collection_name(coach_id)
            try:
                if create:
                    collection = self._client.get_or_create_collection(
                        name,
                        configuration=dict(COSINE),
                        metadata=self._metadata(coach_id),
                        embedding_function=self._function,
                    )
                else:
                    collection = self._client.get_collection(
                        name, embedding_function=self._function
                    )
            except NotFoundError:
                return None
            except ValueError as error:  # Chroma's embedding-function conflict
                raise self._mismatch(coach_id, "another embedding function", "?") from error
            self._check(coach_id, collection)
            self._collections[coach_id] = collection
            return collection

    def _run(self, coach_id: int, create: bool, action: Callable[[Any], Any]) -> Any:
        """Run an action on the coach's collection, reopening once if it was dropped elsewhere."""
        for attempt in range(2):
            collection = self._open(coach_id, create=create)
            if collection is None:
                return None
            try:
                return action(collection)
            except NotFoundError:
                self._forget(coach_id)
                if attempt:
                    raise
        return None

    def _forget(self, coach_id: int) -> None:
        with self._lock:
            self._collections.pop(coach_id, None)

    # -- writes ------------------------------------------------------------------------------

    def add(
        self, coach_id: int, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]
    ) -> None:
        """Write chunks invisibly, in batches Chroma accepts; re-added ids hide until `publish`."""
        if len(chunks) != len(vectors):
            raise KnowledgeError(f"{len(chunks)} chunks but {len(vectors)} vectors")
        if not chunks:
            return
        for chunk in chunks:
            if chunk.coach_id != coach_id:
                raise KnowledgeError(f"chunk {chunk.id} belongs to coach {chunk.coach_id}")
        matrix = np.asarray(vectors, dtype=np.float32)
        if matrix.ndim != 2 or matrix.shape[1] != self._embedder.dimension:
            raise KnowledgeError(
                f"vectors have shape {matrix.shape}; expected {self._embedder.dimension} dims"
            )

        def write(collection: Any) -> None:
            for part in _batches(self._max_batch, len(chunks)):
                collection.upsert(
                    ids=[chunk.id for chunk in chunks[part]],
                    embeddings=matrix[part],
                    documents=[chunk.text for chunk in chunks[part]],
                    metadatas=[chunk_metadata(chunk) for chunk in chunks[part]],
                )

        self._run(coach_id, True, write)

    def publish(self, coach_id: int, document_id: int, version: int) -> None:
        """Show one version, then remove the others (a crash in between shows both, never none)."""

        def flip(collection: Any) -> None:
            hidden = {"$and": [{"document_id": document_id}, {"version": version},
                               {"visible": False}]}
            ids = collection.get(where=hidden, include=[])["ids"]
            for part in _batches(self._max_batch, len(ids)):
                collection.update(ids=ids[part], metadatas=[{"visible": True}] * len(ids[part]))
            collection.delete(
                where={"$and": [{"document_id": document_id}, {"version": {"$ne": version}}]}
            )

        self._run(coach_id, False, flip)

    def delete_document(self, coach_id: int, document_id: int) -> None:
        """Remove every chunk of a document, whatever its version or visibility."""
        self._run(coach_id, False, lambda c: c.delete(where={"document_id": document_id}))

    def discard_unpublished(self, coach_id: int, document_id: int) -> None:
        """Remove a document's invisible chunks, left by an ingest that crashed or failed."""
        hidden = {"$and": [{"document_id": document_id}, {"visible": False}]}
        self._run(coach_id, False, lambda c: c.delete(where=hidden))

    def drop_coach(self, coach_id: int) -> None:
        """Delete the coach's whole collection (for reindexing or deleting the coach)."""
        self._forget(coach_id)
        try:
            self._client.delete_collection(collection_name(coach_id))
        except (NotFoundError, ValueError):
            pass

    # -- reads -------------------------------------------------------------------------------

    def query(
        self,
        coach_id: int,
        vector: Sequence[float],
        k: int,
        where: Mapping[str, Any] | None = None,
    ) -> list[Hit]:
        """The k nearest visible chunks of this coach; scores are cosine similarities."""
        if k <= 0:
            return []
        if len(vector) != self._embedder.dimension:
            raise KnowledgeError(
                f"query vector has {len(vector)} dims; expected {self._embedder.dimension}"
            )
        embedding = np.asarray(vector, dtype=np.float32)
        hits = self._run(coach_id, False, lambda c: self._search(c, embedding, k, where))
        return list(hits or [])

    def _search(
        self, collection: Any, embedding: Any, k: int, where: Mapping[str, Any] | None
    ) -> list[Hit]:
        """Nearest ids first, then records for as few of them as needed to find k visible.

        A `visible` filter makes Chroma scan every record (about 30 ms per 10k chunks) and
        fetching documents costs about 0.1 ms per record, so ask for ids alone, unfiltered,
        and widen the net while hidden chunks (an ingest in flight) crowd the top.
        """
        n = k + max(10, k)
        while True:
            result = collection.query(query_embeddings=[embedding], n_results=n,
                                      where=chroma_where(where, visible_only=False),
                                      include=["distances"])
            ids: list[str] = result["ids"][0]
            distances = (result.get("distances") or [[]])[0]
            hits = self._visible(collection, ids, distances, k)
            if len(hits) >= k or len(ids) < n:
                return hits
            if n >= WIDEST:
                break
            n *= 8
        result = collection.query(query_embeddings=[embedding], n_results=k,
                                  where=chroma_where(where, visible_only=True),
                                  include=["distances"])
        return self._visible(collection, result["ids"][0],
                             (result.get("distances") or [[]])[0], k)

    @staticmethod
    def _visible(collection: Any, ids: list[str], distances: Sequence[float], k: int) -> list[Hit]:
        """Hits for the first k visible ids, fetching records for the top k ids first."""
        score = {chunk_id: 1.0 - float(d) for chunk_id, d in zip(ids, distances, strict=True)}
        hits: list[Hit] = []
        for part in (ids[:k], ids[k:]):
            if not part or len(hits) >= k:
                break
            got = collection.get(ids=part, include=["documents", "metadatas"])
            records = {chunk_id: (got["documents"][i], got["metadatas"][i])
                       for i, chunk_id in enumerate(got["ids"])}
            for chunk_id in part:
                record = records.get(chunk_id)  # gone if a publish removed it meanwhile
                if record and record[1].get("visible") is True and len(hits) < k:
                    hits.append(hit_from(chunk_id, record[0] or "", record[1], score[chunk_id]))
        return hits

    def records(
        self, coach_id: int, where: Mapping[str, Any] | None = None, *, with_text: bool = False
    ) -> list[Hit]:
        """The visible chunks matching `where` (no search, score 0), text only if asked."""
        condition = chroma_where(where, visible_only=True)
        include = ["metadatas", "documents"] if with_text else ["metadatas"]
        got = self._run(coach_id, False, lambda c: c.get(where=condition, include=include))
        if not got:
            return []
        texts = got.get("documents") or [""] * len(got["ids"])
        return [hit_from(chunk_id, texts[i] or "", got["metadatas"][i], 0.0)
                for i, chunk_id in enumerate(got["ids"])]

    def count(
        self, coach_id: int, document_id: int | None = None, visible_only: bool = False
    ) -> int:
        """How many chunks the coach has, optionally of one document or visible only."""
        where = None if document_id is None else {"document_id": document_id}
        if where is None and not visible_only:
            total = self._run(coach_id, False, lambda c: c.count())
        else:
            condition = chroma_where(where, visible_only=visible_only)
            total = self._run(
                coach_id, False, lambda c: len(c.get(where=condition, include=[])["ids"])
            )
        return int(total or 0)

    def collection_info(self, coach_id: int) -> dict[str, Any]:
        """What the coach's collection says about itself, without the embedder check."""
        name = collection_name(coach_id)
        try:
            # No embedding function: this must describe even a collection of another embedder.
            collection = self._client.get_collection(name, embedding_function=None)
        except NotFoundError:
            return {"name": name, "exists": False, "embedder_id": None, "dimension": None,
                    "count": 0, "space": None, "embedding_function": None}
        meta = collection.metadata or {}
        config = cast(dict[str, Any], collection.configuration_json or {})
        hnsw = config.get("hnsw") or {}
        function = config.get("embedding_function") or {}
        return {
            "name": name,
            "exists": True,
            "embedder_id": meta.get(EMBEDDER_KEY),
            "dimension": meta.get(DIMENSION_KEY),
            "count": int(collection.count()),
            "space": hnsw.get("space"),
            "embedding_function": function.get("name"),
        }
