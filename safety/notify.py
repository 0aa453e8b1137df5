"""Coach alerts for escalation cases: the in-app inbox always, email when SMTP is configured.

The inbox needs nothing beyond the case row (its badge counts active cases). Email goes out
on a background worker so a crisis reply never waits for an SMTP server; the outcome is an
event in the case's audit trail. An alert names no category and quotes nothing the learner
wrote: email crosses servers we do not control, so it only says a learner needs attention
and links to the case.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from html import escape

from sqlalchemy.orm import Session, sessionmaker

from app.coaching.models import Coach
from app.db import unit_of_work
from app.mail import Email, Mailer, MailError
from safety import service
from safety.models import CaseKind, EscalationCase

log = logging.getLogger(__name__)

SUBJECT = {
    CaseKind.CRISIS: "Urgent: a learner needs your attention",
    CaseKind.REVIEW: "A conversation is flagged for your review",
}
REALERT_SUBJECT = "Still unacknowledged: a learner may be in crisis (case #{case_id})"
PRIVACY = "For privacy, this email does not include what the learner wrote."


def case_url(public_url: str, case_id: int) -> str:
    """The link to a case in the coach UI."""
    return f"{public_url.rstrip('/')}/safety/cases/{case_id}"


def alert_email(*, to: str, case: EscalationCase, coach_name: str, public_url: str) -> Email:
    """The alert for one case: who is affected, how urgent, where to look; no message text."""
    url = case_url(public_url, case.id)
    urgent = case.kind is CaseKind.CRISIS
    lead = (
        f"A learner talking with {coach_name} may be in crisis. Lodestar sent them crisis "
        "resources instead of a coaching answer."
        if urgent
        else f"A conversation with {coach_name} was flagged for your review."
    )
    text = (
        f"{lead}\n\nPlease open the case as soon as you can:\n{url}\n\n"
        f"Case #{case.id}. {PRIVACY}\n"
    )
    # The coach's name is theirs to choose: escaped, so it cannot add markup to the email.
    html = (
        f"<p>{escape(lead)}</p><p><a href=\"{url}\">Open case #{case.id}</a></p><p>{PRIVACY}</p>"
    )
    return Email(to=to, subject=SUBJECT[case.kind], text=text, html=html,
                 headers={"X-Lodestar-Case": str(case.id)})


def realert_email(
    *, to: str, case_id: int, coach_name: str, public_url: str, number: int, of: int,
    minutes_open: int, as_admin: bool,
) -> Email:
    """A reminder for a crisis case nobody acknowledged; like the first alert, no message text.

    `as_admin` adds why an admin gets it: the coach has not answered the earlier alerts.
    """
    url = case_url(public_url, case_id)
    lead = (
        f"A learner talking with {coach_name} may be in crisis, and nobody has acknowledged "
        f"the case in {minutes_open} minutes. Lodestar sent them crisis resources instead of "
        "a coaching answer."
    )
    if as_admin:
        lead += (" You receive this as a Lodestar admin because the coach has not "
                 "acknowledged the earlier alerts.")
    ask = ("Please open the case and acknowledge it once someone is handling it; "
           "the reminders stop then.")
    text = (f"{lead}\n\n{ask}\n{url}\n\n"
            f"Case #{case_id}, reminder {number} of {of}. {PRIVACY}\n")
    html = (f"<p>{escape(lead)}</p><p>{ask}</p><p><a href=\"{url}\">Open case #{case_id}</a></p>"
            f"<p>Reminder {number} of {of}. {PRIVACY}</p>")
    return Email(to=to, subject=REALERT_SUBJECT.format(case_id=case_id), text=text, html=html,
                 headers={"X-Lodestar-Case": str(case_id), "X-Lodestar-Reminder": str(number)})


class CaseNotifier:
    """Sends case alerts by email in the background and records the outcome."""

    def __init__(
        self, *, sessions: sessionmaker[Session], mailer: Mailer | None, public_url: str
    ) -> None:
        self._sessions = sessions
        self._mailer = mailer
        self._public_url = public_url
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="case-alerts")

    @property
    def emails_enabled(self) -> bool:
        """Whether SMTP is configured."""
        return self._mailer is not None

    def notify(self, case_id: int) -> Future[None] | None:
        """Queue the email alert for a committed case; None when email is off."""
        if self._mailer is None:
            return None
        return self._pool.submit(self._email, case_id)

    def close(self) -> None:
        """Finish queued alerts, then stop the worker."""
        self._pool.shutdown(wait=True)

    def _email(self, case_id: int) -> None:
        """Email every recipient of a case; each outcome is an audit event."""
        assert self._mailer is not None
        try:
            with unit_of_work(self._sessions) as session:
                case = session.get(EscalationCase, case_id)
                if case is None:
                    return
                coach = session.get(Coach, case.coach_id)
                coach_name = coach.name if coach else "your coach"
                emails = [(user.id, alert_email(to=user.email, case=case, coach_name=coach_name,
                                                public_url=self._public_url))
                          for user in service.recipients(session=session, coach_id=case.coach_id)]
            record_outcomes(self._sessions, case_id,
                            send_each(self._mailer, emails, case_id=case_id))
        except Exception:
            log.exception("case %s alert failed", case_id)


def send_each(mailer: Mailer, emails: Sequence[tuple[int, Email]], *, case_id: int,
              note_suffix: str = "") -> list[tuple[str, str]]:
    """Send each recipient's email (no transaction open meanwhile); (action, note) for each."""
    outcomes: list[tuple[str, str]] = []
    for user_id, email in emails:
        note = f"user {user_id}{note_suffix}"
        try:
            mailer.send(email)
        except MailError as error:
            log.error("case %s email to user %s failed: %s", case_id, user_id, error)
            outcomes.append(("email_failed", note))
        else:
            outcomes.append(("emailed", note))
    return outcomes


def record_outcomes(sessions: sessionmaker[Session], case_id: int,
                    outcomes: Sequence[tuple[str, str]]) -> None:
    """Add each email outcome to the case's audit trail."""
    with unit_of_work(sessions) as session:
        case = session.get(EscalationCase, case_id)
        if case is not None:
            for action, note in outcomes:
                service.add_event(session=session, case=case, actor_id=None, action=action,
                                  note=note)
