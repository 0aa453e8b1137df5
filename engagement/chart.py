"""The coach's engagement chart as inline SVG: four lines over the last days, no JavaScript."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from engagement.service import DayPoint

WIDTH, HEIGHT, PAD = 640, 220, 32
SERIES = (
    ("active_learners", "Active learners", "#2f5bd3"),
    ("nudges_sent", "Nudges sent", "#c2410c"),
    ("opened", "Opened", "#15803d"),
    ("replied", "Replied within 48 h", "#7e22ce"),
)


def _points(values: Sequence[int], top: int) -> str:
    """Polyline points for values scaled into the plot area."""
    step = (WIDTH - 2 * PAD) / max(1, len(values) - 1)
    return " ".join(
        f"{PAD + i * step:.1f},{HEIGHT - PAD - (v / top) * (HEIGHT - 2 * PAD):.1f}"
        for i, v in enumerate(values))


def engagement_svg(series: Sequence[DayPoint]) -> Markup:
    """An accessible line chart of a coach's engagement per day."""
    top = max([1] + [getattr(p, key) for p in series for key, _, _ in SERIES])
    first = series[0].day.strftime("%d %b") if series else ""
    last = series[-1].day.strftime("%d %b") if series else ""
    lines = [
        f'<polyline fill="none" stroke="{color}" stroke-width="2" '
        f'points="{_points([getattr(p, key) for p in series], top)}"><title>{escape(label)}'
        f"</title></polyline>"
        for key, label, color in SERIES
    ]
    legend = [
        f'<g transform="translate({PAD + i * 150},12)"><rect width="10" height="10" '
        f'fill="{color}"/><text x="14" y="9" font-size="11">{escape(label)}</text></g>'
        for i, (_, label, color) in enumerate(SERIES)
    ]
    axes = (
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" '
        f'stroke="#999"/><line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{HEIGHT - PAD}" '
        f'stroke="#999"/><text x="{PAD - 6}" y="{PAD + 4}" font-size="11" '
        f'text-anchor="end">{top}</text><text x="{PAD - 6}" y="{HEIGHT - PAD}" font-size="11" '
        f'text-anchor="end">0</text><text x="{PAD}" y="{HEIGHT - 10}" font-size="11">{first}'
        f'</text><text x="{WIDTH - PAD}" y="{HEIGHT - 10}" font-size="11" text-anchor="end">'
        f"{last}</text>"
    )
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title" preserveAspectRatio="xMidYMid meet" width="100%">'
        f'<title id="chart-title">Engagement per day, {first} to {last}</title>'
        f'{axes}{"".join(lines)}{"".join(legend)}</svg>'
    )
