"""Background ingestion jobs on SQLite and PostgreSQL: progress, isolation of failures, resume."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator, Sequence

import pytest

from app import migrate
from app.coaching import service as coaching
from app.coaching.models import Coach
from app.db import unit_of_work
from app.settings import Settings
from app.wiring import Database, KnowledgeLayer, open_database
from knowledge import jobs, service
from knowledge.jobs import JobRunner, Upload
from knowledge.models import DocumentStatus, IngestJob, JobKind, JobStatus
from knowledge.service import list_documents
from tests.knowledge import samples
from tests.knowledge.ingest_support import GOOD_MARKDOWN, long_markdown, make_layer
from tests.knowledge.retrieval_support import FakeEmbedder


@pytest.fixture
def job_settings(settings: Settings, empty_database_url: str) -> Settings:
    """Settings on a migrated database of each backend."""
    migrate.upgrade(empty_database_url)
    return settings.model_copy(update={"database_url": empty_database_url})


@pytest.fixture
def database(job_settings: Settings) -> Iterator[Database]:
    db = open_database(job_settings)
    yield db
    db.dispose()


@pytest.fixture
def layer(job_settings: Settings) -> KnowledgeLayer:
    return make_layer(job_settings)


@pytest.fixture
def runner(database: Database, layer: KnowledgeLayer) -> Iterator[JobRunner]:
    job_runner = JobRunner(sessions=database.sessions, pipeline=layer.pipeline)
    yield job_runner
    job_runner.shutdown()


@pytest.fixture
def coach_id(database: Database) -> int:
    with unit_of_work(database.sessions) as session:
        return coaching.create_coach(session=session, slug="maya", name="Maya").id


def start(database: Database, runner: JobRunner, coach_id: int, files: Sequence[Upload]) -> str:
    """Start an ingest job the way a request does: it runs once the unit of work commits."""
    with unit_of_work(database.sessions) as session:
        coach = session.get(Coach, coach_id)
        return jobs.start_ingest_job(session=session, runner=runner, coach=coach,
                                     uploads=files).id


def upload(name: str, data: bytes) -> Upload:
    return Upload(filename=name, source=io.BytesIO(data))


def job_row(database: Database, job_id: str) -> IngestJob:
    with unit_of_work(database.sessions) as session:
        job = session.get(IngestJob, job_id)
        assert job is not None
        return job


def test_a_job_counts_progress_and_one_bad_file_does_not_stop_it(
    database: Database, runner: JobRunner, coach_id: int, job_settings: Settings
) -> None:
    files = [upload("a.md", GOOD_MARKDOWN), upload("broken.pdf", samples.corrupt_pdf()),
             Upload(filename="huge.pdf", error="huge.pdf is 40 MB; the limit is 25 MB"),
             upload("photo.png", samples.PNG_HEADER), upload("long.md", long_markdown())]
    job_id = start(database, runner, coach_id, files)
    runner.drain(timeout=120)
    job = job_row(database, job_id)
    assert (job.status, job.kind, job.error) == (JobStatus.DONE, JobKind.INGEST, "")
    assert (job.total_files, job.processed_files, job.failed_files) == (5, 5, 3)
    by_name = {entry["filename"]: entry for entry in job.results}
    assert by_name["a.md"]["status"] == by_name["long.md"]["status"] == "ingested"
    assert "not a readable PDF" in by_name["broken.pdf"]["error"]
    assert by_name["huge.pdf"]["error"].endswith("the limit is 25 MB")
    assert "Lodestar can read" in by_name["photo.png"]["error"]
    assert job.chunks_written == by_name["a.md"]["chunks"] + by_name["long.md"]["chunks"]
    assert not (job_settings.uploads_dir / ".jobs" / job_id).exists()
    assert runner.live(job_id) is None


def test_an_unexpected_error_fails_one_file_and_the_job_goes_on(
    database: Database, runner: JobRunner, coach_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = service.load_file

    def flaky(data, name, **kwargs):  # type: ignore[no-untyped-def]
        if name == "b.md":
            raise RuntimeError("the disk went away")
        return real(data, name, **kwargs)

    monkeypatch.setattr(service, "load_file", flaky)
    job_id = start(database, runner, coach_id, [upload("a.md", GOOD_MARKDOWN),
                                                upload("b.md", GOOD_MARKDOWN),
                                                upload("c.md", b"# C\n\nThird file.\n")])
    runner.drain(timeout=120)
    job = job_row(database, job_id)
    assert job.status is JobStatus.DONE and job.failed_files == 1
    assert [entry["status"] for entry in job.results] == ["ingested", "failed", "ingested"]
    assert "the disk went away" in job.results[1]["error"]


class GateEmbedder(FakeEmbedder):
    """Blocks on its second call until released, so a test can look at a running job."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()
        self.release = threading.Event()

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        if self.calls == 1:
            self.waiting.set()
            assert self.release.wait(30)
        return super().embed_batch(texts)


