"""`onrecord serve` shared safely: the decision who needs a token, a real server on 127.0.0.1
told to require one (bearer header, login form and cookie), refusals before anything is bound,
HEAD and a 100 KB search through uvicorn, and several worker processes."""
from __future__ import annotations

import http.client
import os
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from onrecord.web.auth import is_loopback, safe_next, serving_token
from onrecord.web.security import SECURITY_HEADERS
from web_server import serving

TOKEN = "a-test-token-of-enough-length"


@pytest.mark.parametrize("host, token, no_auth, needed", [
    ("127.0.0.1", None, False, None),
    ("localhost", None, False, None),
    ("::1", None, False, None),
    ("127.0.0.2", TOKEN, False, TOKEN),  # a token given is always required
    ("0.0.0.0", TOKEN, False, TOKEN),
    ("0.0.0.0", None, True, None),
    ("192.168.1.20", None, True, None),
])
def test_who_needs_a_token(host, token, no_auth, needed):
    assert serving_token(host, token, no_auth) == needed


@pytest.mark.parametrize("host, token, no_auth, words", [
    ("0.0.0.0", None, False, "refusing to serve the record on 0.0.0.0 without a token"),
    ("::", None, False, "without a token"),
    ("myhost.example", None, False, "without a token"),
    ("0.0.0.0", "short", False, "at least 16"),
    ("0.0.0.0", TOKEN, True, "contradict"),
])
def test_a_shared_address_without_a_token_is_refused(host, token, no_auth, words):
    with pytest.raises(ValueError, match=words):
        serving_token(host, token, no_auth)


def test_loopback_and_where_to_go_after_login():
    assert is_loopback("127.0.0.1") and is_loopback("[::1]") and not is_loopback("0.0.0.0")
    assert safe_next("/speakers/x?page=2") == "/speakers/x?page=2"
    assert safe_next("//evil.example/") == "/" and safe_next("https://evil.example/") == "/"
    assert safe_next("/\\evil.example") == "/"


# 192.0.2.1 is a documentation address no machine has: were the refusal ever broken, binding
# would fail rather than share anything (tests bind only to 127.0.0.1)
@pytest.mark.parametrize("args, words", [
    (["--host", "192.0.2.1"], "refusing to serve the record on 192.0.2.1 without a token"),
    (["--host", "192.0.2.1", "--token", "short"], "at least 16"),
    (["--host", "192.0.2.1", "--no-auth"], "cannot listen on 192.0.2.1 port 8999"),
])
def test_serve_on_a_shared_address_without_a_token_exits_before_binding(web_db, args, words):
    binary = Path(sys.executable).with_name("onrecord")
    env = {k: v for k, v in os.environ.items() if k != "ONRECORD_TOKEN"}
    done = subprocess.run([str(binary), "serve", "--db", web_db, "--port", "8999", *args],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    if "--no-auth" in args:  # allowed, with a warning; then the address is not this machine's
        assert lines[0].startswith("onrecord: warning: serving") and "anyone who can reach port 8999" in lines[0]
        lines = lines[1:]
    assert len(lines) == 1


def _ask(url: str, path: str, method: str = "GET", headers: dict | None = None, body: str | None = None):
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request(method, path, body=body, headers=headers or {})
    answer = conn.getresponse()
    data = answer.read()
    conn.close()
    return answer, data


@pytest.fixture(scope="module")
def guarded(web_db):
    with serving(web_db, "--token", TOKEN, token=TOKEN) as url:
        yield url


def test_a_server_told_to_require_a_token_serves_nothing_without_it(guarded):
    answer, body = _ask(guarded, "/api/stats")
    assert answer.status == 401 and answer.getheader("WWW-Authenticate") == "Bearer"
    assert b"statements" not in body
    answer, body = _ask(guarded, "/speakers/donald-trump")
    assert answer.status == 303 and answer.getheader("Location") == "/login?next=%2Fspeakers%2Fdonald-trump"
    assert b"Trump" not in body
    for path in ("/api/openapi.json", "/api/docs", "/articles/iran-missile-statements", "/?q=missile"):
        assert _ask(guarded, path)[0].status in (401, 303), path
    for name, value in SECURITY_HEADERS.items():
        assert answer.getheader(name) == value


def test_the_token_opens_it_as_a_bearer_header_or_through_the_login_form(guarded):
    answer, body = _ask(guarded, "/api/stats", headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status == 200 and b"statements" in body
    assert _ask(guarded, "/api/stats", headers={"Authorization": "Bearer wrong-token-wrong-token"})[0].status == 401
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    wrong, _ = _ask(guarded, "/login", "POST", form, "token=guess&next=%2F")
    assert wrong.status == 401 and wrong.getheader("Set-Cookie") is None
    right, _ = _ask(guarded, "/login", "POST", form, urllib.parse.urlencode({"token": TOKEN, "next": "/?q=wall"}))
    assert right.status == 303 and right.getheader("Location") == "/?q=wall"
    cookie = right.getheader("Set-Cookie")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and TOKEN not in cookie
    page, body = _ask(guarded, "/?q=wall", headers={"Cookie": cookie.split(";")[0]})
    assert page.status == 200 and b"Donald Trump" in body


def test_head_and_a_word_repeated_12800_times_through_uvicorn(guarded):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    head, body = _ask(guarded, "/", "HEAD", auth)
    assert head.status == 200 and body == b"" and head.getheader("Content-Security-Policy")
    q = urllib.parse.quote(" ".join(["missile"] * 12_800))
    answer, body = _ask(guarded, "/?q=" + q, headers=auth)
    assert answer.status == 400 and b"at most 1,000" in body
    answer, body = _ask(guarded, "/api/search?q=" + q, headers=auth)
    assert answer.status == 422


def test_several_workers_answer(web_db):
    with serving(web_db, "--workers", "2", wait=180) as url:
        answers = [_ask(url, "/api/stats")[0].status for _ in range(8)]
    assert answers == [200] * 8
