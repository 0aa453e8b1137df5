"""Behaviour metrics: one set-based pass over all learners, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.coaching.models import Message, MessageRole
from profiles import metrics
from profiles import service as profiles
from profiles.models import BehaviourSnapshot, GoalIn
from tests.factories import make_coach, make_user

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _learner(session: Session, *, joined: datetime) -> User:
    user = make_user(session)
    user.created_at = joined
    session.flush()
    return user


def _messages(session: Session, user: User, coach_id: int, days_ago: list[float]) -> None:
    conversation = coaching.start_conversation(session=session, learner_id=user.id,
                                               coach_id=coach_id)
    for ago in days_ago:
        session.add(Message(conversation_id=conversation.id, role=MessageRole.USER,
                            content="hi", sources=[], created_at=NOW - timedelta(days=ago)))
    session.flush()


def test_snapshots_rank_active_learners_above_drifting_ones(session: Session) -> None:
    coach = make_coach(session)
    joined = NOW - timedelta(days=60)
    active, drifting, silent = (_learner(session, joined=joined) for _ in range(3))
    make_user(session, role=Role.COACH)  # staff get no snapshot
    _messages(session, active, coach.id, [0.1, 0.5, 1, 2, 3, 4, 5, 6])
    _messages(session, drifting, coach.id, [8, 9, 10, 11, 12, 13])
    goal = profiles.create_goal(session=session, learner_id=active.id, data=GoalIn(
        title="Run", target_value=10, start_date=date(2026, 3, 1),
        target_date=date(2026, 3, 19)))
    for days, value in ((3, 2.0), (1, 5.0)):
        profiles.check_in(session=session, goal=goal, value=value, at=NOW - timedelta(days=days))

    written = metrics.compute_snapshots(session=session, as_of=NOW)
    rows = {row.learner_id: row for row in session.scalars(
        select(BehaviourSnapshot).where(BehaviourSnapshot.day == NOW.date()))}
    assert written == len(rows) >= 3 and all(
        session.get(User, learner_id).role is Role.LEARNER for learner_id in rows)
    a, d, s = rows[active.id], rows[drifting.id], rows[silent.id]
    for row in (a, d, s):
        assert 0 <= row.engagement <= 1 and 0 <= row.motivation <= 1
        assert 0 <= row.abandonment_risk <= 1
    assert a.engagement > d.engagement > s.engagement
    assert a.abandonment_risk < d.abandonment_risk < s.abandonment_risk
    assert a.motivation > d.motivation
    # active: 8 msgs (talk .8), idle .1 day, 2 check-ins (.667), on plan (5 of 10 at 50%).
    # drifting: 6 msgs in the week before (talk .3), idle 8 days, no check-ins.
    assert a.engagement == pytest.approx(0.4 * 0.8 + 0.3 * (1 - 0.1 / 7) + 0.3 * 2 / 3, abs=1e-3)
    assert d.engagement == pytest.approx(0.4 * 0.3, abs=1e-3)
    assert s.engagement == 0.0 and s.abandonment_risk == pytest.approx(0.8)
    assert d.motivation == pytest.approx(0.4 * 0.5 + 0.0 + 0.0, abs=1e-3)


def test_recomputing_the_same_day_replaces_rows(session: Session) -> None:
    learner = _learner(session, joined=NOW - timedelta(days=3))
    assert metrics.compute_snapshots(session=session, as_of=NOW, learner_ids=[learner.id]) == 1
    assert metrics.compute_snapshots(session=session, as_of=NOW + timedelta(hours=2),
                                     learner_ids=[learner.id]) == 1
    metrics.compute_snapshots(session=session, as_of=NOW + timedelta(days=1),
                              learner_ids=[learner.id])
    days = metrics.history(session=session, learner_id=learner.id, since=NOW.date())
    assert [row.day for row in days] == [NOW.date(), NOW.date() + timedelta(days=1)]
    latest = metrics.latest(session, learner.id)
    assert latest is not None and latest.day == NOW.date() + timedelta(days=1)


def test_future_activity_is_ignored_for_a_past_as_of(session: Session) -> None:
    coach = make_coach(session)
    learner = _learner(session, joined=NOW - timedelta(days=30))
    _messages(session, learner, coach.id, [-2, -1])  # after as_of
    metrics.compute_snapshots(session=session, as_of=NOW, learner_ids=[learner.id])
    row = metrics.latest(session, learner.id)
    assert row is not None and row.engagement == 0.0
