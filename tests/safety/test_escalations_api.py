"""The escalations inbox API and pages: access checks on every id, status moves, notes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.coaching import service as coaching
from app.settings import Settings
from app.wiring import open_database
from safety import service
from safety.models import CaseKind
from safety.ports import Assessment
from tests.app.web_support import World, page_csrf, sign_in

HIGH = Assessment(category="suicide", severity="high", reasons=("rule:test",), local_only=True)


@pytest.fixture
def settings(settings: Settings, empty_database_url: str) -> Settings:
    """The test settings on SQLite and on PostgreSQL."""
    return settings.model_copy(update={"database_url": empty_database_url})


@pytest.fixture
def cases(settings: Settings, world: World) -> tuple[int, int]:
    """One crisis case on maya (owned by `coach`) and one review case on rival."""
    database = open_database(settings)
    with database.sessions.begin() as session:
        maya = coaching.start_conversation(session=session, learner_id=world.learner_id,
                                           coach_id=world.maya_id, title="")
        mine, _ = service.open_case(session=session, kind=CaseKind.CRISIS, assessment=HIGH,
                                    learner_id=world.learner_id, coach_id=world.maya_id,
                                    conversation_id=maya.id, message_id=None)
        theirs, _ = service.open_case(session=session, kind=CaseKind.REVIEW, assessment=HIGH,
                                      learner_id=world.learner_id, coach_id=world.rival_id,
                                      conversation_id=None, message_id=None)
        ids = (mine.id, theirs.id)
    database.dispose()
    return ids


def test_coaches_list_only_their_own_cases_and_admins_list_all(
    client: TestClient, world: World, cases: tuple[int, int]
) -> None:
    mine, theirs = cases
    assert [c["id"] for c in client.get("/api/v1/escalations", headers=world.coach).json()] == [
        mine]
    assert [c["id"] for c in client.get("/api/v1/escalations",
                                        headers=world.rival_coach).json()] == [theirs]
    listed = client.get("/api/v1/escalations", headers=world.admin).json()
    assert sorted(c["id"] for c in listed) == sorted(cases)
    assert client.get("/api/v1/escalations", headers=world.learner).status_code == 403
    assert client.get("/api/v1/escalations").status_code == 401


@pytest.mark.parametrize(("method", "path"), [
    ("get", "/api/v1/escalations/{id}"),
    ("post", "/api/v1/escalations/{id}/acknowledge"),
    ("post", "/api/v1/escalations/{id}/resolve"),
    ("post", "/api/v1/escalations/{id}/notes"),
])
def test_another_coachs_case_is_not_found_on_every_endpoint(
    client: TestClient, world: World, cases: tuple[int, int], method: str, path: str
) -> None:
    _, theirs = cases
    kwargs = {"json": {"note": "x"}} if method == "post" else {}
    response = client.request(method.upper(), path.format(id=theirs), headers=world.coach,
                              **kwargs)
    assert response.status_code == 404
    missing = client.request(method.upper(), path.format(id=999_999), headers=world.admin,
                             **kwargs)
    assert missing.status_code == 404


def test_a_case_moves_open_acknowledged_resolved_with_an_audit_trail(
    client: TestClient, world: World, cases: tuple[int, int]
) -> None:
    mine, _ = cases
    url = f"/api/v1/escalations/{mine}"
    acked = client.post(f"{url}/acknowledge", json={"note": "Called the learner."},
                        headers=world.coach)
    assert acked.status_code == 200 and acked.json()["status"] == "acknowledged"
    assert client.post(f"{url}/acknowledge", headers=world.coach).status_code == 409
    noted = client.post(f"{url}/notes", json={"note": "Follow-up on Monday."},
                        headers=world.coach)
    assert noted.status_code == 201
    assert client.post(f"{url}/notes", json={"note": "  "}, headers=world.coach).status_code == 422
    resolved = client.post(f"{url}/resolve", json={"note": "Learner is safe."},
                           headers=world.coach).json()
    assert resolved["status"] == "resolved" and resolved["resolved_at"] is not None
    assert client.post(f"{url}/resolve", headers=world.coach).status_code == 409
    trail = [(e["action"], e["note"]) for e in resolved["events"]]
    assert trail[0][0] == "opened"
    assert trail[1:] == [("acknowledged", "Called the learner."), ("note", "Follow-up on Monday."),
                         ("resolved", "Learner is safe.")]
    assert client.get("/api/v1/escalations?status=open", headers=world.coach).json() == []
    assert [c["id"] for c in client.get("/api/v1/escalations?status=resolved",
                                        headers=world.coach).json()] == [mine]


def test_a_review_flag_on_an_active_review_case_extends_it(
    settings: Settings, world: World
) -> None:
    database = open_database(settings)
    medium = Assessment(category="eating_disorder", severity="medium", local_only=True)
    with database.sessions.begin() as session:
        conversation = coaching.start_conversation(session=session, learner_id=world.learner_id,
                                                   coach_id=world.maya_id, title="")
        first, new_first = service.open_case(
            session=session, kind=CaseKind.REVIEW, assessment=medium,
            learner_id=world.learner_id, coach_id=world.maya_id,
            conversation_id=conversation.id, message_id=None)
        again, new_again = service.open_case(
            session=session, kind=CaseKind.REVIEW, assessment=medium,
            learner_id=world.learner_id, coach_id=world.maya_id,
            conversation_id=conversation.id, message_id=None)
        actions = [e.action for e in service.events(session=session, case=first)]
    database.dispose()
    assert first.id == again.id and (new_first, new_again) == (True, False)
    assert actions == ["opened", "flagged_again"]


def test_the_inbox_pages_show_own_cases_and_act_on_them_with_csrf(
    client: TestClient, world: World, cases: tuple[int, int]
) -> None:
    mine, theirs = cases
    sign_in(client, "coach@example.org")
    inbox = client.get("/safety/cases")
    assert inbox.status_code == 200
    assert f"/safety/cases/{mine}" in inbox.text and f"/safety/cases/{theirs}" not in inbox.text
    assert client.get(f"/safety/cases/{theirs}").status_code == 404
    page = client.get(f"/safety/cases/{mine}")
    assert page.status_code == 200 and "Audit trail" in page.text
    csrf = page_csrf(page.text)
    assert client.post(f"/safety/cases/{theirs}/acknowledge",
                       data={"csrf_token": csrf}).status_code == 404
    assert client.post(f"/safety/cases/{mine}/acknowledge", data={}).status_code == 403
    done = client.post(f"/safety/cases/{mine}/resolve",
                       data={"csrf_token": csrf, "note": "Spoke with them."})
    assert done.status_code == 200 and "resolved" in done.text and "Spoke with them." in done.text
    dashboard = client.get("/coach/maya")
    assert 'id="escalations-badge"' in dashboard.text


def test_learners_cannot_open_the_inbox_pages(
    client: TestClient, world: World, cases: tuple[int, int]
) -> None:
    sign_in(client, "learner@example.org")
    assert client.get("/safety/cases", follow_redirects=False).status_code in (303, 403)
    assert client.get(f"/safety/cases/{cases[0]}", follow_redirects=False).status_code in (
        303, 403, 404)
