"""The case page shows a crisis case's alert history and when the next re-alert is due."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient

from app.db import unit_of_work, utcnow
from safety import realert, service
from safety.models import CaseKind, EscalationCase
from safety.ports import Assessment
from tests.app.web_support import World, page_csrf, sign_in

HIGH = Assessment(category="suicide", severity="high", reasons=("rule:test",), local_only=True)
POLICY = realert.RealertPolicy(window=timedelta(minutes=15), max_realerts=3)


def test_the_case_page_lists_alerts_reminders_and_their_emails(
    client: TestClient, world: World
) -> None:
    sessions = client.app.state.db.sessions  # type: ignore[attr-defined]
    start = utcnow() - timedelta(minutes=40)
    with unit_of_work(sessions) as session:
        case, _ = service.open_case(session=session, kind=CaseKind.CRISIS, assessment=HIGH,
                                    learner_id=world.learner_id, coach_id=world.maya_id,
                                    conversation_id=None, message_id=None)
        for event in service.events(session=session, case=case):
            event.created_at = start
        case_id = case.id
    for minutes in (16, 32):
        with unit_of_work(sessions) as session:
            done = realert.record_realert(session=session, case_id=case_id, policy=POLICY,
                                          now=start + timedelta(minutes=minutes))
            assert done is not None
            owner = next(u for u, _, as_admin in done.recipients if not as_admin)
            case_row = session.get_one(EscalationCase, case_id)
            service.add_event(session=session, case=case_row, actor_id=None, action="emailed",
                              note=f"user {owner}, reminder {done.number}")
    sign_in(client, "coach@example.org")
    page = client.get(f"/safety/cases/{case_id}").text
    assert "First alert: the case appeared in the escalations inbox" in page
    assert "Re-alert: reminder 1 of 3" in page
    assert "Re-alert: reminder 2 of 3, admins included" in page
    assert "Email sent to Coach (reminder 2)" in page
    assert "Re-alerted 2 of 3 times." in page
    due = (start + timedelta(minutes=47)).strftime("%Y-%m-%d %H:%M")
    assert "the next re-alert is due at <time datetime=" in page and f"{due} UTC" in page
    acknowledged = client.post(f"/safety/cases/{case_id}/acknowledge",
                               data={"csrf_token": page_csrf(page)})
    assert acknowledged.status_code == 200
    page = acknowledged.text
    assert "Re-alerts stopped: the case is acknowledged." in page
    assert "next re-alert is due" not in page
