"""``runner.run``: sources through extraction into the store. Feeds polled over HTTP from a local
server (again: nothing fetched twice), and copies of one story stored once with all their sources.

Pages are Wikinews articles wrapped in a made-up news site (tests/news_fixtures.py). Nothing
here touches the network: the server runs on 127.0.0.1 for the test and stops after it.
"""
from __future__ import annotations

import json

from sqlalchemy import select

import news_fixtures as nf
from onrecord import runner
from onrecord.query import Record
from onrecord.store import Store
from onrecord.store.schema import story_sources
from source_helpers import quick_fetcher


def test_rss_and_atom_feeds_ingest_the_pages_and_polling_again_fetches_nothing(news_articles, site, tmp_path, nlp):
    base, root, server = site
    nf.publish(news_articles, base, root)
    store = Store.open(str(tmp_path / "feeds.db"))
    first = runner.run(store, [f"{base}/rss.xml"], fetcher=quick_fetcher(), report=print)
    assert (first.new, first.skipped) == (len(news_articles), 0)
    stored = Record(store)
    urls = {s.url for s in stored.export()}
    assert urls <= {nf.page_url(a, base) for a in news_articles} and len(urls) >= 3
    assert sorted(r.title for r in _sources(store)) == sorted(a["title"] for a in news_articles)

    etag, _, seen = store.feed_state(f"{base}/rss.xml")
    assert etag.startswith('"') and len(seen) == len(news_articles)
    server.seen.clear()
    (root / "rss.xml").write_text(nf.rss(news_articles, base), encoding="utf-8")  # rewritten, same ETag
    again = runner.run(store, [f"{base}/rss.xml"], fetcher=quick_fetcher(), report=print)
    assert (again.new, again.updated, again.unchanged, again.skipped) == (0, 0, 0, 0)
    assert [p for p, _ in server.seen] == ["/rss.xml"]  # answered 304: no page fetched

    # the Atom feed of the same pages gives the same news_articles, already stored
    server.seen.clear()
    atom = runner.run(store, [f"{base}/atom.xml"], fetcher=quick_fetcher(), report=print)
    assert (atom.new, atom.unchanged) == (0, len(news_articles))
    server.seen.clear()
    atom_again = runner.run(store, [f"{base}/atom.xml"], fetcher=quick_fetcher(), report=print)
    assert (atom_again.new, atom_again.unchanged) == (0, 0)
    assert [p for p, _ in server.seen] == ["/atom.xml"]
    assert store.counts()["articles"] == len(news_articles)

    # a new entry in the feed: only its page is fetched
    more = nf.wikinews(1, skip=10)
    nf.publish(news_articles + more, base, root)
    server.seen.clear()
    grown = runner.run(store, [f"{base}/rss.xml"], fetcher=quick_fetcher(), report=print)
    assert grown.new == 1
    assert [p for p, _ in server.seen] == ["/rss.xml", "/" + nf.page_url(more[0], base)[len(base) + 1:]]


def _sources(store):
    with store.engine.connect() as conn:
        return conn.execute(select(story_sources)).all()


def test_same_story_as_html_jsonl_and_edited_copy_is_stored_once_with_three_sources(news_articles, tmp_path, nlp):
    a = news_articles[0]
    page = tmp_path / "pelosi.html"
    page.write_text(nf.page_html(a), encoding="utf-8")
    edited = a["text"].replace("again elected", "re-elected").replace("Monday", "on Monday")
    edited = edited.rsplit("\n\n", 1)[0]  # the copy drops the last paragraph
    lines = [{k: a[k] for k in ("id", "title", "published", "url", "text")},
             {"id": "wire-copy-1", "title": a["title"] + " (AP)", "published": a["published"],
              "url": "https://othernews.example/pelosi", "source": "Other News", "text": edited}]
    jsonl = tmp_path / "copies.jsonl"
    jsonl.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    store = Store.open(str(tmp_path / "copies.db"))
    summary = runner.run(store, [str(page), str(jsonl)], report=print)
    assert (summary.new, summary.merged) == (1, 2)
    assert "2 merged into stories already stored" in summary.line()
    assert store.counts()["articles"] == 1
    record = Record(store)
    statements = record.statements(limit=None)
    assert statements and len({s.article_id for s in statements}) == 1
    sources = record.statement_sources(statements[0].id)
    assert (sources[0].kind, sources[0].url, sources[0].outlet) == ("original", nf.page_url(a), nf.outlet_of(a))
    assert sorted((s.kind, s.url) for s in sources[1:]) == [
        ("near duplicate", "https://othernews.example/pelosi"), ("same text", a["url"])]
    assert 0.5 <= min(s.similarity for s in sources) < 1
    # again: nothing new, nothing merged twice
    again = runner.run(store, [str(page), str(jsonl)], report=print)
    assert (again.new, again.merged, again.unchanged) == (0, 0, 3)
    assert len(record.sources(statements[0].article_id)) == 3
