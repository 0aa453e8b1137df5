"""Property-based API tests: schemathesis generates requests from the app's own OpenAPI schema.

Every operation runs as a learner with a bearer token (the coaches' ones as maya's coach too),
against the real app and database with the scripted chat model. Path parameters are often drawn
from real ids (the caller's own, and other people's), so the happy paths and the 404s are
exercised as well as random input. The
streaming operations are included: their `text/event-stream` answers are checked for content
type, and every JSON answer (errors included) is validated against the documented schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.modes import GenerationMode
from schemathesis.openapi import from_asgi
from schemathesis.python.asgi import shutdown_lifespans
from schemathesis.schemas import APIOperation, BaseSchema

from app.coaching import service as coaching
from app.coaching.models import MessageRole, MessageStatus
from app.db import utcnow
from app.settings import Settings
from app.wiring import open_database
from engagement.models import Notification, Nudge, NudgeChannel, NudgeStatus, Trigger
from profiles import service as profiles
from profiles.models import GoalIn, MilestoneIn
from safety import service as safety
from safety.models import CaseKind
from safety.ports import Assessment
from tests.app.web_support import World, build_app, seed_world

MAX_EXAMPLES = 20
OWN_OBJECTS = ("goal_id", "milestone_id", "check_in_id", "notification_id", "nudge_id",
               "case_id")
# A learner gets 403 here: these also run as maya's coach, to reach their happy paths.
STAFF_PATHS = ("/api/v1/coaches/{slug}/", "/api/v1/escalations", "/api/v1/usage")
KEY_OPERATIONS = {
    "POST /api/v1/conversations/{conversation_id}/messages", "POST /v1/chat/completions",
    "GET /api/v1/coaches/{slug}/documents/{document_id}", "POST /api/v1/goals",
    "POST /api/v1/goals/{goal_id}/check-ins", "PUT /api/v1/milestones/{milestone_id}",
    "POST /api/v1/messages/{message_id}/feedback", "DELETE /api/v1/profile/{entry}",
    "GET /api/v1/notifications", "POST /api/v1/push/subscriptions",
    "PATCH /api/v1/coaches/{slug}/nudges/{nudge_id}", "PUT /api/v1/coaches/{slug}/nudge-rules",
    "POST /api/v1/escalations/{case_id}/resolve", "GET /api/v1/usage",
}
CHECKS = [checks.not_a_server_error, checks.response_schema_conformance,
          checks.content_type_conformance]


def _conversations(settings: Settings, world: World) -> dict[str, list[int]]:
    """The learner's conversation with a failed (retryable) answer, and someone else's."""
    database = open_database(settings)
    ids: dict[str, list[int]] = {"conversation_id": [], "message_id": []}
    with database.sessions.begin() as session:
        for learner_id in (world.learner_id, world.learner_id + 1):  # learner, then other
            conversation = coaching.start_conversation(
                session=session, learner_id=learner_id, coach_id=world.maya_id, title="Habits")
            coaching.add_message(session=session, conversation=conversation,
                                 role=MessageRole.USER, content="How do I start?")
            answer = coaching.add_message(session=session, conversation=conversation,
                                          role=MessageRole.ASSISTANT, content="",
                                          status=MessageStatus.FAILED)
            ids["conversation_id"].append(conversation.id)
            ids["message_id"].append(answer.id)
    database.dispose()
    return ids


def _own_objects(settings: Settings, world: World) -> dict[str, int]:
    """The learner's goal with a milestone, a check-in and a notification; maya's coach's
    nudge waiting for approval and escalation case."""
    database = open_database(settings)
    now = utcnow()
    today = now.date()
    with database.sessions.begin() as session:
        goal = profiles.create_goal(session=session, learner_id=world.learner_id, data=GoalIn(
            title="Read", target_value=10, target_date=today + timedelta(days=365),
            milestones=[MilestoneIn(title="First book", due_date=today)]))
        entry = profiles.check_in(session=session, goal=goal, value=1.0)
        milestone = profiles.milestones(session=session, goal_id=goal.id)[0]
        notification = Notification(user_id=world.learner_id, title="Maya", body="Hello",
                                    url="/chat/maya")
        nudge = Nudge(learner_id=world.learner_id, coach_id=world.maya_id,
                      trigger=Trigger.INACTIVITY, priority=10, channel=NudgeChannel.EMAIL,
                      status=NudgeStatus.PENDING_APPROVAL, dedupe_key="schema-nudge",
                      scheduled_for=now, next_attempt_at=now, subject="Maya: hello?",
                      body="One step today?", generated_at=now, generated_by="template")
        session.add_all([notification, nudge])
        case, _ = safety.open_case(
            session=session, kind=CaseKind.REVIEW, learner_id=world.learner_id,
            coach_id=world.maya_id, conversation_id=None, message_id=None,
            assessment=Assessment(category="self_harm", severity="medium", score=0.6))
        session.flush()
        ids = {"goal_id": goal.id, "milestone_id": milestone.id, "check_in_id": entry.id,
               "notification_id": notification.id, "nudge_id": nudge.id, "case_id": case.id}
    database.dispose()
    return ids


@pytest.fixture
def api(settings: Settings) -> Iterator[tuple[BaseSchema, World, dict[str, Any]]]:
    """The schema loaded from the running app, the world, and the learner's seeded objects."""
    world = seed_world(settings)
    ids: dict[str, Any] = {**_conversations(settings, world), **_own_objects(settings, world)}
    yield from_asgi("/openapi.json", build_app(settings)), world, ids
    # Schemathesis keeps an ASGI app's lifespan running for the whole process otherwise.
    shutdown_lifespans()


