"""ingest_many: chunks of many files share full embedding batches; failures stay per file."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from sqlalchemy.orm import Session

from app.settings import Settings
from knowledge import service
from knowledge.models import DocumentStatus
from models.ports import ProviderUnavailable
from tests.factories import make_coach
from tests.knowledge import samples
from tests.knowledge.ingest_support import (
    CrashingEmbedder,
    SimulatedCrash,
    bm25_segments,
    make_layer,
    raw_chroma_ids,
)
from tests.knowledge.retrieval_support import FakeEmbedder


class RecordingEmbedder(FakeEmbedder):
    """Keeps the texts of every call; fails any call containing the word `poison`."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[list[str]] = []

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        self.batches.append(list(texts))
        if any("poison" in text for text in texts):
            raise ProviderUnavailable("the model choked", provider="fake")
        return super().embed_batch(texts)


def markdown(tag: str, sections: int = 12) -> bytes:
    """A file of `sections` one-chunk sections whose words name the file (`tag`)."""
    parts = [f"# Part {n}\n\n" + " ".join(f"{tag}w{i}" for i in range(60)) + ".\n"
             for n in range(sections)]
    return "\n".join(parts).encode()


def test_chunks_of_many_files_share_full_batches(session: Session, settings: Settings) -> None:
    embedder = RecordingEmbedder()
    layer = make_layer(settings, embedder)
    coach = make_coach(session)
    files = [(f"f{n}.md", markdown(f"file{n}x")) for n in range(8)]
    results = service.ingest_many(session=session, coach=coach, files=files,
                                  pipeline=layer.pipeline)
    assert [r.status for r in results] == ["ingested"] * 8
    assert [r.filename for r in results] == [name for name, _ in files]
    sizes = [len(batch) for batch in embedder.batches]
    assert sum(sizes) == sum(r.chunks for r in results) == 96
    assert sizes == [64, 32]  # full batches, only the last one short
    spans = [{word[:6] for text in batch for word in text.split() if word.startswith("file")}
             for batch in embedder.batches]
    assert len(spans[0]) > 1  # one call carried chunks of several files
    # What is embedded is the heading and the text; what is kept to quote is the text alone.
    texts = [text for batch in embedder.batches for text in batch]
    assert any(text.startswith("Part 0\nfile0xw0 ") for text in texts)
    hit = layer.retriever.search(coach.id, "file3xw7", mode="bm25").hits[0]
    assert hit.filename == "f3.md" and not hit.text.startswith("Part")
    assert layer.retriever.search(coach.id, "Part", mode="bm25").hits  # headings are indexed


def test_a_failing_file_fails_alone_in_a_shared_batch(
    session: Session, settings: Settings
) -> None:
    embedder = RecordingEmbedder()
    layer = make_layer(settings, embedder)
    coach = make_coach(session)
    files = [("a.md", markdown("alpha", 3)), ("broken.pdf", samples.corrupt_pdf()),
             ("bad.md", markdown("poison", 2)), ("sheet.xlsx", samples.xlsx_like()),
             ("b.md", markdown("beta", 3))]
    results = service.ingest_many(session=session, coach=coach, files=files,
                                  pipeline=layer.pipeline)
    assert [(r.filename, r.status) for r in results] == [
        ("a.md", "ingested"), ("broken.pdf", "failed"), ("bad.md", "failed"),
        ("sheet.xlsx", "failed"), ("b.md", "ingested")]
    assert results[2].error == "the embedder failed: the model choked"
    # The shared batch failed once, then each document's part was embedded alone.
    sizes = [len(batch) for batch in embedder.batches]
    assert sizes[0] == 8 and sorted(sizes[1:]) == [2, 3, 3]
    rows = {d.filename: d for d in service.list_documents(session=session, coach=coach)}
    assert rows["bad.md"].status is DocumentStatus.FAILED
    assert raw_chroma_ids(settings, coach.id, rows["bad.md"].id) == []
    assert bm25_segments(settings, coach.id, rows["bad.md"].id) == []
    assert rows["a.md"].status is rows["b.md"].status is DocumentStatus.READY
    found = {h.filename for h in layer.retriever.search(coach.id, "alphaw1 betaw1", k=10).hits}
    assert found == {"a.md", "b.md"}


def test_a_crash_mid_batch_hides_unfinished_files_and_resumes(
    session: Session, settings: Settings
) -> None:
    embedder = CrashingEmbedder(crash_on=2)
    layer = make_layer(settings, embedder, embed_batch=8)
    coach = make_coach(session)
    files = [(f"f{n}.md", markdown(f"file{n}x", 3)) for n in range(4)]
    with pytest.raises(SimulatedCrash):
        service.ingest_many(session=session, coach=coach, files=files, pipeline=layer.pipeline,
                            checkpoint=session.commit)
    # Call 1 wrote eight chunks, but no document is published until its window is written.
    rows = service.list_documents(session=session, coach=coach)
    assert [row.status for row in rows] == [DocumentStatus.PENDING] * 4
    assert sum(len(raw_chroma_ids(settings, coach.id, row.id)) for row in rows) == 8
    assert layer.store.count(coach.id, visible_only=True) == 0
    assert layer.retriever.search(coach.id, "file2xw1", mode="bm25").hits == []
    embedder.crash_on = 0
    results = service.resume_pending(session=session, coach=coach, pipeline=layer.pipeline)
    assert [r.status for r in results] == ["ingested"] * 4
    assert layer.store.count(coach.id, visible_only=True) == 12
