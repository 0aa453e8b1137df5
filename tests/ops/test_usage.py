"""Usage: hosted cost from the price table, the usage API's access checks, the usage page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.coaching.models import UsageRecord
from app.settings import Settings
from app.usage import PriceTable, PriceTableError
from app.wiring import open_database
from tests.app.web_support import World, build_app, seed_world, sign_in
from tests.models.fakes import ScriptedModel

PRICES = """
[openai."gpt-4o-mini"]
input = 0.5
output = 2.0

[anthropic."*"]
input = 3
output = 15
"""


def test_the_price_table_costs_hosted_calls_and_not_local_ones(tmp_path: Path) -> None:
    path = tmp_path / "prices.toml"
    path.write_text(PRICES)
    table = PriceTable.load(path)
    assert table.cost("openai", "gpt-4o-mini", 1_000_000, 500_000) == Decimal("1.5")
    assert table.cost("anthropic", "claude-sonnet-9", 1000, 1000) == Decimal("0.018")
    assert table.cost("embedded", "smollm2", 10**9, 10**9) == 0
    assert table.cost("ollama", "llama3.1:8b", 10**9, 10**9) == 0
    assert PriceTable.load(None).cost("anthropic", "claude-haiku-4-5", 10**6, 0) == 1
    path.write_text('[openai."x"]\ninput = 1\n')
    with pytest.raises(PriceTableError, match="needs `input` and `output`"):
        PriceTable.load(path)


def test_a_hosted_answer_is_recorded_with_its_cost(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "prices.toml"
    path.write_text(PRICES)
    priced = settings.model_copy(update={"prices_file": path})
    world = seed_world(priced)
    hosted = ScriptedModel(provider="openai", model="gpt-4o-mini", is_local=False,
                           tokens=("One", " step."))
    with TestClient(build_app(priced, hosted)) as client:
        conversation = client.post("/api/v1/coaches/maya/conversations", json={},
                                   headers=world.learner).json()["id"]
        sent = client.post(f"/api/v1/conversations/{conversation}/messages",
                           json={"text": "Hello"}, headers=world.learner)
        assert sent.status_code == 200
    database = open_database(priced)
    with database.sessions() as session:
        record = session.scalars(select(UsageRecord)).one()
    database.dispose()
    expected = (Decimal("0.5") * record.prompt_tokens
                + Decimal("2.0") * record.completion_tokens) / 1_000_000
    assert record.provider == "openai" and record.cost_usd > 0
    assert record.cost_usd == expected.quantize(Decimal("0.000001"))


def _usage(settings: Settings, world: World) -> None:
    """Two days of usage for maya and one for rival."""
    database = open_database(settings)
    today = datetime.now(UTC).replace(hour=1)
    with database.sessions.begin() as session:
        for coach, when, tokens in ((world.maya_id, today, 100),
                                    (world.maya_id, today - timedelta(days=2), 40),
                                    (world.rival_id, today, 7)):
            session.add(UsageRecord(user_id=world.learner_id, coach_id=coach, provider="openai",
                                    model="gpt-4o-mini", prompt_tokens=tokens,
                                    completion_tokens=1, cost_usd=Decimal("0.01"),
                                    created_at=when))
    database.dispose()


def test_the_usage_api_shows_each_caller_only_what_they_may_see(settings: Settings) -> None:
    world = seed_world(settings)
    _usage(settings, world)
    with TestClient(build_app(settings)) as client:
        learner = client.get("/api/v1/usage", headers=world.learner)
        coach = client.get("/api/v1/usage", headers=world.coach)
        foreign = client.get(f"/api/v1/usage?coach_id={world.rival_id}", headers=world.coach)
        admin = client.get("/api/v1/usage", headers=world.admin)
        admin_rival = client.get(f"/api/v1/usage?coach_id={world.rival_id}",
                                 headers=world.admin)
        week = client.get("/api/v1/usage", params={
            "from": (datetime.now(UTC).date() - timedelta(days=6)).isoformat(),
            "to": datetime.now(UTC).date().isoformat()}, headers=world.coach)
        backwards = client.get("/api/v1/usage?from=2026-02-02&to=2026-02-01",
                               headers=world.admin)
        anonymous = client.get("/api/v1/usage")
    assert learner.status_code == 403
    assert foreign.status_code == 404
    assert anonymous.status_code == 401
    assert backwards.status_code == 422
    assert coach.json()["total"]["prompt_tokens"] == 140
    assert admin.json()["total"]["prompt_tokens"] == 147
    assert admin_rival.json()["total"]["prompt_tokens"] == 7
    days = week.json()["days"]
    assert len(days) == 7 and days[-1]["tokens"] == 101 and days[-3]["tokens"] == 41
    assert week.json()["models"][0]["model"] == "gpt-4o-mini"
    assert Decimal(coach.json()["total"]["cost_usd"]) == Decimal("0.02")


def test_the_usage_page_draws_a_chart_for_coaches_and_not_for_learners(
    settings: Settings,
) -> None:
    world = seed_world(settings)
    _usage(settings, world)
    with TestClient(build_app(settings)) as client:
        sign_in(client, "coach@example.org")
        page = client.get("/usage")
    assert page.status_code == 200
    assert '<svg id="usage-chart"' in page.text and page.text.count("<rect ") == 30
    assert '<p id="usage-total">142 tokens (140 in, 2 out)' in page.text
    assert "<title>" in page.text and "gpt-4o-mini" in page.text
    with TestClient(build_app(settings)) as other:
        sign_in(other, "learner@example.org")
        assert other.get("/usage").status_code == 403


def test_a_bad_price_file_is_a_one_line_setting_error(tmp_path: Path) -> None:
    from app.settings import SettingsError, load_settings

    path = tmp_path / "prices.toml"
    path.write_text("[openai\n")
    with pytest.raises(SettingsError, match="invalid setting LODESTAR_PRICES_FILE: .*cannot read"):
        load_settings(prices_file=path)
