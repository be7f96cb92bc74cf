"""The REST API over a real store (conftest.py's ``web_db``: three real articles and one whose quote
holds a <script> tag, ingested through the real extractor), driven with FastAPI's TestClient:
the same statements as the ``quotes`` command, pages, errors, profiles, and no writing."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from onrecord.cli import main
from onrecord.query import open_read_only


def cli_jsonl(*args) -> list[dict]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("filters", [
    {"speaker": "Donald Trump"},
    {"speaker": "Rezaei"},
    {"search": "missile"},
    {"topic": "Iran's missile program", "kind": "direct"},
    {"search": "wall", "since": "2019-01"},
    {"kind": "direct", "until": "2019-01-31"},
    {},
])
def test_api_answers_the_same_statements_as_the_quotes_command(web_client, web_db, filters):
    args = [a for k, v in filters.items() for a in (f"--{k}", v)]
    expected = cli_jsonl("quotes", "--db", web_db, "--format", "jsonl", "--limit", "0", *args)
    got = web_client.get("/api/statements", params={**filters, "limit": 500}).json()
    assert expected, filters
    assert got["items"] == expected
    assert got["total"] == len(expected)


def test_api_pages_through_statements(web_client):
    first = web_client.get("/api/statements", params={"limit": 5}).json()
    assert first["total"] > 5 and len(first["items"]) == 5 and first["next"]
    second = web_client.get(first["next"]).json()
    assert second["offset"] == 5
    assert not {s["id"] for s in first["items"]} & {s["id"] for s in second["items"]}
    everything = web_client.get("/api/statements", params={"limit": 500}).json()["items"]
    assert [s["id"] for s in everything[:10]] == [s["id"] for s in first["items"] + second["items"]]


@pytest.mark.parametrize("url, status, words", [
    ("/api/statements?since=July", 400, "not a date"),
    ("/api/statements?kind=rumour", 400, "unknown kind"),
    ("/api/statements?limit=0", 422, "greater than or equal"),
    ("/api/statements?limit=many", 422, "integer"),
    ("/api/statements?speaker=Nobody%20Atall", 404, "no speaker"),
    ("/api/speakers/Nobody%20Atall", 404, "no speaker"),
    ("/api/articles/no-such-article", 404, "no article"),
    ("/api/search", 400, "give q"),
    ("/api/speakers?type=ALIEN", 422, "PERSON"),
])
def test_api_says_what_is_wrong_with_bad_parameters(web_client, url, status, words):
    answer = web_client.get(url)
    assert answer.status_code == status
    assert words in json.dumps(answer.json()).lower() or words in json.dumps(answer.json())


def test_api_speaker_profile_timeline_article_search_and_stats(web_client):
    speakers = web_client.get("/api/speakers", params={"search": "trump"}).json()["items"]
    trump = next(s for s in speakers if s["name"] == "Donald Trump")
    profile = web_client.get(f"/api/speakers/{trump['id']}").json()
    assert profile["speaker"]["statements"] == trump["statements"] and profile["recent"]
    assert sum(m["statements"] for m in web_client.get(f"/api/speakers/{trump['id']}/timeline").json()["by_month"]) \
        == trump["statements"]
    article = web_client.get("/api/articles/iran-missile-statements").json()
    assert article["statements"]
    for s in article["statements"]:
        assert article["text"][s["content"]["start"]:s["content"]["end"]] == s["text"]
    found = web_client.get("/api/search", params={"q": "missile"}).json()
    assert found["total"] >= 3
    for s in found["items"]:  # hits are offsets into the snippet, which has no marks of its own
        assert s["hits"] and all(s["snippet"][a:b].lower().startswith("missile") for a, b in s["hits"])
    stats = web_client.get("/api/stats").json()
    assert stats["articles"] == 4
    assert web_client.get("/api/articles").json()["total"] == 4
    assert "/api/statements" in web_client.get("/api/openapi.json").json()["paths"]


def test_the_server_cannot_write(web_db):
    record = open_read_only(web_db)
    with pytest.raises(OperationalError):
        with record.store.engine.begin() as conn:
            conn.execute(text("DELETE FROM statements"))
    assert record.stats()["statements"] > 0


@pytest.mark.parametrize("filters", [
    {},
    {"country": "IRN"},
    {"type": "SANCTION,ASSAULT"},
    {"actor": "USA", "target": "Iran"},
    {"article": "iran-missile-statements", "negated": True},
    {"since": "2019-01", "until": "2019-01-31"},
    {"min-confidence": "0.3"},
])
def test_api_answers_the_same_events_as_the_events_command(web_client, web_db, filters):
    args = [a for k, v in filters.items() for a in ((f"--{k}",) if v is True else (f"--{k}", v))]
    expected = cli_jsonl("events", "--db", web_db, "--format", "jsonl", "--limit", "0", *args)
    params = {k.replace("-", "_"): v for k, v in filters.items()}
    got = web_client.get("/api/events", params={**params, "limit": 500}).json()
    assert expected, filters
    assert got["items"] == expected and got["total"] == len(expected)
    first = web_client.get("/api/events", params={**params, "limit": 1}).json()
    assert first["items"] == expected[:1] and (first["next"] is None) == (len(expected) == 1)


def test_api_events_refuse_bad_filters(web_client):
    assert web_client.get("/api/events", params={"type": "FIGHT"}).status_code == 400
    assert web_client.get("/api/events", params={"since": "last week"}).status_code == 400


def test_every_api_route_declares_its_response_schema(web_client):
    paths = web_client.get("/api/openapi.json").json()["paths"]
    assert "/api/events" in paths
    for path, methods in paths.items():
        if not path.startswith("/api/"):
            continue  # a watch's Atom feed is XML
        schema = methods["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert "$ref" in schema, path


def test_api_search_by_topic_and_the_topic_box(web_client):
    answer = web_client.get("/api/search", params={"topic": "Iran's missile program", "limit": 5})
    assert answer.status_code == 200
    body = answer.json()
    assert body["total"] >= 5 and len(body["items"]) == 5
    assert all(item["topic_score"] is not None for item in body["items"])
    assert body["items"][0]["article_id"].startswith("iran-missile")
    assert web_client.get("/api/search").status_code == 400
    page = web_client.get("/", params={"topic": "Iran's missile program"})
    assert page.status_code == 200 and 'name="topic"' in page.text and "nearest the topic first" in page.text
