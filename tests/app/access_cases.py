"""What every route with a path parameter must answer to callers who may not use its target.

`CASES` maps (method, path) to the probes for that route, one helper per domain. The objects
the probes aim at are made by `make_foreign_objects`: most belong to someone other than the
prober, so a route must answer 404, with the body of a missing id. Each probe carries a valid
JSON body or form, so only the id (or the role) can be the reason for a refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient

from app.accounts import service as accounts
from app.accounts.models import Role
from app.coaching import service as coaching
from app.coaching.models import Coach
from app.db import unit_of_work, utcnow
from engagement.models import Notification, Nudge, NudgeChannel, NudgeStatus, Trigger
from safety import service as safety
from safety.models import CaseKind
from safety.ports import Assessment
from tests.app.web_support import PASSWORD, World

MISSING = 999_999
SOON = (date.today() + timedelta(days=30)).isoformat()
LATER = (date.today() + timedelta(days=365)).isoformat()


@dataclass(frozen=True)
class Ids:
    """The ids the probes aim at: most belong to someone other than the prober.

    `stranger` is a learner enrolled with the rival coach only; the rival's nudge and
    escalation case are about them. The goal, milestone, check-in and notification are other's.
    """

    world: World
    other_conversation: int
    other_question: int
    other_answer: int
    rival_job: str
    other_user: int
    stranger: int
    other_goal: int
    other_milestone: int
    other_check_in: int
    other_notification: int
    rival_nudge: int
    rival_case: int


@dataclass(frozen=True)
class Probe:
    """One request as `who`, with the path filled from `params`, and the status it must get.

    For a 404, `same_as` fills the path with a missing target: both answers must be identical,
    so a response never tells whether someone else's object exists. `json` is the API body
    (None: the default one), `form` the page form.
    """

    who: str
    params: dict[str, Any]
    status: int
    same_as: dict[str, Any] | None = None
    form: dict[str, str] = field(default_factory=dict)
    json: dict[str, Any] | None = None


Cases = Callable[[Ids], list[Probe]]


def _foreign(who: str, params: dict[str, Any], missing: dict[str, Any], *,
             form: dict[str, str] | None = None, json: dict[str, Any] | None = None) -> Probe:
    return Probe(who, params, 404, {**params, **missing}, form or {}, json)


def _coach_pages(ids: Ids, *, form: dict[str, str] | None = None,
                 json: dict[str, Any] | None = None) -> list[Probe]:
    """A coach's management route: other coaches' are 404, learners are refused by role."""
    return [_foreign("coach", {"slug": "rival"}, {"slug": "nobody"}, form=form, json=json),
            Probe("learner", {"slug": "maya"}, 403, form=form or {}, json=json)]


def _documents(ids: Ids) -> list[Probe]:
    """One document of a coach: another coach's document, or another coach, is 404."""
    world = ids.world
    return [_foreign("coach", {"slug": "maya", "document_id": world.rival_document},
                     {"document_id": MISSING}),
            _foreign("coach", {"slug": "rival", "document_id": world.rival_document},
                     {"slug": "nobody"}),
            Probe("learner", {"slug": "maya", "document_id": world.maya_document}, 403)]


def _chat_coaches(ids: Ids) -> list[Probe]:
    """A coach to chat with: one the caller may not use is 404, like a missing one."""
    return [_foreign("learner", {"slug": "rival"}, {"slug": "nobody"}),
            _foreign("coach", {"slug": "rival"}, {"slug": "nobody"})]


# --- profiles: goals, milestones, check-ins, feedback, a coach's view of a learner -------------


def _own(name: str, target: Callable[[Ids], int], /, **body: Any) -> Cases:
    """Someone else's object, for each caller: 404 like a missing one (`body`: JSON or form)."""
    def cases(ids: Ids) -> list[Probe]:
        form = {k: str(v) for k, v in body.items()}
        return [_foreign(caller, {name: target(ids)}, {name: MISSING}, form=form,
                         json=body or None) for caller in ("learner", "coach")]
    return cases


def _goal(**body: Any) -> Cases:
    """Other's goal, with a body the route accepts."""
    return _own("goal_id", lambda ids: ids.other_goal, **body)


def _milestone(action: str = "", /, **body: Any) -> Cases:
    """Other's milestone (with a page `action` when the route takes one)."""
    def cases(ids: Ids) -> list[Probe]:
        extra = {"action": action} if action else {}
        params = {"milestone_id": ids.other_milestone, **extra}
        return [_foreign(caller, params, {"milestone_id": MISSING}, json=body or None)
                for caller in ("learner", "coach")]
    return cases


