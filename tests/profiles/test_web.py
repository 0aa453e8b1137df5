"""The profile pages: the learner's own (goals, chart, forms) and the coach's view."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient

from app.db import utcnow
from tests.app.web_support import World, sign_in

TODAY = utcnow().date()


def _post(client: TestClient, url: str, token: str, **data: object) -> str:
    response = client.post(url, data={"csrf_token": token, **data})
    assert response.status_code == 200, response.text
    return response.text


def test_profile_page_manages_goals_and_draws_the_chart(client: TestClient,
                                                        world: World) -> None:
    token = sign_in(client, "learner@example.org")
    empty = client.get("/profile")
    assert empty.status_code == 200 and "No goals yet" in empty.text
    page = _post(client, "/profile/goals", token, title="Run 10 km", target_value=10,
                 unit="km", start_date=(TODAY - timedelta(days=10)).isoformat(),
                 target_date=(TODAY + timedelta(days=10)).isoformat(), kind="numeric")
    assert "Added Run 10 km." in page
    goal_id = int(re.search(r'id="goal-(\d+)"', page).group(1))  # type: ignore[union-attr]
    _post(client, f"/profile/goals/{goal_id}/milestones", token, title="Halfway",
          due_date=TODAY.isoformat())
    page = _post(client, f"/profile/goals/{goal_id}/check-in", token, value=2, note="slow")
    assert "Check-in saved." in page
    page = _post(client, f"/profile/goals/{goal_id}/check-in", token, value=3)
    assert '<svg class="goal-chart"' in page and 'class="plan"' in page
    assert page.count('class="check-in"') == 2 and 'class="milestone milestone-open"' in page
    assert 'class="actual"' in page and "Halfway (due" in page
    flat = " ".join(page.split())
    assert "3 of 10 km" in flat and "30% done, plan 50% (40% behind plan)" in flat
    bad = _post(client, "/profile/goals", token, title="Late", target_value=1,
                start_date="2030-01-02", target_date="2030-01-01")
    assert "before the start date" in bad
    page = _post(client, f"/profile/goals/{goal_id}/status", token, status="done")
    assert "Run 10 km: done." in page
    page = _post(client, "/profile/preferences", token, channel="web_push", hours=[7, 20])
    assert "Preferences saved." in page
    assert 'value="7" checked' in page and 'value="web_push" selected' in page
    history = client.get("/api/v1/profile").json()["history"]
    assert {"preferred_channel", "preferred_hours", f"goal:{goal_id}.status"} <= {
        h["field"] for h in history}
    page = _post(client, f"/profile/goals/{goal_id}/delete", token)
    assert "Deleted Run 10 km." in page and "No goals yet" in page


def test_proposed_goals_need_confirmation(client: TestClient, world: World) -> None:
    token = sign_in(client, "learner@example.org")
    conversation = client.post("/api/v1/coaches/maya/conversations", json={},
                               headers={"X-CSRF-Token": token}).json()
    client.post(f"/api/v1/conversations/{conversation['id']}/messages",
                json={"text": "I want to meditate every day for 3 weeks"},
                headers={"X-CSRF-Token": token})
    client.app.state.profiles.drain()  # type: ignore[attr-defined]
    page = client.get("/profile").text
    assert "Goals your coach noticed" in page and "Meditate" in page
    goal_id = int(re.search(r'/profile/goals/(\d+)/confirm', page).group(1))  # type: ignore[union-attr]
    page = _post(client, f"/profile/goals/{goal_id}/confirm", token)
    assert "Meditate is now one of your goals." in page and "Did you do it today?" in page
    assert "Goals your coach noticed" not in page
    assert "mindfulness (1)" in page and "from 1 messages" in page


def test_pages_refuse_other_users_and_missing_csrf(client: TestClient, world: World) -> None:
    assert client.get("/profile", follow_redirects=False).status_code in (303, 307)
    sign_in(client, "learner@example.org")
    goal = client.post("/api/v1/goals", json={"title": "Mine", "target_value": 1,
                                              "target_date": "2031-01-01"},
                       headers={"X-CSRF-Token": sign_in(client, "learner@example.org")}).json()
    client.cookies.clear()
    token = sign_in(client, "other@example.org")
    for url in (f"/profile/goals/{goal['id']}/delete", f"/profile/goals/{goal['id']}/confirm",
                f"/profile/goals/{goal['id']}/check-in", "/profile/milestones/999999/done",
                "/profile/check-ins/999999/delete"):
        assert client.post(url, data={"csrf_token": token, "value": 1}).status_code == 404, url
    assert client.post("/profile/goals", data={"title": "x", "target_value": 1,
                                               "target_date": "2031-01-01"}).status_code == 403


def test_coach_view_shows_enrolled_learners_only(client: TestClient, world: World) -> None:
    token = sign_in(client, "learner@example.org")
    goal = client.post("/api/v1/goals", json={"title": "Run 5 km", "target_value": 5,
                                              "target_date": "2031-01-01",
                                              "coach_id": world.maya_id},
                       headers={"X-CSRF-Token": token}).json()
    client.post(f"/api/v1/goals/{goal['id']}/check-ins", json={"value": 1},
                headers={"X-CSRF-Token": token})
    client.cookies.clear()
    sign_in(client, "coach@example.org")
    page = client.get(f"/coach/maya/learners/{world.learner_id}")
    assert page.status_code == 200 and "Run 5 km" in page.text and "goal-chart" in page.text
    assert "/profile/goals" not in page.text  # read-only
    client.cookies.clear()
    sign_in(client, "rival@example.org")
    assert client.get(f"/coach/maya/learners/{world.learner_id}").status_code == 404
    assert client.get(f"/coach/rival/learners/{world.learner_id}").status_code == 404
    client.cookies.clear()
    sign_in(client, "learner@example.org")
    assert client.get(f"/coach/maya/learners/{world.learner_id}",
                      follow_redirects=False).status_code in (303, 403, 404)
