"""The crisis re-alert job: registered with the scheduler's jobs, run only by the leader."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.accounts.models import Role
from app.coaching.models import Coach
from app.db import make_engine, unit_of_work, utcnow
from app.settings import Settings
from engagement.jobs import build_engagement, scheduled_realert
from engagement.scheduler import JOB_REALERT, NudgeScheduler, active_scheduler
from safety import service
from safety.models import CaseKind, EscalationCase
from safety.ports import Assessment
from safety.realert import REALERTED, RealertPolicy
from tests.engagement.conftest import Outbox
from tests.engagement.smtp_sink import SmtpSink
from tests.factories import make_user


def _settings(outbox: Outbox, tmp_path: Path, smtp: SmtpSink) -> Settings:
    return Settings(database_url=outbox.url, data_dir=tmp_path / "data", secret_key="s" * 32,
                    smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_security="none",
                    escalation_realert_minutes=10, escalation_max_realerts=2,
                    public_url="http://lodestar.test")


def _stale_crisis_case(outbox: Outbox) -> int:
    """A crisis case of the outbox's coach, opened (and alerted) 11 minutes ago."""
    with unit_of_work(outbox.sessions) as session:
        owner = make_user(session, role=Role.COACH, email="maya@example.org")
        session.get_one(Coach, outbox.coach_id).owner_id = owner.id
        case, _ = service.open_case(
            session=session, kind=CaseKind.CRISIS, learner_id=outbox.learner_id,
            coach_id=outbox.coach_id, conversation_id=None, message_id=None,
            assessment=Assessment(category="suicide", severity="high", score=0.97))
        for event in service.events(session=session, case=case):
            event.created_at = utcnow() - timedelta(minutes=11)
        return case.id


def _reminders(outbox: Outbox, case_id: int) -> int:
    with unit_of_work(outbox.sessions) as session:
        case = session.get_one(EscalationCase, case_id)
        return sum(e.action == REALERTED for e in service.events(session=session, case=case))


def test_the_leader_registers_and_runs_the_realert_job(
    outbox: Outbox, tmp_path: Path, smtp: SmtpSink
) -> None:
    settings = _settings(outbox, tmp_path, smtp)
    case_id = _stale_crisis_case(outbox)
    scheduled_realert()  # no scheduler leads in this process yet: nothing happens
    assert _reminders(outbox, case_id) == 0
    engagement = build_engagement(settings, sessions=outbox.sessions, chain=None)
    scheduler = NudgeScheduler(engagement, engine=make_engine(outbox.url), holder="test:1:a")
    try:
        assert scheduler.elect_once() and active_scheduler() is scheduler
        jobs = scheduler.status()["jobs"]
        assert set(jobs) == {"nudges.evaluate", "nudges.deliver", JOB_REALERT}
        job = scheduler._scheduler.get_job(JOB_REALERT)
        assert job is not None and job.func_ref == "engagement.jobs:scheduled_realert"
        assert job.trigger.interval == RealertPolicy.from_settings(settings).check_interval
        assert job.trigger.interval == timedelta(minutes=2)
        scheduled_realert()  # what APScheduler calls, by name, on the leader
    finally:
        scheduler.stop()
    assert _reminders(outbox, case_id) == 1
    [message] = smtp.messages()
    assert message["To"] == "maya@example.org"
    assert message["X-Lodestar-Case"] == str(case_id)
    assert "http://lodestar.test/safety/cases/" in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert active_scheduler() is None


def test_a_heartbeat_that_ends_after_stop_starts_no_jobs(outbox: Outbox, tmp_path: Path,
                                                         smtp: SmtpSink) -> None:
    """The elector may outlive stop()'s join (a slow database); it must not restart the jobs."""
    engagement = build_engagement(_settings(outbox, tmp_path, smtp), sessions=outbox.sessions,
                                  chain=None)
    scheduler = NudgeScheduler(engagement, engine=make_engine(outbox.url), holder="test:1:late")
    scheduler.stop()  # stopped before this heartbeat finishes
    assert scheduler.elect_once() is False
    assert not scheduler._scheduler.running
    assert active_scheduler() is None
    assert scheduler.status()["lease_holder"] is None  # the late heartbeat gave the lease back
