"""What others read: the nudge context, best hours from the activity histogram."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.coaching import service as coaching
from engagement.models import Nudge
from profiles import activity, channels, metrics
from profiles import service as profiles
from profiles.context import nudge_context, profile_text
from profiles.models import GoalIn, MilestoneIn, PreferencesPatch
from profiles.service import get_profile
from profiles.summary import set_preferences
from tests.factories import make_coach, make_user

NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)


def test_activity_is_counted_in_the_learners_time_zone(session: Session) -> None:
    learner = make_user(session)
    learner.timezone = "America/New_York"  # UTC-4 in June
    moments = [datetime(2026, 6, 8, 23, 30, tzinfo=UTC)] * 3 + [  # Monday 19:30 local
        datetime(2026, 6, 9, 12, 0, tzinfo=UTC)]  # Tuesday 08:00 local
    activity.record(session=session, learner_id=learner.id, moments=moments)
    grid = activity.histogram(session=session, learner_id=learner.id)
    assert grid[0][19] == 3 and grid[1][8] == 1 and sum(map(sum, grid)) == 4
    assert activity.best_hours(session, learner.id) == [19, 8]
    other = make_user(session)
    assert activity.best_hours_map(session, [learner.id, other.id]) == {learner.id: [19, 8]}
    set_preferences(session=session, learner_id=learner.id,
                    patch=PreferencesPatch(preferred_hours=[7]))
    assert activity.best_hours(session, learner.id) == [7]  # the learner's word wins
    assert activity.local_slot(moments[0], "Not/AZone") == (0, 23)  # unknown zone: UTC


def test_nudge_context_names_goals_milestones_style_and_hours(session: Session) -> None:
    coach, elsewhere = make_coach(session), make_coach(session)
    learner = make_user(session)
    learner.created_at = NOW - timedelta(days=30)  # signed up before as_of, so it has metrics
    coaching.enrol(session=session, learner=learner, coach=coach)
    coaching.enrol(session=session, learner=learner, coach=elsewhere)
    goal = profiles.create_goal(session=session, learner_id=learner.id, data=GoalIn(
        title="Run 10 km", unit="km", target_value=10, start_date=date(2026, 6, 1),
        target_date=date(2026, 6, 21), coach_id=coach.id,
        milestones=[MilestoneIn(title="5 km", due_date=date(2026, 6, 11))]))
    profiles.check_in(session=session, goal=goal, value=2, at=NOW - timedelta(days=1))
    profiles.create_goal(session=session, learner_id=learner.id, data=GoalIn(
        title="Other coach's goal", target_value=1, start_date=date(2026, 6, 1),
        target_date=date(2026, 7, 1), coach_id=elsewhere.id))
    activity.record(session=session, learner_id=learner.id, moments=[NOW, NOW])
    metrics.compute_snapshots(session=session, as_of=NOW, learner_ids=[learner.id])

    context = nudge_context(session, learner.id, coach.id, as_of=NOW)
    [item] = context["goals"]
    assert item["title"] == "Run 10 km" and item["current_value"] == 2
    assert item["progress"]["expected"] == 0.45 and not item["progress"]["on_track"]
    assert item["next_milestone"] == {"title": "5 km", "due_date": "2026-06-11"}
    assert context["milestones_due"] == [{"goal": "Run 10 km", "title": "5 km",
                                          "due_date": "2026-06-11"}]
    assert context["best_hours"] == [12] and context["preferred_channel"] is None
    assert context["style"]["tone"] == "neutral" and context["style"]["length"] == "medium"
    assert context["metrics"] is not None and context["metrics"]["day"] == "2026-06-10"
    assert context["learner"]["timezone"] == "UTC"


def test_profile_text_is_empty_for_an_unknown_learner(session: Session) -> None:
    learner = make_user(session)
    assert profile_text(session=session, learner_id=learner.id, coach_id=1) == ""


def test_the_channel_the_learner_opens_becomes_preferred(session: Session) -> None:
    coach, learner = make_coach(session), make_user(session)
    profile = get_profile(session=session, learner_id=learner.id)
    sent = [("email", False), ("email", False), ("email", True), ("web_push", True),
            ("web_push", True), ("in_app", True)]  # in_app: too few to judge
    for n, (channel, opened) in enumerate(sent):
        session.add(Nudge(learner_id=learner.id, coach_id=coach.id, trigger="inactivity",
                          channel=channel, status="sent", dedupe_key=f"k{learner.id}-{n}",
                          scheduled_for=NOW, next_attempt_at=NOW, sent_at=NOW,
                          opened_at=NOW if opened else None, context={}))
    session.flush()
    assert channels.learned_channel(session=session, learner_id=learner.id, now=NOW) == "web_push"
    channels.learn_channel(session=session, profile=profile, now=NOW)
    assert (profile.preferred_channel, profile.channel_source) == ("web_push", "learned")
    set_preferences(session=session, learner_id=learner.id,
                    patch=PreferencesPatch(preferred_channel="email"))
    channels.learn_channel(session=session, profile=profile, now=NOW)
    assert profile.preferred_channel == "email"  # the learner's own choice stands
