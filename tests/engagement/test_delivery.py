"""Outbox delivery over a real SMTP server: content, attempts, retries, claims, in-app, opt-out."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlparse

from sqlalchemy import select

from app import metrics
from app.db import unit_of_work, utcnow
from engagement import links
from engagement.delivery import backoff, claim
from engagement.models import (
    AttemptOutcome,
    DeliveryAttempt,
    Notification,
    NudgeChannel,
    NudgeOptOut,
    NudgeStatus,
)
from tests.engagement.conftest import SECRET, Outbox, make_deliverer, make_mailer
from tests.engagement.smtp_sink import SmtpSink


def _attempts(outbox: Outbox, nudge_id: int) -> list[DeliveryAttempt]:
    with unit_of_work(outbox.sessions) as session:
        return list(session.scalars(select(DeliveryAttempt).where(
            DeliveryAttempt.nudge_id == nudge_id).order_by(DeliveryAttempt.attempt)))


def _sent_count(channel: str) -> float:
    return metrics.NUDGES.labels(channel=channel, outcome="sent")._value.get()


def test_email_is_multipart_with_one_click_unsubscribe(outbox: Outbox, smtp: SmtpSink) -> None:
    [nudge_id] = outbox.add()
    before = _sent_count("email")
    report = make_deliverer(outbox, make_mailer(smtp)).deliver_due()
    assert (report.claimed, report.sent, report.failed) == (1, 1, 0)
    [message] = smtp.messages()
    assert message["To"] == "ada@example.org"
    assert message["Subject"] == "Maya: how are things?"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "What is one small step for today?" in text
    assert "<p" in html and "What is one small step for today?" in html
    unsubscribe = message["List-Unsubscribe"].strip("<>")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = parse_qs(urlparse(unsubscribe).query)["t"][0]
    assert links.verify(SECRET, links.UNSUBSCRIBE, token) == outbox.learner_id
    assert unsubscribe in text and unsubscribe.replace("&", "&amp;") in html
    assert message["Message-ID"].startswith(f"<nudge-{nudge_id}.")
    sent = outbox.get(nudge_id)
    assert sent.status is NudgeStatus.SENT and sent.sent_at is not None
    assert sent.attempts == 1 and sent.claim_token is None
    assert [a.outcome for a in _attempts(outbox, nudge_id)] == [AttemptOutcome.SENT]
    assert _sent_count("email") == before + 1
    with unit_of_work(outbox.sessions) as session:
        note = session.scalar(select(Notification).where(Notification.nudge_id == nudge_id))
    assert note is not None and note.user_id == outbox.learner_id


def test_refused_mail_is_retried_with_exponential_backoff_then_fails(
    outbox: Outbox, smtp: SmtpSink
) -> None:
    [nudge_id] = outbox.add()
    now = [utcnow()]
    deliverer = make_deliverer(outbox, make_mailer(smtp), max_attempts=3, retry_backoff=60.0,
                               clock=lambda: now[0])
    smtp.refuse_next = 3
    report = deliverer.deliver_due()
    assert (report.retried, report.sent) == (1, 0)
    first = outbox.get(nudge_id)
    assert first.status is NudgeStatus.QUEUED and "451" in first.error
    assert first.next_attempt_at == now[0] + timedelta(seconds=60)
    assert deliverer.deliver_due().claimed == 0  # not due yet
    now[0] += timedelta(seconds=61)
    deliverer.deliver_due()
    assert outbox.get(nudge_id).next_attempt_at == now[0] + timedelta(seconds=120)
    now[0] += timedelta(seconds=121)
    report = deliverer.deliver_due()
    assert report.failed == 1
    final = outbox.get(nudge_id)
    assert final.status is NudgeStatus.FAILED and final.attempts == 3
    outcomes = [a.outcome for a in _attempts(outbox, nudge_id)]
    assert outcomes == [AttemptOutcome.FAILED] * 3
    assert smtp.messages() == []


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n, 60) for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert backoff(100, 60) == 24 * 3600


def test_a_retry_succeeds_once_the_server_accepts(outbox: Outbox, smtp: SmtpSink) -> None:
    [nudge_id] = outbox.add()
    now = [utcnow()]
    deliverer = make_deliverer(outbox, make_mailer(smtp), clock=lambda: now[0])
    smtp.refuse_next = 1
    deliverer.deliver_due()
    now[0] += timedelta(minutes=2)
    assert deliverer.deliver_due().sent == 1
    assert len(smtp.messages()) == 1
    assert [a.outcome for a in _attempts(outbox, nudge_id)] == [AttemptOutcome.FAILED,
                                                                 AttemptOutcome.SENT]


def test_unreachable_server_keeps_the_nudge_queued(outbox: Outbox, smtp: SmtpSink) -> None:
    [nudge_id] = outbox.add()
    mailer = make_mailer(smtp)
    dead = type(mailer)(host="127.0.0.1", port=9, sender=mailer.sender, security="none",
                        timeout=2)
    report = make_deliverer(outbox, dead).deliver_due()
    assert report.retried == 1
    assert outbox.get(nudge_id).status is NudgeStatus.QUEUED


def test_claims_are_disjoint_and_stale_sending_rows_are_reclaimed(outbox: Outbox) -> None:
    ids = outbox.add(n=5)
    now = utcnow()
    with unit_of_work(outbox.sessions) as session:
        first = claim(session=session, now=now, limit=3, lease_seconds=60)
    with unit_of_work(outbox.sessions) as session:
        second = claim(session=session, now=now, limit=10, lease_seconds=60)
    with unit_of_work(outbox.sessions) as session:
        third = claim(session=session, now=now, limit=10, lease_seconds=60)

    def holders(token: str) -> set[int]:
        with unit_of_work(outbox.sessions) as session:
            from engagement.models import Nudge

            return set(session.scalars(select(Nudge.id).where(Nudge.claim_token == token)))

    assert len(holders(first)) == 3 and len(holders(second)) == 2
    assert holders(first) | holders(second) == set(ids) and not holders(third)
    with unit_of_work(outbox.sessions) as session:
        later = claim(session=session, now=now + timedelta(seconds=61), limit=10,
                      lease_seconds=60)
    assert holders(later) == set(ids)


def test_a_nudge_stuck_in_sending_is_delivered_after_its_claim_expires(
    outbox: Outbox, smtp: SmtpSink
) -> None:
    [nudge_id] = outbox.add()
    with unit_of_work(outbox.sessions) as session:
        claim(session=session, now=utcnow(), limit=1, lease_seconds=60)  # then "crashed"
    deliverer = make_deliverer(outbox, make_mailer(smtp))
    assert deliverer.deliver_due().claimed == 0
    deliverer.clock = lambda: utcnow() + timedelta(seconds=61)
    assert deliverer.deliver_due().sent == 1
    assert len(smtp.messages()) == 1 and outbox.get(nudge_id).status is NudgeStatus.SENT


def test_in_app_nudges_become_notifications(outbox: Outbox) -> None:
    [nudge_id] = outbox.add(channel=NudgeChannel.IN_APP)
    report = make_deliverer(outbox, None).deliver_due()
    assert report.by_channel == {"in_app": 1}
    with unit_of_work(outbox.sessions) as session:
        note = session.scalar(select(Notification).where(Notification.nudge_id == nudge_id))
    assert note is not None and note.read_at is None and "small step" in note.body


def test_email_without_smtp_fails_for_good(outbox: Outbox) -> None:
    [nudge_id] = outbox.add()
    assert make_deliverer(outbox, None).deliver_due().failed == 1
    assert "LODESTAR_SMTP_HOST" in outbox.get(nudge_id).error


def test_a_learner_who_opted_out_after_queueing_is_skipped(outbox: Outbox, smtp: SmtpSink
                                                           ) -> None:
    [nudge_id] = outbox.add()
    with unit_of_work(outbox.sessions) as session:
        session.add(NudgeOptOut(user_id=outbox.learner_id, source="test"))
    make_deliverer(outbox, make_mailer(smtp)).deliver_due()
    assert outbox.get(nudge_id).status is NudgeStatus.SKIPPED
    assert smtp.messages() == []


def test_future_nudges_wait(outbox: Outbox, smtp: SmtpSink) -> None:
    outbox.add(due=utcnow() + timedelta(hours=3))
    assert make_deliverer(outbox, make_mailer(smtp)).deliver_due().claimed == 0
    assert isinstance(utcnow(), datetime)
