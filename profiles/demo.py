"""Demo data for profiles: a goal with a plan, milestones and check-ins for the chart."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from app.accounts.models import User
from app.coaching.models import Coach
from app.db import utcnow
from profiles import service as profiles
from profiles.models import GoalIn, MilestoneIn

DEMO_GOAL = "Run 5 km without stopping"


def seed_demo_goal(*, session: Session, learner: User, coach: Coach) -> None:
    """Give the demo learner one goal with history; does nothing if they have any goal."""
    if profiles.list_goals(session=session, learner_id=learner.id):
        return
    now = utcnow()
    today = now.date()
    goal = profiles.create_goal(session=session, learner_id=learner.id, source="demo", data=GoalIn(
        title=DEMO_GOAL, unit="km", start_value=1, target_value=5, coach_id=coach.id,
        start_date=today - timedelta(days=14), target_date=today + timedelta(days=14),
        milestones=[MilestoneIn(title="2 km", due_date=today - timedelta(days=6), done=True),
                    MilestoneIn(title="3.5 km", due_date=today + timedelta(days=3))]))
    for days_ago, km in ((13, 1.2), (10, 1.5), (7, 2.0), (4, 2.4), (1, 2.8)):
        profiles.check_in(session=session, goal=goal, value=km, source="demo",
                          at=now - timedelta(days=days_ago))
