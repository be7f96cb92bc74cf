"""Web archives: one article per HTML response of a WARC, a truncated archive read up to its
break, and a file that is no archive.
"""
from __future__ import annotations

import news_fixtures as nf
from onrecord.ingest import InputError
from onrecord.ingest.warc import read_warc
from source_helpers import located


def test_warc_gives_one_article_per_html_response(news_articles, tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    assert nf.write_warc(news_articles, archive) == len(news_articles)
    notes = []
    found, errors = located([archive], notes=notes.append)
    assert errors == []
    assert [(a.title, a.published, a.url) for a, _ in found] == [
        (x["title"], x["published"], nf.page_url(x)) for x in news_articles]
    assert [a.text for a, _ in found] == ["\n\n".join(nf.paragraphs(x["text"])) for x in news_articles]
    # warcinfo + a request per page + robots.txt and a JPEG once: counted, not read
    assert notes == [f"{archive}: 4 HTML pages read, 7 other records skipped"]


def test_truncated_warc_keeps_complete_records_and_names_the_break(news_articles, tmp_path):
    whole, cut = tmp_path / "whole.warc.gz", tmp_path / "cut.warc.gz"
    nf.write_warc(news_articles, whole)
    nf.truncate(whole, cut, keep=0.7)
    items = list(read_warc(str(cut)))
    pages = [i for i in items if isinstance(i, tuple)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert 0 < len(pages) < len(news_articles)
    assert [a.title for a, _ in pages] == [x["title"] for x in news_articles[:len(pages)]]
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
