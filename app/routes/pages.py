"""Server-rendered pages."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select

from app.coaching import service as coaching
from app.deps import SessionDep
from app.web_auth import csrf_token, template_context
from knowledge.models import Document

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(
    directory=Path(__file__).resolve().parent.parent / "templates",
    context_processors=[template_context],
)
templates.env.globals["csrf_token"] = csrf_token


@router.get("/", response_class=HTMLResponse)
def home(request: Request, session: SessionDep) -> HTMLResponse:
    """The landing page: the coaches on this Lodestar and their knowledge."""
    counts = dict(
        session.execute(select(Document.coach_id, func.count()).group_by(Document.coach_id)).all()
    )
    coaches = coaching.list_coaches(session=session)
    return templates.TemplateResponse(
        request, "home.html", {"coaches": coaches, "document_counts": counts}
    )

