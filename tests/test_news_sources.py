"""News where it lives: HTML pages, RSS/Atom feeds served by a local HTTP server, WARC archives,
and copies of one story stored once with all their sources.

Pages are Wikinews articles wrapped in a made-up news site (tests/news_fixtures.py). Nothing
here touches the network: the server runs on 127.0.0.1 for the test and stops after it.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import news_fixtures as nf
from onrecord import runner
from onrecord.ingest import InputError, iter_located_articles
from onrecord.ingest.feeds import FeedMemory
from onrecord.ingest.fetch import Fetcher, FetchError
from onrecord.ingest.html import ForeignArticle, article_from_html
from onrecord.ingest.warc import read_warc
from onrecord.query.record import Record
from onrecord.store import Store

# Four Wikinews articles with quotations in them, so there are statements to compare.
PICKED = ("wn-2019-01-04-b815ca12", "wn-2019-01-07-4c31c6d5", "wn-2019-01-05-e55f7744", "wn-2008-01-20-52cd9b33")
BOILERPLATE = ("Most read", "cookies", "All rights reserved", "Subscribe", "Related stories", "Share this story")


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    by_id = {a["id"]: a for a in nf.wikinews()}
    return [by_id[i] for i in PICKED]


class _Handler(SimpleHTTPRequestHandler):
    """Serves the site's folder and logs each request path; a path in ``fail_once`` answers 503
    the first time (to see the fetcher retry)."""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self):
        self.server.seen.append((self.path, self.headers.get("User-Agent", "")))
        if self.path in self.server.fail_once:
            self.server.fail_once.discard(self.path)
            self.send_error(503, "busy")
            return
        if self.path.endswith(".xml"):
            self._feed()
            return
        super().do_GET()

    def _feed(self) -> None:
        """Feeds carry an ETag (a hash of their bytes) and answer 304 to a matching If-None-Match."""
        data = (Path(self.directory) / self.path.lstrip("/")).read_bytes()
        etag = '"' + hashlib.sha1(data).hexdigest() + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def site(tmp_path):
    """A local web server over tmp_path/site; yields (base URL, folder, server)."""
    root = tmp_path / "site"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
    server.seen, server.fail_once = [], set()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root, server
    finally:
        server.shutdown()
        server.server_close()


def quick_fetcher() -> Fetcher:
    return Fetcher(host_delay=0.01, backoff=0.01, timeout=(2, 5))


def located(paths, **kwargs) -> tuple[list, list[InputError]]:
    found, errors = [], []
    for item in iter_located_articles([str(p) for p in paths], **kwargs):
        (errors if isinstance(item, InputError) else found).append(item)
    return found, errors


# ---------------------------------------------------------------- HTML pages

def test_page_gives_main_text_and_metadata(articles, tmp_path):
    a = articles[0]
    page = tmp_path / "story.html"
    page.write_text(nf.page_html(a), encoding="utf-8")
    (article, origin), = located([page])[0]
    assert article.text == "\n\n".join(nf.paragraphs(a["text"]))  # the article, nothing around it
    assert not any(word in article.text for word in BOILERPLATE)
    assert (article.title, article.published, article.url) == (a["title"], a["published"], nf.page_url(a))
    assert (article.author, article.outlet, article.language) == ("Sam Adeyemi", nf.outlet_of(a), "en")
    assert article.id.startswith("thedailyledger.example-nancy-pelosi") and str(origin) == str(page)


def test_folder_of_pages_and_other_files_recurses(articles, tmp_path):
    for n, a in enumerate(articles):
        folder = tmp_path / "site" / f"section{n % 2}" / "deeper"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{n}.html").write_text(nf.page_html(a), encoding="utf-8")
    (tmp_path / "site" / "notes.txt").write_text("A short note said nothing much.", encoding="utf-8")
    (tmp_path / "site" / "logo.png").write_bytes(b"\x89PNG")
    found, errors = located([tmp_path / "site"])
    assert errors == []
    assert sorted(a.title for a, _ in found if a.title) == sorted(a["title"] for a in articles)
    assert len(found) == len(articles) + 1


def test_page_in_another_language_is_skipped_with_its_language(tmp_path):
    french = {"id": "fr-1", "title": "Le conseil municipal vote le budget", "published": "2024-03-02", "text": (
        "Le conseil municipal a adopté mardi soir le budget de l'année prochaine, après un long débat.\n\n"
        "« Nous avons fait des choix difficiles mais nécessaires », a déclaré la maire devant les élus.\n\n"
        "L'opposition a dénoncé une hausse des impôts locaux et a voté contre le projet dans son ensemble.\n\n"
        "Les travaux de la nouvelle médiathèque commenceront au printemps, selon le calendrier présenté.")}
    page = tmp_path / "budget.html"
    page.write_text(nf.page_html(french, lang="fr"), encoding="utf-8")
    found, errors = located([page])
    assert found == [] and len(errors) == 1
    assert isinstance(errors[0], ForeignArticle) and errors[0].language == "fr"
    assert str(errors[0]).startswith(f"{page}: not in English (detected language: fr)")


def test_a_page_without_an_article_is_one_clear_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    assert [str(e) for e in located([page])[1]] == [f"{page}: no article text found in the page"]
    assert isinstance(article_from_html(b"", "x.html"), InputError)


# ---------------------------------------------------------------- WARC

def test_warc_gives_one_article_per_html_response(articles, tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    assert nf.write_warc(articles, archive) == len(articles)
    notes = []
    found, errors = located([archive], notes=notes.append)
    assert errors == []
    assert [(a.title, a.published, a.url) for a, _ in found] == [
        (x["title"], x["published"], nf.page_url(x)) for x in articles]
    assert [a.text for a, _ in found] == ["\n\n".join(nf.paragraphs(x["text"])) for x in articles]
    # warcinfo + a request per page + robots.txt and a JPEG once: counted, not read
    assert notes == [f"{archive}: 4 HTML pages read, 7 other records skipped"]


def test_truncated_warc_keeps_complete_records_and_names_the_break(articles, tmp_path):
    whole, cut = tmp_path / "whole.warc.gz", tmp_path / "cut.warc.gz"
    nf.write_warc(articles, whole)
    nf.truncate(whole, cut, keep=0.7)
    items = list(read_warc(str(cut)))
    pages = [i for i in items if isinstance(i, tuple)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert 0 < len(pages) < len(articles)
    assert [a.title for a, _ in pages] == [x["title"] for x in articles[:len(pages)]]
    assert len(errors) == 1
    assert errors[0].startswith(f"{cut}: archive breaks at byte ")
    assert f"the {len(pages)} complete page" in errors[0]
    # every cut point: never a traceback, always the pages before the break
    data = whole.read_bytes()
    for size in range(1, len(data), 997):
        cut.write_bytes(data[:size])
        list(read_warc(str(cut)))


def test_not_a_warc_is_one_clear_error(tmp_path):
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not an archive at all\n" * 3)
    errors = [str(i) for i in read_warc(str(junk)) if isinstance(i, InputError)]
    assert len(errors) == 1 and errors[0].startswith(f"{junk}: not a readable WARC archive")


# ---------------------------------------------------------------- feeds and URLs

def test_polite_fetcher_names_itself_and_retries(site):
    base, root, server = site
    (root / "page.html").write_text("<html><body><p>hello</p></body></html>", encoding="utf-8")
    server.fail_once.add("/page.html")
    fetcher = quick_fetcher()
    response = fetcher.get(f"{base}/page.html")
    assert response.status == 200 and b"hello" in response.content
    assert [p for p, _ in server.seen] == ["/page.html", "/page.html"]  # 503, then a retry
    assert all(agent.startswith("onrecord/") for _, agent in server.seen)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.get(f"{base}/missing.html")


def test_page_by_url(articles, site):
    base, root, _ = site
    nf.publish(articles[:1], base, root)
    url = nf.page_url(articles[0], base)
    (article, _), = located([url], fetcher=quick_fetcher())[0]
    assert (article.url, article.title) == (url, articles[0]["title"])


def test_feed_entries_without_a_reachable_page_use_their_own_content(articles, tmp_path):
    feed = tmp_path / "full.atom"
    # links point at a port nothing listens on: the entries' content is the article
    feed.write_text(nf.atom(articles, "http://127.0.0.1:9", full=True), encoding="utf-8")
    fetcher = Fetcher(host_delay=0, retries=0, timeout=(0.5, 0.5))
    notes = []
    found, errors = located([feed], fetcher=fetcher, notes=notes.append)
    assert errors == []
    assert notes[0] == (f"{feed} entry 1: page {nf.page_url(articles[0], 'http://127.0.0.1:9')} not fetched "
                        "(cannot connect); the entry's own text is used")
    assert [a.text for a, _ in found] == ["\n\n".join(nf.paragraphs(x["text"])) for x in articles]
    assert [(a.title, a.published, a.author) for a, _ in found][0] == (articles[0]["title"], articles[0]["published"],
                                                                       "Sam Adeyemi")
    # read again with the same memory: every entry was seen
    memory = FeedMemory()
    assert len(located([feed], fetcher=fetcher, feeds=memory)[0]) == len(articles)
    assert located([feed], fetcher=fetcher, feeds=memory) == ([], [])


def test_rss_and_atom_feeds_ingest_the_pages_and_polling_again_fetches_nothing(articles, site, tmp_path, nlp):
    base, root, server = site
    nf.publish(articles, base, root)
    store = Store.open(str(tmp_path / "feeds.db"))
    first = runner.run(store, [f"{base}/rss.xml"], fetcher=quick_fetcher(), report=print)
    assert (first.new, first.skipped) == (len(articles), 0)
    stored = Record(store)
    urls = {s.url for s in stored.export()}
    assert urls <= {nf.page_url(a, base) for a in articles} and len(urls) >= 3
    assert sorted(r.title for r in _sources(store)) == sorted(a["title"] for a in articles)

    etag, _, seen = store.feed_state(f"{base}/rss.xml")
    assert etag.startswith('"') and len(seen) == len(articles)
    server.seen.clear()
    (root / "rss.xml").write_text(nf.rss(articles, base), encoding="utf-8")  # rewritten, same ETag
    again = runner.run(store, [f"{base}/rss.xml"], fetcher=quick_fetcher(), report=print)
    assert (again.new, again.updated, again.unchanged, again.skipped) == (0, 0, 0, 0)
    assert [p for p, _ in server.seen] == ["/rss.xml"]  # answered 304: no page fetched

    # the Atom feed of the same pages gives the same articles, already stored
    server.seen.clear()
    atom = runner.run(store, [f"{base}/atom.xml"], fetcher=quick_fetcher(), report=print)
    assert (atom.new, atom.unchanged) == (0, len(articles))
    server.seen.clear()
    atom_again = runner.run(store, [f"{base}/atom.xml"], fetcher=quick_fetcher(), report=print)
    assert (atom_again.new, atom_again.unchanged) == (0, 0)
    assert [p for p, _ in server.seen] == ["/atom.xml"]
    assert store.counts()["articles"] == len(articles)

    # a new entry in the feed: only its page is fetched
    more = nf.wikinews(1, skip=10)
    nf.publish(articles + more, base, root)
    server.seen.clear()
    grown = runner.run(store, [f"{base}/rss.xml"], fetcher=quick_fetcher(), report=print)
    assert grown.new == 1
    assert [p for p, _ in server.seen] == ["/rss.xml", "/" + nf.page_url(more[0], base)[len(base) + 1:]]


def _sources(store):
    from sqlalchemy import select

    from onrecord.store.schema import story_sources

    with store.engine.connect() as conn:
        return conn.execute(select(story_sources)).all()


# ---------------------------------------------------------------- copies of one story

def test_same_story_as_html_jsonl_and_edited_copy_is_stored_once_with_three_sources(articles, tmp_path, nlp):
    a = articles[0]
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


def test_similar_but_different_stories_are_not_merged_and_a_trimmed_copy_is(tmp_path):
    from onrecord.model import Article, ArticleRecord

    # the two most alike articles of the sample: Covid-19 updates four days apart
    by_id = {x["id"]: x for x in nf.wikinews()}
    pair = [by_id["wn-2020-12-14-5b7de903"], by_id["wn-2020-12-18-f3e299e4"]]
    store = Store.open(str(tmp_path / "two.db"))
    counts = store.save([(Article(id=x["id"], text=x["text"]), ArticleRecord(id=x["id"])) for x in pair])
    assert (counts.new, counts.merged) == (2, 0)
    # a copy cut after its first two-thirds, a few words changed: the same story
    text = pair[0]["text"]
    trimmed = text[: len(text) * 2 // 3].replace(" the ", " a ", 3)
    counts = store.save([(Article(id="trimmed", text=trimmed), ArticleRecord(id="trimmed"))])
    assert (counts.new, counts.merged, counts.ids) == (0, 1, [pair[0]["id"]])


def test_store_made_before_sources_gets_them_on_upgrade(tmp_path):
    from sqlalchemy import insert

    from onrecord.store.schema import articles

    db = str(tmp_path / "old.db")
    old = Store.open(db, revision="0002")
    text = nf.wikinews(1)[0]["text"]
    with old.engine.begin() as conn:
        conn.execute(insert(articles).values(id="a", content_hash="h", text=text, record={"id": "a"}, url="u",
                                             extractor_version="0.0.1", ingested_at="2020-01-01"))
    old.close()
    new = Store.open(db)
    assert [(s.source_id, s.kind, s.url) for s in Record(new).sources("a")] == [("a", "original", "u")]
    from onrecord.model import Article, ArticleRecord

    counts = new.save([(Article(id="b", text=text.replace("the", "a", 2)), ArticleRecord(id="b"))])
    assert counts.merged == 1 and counts.ids == ["a"]


def test_cli_ingests_a_truncated_archive_and_names_the_break(articles, tmp_path, onrecord_bin):
    whole, cut = tmp_path / "whole.warc.gz", tmp_path / "cut.warc.gz"
    nf.write_warc(articles[:3], whole)
    nf.truncate(whole, cut, keep=0.75)
    done = subprocess.run([str(onrecord_bin), "ingest", str(cut), "--db", str(tmp_path / "w.db")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert any(line.startswith(f"{cut}: archive breaks at byte ") for line in lines)
    assert any(re.fullmatch(rf"{re.escape(str(cut))}: 2 HTML pages read, [1-9]\d* other records skipped", line)
               for line in lines), lines
    assert "2 new" in lines[-1]
