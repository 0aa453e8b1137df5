"""In headless Chromium: the profile page draws the goal chart; the chat takes answer feedback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from app.db import utcnow
from app.settings import Settings
from app.wiring import open_database
from profiles import service as profiles
from profiles.models import GoalIn, LearnerProfile, MilestoneIn
from tests.app.web_support import PASSWORD, build_app, running, seed_world, wait_until
from tests.e2e.test_browser import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.slow


@pytest.fixture
def page() -> Iterator[Page]:
    """A phone-sized page in Debian's Chromium."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844})
        context.set_default_timeout(30_000)
        yield context.new_page()
        browser.close()


def test_profile_chart_and_feedback_buttons(settings: Settings, page: Page) -> None:
    world = seed_world(settings)
    today = utcnow().date()
    database = open_database(settings)
    with database.sessions.begin() as session:
        goal = profiles.create_goal(session=session, learner_id=world.learner_id, data=GoalIn(
            title="Run 10 km", unit="km", target_value=10, start_date=today - timedelta(days=8),
            target_date=today + timedelta(days=8),
            milestones=[MilestoneIn(title="5 km", due_date=today + timedelta(days=1))]))
        for days, value in ((6, 1.0), (3, 3.0), (1, 4.0)):
            profiles.check_in(session=session, goal=goal, value=value,
                              at=utcnow() - timedelta(days=days))
    with running(build_app(settings)) as (url, _server):
        page.goto(f"{url}/login")
        page.get_by_label("Email").fill("learner@example.org")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.goto(f"{url}/profile")
        chart = page.get_by_role("img", name="Progress on Run 10 km")
        expect(chart).to_be_visible()
        expect(chart.locator("circle.check-in")).to_have_count(3)
        expect(chart.locator("polyline.plan")).to_have_count(1)
        expect(chart.locator("g.milestone")).to_have_count(1)
        box = chart.bounding_box()
        assert box is not None and 300 < box["width"] <= 390  # fits the phone
        assert page.evaluate("document.documentElement.scrollWidth") <= 390

        page.goto(f"{url}/chat/maya")
        page.get_by_label("Your message to Maya Rivers").fill("How do I keep going?")
        page.get_by_role("button", name="Send").click()
        answer = page.locator("article.message-assistant[data-status=complete]")
        expect(answer).to_have_count(1)
        answer.get_by_role("button", name="Too long").click()
        expect(answer.locator(".feedback-status")).to_have_text("Thanks, noted.")
        expect(answer.get_by_role("button", name="Too long")).to_have_attribute(
            "aria-pressed", "true")
        page.reload()  # the stored answer has the same buttons, server-rendered
        expect(page.locator("article.message-assistant .feedback")).to_have_count(1)

    def shorter() -> bool:
        with database.sessions() as session:
            profile = session.get(LearnerProfile, world.learner_id)
            return profile is not None and profile.length_score < 0

    wait_until(shorter, "the feedback did not reach the profile")
    database.dispose()
