"""Outbox delivery: claim due nudges atomically, send each, record every attempt, retry.

Each nudge moves `queued -> sending -> sent` (or back to `queued` with backoff, or `failed`
after the last attempt), in short transactions of its own so that nothing is held open while
talking to an SMTP server or a push service:

1. **claim**: one conditional UPDATE moves a batch of due rows to `sending` with a random
   claim token and a claim deadline (PostgreSQL picks the rows `FOR UPDATE SKIP LOCKED`, so
   concurrent workers take disjoint batches; SQLite serialises writers anyway);
2. **start**: the attempt is logged as `started` and committed *before* sending;
3. **send**; 4. **finish**: `sent` (with the notification row) or the failure, committed
   immediately after the server answered. Steps 2 and 4 only apply while the claim token is
   still ours.

Crash semantics, exactly: a nudge is never lost (a row left in `sending` is claimed again once
its claim deadline passes). In-app delivery is exactly once (it is one transaction). Email and
web push are *at-least-once* in one window only: if the process dies after the server accepted
the message but before step 4 committed (milliseconds), the re-check sends it again, with the
same Message-ID (email) or Topic (push), so mail stores and push services can collapse the
duplicate. A crash anywhere else (before the SMTP DATA reply) sends it exactly once.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from app import metrics
from app.accounts.models import User
from app.coaching.models import Coach
from app.db import unit_of_work, utcnow
from app.mail import Email, Mailer, MailError
from engagement import links
from engagement.generate import env
from engagement.lease import changed_rows
from engagement.models import (
    AttemptOutcome,
    DeliveryAttempt,
    Notification,
    Nudge,
    NudgeChannel,
    NudgeOptOut,
    NudgeStatus,
)
from engagement.push import PushError, PushSender

log = logging.getLogger(__name__)
MAX_BACKOFF = 24 * 3600.0


class DeliveryError(Exception):
    """A channel could not deliver a nudge this time; `permanent` means retrying is pointless."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass
class DeliveryReport:
    """What one delivery pass did."""

    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {"claimed": self.claimed, "sent": self.sent, "retried": self.retried,
                "failed": self.failed, "by_channel": dict(self.by_channel)}


def backoff(attempts: int, base: float) -> float:
    """Seconds before the next try after `attempts` failed ones: base, 2x, 4x, ... capped."""
    return min(MAX_BACKOFF, base * 2.0 ** max(0, min(attempts - 1, 30)))


def message_id(nudge: Nudge, domain: str) -> str:
    """The nudge's one Message-ID: a resend after a crash carries the same one."""
    return f"<nudge-{nudge.id}.{nudge.dedupe_key.replace(':', '-')}@{domain or 'lodestar'}>"


def claim(*, session: Session, now: datetime, limit: int, lease_seconds: float) -> str:
    """Move up to `limit` due nudges (and stale `sending` ones) to `sending`; the claim token."""
    token = secrets.token_hex(16)
    due = or_(
        and_(Nudge.status == NudgeStatus.QUEUED, Nudge.generated_at.is_not(None),
             Nudge.scheduled_for <= now, Nudge.next_attempt_at <= now),
        and_(Nudge.status == NudgeStatus.SENDING, Nudge.claimed_until < now),
    )
    picked = (select(Nudge.id).where(due).order_by(Nudge.priority.desc(), Nudge.id)
              .limit(limit))
    values = {"status": NudgeStatus.SENDING, "claim_token": token,
              "claimed_until": now + timedelta(seconds=lease_seconds)}
    if session.get_bind().dialect.name == "postgresql":
        # A CTE runs once: as an IN (subquery) the planner may re-run the LIMIT per row and
        # claim more than asked. SKIP LOCKED lets concurrent workers take disjoint batches.
        rows = picked.with_for_update(skip_locked=True).cte("picked")
        statement = update(Nudge).where(Nudge.id == rows.c.id).values(**values)
    else:
        # SQLite: the transaction began IMMEDIATE, so no other writer runs between the two.
        statement = update(Nudge).where(Nudge.id.in_(picked.scalar_subquery()), due)
        statement = statement.values(**values)
    session.execute(statement.execution_options(synchronize_session=False))
    return token


