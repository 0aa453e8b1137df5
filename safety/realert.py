"""Re-alerts for crisis cases that nobody has acknowledged.

A crisis case opens with an alert (the in-app inbox, plus email when SMTP is configured). While
it stays `open`, it is alerted again each time `window` has passed since its last alert, up to
`max_realerts` times; from the second re-alert on, the platform admins are alerted as well,
because the coach may be away. Acknowledged and resolved cases, and review cases, never are.

Everything is read from the case's audit trail, so no column tracks it: the `opened` and
`realerted` events are the alerts (their times, and how many re-alerts there were). A re-alert
is recorded first, in a short transaction that locks the case row and checks its state again,
and emailed after that commit, each outcome an event too. So a crash between the two loses
that one email rather than ever repeating one, and the next reminder follows a window later.
Events and emails name no category and quote nothing the learner wrote (see `notify`).
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.accounts.models import Role, User
from app.coaching.models import Coach
from app.db import unit_of_work, utcnow
from app.mail import Mailer
from safety import service
from safety.models import CaseEvent, CaseKind, CaseStatus, EscalationCase
from safety.notify import realert_email, record_outcomes, send_each

if TYPE_CHECKING:
    from app.settings import Settings

log = logging.getLogger(__name__)

OPENED = "opened"
REALERTED = "realerted"
ALERTS = (OPENED, REALERTED)
# The email outcomes `notify` records for the first alert; re-alerts record the same ones.
EMAIL_OUTCOMES = ("emailed", "email_failed")
# The check runs this often relative to the window (so a reminder is at most a fifth late),
# within these bounds.
CHECKS_PER_WINDOW = 5
MIN_CHECK = timedelta(seconds=30)
MAX_CHECK = timedelta(minutes=5)
_EMAIL_NOTE = re.compile(r"^user (\d+)(?:, reminder (\d+))?")


@dataclass(frozen=True)
class RealertPolicy:
    """How long an open crisis case waits between alerts, and how many re-alerts it gets."""

    window: timedelta
    max_realerts: int

    @classmethod
    def from_settings(cls, settings: Settings) -> RealertPolicy:
        """LODESTAR_ESCALATION_REALERT_MINUTES and LODESTAR_ESCALATION_MAX_REALERTS."""
        return cls(window=timedelta(minutes=settings.escalation_realert_minutes),
                   max_realerts=settings.escalation_max_realerts)

    @property
    def check_interval(self) -> timedelta:
        """How often the scheduler looks for cases due a re-alert."""
        return min(MAX_CHECK, max(MIN_CHECK, self.window / CHECKS_PER_WINDOW))


@dataclass(frozen=True)
class DueCase:
    """An open crisis case whose last alert is older than the window."""

    case_id: int
    coach_id: int
    last_alert: datetime
    realerts: int


def _alert_summary(case_ids: Any = None) -> Any:
    """Per case: the time of its last alert and how many re-alerts it had (a subquery)."""
    stmt = (
        select(
            CaseEvent.case_id.label("case_id"),
            func.max(CaseEvent.created_at).label("last_alert"),
            func.count(case((CaseEvent.action == REALERTED, CaseEvent.id))).label("realerts"),
        )
        .where(CaseEvent.action.in_(ALERTS))
        .group_by(CaseEvent.case_id)
    )
    if case_ids is not None:
        stmt = stmt.where(CaseEvent.case_id.in_(case_ids))
    return stmt.subquery()


def due_cases(*, session: Session, policy: RealertPolicy, now: datetime | None = None,
              limit: int = 500) -> list[DueCase]:
    """Open crisis cases last alerted before `now - window`, with re-alerts left (oldest first)."""
    if policy.max_realerts <= 0:
        return []
    now = now or utcnow()
    open_crisis = select(EscalationCase.id).where(
        EscalationCase.kind == CaseKind.CRISIS, EscalationCase.status == CaseStatus.OPEN)
    alerts = _alert_summary(open_crisis)
    # A case always has its `opened` event; its creation time stands in if that was lost.
    last = func.coalesce(alerts.c.last_alert, EscalationCase.created_at)
    stmt = (
        select(EscalationCase.id, EscalationCase.coach_id, last,
               func.coalesce(alerts.c.realerts, 0))
        .outerjoin(alerts, alerts.c.case_id == EscalationCase.id)
        .where(
            EscalationCase.kind == CaseKind.CRISIS,
            EscalationCase.status == CaseStatus.OPEN,
            last < now - policy.window,
            func.coalesce(alerts.c.realerts, 0) < policy.max_realerts,
        )
        .order_by(last, EscalationCase.id)
        .limit(limit)
    )
    return [DueCase(case_id=row[0], coach_id=row[1], last_alert=row[2],
                    realerts=int(row[3]))
            for row in session.execute(stmt)]


def recipients(*, session: Session, coach_id: int, include_admins: bool) -> list[User]:
    """The coach's alert recipients (see `service.recipients`), plus every active admin."""
    users = {user.id: user for user in service.recipients(session=session, coach_id=coach_id)}
    if include_admins:
        admins = select(User).where(User.role == Role.ADMIN, User.is_active.is_(True))
        users.update({user.id: user for user in session.scalars(admins.order_by(User.id))})
    return sorted(users.values(), key=lambda user: user.id)


