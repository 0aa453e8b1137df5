"""End to end in headless Chromium: a real `lodestar demo` server with the embedded model."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.servers import free_port, stop_group, wait_healthy

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "lodestar"
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
DEMO_PASSWORD = "lodestar-demo"
DEMO_FILES = {"focus-and-energy.md", "tiny-steps-method.md", "weekly-review.md"}
PHONE = {"width": 390, "height": 844}
# Generous: the first answer loads the embedded model; ingestion embeds with MiniLM on CPU.
ANSWER_MS = 300_000
INGEST_MS = 180_000

# Records the last answer's length at every change of the message log, so the test can see
# the text grow while it streams (before the answer is marked complete).
RECORD_STREAM = """() => {
  window.__observed = [];
  const log = document.getElementById("messages");
  new MutationObserver(() => {
    const answers = log.querySelectorAll("article.message-assistant");
    const last = answers[answers.length - 1];
    if (!last) return;
    window.__observed.push({
      length: last.querySelector(".body").textContent.length,
      status: last.dataset.status || "",
      sendDisabled: document.getElementById("chat-send").disabled,
    });
  }).observe(log, {childList: true, subtree: true, characterData: true, attributes: true});
}"""


@dataclass(frozen=True)
class Server:
    """A running `lodestar demo` and where its log goes."""

    url: str
    log: Path


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`lodestar demo` on a free port; Ollama is unreachable, so the packaged SmolLM2 answers."""
    home = tmp_path_factory.mktemp("e2e")
    port = free_port()
    log = home / "server.log"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LODESTAR_")}
    environment.update(LODESTAR_DATA_DIR=str(home / "data"), OLLAMA_HOST="http://127.0.0.1:9",
                       HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
                       # Short answers keep the test quick on a CPU; streaming is the same.
                       LODESTAR_MAX_TOKENS="96")
    with log.open("wb") as out:
        process = subprocess.Popen([str(BIN), "demo", "--port", str(port)], stdout=out,
                                   stderr=subprocess.STDOUT, cwd=home, env=environment,
                                   start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, log)
        yield Server(url, log)
    finally:
        stop_group(process)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, driven by Playwright."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser profile (no cookies) with a desktop-sized window."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def shot(page: Page, name: str) -> None:
    """Save a screenshot of the whole page as a test artifact."""
    # A window as tall as the page shows the sticky message box where it really sits,
    # which a full-page capture of a shorter window does not.
    size = page.viewport_size or {"width": 1280, "height": 900}
    height = int(page.evaluate("document.documentElement.scrollHeight"))
    page.set_viewport_size({"width": size["width"], "height": max(height, size["height"])})
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    page.set_viewport_size(size)


def overflow(page: Page) -> dict[str, Any]:
    """The page's scroll width against the window's width."""
    result: dict[str, Any] = page.evaluate(
        "({scroll: document.documentElement.scrollWidth, window: window.innerWidth})"
    )
    return result


