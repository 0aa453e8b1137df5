"""A goal's progress chart as inline SVG: the plan, the actual values and the milestones.

Server-rendered, so the page needs no JavaScript library; the SVG carries a title and a text
description for screen readers, and every point has a tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from markupsafe import Markup, escape

from profiles.models import Goal, Milestone
from profiles.progress import value_series

WIDTH, HEIGHT = 640, 240
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 48, 16, 16, 36
PLAN_COLOUR, ACTUAL_COLOUR, MILESTONE_COLOUR = "#8a94a6", "#2f5bd3", "#c07a00"


def _fmt(value: float) -> str:
    """A number for an axis label or tooltip."""
    return f"{value:g}" if abs(value) < 1e6 else f"{value:.3g}"


def goal_chart(
    goal: Goal, check_ins: Sequence[tuple[datetime, float]], milestones: Sequence[Milestone],
    today: date,
) -> Markup:
    """The SVG chart of a goal: planned line, actual points joined, milestones as flags."""
    series = [(when.date(), value) for when, value in value_series(goal.kind, check_ins)]
    first = min([goal.start_date] + [d for d, _ in series])
    last = max([goal.target_date] + [d for d, _ in series] + [m.due_date for m in milestones])
    span = max(1, (last - first).days)
    values = [goal.start_value, goal.target_value] + [v for _, v in series]
    low, high = min(values), max(values)
    if high == low:
        high = low + 1
    inner_w = WIDTH - PAD_LEFT - PAD_RIGHT
    inner_h = HEIGHT - PAD_TOP - PAD_BOTTOM

    def x(day: date) -> float:
        return round(PAD_LEFT + inner_w * (day - first).days / span, 1)

    def y(value: float) -> float:
        return round(PAD_TOP + inner_h * (1 - (value - low) / (high - low)), 1)

    title = escape(f"Progress on {goal.title}")
    desc = escape(
        f"Plan from {_fmt(goal.start_value)} on {goal.start_date} to {_fmt(goal.target_value)} "
        f"{goal.unit} on {goal.target_date}. "
        + (f"{len(series)} check-ins, latest {_fmt(series[-1][1])} on {series[-1][0]}."
           if series else "No check-ins yet.")
    )
    parts = [
        f'<svg class="goal-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-{goal.id}-t chart-{goal.id}-d" '
        f'preserveAspectRatio="xMidYMid meet" data-goal="{goal.id}">',
        f'<title id="chart-{goal.id}-t">{title}</title>',
        f'<desc id="chart-{goal.id}-d">{desc}</desc>',
        # axes
        f'<line x1="{PAD_LEFT}" y1="{PAD_TOP}" x2="{PAD_LEFT}" y2="{HEIGHT - PAD_BOTTOM}" '
        'stroke="#c9cfd8"/>',
        f'<line x1="{PAD_LEFT}" y1="{HEIGHT - PAD_BOTTOM}" x2="{WIDTH - PAD_RIGHT}" '
        f'y2="{HEIGHT - PAD_BOTTOM}" stroke="#c9cfd8"/>',
    ]
    for value in (low, high):
        parts.append(f'<text x="{PAD_LEFT - 6}" y="{y(value) + 4}" text-anchor="end" '
                     f'font-size="11" fill="#5b6577">{escape(_fmt(value))}</text>')
    for day, anchor in ((first, "start"), (last, "end")):
        parts.append(f'<text x="{x(day)}" y="{HEIGHT - PAD_BOTTOM + 16}" text-anchor="{anchor}" '
                     f'font-size="11" fill="#5b6577">{day.isoformat()}</text>')
    plan_points = [(goal.start_date, goal.start_value), (goal.target_date, goal.target_value)]
    if last > goal.target_date:
        plan_points.append((last, goal.target_value))
    parts.append('<polyline class="plan" fill="none" stroke-dasharray="6 4" stroke-width="2" '
                 f'stroke="{PLAN_COLOUR}" points="'
                 + " ".join(f"{x(d)},{y(v)}" for d, v in plan_points) + '"/>')
    if first <= today <= last:
        parts.append(f'<line class="today" x1="{x(today)}" y1="{PAD_TOP}" x2="{x(today)}" '
                     f'y2="{HEIGHT - PAD_BOTTOM}" stroke="#e2e6ec"/>')
    for milestone in milestones:
        mx = x(milestone.due_date)
        done = "done" if milestone.done_at else "open"
        parts.append(
            f'<g class="milestone milestone-{done}"><line x1="{mx}" y1="{PAD_TOP}" x2="{mx}" '
            f'y2="{HEIGHT - PAD_BOTTOM}" stroke="{MILESTONE_COLOUR}" stroke-dasharray="2 3"/>'
            f'<path d="M{mx},{PAD_TOP} l10,5 l-10,5 z" fill="{MILESTONE_COLOUR}"/>'
            f'<title>{escape(milestone.title)} (due {milestone.due_date}, {done})</title></g>')
    if series:
        if len(series) > 1:
            parts.append(f'<polyline class="actual" fill="none" stroke="{ACTUAL_COLOUR}" '
                         'stroke-width="2.5" points="'
                         + " ".join(f"{x(d)},{y(v)}" for d, v in series) + '"/>')
        for day, value in series:
            parts.append(f'<circle class="check-in" cx="{x(day)}" cy="{y(value)}" r="4" '
                         f'fill="{ACTUAL_COLOUR}"><title>{escape(_fmt(value))} {escape(goal.unit)}'
                         f' on {day}</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))
