"""Structured logs: JSON lines with the request id, no message content, PII redacted."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.logging_setup import formatter, logging_config, request_id_var
from app.settings import Settings
from tests.app.web_support import build_app, seed_world

SECRET_TEXT = "my private plan about Zanzibar"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Everything logged at DEBUG and above, rendered by the JSON formatter."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter("json"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def _lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


def test_each_line_of_a_request_carries_its_id_and_no_message_text(
    settings: Settings, captured: io.StringIO
) -> None:
    world = seed_world(settings)
    with TestClient(build_app(settings)) as client:
        conversation = client.post("/api/v1/coaches/maya/conversations", json={},
                                   headers=world.learner).json()["id"]
        captured.truncate(0)
        captured.seek(0)
        sent = client.post(f"/api/v1/conversations/{conversation}/messages",
                           json={"text": SECRET_TEXT},
                           headers={**world.learner, "X-Request-ID": "req-abc-123"})
    assert sent.status_code == 200
    assert sent.headers["x-request-id"] == "req-abc-123"
    lines = _lines(captured)
    requests = [line for line in lines if line.get("event") == "request"]
    assert requests and requests[-1]["request_id"] == "req-abc-123"
    assert requests[-1]["route"] == "/api/v1/conversations/{conversation_id}/messages"
    assert requests[-1]["status"] == 200
    tagged = [line for line in lines if line.get("logger", "").startswith(("app", "lodestar"))]
    assert tagged and all(line.get("request_id") == "req-abc-123" for line in tagged)
    assert SECRET_TEXT not in captured.getvalue()
    assert "Zanzibar" not in captured.getvalue()


def test_a_request_without_an_id_gets_one_and_bad_ids_are_replaced(settings: Settings) -> None:
    seed_world(settings)
    with TestClient(build_app(settings)) as client:
        fresh = client.get("/healthz").headers["x-request-id"]
        bad = client.get("/healthz", headers={"X-Request-ID": "a b\tc" * 50}).headers
    assert len(fresh) == 16
    assert bad["x-request-id"] != "a b\tc" * 50


def test_personal_data_in_a_log_line_is_redacted(captured: io.StringIO) -> None:
    token = request_id_var.set("req-pii")
    try:
        logging.getLogger("app.test").warning("mail from %s failed", "jane.doe@example.org")
    finally:
        request_id_var.reset(token)
    line = _lines(captured)[-1]
    assert "jane.doe@example.org" not in json.dumps(line)
    assert line["request_id"] == "req-pii" and line["level"] == "warning"


def test_the_uvicorn_config_routes_every_logger_through_one_formatter(settings: Settings) -> None:
    config = logging_config(settings.model_copy(update={"log_format": "console"}))
    assert config["formatters"]["structured"]["log_format"] == "console"
    assert config["root"]["handlers"] == ["default"]
    assert config["loggers"]["uvicorn.access"]["level"] == "WARNING"


def test_database_errors_do_not_carry_the_values_into_logs(settings: Settings) -> None:
    from sqlalchemy.exc import IntegrityError

    from app.coaching.models import Message
    from app.wiring import open_database

    seed_world(settings)
    database = open_database(settings)
    try:
        with pytest.raises(IntegrityError) as failed, database.sessions.begin() as session:
            session.add(Message(conversation_id=999_999, role="user", content=SECRET_TEXT))
    finally:
        database.dispose()
    assert SECRET_TEXT not in str(failed.value)
    assert "hidden due to hide_parameters" in str(failed.value)