def sign_in(page: Page, url: str, email: str, password: str = DEMO_PASSWORD) -> None:
    """Sign in through the login form."""
    page.goto(f"{url}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.slow
def test_a_new_learner_signs_up_chats_and_reads_a_source(server: Server, page: Page) -> None:
    page.goto(f"{server.url}/signup")
    page.get_by_label("Email").fill(f"e2e-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Your name").fill("Robin Tester")
    page.get_by_label("Password").fill("a-long-enough-password")
    page.get_by_label("Your coach").select_option("maya")
    shot(page, "01-signup")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/chat/maya$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Maya Rivers")

    page.evaluate(RECORD_STREAM)
    box = page.get_by_label("Your message to Maya Rivers")
    box.fill("How do I start a new habit when I keep giving up after a week?")
    box.press("Enter")  # Enter sends
    answer = page.locator("article.message-assistant").last
    expect(answer.locator(".sources li").first).to_be_visible(timeout=ANSWER_MS)
    expect(answer).to_have_attribute("data-status", re.compile("complete|failed"),
                                     timeout=ANSWER_MS)
    assert answer.get_attribute("data-status") == "complete", answer.inner_text()
    shot(page, "02-chat-answered")

    observed: list[dict[str, Any]] = page.evaluate("window.__observed")
    streaming = [o for o in observed if o["status"] != "complete"]
    lengths = sorted({o["length"] for o in streaming if o["length"] > 0})
    assert len(lengths) >= 2, f"the answer did not grow while streaming: {observed}"
    assert all(o["sendDisabled"] for o in streaming), "Send stayed enabled while streaming"
    expect(page.locator("#chat-send")).to_be_enabled()
    expect(page.locator("#chat-input")).to_be_focused()
    final = answer.locator(".body").inner_text()
    assert len(final) >= lengths[-1] > 0
    assert re.search(r"/chat/maya/\d+$", page.url), "the new conversation has no address"

    source = answer.locator(".sources details").first
    summary = source.locator("summary")
    assert summary.inner_text().split("] ", 1)[1].split(" \u2014 ")[0] in DEMO_FILES
    expect(source.locator(".snippet")).not_to_be_visible()
    summary.click()
    snippet = source.locator(".snippet")
    expect(snippet).to_be_visible()
    text = snippet.inner_text()
    assert len(text) > 40 and "no excerpt" not in text
    shot(page, "03-source-open")

    # The same conversation, server-rendered, keeps the answer and its sources.
    page.reload()
    stored = page.locator("article.message-assistant").last
    expect(stored.locator(".body")).to_have_text(final)
    expect(stored.locator(".sources .snippet").first).to_have_text(text)

    # ... and fits a phone with a real answer and an open source.
    page.set_viewport_size(PHONE)
    stored.locator(".sources summary").first.click()
    sizes = overflow(page)
    assert sizes["scroll"] <= sizes["window"] == PHONE["width"], sizes
    shot(page, "06-conversation-phone")


@pytest.mark.slow
def test_the_coach_uploads_a_document_and_sees_it_ready(server: Server, page: Page) -> None:
    sign_in(page, server.url, "coach@demo.lodestar")
    page.wait_for_url(re.compile(r"/coach/maya$"))
    for name in DEMO_FILES:
        expect(page.locator(f'tr[data-document="{name}"] .status')).to_have_text("ready")
    document = (
        "# Evening wind-down\n\n## Why it matters\n\nA calm evening protects tomorrow's focus. "
        "Put the phone in another room thirty minutes before bed.\n\n## The routine\n\n"
        "Dim the lights, write tomorrow's single priority, and read paper pages.\n"
    )
    page.get_by_label("Add documents").set_input_files(files=[{
        "name": "evening-wind-down.md", "mimeType": "text/markdown",
        "buffer": document.encode(),
    }])
    page.get_by_role("button", name="Upload").click()
    row = page.locator('tr[data-document="evening-wind-down.md"]')
    expect(row.locator(".status")).to_have_text("ready", timeout=INGEST_MS)
    expect(page.locator("#upload-status")).to_have_text("Finished: every file is ready.")
    expect(page.locator("#upload-files-status")).to_contain_text("evening-wind-down.md")
    assert int(row.locator('td[data-label="Passages"]').inner_text()) >= 1
    shot(page, "04-coach-upload-ready")


@pytest.mark.slow
def test_the_chat_page_fits_a_phone(server: Server, browser: Browser) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        sign_in(page, server.url, "learner@demo.lodestar")
        page.wait_for_url(re.compile(r"/chat/maya"))
        page.get_by_label("Your message to Maya Rivers").fill(
            "A long message without breaks: " + "x" * 300
        )
        sizes = overflow(page)
        assert sizes["scroll"] <= sizes["window"] == PHONE["width"], sizes
        expect(page.locator("#chat-send")).to_be_in_viewport()
        shot(page, "05-chat-phone")
        page.goto(f"{server.url}/signup")
        sizes = overflow(page)
        assert sizes["scroll"] <= sizes["window"], sizes
    finally:
        context.close()
