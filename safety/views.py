"""The escalations inbox: an API under /api/v1/escalations and pages under /safety/cases.

Coaches see the cases of the coach personas they own; admins see every case; learners get
403. A case id the caller may not see answers 404, exactly like one that does not exist.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching.models import Coach, Message
from app.deps import CoachOrAdmin, ObjectId, SessionDep, SettingsDep
from app.routes.errors import error_responses
from app.routes.pages import templates
from app.web_auth import CsrfChecked, require_role
from safety import realert, service
from safety.models import CaseDetail, CaseEventRead, CaseNote, CaseRead, CaseStatus, EscalationCase

# Every refusal is {"detail": "..."}: documented so clients (and the schema tests) know it.
ERRORS = error_responses(401, 403, 404)
CONFLICT = error_responses(409)
router = APIRouter(prefix="/api/v1/escalations", tags=["escalations"], responses=ERRORS)
pages = APIRouter(prefix="/safety", include_in_schema=False)
StaffUser = Annotated[User, Depends(require_role(Role.COACH, Role.ADMIN))]
NoteField = Annotated[str, Form(max_length=service.MAX_NOTE_CHARS)]
NOT_FOUND = "no such case"


def _case(session: Session, user: User, case_id: int) -> EscalationCase:
    """The case if the caller may see it; 404 otherwise."""
    case = service.get_case(session=session, user=user, case_id=case_id)
    if case is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    return case


def _detail(session: Session, case: EscalationCase) -> CaseDetail:
    """A case with its audit trail."""
    trail = [CaseEventRead.model_validate(e) for e in service.events(session=session, case=case)]
    return CaseDetail(**CaseRead.model_validate(case).model_dump(), events=trail)


def _move(session: Session, user: User, case_id: int, action: str, note: str) -> EscalationCase:
    """Acknowledge or resolve a case; 409 when its status does not allow it."""
    case = _case(session, user, case_id)
    move = service.acknowledge if action == "acknowledge" else service.resolve
    try:
        move(session=session, case=case, actor=user, note=note)
    except service.CaseConflict as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None
    return case


@router.get("", response_model=list[CaseRead])
def list_escalations(
    user: CoachOrAdmin, session: SessionDep, status: CaseStatus | None = None
) -> list[CaseRead]:
    """The caller's cases (all of them for admins), active first, newest first."""
    cases = service.list_cases(session=session, user=user, status=status)
    return [CaseRead.model_validate(case) for case in cases]


@router.get("/{case_id}", response_model=CaseDetail)
def get_escalation(case_id: ObjectId, user: CoachOrAdmin, session: SessionDep) -> CaseDetail:
    """One case with its audit trail."""
    return _detail(session, _case(session, user, case_id))


@router.post("/{case_id}/acknowledge", response_model=CaseDetail, responses=CONFLICT)
def acknowledge_escalation(
    case_id: ObjectId, user: CoachOrAdmin, session: SessionDep, body: CaseNote | None = None
) -> CaseDetail:
    """Mark an open case as seen and being handled (409 unless it is open)."""
    case = _move(session, user, case_id, "acknowledge", body.note if body else "")
    return _detail(session, case)


@router.post("/{case_id}/resolve", response_model=CaseDetail, responses=CONFLICT)
def resolve_escalation(
    case_id: ObjectId, user: CoachOrAdmin, session: SessionDep, body: CaseNote | None = None
) -> CaseDetail:
    """Close a case, with an optional note (409 if it is already resolved)."""
    case = _move(session, user, case_id, "resolve", body.note if body else "")
    return _detail(session, case)


@router.post("/{case_id}/notes", response_model=CaseDetail, status_code=status.HTTP_201_CREATED)
def note_escalation(
    case_id: ObjectId, body: CaseNote, user: CoachOrAdmin, session: SessionDep
) -> CaseDetail:
    """Add a note to a case's audit trail (422 if it is empty)."""
    case = _case(session, user, case_id)
    try:
        service.add_note(session=session, case=case, actor=user, note=body.note)
    except ValueError as error:
        # The shape of FastAPI's own 422, which is what the schema documents for this route.
        raise RequestValidationError([{"type": "value_error", "loc": ("body", "note"),
                                       "msg": str(error), "input": body.note}]) from None
    return _detail(session, case)


# --- Pages -------------------------------------------------------------------------------------


@pages.get("/cases", response_class=HTMLResponse)
def inbox(
    request: Request, user: StaffUser, session: SessionDep, status: CaseStatus | None = None
) -> Response:
    """The escalations inbox, filterable by status."""
    cases = service.list_cases(session=session, user=user, status=status)
    coach_ids = {case.coach_id for case in cases}
    coaches = {c.id: c.name for c in session.scalars(select(Coach).where(Coach.id.in_(coach_ids)))}
    learners = _names(session, {case.learner_id for case in cases})
    context = {"cases": cases, "status": status.value if status else "", "coaches": coaches,
               "learners": learners, "statuses": [s.value for s in CaseStatus],
               "active": service.active_count(session=session, user=user)}
    return templates.TemplateResponse(request, "safety/inbox.html", context)


@pages.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: ObjectId, user: StaffUser, session: SessionDep,
              settings: SettingsDep, done: str = "") -> Response:
    """One case: who, what was flagged, the learner's message, alerts, audit trail, actions."""
    case = _case(session, user, case_id)
    message = session.get(Message, case.message_id) if case.message_id else None
    trail = service.events(session=session, case=case)
    history = realert.alert_history(trail)
    people = {e.actor_id for e in trail if e.actor_id is not None}
    people |= {entry.user_id for entry in history if entry.user_id is not None}
    context = {
        "case": case, "events": trail, "actors": _names(session, people), "done": done[:40],
        "message": message.content if message else "",
        "coach": session.get(Coach, case.coach_id),
        "learner": session.get(User, case.learner_id),
        "alert_history": history,
        "alerts": realert.alert_state(case, trail, realert.RealertPolicy.from_settings(settings)),
    }
    return templates.TemplateResponse(request, "safety/case.html", context)


@pages.post("/cases/{case_id}/{action}", dependencies=[CsrfChecked])
def case_action(
    case_id: ObjectId, action: str, user: StaffUser, session: SessionDep, note: NoteField = ""
) -> Response:
    """Acknowledge, resolve or note a case from its page."""
    if action not in ("acknowledge", "resolve", "note"):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such action")
    if action == "note":
        case = _case(session, user, case_id)
        if not note.strip():
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "a note cannot be empty")
        service.add_note(session=session, case=case, actor=user, note=note)
    else:
        _move(session, user, case_id, action, note)
    return RedirectResponse(f"/safety/cases/{case_id}?done={action}", status.HTTP_303_SEE_OTHER)


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    """Display names (or emails) of users by id."""
    if not ids:
        return {}
    users = session.scalars(select(User).where(User.id.in_(ids)))
    return {u.id: u.display_name or u.email for u in users}
