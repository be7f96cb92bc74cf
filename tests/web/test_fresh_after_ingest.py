"""A running server remembers what it derives from the store (statistics, the most quoted
speakers, a speaker's profile and countries: ``onrecord.query.memo``), and a new ingest makes
it derive them again: the pages and the API show the new article at once, never the store as
it was before."""
from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient

from onrecord.query import open_read_only
from onrecord.web import create_app
from sample_store import TRUMP_ARTICLES, ingest, sample_lines


def statements_of(page: str) -> int:
    """The record's statement count as the front page's overview says it."""
    found = re.search(r"<aside class=\"overview\"[^>]*>\s*<p>([\d,]+) statements?", page)
    assert found, "the front page has no overview"
    return int(found.group(1).replace(",", ""))


def test_pages_and_api_show_a_new_ingest_at_once(tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    lines = sample_lines(TRUMP_ARTICLES)
    first.write_text(lines[0] + "\n", encoding="utf-8")
    second.write_text(lines[1] + "\n", encoding="utf-8")
    db = str(tmp_path / "record.db")
    ingest(db, first)
    client = TestClient(create_app(open_read_only(db)))

    stats = client.get("/api/stats").json()
    front = client.get("/").text
    trump = client.get("/api/speakers", params={"search": "trump"}).json()["items"][0]
    profile = client.get(f"/api/speakers/{trump['id']}").json()
    page = client.get(f"/speakers/{trump['id']}").text
    assert client.get("/api/stats").json() == stats  # asked twice: remembered, the same
    assert statements_of(front) == stats["statements"]

    ingest(db, second)  # another process writes while the server runs

    after = client.get("/api/stats").json()
    assert after["articles"] == stats["articles"] + 1
    assert after["statements"] > stats["statements"]
    assert statements_of(client.get("/").text) == after["statements"]
    again = client.get(f"/api/speakers/{trump['id']}").json()
    assert again["speaker"]["statements"] > profile["speaker"]["statements"]
    assert sum(m["statements"] for m in again["by_month"]) > sum(m["statements"] for m in profile["by_month"])
    newer = client.get(f"/speakers/{trump['id']}").text
    assert newer != page and json.loads(lines[1])["id"] in newer  # the new article's statements are listed
