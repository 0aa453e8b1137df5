"""Ingestion failures: bad files fail alone, crashes leave nothing visible and can be retried."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.settings import Settings
from app.wiring import KnowledgeLayer
from knowledge import service
from knowledge.models import Document, DocumentStatus
from tests.factories import make_coach
from tests.knowledge import samples
from tests.knowledge.ingest_support import (
    GOOD_MARKDOWN,
    CrashingEmbedder,
    SimulatedCrash,
    bm25_segments,
    long_markdown,
    make_layer,
    raw_chroma_ids,
)

# (file name, bytes, expected status, a piece of the reason, whether a row is kept)
BAD_FILES = [
    ("corrupt.pdf", samples.corrupt_pdf(), "not a readable PDF", True),
    ("locked.pdf", samples.encrypted_pdf(), "encrypted PDF", True),
    ("empty.md", b"", "empty file", True),
    ("image-renamed.md", samples.binary_bytes(), "looks like binary data", False),
    ("scan.pdf", samples.scanned_pdf(), "no extractable text", True),
    ("huge.md", b"# Huge\n\n" + b"word " * 3000, "the limit is", False),
    ("sheet.xlsx", samples.xlsx_like(), "Lodestar can read", False),
]
LIMIT = 8 * 1024


def ingest(session: Session, layer: KnowledgeLayer, coach, name: str, data: bytes):  # type: ignore[no-untyped-def]
    return service.ingest_bytes(session=session, coach=coach, filename=name, data=data,
                                pipeline=layer.pipeline)


def test_each_bad_file_fails_alone_with_its_reason(session: Session, settings: Settings) -> None:
    layer = make_layer(settings, max_bytes=LIMIT)
    coach = make_coach(session)
    batch = [("good.md", GOOD_MARKDOWN)] + [(name, data) for name, data, _, _ in BAD_FILES]
    batch.append(("guide.pdf", samples.text_pdf()))
    results = {name: ingest(session, layer, coach, name, data) for name, data in batch}
    assert results["good.md"].status == "ingested"
    assert results["guide.pdf"].status == "ingested"
    for name, _, reason, kept in BAD_FILES:
        result = results[name]
        assert result.status == "failed" and reason in result.error, (name, result)
        assert (result.document_id is not None) == kept, name
    rows = {d.filename: d for d in service.list_documents(session=session, coach=coach)}
    assert rows["good.md"].status is DocumentStatus.READY
    for name, _, reason, kept in BAD_FILES:
        if kept:
            assert rows[name].status is DocumentStatus.FAILED and reason in rows[name].error
            assert raw_chroma_ids(settings, coach.id, rows[name].id) == []
        else:
            assert name not in rows
    hits = layer.retriever.search(coach.id, "anchors", k=10).hits
    assert {hit.filename for hit in hits} <= {"good.md", "guide.pdf"}


def test_a_refused_update_keeps_the_previous_version(
    session: Session, settings: Settings
) -> None:
    layer = make_layer(settings, max_bytes=LIMIT)
    coach = make_coach(session)
    first = ingest(session, layer, coach, "notes.md", GOOD_MARKDOWN)
    refused = ingest(session, layer, coach, "notes.md", b"# Big\n\n" + b"word " * 3000)
    assert refused.status == "failed" and refused.document_id is None
    document = session.get(Document, first.document_id)
    assert document is not None and document.status is DocumentStatus.READY
    assert document.version == 1 and layer.retriever.search(coach.id, "anchor").hits


def test_an_unreadable_update_fails_the_document_and_hides_it(
    session: Session, settings: Settings
) -> None:
    layer = make_layer(settings)
    coach = make_coach(session)
    first = ingest(session, layer, coach, "guide.pdf", samples.text_pdf())
    broken = ingest(session, layer, coach, "guide.pdf", samples.corrupt_pdf())
    assert broken.status == "failed" and broken.version == 2
    assert broken.document_id == first.document_id
    assert raw_chroma_ids(settings, coach.id, first.document_id) == []
    assert layer.retriever.search(coach.id, "anchor").hits == []


def test_a_crash_while_embedding_leaves_nothing_visible_and_a_retry_completes(
    session: Session, settings: Settings
) -> None:
    embedder = CrashingEmbedder(crash_on=2)
    layer = make_layer(settings, embedder, embed_batch=3)
    coach = make_coach(session)
    with pytest.raises(SimulatedCrash):
        ingest(session, layer, coach, "long.md", long_markdown())
    document = session.scalar(select(Document).where(Document.coach_id == coach.id))
    assert document is not None and document.status is DocumentStatus.PENDING
    assert len(raw_chroma_ids(settings, coach.id, document.id)) == 3  # the first batch
    assert layer.store.count(coach.id, visible_only=True) == 0
    assert layer.retriever.search(coach.id, "habit3word7").hits == []
    embedder.crash_on = 0
    retry = ingest(session, layer, coach, "long.md", long_markdown())
    assert retry.status == "ingested" and retry.document_id == document.id
    assert retry.version == 1 and document.status is DocumentStatus.READY
    assert len(raw_chroma_ids(settings, coach.id, document.id)) == retry.chunks
    assert layer.store.count(coach.id, visible_only=True) == retry.chunks
    assert layer.retriever.search(coach.id, "habit3word7", mode="bm25").hits


def test_a_crash_between_writing_and_publishing_is_resumed(
    session: Session, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    layer = make_layer(settings)
    coach = make_coach(session)

    def killed(*_args: object) -> None:
        raise SimulatedCrash("killed before publishing")

    monkeypatch.setattr(layer.store, "publish", killed)
    with pytest.raises(SimulatedCrash):
        ingest(session, layer, coach, "notes.md", GOOD_MARKDOWN)
    document = session.scalar(select(Document).where(Document.coach_id == coach.id))
    assert document is not None and document.status is DocumentStatus.PENDING
    assert raw_chroma_ids(settings, coach.id, document.id)
    assert bm25_segments(settings, coach.id, document.id)
    assert layer.retriever.search(coach.id, "anchor habit").hits == []
    monkeypatch.undo()
    results = service.resume_pending(session=session, coach=coach, pipeline=layer.pipeline)
    assert [r.status for r in results] == ["ingested"]
    assert document.status is DocumentStatus.READY
    assert layer.retriever.search(coach.id, "anchor habit").hits


def test_a_crash_during_an_update_keeps_the_old_version_visible(
    session: Session, settings: Settings
) -> None:
    embedder = CrashingEmbedder(crash_on=0)
    layer = make_layer(settings, embedder, embed_batch=3)
    coach = make_coach(session)
    first = ingest(session, layer, coach, "notes.md", GOOD_MARKDOWN)
    embedder.crash_on = embedder.calls + 2
    with pytest.raises(SimulatedCrash):
        ingest(session, layer, coach, "notes.md", long_markdown())
    document = session.get(Document, first.document_id)
    assert document is not None and document.status is DocumentStatus.PENDING
    assert document.version == 2
    hits = layer.retriever.search(coach.id, "anchor habit", k=10).hits
    assert hits and all(hit.extra["version"] == 1 for hit in hits)
    embedder.crash_on = 0
    retry = ingest(session, layer, coach, "notes.md", long_markdown())
    assert (retry.status, retry.version) == ("ingested", 2)
    assert all("-v2-" in i for i in raw_chroma_ids(settings, coach.id, first.document_id))


def test_a_failed_publish_marks_the_document_failed(
    session: Session, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    layer = make_layer(settings)
    coach = make_coach(session)

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(layer.bm25, "publish", broken)
    result = ingest(session, layer, coach, "notes.md", GOOD_MARKDOWN)
    assert result.status == "failed" and "disk full" in result.error
    document = session.get(Document, result.document_id)
    assert document is not None and document.status is DocumentStatus.FAILED
    assert raw_chroma_ids(settings, coach.id, document.id) == []
    assert bm25_segments(settings, coach.id, document.id) == []


def test_an_embedder_failure_fails_the_file_with_the_reason(
    session: Session, settings: Settings
) -> None:
    from models.ports import ProviderUnavailable

    class DownEmbedder(CrashingEmbedder):
        def embed_batch(self, texts):  # type: ignore[no-untyped-def]
            raise ProviderUnavailable("ollama is not running", provider="ollama")

    layer = make_layer(settings, DownEmbedder())
    coach = make_coach(session)
    result = ingest(session, layer, coach, "notes.md", GOOD_MARKDOWN)
    assert result.status == "failed"
    assert result.error == "the embedder failed: ollama is not running"
