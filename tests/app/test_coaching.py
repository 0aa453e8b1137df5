"""Coaches and enrolments, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from app.accounts.models import Role
from app.coaching import service as coaching
from tests.factories import make_coach, make_user


@pytest.mark.parametrize("slug", ["Bad Slug", "-lead", "trail-", "UPPER", "", "a" * 65])
def test_invalid_slugs_are_rejected(session: Session, slug: str) -> None:
    with pytest.raises(coaching.CoachingError, match="invalid slug"):
        coaching.create_coach(session=session, slug=slug, name="X")


def test_duplicate_slug_is_rejected(session: Session) -> None:
    make_coach(session, slug="maya")
    with pytest.raises(coaching.CoachingError, match="already exists"):
        make_coach(session, slug="maya")


def test_enrolment_is_idempotent_and_lists_the_coach(session: Session) -> None:
    learner, coach = make_user(session), make_coach(session, name="Ana")
    first = coaching.enrol(session=session, learner=learner, coach=coach)
    assert coaching.enrol(session=session, learner=learner, coach=coach).id == first.id
    assert [c.name for c in coaching.coaches_for_learner(session=session, learner=learner)] == [
        "Ana"
    ]


def test_only_learners_enrol_and_only_coaches_own(session: Session) -> None:
    coach_user = make_user(session, role=Role.COACH)
    learner, coach = make_user(session), make_coach(session)
    with pytest.raises(coaching.CoachingError, match="not a learner"):
        coaching.enrol(session=session, learner=coach_user, coach=coach)
    with pytest.raises(coaching.CoachingError, match="not a coach"):
        coaching.assign_owner(session=session, coach=coach, user=learner)
    coaching.assign_owner(session=session, coach=coach, user=coach_user)
    assert coach.owner_id == coach_user.id
