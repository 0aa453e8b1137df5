"""In real Chromium: the learner's unread badge, the service worker, and subscribing to Web Push
from the Notifications page; the server then pushes a nudge to that subscription.

Headless Chromium cannot reach a browser vendor's push service offline, so the one stand-in is
`PushManager.subscribe`: it answers with the endpoint and keys of the test's own push service
(see test_push.py), exactly as a real subscription's `toJSON()` would look.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from app.settings import Settings
from app.wiring import open_database
from engagement.models import NudgeChannel, NudgeStatus
from engagement.push import PushSender, generate_keys, save_keys
from tests.app.web_support import PASSWORD, World, build_app, running, seed_world
from tests.e2e.test_browser import CHROMIUM, CHROMIUM_ARGS
from tests.engagement.conftest import Outbox, make_deliverer
from tests.engagement.test_push import PushService
from tests.engagement.test_web import _nudge

FAKE_SUBSCRIBE = """(sub) => {
  PushManager.prototype.subscribe = async function (options) {
    window.__subscribeOptions = {userVisibleOnly: options.userVisibleOnly,
                                 keyLength: options.applicationServerKey.byteLength};
    return {endpoint: sub.endpoint, toJSON: () => ({endpoint: sub.endpoint, expirationTime: null,
            keys: {p256dh: sub.p256dh, auth: sub.auth}}), unsubscribe: async () => true};
  };
  PushManager.prototype.getSubscription = async function () { return null; };
}"""


@pytest.fixture
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser.new_context().new_page()
        finally:
            browser.close()


@pytest.mark.slow
def test_learner_sees_the_badge_and_subscribes_to_push(settings: Settings, page: Page) -> None:
    quiet = settings.model_copy(update={"scheduler_enabled": False})
    world: World = seed_world(quiet)
    keys = generate_keys()
    save_keys(quiet, keys)
    _nudge(quiet, world, NudgeStatus.SENT, key="b1")
    with PushService() as service, running(build_app(quiet)) as (url, _server):
        subscription = service.subscription()
        page.goto(f"{url}/login")
        page.fill("input[name=email]", "learner@example.org")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.goto(f"{url}/chat/maya")
        expect(page.locator("#notif-badge")).to_have_text("1")
        page.goto(f"{url}/notifications")
        page.evaluate(FAKE_SUBSCRIBE, subscription)
        scope = page.evaluate(
            "async () => (await navigator.serviceWorker.getRegistration('/')).scope")
        assert scope == f"{url}/"
        page.click("#push-subscribe")
        expect(page.locator("#push-status")).to_have_text("Browser notifications are on.")
        assert page.evaluate("window.__subscribeOptions") == {"userVisibleOnly": True,
                                                              "keyLength": 65}
        database = open_database(quiet)
        outbox = Outbox(url=quiet.sqlalchemy_url, sessions=database.sessions,
                        learner_id=world.learner_id, coach_id=world.maya_id)
        [nudge_id] = outbox.add(channel=NudgeChannel.WEB_PUSH)
        sender = PushSender(keys, subject="mailto:ops@lodestar.test")
        report = make_deliverer(outbox, None, push=sender).deliver_due()
        database.dispose()
    assert report.by_channel == {"web_push": 1}
    [push] = service.received
    assert push["server_key"] == keys.public_key
    assert push["headers"]["topic"] == f"nudge{nudge_id}"
    assert "small step" in push["payload"]["body"]