@dataclass(frozen=True)
class Realert:
    """One recorded re-alert: which case, which reminder, who to email."""

    case_id: int
    number: int
    coach_name: str
    minutes_open: int
    # (user id, email address, whether they get it as an admin rather than as the coach)
    recipients: tuple[tuple[int, str, bool], ...]

    @property
    def admins_included(self) -> bool:
        """Whether this reminder also goes to the admins."""
        return self.number >= 2


def record_realert(*, session: Session, case_id: int, policy: RealertPolicy,
                   now: datetime | None = None) -> Realert | None:
    """Record the next re-alert of a case if it is still due; None when it no longer is.

    The case row is locked (on PostgreSQL; SQLite serialises writers) and its state read
    again, so an acknowledgement or another runner that got there first wins.
    """
    now = now or utcnow()
    row = session.get(EscalationCase, case_id, with_for_update=True, populate_existing=True)
    if row is None or row.kind is not CaseKind.CRISIS or row.status is not CaseStatus.OPEN:
        return None
    alerts = _alert_summary([case_id])
    summary = session.execute(select(alerts.c.last_alert, alerts.c.realerts)).first()
    last = summary[0] if summary else row.created_at
    done = int(summary[1]) if summary else 0
    if done >= policy.max_realerts or last >= now - policy.window:
        return None
    number = done + 1
    include_admins = number >= 2
    users = recipients(session=session, coach_id=row.coach_id, include_admins=include_admins)
    # Who got the first alert; anyone else on the list gets this one as an admin.
    first = {user.id for user in service.recipients(session=session, coach_id=row.coach_id)}
    who = ", ".join(f"user {user.id}" for user in users) or "nobody"
    note = f"reminder {number} of {policy.max_realerts}" + (
        ", admins included" if include_admins else "") + f"; to {who}"
    # Stamped with the pass's `now`, so the next window counts from the pass that alerted.
    service.add_event(session=session, case=row, actor_id=None, action=REALERTED, note=note,
                      at=now)
    coach = session.get(Coach, row.coach_id)
    return Realert(
        case_id=row.id, number=number, coach_name=coach.name if coach else "your coach",
        minutes_open=max(1, math.floor((now - row.created_at).total_seconds() / 60)),
        recipients=tuple((u.id, u.email, u.id not in first) for u in users),
    )


@dataclass
class RealertReport:
    """What one re-alert pass did."""

    due: int = 0
    realerted: int = 0
    emailed: int = 0
    failed: int = 0

    def as_dict(self) -> dict[str, int]:
        """JSON-ready summary."""
        return asdict(self)


