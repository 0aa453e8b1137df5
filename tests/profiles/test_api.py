"""The profile API: goals, milestones, check-ins, feedback, preferences; 404 for others' ids."""

from __future__ import annotations

from datetime import date, timedelta

from fastapi.testclient import TestClient

from app.coaching import service as coaching
from app.coaching.models import MessageRole
from app.db import utcnow
from app.settings import Settings
from app.wiring import open_database
from tests.app.web_support import World

TODAY = utcnow().date()


def _why(response: object) -> str:
    """The explanation in a 422 answer (FastAPI's validation-error shape)."""
    detail = response.json()["detail"]  # type: ignore[attr-defined]
    return " ".join(item["msg"] for item in detail) if isinstance(detail, list) else detail


def _goal(client: TestClient, headers: dict[str, str], **extra: object) -> dict[str, object]:
    body = {"title": "Run 10 km", "unit": "km", "target_value": 10,
            "start_date": (TODAY - timedelta(days=5)).isoformat(),
            "target_date": (TODAY + timedelta(days=5)).isoformat(),
            "milestones": [{"title": "5 km", "due_date": TODAY.isoformat()}]} | extra
    response = client.post("/api/v1/goals", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def _answer(settings: Settings, world: World) -> int:
    """An assistant message in the learner's conversation with maya."""
    database = open_database(settings)
    with database.sessions.begin() as session:
        conversation = coaching.start_conversation(session=session, learner_id=world.learner_id,
                                                   coach_id=world.maya_id)
        coaching.add_message(session=session, conversation=conversation, role=MessageRole.USER,
                             content="hi")
        answer = coaching.add_message(session=session, conversation=conversation,
                                      role=MessageRole.ASSISTANT, content="A long answer")
        answer_id = answer.id
    database.dispose()
    return answer_id


def test_goal_lifecycle_with_progress_against_plan(client: TestClient, world: World) -> None:
    goal = _goal(client, world.learner)
    assert goal["status"] == "active" and len(goal["milestones"]) == 1  # type: ignore[arg-type]
    assert goal["progress"]["expected"] == 0.5 and goal["progress"]["actual"] == 0  # type: ignore[index]
    url = f"/api/v1/goals/{goal['id']}"
    made = client.post(f"{url}/check-ins", json={"value": 4}, headers=world.learner)
    assert made.status_code == 201 and made.json()["value"] == 4
    assert client.post(f"{url}/check-ins", json={"done": True},
                       headers=world.learner).status_code == 422
    read = client.get(url, headers=world.learner).json()
    assert read["current_value"] == 4 and read["progress"]["deviation"] == 0.2
    assert read["progress"]["on_track"] is True
    patched = client.patch(url, json={"target_value": 8, "title": "Run 8 km"},
                           headers=world.learner)
    assert patched.json()["title"] == "Run 8 km" and patched.json()["progress"]["actual"] == 0.5
    bad = client.patch(url, json={"target_date": "2000-01-01"}, headers=world.learner)
    assert bad.status_code == 422 and "before the start date" in _why(bad)
    milestone = client.post(f"{url}/milestones", json={"title": "7 km",
                            "due_date": TODAY.isoformat()}, headers=world.learner).json()
    done = client.put(f"/api/v1/milestones/{milestone['id']}",
                      json={"title": "7 km", "due_date": TODAY.isoformat(), "done": True},
                      headers=world.learner)
    assert done.status_code == 200 and done.json()["done_at"] is not None
    assert [g["id"] for g in client.get("/api/v1/goals", headers=world.learner).json()] == [
        goal["id"]]
    assert client.delete(url, headers=world.learner).status_code == 204
    assert client.get(url, headers=world.learner).status_code == 404


def test_yes_no_goal_and_proposed_goal_confirmation(client: TestClient, world: World) -> None:
    habit = _goal(client, world.learner, title="Meditate", kind="yes_no", target_value=3,
                  milestones=[])
    url = f"/api/v1/goals/{habit['id']}"
    assert client.post(f"{url}/check-ins", json={"value": 2},
                       headers=world.learner).status_code == 422
    assert client.post(f"{url}/check-ins", json={"done": True},
                       headers=world.learner).status_code == 201
    assert client.post(f"{url}/confirm", headers=world.learner).status_code == 409
    listed = client.get("/api/v1/goals?status=proposed", headers=world.learner)
    assert listed.status_code == 200 and listed.json() == []


def test_invalid_goals_are_rejected_with_reasons(client: TestClient, world: World) -> None:
    late = client.post("/api/v1/goals", json={
        "title": "x", "target_value": 1, "start_date": "2026-05-01",
        "target_date": "2026-04-01"}, headers=world.learner)
    assert late.status_code == 422 and "before the start date" in _why(late)
    stranger = client.post("/api/v1/goals", json={
        "title": "x", "target_value": 1, "target_date": "2030-01-01",
        "coach_id": world.rival_id}, headers=world.learner)
    assert stranger.status_code == 422 and "not enrolled" in _why(stranger)
    assert client.post("/api/v1/goals", json={"title": ""},
                       headers=world.learner).status_code == 422
    assert client.get("/api/v1/goals").status_code == 401


def test_every_id_of_another_learner_answers_404(client: TestClient, world: World,
                                                 settings: Settings) -> None:
    goal = _goal(client, world.learner)
    milestone_id = goal["milestones"][0]["id"]  # type: ignore[index]
    check = client.post(f"/api/v1/goals/{goal['id']}/check-ins", json={"value": 1},
                        headers=world.learner).json()
    answer_id = _answer(settings, world)
    g = f"/api/v1/goals/{goal['id']}"
    milestone = {"title": "m", "due_date": TODAY.isoformat()}
    attempts = [
        ("GET", g, None), ("PATCH", g, {"title": "mine"}), ("DELETE", g, None),
        ("POST", f"{g}/confirm", None), ("GET", f"{g}/check-ins", None),
        ("POST", f"{g}/check-ins", {"value": 2}), ("POST", f"{g}/milestones", milestone),
        ("PUT", f"/api/v1/milestones/{milestone_id}", milestone),
        ("DELETE", f"/api/v1/milestones/{milestone_id}", None),
        ("DELETE", f"/api/v1/check-ins/{check['id']}", None),
        ("POST", f"/api/v1/messages/{answer_id}/feedback", {"rating": "down"}),
    ]
    for method, url, body in attempts:
        response = client.request(method, url, json=body, headers=world.other)
        assert response.status_code == 404, (method, url, response.text)
    # ... and nothing changed for the owner.
    assert client.get(g, headers=world.learner).json()["title"] == "Run 10 km"
    assert len(client.get(f"{g}/check-ins", headers=world.learner).json()) == 1


def test_feedback_moves_the_length_preference(client: TestClient, world: World,
                                              settings: Settings) -> None:
    answer_id = _answer(settings, world)
    url = f"/api/v1/messages/{answer_id}/feedback"
    first = client.post(url, json={"rating": "down", "reason": "too_long"}, headers=world.learner)
    assert first.status_code == 200 and first.json()["reason"] == "too_long"
    profile = client.get("/api/v1/profile", headers=world.learner).json()
    assert profile["answer_length"]["label"] == "short"
    assert any(h["source"] == f"feedback:{answer_id}" for h in profile["history"])
    client.post(url, json={"rating": "up", "reason": "too_short"}, headers=world.learner)
    client.post(url, json={"rating": "up", "reason": "too_short"}, headers=world.learner)
    profile = client.get("/api/v1/profile", headers=world.learner).json()
    assert profile["answer_length"]["label"] == "detailed"
    assert profile["feedback"] == [{"rating": "up", "reason": "too_short", "count": 1}]
    assert client.delete("/api/v1/profile/feedback", headers=world.learner).status_code == 204
    assert client.get("/api/v1/profile", headers=world.learner).json()["feedback"] == []
    assert client.post(url, json={"rating": "sideways"}, headers=world.learner).status_code == 422
    question = answer_id - 1  # the learner's own message is not an answer
    assert client.post(f"/api/v1/messages/{question}/feedback", json={"rating": "up"},
                       headers=world.learner).status_code == 404


def test_preferences_and_forgetting(client: TestClient, world: World) -> None:
    saved = client.patch("/api/v1/profile/preferences",
                         json={"preferred_channel": "email", "preferred_hours": [19, 8]},
                         headers=world.learner)
    assert saved.status_code == 200
    assert saved.json()["preferred_channel"] == "email"
    assert saved.json()["best_hours"] == [8, 19]
    bad = client.patch("/api/v1/profile/preferences", json={"preferred_hours": [25]},
                       headers=world.learner)
    assert bad.status_code == 422 and "0 to 23" in _why(bad)
    assert client.patch("/api/v1/profile/preferences", json={"preferred_channel": "fax"},
                        headers=world.learner).status_code == 422
    zone = client.patch("/api/v1/profile/preferences", json={"timezone": "Europe/Paris"},
                        headers=world.learner)
    assert zone.status_code == 200 and zone.json()["timezone"] == "Europe/Paris"
    nowhere = client.patch("/api/v1/profile/preferences", json={"timezone": "Mars/Olympus"},
                           headers=world.learner)
    assert nowhere.status_code == 422 and "unknown time zone" in _why(nowhere)
    assert client.delete("/api/v1/profile/channel", headers=world.learner).status_code == 204
    assert client.get("/api/v1/profile", headers=world.learner).json()[
        "preferred_channel"] is None
    assert client.delete("/api/v1/profile/nonsense", headers=world.learner).status_code == 422


def test_coach_sees_enrolled_learners_only(client: TestClient, world: World) -> None:
    _goal(client, world.learner)
    url = f"/api/v1/coaches/maya/learners/{world.learner_id}/profile"
    seen = client.get(url, headers=world.coach)
    assert seen.status_code == 200 and seen.json()["goals"][0]["title"] == "Run 10 km"
    assert "history" not in seen.json()
    assert client.get(url, headers=world.admin).status_code == 200
    assert client.get(url, headers=world.rival_coach).status_code == 404
    assert client.get(f"/api/v1/coaches/rival/learners/{world.learner_id}/profile",
                      headers=world.rival_coach).status_code == 404
    assert client.get(url, headers=world.learner).status_code == 403
    assert client.get(f"/api/v1/coaches/maya/learners/{2**31 - 1}/profile",
                      headers=world.coach).status_code == 404


def test_goal_dates_in_the_far_past_still_compute(client: TestClient, world: World) -> None:
    goal = _goal(client, world.learner, start_date=date(2020, 1, 1).isoformat(),
                 target_date=date(2020, 1, 1).isoformat(), milestones=[])
    assert goal["progress"]["expected"] == 1.0  # type: ignore[index]