_check_in = _own("check_in_id", lambda ids: ids.other_check_in)


def _coach_learner(ids: Ids) -> list[Probe]:
    """A learner not enrolled with the coach, or a coach not managed, is 404; learners 403."""
    return [_foreign("coach", {"slug": "maya", "learner_id": ids.stranger},
                     {"learner_id": MISSING}),
            _foreign("coach", {"slug": "rival", "learner_id": ids.other_user},
                     {"slug": "nobody"}),
            Probe("learner", {"slug": "maya", "learner_id": ids.other_user}, 403)]


def _forget(status: int, bad: int) -> Cases:
    """Only the caller's own profile is ever touched; an unknown entry is refused."""
    return lambda _: [Probe("learner", {"entry": "topics"}, status),
                      Probe("learner", {"entry": "nonsense"}, bad)]


GOAL_FORM = {"title": "Mine now", "target_value": 3, "target_date": LATER}
PROFILE_CASES: dict[tuple[str, str], Cases] = {
    ("GET", "/api/v1/goals/{goal_id}"): _goal(),
    ("PATCH", "/api/v1/goals/{goal_id}"): _goal(title="Mine now"),
    ("DELETE", "/api/v1/goals/{goal_id}"): _goal(),
    ("POST", "/api/v1/goals/{goal_id}/confirm"): _goal(),
    ("GET", "/api/v1/goals/{goal_id}/check-ins"): _goal(),
    ("POST", "/api/v1/goals/{goal_id}/check-ins"): _goal(value=5),
    ("POST", "/api/v1/goals/{goal_id}/milestones"): _goal(title="Step", due_date=SOON),
    ("PUT", "/api/v1/milestones/{milestone_id}"): _milestone(title="Step", due_date=SOON,
                                                             done=True),
    ("DELETE", "/api/v1/milestones/{milestone_id}"): _milestone(),
    ("DELETE", "/api/v1/check-ins/{check_in_id}"): _check_in,
    ("POST", "/api/v1/messages/{message_id}/feedback"): lambda ids: [
        _foreign("learner", {"message_id": m}, {"message_id": MISSING}, json={"rating": "down"})
        for m in (ids.other_answer, ids.other_question)],
    ("DELETE", "/api/v1/profile/{entry}"): _forget(204, 422),
    ("GET", "/api/v1/coaches/{slug}/learners/{learner_id}/profile"): _coach_learner,
    ("POST", "/profile/goals/{goal_id}/confirm"): _goal(),
    ("POST", "/profile/goals/{goal_id}/status"): _goal(status="abandoned"),
    ("POST", "/profile/goals/{goal_id}/edit"): _goal(**GOAL_FORM),
    ("POST", "/profile/goals/{goal_id}/delete"): _goal(),
    ("POST", "/profile/goals/{goal_id}/check-in"): _goal(value=5),
    ("POST", "/profile/goals/{goal_id}/milestones"): _goal(title="Step", due_date=SOON),
    ("POST", "/profile/check-ins/{check_in_id}/delete"): _check_in,
    ("POST", "/profile/milestones/{milestone_id}/{action}"): lambda ids: [
        *_milestone("done")(ids), *_milestone("delete")(ids)],
    ("POST", "/profile/forget/{entry}"): _forget(303, 404),
    ("GET", "/coach/{slug}/learners/{learner_id}"): _coach_learner,
}


# --- engagement: notifications, a learner's nudge link, a coach's nudges and rules -------------


def _nudge(**body: Any) -> Cases:
    """Another coach's nudge, through a managed coach or the other coach: 404; learners 403."""
    def cases(ids: Ids) -> list[Probe]:
        form = {k: str(v) for k, v in body.items()}
        json = body or None
        return [_foreign("coach", {"slug": "maya", "nudge_id": ids.rival_nudge},
                         {"nudge_id": MISSING}, form=form, json=json),
                _foreign("coach", {"slug": "rival", "nudge_id": ids.rival_nudge},
                         {"slug": "nobody"}, form=form, json=json),
                Probe("learner", {"slug": "maya", "nudge_id": ids.rival_nudge}, 403, form=form,
                      json=json)]
    return cases


