"""Ingestion on SQLite and PostgreSQL with real Chroma and BM25: versions, deletes, reindex."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from app.settings import Settings
from app.wiring import KnowledgeLayer
from knowledge import service
from knowledge.models import Document, DocumentStatus
from knowledge.pipeline import Progress
from knowledge.types import EmbedderMismatch
from models.embeddings import MiniLMEmbedder
from tests.factories import make_coach
from tests.knowledge.ingest_support import (
    GOOD_MARKDOWN,
    bm25_segments,
    long_markdown,
    make_layer,
    raw_chroma_ids,
)
from tests.knowledge.retrieval_support import FakeEmbedder

V1 = b"# Breathing\n\nBox breathing calms nerves before a hard conversation.\n"
V2 = b"# Sleep\n\nA steady bedtime routine protects deep sleep and morning focus.\n"


@pytest.fixture
def embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def layer(settings: Settings, embedder: FakeEmbedder) -> KnowledgeLayer:
    return make_layer(settings, embedder)


def ingest(session: Session, layer: KnowledgeLayer, coach, name: str, data: bytes, **kw):  # type: ignore[no-untyped-def]
    return service.ingest_bytes(session=session, coach=coach, filename=name, data=data,
                                pipeline=layer.pipeline, **kw)


def test_a_new_file_becomes_a_ready_searchable_document(
    session: Session, layer: KnowledgeLayer, settings: Settings
) -> None:
    coach = make_coach(session)
    result = ingest(session, layer, coach, "anchors.md", GOOD_MARKDOWN)
    assert result.status == "ingested" and result.version == 1 and result.chunks > 0
    document = service.get_document(session=session, coach=coach, document_id=result.document_id)
    assert document is not None and document.status is DocumentStatus.READY
    assert document.chunk_count == result.chunks and document.title == "Anchoring"
    assert document.content_type == "text/markdown" and document.error == ""
    stored = settings.uploads_dir / f"coach_{coach.id}" / "anchors.md"
    assert stored.read_bytes() == GOOD_MARKDOWN
    hits = layer.retriever.search(coach.id, "anchor habit", k=3).hits
    assert hits and {hit.filename for hit in hits} == {"anchors.md"}


def test_an_unchanged_upload_is_skipped_without_embedding(
    session: Session, layer: KnowledgeLayer, embedder: FakeEmbedder
) -> None:
    coach = make_coach(session)
    first = ingest(session, layer, coach, "anchors.md", GOOD_MARKDOWN)
    calls = embedder.calls
    again = ingest(session, layer, coach, "anchors.md", GOOD_MARKDOWN)
    assert again.status == "unchanged"
    assert (again.document_id, again.version, again.chunks) == (
        first.document_id, 1, first.chunks)
    assert embedder.calls == calls


def test_a_changed_document_becomes_version_2_and_only_v2_is_found(
    session: Session, layer: KnowledgeLayer, settings: Settings
) -> None:
    coach = make_coach(session)
    first = ingest(session, layer, coach, "notes.md", V1)
    second = ingest(session, layer, coach, "notes.md", V2)
    assert second.status == "ingested"
    assert (second.document_id, second.version) == (first.document_id, 2)
    assert len(service.list_documents(session=session, coach=coach)) == 1
    for mode in ("hybrid", "vector", "bm25"):
        hits = layer.retriever.search(coach.id, "box breathing nerves", k=10, mode=mode).hits
        assert all(hit.extra["version"] == 2 for hit in hits), mode
        assert not any("breathing" in hit.text.lower() for hit in hits), mode
    assert layer.retriever.search(coach.id, "bedtime routine", mode="bm25").hits
    ids = raw_chroma_ids(settings, coach.id, first.document_id)
    assert ids and all("-v2-" in chunk_id for chunk_id in ids)
    assert [p.name for p in bm25_segments(settings, coach.id, first.document_id)] == [
        f"{first.document_id}_2.json"]


def test_delete_leaves_no_vectors_bm25_entries_file_or_row(
    session: Session, layer: KnowledgeLayer, settings: Settings
) -> None:
    coach, other = make_coach(session), make_coach(session)
    result = ingest(session, layer, coach, "notes.md", V1)
    document_id = result.document_id
    assert not service.delete_document(session=session, coach=other, document_id=document_id,
                                       pipeline=layer.pipeline)
    assert raw_chroma_ids(settings, coach.id, document_id)
    assert service.delete_document(session=session, coach=coach, document_id=document_id,
                                   pipeline=layer.pipeline)
    assert raw_chroma_ids(settings, coach.id, document_id) == []
    assert bm25_segments(settings, coach.id, document_id) == []
    assert layer.bm25.count(coach.id, document_id) == 0
    assert layer.retriever.search(coach.id, "box breathing", mode="bm25").hits == []
    assert not (settings.uploads_dir / f"coach_{coach.id}" / "notes.md").exists()
    assert session.get(Document, document_id) is None


def test_documents_of_another_coach_are_invisible(
    session: Session, layer: KnowledgeLayer
) -> None:
    coach, other = make_coach(session), make_coach(session)
    result = ingest(session, layer, coach, "notes.md", V1)
    assert service.get_document(session=session, coach=other,
                                document_id=result.document_id) is None
    assert service.list_documents(session=session, coach=other) == []
    assert layer.retriever.search(other.id, "box breathing").hits == []


def test_progress_reports_file_batches_and_result(session: Session, settings: Settings) -> None:
    layer = make_layer(settings, embed_batch=4)
    coach = make_coach(session)
    events: list[Progress] = []
    result = ingest(session, layer, coach, "long.md", long_markdown(), progress=events.append)
    stages = [event.stage for event in events]
    assert stages[0] == "file" and stages[-1] == "done" and events[-1].result == result
    batches = [event for event in events if event.stage == "chunks"]
    assert len(batches) == -(-result.chunks // 4)
    assert [e.chunks_done for e in batches][-1] == result.chunks == batches[0].chunks_total


def test_a_coach_can_have_its_own_chunk_size(session: Session, layer: KnowledgeLayer) -> None:
    coach = make_coach(session)
    default = ingest(session, layer, coach, "long.md", long_markdown())
    small = make_coach(session)
    small.chunk_size = 300
    session.flush()
    assert service.chunk_settings(coach=small, pipeline=layer.pipeline) == (300, 60)
    fine = ingest(session, layer, small, "long.md", long_markdown())
    assert fine.chunks > default.chunks


def test_unsafe_file_names_are_stored_by_their_base_name(
    session: Session, layer: KnowledgeLayer, settings: Settings
) -> None:
    coach = make_coach(session)
    result = ingest(session, layer, coach, "../../etc/evil\x00.md", V1)
    assert result.status == "ingested" and result.filename == "evil.md"
    assert (settings.uploads_dir / f"coach_{coach.id}" / "evil.md").exists()
    assert not (settings.resolved_data_dir / "etc").exists()


def test_reindex_after_switching_embedders(
    session: Session, layer: KnowledgeLayer, settings: Settings
) -> None:
    coach = make_coach(session)
    ingest(session, layer, coach, "notes.md", V1)
    ingest(session, layer, coach, "anchors.md", GOOD_MARKDOWN)
    switched = make_layer(settings, FakeEmbedder(id="fake-other", dimension=32))
    with pytest.raises(EmbedderMismatch, match="lodestar reindex"):
        switched.retriever.search(coach.id, "box breathing", mode="vector")
    events: list[Progress] = []
    ready = service.reindex_coach(session=session, coach=coach, pipeline=switched.pipeline,
                                  progress=events.append)
    assert ready == 2
    assert [e.result.status for e in events if e.result] == ["ingested", "ingested"]
    hits = switched.retriever.search(coach.id, "box breathing", mode="vector", k=1).hits
    assert hits[0].filename == "notes.md"
    info = switched.store.collection_info(coach.id)
    assert info["embedder_id"] == "fake-other"
    documents = service.list_documents(session=session, coach=coach)
    assert {d.status for d in documents} == {DocumentStatus.READY}
    assert [d.version for d in documents] == [1, 1]


def test_reindex_fails_a_document_whose_file_is_gone(
    session: Session, layer: KnowledgeLayer, settings: Settings
) -> None:
    coach = make_coach(session)
    gone = ingest(session, layer, coach, "notes.md", V1)
    ingest(session, layer, coach, "anchors.md", GOOD_MARKDOWN)
    (settings.uploads_dir / f"coach_{coach.id}" / "notes.md").unlink()
    assert service.reindex_coach(session=session, coach=coach, pipeline=layer.pipeline) == 1
    document = session.get(Document, gone.document_id)
    assert document is not None and document.status is DocumentStatus.FAILED
    assert document.error == service.MISSING_FILE
    assert raw_chroma_ids(settings, coach.id, gone.document_id) == []


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@pytest.mark.slow
def test_real_minilm_ingests_and_finds_the_demo_method(
    session: Session, settings: Settings, minilm: MiniLMEmbedder
) -> None:
    from app.demo import DEMO_DATA

    layer = make_layer(settings, minilm)
    coach = make_coach(session)
    for path in sorted(DEMO_DATA.glob("*.md")):
        assert ingest(session, layer, coach, path.name, path.read_bytes()).status == "ingested"
    hits = layer.retriever.search(coach.id, "How should I look back on my week?", k=3,
                                  mode="vector").hits
    assert hits[0].filename == "weekly-review.md"
