"""The learned profile as the learner sees it, and the learner's edits to it."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.accounts.models import User
from app.db import utcnow
from profiles import activity, metrics
from profiles.models import (
    ActivityCount,
    AnswerFeedback,
    BehaviourSnapshot,
    LearnerProfile,
    PreferencesPatch,
    ProfileChange,
)
from profiles.service import ProfileError, get_profile, length_label, record_change
from profiles.style import StyleFeatures, describe

HISTORY_SHOWN = 200


def profile_view(*, session: Session, learner_id: int, history: bool = True) -> dict[str, Any]:
    """Everything learned about a learner, ready for JSON or a template."""
    user = session.get(User, learner_id)
    profile = session.get(LearnerProfile, learner_id)
    style = None
    if profile is not None and profile.style_samples:
        style = {"formality": profile.formality, "verbosity": profile.verbosity,
                 "directness": profile.directness, "emoji": profile.emoji,
                 "samples": profile.style_samples, "summary": profile.style_summary,
                 "description": describe(StyleFeatures(profile.formality, profile.verbosity,
                                                       profile.directness, profile.emoji))}
    learned = profile.topics or {} if profile else {}
    topics = sorted(learned.items(), key=lambda kv: (-kv[1], kv[0]))
    snapshot = metrics.latest(session, learner_id)
    view: dict[str, Any] = {
        "timezone": user.timezone if user else "UTC",
        "topics": [{"topic": t, "count": n} for t, n in topics],
        "answer_length": {"score": profile.length_score if profile else 0.0,
                          "label": length_label(profile.length_score if profile else 0.0)},
        "preferred_channel": profile.preferred_channel if profile else None,
        "preferred_hours": list(profile.preferred_hours or []) if profile else [],
        "best_hours": activity.best_hours(session, learner_id),
        "style": style,
        "activity": activity.histogram(session=session, learner_id=learner_id),
        "metrics": None if snapshot is None else {
            "day": snapshot.day.isoformat(), "engagement": snapshot.engagement,
            "motivation": snapshot.motivation, "abandonment_risk": snapshot.abandonment_risk},
    }
    ratings = session.execute(
        select(AnswerFeedback.rating, AnswerFeedback.reason, func.count())
        .where(AnswerFeedback.learner_id == learner_id)
        .group_by(AnswerFeedback.rating, AnswerFeedback.reason)
    ).all()
    view["feedback"] = [{"rating": r.value, "reason": why.value if why else None, "count": n}
                        for r, why, n in ratings]
    if history:
        rows = session.scalars(select(ProfileChange).where(ProfileChange.learner_id == learner_id)
                               .order_by(ProfileChange.id.desc()).limit(HISTORY_SHOWN))
        view["history"] = [{"id": c.id, "field": c.field, "old": c.old_value, "new": c.new_value,
                            "source": c.source, "at": c.created_at.isoformat()} for c in rows]
    return view


def set_preferences(*, session: Session, learner_id: int, patch: PreferencesPatch) -> None:
    """Apply the learner's own channel and hour preferences (recorded as source 'learner')."""
    profile = get_profile(session=session, learner_id=learner_id)
    fields = patch.model_fields_set
    if "preferred_channel" in fields:
        new = patch.preferred_channel.value if patch.preferred_channel else None
        record_change(session=session, learner_id=learner_id, field="preferred_channel",
                      old=profile.preferred_channel, new=new, source="learner")
        profile.preferred_channel = new
        profile.channel_source = "learner" if new else ""
    if "preferred_hours" in fields:
        hours = sorted(set(patch.preferred_hours or []))
        if any(not 0 <= h <= 23 for h in hours):
            raise ProfileError("hours are 0 to 23 (your local time)")
        record_change(session=session, learner_id=learner_id, field="preferred_hours",
                      old=",".join(map(str, profile.preferred_hours or [])),
                      new=",".join(map(str, hours)), source="learner")
        profile.preferred_hours = hours
    if "timezone" in fields and patch.timezone is not None:
        _set_timezone(session=session, learner_id=learner_id, name=patch.timezone.strip())
    session.flush()


def _set_timezone(*, session: Session, learner_id: int, name: str) -> None:
    """Change the user's time zone (activity and nudge hours are local to it)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ProfileError(f"unknown time zone {name!r}; use a name like Europe/Paris") from None
    user = session.get(User, learner_id)
    if user is not None and user.timezone != name:
        record_change(session=session, learner_id=learner_id, field="timezone",
                      old=user.timezone, new=name, source="learner")
        user.timezone = name


def forget(*, session: Session, learner_id: int, entry: str, topic: str | None = None) -> None:
    """Erase one part of the learned profile; the erasure is recorded, the content is not."""
    profile = get_profile(session=session, learner_id=learner_id)
    if entry == "topics":
        topics = dict(profile.topics or {})
        removed = [topic] if topic else list(topics)
        for name in removed:
            topics.pop(name, None)
        profile.topics = topics
        label = f"topics.{topic}" if topic else "topics"
        record_change(session=session, learner_id=learner_id, field=label, old="(set)",
                      new="(forgotten)", source="learner")
    elif entry == "style":
        profile.formality = profile.verbosity = profile.directness = 0.5
        profile.emoji, profile.style_samples, profile.style_summary = 0.0, 0, ""
        record_change(session=session, learner_id=learner_id, field="style", old="(learned)",
                      new="(forgotten)", source="learner")
    elif entry == "answer_length":
        record_change(session=session, learner_id=learner_id, field="length_score",
                      old=profile.length_score, new=0.0, source="learner")
        profile.length_score = 0.0
    elif entry == "channel":
        record_change(session=session, learner_id=learner_id, field="preferred_channel",
                      old=profile.preferred_channel, new=None, source="learner")
        profile.preferred_channel, profile.channel_source = None, ""
    elif entry == "hours":
        profile.preferred_hours = []
    elif entry == "activity":
        session.execute(delete(ActivityCount).where(ActivityCount.learner_id == learner_id))
    elif entry == "history":
        session.execute(delete(ProfileChange).where(ProfileChange.learner_id == learner_id))
    elif entry == "feedback":
        session.execute(delete(AnswerFeedback).where(AnswerFeedback.learner_id == learner_id))
    elif entry == "metrics":
        session.execute(delete(BehaviourSnapshot).where(
            BehaviourSnapshot.learner_id == learner_id))
    else:
        raise ProfileError(f"unknown profile entry {entry!r}")
    session.flush()


def refresh_metrics(*, session: Session, learner_id: int) -> None:
    """Compute today's behaviour metrics for one learner if none are stored for today."""
    today = utcnow().date()
    latest = metrics.latest(session, learner_id)
    if latest is None or latest.day < today:
        metrics.compute_snapshots(session=session, as_of=utcnow(), learner_ids=[learner_id])
