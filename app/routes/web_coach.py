"""The coach dashboard: documents, uploads, the coach's profile, preview and learners."""

from __future__ import annotations

import logging
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.coaching.models import Coach
from app.deps import KnowledgeDep, ObjectId, SessionDep, get_knowledge
from app.routes.pages import templates
from app.web_auth import CsrfChecked, require_role
from knowledge import flags
from knowledge import service as knowledge

router = APIRouter(prefix="/coach", include_in_schema=False)
StaffUser = Annotated[User, Depends(require_role(Role.COACH, Role.ADMIN))]
Text = Annotated[str, Form(max_length=20_000)]
log = logging.getLogger(__name__)
# The injection screen's reason names (safety.injection), as a coach reads them.
REASONS = {
    "instruction_override": "tries to override the assistant's instructions",
    "role_hijack": "tries to change the assistant's role or draw out its hidden instructions",
    "hidden_html": "holds text hidden from readers in the HTML",
    "invisible_characters": "holds invisible characters",
    "encoded_payload": "holds an encoded (base64, hex, URL or similar) payload",
    "canary": "quotes the assistant's secret system-prompt marker",
    "learned": "reads as instructions to the assistant (learned detector)",
}


def owned_coach(slug: str, session: SessionDep, user: StaffUser) -> Coach:
    """The coach in the path if this user manages it; 404 otherwise (its existence is private)."""
    coach = coaching.get_by_slug(session=session, slug=slug)
    managed = {c.id for c in coaching.managed_coaches(session=session, user=user)}
    if coach is None or coach.id not in managed:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such coach")
    return coach


OwnedCoach = Annotated[Coach, Depends(owned_coach)]


def _dashboard(
    request: Request, session: Session, coach: Coach, *, status_code: int = 200, **extra: Any
) -> Response:
    """Render one coach's dashboard with its documents and learners."""
    context = {
        "coach": coach,
        "documents": knowledge.list_documents(session=session, coach=coach),
        "learners": coaching.enrolled_learners(session=session, coach=coach),
        "flags": _flag_counts(request, coach),
        **extra,
    }
    return templates.TemplateResponse(request, "coach/manage.html", context,
                                      status_code=status_code)


@router.get("", response_class=HTMLResponse)
def dashboard(request: Request, session: SessionDep, user: StaffUser) -> Response:
    """The coaches this user manages; with exactly one, go straight to it."""
    coaches = coaching.managed_coaches(session=session, user=user)
    if len(coaches) == 1:
        return RedirectResponse(f"/coach/{coaches[0].slug}", status.HTTP_303_SEE_OTHER)
    return templates.TemplateResponse(request, "coach/index.html", {"coaches": coaches})


@router.get("/{slug}", response_class=HTMLResponse)
def manage(
    request: Request, coach: OwnedCoach, session: SessionDep, saved: bool = False,
    deleted: str = "",
) -> Response:
    """One coach's dashboard."""
    return _dashboard(request, session, coach, saved=saved, deleted=deleted[:255])


@router.get("/{slug}/documents", response_class=HTMLResponse)
def documents_fragment(request: Request, coach: OwnedCoach, session: SessionDep) -> Response:
    """The documents table alone, for the page to refresh after an upload."""
    documents = knowledge.list_documents(session=session, coach=coach)
    return templates.TemplateResponse(
        request, "coach/_documents.html",
        {"coach": coach, "documents": documents, "flags": _flag_counts(request, coach)},
    )


def _flag_counts(request: Request, coach: Coach) -> dict[int, int] | None:
    """Flagged passages per document; None when the index cannot be read (the page still shows)."""
    try:
        return flags.flagged_counts(get_knowledge(request).store, coach.id)
    except Exception:
        log.warning("flagged passages of coach %s could not be read", coach.id, exc_info=True)
        return None


@router.get("/{slug}/documents/{document_id}", response_class=HTMLResponse)
def document_page(
    request: Request, coach: OwnedCoach, document_id: ObjectId, session: SessionDep,
    layer: KnowledgeDep,
) -> Response:
    """One document: its status and the passages the injection screen kept out of answers."""
    document = knowledge.get_document(session=session, coach=coach, document_id=document_id)
    if document is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such document")
    screening, error = None, ""
    try:
        screening = flags.document_flags(layer.store, coach.id, document.id)
    except Exception as problem:
        log.warning("passages of document %s could not be read", document.id, exc_info=True)
        error = f"The index could not be read ({type(problem).__name__}); try again later."
    context = {"coach": coach, "document": document, "screening": screening, "error": error,
               "reasons": REASONS}
    return templates.TemplateResponse(request, "coach/document.html", context)


@router.post("/{slug}/profile", dependencies=[CsrfChecked])
def save_profile(
    request: Request,
    coach: OwnedCoach,
    session: SessionDep,
    name: Annotated[str, Form(max_length=200)] = "",
    expertise: Text = "",
    persona_prompt: Text = "",
    methodology: Text = "",
    communication_style: Text = "",
) -> Response:
    """Save the coach's persona, methodology and communication style."""
    try:
        coaching.update_coach(
            session=session, coach=coach, name=name, expertise=expertise,
            persona_prompt=persona_prompt, methodology=methodology,
            communication_style=communication_style,
        )
    except coaching.CoachingError as error:
        return _dashboard(request, session, coach, error=str(error),
                          status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)
    return RedirectResponse(f"/coach/{coach.slug}?saved=1#profile", status.HTTP_303_SEE_OTHER)


@router.post("/{slug}/documents/{document_id}/delete", dependencies=[CsrfChecked])
def delete_document(
    coach: OwnedCoach, document_id: ObjectId, session: SessionDep, layer: KnowledgeDep
) -> Response:
    """Delete one of the coach's documents with its passages."""
    document = knowledge.get_document(session=session, coach=coach, document_id=document_id)
    if document is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such document")
    name = document.filename
    knowledge.delete_document(
        session=session, coach=coach, document_id=document_id, pipeline=layer.pipeline
    )
    query = urlencode({"deleted": name})
    return RedirectResponse(f"/coach/{coach.slug}?{query}#documents-section",
                            status.HTTP_303_SEE_OTHER)
