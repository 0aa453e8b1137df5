"""Engagement fixtures: a committed (not rolled-back) database, an SMTP sink, outbox rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app import migrate
from app.accounts.models import Role
from app.db import make_engine, make_session_factory, unit_of_work, utcnow
from app.mail import Mailer
from engagement.delivery import Deliverer
from engagement.models import Nudge, NudgeChannel, NudgeStatus, Trigger
from tests.engagement.smtp_sink import SmtpSink
from tests.factories import make_coach, make_user

SECRET = "test-secret-" + "x" * 24
PUBLIC_URL = "http://lodestar.test"


@dataclass
class Outbox:
    """A migrated database whose units of work commit, with one learner and one coach."""

    url: str
    sessions: sessionmaker[Session]
    learner_id: int
    coach_id: int

    def add(self, *, channel: NudgeChannel = NudgeChannel.EMAIL, n: int = 1,
            due: datetime | None = None, status: NudgeStatus = NudgeStatus.QUEUED,
            learner_id: int | None = None) -> list[int]:
        """Queue n written nudges due now (or at `due`); their ids."""
        when = due or utcnow() - timedelta(seconds=1)
        ids = []
        with unit_of_work(self.sessions) as session:
            for _ in range(n):
                nudge = Nudge(
                    learner_id=learner_id or self.learner_id, coach_id=self.coach_id,
                    trigger=Trigger.INACTIVITY, priority=10, channel=channel, status=status,
                    dedupe_key=f"k{utcnow().timestamp()}-{len(ids)}-{id(session)}",
                    scheduled_for=when, next_attempt_at=when, subject="Maya: how are things?",
                    body="It has been a few days.\nWhat is one small step for today?",
                    generated_at=utcnow(), generated_by="template")
                session.add(nudge)
                session.flush()
                ids.append(nudge.id)
        return ids

    def get(self, nudge_id: int) -> Nudge:
        """A fresh copy of a nudge."""
        with unit_of_work(self.sessions) as session:
            return session.get_one(Nudge, nudge_id)


@pytest.fixture
def outbox(empty_database_url: str) -> Iterator[Outbox]:
    """A migrated database on SQLite and PostgreSQL with a learner and a coach."""
    migrate.upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    sessions = make_session_factory(engine)
    with unit_of_work(sessions) as session:
        learner = make_user(session, role=Role.LEARNER, email="ada@example.org")
        learner.display_name = "Ada"
        coach = make_coach(session, name="Maya")
        ids = (learner.id, coach.id)
    yield Outbox(url=empty_database_url, sessions=sessions, learner_id=ids[0], coach_id=ids[1])
    engine.dispose()


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    """A real SMTP server on loopback."""
    with SmtpSink() as sink:
        yield sink


def make_mailer(sink: SmtpSink) -> Mailer:
    """A mailer for the sink (plain SMTP on loopback)."""
    return Mailer(host="127.0.0.1", port=sink.port, security="none", timeout=5,
                  sender="Maya via Lodestar <nudges@lodestar.test>")


def make_deliverer(outbox: Outbox, mailer: Mailer | None, **kwargs: object) -> Deliverer:
    """A deliverer on the outbox's database."""
    return Deliverer(sessions=outbox.sessions, secret=SECRET, public_url=PUBLIC_URL,
                     mailer=mailer, push=kwargs.pop("push", None), **kwargs)  # type: ignore[arg-type]
