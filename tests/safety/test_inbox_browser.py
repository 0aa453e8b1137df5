"""The escalations inbox in headless Chromium: the dashboard badge, a case, its actions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from app.coaching import service as coaching
from app.settings import Settings
from app.wiring import open_database
from safety import service
from safety.models import CaseKind
from safety.ports import Assessment
from tests.app.web_support import PASSWORD, World, build_app, running, seed_world

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


@pytest.fixture
def world(settings: Settings) -> World:
    world = seed_world(settings)
    database = open_database(settings)
    with database.sessions.begin() as session:
        conversation = coaching.start_conversation(session=session, learner_id=world.learner_id,
                                                   coach_id=world.maya_id, title="")
        service.open_case(session=session, kind=CaseKind.CRISIS,
                          assessment=Assessment(category="suicide", severity="high"),
                          learner_id=world.learner_id, coach_id=world.maya_id,
                          conversation_id=conversation.id, message_id=None)
    database.dispose()
    return world


@pytest.fixture
def page(settings: Settings, world: World) -> Iterator[tuple[Page, str]]:
    with running(build_app(settings)) as (url, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 390, "height": 844})
            yield context.new_page(), url
        finally:
            browser.close()


@pytest.mark.slow
def test_a_coach_sees_the_badge_opens_the_case_and_resolves_it(page: tuple[Page, str]) -> None:
    tab, url = page
    tab.goto(f"{url}/login")
    tab.get_by_label("Email").fill("coach@example.org")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    tab.goto(f"{url}/coach/maya")
    badge = tab.locator("#escalations-badge")
    expect(badge).to_be_visible()
    expect(badge).to_have_text("1")
    tab.locator("#escalations-link").click()
    tab.get_by_role("link", name="#1").click()
    expect(tab.locator("#case-status")).to_have_text("open")
    tab.get_by_label("Note (optional)").first.fill("Called the learner; they are safe.")
    tab.get_by_role("button", name="Acknowledge").click()
    expect(tab.locator("#case-status")).to_have_text("acknowledged")
    tab.get_by_role("button", name="Resolve").click()
    expect(tab.locator("#case-status")).to_have_text("resolved")
    expect(tab.get_by_role("list", name="Audit trail")).to_contain_text(
        "Called the learner; they are safe.")
    tab.goto(f"{url}/coach/maya")
    expect(tab.locator("#escalations-badge")).to_be_hidden()
