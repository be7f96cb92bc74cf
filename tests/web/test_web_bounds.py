"""Hostile and huge parameters over the real store (conftest.py's ``web_db``): the API answers a
declared 4xx, the pages an HTML error page, never a 500; HEAD works; every response carries the
security headers."""
from __future__ import annotations

import re

import pytest

from onrecord.web.security import SECURITY_HEADERS

HUGE = 2 ** 63
LONG_NAME = "Trump" * 10_001  # over the 50,000 characters SQLite takes in a LIKE pattern


def test_a_word_repeated_6000_times_is_a_clear_400_on_the_page_and_in_the_api(web_client):
    q = " ".join(["missile"] * 6_000)  # 12,800 repeats: test_serve.py, over a real server
    page = web_client.get("/", params={"q": q})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "at most 1,000" in page.text
    assert web_client.get("/api/statements", params={"search": q}).status_code == 422
    assert web_client.get("/api/search", params={"q": q}).status_code == 422


def test_a_word_repeated_within_the_limit_finds_what_the_word_finds(web_client):
    once = web_client.get("/api/search", params={"q": "missile", "limit": 500}).json()
    again = web_client.get("/api/search", params={"q": " ".join(["missile"] * 120), "limit": 500}).json()
    assert once["total"] >= 3 and [s["id"] for s in again["items"]] == [s["id"] for s in once["items"]]
    words = " ".join(f"w{i}" for i in range(33))
    answer = web_client.get("/api/search", params={"q": words})
    assert answer.status_code == 400 and "33 different words" in answer.json()["detail"]


@pytest.mark.parametrize("url", ["/api/statements", "/api/search?q=missile", "/api/speakers", "/api/articles"])
def test_offsets_past_64_bits_are_422_not_500(web_client, url):
    answer = web_client.get(url, params={"offset": HUGE})
    assert answer.status_code == 422, answer.text
    assert "less than or equal" in answer.text


@pytest.mark.parametrize("url", [f"/?page={HUGE}", f"/speakers/donald-trump?page={10 ** 30}", "/?page=two",
                                 f"/?speaker={LONG_NAME}", f"/speakers/{LONG_NAME}", "/?q=%00", "/?until=null"])
def test_bad_page_parameters_get_an_html_error_page(web_client, url):
    answer = web_client.get(url)
    assert answer.status_code == 400, (url[:80], answer.status_code)
    assert answer.headers["content-type"].startswith("text/html")
    error = re.search(r'<p class="error"[^>]*>(.*?)</p>', answer.text, re.S)
    assert error and len(error.group(1)) < 300  # says what is wrong without echoing it whole


@pytest.mark.parametrize("url, status, words", [
    (f"/api/speakers/{LONG_NAME}", 400, "at most 200"),
    (f"/api/speakers/{LONG_NAME}/timeline", 400, "at most 200"),
    ("/api/speakers", 422, "at most 200"),  # ?search= below
    ("/api/statements?speaker=a%00b", 400, "NUL"),
    ("/api/statements?until=null", 400, "not a date"),
    (f"/api/articles/{'x' * 5000}", 404, "no article"),
])
def test_long_names_nul_and_null_are_declared_4xx_in_the_api(web_client, url, status, words):
    params = {"search": LONG_NAME} if url == "/api/speakers" else None
    answer = web_client.get(url, params=params)
    assert answer.status_code == status, answer.text[:200]
    assert words in answer.text.replace("characters", "") or words in answer.text


def test_wildcards_in_a_speaker_search_are_plain_text(web_client):
    assert web_client.get("/api/speakers").json()["items"]
    for wildcard in ("%", "_", "%%"):
        assert web_client.get("/api/speakers", params={"search": wildcard}).json()["items"] == []


def test_paging_speakers_with_an_offset(web_client):
    everyone = web_client.get("/api/speakers", params={"limit": 500}).json()
    second = web_client.get("/api/speakers", params={"limit": 2, "offset": 1}).json()
    assert second["items"] == everyone["items"][1:3] and everyone["total"] == len(everyone["items"])


@pytest.mark.parametrize("url", ["/", "/api/stats", "/speakers/donald-trump", "/static/style.css", "/api/docs"])
def test_head_answers_like_get_without_a_body(web_client, url):
    got, head = web_client.get(url), web_client.head(url)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]


@pytest.mark.parametrize("method, url", [
    ("GET", "/"), ("GET", "/?q=missile"), ("GET", "/articles/iran-missile-statements"), ("GET", "/api/stats"),
    ("GET", "/api/openapi.json"), ("GET", "/api/docs"), ("GET", "/static/app.js"), ("GET", "/no/such/page"),
    ("GET", "/api/statements?limit=0"), ("GET", "/api/speakers/Nobody%20Atall"), ("HEAD", "/"),
    ("POST", "/api/stats"), ("GET", "/login"), ("GET", "/api/docs-ui/swagger-ui.css"),
])
def test_every_response_carries_the_security_headers(web_client, method, url):
    answer = web_client.request(method, url)
    for name, value in SECURITY_HEADERS.items():
        assert answer.headers.get(name) == value, (method, url, name)
    assert "script-src 'self'" in answer.headers["content-security-policy"]


def test_every_error_the_api_gives_is_in_its_schema(web_client):
    paths = web_client.get("/api/openapi.json").json()["paths"]
    declared = {path: set(op["get"]["responses"]) for path, op in paths.items()}
    assert len(declared) == 10 and set(op for p in paths.values() for op in p) == {"get"}
    for path, statuses in declared.items():
        assert {"200", "401", "503"} <= statuses, path
    assert {"400", "404", "409", "422"} <= declared["/api/statements"]
    assert {"400", "404", "409"} <= declared["/api/speakers/{name}"]
    assert "404" in declared["/api/articles/{article_id}"]
    # a parameter left out means "any": the schema declares strings, not null
    statements = {p["name"]: p["schema"] for p in paths["/api/statements"]["get"]["parameters"]}
    assert statements["until"]["type"] == "string" and "anyOf" not in statements["until"]
