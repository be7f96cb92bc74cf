"""End to end in a real browser: `onrecord serve` on a free port, Debian's Chromium driven by
Playwright (never a downloaded browser): search -> speaker page -> article page with the
statement highlighted; a <script> in a quote stays text; the pages fit a phone's width."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from sample_store import SCRIPT

CHROMIUM = os.environ.get("ONRECORD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_db):
    """``onrecord serve`` over conftest.py's real store, on a free port."""
    port = free_port()
    binary = Path(sys.executable).with_name("onrecord")
    process = subprocess.Popen([str(binary), "serve", "--db", web_db, "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/api/stats", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail("onrecord serve exited: " + process.stderr.read().decode())
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def test_search_then_speaker_then_article_with_the_statement_highlighted(server, browser):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    page.keyboard.press("/")  # the search box takes the focus from anywhere
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("wall")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=wall*")
    assert page.locator("li.statement").count() >= 1
    page.locator("li.statement a.who", has_text="Donald Trump").first.click()
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1").inner_text() == "Donald Trump"
    assert page.locator("svg.chart rect.bar").count() >= 1
    first = page.locator("li.statement").first
    quote = first.locator("blockquote").inner_text()
    first.locator("a.in-article").click()
    page.wait_for_url("**/articles/**")
    anchor = page.evaluate("decodeURIComponent(location.hash.slice(1))")
    assert page.locator(f"[id='{anchor}']").count() == 1
    # the whole statement is marked in its speaker's colour, and the browser focused it
    marks = page.locator(f"mark[data-in~='{anchor}']")
    assert marks.first.is_visible()
    assert "".join(marks.all_inner_texts()).strip() == quote.strip()
    colour = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.evaluate("document.activeElement.id") == anchor
    assert page.locator("article.text .cue, article.text .mention").count() >= 2
    assert not dialogs
    page.close()


def test_a_script_in_a_quote_is_shown_as_text_and_never_runs(server, browser):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("/articles/xss-test", "/?q=typed"):
        page.goto(server + path)
        assert SCRIPT in page.locator("main").inner_text()
    assert not dialogs
    page.close()


def test_pages_fit_a_phone_and_read_without_javascript(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    for path in ("/?q=missile", "/speakers/donald-trump", "/articles/iran-missile-statements"):
        page.goto(server + path)
        assert page.locator("h1").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    context.close()


def test_api_docs_render_offline(server, browser):
    page = browser.new_page()
    page.goto(server + "/api/docs")
    page.wait_for_selector(".opblock", timeout=10000)
    assert "/api/statements" in page.locator("#swagger-ui").inner_text()
    assert page.locator(".opblock").count() >= 7
    page.close()


def test_on_a_phone_one_search_box_results_first_and_chart_labels_readable(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    for path in ("/", "/?q=missile"):
        page.goto(server + path)
        boxes = [b for b in page.locator("input[type=search]").all() if b.is_visible()]
        assert len(boxes) == 1, path
        first = page.locator("li.statement").first.bounding_box()
        assert first and first["y"] + 60 < 844, path  # the first result starts on the first screen
    page.goto(server + "/speakers/donald-trump")
    labels = [t for t in page.locator("svg.chart text.tick").all() if t.is_visible()]
    assert len(labels) >= 2
    for label in labels:  # drawn at least 10 CSS pixels high, and not on top of each other
        assert label.bounding_box()["height"] >= 10
    boxes = sorted((b["x"], b["x"] + b["width"]) for b in (t.bounding_box() for t in labels[2:]))
    assert all(a[1] <= b[0] for a, b in zip(boxes, boxes[1:], strict=False))
    context.close()
