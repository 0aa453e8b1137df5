"""Engagement over HTTP: coach API and pages with access checks, learner notifications,
push subscriptions, the unsubscribe and open links, the service worker, the scheduler status."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlparse

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.db import unit_of_work, utcnow
from app.settings import Settings
from app.wiring import open_database
from engagement import links
from engagement.models import Notification, Nudge, NudgeChannel, NudgeOptOut, NudgeStatus, Trigger
from engagement.push import generate_keys, save_keys
from tests.app.web_support import World, build_app, seed_world, sign_in, wait_until

P256DH = "BDyFHAiN4dJYRlMSAnN60h7_7nV3UWqLKv6RCOvmCD09BZfhyMtjM_c2LVbGJDeZhlFPjsIUf5gzWFOCsoj4JgE"
AUTH = "tBHItJI5svbpez7KI4CCXg"


@pytest.fixture
def world(settings: Settings) -> World:
    return seed_world(settings)


@pytest.fixture
def quiet(settings: Settings) -> Settings:
    return settings.model_copy(update={"scheduler_enabled": False})


@pytest.fixture
def client(quiet: Settings, world: World) -> Iterator[TestClient]:
    with TestClient(build_app(quiet)) as test_client:
        yield test_client


def _nudge(settings: Settings, world: World, status: NudgeStatus, *, key: str,
           channel: NudgeChannel = NudgeChannel.EMAIL) -> int:
    database = open_database(settings)
    now = utcnow()
    with unit_of_work(database.sessions) as session:
        nudge = Nudge(learner_id=world.learner_id, coach_id=world.maya_id,
                      trigger=Trigger.INACTIVITY, priority=10, channel=channel, status=status,
                      dedupe_key=key, scheduled_for=now, next_attempt_at=now,
                      subject="Maya: how are things?", body="One small step today?",
                      generated_at=now, generated_by="template")
        session.add(nudge)
        session.flush()
        nudge_id = nudge.id
        if status is NudgeStatus.SENT:
            session.add(Notification(user_id=world.learner_id, nudge_id=nudge_id,
                                     title=nudge.subject, body=nudge.body,
                                     url=f"/nudges/{nudge_id}/go"))
    database.dispose()
    return nudge_id


def test_coach_reviews_the_queue_and_other_coaches_get_404(
    client: TestClient, world: World, quiet: Settings
) -> None:
    pending = _nudge(quiet, world, NudgeStatus.PENDING_APPROVAL, key="p1")
    other = _nudge(quiet, world, NudgeStatus.PENDING_APPROVAL, key="p2")
    sent = _nudge(quiet, world, NudgeStatus.SENT, key="s1")
    base = "/api/v1/coaches/maya/nudges"
    listed = client.get(f"{base}?status=pending_approval", headers=world.coach)
    assert listed.status_code == 200
    assert {n["id"] for n in listed.json()} == {pending, other}
    assert client.get(base, headers=world.rival_coach).status_code == 404
    assert client.post(f"/api/v1/coaches/rival/nudges/{pending}/approve",
                       headers=world.rival_coach).status_code == 404
    assert client.get(base, headers=world.learner).status_code == 403
    edited = client.patch(f"{base}/{pending}", headers=world.coach,
                          json={"subject": "Maya: a thought", "body": "Ten minutes today?"})
    assert edited.status_code == 200 and edited.json()["body"] == "Ten minutes today?"
    approved = client.post(f"{base}/{pending}/approve", headers=world.coach)
    assert approved.status_code == 200 and approved.json()["status"] == "queued"
    assert client.post(f"{base}/{pending}/approve", headers=world.coach).status_code == 409
    assert client.post(f"{base}/{sent}/reject", headers=world.coach).status_code == 409
    rejected = client.post(f"{base}/{other}/reject", headers=world.coach)
    assert rejected.json()["status"] == "cancelled"
    assert client.post(f"{base}/999999/approve", headers=world.coach).status_code == 404


def test_rules_default_validate_and_persist(client: TestClient, world: World) -> None:
    url = "/api/v1/coaches/maya/nudge-rules"
    defaults = client.get(url, headers=world.coach).json()
    assert defaults["inactivity_hours"] == 24.0 and defaults["daily_cap"] == 1
    bad = client.put(url, headers=world.coach, json={**defaults, "deviation": 3})
    assert bad.status_code == 422
    saved = client.put(url, headers=world.coach,
                       json={**defaults, "inactivity_hours": 48, "approval_required": True})
    assert saved.status_code == 200
    again = client.get(url, headers=world.coach).json()
    assert again["inactivity_hours"] == 48 and again["approval_required"] is True
    assert client.get(url, headers=world.rival_coach).status_code == 404


def test_learner_notifications_and_reading_them(client: TestClient, world: World,
                                                quiet: Settings) -> None:
    nudge_id = _nudge(quiet, world, NudgeStatus.SENT, key="s2")
    listed = client.get("/api/v1/notifications", headers=world.learner).json()
    assert listed["unread"] == 1 and listed["items"][0]["url"] == f"/nudges/{nudge_id}/go"
    note = listed["items"][0]["id"]
    assert client.post(f"/api/v1/notifications/{note}/read",
                       headers=world.other).status_code == 404
    assert client.post(f"/api/v1/notifications/{note}/read",
                       headers=world.learner).status_code == 204
    assert client.get("/api/v1/notifications", headers=world.learner).json()["unread"] == 0
    database = open_database(quiet)
    with unit_of_work(database.sessions) as session:
        assert session.get_one(Nudge, nudge_id).opened_at is not None
    database.dispose()


def test_push_key_and_subscriptions(client: TestClient, world: World, quiet: Settings) -> None:
    assert client.get("/api/v1/push/key").status_code == 404
    keys = generate_keys()
    save_keys(quiet, keys)
    assert client.get("/api/v1/push/key").json() == {"public_key": keys.public_key}
    body = {"endpoint": "https://push.example/abc", "keys": {"p256dh": P256DH, "auth": AUTH}}
    assert client.post("/api/v1/push/subscriptions", json=body,
                       headers=world.learner).status_code == 201
    bad = {**body, "keys": {"p256dh": "short", "auth": AUTH}}
    assert client.post("/api/v1/push/subscriptions", json=bad,
                       headers=world.learner).status_code == 422
    gone = client.request("DELETE", "/api/v1/push/subscriptions", headers=world.other,
                          json={"endpoint": body["endpoint"]})
    assert gone.status_code == 404
    assert client.request("DELETE", "/api/v1/push/subscriptions", headers=world.learner,
                          json={"endpoint": body["endpoint"]}).status_code == 204


def test_one_click_unsubscribe_opts_out_and_cancels_queued_nudges(
    client: TestClient, world: World, quiet: Settings
) -> None:
    queued = _nudge(quiet, world, NudgeStatus.QUEUED, key="q1")
    url = links.unsubscribe_url(quiet.public_url, quiet.session_secret(), world.learner_id)
    path = urlparse(url).path + "?" + urlparse(url).query
    page = client.get(path)
    assert page.status_code == 200 and "Stop the check-in messages" in page.text
    database = open_database(quiet)
    with unit_of_work(database.sessions) as session:
        assert session.get(NudgeOptOut, world.learner_id) is None  # GET changes nothing
    # RFC 8058: the mail client POSTs the form field, with no cookie and no CSRF token.
    done = client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "no more nudges" in done.text
    with unit_of_work(database.sessions) as session:
        assert session.get(NudgeOptOut, world.learner_id) is not None
        assert session.get_one(Nudge, queued).status is NudgeStatus.CANCELLED
    database.dispose()
    forged = parse_qs(urlparse(url).query)["t"][0].replace(str(world.learner_id), "999", 1)
    assert client.post(f"/nudges/unsubscribe?t={forged}").status_code == 404


def test_open_link_marks_the_nudge_opened(client: TestClient, world: World,
                                          quiet: Settings) -> None:
    nudge_id = _nudge(quiet, world, NudgeStatus.SENT, key="s3")
    url = links.open_url(quiet.public_url, quiet.session_secret(), nudge_id)
    response = client.get(urlparse(url).path + "?" + urlparse(url).query,
                          follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/chat/maya"
    assert client.get("/nudges/open?t=1.bad", follow_redirects=False).status_code == 404


def test_coach_page_learner_page_and_forms(client: TestClient, world: World,
                                           quiet: Settings) -> None:
    pending = _nudge(quiet, world, NudgeStatus.PENDING_APPROVAL, key="p3")
    csrf = sign_in(client, "coach@example.org")
    page = client.get("/coach/maya/nudges")
    assert page.status_code == 200
    for part in ("<svg", "Waiting for your approval (1)", "learner@example.org", "Save rules"):
        assert part in page.text
    reviewed = client.post(f"/coach/maya/nudges/{pending}/review", follow_redirects=False,
                           data={"csrf_token": csrf, "action": "approve",
                                 "subject": "Maya: hello", "body": "Edited text"})
    assert reviewed.status_code == 303
    rules = client.post("/coach/maya/nudges/rules", follow_redirects=False,
                        data={"csrf_token": csrf, "enabled": "on", "inactivity_hours": "36",
                              "stagnation_days": "3", "deviation": "0.3",
                              "motivation_drop": "0.2", "motivation_days": "7",
                              "milestone_days": "1", "daily_cap": "2", "quiet_start": "22",
                              "quiet_end": "7"})
    assert rules.status_code == 303 and "error" not in rules.headers["location"]
    assert client.get("/api/v1/coaches/maya/nudge-rules").json()["daily_cap"] == 2
    assert client.get("/coach/rival/nudges").status_code == 404
    database = open_database(quiet)
    with unit_of_work(database.sessions) as session:
        nudge = session.get_one(Nudge, pending)
        assert (nudge.status, nudge.body, nudge.generated_by) == (NudgeStatus.QUEUED,
                                                                  "Edited text", "coach")
    database.dispose()
    client.cookies.clear()
    sign_in(client, "learner@example.org")
    notifications = client.get("/notifications")
    assert notifications.status_code == 200
    assert "Nudges are <strong>on</strong>" in notifications.text
    worker = client.get("/sw.js")
    assert worker.headers["content-type"].startswith("text/javascript")
    assert "showNotification" in worker.text


def test_the_app_runs_the_scheduler_and_reports_it(settings: Settings, world: World) -> None:
    del world
    app = build_app(settings)
    with TestClient(app):
        wait_until(lambda: app.state.scheduler.status()["leader"], "the app to lead")
        status = app.state.scheduler.status()
        assert status["running"] and status["lease_holder"] == status["holder"]
        assert set(status["jobs"]) == {"nudges.evaluate", "nudges.deliver", "safety.realert"}
    database = open_database(settings)
    with unit_of_work(database.sessions) as session:
        from engagement.models import SchedulerLease

        assert session.scalars(select(SchedulerLease)).all() == []  # released on shutdown
    database.dispose()
