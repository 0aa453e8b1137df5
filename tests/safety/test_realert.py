"""Re-alerts of unacknowledged crisis cases: which cases are due, the emails, the admins."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.db import unit_of_work, utcnow
from app.mail import Mailer
from safety import realert, service
from safety.models import CaseEvent, CaseKind, CaseStatus, EscalationCase
from safety.ports import Assessment
from tests.engagement.smtp_sink import SmtpSink
from tests.factories import make_user

POLICY = realert.RealertPolicy(window=timedelta(minutes=15), max_realerts=3)
CRISIS = Assessment(category="self_harm", severity="high", score=0.93)


def _open(session: Session, coach_id: int, learner_id: int, *, kind: CaseKind = CaseKind.CRISIS,
          opened: datetime, realerts: list[datetime] | None = None,
          status: CaseStatus = CaseStatus.OPEN) -> int:
    """A case opened at `opened`, with re-alert events at the given times."""
    case, _ = service.open_case(session=session, kind=kind, assessment=CRISIS,
                                learner_id=learner_id, coach_id=coach_id, conversation_id=None,
                                message_id=None)
    case.created_at = opened
    for event in service.events(session=session, case=case):
        event.created_at = opened
    for when in realerts or []:
        service.add_event(session=session, case=case, actor_id=None, action=realert.REALERTED,
                          note="reminder", at=when)
    case.status = status
    session.flush()
    return case.id


def test_only_open_crisis_cases_past_the_window_with_reminders_left_are_due(
    session: Session,
) -> None:
    now = utcnow()
    learner = make_user(session)
    owner = make_user(session, role=Role.COACH, email="owner@example.org")
    coach = coaching.create_coach(session=session, slug="maya", name="Maya", owner=owner)
    ago = lambda minutes: now - timedelta(minutes=minutes)  # noqa: E731
    ids = {
        "past the window": _open(session, coach.id, learner.id, opened=ago(16)),
        "reminded twice, last long ago": _open(session, coach.id, learner.id, opened=ago(90),
                                               realerts=[ago(60), ago(40)]),
        "within the window": _open(session, coach.id, learner.id, opened=ago(14)),
        "reminded recently": _open(session, coach.id, learner.id, opened=ago(60),
                                   realerts=[ago(5)]),
        "at the maximum": _open(session, coach.id, learner.id, opened=ago(120),
                                realerts=[ago(90), ago(60), ago(30)]),
        "acknowledged": _open(session, coach.id, learner.id, opened=ago(60),
                              status=CaseStatus.ACKNOWLEDGED),
        "resolved": _open(session, coach.id, learner.id, opened=ago(60),
                          status=CaseStatus.RESOLVED),
        "review": _open(session, coach.id, learner.id, opened=ago(60), kind=CaseKind.REVIEW),
    }
    due = realert.due_cases(session=session, policy=POLICY, now=now)
    assert [d.case_id for d in due] == [ids["reminded twice, last long ago"],
                                        ids["past the window"]]  # longest waiting first
    assert [d.realerts for d in due] == [2, 0]
    assert due[1].last_alert == ago(16) and due[1].coach_id == coach.id
    assert realert.due_cases(session=session, policy=realert.RealertPolicy(
        window=timedelta(minutes=15), max_realerts=0), now=now) == []


def test_recording_a_reminder_rechecks_the_case(session: Session) -> None:
    now = utcnow()
    learner = make_user(session)
    owner = make_user(session, role=Role.COACH, email="owner@example.org")
    admin = make_user(session, role=Role.ADMIN, email="admin@example.org")
    coach = coaching.create_coach(session=session, slug="maya", name="Maya", owner=owner)
    case_id = _open(session, coach.id, learner.id, opened=now - timedelta(minutes=20))
    first = realert.record_realert(session=session, case_id=case_id, policy=POLICY, now=now)
    assert first is not None and first.number == 1 and not first.admins_included
    assert first.recipients == ((owner.id, "owner@example.org", False),)
    # Recorded at `now`: not due again until a window later, however often the job runs.
    assert realert.record_realert(session=session, case_id=case_id, policy=POLICY,
                                  now=now + timedelta(minutes=1)) is None
    second = realert.record_realert(session=session, case_id=case_id, policy=POLICY,
                                    now=now + timedelta(minutes=16))
    assert second is not None and second.number == 2 and second.admins_included
    assert second.recipients == ((owner.id, "owner@example.org", False),
                                 (admin.id, "admin@example.org", True))
    case = session.get_one(EscalationCase, case_id)
    service.acknowledge(session=session, case=case, actor=owner)
    assert realert.record_realert(session=session, case_id=case_id, policy=POLICY,
                                  now=now + timedelta(hours=1)) is None
    notes = [e.note for e in service.events(session=session, case=case)
             if e.action == realert.REALERTED]
    assert notes == [f"reminder 1 of 3; to user {owner.id}",
                     f"reminder 2 of 3, admins included; to user {owner.id}, user {admin.id}"]


def _world(sessions: sessionmaker[Session]) -> tuple[int, int, int]:
    """A crisis case of an owned persona opened now; (case, owner, admin) ids."""
    with unit_of_work(sessions) as session:
        learner = make_user(session)
        owner = make_user(session, role=Role.COACH, email="owner@example.org")
        admin = make_user(session, role=Role.ADMIN, email="admin@example.org")
        make_user(session, role=Role.ADMIN, email="retired@example.org").is_active = False
        coach = coaching.create_coach(session=session, slug="maya", name="Maya", owner=owner)
        case, _ = service.open_case(session=session, kind=CaseKind.CRISIS, assessment=CRISIS,
                                    learner_id=learner.id, coach_id=coach.id,
                                    conversation_id=None, message_id=None)
        return case.id, owner.id, admin.id


def _trail(sessions: sessionmaker[Session], case_id: int) -> list[tuple[str, str]]:
    with sessions() as session:
        case = session.get_one(EscalationCase, case_id)
        return [(e.action, e.note) for e in service.events(session=session, case=case)]


def test_reminders_are_emailed_and_reach_the_admins_from_the_second(
    sessions: sessionmaker[Session],
) -> None:
    case_id, owner_id, admin_id = _world(sessions)
    start = utcnow()
    with SmtpSink() as sink:
        mailer = Mailer(host="127.0.0.1", port=sink.port, sender="lodestar@example.org",
                        security="none", timeout=5)

        def run(minutes: float) -> realert.RealertReport:
            return realert.run_realerts(sessions=sessions, mailer=mailer, public_url=
                                        "https://lodestar.example.org/", policy=POLICY,
                                        now=start + timedelta(minutes=minutes))

        assert run(10).as_dict() == {"due": 0, "realerted": 0, "emailed": 0, "failed": 0}
        assert run(16).as_dict() == {"due": 1, "realerted": 1, "emailed": 1, "failed": 0}
        first = sink.messages()
        assert run(20).realerted == 0  # the window counts from the last reminder
        assert run(32).as_dict() == {"due": 1, "realerted": 1, "emailed": 2, "failed": 0}
        second = sink.messages()[1:]
        assert run(48).emailed == 2
        assert run(70).as_dict() == {"due": 0, "realerted": 0, "emailed": 0, "failed": 0}
        total = len(sink.messages())
    assert [m["To"] for m in first] == ["owner@example.org"]
    assert first[0]["Subject"] == (
        f"Still unacknowledged: a learner may be in crisis (case #{case_id})")
    assert first[0]["X-Lodestar-Case"] == str(case_id) and first[0]["X-Lodestar-Reminder"] == "1"
    body = first[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"https://lodestar.example.org/safety/cases/{case_id}" in body
    assert "reminder 1 of 3" in body and "self_harm" not in body and "self-harm" not in body
    assert "admin" not in body
    assert sorted(m["To"] for m in second) == ["admin@example.org", "owner@example.org"]
    to_admin = next(m for m in second if m["To"] == "admin@example.org")
    assert "as a Lodestar admin" in to_admin.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert total == 5  # 1 + 2 + 2, and nothing after the third reminder
    trail = _trail(sessions, case_id)
    assert [a for a, _ in trail] == ["opened", "realerted", "emailed", "realerted", "emailed",
                                     "emailed", "realerted", "emailed", "emailed"]
    assert ("emailed", f"user {admin_id}, reminder 2") in trail
    assert ("emailed", f"user {owner_id}, reminder 3") in trail


def test_an_acknowledged_case_is_never_reminded_and_smtp_failures_are_recorded(
    sessions: sessionmaker[Session],
) -> None:
    case_id, owner_id, _ = _world(sessions)
    later = utcnow() + timedelta(minutes=16)
    with SmtpSink() as sink:
        sink.refuse_next = 1
        mailer = Mailer(host="127.0.0.1", port=sink.port, sender="lodestar@example.org",
                        security="none", timeout=5)
        report = realert.run_realerts(sessions=sessions, mailer=mailer, public_url="http://x",
                                      policy=POLICY, now=later)
        assert report.as_dict() == {"due": 1, "realerted": 1, "emailed": 0, "failed": 1}
        assert ("email_failed", f"user {owner_id}, reminder 1") in _trail(sessions, case_id)
        with unit_of_work(sessions) as session:
            service.acknowledge(session=session, case=session.get_one(EscalationCase, case_id),
                                actor=session.get_one(User, owner_id))
        report = realert.run_realerts(sessions=sessions, mailer=mailer, public_url="http://x",
                                      policy=POLICY, now=later + timedelta(hours=2))
        assert report.due == 0 and sink.messages() == []


def test_without_smtp_the_reminder_is_still_on_record(sessions: sessionmaker[Session]) -> None:
    case_id, _, _ = _world(sessions)
    report = realert.run_realerts(sessions=sessions, mailer=None, public_url="http://x",
                                  policy=POLICY, now=utcnow() + timedelta(minutes=16))
    assert report.as_dict() == {"due": 1, "realerted": 1, "emailed": 0, "failed": 0}
    assert [a for a, _ in _trail(sessions, case_id)] == ["opened", "realerted"]


def test_the_check_runs_a_few_times_per_window() -> None:
    assert POLICY.check_interval == timedelta(minutes=3)
    assert realert.RealertPolicy(timedelta(minutes=1), 3).check_interval == timedelta(seconds=30)
    assert realert.RealertPolicy(timedelta(hours=2), 3).check_interval == timedelta(minutes=5)


def test_the_alert_history_reads_the_trail() -> None:
    now = utcnow()
    events = [CaseEvent(action=action, note=note, created_at=now) for action, note in [
        ("opened", "self_harm/high (message 4)"), ("emailed", "user 7"), ("note", "called"),
        ("realerted", "reminder 1 of 3; to user 7"), ("email_failed", "user 7, reminder 1")]]
    history = realert.alert_history(events)
    assert [(h.action, h.label, h.user_id, h.reminder) for h in history] == [
        ("opened", "First alert: the case appeared in the escalations inbox", None, None),
        ("emailed", "Email sent", 7, None),
        ("realerted", "Re-alert: reminder 1 of 3", None, None),
        ("email_failed", "Email failed", 7, 1)]
