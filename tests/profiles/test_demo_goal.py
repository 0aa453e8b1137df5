"""The demo learner's goal: a plan, milestones and check-ins, seeded once."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.coaching import service as coaching
from profiles import service as profiles
from profiles.demo import DEMO_GOAL, seed_demo_goal
from tests.factories import make_coach, make_user


def test_demo_goal_is_seeded_once_with_history(session: Session) -> None:
    learner, coach = make_user(session), make_coach(session)
    coaching.enrol(session=session, learner=learner, coach=coach)
    seed_demo_goal(session=session, learner=learner, coach=coach)
    seed_demo_goal(session=session, learner=learner, coach=coach)
    [goal] = profiles.list_goals(session=session, learner_id=learner.id)
    assert goal.title == DEMO_GOAL and goal.current_value == 2.8
    assert len(profiles.check_ins(session=session, goal_id=goal.id)) == 5
    steps = profiles.milestones(session=session, goal_id=goal.id)
    assert [m.done_at is not None for m in steps] == [True, False]
    state = profiles.goal_progress(goal, profiles.utcnow().date())
    assert state.expected == 0.5 and state.actual == 0.45 and state.on_track
