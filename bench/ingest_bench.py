"""News sources on the Wikinews sample: WARC, feeds, copies, and what reading HTML costs.

    .venv/bin/python bench/ingest_bench.py            # all 303 articles (about 2 minutes)
    .venv/bin/python bench/ingest_bench.py --n 50

Wraps each Wikinews article in a news site's page (navigation, sidebar, footer: see
tests/news_fixtures.py), writes them to a WARC.gz, then prints:
- how many articles the archive gives, and how many carry the right title, date and URL;
- the time to read the archive and extract the pages (warcio + trafilatura + language check),
  against the time statement extraction takes on the same articles: the overhead ratio;
- agreement of the statements found in the pages with those found in the plain text of the
  same articles: the share of statements identical by content text and speaker, both ways;
- the RSS 2.0 and Atom feeds of the pages, served on 127.0.0.1: articles read, and what a
  second poll fetches;
- all pages and all plain-text articles stored together: stories, sources, and any two
  different Wikinews articles merged as copies (there should be none); then a lightly edited
  copy of each, which should join its own story.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections import Counter
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# the synthetic news site is shared with the tests, which keep their helpers in tests/
sys.path.insert(0, str(REPO / "tests"))

import news_fixtures as nf  # noqa: E402  (found through the line above)
from onrecord import nlp as nlp_loader  # noqa: E402  (after news_fixtures, as above)
from onrecord.extract.pipeline import process_many  # noqa: E402  (after news_fixtures, as above)
from onrecord.ingest import InputError, iter_located_articles  # noqa: E402  (after news_fixtures, as above)
from onrecord.ingest.feeds import FeedMemory  # noqa: E402  (after news_fixtures, as above)
from onrecord.ingest.fetch import Fetcher  # noqa: E402  (after news_fixtures, as above)
from onrecord.model import Article, ArticleRecord  # noqa: E402  (after news_fixtures, as above)
from onrecord.store import Store  # noqa: E402  (after news_fixtures, as above)


def edit(text: str) -> str:
    """A light edit, as a copy desk makes: the last paragraph cut when there are several, and
    every 25th word replaced."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 2:
        paragraphs = paragraphs[:-1]
    words = "\n\n".join(paragraphs).split(" ")
    return " ".join("reportedly" if i % 25 == 24 else w for i, w in enumerate(words))


def statement_keys(record) -> Counter:
    return Counter((" ".join(s.content.text.split()), s.speaker.name if s.speaker else None)
                   for s in record.statements)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self):
        self.server.seen.append(self.path)
        super().do_GET()


def feeds_check(articles: list[dict], folder: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(folder)))
    server.seen = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    nf.publish(articles, base, folder)
    expected = {nf.page_url(a, base): a["title"] for a in articles}
    try:
        for name in ("rss.xml", "atom.xml"):
            memory, fetcher = FeedMemory(), Fetcher(host_delay=0)
            t0 = time.perf_counter()
            got = [i for i in iter_located_articles([f"{base}/{name}"], feeds=memory, fetcher=fetcher)]
            seconds = time.perf_counter() - t0
            ok = sum(1 for i in got if not isinstance(i, InputError) and expected.get(i[0].url) == i[0].title)
            server.seen.clear()
            again = list(iter_located_articles([f"{base}/{name}"], feeds=memory, fetcher=fetcher))
            print(f"{name}: {len(got)} articles read ({ok} with the right URL and title) in {seconds:.1f} s; "
                  f"polling again: {len(again)} articles, requests {server.seen}")
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    sample = nf.wikinews(args.n)
    n = len(sample)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "news.warc.gz"
        nf.write_warc(sample, archive)
        print(f"{n} Wikinews articles as pages in {archive.name}: {archive.stat().st_size / 1e6:.1f} MB")

        nlp = nlp_loader.load()
        nlp("Warm-up.")
        t0 = time.perf_counter()
        items = list(iter_located_articles([str(archive)], notes=print))
        read_seconds = time.perf_counter() - t0
        pages = [a for a, _ in (i for i in items if not isinstance(i, InputError))]
        for e in (i for i in items if isinstance(i, InputError)):
            print("  error:", e)
        right = sum(1 for a, s in zip(pages, sample, strict=False) if (a.title, a.published, a.url) == (
            s["title"], s["published"], nf.page_url(s)))
        print(f"articles from the archive: {len(pages)} of {n}; with the right title, date and URL: {right}")

        t0 = time.perf_counter()
        from_pages = list(process_many(pages, nlp))
        page_seconds = time.perf_counter() - t0
        plain = [Article(id=s["id"], text=s["text"], title=s["title"], published=s["published"], url=s["url"])
                 for s in sample]
        t0 = time.perf_counter()
        from_plain = list(process_many(plain, nlp))
        plain_seconds = time.perf_counter() - t0
        print(f"reading + extracting the pages: {read_seconds:.2f} s; statement extraction: {page_seconds:.2f} s "
              f"(plain text: {plain_seconds:.2f} s); overhead {100 * read_seconds / page_seconds:.1f}%")

        same = in_pages = in_plain = 0
        identical_articles = 0
        for a, b in zip(from_pages, from_plain, strict=False):
            ka, kb = statement_keys(a), statement_keys(b)
            same += sum((ka & kb).values())
            in_pages += sum(ka.values())
            in_plain += sum(kb.values())
            identical_articles += ka == kb
        print(f"statements: {in_plain} from plain text, {in_pages} from the pages, {same} identical by content "
              f"and speaker: {100 * same / max(in_plain, 1):.1f}% of the plain text's, "
              f"{100 * same / max(in_pages, 1):.1f}% of the pages'; articles with identical statements: "
              f"{identical_articles} of {n}")

        store = Store.open(str(Path(tmp) / "dedup.db"))
        first = store.save(list(zip(pages, from_pages, strict=False)))
        second = store.save(list(zip(plain, from_plain, strict=False)))
        astray = sum(1 for stored, page in zip(second.ids, pages, strict=False) if stored != page.id)
        print(f"pages then plain text stored together: {store.counts()['articles']} stories; pages: {first.new} new, "
              f"{first.merged} merged; plain text: {second.new} new, {second.merged} merged as copies "
              f"({astray} joined another article's story)")
        # lightly edited copies (a word changed here and there, the last paragraph dropped) of
        # every article: each must join its own story
        copies = [Article(id=f"copy-{a.id}", text=edit(a.text)) for a in plain]
        third = store.save([(c, ArticleRecord(id=c.id)) for c in copies])
        right = sum(1 for stored, page in zip(third.ids, pages, strict=False) if stored == page.id)
        print(f"edited copies: {third.merged} of {n} merged, {right} into their own story, {third.new} stored apart")
        store.close()

        feeds_check(sample, Path(tmp) / "site")


if __name__ == "__main__":
    main()