def test_a_running_job_shows_the_file_and_chunks_it_is_on(
    database: Database, job_settings: Settings, coach_id: int
) -> None:
    gate = GateEmbedder()
    layer = make_layer(job_settings, gate, embed_batch=4)
    runner = JobRunner(sessions=database.sessions, pipeline=layer.pipeline)
    try:
        job_id = start(database, runner, coach_id, [upload("long.md", long_markdown())])
        assert gate.waiting.wait(30)
        live = runner.live(job_id)
        assert live is not None and live.filename == "long.md"
        assert live.chunks_done == 4 and live.chunks_total > 4
        assert job_row(database, job_id).status is JobStatus.RUNNING
        gate.release.set()
        runner.drain(timeout=120)
        assert job_row(database, job_id).status is JobStatus.DONE
    finally:
        gate.release.set()
        runner.shutdown()


def test_interrupted_jobs_resume_from_their_staged_files(
    database: Database, layer: KnowledgeLayer, coach_id: int, job_settings: Settings
) -> None:
    crashed = JobRunner(sessions=database.sessions, pipeline=layer.pipeline)
    crashed.shutdown()  # a runner that never runs anything: the process "died" at once
    job_id = start(database, crashed, coach_id, [upload("a.md", GOOD_MARKDOWN),
                                                 upload("b.md", b"# B\n\nSecond.\n")])
    lost_id = start(database, crashed, coach_id, [upload("c.md", GOOD_MARKDOWN)])
    for path in (job_settings.uploads_dir / ".jobs" / lost_id).iterdir():
        path.unlink()
    (job_settings.uploads_dir / ".jobs" / lost_id).rmdir()
    orphan = job_settings.uploads_dir / ".jobs" / "not-a-job"
    orphan.mkdir()
    restarted = JobRunner(sessions=database.sessions, pipeline=layer.pipeline)
    try:
        assert restarted.resume_interrupted() == [job_id]
        restarted.drain(timeout=120)
    finally:
        restarted.shutdown()
    job = job_row(database, job_id)
    assert job.status is JobStatus.DONE and job.processed_files == 2
    lost = job_row(database, lost_id)
    assert lost.status is JobStatus.FAILED and lost.error == jobs.LOST_FILES
    assert not orphan.exists()


def test_a_resumed_job_skips_files_it_already_recorded(
    database: Database, layer: KnowledgeLayer, coach_id: int, job_settings: Settings
) -> None:
    crashed = JobRunner(sessions=database.sessions, pipeline=layer.pipeline)
    crashed.shutdown()
    job_id = start(database, crashed, coach_id, [upload("a.md", GOOD_MARKDOWN),
                                                 upload("b.md", b"# B\n\nSecond.\n")])
    staged = sorted((job_settings.uploads_dir / ".jobs" / job_id).iterdir())
    # The crash came after a.md's result was recorded but before its staged copy was removed.
    crashed._record(job_id, [(0, jobs.FileResult("a.md", "ingested", 1, 1, 2))])
    assert len(staged) == 2
    restarted = JobRunner(sessions=database.sessions, pipeline=layer.pipeline)
    try:
        restarted.resume_interrupted()
        restarted.drain(timeout=120)
    finally:
        restarted.shutdown()
    job = job_row(database, job_id)
    assert job.status is JobStatus.DONE
    assert [entry["filename"] for entry in job.results] == ["a.md", "b.md"]
    assert job.processed_files == job.total_files == 2


def test_a_reindex_job_records_every_document(
    database: Database, runner: JobRunner, coach_id: int
) -> None:
    start(database, runner, coach_id, [upload("a.md", GOOD_MARKDOWN),
                                       upload("b.md", b"# B\n\nSecond.\n")])
    runner.drain(timeout=120)
    with unit_of_work(database.sessions) as session:
        coach = session.get(Coach, coach_id)
        job_id = jobs.start_reindex_job(session=session, runner=runner, coach=coach).id
    runner.drain(timeout=120)
    job = job_row(database, job_id)
    assert (job.status, job.kind) == (JobStatus.DONE, JobKind.REINDEX)
    assert (job.total_files, job.processed_files, job.failed_files) == (2, 2, 0)
    with unit_of_work(database.sessions) as session:
        coach = session.get(Coach, coach_id)
        documents = list_documents(session=session, coach=coach)
        assert {d.status for d in documents} == {DocumentStatus.READY}


def test_jobs_belong_to_their_coach(database: Database, runner: JobRunner, coach_id: int) -> None:
    job_id = start(database, runner, coach_id, [upload("a.md", GOOD_MARKDOWN)])
    runner.drain(timeout=120)
    with unit_of_work(database.sessions) as session:
        other = coaching.create_coach(session=session, slug="other", name="Other")
        mine = session.get(Coach, coach_id)
        assert jobs.get_job(session=session, coach=other, job_id=job_id) is None
        assert jobs.get_job(session=session, coach=mine, job_id=job_id) is not None


def test_a_rolled_back_request_never_starts_its_job(
    database: Database, runner: JobRunner, coach_id: int
) -> None:
    with pytest.raises(RuntimeError), unit_of_work(database.sessions) as session:
        coach = session.get(Coach, coach_id)
        job = jobs.start_ingest_job(session=session, runner=runner, coach=coach,
                                    uploads=[upload("a.md", GOOD_MARKDOWN)])
        raise RuntimeError("the request failed after the job was recorded")
    runner.drain(timeout=30)
    with unit_of_work(database.sessions) as session:
        assert session.get(IngestJob, job.id) is None
        coach = session.get(Coach, coach_id)
        assert list_documents(session=session, coach=coach) == []
