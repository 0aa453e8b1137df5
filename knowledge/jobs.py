"""Background ingestion for the API: jobs recorded in the database, run by one worker thread.

A job's row is created in the caller's unit of work and handed to the worker only once that
unit of work commits. The worker ingests the files together (`ingest_many`, which embeds
their chunks in shared batches), committing and recording each file's result as it finishes
for `GET .../jobs/{id}`; one file's failure never stops the others.

Resume after a crash: an ingest job keeps the files it has not finished in a staging folder
(`uploads/.jobs/<job id>/`) and removes each only after its result is recorded. On start-up
`JobRunner.resume_interrupted` runs every job left `queued` or `running` again: an ingest job
carries on with the staged files it had not recorded (a file interrupted midway is ingested
again, which completes its pending document), a reindex job starts over. A job whose staged
files are gone is marked failed with the reason, and orphaned staging folders are removed.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import threading
import uuid
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from app import metrics
from app.coaching.models import Coach
from app.db import unit_of_work
from knowledge.models import Document, IngestJob, JobKind, JobStatus
from knowledge.pipeline import FileResult, IngestPipeline, Progress, safe_filename
from knowledge.service import ingest_many, reindex_coach
from knowledge.types import KnowledgeError, LoadError

log = logging.getLogger(__name__)

STAGED = re.compile(r"^(\d{4,})_(.+)$")
LOST_FILES = "interrupted by a restart, and its uploaded files were lost; upload them again"
UNFINISHED = (JobStatus.QUEUED, JobStatus.RUNNING)


@dataclass(frozen=True)
class Upload:
    """A file handed to a job: a readable source, or why it was refused on arrival."""

    filename: str
    source: BinaryIO | None = None
    error: str = ""


@dataclass(frozen=True)
class LiveProgress:
    """The file a running job is on, and how many of its chunks are embedded."""

    filename: str
    chunks_done: int = 0
    chunks_total: int = 0


Recorded = list[tuple[int, FileResult]]


class JobRunner:
    """Runs ingestion jobs one at a time in a worker thread (made in the app's lifespan)."""

    def __init__(self, *, sessions: sessionmaker[Session], pipeline: IngestPipeline) -> None:
        self.sessions = sessions
        self.pipeline = pipeline
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lodestar-jobs")
        self._stopping = threading.Event()
        self._live: dict[str, LiveProgress] = {}
        self._lock = threading.Lock()

    def submit(self, job_id: str) -> Future[None] | None:
        """Queue a committed job; during shutdown it stays queued and resumes on next start."""
        if self._stopping.is_set():
            return None
        return self._executor.submit(self._run, job_id)

    def drain(self, timeout: float | None = None) -> None:
        """Wait until every job submitted so far has finished (the worker runs them in order)."""
        self._executor.submit(lambda: None).result(timeout)

    def live(self, job_id: str) -> LiveProgress | None:
        """Where a running job is within its current file, if it is running."""
        with self._lock:
            return self._live.get(job_id)

    def shutdown(self) -> None:
        """Stop after the current file; unfinished jobs stay as they are and resume on start."""
        self._stopping.set()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def resume_interrupted(self) -> list[str]:
        """Resume the jobs a crashed process left unfinished; fail those whose files are gone."""
        resumable: list[str] = []
        with unit_of_work(self.sessions) as session:
            stmt = select(IngestJob).where(IngestJob.status.in_(UNFINISHED))
            for job in session.scalars(stmt.order_by(IngestJob.created_at)):
                staged = self.pipeline.staging_dir(job.id).is_dir()
                if job.kind is JobKind.INGEST and job.processed_files < job.total_files \
                        and not staged:
                    job.status, job.error = JobStatus.FAILED, LOST_FILES
                else:
                    resumable.append(job.id)
        self._sweep_staging(keep=set(resumable))
        for job_id in resumable:
            log.info("resuming interrupted job %s", job_id)
            self.submit(job_id)
        return resumable

    def _sweep_staging(self, *, keep: set[str]) -> None:
        """Remove staging folders no unfinished job owns (rolled-back uploads, old crashes)."""
        root = self.pipeline.jobs_dir
        if root.is_dir():
            for folder in root.iterdir():
                if folder.name not in keep:
                    shutil.rmtree(folder, ignore_errors=True)

    def _set_live(self, job_id: str, progress: LiveProgress | None) -> None:
        with self._lock:
            if progress is None:
                self._live.pop(job_id, None)
            else:
                self._live[job_id] = progress

    def _track(self, job_id: str, event: Progress) -> None:
        """Keep the in-memory progress of the file being ingested."""
        self._set_live(job_id, LiveProgress(event.filename, event.chunks_done, event.chunks_total))

    # -- the worker --------------------------------------------------------------------------

    def _run(self, job_id: str) -> None:
        """Run one job to its end, or until shutdown; a job-level error fails it with the reason."""
        if self._stopping.is_set():
            return
        try:
            claimed = self._claim(job_id)
            if claimed is None:
                return
            coach_id, kind = claimed
            runner = self._ingest_staged if kind is JobKind.INGEST else self._reindex
            if runner(job_id, coach_id):
                self._finish(job_id)
        except Exception as error:
            log.exception("job %s stopped", job_id)
            self._finish(job_id, error=f"the job stopped: {error}")
        finally:
            self._set_live(job_id, None)

    def _claim(self, job_id: str) -> tuple[int, JobKind] | None:
        """Mark a job running; None when it is gone or already finished."""
        with unit_of_work(self.sessions) as session:
            job = session.get(IngestJob, job_id)
            if job is None or job.status not in UNFINISHED:
                return None
            job.status = JobStatus.RUNNING
            return job.coach_id, job.kind

    def _ingest_staged(self, job_id: str, coach_id: int) -> bool:
        """Ingest the job's staged files in upload order, together; False if stopped early."""
        folder = self.pipeline.staging_dir(job_id)
        recorded = self._recorded_positions(job_id)
        todo: list[tuple[int, str, Path]] = []
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            match = STAGED.match(path.name)
            if match is None:
                continue
            if int(match[1]) in recorded:
                path.unlink(missing_ok=True)
            else:
                todo.append((int(match[1]), match[2], path))
        done = self._ingest_batch(job_id, coach_id, todo)
        if done < len(todo):
            return False
        shutil.rmtree(folder, ignore_errors=True)
        return True

    def _ingest_batch(self, job_id: str, coach_id: int, todo: list[tuple[int, str, Path]]
                      ) -> int:
        """Ingest staged files in one unit of work, recording each result once committed."""
        pending: Recorded = []
        finished = 0

        def progress(event: Progress) -> None:
            nonlocal finished
            self._track(job_id, event)
            if event.result is not None:
                # ingest_many reports results in the order it was given the files.
                pending.append((todo[finished][0], event.result))
                finished += 1

        def checkpoint() -> None:
            # Commit first: on SQLite a second writer would wait on this session's lock.
            session.commit()
            self._record(job_id, pending)
            for position, _ in pending:
                next(path for at, _, path in todo if at == position).unlink(missing_ok=True)
            pending.clear()

        with unit_of_work(self.sessions) as session:
            coach = session.get(Coach, coach_id)
            if coach is None:
                gone = FileResult("", "failed", error="the coach no longer exists")
                self._record(job_id, [(at, replace(gone, filename=name)) for at, name, _ in todo])
                return len(todo)
            ingest_many(session=session, coach=coach,
                        files=[(name, path) for _, name, path in todo], pipeline=self.pipeline,
                        progress=progress, checkpoint=checkpoint, stop=self._stopping.is_set)
            checkpoint()
        return finished

    def _reindex(self, job_id: str, coach_id: int) -> bool:
        """Reindex the coach, recording each document's result as it is committed."""
        pending: Recorded = []
        seen = 0

        def progress(event: Progress) -> None:
            nonlocal seen
            self._track(job_id, event)
            if event.result is not None:
                pending.append((seen, event.result))
                seen += 1

        with unit_of_work(self.sessions) as session:
            coach = session.get(Coach, coach_id)
            if coach is None:
                raise KnowledgeError("the coach no longer exists")
            self._restart_counts(session, job_id, coach_id)

            def checkpoint() -> None:
                # Commit first: on SQLite a second writer would wait on this session's lock.
                session.commit()
                self._record(job_id, pending)
                pending.clear()

            reindex_coach(session=session, coach=coach, pipeline=self.pipeline,
                          progress=progress, checkpoint=checkpoint)
        return True

    @staticmethod
    def _restart_counts(session: Session, job_id: str, coach_id: int) -> None:
        """Count the coach's documents; a resumed reindex starts its tally over."""
        job = session.get(IngestJob, job_id)
        if job is not None:
            count = select(func.count()).select_from(Document).where(
                Document.coach_id == coach_id
            )
            job.total_files = int(session.scalar(count) or 0)
            job.processed_files = job.failed_files = job.chunks_written = 0
            job.results = []

    def _recorded_positions(self, job_id: str) -> set[int]:
        """The upload positions whose results the job already holds."""
        with unit_of_work(self.sessions) as session:
            job = session.get(IngestJob, job_id)
            results = job.results if job is not None else []
        return {int(entry["position"]) for entry in results if "position" in entry}

    def _record(self, job_id: str, items: Recorded) -> None:
        """Add results to the job and bump its counters, in a unit of work of its own."""
        if not items:
            return
        with unit_of_work(self.sessions) as session:
            job = session.get(IngestJob, job_id)
            if job is None:
                return
            entries = [{**result.to_dict(), "position": position} for position, result in items]
            job.results = [*job.results, *entries]  # a new list, so the JSON change is seen
            job.processed_files += len(items)
            job.failed_files += sum(result.failed for _, result in items)
            chunks = sum(r.chunks for _, r in items if r.status == "ingested")
            job.chunks_written += chunks
        metrics.INGEST_CHUNKS.inc(chunks)

    def _finish(self, job_id: str, *, error: str = "") -> None:
        """Mark a job done, or failed with the reason (also when files went missing)."""
        with unit_of_work(self.sessions) as session:
            job = session.get(IngestJob, job_id)
            if job is None:
                return
            missing = job.total_files - job.processed_files
            if not error and job.kind is JobKind.INGEST and missing > 0:
                error = f"{missing} staged file(s) went missing before they were ingested"
            job.status = JobStatus.FAILED if error else JobStatus.DONE
            job.error = error
        metrics.INGEST_JOBS.labels(outcome="failed" if error else "done").inc()


def _stage(folder: Path, name: str, source: BinaryIO) -> None:
    """Copy an upload into the job's staging folder; a crash never leaves half a file there."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".staging-")
    try:
        with os.fdopen(handle, "wb") as out:
            shutil.copyfileobj(source, out)
        os.replace(temporary, folder / name)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _submit_after_commit(session: Session, runner: JobRunner, job_id: str) -> None:
    """Hand the job to the worker once its row is committed, so the worker can see it."""
    event.listen(session, "after_commit", lambda _session: runner.submit(job_id), once=True)


def start_ingest_job(
    *, session: Session, runner: JobRunner, coach: Coach, uploads: Sequence[Upload]
) -> IngestJob:
    """Record an ingest job and stage its files; it starts when the session commits."""
    job = IngestJob(id=uuid.uuid4().hex, coach_id=coach.id, kind=JobKind.INGEST,
                    status=JobStatus.QUEUED, total_files=len(uploads), processed_files=0,
                    failed_files=0, chunks_written=0, results=[], error="")
    folder = runner.pipeline.staging_dir(job.id)
    refused: Recorded = []
    for position, upload in enumerate(uploads):
        error = upload.error or ("" if upload.source is not None else "the file was empty")
        if not error and upload.source is not None:
            try:
                _stage(folder, f"{position:04d}_{safe_filename(upload.filename)}", upload.source)
            except LoadError as problem:
                error = str(problem)
        if error:
            refused.append((position, FileResult(upload.filename, "failed", error=error)))
    job.results = [{**result.to_dict(), "position": position} for position, result in refused]
    job.processed_files = job.failed_files = len(refused)
    session.add(job)
    session.flush()
    _submit_after_commit(session, runner, job.id)
    return job


def start_reindex_job(*, session: Session, runner: JobRunner, coach: Coach) -> IngestJob:
    """Record a job that rebuilds the coach's indexes; it starts when the session commits."""
    count = select(func.count()).select_from(Document).where(Document.coach_id == coach.id)
    job = IngestJob(id=uuid.uuid4().hex, coach_id=coach.id, kind=JobKind.REINDEX,
                    status=JobStatus.QUEUED, total_files=int(session.scalar(count) or 0),
                    processed_files=0, failed_files=0, chunks_written=0, results=[], error="")
    session.add(job)
    session.flush()
    _submit_after_commit(session, runner, job.id)
    return job


def get_job(*, session: Session, coach: Coach, job_id: str) -> IngestJob | None:
    """One of the coach's jobs, or None (also when it belongs to another coach)."""
    job = session.get(IngestJob, job_id)
    return job if job is not None and job.coach_id == coach.id else None
