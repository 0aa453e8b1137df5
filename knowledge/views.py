"""The knowledge API for a coach's owner or an admin: documents, ingestion jobs, reindex."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, HTTPException, Response, UploadFile, status

from app.accounts.models import Role
from app.coaching import service as coaching
from app.coaching.models import Coach
from app.deps import CoachOrAdmin, JobRunnerDep, KnowledgeDep, ObjectId, SessionDep
from knowledge import jobs, service
from knowledge.detect import detect_content_type
from knowledge.jobs import Upload
from knowledge.models import CurrentFileRead, DocumentRead, IngestJob, JobAccepted, JobRead
from knowledge.types import UnsupportedType

router = APIRouter(prefix="/api/v1/coaches/{slug}", tags=["knowledge"])
NOT_FOUND = "not found"


def managed_coach(slug: str, user: CoachOrAdmin, session: SessionDep) -> Coach:
    """The coach in the path, if this user manages it; 404 otherwise (its existence is private)."""
    coach = coaching.get_by_slug(session=session, slug=slug)
    if coach is None or (user.role is Role.COACH and coach.owner_id != user.id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such coach")
    return coach


ManagedCoach = Annotated[Coach, Depends(managed_coach)]
Files = Annotated[list[UploadFile], File(description="One or more documents.")]


def _megabytes(size: int) -> str:
    """A size in MB for messages, with one decimal at most."""
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


def _too_large(upload: UploadFile, limit: int) -> str:
    """Why an upload is over the limit, or empty when it is not (or its size is unknown)."""
    if upload.size is None or upload.size <= limit:
        return ""
    name = upload.filename or "upload"
    return f"{name} is {_megabytes(upload.size)} MB; the limit is {_megabytes(limit)} MB"


def _single(upload: UploadFile, limit: int) -> Upload:
    """Check one uploaded file now, so the client gets 413 or 415 instead of a failed job."""
    name = upload.filename or "upload"
    reason = _too_large(upload, limit)
    data = b"" if reason else upload.file.read(limit + 1)
    if reason or len(data) > limit:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE,
                            reason or f"{name} is over the {_megabytes(limit)} MB limit")
    try:
        detect_content_type(data, name)
    except UnsupportedType as error:
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, str(error)) from None
    upload.file.seek(0)
    return Upload(filename=name, source=upload.file)


def _accepted(slug: str, job: IngestJob) -> JobAccepted:
    """The 202 body: the job id and where to poll it."""
    return JobAccepted(job_id=job.id, status=job.status, total_files=job.total_files,
                       poll=f"/api/v1/coaches/{slug}/jobs/{job.id}")


@router.post("/documents", status_code=status.HTTP_202_ACCEPTED, response_model=JobAccepted)
def upload_documents(
    coach: ManagedCoach, files: Files, session: SessionDep, knowledge: KnowledgeDep,
    runner: JobRunnerDep,
) -> JobAccepted:
    """Upload documents; they are ingested in the background (poll the job for progress)."""
    limit = knowledge.pipeline.max_bytes
    if len(files) == 1:
        uploads = [_single(files[0], limit)]
    else:
        # Several files: a bad one must not sink the rest, so the job reports it as failed.
        uploads = [
            Upload(filename=f.filename or "upload", error=reason)
            if (reason := _too_large(f, limit))
            else Upload(filename=f.filename or "upload", source=f.file)
            for f in files
        ]
    job = jobs.start_ingest_job(session=session, runner=runner, coach=coach, uploads=uploads)
    return _accepted(coach.slug, job)


@router.get("/documents", response_model=list[DocumentRead])
def list_documents(coach: ManagedCoach, session: SessionDep) -> list[DocumentRead]:
    """The coach's documents with their ingestion status."""
    documents = service.list_documents(session=session, coach=coach)
    return [DocumentRead.model_validate(document) for document in documents]


@router.get("/documents/{document_id}", response_model=DocumentRead)
def get_document(coach: ManagedCoach, document_id: ObjectId, session: SessionDep) -> DocumentRead:
    """One of the coach's documents."""
    document = service.get_document(session=session, coach=coach, document_id=document_id)
    if document is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    return DocumentRead.model_validate(document)


@router.delete("/documents/{document_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_document(
    coach: ManagedCoach, document_id: ObjectId, session: SessionDep, knowledge: KnowledgeDep
) -> Response:
    """Delete a document: its chunks, its stored file and its row."""
    deleted = service.delete_document(session=session, coach=coach, document_id=document_id,
                                      pipeline=knowledge.pipeline)
    if not deleted:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/reindex", status_code=status.HTTP_202_ACCEPTED, response_model=JobAccepted)
def reindex(coach: ManagedCoach, session: SessionDep, runner: JobRunnerDep) -> JobAccepted:
    """Rebuild the coach's indexes with the current embedder, in the background."""
    job = jobs.start_reindex_job(session=session, runner=runner, coach=coach)
    return _accepted(coach.slug, job)


@router.get("/jobs/{job_id}", response_model=JobRead)
def get_job(
    coach: ManagedCoach, job_id: str, session: SessionDep, runner: JobRunnerDep
) -> JobRead:
    """A job's progress: counts, per-file results and the file it is on."""
    job = jobs.get_job(session=session, coach=coach, job_id=job_id)
    if job is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    live = runner.live(job.id)
    current = CurrentFileRead.model_validate(live) if live is not None else None
    return JobRead.model_validate(job).model_copy(update={"current": current})
