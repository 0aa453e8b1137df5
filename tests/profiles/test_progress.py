"""Plan arithmetic at the edges, in Python and in SQL (which must agree)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from profiles import progress as plan
from profiles import service as profiles
from profiles.models import Goal, GoalIn, GoalKind, GoalStatus
from tests.factories import make_user

START, END = date(2026, 1, 1), date(2026, 1, 11)
RUN = plan.Plan(START, END, 0.0, 10.0)


def test_no_check_ins_is_zero_progress_and_behind_once_the_plan_moves() -> None:
    before = plan.progress(RUN, None, START)
    assert (before.actual, before.expected, before.deviation, before.on_track) == (0, 0, 0, True)
    midway = plan.progress(RUN, None, date(2026, 1, 6))
    assert midway.expected == 0.5 and midway.actual == 0 and midway.deviation == 1.0
    assert not midway.on_track and not midway.finished


def test_before_the_start_nothing_is_expected() -> None:
    assert plan.expected_fraction(RUN, START - timedelta(days=3)) == 0.0


def test_empty_range_is_due_at_once() -> None:
    same_day = plan.Plan(START, START, 0.0, 5.0)
    assert plan.expected_fraction(same_day, START - timedelta(days=1)) == 0.0
    assert plan.expected_fraction(same_day, START) == 1.0
    state = plan.progress(same_day, 2.5, START)
    assert state.actual == 0.5 and state.deviation == 0.5 and not state.on_track


def test_goal_finished_early_is_done_and_not_behind() -> None:
    state = plan.progress(RUN, 10.0, date(2026, 1, 3))
    assert state.finished and state.on_track and state.actual == 1.0
    assert state.expected == 0.2 and state.deviation == 0.0


def test_overshoot_and_check_ins_after_the_target_date_are_clamped() -> None:
    late = plan.progress(RUN, 12.0, date(2026, 3, 1))
    assert late.actual == 1.0 and late.expected == 1.0 and late.finished
    short = plan.progress(RUN, 6.0, date(2026, 3, 1))
    assert short.expected == 1.0 and short.deviation == 0.4 and not short.on_track


def test_decreasing_goal_counts_progress_downwards() -> None:
    weight = plan.Plan(START, END, 80.0, 75.0)
    assert plan.actual_fraction(weight, 78.0) == pytest.approx(0.4)
    assert plan.actual_fraction(weight, 81.0) == 0.0  # gained: no progress, never negative
    assert plan.progress(weight, 75.0, END).finished


def test_target_equal_to_start_is_complete_with_any_value() -> None:
    flat = plan.Plan(START, END, 3.0, 3.0)
    assert plan.actual_fraction(flat, 3.0) == 1.0 and plan.actual_fraction(flat, None) == 0.0


def test_thirty_percent_behind_is_the_on_track_boundary() -> None:
    day = date(2026, 1, 11)  # expected 1.0
    assert plan.progress(RUN, 7.0, day).on_track is False  # 30% short: the trigger's threshold
    assert plan.progress(RUN, 7.1, day).on_track is True


def test_yes_no_series_counts_yeses() -> None:
    t = datetime(2026, 1, 1, tzinfo=UTC)
    series = plan.value_series(GoalKind.YES_NO, [(t + timedelta(days=i), v)
                                                 for i, v in enumerate([1, 0, 1, 1])])
    assert [v for _, v in series] == [1, 1, 2, 3]
    assert plan.current_value(GoalKind.YES_NO, []) is None


@pytest.mark.parametrize(("value", "start", "end", "today"), [
    (None, START, END, date(2026, 1, 6)),
    (4.0, START, END, date(2026, 1, 6)),
    (10.0, START, END, date(2026, 1, 2)),
    (2.0, START, START, START),
    (2.0, START, END, date(2025, 12, 1)),
    (7.0, START, END, date(2026, 5, 1)),
])
def test_sql_agrees_with_python(session: Session, value: float | None, start: date, end: date,
                                today: date) -> None:
    learner = make_user(session)
    goal = profiles.create_goal(session=session, learner_id=learner.id, data=GoalIn(
        title="Run", target_value=10.0, start_date=start, target_date=end))
    goal.current_value = value
    session.flush()
    sql = plan.progress_sql(datetime.combine(today, datetime.min.time(), UTC).replace(hour=9))
    actual, expected, deviation = session.execute(
        select(sql.actual, sql.expected, sql.deviation).where(Goal.id == goal.id)).one()
    python = plan.progress(plan.Plan.of(goal), value, today)
    assert float(actual) == pytest.approx(python.actual, abs=1e-4)
    assert float(expected) == pytest.approx(python.expected, abs=1e-4)
    assert float(deviation) == pytest.approx(python.deviation, abs=1e-4)


def test_check_ins_update_the_goal_and_complete_it(session: Session) -> None:
    learner = make_user(session)
    goal = profiles.create_goal(session=session, learner_id=learner.id, data=GoalIn(
        title="Meditate", kind=GoalKind.YES_NO, target_value=2, start_date=START,
        target_date=END))
    profiles.check_in(session=session, goal=goal, done=False)
    assert goal.current_value == 0.0 and goal.last_progress_at is None
    profiles.check_in(session=session, goal=goal, done=True)
    assert goal.current_value == 1.0 and goal.last_progress_at is not None
    profiles.check_in(session=session, goal=goal, done=True)
    assert goal.status is GoalStatus.DONE and goal.completed_at is not None
    with pytest.raises(profiles.ProfileError, match="yes/no"):
        profiles.check_in(session=session, goal=goal, value=3)


def test_a_plan_that_ends_before_it_starts_is_rejected(session: Session) -> None:
    learner = make_user(session)
    with pytest.raises(profiles.ProfileError, match="before the start"):
        profiles.create_goal(session=session, learner_id=learner.id, data=GoalIn(
            title="Run", target_value=5, start_date=END, target_date=START))
