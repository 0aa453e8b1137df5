"""Idempotent demo data: one coach, their ingested documents, a coach user and a learner."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts.models import Role
from app.coaching import service as coaching
from app.coaching.models import Coach
from knowledge.models import Document
from knowledge.pipeline import FileResult, IngestPipeline
from knowledge.service import ingest_bytes
from profiles.demo import seed_demo_goal

DEMO_DATA = Path(__file__).parent / "demo_data"
DEMO_PASSWORD = "lodestar-demo"
DEMO_COACH = {
    "slug": "maya",
    "name": "Maya Rivers",
    "expertise": "Habit building, focus and sustainable productivity",
    "methodology": (
        "Tiny Steps: shrink the habit until it is easy, anchor it to an existing routine, "
        "track it visibly, and review weekly without judgement."
    ),
    "communication_style": (
        "Warm and direct. Short paragraphs, plain words, one concrete next step, "
        "and at most one question at a time."
    ),
    "persona_prompt": "You are Maya Rivers, a habits coach who believes small wins compound.",
}
DEMO_USERS = (
    ("learner", "learner@demo.lodestar", "Sam Learner"),
    ("coach", "coach@demo.lodestar", "Maya Rivers"),
    ("admin", "admin@demo.lodestar", "Demo Admin"),
)


@dataclass
class DemoSummary:
    """What the demo seed holds, for printing."""

    coach_slug: str
    coach_name: str
    documents: int
    logins: list[tuple[str, str]] = field(default_factory=list)
    results: list[FileResult] = field(default_factory=list)


def seed_demo(*, session: Session, pipeline: IngestPipeline) -> DemoSummary:
    """Create whatever part of the demo data is missing; running twice changes nothing."""
    coach = coaching.get_by_slug(session=session, slug=DEMO_COACH["slug"])
    if coach is None:
        coach = coaching.create_coach(session=session, **DEMO_COACH)
    summary = DemoSummary(coach_slug=coach.slug, coach_name=coach.name, documents=0)
    for role_name, email, name in DEMO_USERS:
        role = Role(role_name)
        user = accounts.get_by_email(session=session, email=email)
        if user is None:
            user = accounts.create_user(
                session=session, email=email, password=DEMO_PASSWORD, role=role,
                display_name=name,
            )
        if role is Role.LEARNER:
            coaching.enrol(session=session, learner=user, coach=coach)
            seed_demo_goal(session=session, learner=user, coach=coach)
        elif role is Role.COACH and coach.owner_id is None:
            coaching.assign_owner(session=session, coach=coach, user=user)
        summary.logins.append((role_name, email))
    summary.results = _seed_documents(session=session, coach=coach, pipeline=pipeline)
    count = select(func.count()).select_from(Document).where(Document.coach_id == coach.id)
    summary.documents = int(session.scalar(count) or 0)
    return summary


def _seed_documents(
    *, session: Session, coach: Coach, pipeline: IngestPipeline
) -> list[FileResult]:
    """Ingest the demo documents; unchanged ones are skipped, so a second run embeds nothing."""
    return [
        ingest_bytes(session=session, coach=coach, filename=source.name,
                     data=source.read_bytes(), pipeline=pipeline)
        for source in sorted(DEMO_DATA.glob("*.md"))
    ]
