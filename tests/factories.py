"""Test data factories: valid objects with sensible defaults, overridable per test."""

from __future__ import annotations

import itertools

from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts.models import Role, User
from app.coaching import service as coaching
from app.coaching.models import Coach

PASSWORD = "correct horse battery"
_sequence = itertools.count(1)


def make_user(session: Session, *, role: Role = Role.LEARNER, email: str | None = None) -> User:
    """A user with a unique email and the shared test password."""
    n = next(_sequence)
    return accounts.create_user(
        session=session, email=email or f"user{n}@example.org", password=PASSWORD, role=role
    )


def make_coach(session: Session, *, slug: str | None = None, name: str = "Coach") -> Coach:
    """A coach with a unique slug."""
    n = next(_sequence)
    return coaching.create_coach(session=session, slug=slug or f"coach-{n}", name=name)
