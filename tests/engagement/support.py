"""Engagement test data: learners enrolled at chosen times, messages, goals and snapshots."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching.models import Coach, Conversation, Enrolment, Message, MessageRole
from profiles.models import BehaviourSnapshot, Goal, GoalKind, GoalStatus, Milestone
from tests.factories import make_coach, make_user

AS_OF = datetime(2030, 3, 13, 12, 0, tzinfo=UTC)  # a Wednesday, noon UTC


def learner(
    session: Session, coach: Coach | None = None, *, enrolled: datetime | None = None,
    tz: str = "UTC", name: str = "Ada",
) -> tuple[User, Coach]:
    """A learner enrolled with a coach (a new one unless given) at a chosen time."""
    coach = coach or make_coach(session, name="Maya")
    user = make_user(session, role=Role.LEARNER)
    user.timezone, user.display_name = tz, name
    session.add(Enrolment(learner_id=user.id, coach_id=coach.id,
                          created_at=enrolled or AS_OF - timedelta(days=60)))
    session.flush()
    return user, coach


def say(session: Session, user: User, coach: Coach, at: datetime,
        role: MessageRole = MessageRole.USER) -> Message:
    """A message from the learner (or the coach) at a chosen time."""
    conversation = Conversation(learner_id=user.id, coach_id=coach.id, created_at=at)
    session.add(conversation)
    session.flush()
    message = Message(conversation_id=conversation.id, role=role, content="hi", created_at=at)
    session.add(message)
    session.flush()
    return message


def goal(
    session: Session, user: User, coach: Coach | None, *, created: datetime | None = None,
    progressed: datetime | None = None, start: date | None = None, end: date | None = None,
    current: float | None = None, title: str = "Run 5 km", status: GoalStatus = GoalStatus.ACTIVE,
) -> Goal:
    """A numeric goal from 0 to 100 with a chosen plan, value and last progress."""
    row = Goal(learner_id=user.id, coach_id=coach.id if coach else None, title=title,
               kind=GoalKind.NUMERIC, start_value=0.0, target_value=100.0, current_value=current,
               start_date=start or (AS_OF - timedelta(days=10)).date(),
               target_date=end or (AS_OF + timedelta(days=10)).date(), status=status,
               created_at=created or AS_OF - timedelta(days=30), last_progress_at=progressed)
    session.add(row)
    session.flush()
    return row


def milestone(session: Session, owner: Goal, due: date, *, done: bool = False) -> Milestone:
    """A milestone of a goal, due on a day."""
    row = Milestone(goal_id=owner.id, title="Halfway", due_date=due,
                    done_at=AS_OF - timedelta(days=1) if done else None,
                    created_at=AS_OF - timedelta(days=20))
    session.add(row)
    session.flush()
    return row


def snapshot(session: Session, user: User, day: date, motivation: float) -> None:
    """A behaviour snapshot with a chosen motivation."""
    session.add(BehaviourSnapshot(learner_id=user.id, day=day, engagement=0.5,
                                  motivation=motivation, abandonment_risk=0.2,
                                  computed_at=AS_OF))
    session.flush()
