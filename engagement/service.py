"""Engagement services: enqueue candidates, approvals, rules, opt-out, notifications, charts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.coaching.models import Conversation, Message, MessageRole
from app.db import upsert_insert, utcnow
from app.settings import Settings
from engagement.lease import changed_rows
from engagement.models import (
    Notification,
    Nudge,
    NudgeOptOut,
    NudgeRules,
    NudgeStatus,
    PushSubscription,
    RulesIn,
)
from engagement.triggers import Candidate

KEYS_CHUNK = 5000
REPLY_WINDOW = timedelta(hours=48)


class EngagementError(ValueError):
    """A request about nudges cannot be done as asked (the message says why)."""


def existing_keys(*, session: Session, keys: Sequence[str]) -> set[str]:
    """Which of these dedupe keys are already in the outbox."""
    found: set[str] = set()
    for start in range(0, len(keys), KEYS_CHUNK):
        chunk = list(keys[start:start + KEYS_CHUNK])
        found.update(session.scalars(select(Nudge.dedupe_key).where(Nudge.dedupe_key.in_(chunk))))
    return found


def enqueue(*, session: Session, candidates: Sequence[Candidate], now: datetime) -> int:
    """Write new candidates to the outbox (a dedupe key already there is skipped); how many."""
    known = existing_keys(session=session, keys=[c.dedupe_key for c in candidates])
    rows = [
        {"learner_id": c.learner_id, "coach_id": c.coach_id, "trigger": c.trigger,
         "priority": c.priority, "goal_id": c.goal_id, "milestone_id": c.milestone_id,
         "channel": c.channel, "status": c.status, "dedupe_key": c.dedupe_key,
         "scheduled_for": c.scheduled_for, "next_attempt_at": c.scheduled_for,
         "context": c.context, "subject": "", "body": "", "html": "", "generated_by": "",
         "attempts": 0, "error": "", "created_at": now, "updated_at": now}
        for c in candidates if c.dedupe_key not in known
    ]
    if not rows:
        return 0
    # A concurrent run may have inserted the same key since the check: the constraint decides.
    statement = upsert_insert(session, Nudge).on_conflict_do_nothing(index_elements=["dedupe_key"])
    session.execute(statement, rows)
    session.flush()
    return len(rows)


def list_nudges(
    *, session: Session, coach_id: int, statuses: Sequence[NudgeStatus] | None = None,
    limit: int = 100,
) -> list[Nudge]:
    """A coach's nudges, newest first."""
    stmt = select(Nudge).where(Nudge.coach_id == coach_id)
    if statuses:
        stmt = stmt.where(Nudge.status.in_(list(statuses)))
    return list(session.scalars(stmt.order_by(Nudge.created_at.desc(), Nudge.id.desc())
                                .limit(limit)))


def coach_nudge(*, session: Session, coach_id: int, nudge_id: int) -> Nudge | None:
    """One of this coach's nudges, or None (another coach's nudge is None too)."""
    nudge = session.get(Nudge, nudge_id)
    return nudge if nudge is not None and nudge.coach_id == coach_id else None


def _awaiting(nudge: Nudge) -> None:
    """Refuse to review a nudge that is not waiting for approval."""
    if nudge.status is not NudgeStatus.PENDING_APPROVAL:
        raise EngagementError(f"this nudge is {nudge.status.value}, not waiting for approval")
    if nudge.generated_at is None:
        raise EngagementError("this nudge is still being written; try again in a minute")


def approve(*, session: Session, nudge: Nudge, reviewer_id: int, now: datetime | None = None
            ) -> Nudge:
    """Release a nudge for delivery (at its planned time, or now if that has passed)."""
    _awaiting(nudge)
    now = now or utcnow()
    nudge.status = NudgeStatus.QUEUED
    nudge.reviewed_by = reviewer_id
    nudge.next_attempt_at = max(nudge.scheduled_for, now)
    session.flush()
    return nudge


def reject(*, session: Session, nudge: Nudge, reviewer_id: int) -> Nudge:
    """Cancel a nudge waiting for approval."""
    _awaiting(nudge)
    nudge.status = NudgeStatus.CANCELLED
    nudge.reviewed_by = reviewer_id
    session.flush()
    return nudge