NUDGE_TEXT = {"subject": "Taken over", "body": "Someone else's words."}
ENGAGEMENT_CASES: dict[tuple[str, str], Cases] = {
    ("POST", "/api/v1/notifications/{notification_id}/read"):
        _own("notification_id", lambda ids: ids.other_notification),
    ("GET", "/nudges/{nudge_id}/go"): _own("nudge_id", lambda ids: ids.rival_nudge),
    ("GET", "/api/v1/coaches/{slug}/nudges"): _coach_pages,
    ("GET", "/api/v1/coaches/{slug}/engagement"): _coach_pages,
    ("GET", "/api/v1/coaches/{slug}/nudge-rules"): _coach_pages,
    ("PUT", "/api/v1/coaches/{slug}/nudge-rules"): lambda ids: _coach_pages(
        ids, json={"enabled": False, "daily_cap": 0}),
    ("PATCH", "/api/v1/coaches/{slug}/nudges/{nudge_id}"): _nudge(**NUDGE_TEXT),
    ("POST", "/api/v1/coaches/{slug}/nudges/{nudge_id}/approve"): _nudge(),
    ("POST", "/api/v1/coaches/{slug}/nudges/{nudge_id}/reject"): _nudge(),
    ("GET", "/coach/{slug}/nudges"): _coach_pages,
    ("POST", "/coach/{slug}/nudges/rules"): lambda ids: _coach_pages(
        ids, form={"daily_cap": "0", "inactivity_hours": "1"}),
    ("POST", "/coach/{slug}/nudges/{nudge_id}/review"): _nudge(action="approve", **NUDGE_TEXT),
}


# --- safety: the escalations inbox ------------------------------------------------------------


def _case(action: str = "", /, **body: Any) -> Cases:
    """Another coach's case is 404 for a coach, like a missing one; learners get 403."""
    def cases(ids: Ids) -> list[Probe]:
        params = {"case_id": ids.rival_case, **({"action": action} if action else {})}
        form = {k: str(v) for k, v in body.items()}
        return [_foreign("coach", params, {"case_id": MISSING}, form=form, json=body or None),
                Probe("learner", params, 403, form=form, json=body or None)]
    return cases


SAFETY_CASES: dict[tuple[str, str], Cases] = {
    ("GET", "/api/v1/escalations/{case_id}"): _case(),
    ("POST", "/api/v1/escalations/{case_id}/acknowledge"): _case(note="On it"),
    ("POST", "/api/v1/escalations/{case_id}/resolve"): _case(note="Done"),
    ("POST", "/api/v1/escalations/{case_id}/notes"): _case(note="Called them"),
    ("GET", "/safety/cases/{case_id}"): _case(),
    ("POST", "/safety/cases/{case_id}/{action}"): lambda ids: [
        *_case("acknowledge")(ids), *_case("note", note="Called them")(ids),
        *_case("resolve", note="Done")(ids)],
}


CASES: dict[tuple[str, str], Cases] = {
    # The chat API: conversations and messages are the caller's own.
    ("GET", "/api/v1/coaches/{slug}/conversations"): _chat_coaches,
    ("POST", "/api/v1/coaches/{slug}/conversations"): _chat_coaches,
    ("GET", "/api/v1/conversations/{conversation_id}"): lambda ids: [
        _foreign("learner", {"conversation_id": ids.other_conversation},
                 {"conversation_id": MISSING}),
        _foreign("coach", {"conversation_id": ids.other_conversation},
                 {"conversation_id": MISSING})],
    ("POST", "/api/v1/conversations/{conversation_id}/messages"): lambda ids: [
        _foreign("learner", {"conversation_id": ids.other_conversation},
                 {"conversation_id": MISSING})],
    ("POST", "/api/v1/messages/{message_id}/retry"): lambda ids: [
        _foreign("learner", {"message_id": ids.other_answer}, {"message_id": MISSING}),
        _foreign("learner", {"message_id": ids.other_question}, {"message_id": MISSING})],
    # The knowledge API: a coach's owner (or an admin) only.
    ("GET", "/api/v1/coaches/{slug}/documents"): _coach_pages,
    ("POST", "/api/v1/coaches/{slug}/documents"): _coach_pages,
    ("GET", "/api/v1/coaches/{slug}/documents/{document_id}"): _documents,
    ("DELETE", "/api/v1/coaches/{slug}/documents/{document_id}"): _documents,
    ("POST", "/api/v1/coaches/{slug}/reindex"): _coach_pages,
    ("GET", "/api/v1/coaches/{slug}/jobs/{job_id}"): lambda ids: [
        _foreign("coach", {"slug": "maya", "job_id": ids.rival_job}, {"job_id": "no-such-job"}),
        _foreign("coach", {"slug": "rival", "job_id": ids.rival_job}, {"slug": "nobody"}),
        Probe("learner", {"slug": "maya", "job_id": ids.rival_job}, 403)],
    # The web pages (session cookie).
    ("GET", "/chat/{slug}"): _chat_coaches,
    ("GET", "/chat/{slug}/{conversation_id}"): lambda ids: [
        _foreign("learner", {"slug": "maya", "conversation_id": ids.other_conversation},
                 {"conversation_id": MISSING})],
    ("GET", "/coach/{slug}"): _coach_pages,
    ("GET", "/coach/{slug}/documents"): _coach_pages,
    ("GET", "/coach/{slug}/documents/{document_id}"): _documents,
    ("POST", "/coach/{slug}/profile"): lambda ids: _coach_pages(ids, form={"name": "Renamed"}),
    ("POST", "/coach/{slug}/documents/{document_id}/delete"): _documents,
    # Admins manage every user, so for them there is no one else's user: only a missing one.
    ("POST", "/admin/users/{user_id}/deactivate"): lambda ids: [
        Probe("learner", {"user_id": ids.other_user}, 403),
        Probe("coach", {"user_id": ids.other_user}, 403),
        Probe("admin", {"user_id": MISSING}, 404)],
    **PROFILE_CASES,
    **ENGAGEMENT_CASES,
    **SAFETY_CASES,
}


