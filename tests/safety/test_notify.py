"""Coach alerts: what the email says (and never says), and a failing SMTP server on record."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.db import unit_of_work
from app.mail import Mailer
from safety import service
from safety.models import CaseKind
from safety.notify import CaseNotifier, alert_email
from safety.ports import Assessment
from tests.factories import make_user
from tests.servers import free_port


def make_admin(session: Session) -> User:
    """The one admin of the test database."""
    return session.scalars(select(User).where(User.role == Role.ADMIN)).one()


def _case(sessions: sessionmaker[Session], *, owned: bool) -> int:
    with unit_of_work(sessions) as session:
        learner = make_user(session)
        owner = make_user(session, role=Role.COACH, email="owner@example.org")
        make_user(session, role=Role.ADMIN, email="admin@example.org")
        coach = coaching.create_coach(session=session, slug="maya", name="Maya",
                                      owner=owner if owned else None)
        case, _ = service.open_case(
            session=session, kind=CaseKind.CRISIS,
            assessment=Assessment(category="self_harm", severity="high"),
            learner_id=learner.id, coach_id=coach.id, conversation_id=None, message_id=None)
        return case.id


def test_the_alert_links_to_the_case_and_names_neither_category_nor_words(
    sessions: sessionmaker[Session],
) -> None:
    case_id = _case(sessions, owned=True)
    with sessions() as session:
        case = service.get_case(session=session, user=make_admin(session), case_id=case_id)
        assert case is not None
        email = alert_email(to="owner@example.org", case=case, coach_name="Maya",
                            public_url="https://lodestar.example.org/")
    assert f"https://lodestar.example.org/safety/cases/{case_id}" in email.text
    assert email.html is not None and f"/safety/cases/{case_id}" in email.html
    assert "self_harm" not in email.text and "self-harm" not in email.text
    assert email.headers["X-Lodestar-Case"] == str(case_id)


def test_an_unreachable_smtp_server_is_recorded_in_the_audit_trail(
    sessions: sessionmaker[Session],
) -> None:
    case_id = _case(sessions, owned=False)  # no owner: the admins are alerted
    mailer = Mailer(host="127.0.0.1", port=free_port(), sender="lodestar@example.org",
                    security="none", timeout=2.0)
    notifier = CaseNotifier(sessions=sessions, mailer=mailer, public_url="http://localhost")
    future = notifier.notify(case_id)
    assert future is not None
    future.result(timeout=30)
    notifier.close()
    with sessions() as session:
        admin = make_admin(session)
        case = service.get_case(session=session, user=admin, case_id=case_id)
        assert case is not None
        trail = [(e.action, e.note) for e in service.events(session=session, case=case)]
        admin_id = admin.id
    assert trail[0][0] == "opened"
    assert trail[1:] == [("email_failed", f"user {admin_id}")]


def test_without_smtp_only_the_inbox_is_used(sessions: sessionmaker[Session]) -> None:
    notifier = CaseNotifier(sessions=sessions, mailer=None, public_url="http://localhost")
    assert not notifier.emails_enabled and notifier.notify(1) is None
    notifier.close()