class Deliverer:
    """Delivers claimed nudges by email, web push or in-app, and records the outcome."""

    def __init__(
        self,
        *,
        sessions: sessionmaker[Session],
        secret: str,
        public_url: str,
        mailer: Mailer | None,
        push: PushSender | None,
        max_attempts: int = 5,
        retry_backoff: float = 60.0,
        claim_seconds: float = 120.0,
        batch_size: int = 100,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.sessions = sessions
        self.secret = secret
        self.public_url = public_url
        self.mailer = mailer
        self.push = push
        self.max_attempts = max_attempts
        self.retry_backoff = retry_backoff
        self.claim_seconds = claim_seconds
        self.batch_size = batch_size
        self.clock = clock

    def deliver_due(self, *, limit: int | None = None) -> DeliveryReport:
        """Claim and deliver due nudges until none are left (or `limit` were handled)."""
        report = DeliveryReport()
        with ExitStack() as stack:
            smtp = _LazySMTP(self.mailer, stack)
            while limit is None or report.claimed < limit:
                size = self.batch_size if limit is None else min(self.batch_size,
                                                                 limit - report.claimed)
                with unit_of_work(self.sessions) as session:
                    token = claim(session=session, now=self.clock(), limit=size,
                                  lease_seconds=self.claim_seconds)
                with unit_of_work(self.sessions) as session:
                    ids = list(session.scalars(select(Nudge.id).where(Nudge.claim_token == token)
                                               .order_by(Nudge.priority.desc(), Nudge.id)))
                if not ids:
                    break
                report.claimed += len(ids)
                for nudge_id in ids:
                    self._deliver_one(nudge_id, token, smtp, report)
        return report

    def _start(self, nudge_id: int, token: str) -> tuple[Nudge, User, Coach] | None:
        """Log the attempt as started (committed before sending); None if the claim is lost."""
        with unit_of_work(self.sessions) as session:
            nudge = session.scalar(select(Nudge).where(Nudge.id == nudge_id,
                                                       Nudge.claim_token == token))
            if nudge is None:
                return None
            if session.get(NudgeOptOut, nudge.learner_id) is not None:
                # Opted out after the nudge was queued: the wish wins over the outbox.
                nudge.status, nudge.claim_token, nudge.error = (NudgeStatus.SKIPPED, None,
                                                                "learner opted out")
                return None
            nudge.attempts += 1
            session.add(DeliveryAttempt(nudge_id=nudge.id, attempt=nudge.attempts,
                                        channel=nudge.channel, outcome=AttemptOutcome.STARTED))
            learner = session.get_one(User, nudge.learner_id)
            coach = session.get_one(Coach, nudge.coach_id)
            session.flush()
            return nudge, learner, coach

    def _deliver_one(self, nudge_id: int, token: str, smtp: _LazySMTP,
                     report: DeliveryReport) -> None:
        """Start, send and finish one nudge; a failure is recorded, never raised."""
        started = self._start(nudge_id, token)
        if started is None:
            return
        nudge, learner, coach = started
        html = ""
        channel = nudge.channel
        try:
            if channel is NudgeChannel.EMAIL:
                html = self._send_email(nudge, learner, coach, smtp)
            elif channel is NudgeChannel.WEB_PUSH and not self._send_push(nudge, coach):
                # No browser is subscribed any more: the in-app list still shows it.
                channel = NudgeChannel.IN_APP
        except DeliveryError as error:
            self._fail(nudge, token, str(error), permanent=error.permanent, report=report)
            return
        self._finish(nudge, token, coach, html, report, channel=channel)

    def _send_email(self, nudge: Nudge, learner: User, coach: Coach, smtp: _LazySMTP) -> str:
        """Send the nudge as multipart email with List-Unsubscribe; the HTML sent."""
        if self.mailer is None:
            raise DeliveryError("email is off: LODESTAR_SMTP_HOST is not set", permanent=True)
        unsubscribe = links.unsubscribe_url(self.public_url, self.secret, nudge.learner_id)
        values = {"subject": nudge.subject, "body": nudge.body, "coach_name": coach.name,
                  "paragraphs": [p for p in nudge.body.split("\n") if p.strip()],
                  "open_url": links.open_url(self.public_url, self.secret, nudge.id),
                  "unsubscribe_url": unsubscribe}
        html = env.get_template("email.html.j2").render(**values)
        email = Email(
            to=learner.email, subject=nudge.subject,
            text=env.get_template("email.txt.j2").render(**values), html=html,
            headers={"Message-ID": message_id(nudge, self.mailer.domain),
                     "List-Unsubscribe": f"<{unsubscribe}>",
                     "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                     "Auto-Submitted": "auto-generated"},
        )
        try:
            self.mailer.send(email, smtp.client())
        except MailError as error:
            smtp.reset()
            raise DeliveryError(str(error)) from error
        return html

    def _send_push(self, nudge: Nudge, coach: Coach) -> bool:
        """Push the nudge to every live subscription of the learner; False if none is live."""
        if self.push is None:
            raise DeliveryError("web push is off: no VAPID key (run `lodestar push keys`)",
                                permanent=True)
        payload = {"title": nudge.subject or coach.name, "body": nudge.body,
                   "url": links.open_url(self.public_url, self.secret, nudge.id),
                   "tag": f"nudge-{nudge.id}"}
        try:
            return self.push.send_to_user(sessions=self.sessions, user_id=nudge.learner_id,
                                          payload=payload, topic=f"nudge{nudge.id}") > 0
        except PushError as error:
            raise DeliveryError(str(error), permanent=error.permanent) from error

    def _finish(self, nudge: Nudge, token: str, coach: Coach, html: str,
                report: DeliveryReport, *, channel: NudgeChannel) -> None:
        """Mark the nudge sent and add its in-app notification, if the claim is still ours."""
        now = self.clock()
        with unit_of_work(self.sessions) as session:
            done = changed_rows(session.execute(
                update(Nudge).where(Nudge.id == nudge.id, Nudge.claim_token == token)
                .values(status=NudgeStatus.SENT, sent_at=now, claim_token=None,
                        claimed_until=None, error="", html=html, channel=channel)
                .execution_options(synchronize_session=False)
            ))
            if not done:
                return
            _close_attempt(session, nudge.id, nudge.attempts, AttemptOutcome.SENT, "", now)
            exists = session.scalar(select(Notification.id).where(
                Notification.nudge_id == nudge.id))
            if exists is None:
                session.add(Notification(user_id=nudge.learner_id, nudge_id=nudge.id,
                                         title=nudge.subject or coach.name, body=nudge.body,
                                         url=f"/nudges/{nudge.id}/go"))
        metrics.NUDGES.labels(channel=channel.value, outcome="sent").inc()
        report.sent += 1
        report.by_channel[channel.value] = report.by_channel.get(channel.value, 0) + 1

    def _fail(self, nudge: Nudge, token: str, reason: str, *, permanent: bool,
              report: DeliveryReport) -> None:
        """Record a failed attempt: retry later with backoff, or give up after the last one."""
        now = self.clock()
        final = permanent or nudge.attempts >= self.max_attempts
        status = NudgeStatus.FAILED if final else NudgeStatus.QUEUED
        retry_at = now + timedelta(seconds=backoff(nudge.attempts, self.retry_backoff))
        with unit_of_work(self.sessions) as session:
            done = changed_rows(session.execute(
                update(Nudge).where(Nudge.id == nudge.id, Nudge.claim_token == token)
                .values(status=status, claim_token=None, claimed_until=None,
                        error=reason[:2000], next_attempt_at=retry_at)
                .execution_options(synchronize_session=False)
            ))
            if done:
                _close_attempt(session, nudge.id, nudge.attempts, AttemptOutcome.FAILED,
                               reason[:2000], now)
        log.warning("nudge %s attempt %s failed%s: %s", nudge.id, nudge.attempts,
                    " (giving up)" if final else "", reason)
        if final:
            metrics.NUDGES.labels(channel=nudge.channel.value, outcome="failed").inc()
            report.failed += 1
        else:
            report.retried += 1


def _close_attempt(session: Session, nudge_id: int, attempt: int, outcome: AttemptOutcome,
                   detail: str, now: datetime) -> None:
    """Record how an attempt ended."""
    session.execute(
        update(DeliveryAttempt)
        .where(DeliveryAttempt.nudge_id == nudge_id, DeliveryAttempt.attempt == attempt,
               DeliveryAttempt.outcome == AttemptOutcome.STARTED)
        .values(outcome=outcome, detail=detail, finished_at=now)
        .execution_options(synchronize_session=False)
    )


class _LazySMTP:
    """One SMTP connection per delivery pass, opened on the first email, reopened after errors."""

    def __init__(self, mailer: Mailer | None, stack: ExitStack) -> None:
        self.mailer = mailer
        self.stack = stack
        self._client: Any = None
        self._inner: ExitStack | None = None

    def client(self) -> Any:
        """The open connection (connecting now if needed)."""
        if self._client is None:
            if self.mailer is None:
                raise DeliveryError("email is off", permanent=True)
            inner = ExitStack()
            try:
                self._client = inner.enter_context(self.mailer.connect())
            except MailError as error:
                inner.close()
                raise DeliveryError(str(error)) from error
            self._inner = inner
            self.stack.callback(self.reset)
        return self._client

    def reset(self) -> None:
        """Drop the connection (after an error, or at the end of the pass)."""
        inner, self._inner, self._client = self._inner, None, None
        if inner is not None:
            try:
                inner.close()
            except MailError:
                pass  # the server is already gone; nothing left to close politely