# --- the foreign objects ----------------------------------------------------------------------


def _other_goal(client: TestClient, world: World) -> tuple[int, int, int]:
    """Other's goal with a milestone and a check-in, made through the API."""
    goal = client.post("/api/v1/goals", headers=world.other, json={
        "title": "Run 10 km", "target_value": 10, "target_date": LATER,
        "milestones": [{"title": "5 km", "due_date": SOON}]}).json()
    entry = client.post(f"/api/v1/goals/{goal['id']}/check-ins", headers=world.other,
                        json={"value": 2}).json()
    return goal["id"], goal["milestones"][0]["id"], entry["id"]


def make_foreign_objects(client: TestClient, world: World, other: int) -> dict[str, int]:
    """The profile, engagement and safety objects of `other`, of a stranger and of the rival."""
    goal, milestone, check_in = _other_goal(client, world)
    now = utcnow()
    with unit_of_work(client.app.state.db.sessions) as session:  # type: ignore[attr-defined]
        stranger = accounts.create_user(session=session, email="stranger@example.org",
                                        password=PASSWORD, role=Role.LEARNER)
        rival = session.get(Coach, world.rival_id)
        assert rival is not None
        coaching.enrol(session=session, learner=stranger, coach=rival)
        # Nudges are only ever written by the scheduler's jobs: one waiting for review.
        nudge = Nudge(learner_id=stranger.id, coach_id=rival.id, trigger=Trigger.INACTIVITY,
                      priority=10, channel=NudgeChannel.EMAIL,
                      status=NudgeStatus.PENDING_APPROVAL, dedupe_key="access-rival",
                      scheduled_for=now, next_attempt_at=now, subject="Rival: hello?",
                      body="One step today?", generated_at=now, generated_by="template")
        notification = Notification(user_id=other, title="Maya", body="Hi",
                                    url="/chat/maya")
        session.add_all([nudge, notification])
        case, _ = safety.open_case(
            session=session, kind=CaseKind.CRISIS, learner_id=stranger.id, coach_id=rival.id,
            assessment=Assessment(category="self_harm", severity="high", score=0.9),
            conversation_id=None, message_id=None)
        session.flush()
        made = {"stranger": stranger.id, "rival_nudge": nudge.id, "rival_case": case.id,
                "other_notification": notification.id}
    return {**made, "other_goal": goal, "other_milestone": milestone, "other_check_in": check_in}


def assert_foreign_objects_unchanged(client: TestClient, ids: Ids) -> None:
    """The refused requests left others' goals, nudges, notifications and cases as they were."""
    world = ids.world
    goal = client.get(f"/api/v1/goals/{ids.other_goal}", headers=world.other).json()
    assert (goal["title"], goal["status"]) == ("Run 10 km", "active")
    assert [(m["title"], m["done_at"]) for m in goal["milestones"]] == [("5 km", None)]
    entries = client.get(f"/api/v1/goals/{ids.other_goal}/check-ins", headers=world.other)
    assert [c["id"] for c in entries.json()] == [ids.other_check_in]
    assert client.get("/api/v1/notifications", headers=world.other).json()["unread"] == 1
    nudges = client.get("/api/v1/coaches/rival/nudges", headers=world.rival_coach).json()
    assert [(n["status"], n["subject"]) for n in nudges] == [("pending_approval", "Rival: hello?")]
    rules = client.get("/api/v1/coaches/rival/nudge-rules", headers=world.rival_coach).json()
    assert rules["enabled"] is True and rules["daily_cap"] != 0
    case = client.get(f"/api/v1/escalations/{ids.rival_case}", headers=world.rival_coach).json()
    assert case["status"] == "open" and [e["action"] for e in case["events"]] == ["opened"]