def edit(*, session: Session, nudge: Nudge, subject: str, body: str, reviewer_id: int) -> Nudge:
    """Change the text of a nudge waiting for approval (it stays in the queue)."""
    _awaiting(nudge)
    subject, body = subject.strip(), body.strip()
    if not subject or not body:
        raise EngagementError("a nudge needs a subject and a text")
    nudge.subject, nudge.body = subject[:200], body[:4000]
    nudge.generated_by = "coach"
    nudge.reviewed_by = reviewer_id
    session.flush()
    return nudge


def get_rules(*, session: Session, coach_id: int) -> NudgeRules | None:
    """A coach's own rules, or None when the defaults apply."""
    return session.get(NudgeRules, coach_id)


def rules_or_defaults(*, session: Session, coach_id: int, settings: Settings) -> RulesIn:
    """A coach's rules as the form and API show them (the defaults when never set)."""
    row = session.get(NudgeRules, coach_id)
    if row is not None:
        return RulesIn.model_validate(row)
    return RulesIn.model_validate({"daily_cap": settings.nudge_daily_cap,
                                   "quiet_start": settings.nudge_quiet_start,
                                   "quiet_end": settings.nudge_quiet_end})


def save_rules(*, session: Session, coach_id: int, rules: RulesIn) -> NudgeRules:
    """Store a coach's thresholds, caps, quiet hours and approval mode."""
    row = session.get(NudgeRules, coach_id)
    if row is None:
        row = NudgeRules(coach_id=coach_id)
        session.add(row)
    for name, value in rules.model_dump().items():
        setattr(row, name, value)
    session.flush()
    return row


def opted_out(*, session: Session, user_id: int) -> bool:
    """Whether a learner asked for no nudges."""
    return session.get(NudgeOptOut, user_id) is not None


def opt_out(*, session: Session, user_id: int, source: str) -> None:
    """Stop all nudges to a learner and cancel those not yet sent."""
    if session.get(NudgeOptOut, user_id) is None:
        session.add(NudgeOptOut(user_id=user_id, source=source[:40]))
    session.execute(
        update(Nudge)
        .where(Nudge.learner_id == user_id,
               Nudge.status.in_([NudgeStatus.QUEUED, NudgeStatus.PENDING_APPROVAL]))
        .values(status=NudgeStatus.CANCELLED, error="learner opted out")
        .execution_options(synchronize_session=False)
    )
    session.flush()


def opt_in(*, session: Session, user_id: int) -> None:
    """Allow nudges again."""
    row = session.get(NudgeOptOut, user_id)
    if row is not None:
        session.delete(row)
        session.flush()


def notifications(*, session: Session, user_id: int, limit: int = 50) -> list[Notification]:
    """A user's in-app notifications, newest first."""
    return list(session.scalars(
        select(Notification).where(Notification.user_id == user_id)
        .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(limit)))


def unread_count(*, session: Session, user_id: int) -> int:
    """How many in-app notifications the user has not read."""
    return int(session.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == user_id, Notification.read_at.is_(None))) or 0)


def mark_read(*, session: Session, user_id: int, notification_id: int | None = None) -> int:
    """Mark one notification (or all) read, and their nudges opened; how many changed."""
    now = utcnow()
    where = [Notification.user_id == user_id, Notification.read_at.is_(None)]
    if notification_id is not None:
        where.append(Notification.id == notification_id)
    nudge_ids = list(session.scalars(select(Notification.nudge_id).where(*where)))
    changed = changed_rows(session.execute(update(Notification).where(*where).values(read_at=now)
                              .execution_options(synchronize_session=False)))
    ids = [i for i in nudge_ids if i is not None]
    if ids:
        session.execute(update(Nudge).where(Nudge.id.in_(ids), Nudge.opened_at.is_(None))
                        .values(opened_at=now).execution_options(synchronize_session=False))
    session.flush()
    return int(changed or 0)


