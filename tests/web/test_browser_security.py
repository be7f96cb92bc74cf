"""In a real browser (Debian's Chromium through Playwright): the pages and the API docs break
none of the Content-Security-Policy's rules (no inline script or style), the policy stops a
script the page did not come with, and a server that wants a token sends the browser to the
login form and back to the page it asked for."""
from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from web_server import CHROMIUM_ARGS, chromium_or_skip, serving

TOKEN = "a-browser-token-of-enough-length"
PAGES = ("/", "/?q=missile", "/speakers/donald-trump", "/articles/iran-missile-statements", "/no/such/page",
         "/?page=0", "/api/docs")


@pytest.fixture(scope="module")
def browser():
    executable = chromium_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(web_db):
    with serving(web_db) as url:
        yield url


def _violations(page) -> list[str]:
    found: list[str] = []
    page.on("console", lambda m: found.append(m.text) if "Content Security Policy" in m.text else None)
    return found


def test_the_pages_and_the_api_docs_keep_the_content_security_policy(server, browser):
    page = browser.new_page()
    violations = _violations(page)
    for path in PAGES:
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    page.wait_for_selector(".opblock", timeout=20000)  # the docs page, the last one, drew the API
    page.keyboard.press("Escape")
    page.goto(server + "/")
    page.keyboard.press("/")  # the page's own script (a file) runs
    assert page.evaluate("document.activeElement.id") == "q"
    assert violations == []
    page.close()


def test_the_policy_stops_a_script_the_page_did_not_come_with(server, browser):
    page = browser.new_page()
    violations = _violations(page)
    page.goto(server + "/")
    page.evaluate("""() => { const s = document.createElement('script');
                             s.textContent = 'window.injected = true'; document.body.appendChild(s); }""")
    assert page.evaluate("window.injected === undefined")
    assert violations
    page.close()


def test_a_guarded_server_sends_the_browser_through_the_login_form(web_db, browser):
    with serving(web_db, "--token", TOKEN, token=TOKEN) as url:
        context = browser.new_context()
        page = context.new_page()
        violations = _violations(page)
        page.goto(url + "/speakers/donald-trump")
        assert "/login" in page.url and page.locator("h1").inner_text() == "This record wants a token"
        page.fill("#token", "not-the-token")
        page.press("#token", "Enter")
        assert page.locator("p.error").inner_text() == "That is not the token."
        page.fill("#token", TOKEN)
        page.press("#token", "Enter")
        page.wait_for_url("**/speakers/donald-trump")
        assert page.locator("h1").inner_text() == "Donald Trump"
        page.goto(url + "/api/stats")  # the cookie opens the API for the browser too
        assert '"statements"' in page.content()
        assert violations == []
        context.close()