def run_realerts(*, sessions: sessionmaker[Session], mailer: Mailer | None, public_url: str,
                 policy: RealertPolicy, now: datetime | None = None) -> RealertReport:
    """Re-alert every due case: record each, then email its recipients when SMTP is set up.

    One case failing (database or SMTP) is logged and does not stop the others.
    """
    now = now or utcnow()
    report = RealertReport()
    with unit_of_work(sessions) as session:
        due = due_cases(session=session, policy=policy, now=now)
    report.due = len(due)
    for item in due:
        try:
            with unit_of_work(sessions) as session:
                realert = record_realert(session=session, case_id=item.case_id, policy=policy,
                                         now=now)
            if realert is None:
                continue
            report.realerted += 1
            log.warning("escalation case %s still open: reminder %s sent", realert.case_id,
                        realert.number)
            if mailer is not None:
                sent, failed = _email(sessions, mailer, realert, public_url, policy)
                report.emailed += sent
                report.failed += failed
        except Exception:
            log.exception("re-alert of escalation case %s failed", item.case_id)
    return report


def _email(sessions: sessionmaker[Session], mailer: Mailer, realert: Realert, public_url: str,
           policy: RealertPolicy) -> tuple[int, int]:
    """Email one re-alert's recipients (no transaction open meanwhile), then record outcomes."""
    emails = [(user_id, realert_email(to=address, case_id=realert.case_id,
                                      coach_name=realert.coach_name, public_url=public_url,
                                      number=realert.number, of=policy.max_realerts,
                                      minutes_open=realert.minutes_open, as_admin=as_admin))
              for user_id, address, as_admin in realert.recipients]
    outcomes = send_each(mailer, emails, case_id=realert.case_id,
                         note_suffix=f", reminder {realert.number}")
    record_outcomes(sessions, realert.case_id, outcomes)
    failed = sum(action == "email_failed" for action, _ in outcomes)
    return len(outcomes) - failed, failed


# --- the case page's alert history ------------------------------------------------------------


@dataclass(frozen=True)
class AlertEntry:
    """One line of a case's alert history, for people: when, what, to whom."""

    at: datetime
    action: str
    label: str
    user_id: int | None = None
    reminder: int | None = None


def alert_history(events: list[CaseEvent]) -> list[AlertEntry]:
    """The alert-related events of a trail (first alert, reminders, email outcomes), in order."""
    entries = []
    for event in events:
        user_id = reminder = None
        if event.action == OPENED:
            label = "First alert: the case appeared in the escalations inbox"
        elif event.action == REALERTED:
            label = "Re-alert: " + (event.note.split(";")[0] if event.note else "reminder")
        elif event.action in EMAIL_OUTCOMES:
            found = _EMAIL_NOTE.match(event.note or "")
            user_id = int(found.group(1)) if found else None
            label = "Email sent" if event.action == "emailed" else "Email failed"
            reminder = int(found.group(2)) if found and found.group(2) else None
        else:
            continue
        entries.append(AlertEntry(at=event.created_at, action=event.action, label=label,
                                  user_id=user_id, reminder=reminder))
    return entries


@dataclass(frozen=True)
class AlertState:
    """Where a case's re-alerts stand: how many were sent and when the next one is due."""

    realerts: int
    max_realerts: int
    last_alert: datetime | None
    next_due: datetime | None


def alert_state(case_row: EscalationCase, events: list[CaseEvent],
                policy: RealertPolicy) -> AlertState:
    """Re-alerts sent so far and the next one's due time (None when none will follow)."""
    alerts = [e for e in events if e.action in ALERTS]
    done = sum(e.action == REALERTED for e in alerts)
    last = max((e.created_at for e in alerts), default=None)
    pending = (case_row.kind is CaseKind.CRISIS and case_row.status is CaseStatus.OPEN
               and done < policy.max_realerts)
    base = last or case_row.created_at
    return AlertState(realerts=done, max_realerts=policy.max_realerts, last_alert=last,
                      next_due=base + policy.window if pending else None)