def mark_opened(*, session: Session, nudge_id: int) -> Nudge | None:
    """Record that the learner followed a nudge's link (the first time counts)."""
    nudge = session.get(Nudge, nudge_id)
    if nudge is None:
        return None
    now = utcnow()
    if nudge.opened_at is None:
        nudge.opened_at = now
    session.execute(update(Notification).where(Notification.nudge_id == nudge_id,
                                               Notification.read_at.is_(None))
                    .values(read_at=now).execution_options(synchronize_session=False))
    session.flush()
    return nudge


def subscribe_push(*, session: Session, user_id: int, endpoint: str, p256dh: str, auth: str,
                   user_agent: str = "") -> PushSubscription:
    """Store (or refresh) a browser's push subscription for this user."""
    row = session.scalar(select(PushSubscription).where(PushSubscription.endpoint == endpoint))
    if row is None:
        row = PushSubscription(user_id=user_id, endpoint=endpoint, p256dh=p256dh, auth=auth,
                               user_agent=user_agent[:300])
        session.add(row)
    else:
        row.user_id, row.p256dh, row.auth, row.disabled_at = user_id, p256dh, auth, None
    session.flush()
    return row


def unsubscribe_push(*, session: Session, user_id: int, endpoint: str) -> bool:
    """Forget a browser's subscription; False when this user had none with that endpoint."""
    row = session.scalar(select(PushSubscription).where(
        PushSubscription.endpoint == endpoint, PushSubscription.user_id == user_id))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


@dataclass(frozen=True)
class DayPoint:
    """One day of a coach's engagement chart."""

    day: date
    active_learners: int
    nudges_sent: int
    opened: int
    replied: int


def _per_day(session: Session, stmt: Any) -> dict[date, int]:
    """Counts keyed by day from (day, count) rows (SQLite answers strings)."""
    out: dict[date, int] = {}
    for day, count in session.execute(stmt):
        key = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
        out[key] = int(count)
    return out


def engagement_series(*, session: Session, coach_id: int, days: int = 30,
                      today: date | None = None) -> list[DayPoint]:
    """Per UTC day: learners who wrote, nudges sent, opened, and replied to within 48 hours."""
    today = today or utcnow().date()
    start = datetime.combine(today - timedelta(days=days - 1), datetime.min.time(), tzinfo=UTC)
    message_day = func.date(Message.created_at)
    active = (select(message_day, func.count(func.distinct(Conversation.learner_id)))
              .join(Conversation, Conversation.id == Message.conversation_id)
              .where(Conversation.coach_id == coach_id, Message.role == MessageRole.USER,
                     Message.created_at >= start)
              .group_by(message_day))
    sent_day = func.date(Nudge.sent_at)
    sent = (select(sent_day, func.count()).where(Nudge.coach_id == coach_id,
                                                Nudge.sent_at >= start).group_by(sent_day))
    opened = sent.where(Nudge.opened_at.is_not(None))
    counts = [_per_day(session, q) for q in (active, sent, opened)]
    counts.append(_replied(session, coach_id, start))
    return [DayPoint(day, *(c.get(day, 0) for c in counts))
            for day in (today - timedelta(days=n) for n in range(days - 1, -1, -1))]


def _replied(session: Session, coach_id: int, start: datetime) -> dict[date, int]:
    """Sent nudges answered by a learner message within 48 hours, per day sent."""
    sent = session.execute(select(Nudge.learner_id, Nudge.sent_at).where(
        Nudge.coach_id == coach_id, Nudge.sent_at >= start)).all()
    if not sent:
        return {}
    written: dict[int, list[datetime]] = {}
    for learner_id, at in session.execute(
        select(Conversation.learner_id, Message.created_at)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.coach_id == coach_id, Message.role == MessageRole.USER,
               Message.created_at >= start)
    ):
        written.setdefault(learner_id, []).append(at)
    out: dict[date, int] = {}
    for learner_id, sent_at in sent:
        if sent_at is None:
            continue
        if any(sent_at < at <= sent_at + REPLY_WINDOW for at in written.get(learner_id, ())):
            out[sent_at.date()] = out.get(sent_at.date(), 0) + 1
    return out
