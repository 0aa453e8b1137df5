"""The preferred channel learned from behaviour: where the learner actually opens nudges.

Engagement's `nudges` table (channel, sent_at, opened_at) is read through the shared metadata
rather than imported, so profiles does not depend on the engagement package. A channel the
learner chose by hand is never overridden.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.db import Base
from profiles.models import Channel, LearnerProfile
from profiles.service import record_change

WINDOW = timedelta(days=90)
MIN_SENT = 2


def learned_channel(*, session: Session, learner_id: int, now: datetime) -> str | None:
    """The channel whose nudges this learner opens most often (None without enough evidence)."""
    nudges = Base.metadata.tables.get("nudges")
    if nudges is None:
        return None
    opened = func.sum(case((nudges.c.opened_at.is_not(None), 1), else_=0))
    sent = func.count()
    rows = session.execute(
        select(nudges.c.channel, sent.label("sent"), opened.label("opened"))
        .where(nudges.c.learner_id == learner_id, nudges.c.sent_at.is_not(None),
               nudges.c.sent_at >= now - WINDOW)
        .group_by(nudges.c.channel)
    ).all()
    scored = [(int(o or 0) / int(s), int(o or 0), str(c)) for c, s, o in rows if s >= MIN_SENT]
    scored = [row for row in scored if row[1] > 0]
    if not scored:
        return None
    best = max(scored)[2]
    return best if best in {c.value for c in Channel} else None


def learn_channel(*, session: Session, profile: LearnerProfile, now: datetime) -> None:
    """Adopt the learned channel unless the learner set one themselves."""
    if profile.channel_source == "learner":
        return
    channel = learned_channel(session=session, learner_id=profile.learner_id, now=now)
    if channel is None or channel == profile.preferred_channel:
        return
    record_change(session=session, learner_id=profile.learner_id, field="preferred_channel",
                  old=profile.preferred_channel, new=channel, source="nudge-opens")
    profile.preferred_channel, profile.channel_source = channel, "learned"
