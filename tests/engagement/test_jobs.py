"""The evaluation job end to end: profiles' metrics, dry runs, enqueue, write and deliver."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from app.accounts.models import User
from app.coaching.models import Coach, Enrolment
from app.db import unit_of_work, utcnow
from app.settings import Settings
from engagement import service
from engagement.jobs import build_engagement, evaluate_and_enqueue, run_once
from engagement.models import Notification, Nudge, NudgeStatus
from profiles.models import BehaviourSnapshot
from tests.engagement.conftest import Outbox
from tests.engagement.support import say


def _silent_learner(outbox: Outbox) -> None:
    now = utcnow()
    with unit_of_work(outbox.sessions) as session:
        session.add(Enrolment(learner_id=outbox.learner_id, coach_id=outbox.coach_id,
                              created_at=now - timedelta(days=5)))
        session.flush()
        learner = session.get_one(User,
                                  outbox.learner_id)
        coach = session.get_one(Coach,
                                outbox.coach_id)
        say(session, learner, coach, now - timedelta(days=3))


def _count(outbox: Outbox, model: type) -> int:
    with unit_of_work(outbox.sessions) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_dry_run_writes_nothing_and_a_real_run_delivers_in_app(outbox: Outbox,
                                                              settings: Settings) -> None:
    _silent_learner(outbox)
    quiet = settings.model_copy(update={"nudge_quiet_start": 0, "nudge_quiet_end": 0})
    engagement = build_engagement(quiet, sessions=outbox.sessions, chain=None)
    dry = evaluate_and_enqueue(engagement, dry_run=True)
    assert len(dry.candidates) == 1 and dry.created == 0 and dry.snapshots >= 1
    assert _count(outbox, Nudge) == 0 and _count(outbox, BehaviourSnapshot) == 0
    result = run_once(engagement)
    assert result["evaluation"]["created"] == 1 and result["composed"] == 1
    assert result["delivery"]["by_channel"] == {"in_app": 1}  # no SMTP, no push keys
    assert _count(outbox, BehaviourSnapshot) >= 1  # profiles' metrics were refreshed
    assert _count(outbox, Notification) == 1
    again = run_once(engagement)
    assert again["evaluation"]["created"] == 0 and again["delivery"]["claimed"] == 0


def test_opting_out_cancels_what_is_queued_and_stops_evaluation(outbox: Outbox,
                                                                settings: Settings) -> None:
    _silent_learner(outbox)
    engagement = build_engagement(settings, sessions=outbox.sessions, chain=None)
    [queued] = outbox.add()
    with unit_of_work(outbox.sessions) as session:
        service.opt_out(session=session, user_id=outbox.learner_id, source="test")
    assert outbox.get(queued).status is NudgeStatus.CANCELLED
    assert evaluate_and_enqueue(engagement, dry_run=True).candidates == []
    with unit_of_work(outbox.sessions) as session:
        service.opt_in(session=session, user_id=outbox.learner_id)
        assert not service.opted_out(session=session, user_id=outbox.learner_id)


def test_the_engagement_series_counts_sent_opened_and_replied(outbox: Outbox) -> None:
    [a, b] = outbox.add(n=2)
    now = utcnow()
    with unit_of_work(outbox.sessions) as session:
        for nudge_id in (a, b):
            nudge = session.get_one(Nudge, nudge_id)
            nudge.status, nudge.sent_at = NudgeStatus.SENT, now - timedelta(hours=3)
        session.get_one(Nudge, a).opened_at = now - timedelta(hours=2)
        learner = session.get_one(User,
                                  outbox.learner_id)
        coach = session.get_one(Coach,
                                outbox.coach_id)
        say(session, learner, coach, now - timedelta(hours=1))
    with unit_of_work(outbox.sessions) as session:
        series = service.engagement_series(session=session, coach_id=outbox.coach_id, days=7)
    assert len(series) == 7
    by_day = {p.day: p for p in series}
    sent_day = (now - timedelta(hours=3)).date()
    assert by_day[sent_day].nudges_sent == 2 and by_day[sent_day].opened == 1
    assert by_day[sent_day].replied == 2
    assert sum(p.active_learners for p in series) == 1


def test_deleting_a_learner_removes_their_engagement_rows(outbox: Outbox) -> None:
    from sqlalchemy import delete

    from engagement.models import DeliveryAttempt, NudgeOptOut, PushSubscription

    [nudge_id] = outbox.add()
    with unit_of_work(outbox.sessions) as session:
        session.add(Notification(user_id=outbox.learner_id, nudge_id=nudge_id, title="t",
                                 body="b"))
        session.add(DeliveryAttempt(nudge_id=nudge_id, attempt=1, channel="email",
                                    outcome="sent"))
        session.add(PushSubscription(user_id=outbox.learner_id, endpoint="https://p.example/1",
                                     p256dh="k", auth="a"))
        session.add(NudgeOptOut(user_id=outbox.learner_id, source="test"))
    with unit_of_work(outbox.sessions) as session:
        session.execute(delete(User).where(User.id == outbox.learner_id))
    for model in (Nudge, Notification, DeliveryAttempt, PushSubscription, NudgeOptOut):
        assert _count(outbox, model) == 0, model
