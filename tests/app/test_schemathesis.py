"""Property-based API tests: schemathesis generates requests from the app's own OpenAPI schema.

Every operation runs as a learner with a bearer token, against the real app and database with
the scripted chat model. Path parameters are often drawn from real ids (the learner's own, and
other people's), so the happy paths and the 404s are exercised as well as random input. The
streaming operations are included: their `text/event-stream` answers are checked for content
type, and every JSON answer (errors included) is validated against the documented schema.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks
from schemathesis.config import SchemathesisConfig
from schemathesis.openapi import from_asgi
from schemathesis.python.asgi import shutdown_lifespans
from schemathesis.schemas import BaseSchema

from app.coaching import service as coaching
from app.coaching.models import MessageRole, MessageStatus
from app.settings import Settings
from app.wiring import open_database
from tests.app.web_support import World, build_app, seed_world

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


@pytest.fixture
def api_schema(settings: Settings) -> Iterator[BaseSchema]:
    world = seed_world(settings)
    ids = _conversations(settings, world)
    dictionaries = {
        "slug": ["maya", "rival", "nobody"],
        "document_id": [world.maya_document, world.rival_document],
        **ids,
    }
    config = SchemathesisConfig.from_dict({
        "headers": {"Authorization": world.learner["Authorization"]},
        "generation": {"max-examples": 20},
        "dictionaries": {name: {"values": values} for name, values in dictionaries.items()},
        "parameters": {f"path.{name}": {"dictionary": name, "probability": 0.8}
                       for name in dictionaries},
    })
    yield from_asgi("/openapi.json", build_app(settings), config=config)
    # Schemathesis keeps an ASGI app's lifespan running for the whole process otherwise.
    shutdown_lifespans()


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_schema(case: schemathesis.Case) -> None:
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code < 500
