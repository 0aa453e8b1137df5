"""Coach and enrolment service functions."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import Role, User
from app.coaching.models import Coach, Enrolment

SLUG_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


class CoachingError(ValueError):
    """A coaching request that cannot be carried out; the message says why."""


def get_by_slug(*, session: Session, slug: str) -> Coach | None:
    """Find a coach by slug."""
    return session.scalar(select(Coach).where(Coach.slug == slug))


def create_coach(
    *,
    session: Session,
    slug: str,
    name: str,
    expertise: str = "",
    methodology: str = "",
    communication_style: str = "",
    persona_prompt: str = "",
    owner: User | None = None,
) -> Coach:
    """Create a coach; the slug must be lower-case letters, digits and hyphens."""
    if not SLUG_PATTERN.match(slug):
        raise CoachingError(
            f"invalid slug {slug!r}: use lower-case letters, digits and hyphens (max 64)"
        )
    if not name.strip():
        raise CoachingError("a coach needs a name")
    if get_by_slug(session=session, slug=slug) is not None:
        raise CoachingError(f"a coach with slug {slug!r} already exists")
    coach = Coach(
        slug=slug,
        name=name.strip(),
        expertise=expertise,
        methodology=methodology,
        communication_style=communication_style,
        persona_prompt=persona_prompt,
        owner_id=owner.id if owner else None,
    )
    session.add(coach)
    session.flush()
    return coach


def assign_owner(*, session: Session, coach: Coach, user: User) -> None:
    """Make a coach-role user the owner of a coach."""
    if user.role is not Role.COACH:
        raise CoachingError(f"{user.email} is a {user.role.value}, not a coach")
    coach.owner_id = user.id
    session.flush()


def enrol(*, session: Session, learner: User, coach: Coach) -> Enrolment:
    """Enrol a learner with a coach; enrolling twice returns the existing enrolment."""
    if learner.role is not Role.LEARNER:
        raise CoachingError(f"{learner.email} is a {learner.role.value}, not a learner")
    existing = session.scalar(
        select(Enrolment).where(Enrolment.learner_id == learner.id, Enrolment.coach_id == coach.id)
    )
    if existing is not None:
        return existing
    enrolment = Enrolment(learner_id=learner.id, coach_id=coach.id)
    session.add(enrolment)
    session.flush()
    return enrolment


def coaches_for_learner(*, session: Session, learner: User) -> list[Coach]:
    """The coaches a learner is enrolled with."""
    stmt = (
        select(Coach)
        .join(Enrolment, Enrolment.coach_id == Coach.id)
        .where(Enrolment.learner_id == learner.id)
        .order_by(Coach.name)
    )
    return list(session.scalars(stmt))


def list_coaches(*, session: Session) -> list[Coach]:
    """All coaches, by name."""
    return list(session.scalars(select(Coach).order_by(Coach.name)))
