"""Quiet hours across time zones, delivery at the learner's usual hours, channel choice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from engagement.models import NudgeChannel, NudgeRules, PushSubscription
from engagement.timing import Channels, choose_channel, delivery_time, in_quiet_hours
from engagement.triggers import evaluate
from profiles.models import ActivityCount, LearnerProfile
from tests.engagement.support import AS_OF, learner, say

TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")


def test_quiet_hours_wrap_midnight() -> None:
    assert {h for h in range(24) if in_quiet_hours(h, 21, 8)} == {21, 22, 23, *range(8)}
    assert [h for h in range(24) if in_quiet_hours(h, 13, 15)] == [13, 14]
    assert not any(in_quiet_hours(h, 9, 9) for h in range(24))


def test_a_time_in_quiet_hours_moves_to_their_end_in_the_learners_zone() -> None:
    # 14:00 UTC is 23:00 in Tokyo: quiet until 08:00 Tokyo, which is 23:00 UTC the same day.
    at = datetime(2030, 3, 13, 14, 0, tzinfo=UTC)
    assert delivery_time(at, TOKYO, [], 21, 8) == datetime(2030, 3, 13, 23, 0, tzinfo=UTC)
    # 03:00 UTC is 23:00 the evening before in New York (EDT, UTC-4 from 10 March 2030).
    at = datetime(2030, 3, 14, 3, 0, tzinfo=UTC)
    assert delivery_time(at, NEW_YORK, [], 21, 8) == datetime(2030, 3, 14, 12, 0, tzinfo=UTC)
    # Just after midnight, local: the end of quiet hours is the same local day.
    at = datetime(2030, 3, 13, 15, 30, tzinfo=UTC)  # 00:30 in Tokyo
    assert delivery_time(at, TOKYO, [], 21, 8) == datetime(2030, 3, 13, 23, 0, tzinfo=UTC)


def test_outside_quiet_hours_without_usual_hours_is_now() -> None:
    assert delivery_time(AS_OF, ZoneInfo("UTC"), [], 21, 8) == AS_OF


def test_the_next_usual_hour_that_is_not_quiet_wins() -> None:
    at = datetime(2030, 3, 13, 1, 0, tzinfo=UTC)  # 10:00 in Tokyo
    # 18:00 Tokyo today beats 07:00 (quiet) and 09:00 (tomorrow).
    assert delivery_time(at, TOKYO, [7, 9, 18], 21, 8) == datetime(2030, 3, 13, 9, 0,
                                                                     tzinfo=UTC)
    # The current hour counts: send now.
    assert delivery_time(at, TOKYO, [10], 21, 8) == at
    # An hour already past today waits until tomorrow.
    assert delivery_time(at, TOKYO, [9], 21, 8) == datetime(2030, 3, 14, 0, 0, tzinfo=UTC)
    # Only quiet usual hours: fall back to now (not quiet).
    assert delivery_time(at, TOKYO, [22, 23], 21, 8) == at


def test_channel_choice() -> None:
    both = Channels(email=True, web_push=True)
    assert choose_channel(None, has_push=False, channels=both) is NudgeChannel.EMAIL
    assert choose_channel("web_push", has_push=True, channels=both) is NudgeChannel.WEB_PUSH
    assert choose_channel("web_push", has_push=False, channels=both) is NudgeChannel.EMAIL
    assert choose_channel("in_app", has_push=True, channels=both) is NudgeChannel.IN_APP
    no_mail = Channels(email=False, web_push=False)
    assert choose_channel("email", has_push=False, channels=no_mail) is NudgeChannel.IN_APP
    assert choose_channel("web_push", has_push=True, channels=no_mail) is NudgeChannel.IN_APP


def test_evaluation_uses_zone_best_hours_quiet_hours_and_channel(session: Session) -> None:
    tokyo, coach = learner(session, tz="Asia/Tokyo")
    say(session, tokyo, coach, AS_OF - timedelta(days=2))
    for hour, count in ((19, 9), (7, 5), (12, 1)):  # local hours; 19:00 is the busiest
        session.add(ActivityCount(learner_id=tokyo.id, weekday=2, hour=hour, count=count))
    session.add(LearnerProfile(learner_id=tokyo.id, preferred_channel="web_push"))
    session.add(PushSubscription(user_id=tokyo.id, endpoint=f"https://push.example/{tokyo.id}",
                                 p256dh="k", auth="a"))
    night, coach2 = learner(session, tz="America/New_York")
    say(session, night, coach2, AS_OF - timedelta(days=2))
    session.add(NudgeRules(coach_id=coach2.id, quiet_start=7, quiet_end=10))
    session.add(LearnerProfile(learner_id=night.id, preferred_channel="in_app",
                               preferred_hours=[7]))
    session.flush()
    found = {c.learner_id: c for c in evaluate(session, AS_OF)}
    # Noon UTC is 21:00 in Tokyo, past the busiest hour (19:00): 19:00 tomorrow, 10:00 UTC.
    assert found[tokyo.id].scheduled_for == datetime(2030, 3, 14, 10, 0, tzinfo=UTC)
    assert found[tokyo.id].channel is NudgeChannel.WEB_PUSH
    assert found[tokyo.id].timezone == "Asia/Tokyo"
    assert found[tokyo.id].dedupe_key.endswith(":2030-03-13")
    # 08:00 in New York is inside this coach's quiet hours (7-10): 10:00 local, 14:00 UTC.
    assert found[night.id].scheduled_for == datetime(2030, 3, 13, 14, 0, tzinfo=UTC)
    assert found[night.id].channel is NudgeChannel.IN_APP
