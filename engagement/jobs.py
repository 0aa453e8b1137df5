"""The engagement jobs: evaluate and enqueue, write the texts, deliver the outbox.

Each is a plain function over an `Engagement` (the parts a job needs, built once by the app
or the worker). A scheduled run goes through `scheduled_evaluate` / `scheduled_deliver`, which
APScheduler stores by name in its database job store; they find the process's scheduler and
do nothing unless it still holds the lease. `scheduled_realert` runs safety's re-alerts of
unacknowledged crisis cases (`safety.realert`) under the same lease, so only one process does.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app import metrics
from app.coaching.models import Coach
from app.db import unit_of_work, utcnow
from app.mail import Mailer
from app.settings import Settings
from engagement import generate, service
from engagement.delivery import Deliverer, DeliveryReport
from engagement.lease import changed_rows
from engagement.models import Nudge, NudgeStatus
from engagement.push import PushSender, load_keys
from engagement.timing import Channels
from engagement.triggers import Candidate, Thresholds, evaluate
from models.ports import ChatModel
from profiles.context import nudge_context
from profiles.metrics import compute_snapshots
from safety.ports import PassThroughSafety, SafetyHook

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class Engagement:
    """What the engagement jobs need: database, settings, models, safety and delivery."""

    settings: Settings
    sessions: sessionmaker[Session]
    chain: ChatModel | None
    safety: SafetyHook
    deliverer: Deliverer
    defaults: Thresholds
    channels: Channels


def build_engagement(
    settings: Settings, *, sessions: sessionmaker[Session], chain: ChatModel | None,
    safety: SafetyHook | None = None, mailer: Mailer | None = None,
    push: PushSender | None = None,
) -> Engagement:
    """The engagement runtime from settings (mailer and push sender built if not given)."""
    mailer = mailer or Mailer.from_settings(settings)
    if push is None:
        keys = load_keys(settings)
        push = PushSender(keys, subject=settings.vapid_subject) if keys else None
    deliverer = Deliverer(
        sessions=sessions, secret=settings.session_secret(), public_url=settings.public_url,
        mailer=mailer, push=push, max_attempts=settings.nudge_max_attempts,
        retry_backoff=settings.nudge_retry_backoff, claim_seconds=settings.nudge_claim_seconds,
        batch_size=settings.nudge_batch_size,
    )
    return Engagement(
        settings=settings, sessions=sessions, chain=chain, safety=safety or PassThroughSafety(),
        deliverer=deliverer, defaults=Thresholds.from_settings(settings),
        channels=Channels(email=mailer is not None, web_push=push is not None),
    )


def logged(name: str) -> Callable[[Callable[P, R]], Callable[P, R | None]]:
    """Run a job, logging (not raising) its failure, so a scheduler keeps its schedule."""

    def wrap(func: Callable[P, R]) -> Callable[P, R | None]:
        @functools.wraps(func)
        def run(*args: P.args, **kwargs: P.kwargs) -> R | None:
            try:
                return func(*args, **kwargs)
            except Exception:
                log.exception("engagement job %s failed", name)
                return None

        return run

    return wrap


@dataclass
class EvaluationReport:
    """What one evaluation found and wrote."""

    as_of: datetime
    candidates: list[Candidate] = field(default_factory=list)
    created: int = 0
    snapshots: int = 0

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {"as_of": self.as_of.isoformat(), "candidates": len(self.candidates),
                "created": self.created, "snapshots": self.snapshots}


def evaluate_and_enqueue(
    engagement: Engagement, *, as_of: datetime | None = None, dry_run: bool = False
) -> EvaluationReport:
    """Refresh the behaviour metrics, evaluate every rule and write new nudges to the outbox.

    With `dry_run` everything happens in one transaction that is rolled back: the report says
    what would be written, and nothing is.
    """
    as_of = (as_of or utcnow()).astimezone(UTC)
    report = EvaluationReport(as_of=as_of)
    session = engagement.sessions()
    try:
        report.snapshots = compute_snapshots(session=session, as_of=as_of)
        if not dry_run:
            # Two short transactions rather than one long one: on SQLite each holds the write
            # lock, and chat messages wait for it.
            session.commit()
        report.candidates = evaluate(session, as_of, defaults=engagement.defaults,
                                     channels=engagement.channels)
        if not dry_run:
            report.created = service.enqueue(session=session, candidates=report.candidates,
                                             now=as_of)
            session.commit()
    finally:
        session.rollback()
        session.close()
    return report


def _style_phrase(style: dict[str, Any]) -> str:
    """The learner's style in a few words for the prompt."""
    words = [f"{style.get('tone', 'neutral')} tone", f"{style.get('length', 'medium')} messages"]
    if style.get("summary"):
        words.append(str(style["summary"]))
    return ", ".join(words)