def _check(operation: APIOperation, auth: dict[str, str], mode: GenerationMode,
           fixed: dict[str, Any] | None) -> None:
    """Send MAX_EXAMPLES generated requests to one operation and validate every answer."""

    @given(case=operation.as_strategy(mode, path_parameters=fixed))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        response = case.call_and_validate(checks=CHECKS, headers=auth)
        assert response.status_code < 500

    run()


def test_the_api_keeps_its_schema(api: tuple[BaseSchema, World, dict[str, Any]]) -> None:
    schema, world, ids = api
    # The learner's own objects, so generated bodies also reach the happy paths.
    own = {"slug": "maya", "conversation_id": ids["conversation_id"][0],
           "message_id": ids["message_id"][0], "document_id": world.maya_document,
           "learner_id": world.learner_id, "entry": "topics",
           **{name: ids[name] for name in OWN_OBJECTS}}
    failures, labels = [], []
    for result in schema.get_all_operations():
        operation = result.ok()
        labels.append(operation.label)
        names = {parameter.name for parameter in operation.path_parameters}
        fixed = {n: own[n] for n in names if n in own}
        variants = [(GenerationMode.POSITIVE, None, world.learner)]
        inputs = (operation.path_parameters, operation.query, operation.headers, operation.body)
        if any(len(group) for group in inputs):  # without inputs there is nothing to break
            variants.append((GenerationMode.NEGATIVE, None, world.learner))
        if names:
            variants.append((GenerationMode.POSITIVE, fixed, world.learner))
        if operation.path.startswith(STAFF_PATHS):
            variants.append((GenerationMode.POSITIVE, fixed or None, world.coach))
        for mode, fixed, auth in variants:
            try:
                _check(operation, auth, mode, fixed)
            # Every operation runs and all failures are reported (schemathesis raises a
            # FailureGroup, a BaseExceptionGroup that `except Exception` would let through).
            except (Exception, FailureGroup) as error:
                who = "coach" if auth is world.coach else "learner"
                failures.append(f"{operation.label} ({who}, {mode.value}, {fixed}): {error}")
    # The domains' key operations are documented (a count would break on every new route).
    assert KEY_OPERATIONS <= set(labels), KEY_OPERATIONS - set(labels)
    assert not failures, "\n\n".join(failures)
