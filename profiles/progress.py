"""Plan arithmetic: how far a goal is along, against how far its linear plan says it should be.

A goal's plan runs linearly from `start_value` on `start_date` to `target_value` on
`target_date`; for yes/no goals the value is the number of "yes" check-ins. Fractions are of
the way from start to target, clamped to 0..1, so decreasing goals (80 kg -> 75 kg) work the
same as increasing ones. `deviation` is the relative shortfall against the plan:
`1 - actual / expected` when behind, 0 when on or ahead of plan; 0.3 means 30% behind.

The same formulas exist once more as SQL expressions (`progress_sql`) so set-based jobs can
use them; `tests/profiles/test_progress.py` checks that both agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, Float, case, cast, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from profiles.models import Goal, GoalKind

EPOCH = date(1970, 1, 1)
ON_TRACK_SHORTFALL = 0.3


@dataclass(frozen=True)
class Plan:
    """The numbers that define a goal's plan."""

    start_date: date
    target_date: date
    start_value: float
    target_value: float

    @classmethod
    def of(cls, goal: Goal) -> Plan:
        """The plan of a stored goal."""
        return cls(goal.start_date, goal.target_date, goal.start_value, goal.target_value)


@dataclass(frozen=True)
class Progress:
    """Where a goal stands on a day."""

    day: date
    actual: float
    expected: float
    deviation: float
    on_track: bool
    finished: bool


def expected_fraction(plan: Plan, day: date) -> float:
    """The planned fraction on a day; an empty range (start == target) is due all at once."""
    if day < plan.start_date:
        return 0.0
    span = (plan.target_date - plan.start_date).days
    if span <= 0:
        return 1.0
    return min(1.0, (day - plan.start_date).days / span)


def actual_fraction(plan: Plan, value: float | None) -> float:
    """The fraction of the way a value has come; no value yet is 0, reaching start==target is 1."""
    if value is None:
        return 0.0
    distance = plan.target_value - plan.start_value
    if distance == 0:
        return 1.0
    return max(0.0, min(1.0, (value - plan.start_value) / distance))


def shortfall(actual: float, expected: float) -> float:
    """How far behind plan, relative to the plan (0 when on or ahead of it)."""
    if expected <= 0 or actual >= expected:
        return 0.0
    return 1.0 - actual / expected


def progress(plan: Plan, value: float | None, day: date) -> Progress:
    """Progress of a goal with its current value against its plan on a day."""
    actual = actual_fraction(plan, value)
    expected = expected_fraction(plan, day)
    deviation = shortfall(actual, expected)
    finished = value is not None and actual >= 1.0
    return Progress(day, round(actual, 4), round(expected, 4), round(deviation, 4),
                    finished or deviation < ON_TRACK_SHORTFALL, finished)


def value_series(
    kind: GoalKind, check_ins: Iterable[tuple[datetime, float]]
) -> list[tuple[datetime, float]]:
    """The goal's value after each check-in, oldest first (yes/no goals count the yeses)."""
    ordered = sorted(check_ins, key=lambda item: item[0])
    if kind is GoalKind.NUMERIC:
        return ordered
    series: list[tuple[datetime, float]] = []
    yeses = 0.0
    for when, value in ordered:
        yeses += 1.0 if value >= 0.5 else 0.0
        series.append((when, yeses))
    return series


def current_value(kind: GoalKind, check_ins: Sequence[tuple[datetime, float]]) -> float | None:
    """The goal's value now: the latest numeric check-in, or the yes count (None if none)."""
    series = value_series(kind, check_ins)
    return series[-1][1] if series else None


def epoch_days(moment: date | datetime) -> float:
    """Days since 1970-01-01 (UTC), fractional for datetimes."""
    if isinstance(moment, datetime):
        aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return aware.timestamp() / 86400.0
    return float((moment - EPOCH).days)


# --- The same arithmetic in SQL ----------------------------------------------------------------


class day_number(FunctionElement[float]):  # noqa: N801 - reads as a SQL function
    """Days since 1970-01-01 of a DATE or timestamp column, in SQL on SQLite and PostgreSQL."""

    type = Float()
    inherit_cache = True
    name = "day_number"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: object, **kw: object) -> str:
    return f"(julianday({compiler.process(element.clauses, **kw)}) - 2440587.5)"  # type: ignore[attr-defined]


@compiles(day_number, "postgresql")
def _day_number_postgresql(element: day_number, compiler: object, **kw: object) -> str:
    return f"(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)}) / 86400.0)"  # type: ignore[attr-defined]


def clamp01(expr: ColumnElement[Any]) -> ColumnElement[float]:
    """An SQL expression limited to 0..1."""
    return case((expr < 0, 0.0), (expr > 1, 1.0), else_=expr)


@dataclass(frozen=True)
class ProgressSQL:
    """Column expressions over `goals` for progress as of a moment."""

    actual: ColumnElement[float]
    expected: ColumnElement[float]
    deviation: ColumnElement[float]


def progress_sql(as_of: datetime) -> ProgressSQL:
    """Actual, expected and deviation of every goal as of a moment, as SQL expressions."""
    today = epoch_days(as_of.astimezone(UTC).date())
    start = day_number(Goal.start_date)
    span = day_number(Goal.target_date) - start
    expected = case(
        (literal(today) < start, 0.0),
        (span <= 0, 1.0),
        else_=clamp01((literal(today) - start) / span),
    )
    distance = Goal.target_value - Goal.start_value
    actual = case(
        (Goal.current_value.is_(None), 0.0),
        (distance == 0, 1.0),
        else_=clamp01((Goal.current_value - Goal.start_value) / distance),
    )
    deviation = case(
        (expected <= 0, 0.0), (actual >= expected, 0.0), else_=1.0 - actual / expected
    )
    return ProgressSQL(actual=actual, expected=expected, deviation=deviation)


def utc_day(moment: datetime) -> ColumnElement[date]:
    """A moment's UTC day as a typed SQL literal."""
    return cast(literal(moment.astimezone(UTC).date()), Date)