def compose_one(engagement: Engagement, nudge_id: int) -> bool:
    """Write one nudge's text (outside any transaction); False if it was already written."""
    with unit_of_work(engagement.sessions) as session:
        nudge = session.get(Nudge, nudge_id)
        if nudge is None or nudge.generated_at is not None:
            return False
        coach = session.get_one(Coach, nudge.coach_id)
        profile = nudge_context(session, nudge.learner_id, nudge.coach_id,
                                as_of=nudge.scheduled_for)
        context = dict(nudge.context)
        context["style"] = _style_phrase(profile.get("style") or {})
        context.setdefault("learner_name", (profile.get("learner") or {}).get("name", ""))
        context.setdefault("coach_name", coach.name)
        trigger, channel, today = nudge.trigger, nudge.channel, nudge.scheduled_for.date()
    composed = generate.compose(trigger=trigger, context=context, coach=coach,
                                chain=engagement.chain, safety=engagement.safety, today=today)
    with unit_of_work(engagement.sessions) as session:
        written = changed_rows(session.execute(
            update(Nudge).where(Nudge.id == nudge_id, Nudge.generated_at.is_(None))
            .values(subject=composed.subject, body=composed.body,
                    generated_by=composed.generated_by, generated_at=utcnow())
            .execution_options(synchronize_session=False)
        ))
    if written:
        metrics.NUDGES.labels(channel=channel.value, outcome="generated").inc()
    return bool(written)


def compose_pending(engagement: Engagement, *, limit: int | None = None) -> int:
    """Write the text of every nudge still without one; one failure does not stop the rest."""
    with unit_of_work(engagement.sessions) as session:
        stmt = (select(Nudge.id).where(
            Nudge.generated_at.is_(None),
            Nudge.status.in_([NudgeStatus.QUEUED, NudgeStatus.PENDING_APPROVAL]))
            .order_by(Nudge.scheduled_for, Nudge.id))
        ids = list(session.scalars(stmt.limit(limit) if limit else stmt))
    written = 0
    for nudge_id in ids:
        try:
            written += compose_one(engagement, nudge_id)
        except Exception:
            log.exception("writing nudge %s failed; it stays queued for the next pass", nudge_id)
    return written


def deliver(engagement: Engagement) -> DeliveryReport:
    """Write a batch of pending texts, then deliver every due nudge in the outbox."""
    # Bounded: a large backlog of texts to write must not hold up delivery of written ones.
    compose_pending(engagement, limit=engagement.settings.nudge_batch_size)
    return engagement.deliverer.deliver_due()


def run_once(
    engagement: Engagement, *, as_of: datetime | None = None, dry_run: bool = False
) -> dict[str, Any]:
    """Evaluate, enqueue, write and deliver what is due now (the CLI's `nudges run`)."""
    evaluation = evaluate_and_enqueue(engagement, as_of=as_of, dry_run=dry_run)
    result: dict[str, Any] = {"evaluation": evaluation.as_dict(), "dry_run": dry_run}
    if dry_run:
        return result | {"candidates": evaluation.candidates}
    result["composed"] = compose_pending(engagement)
    result["delivery"] = engagement.deliverer.deliver_due().as_dict()
    return result | {"candidates": evaluation.candidates}


@logged("nudges.evaluate")
def scheduled_evaluate() -> None:
    """APScheduler entry: evaluate and compose, if this process leads."""
    from engagement.scheduler import active_scheduler

    scheduler = active_scheduler()
    if scheduler is None or not scheduler.still_leader():
        return
    report = evaluate_and_enqueue(scheduler.engagement)
    compose_pending(scheduler.engagement)
    log.info("nudges evaluated: %s", report.as_dict())


@logged("nudges.deliver")
def scheduled_deliver() -> None:
    """APScheduler entry: deliver the outbox, if this process leads."""
    from engagement.scheduler import active_scheduler

    scheduler = active_scheduler()
    if scheduler is None or not scheduler.still_leader():
        return
    report = deliver(scheduler.engagement)
    if report.claimed:
        log.info("nudges delivered: %s", report.as_dict())


@logged("safety.realert")
def scheduled_realert() -> None:
    """APScheduler entry: alert again about unacknowledged crisis cases, if this process leads."""
    from engagement.scheduler import active_scheduler
    from safety.realert import RealertPolicy, run_realerts

    scheduler = active_scheduler()
    if scheduler is None or not scheduler.still_leader():
        return
    engagement = scheduler.engagement
    report = run_realerts(sessions=engagement.sessions, mailer=engagement.deliverer.mailer,
                          public_url=engagement.settings.public_url,
                          policy=RealertPolicy.from_settings(engagement.settings))
    if report.realerted:
        log.info("crisis cases re-alerted: %s", report.as_dict())
