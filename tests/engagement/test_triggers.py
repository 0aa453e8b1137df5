"""Each trigger rule at its threshold edges, on SQLite and PostgreSQL, plus ranking and caps."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from app.coaching.models import MessageRole
from engagement.models import Nudge, NudgeChannel, NudgeOptOut, NudgeRules, NudgeStatus, Trigger
from engagement.service import enqueue
from engagement.triggers import Candidate, evaluate
from tests.engagement.support import AS_OF, goal, learner, milestone, say, snapshot

SECOND = timedelta(seconds=1)


def _fired(session: Session, **kwargs: object) -> dict[int, Candidate]:
    return {c.learner_id: c for c in evaluate(session, AS_OF, **kwargs)}  # type: ignore[arg-type]


def _active(session: Session, user, coach) -> None:  # type: ignore[no-untyped-def]
    say(session, user, coach, AS_OF - timedelta(hours=1))


def test_inactivity_fires_at_exactly_24_hours(session: Session) -> None:
    edge, coach = learner(session)
    say(session, edge, coach, AS_OF - timedelta(hours=30))
    say(session, edge, coach, AS_OF - timedelta(hours=24))
    recent, _ = learner(session, coach)
    say(session, recent, coach, AS_OF - timedelta(hours=24) + SECOND)
    fired = _fired(session)
    assert fired[edge.id].trigger is Trigger.INACTIVITY
    assert fired[edge.id].context["hours"] == 24.0
    assert recent.id not in fired


def test_inactivity_ignores_coach_messages_and_counts_from_enrolment(session: Session) -> None:
    silent, coach = learner(session, enrolled=AS_OF - timedelta(hours=24))
    say(session, silent, coach, AS_OF - timedelta(hours=1), role=MessageRole.ASSISTANT)
    new, _ = learner(session, coach, enrolled=AS_OF - timedelta(hours=23))
    fired = _fired(session)
    assert fired[silent.id].trigger is Trigger.INACTIVITY
    assert new.id not in fired


def test_inactivity_threshold_is_per_coach(session: Session) -> None:
    user, coach = learner(session)
    say(session, user, coach, AS_OF - timedelta(hours=30))
    session.add(NudgeRules(coach_id=coach.id, inactivity_hours=48.0))
    session.flush()
    assert user.id not in _fired(session)
    other, coach2 = learner(session)
    say(session, other, coach2, AS_OF - timedelta(hours=30))
    assert _fired(session)[other.id].trigger is Trigger.INACTIVITY


def test_inactivity_is_nudged_once_per_episode(session: Session) -> None:
    user, coach = learner(session)
    say(session, user, coach, AS_OF - timedelta(days=3))
    first = evaluate(session, AS_OF - timedelta(days=1))
    assert enqueue(session=session, candidates=first, now=AS_OF - timedelta(days=1)) == 1
    assert user.id not in _fired(session)


def test_stagnation_at_exactly_three_days(session: Session) -> None:
    edge, coach = learner(session)
    _active(session, edge, coach)
    stalled = goal(session, edge, coach, progressed=AS_OF - timedelta(days=3), current=50)
    moving, _ = learner(session, coach)
    _active(session, moving, coach)
    goal(session, moving, coach, progressed=AS_OF - timedelta(days=3) + SECOND, current=50)
    fired = _fired(session)
    assert fired[edge.id].trigger is Trigger.STAGNATION
    assert fired[edge.id].goal_id == stalled.id
    assert fired[edge.id].context["goal"] == "Run 5 km"
    assert moving.id not in fired


def test_stagnation_needs_every_active_goal_stalled(session: Session) -> None:
    user, coach = learner(session)
    _active(session, user, coach)
    goal(session, user, coach, progressed=AS_OF - timedelta(days=5), current=50)
    goal(session, user, None, progressed=AS_OF - timedelta(hours=2), current=50, title="Sleep")
    assert user.id not in _fired(session)


def test_stagnation_counts_a_goal_never_progressed_from_its_creation(session: Session) -> None:
    user, coach = learner(session)
    _active(session, user, coach)
    goal(session, user, coach, created=AS_OF - timedelta(days=4), current=50)
    young, _ = learner(session, coach)
    _active(session, young, coach)
    goal(session, young, coach, created=AS_OF - timedelta(days=2), current=50)
    fired = _fired(session)
    assert fired[user.id].trigger is Trigger.STAGNATION
    assert young.id not in fired


def test_goal_deviation_at_30_percent(session: Session) -> None:
    # Plan: day 10 of 20 expects 50 of 100; 35 is 30% behind, 36 is 28% behind.
    behind, coach = learner(session)
    _active(session, behind, coach)
    goal(session, behind, coach, progressed=AS_OF - timedelta(hours=1), current=35)
    close, _ = learner(session, coach)
    _active(session, close, coach)
    goal(session, close, coach, progressed=AS_OF - timedelta(hours=1), current=36)
    fired = _fired(session)
    assert fired[behind.id].trigger is Trigger.GOAL_DEVIATION
    assert fired[behind.id].context["amount"] == 0.3
    assert close.id not in fired


def test_motivation_drop_of_exactly_0_2_over_7_days(session: Session) -> None:
    today = AS_OF.date()
    dropped, coach = learner(session)
    _active(session, dropped, coach)
    snapshot(session, dropped, today - timedelta(days=7), 0.7)
    snapshot(session, dropped, today, 0.5)
    slight, _ = learner(session, coach)
    _active(session, slight, coach)
    snapshot(session, slight, today - timedelta(days=7), 0.7)
    snapshot(session, slight, today, 0.51)
    old, _ = learner(session, coach)
    _active(session, old, coach)
    snapshot(session, old, today - timedelta(days=8), 0.9)
    snapshot(session, old, today, 0.5)
    fired = _fired(session)
    assert fired[dropped.id].trigger is Trigger.MOTIVATION_DROP
    assert slight.id not in fired
    assert old.id not in fired


def test_milestone_due_within_one_day(session: Session) -> None:
    soon, coach = learner(session)
    _active(session, soon, coach)
    owner = goal(session, soon, coach, progressed=AS_OF - timedelta(hours=1), current=50)
    due = milestone(session, owner, (AS_OF + timedelta(days=1)).date())
    later, _ = learner(session, coach)
    _active(session, later, coach)
    other = goal(session, later, coach, progressed=AS_OF - timedelta(hours=1), current=50)
    milestone(session, other, (AS_OF + timedelta(days=2)).date())
    milestone(session, other, AS_OF.date(), done=True)
    fired = _fired(session)
    assert fired[soon.id].trigger is Trigger.MILESTONE
    assert fired[soon.id].milestone_id == due.id
    assert fired[soon.id].context["milestone"] == "Halfway"
    assert later.id not in fired
    enqueue(session=session, candidates=list(fired.values()), now=AS_OF)
    tomorrow = evaluate(session, AS_OF + timedelta(hours=20))
    assert all(c.milestone_id != due.id for c in tomorrow)


def test_highest_priority_trigger_wins(session: Session) -> None:
    user, coach = learner(session)
    say(session, user, coach, AS_OF - timedelta(days=2))  # inactive too
    goal(session, user, coach, progressed=AS_OF - timedelta(hours=1), current=10)
    assert _fired(session)[user.id].trigger is Trigger.GOAL_DEVIATION


def test_daily_cap_and_its_per_coach_setting(session: Session) -> None:
    user, coach = learner(session)
    say(session, user, coach, AS_OF - timedelta(days=2))
    session.add(Nudge(learner_id=user.id, coach_id=coach.id, trigger=Trigger.GOAL_DEVIATION,
                      channel=NudgeChannel.EMAIL, status=NudgeStatus.SENT, dedupe_key="x1",
                      scheduled_for=AS_OF, next_attempt_at=AS_OF,
                      created_at=AS_OF - timedelta(hours=23)))
    session.flush()
    assert user.id not in _fired(session)
    session.add(NudgeRules(coach_id=coach.id, daily_cap=2))
    session.flush()
    assert user.id in _fired(session)


def test_cap_window_is_24_hours(session: Session) -> None:
    user, coach = learner(session)
    say(session, user, coach, AS_OF - timedelta(days=2))
    session.add(Nudge(learner_id=user.id, coach_id=coach.id, trigger=Trigger.GOAL_DEVIATION,
                      channel=NudgeChannel.EMAIL, status=NudgeStatus.SENT, dedupe_key="x2",
                      scheduled_for=AS_OF, next_attempt_at=AS_OF,
                      created_at=AS_OF - timedelta(hours=24)))
    session.flush()
    assert user.id in _fired(session)


def test_opted_out_learners_are_never_nudged(session: Session) -> None:
    user, coach = learner(session)
    say(session, user, coach, AS_OF - timedelta(days=2))
    session.add(NudgeOptOut(user_id=user.id, source="test"))
    session.flush()
    assert user.id not in _fired(session)


def test_disabled_rules_and_approval_mode(session: Session) -> None:
    off, coach = learner(session)
    say(session, off, coach, AS_OF - timedelta(days=2))
    session.add(NudgeRules(coach_id=coach.id, enabled=False))
    review, coach2 = learner(session)
    say(session, review, coach2, AS_OF - timedelta(days=2))
    session.add(NudgeRules(coach_id=coach2.id, approval_required=True))
    session.flush()
    fired = _fired(session)
    assert off.id not in fired
    assert fired[review.id].status is NudgeStatus.PENDING_APPROVAL


def test_re_running_an_evaluation_adds_nothing(session: Session) -> None:
    user, coach = learner(session)
    say(session, user, coach, AS_OF - timedelta(days=2))
    first = evaluate(session, AS_OF)
    assert enqueue(session=session, candidates=first, now=AS_OF) == 1
    assert enqueue(session=session, candidates=first, now=AS_OF) == 0
    assert evaluate(session, AS_OF + timedelta(minutes=15)) == []
    keys = [n.dedupe_key for n in session.query(Nudge).filter(Nudge.learner_id == user.id)]
    assert keys == [f"{user.id}:inactivity:{AS_OF.date().isoformat()}"]
