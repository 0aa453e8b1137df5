"""The usage API (`GET /api/v1/usage`) and page (`/usage`): tokens and cost per day.

Admins see every coach, or one with `coach_id`; coaches see the coaches they own (another
coach's id is a 404, like one that does not exist); learners get 403.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.coaching.models import Coach
from app.deps import MAX_ID, CoachOrAdmin, SessionDep
from app.limits import Limits
from app.routes.pages import templates
from app.usage import DayUsage, UsageReport, usage_report
from app.web_auth import require_role

router = APIRouter(tags=["usage"])
MAX_DAYS = 366
DEFAULT_DAYS = 30


class DayRead(BaseModel):
    """One UTC day of usage."""

    date: date
    prompt_tokens: int
    completion_tokens: int
    tokens: int
    cost_usd: Decimal
    calls: int


class ModelRead(BaseModel):
    """Usage of one provider and model over the period."""

    provider: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal
    calls: int


class UsageRead(BaseModel):
    """Usage per day and per model, with totals, for the coaches the caller may see."""

    from_date: date
    to_date: date
    coach_id: int | None
    days: list[DayRead]
    models: list[ModelRead]
    total: DayRead


def _day(row: DayUsage) -> DayRead:
    return DayRead(date=row.day, prompt_tokens=row.prompt_tokens,
                   completion_tokens=row.completion_tokens, tokens=row.tokens,
                   cost_usd=row.cost_usd, calls=row.calls)


def visible_coaches(session: Session, user: User, coach_id: int | None) -> list[int] | None:
    """The coach ids the report covers (None: all, for an admin); 404 for a foreign coach."""
    if user.role is Role.ADMIN:
        if coach_id is None:
            return None
        if session.get(Coach, coach_id) is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such coach")
        return [coach_id]
    owned = [c.id for c in coaching.list_coaches(session=session) if c.owner_id == user.id]
    if coach_id is None:
        return owned
    if coach_id not in owned:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such coach")
    return [coach_id]


def period(start: date | None, end: date | None) -> tuple[date, date]:
    """The report's days: default the last 30 through today (UTC); 422 when invalid."""
    end = end or datetime.now(UTC).date()
    start = start or end - timedelta(days=DEFAULT_DAYS - 1)
    # Raised as FastAPI's own 422 shape: it is what the schema documents for bad queries.
    if start > end:
        raise _bad_query("`from` is after `to`", start)
    if (end - start).days >= MAX_DAYS:
        raise _bad_query(f"a report covers at most {MAX_DAYS} days", start)
    return start, end


def _bad_query(message: str, start: date) -> RequestValidationError:
    """A rejected `from` query parameter, as a validation error."""
    return RequestValidationError([{"type": "value_error", "loc": ("query", "from"),
                                    "msg": message, "input": start.isoformat()}])


FromQuery = Annotated[date | None, Query(alias="from", description="First UTC day (YYYY-MM-DD).")]
ToQuery = Annotated[date | None, Query(alias="to", description="Last UTC day, included.")]
CoachQuery = Annotated[int | None, Query(ge=1, le=MAX_ID, description="Only this coach.")]


def _as_read(report: UsageReport, coach_id: int | None) -> UsageRead:
    return UsageRead(
        from_date=report.start, to_date=report.end, coach_id=coach_id,
        days=[_day(d) for d in report.days],
        models=[ModelRead(provider=m.provider, model=m.model, prompt_tokens=m.prompt_tokens,
                          completion_tokens=m.completion_tokens, cost_usd=m.cost_usd,
                          calls=m.calls) for m in report.models],
        total=_day(report.total),
    )


@router.get("/api/v1/usage", response_model=UsageRead,
            responses={403: {"description": "learners cannot see usage"},
                       404: {"description": "no such coach (or not yours)"}})
def usage_api(user: CoachOrAdmin, session: SessionDep, from_: FromQuery = None,
              to: ToQuery = None, coach_id: CoachQuery = None) -> UsageRead:
    """Tokens and cost per UTC day and per model, for your coaches (admins: any or all)."""
    start, end = period(from_, to)
    coaches = visible_coaches(session, user, coach_id)
    return _as_read(usage_report(session=session, start=start, end=end, coach_ids=coaches),
                    coach_id)


def bar_chart(days: list[DayUsage], width: int = 720, height: int = 200) -> dict[str, Any]:
    """Bar geometry for an inline SVG of tokens per day (the template draws it)."""
    peak = max((d.tokens for d in days), default=0) or 1
    slot = width / max(len(days), 1)
    bars = []
    for index, row in enumerate(days):
        bar_height = round(row.tokens / peak * (height - 20), 1)
        bars.append({"x": round(index * slot + slot * 0.1, 1), "width": round(slot * 0.8, 1),
                     "y": round(height - bar_height, 1), "height": bar_height,
                     "label": f"{row.day.isoformat()}: {row.tokens} tokens, "
                              f"${row.cost_usd:.4f}"})
    return {"width": width, "height": height, "bars": bars, "peak": peak}


@router.get("/usage", response_class=HTMLResponse, include_in_schema=False)
def usage_page(
    request: Request, session: SessionDep,
    user: Annotated[User, Depends(require_role(Role.COACH, Role.ADMIN))],
    from_: FromQuery = None, to: ToQuery = None, coach_id: CoachQuery = None,
) -> Response:
    """The usage page: a chart of tokens per day, a table per day and per model."""
    start, end = period(from_, to)
    coaches = visible_coaches(session, user, coach_id)
    report = usage_report(session=session, start=start, end=end, coach_ids=coaches)
    choices = [c for c in coaching.list_coaches(session=session)
               if user.role is Role.ADMIN or c.owner_id == user.id]
    context = {"user": user, "report": report, "chart": bar_chart(report.days),
               "coaches": choices, "coach_id": coach_id,
               "limits": Limits.of(request.app.state.settings)}
    return templates.TemplateResponse(request, "ops/usage.html", context)
