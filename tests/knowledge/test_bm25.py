"""BM25Index: visibility, persistence, atomic writes, filters and thread safety."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from knowledge import bm25 as bm25_module
from knowledge.bm25 import BM25Index, matches, tokenize
from knowledge.types import KnowledgeError
from tests.knowledge.retrieval_support import make_chunks

TEXTS = ["Goal setting with the GROW model", "Box breathing calms nerves before talks",
         "Sleep routines for shift workers"]


@pytest.fixture
def index(tmp_path: Path) -> BM25Index:
    return BM25Index(tmp_path / "bm25")


def ids(hits) -> list[str]:
    return [hit.chunk_id for hit in hits]


def leftovers(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.name.startswith((".tmp-", ".trash-"))]


def test_tokenize_lowercases_drops_stopwords_and_handles_other_scripts() -> None:
    assert tokenize("The GROW model is a Goal framework") == ["grow", "model", "goal", "framework"]
    assert tokenize("Über Ängste sprechen") == ["über", "ängste", "sprechen"]
    assert tokenize("Привет, мир") == ["привет", "мир"]
    assert tokenize("时间管理") == ["时间", "间管", "管理"]
    assert tokenize("step 3 of 10") == ["step", "3", "10"]
    assert tokenize("habits and goals") == tokenize("habit and goal")
    assert tokenize("the of and") == []


def test_matches_the_filter_language() -> None:
    meta = {"document_id": 3, "version": 2, "filename": "a.md", "page": -1}
    assert matches(meta, {"document_id": 3})
    assert not matches(meta, {"document_id": 4})
    assert matches(meta, {"document_id": {"$in": [1, 3]}, "version": {"$gte": 2}})
    assert matches(meta, {"$or": [{"document_id": 9}, {"filename": "a.md"}]})
    assert not matches(meta, {"$and": [{"document_id": 3}, {"version": {"$lt": 2}}]})
    assert matches(meta, {"document_id": {"$nin": [1]}, "page": {"$ne": 0}})
    assert not matches(meta, {"missing": 1})
    assert not matches({"flag": True}, {"flag": 1})


def test_added_chunks_are_invisible_until_published(index) -> None:
    index.add(1, make_chunks(1, 10, TEXTS))
    assert index.count(1) == 3 and index.count(1, visible_only=True) == 0
    assert index.query(1, "breathing", 5) == []
    index.publish(1, 10, 1)
    hits = index.query(1, "box breathing", 5)
    assert ids(hits) == ["c1-d10-v1-1"]
    hit = hits[0]
    assert hit.score > 0 and hit.document_id == 10 and hit.page is None
    assert (hit.filename, hit.title, hit.section) == ("notes.md", "Doc 10", "Section 1")
    assert hit.extra == {"version": 1, "index": 1, "start": 100, "end": 139}


def test_publishing_v2_removes_v1(index, tmp_path) -> None:
    index.add(1, make_chunks(1, 10, TEXTS))
    index.publish(1, 10, 1)
    index.add(1, make_chunks(1, 10, ["Journaling prompts for reflection"], version=2))
    assert index.query(1, "journaling", 5) == []
    assert ids(index.query(1, "breathing", 5)) == ["c1-d10-v1-1"]
    index.publish(1, 10, 2)
    assert ids(index.query(1, "journaling", 5)) == ["c1-d10-v2-0"]
    assert index.query(1, "breathing", 5) == []
    assert index.count(1, document_id=10) == 1
    assert not (tmp_path / "bm25" / "coach_1" / "segments" / "10_1.json").exists()


def test_delete_and_discard_unpublished(index) -> None:
    index.add(1, make_chunks(1, 10, TEXTS))
    index.publish(1, 10, 1)
    index.add(1, make_chunks(1, 10, ["crashed ingest draft"], version=2))
    index.add(1, make_chunks(1, 11, ["another document about sleep"]))
    index.publish(1, 11, 1)
    index.discard_unpublished(1, 10)
    assert index.count(1, document_id=10) == 3
    index.delete_document(1, 10)
    assert index.count(1, document_id=10) == 0
    assert {hit.document_id for hit in index.query(1, "sleep goal breathing", 10)} == {11}


def test_adding_to_the_published_version_hides_it_until_publish(index) -> None:
    index.add(1, make_chunks(1, 10, TEXTS))
    index.publish(1, 10, 1)
    index.add(1, make_chunks(1, 10, TEXTS))  # a retried ingest of the same version
    assert index.query(1, "sleep", 5) == []
    index.publish(1, 10, 1)
    assert ids(index.query(1, "sleep", 5)) == ["c1-d10-v1-2"]
    assert index.count(1) == 3


def test_filters(index) -> None:
    index.add(1, make_chunks(1, 10, TEXTS) + make_chunks(1, 11, TEXTS, page=2))
    index.publish(1, 10, 1)
    index.publish(1, 11, 1)
    assert {hit.document_id for hit in index.query(1, "sleep", 5, {"document_id": 11})} == {11}
    assert {hit.page for hit in index.query(1, "sleep", 5, {"page": 2})} == {2}
    assert len(index.query(1, "sleep", 5, {"document_id": {"$in": [10, 11]}})) == 2
    assert index.query(1, "sleep", 5, {"document_id": 99}) == []
    with pytest.raises(KnowledgeError):
        index.query(1, "sleep", 5, {"$not": {"document_id": 1}})


def test_persists_across_instances_and_sees_other_writers(index, tmp_path) -> None:
    index.add(1, make_chunks(1, 10, TEXTS))
    index.publish(1, 10, 1)
    assert ids(index.query(1, "sleep", 5)) == ["c1-d10-v1-2"]
    other = BM25Index(tmp_path / "bm25")
    assert ids(other.query(1, "sleep", 5)) == ["c1-d10-v1-2"]
    other.add(1, make_chunks(1, 11, ["Sleep diaries"]))
    other.publish(1, 11, 1)
    # The first instance notices the manifest changed and rebuilds.
    assert {hit.document_id for hit in index.query(1, "sleep", 5)} == {10, 11}


def test_writes_are_atomic_and_leave_no_temp_files(index, tmp_path, monkeypatch) -> None:
    index.add(1, make_chunks(1, 10, TEXTS))
    index.publish(1, 10, 1)
    manifest = tmp_path / "bm25" / "coach_1" / "manifest.json"
    before = manifest.read_text()

    def crash(payload, handle, **kwargs):
        handle.write(json.dumps(payload)[:10])
        raise OSError("disk full")

    monkeypatch.setattr(bm25_module.json, "dump", crash)
    with pytest.raises(OSError):
        index.publish(1, 10, 2)
    monkeypatch.undo()
    assert manifest.read_text() == before
    assert leftovers(tmp_path) == []
    assert ids(BM25Index(tmp_path / "bm25").query(1, "sleep", 5)) == ["c1-d10-v1-2"]
    index.drop_coach(1)
    assert leftovers(tmp_path) == [] and not manifest.parent.exists()
    assert index.query(1, "sleep", 5) == [] and index.count(1) == 0


def test_coaches_are_separate(index) -> None:
    index.add(1, make_chunks(1, 10, ["alpha knowledge"]))
    index.add(2, make_chunks(2, 20, ["beta knowledge"]))
    index.publish(1, 10, 1)
    index.publish(2, 20, 1)
    assert ids(index.query(1, "knowledge beta", 5)) == ["c1-d10-v1-0"]
    with pytest.raises(KnowledgeError, match="belongs to coach 2"):
        index.add(1, make_chunks(2, 21, ["smuggled"]))


def test_concurrent_writers_and_readers(index) -> None:
    errors: list[BaseException] = []

    def writer(doc: int) -> None:
        try:
            for version in (1, 2):
                index.add(1, make_chunks(1, doc, [f"topic{doc} note {i}" for i in range(5)],
                                         version=version))
                index.publish(1, doc, version)
        except BaseException as error:  # surfaced by the assertion below
            errors.append(error)

    def reader() -> None:
        try:
            for _ in range(30):
                for hit in index.query(1, "note topic3", 10):
                    assert hit.chunk_id.startswith("c1-")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(doc,)) for doc in range(8)]
    threads += [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert index.count(1) == 40 and index.count(1, visible_only=True) == 40
    assert {hit.extra["version"] for hit in index.query(1, "note", 40)} == {2}
    assert ids(index.query(1, "topic3", 5))[0].startswith("c1-d3-v2-")
