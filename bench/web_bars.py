"""The web issue's bars on the Wikinews sample (303 articles; building the store takes ~40 s):

    .venv/bin/python bench/web_bars.py [--db wikinews.db]     # built from ../shared when missing

1. The speaker page of Donald Trump lists his statements from several articles, and every one
   links to an article page where exactly that statement is highlighted (the marked pieces
   joined are the statement's text).
2. The API answers the same statements as `onrecord quotes` for a few filters.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from onrecord.query import open_read_only
from onrecord.web import create_app

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews" / "wikinews.jsonl"
ONRECORD = str(Path(sys.executable).with_name("onrecord"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(REPO / "out" / "wikinews.db"))
    args = parser.parse_args()
    if not Path(args.db).exists():
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([ONRECORD, "ingest", str(WIKINEWS), "--db", args.db], check=True)
    client = TestClient(create_app(open_read_only(args.db)))

    pages, links, url = 0, [], "/speakers/Donald%20Trump"
    page = client.get(url)
    if page.status_code == 409:  # "Donald Trump" is an alias: take the entity it names
        url = "/speakers/donald-trump"
    while url:
        page = client.get(url)
        assert page.status_code == 200, url
        pages += 1
        links += re.findall(r'<a class="in-article" href="(/articles/[^"#]+)#([^"]+)"', page.text)
        following = re.search(r'<a href="([^"]+)" rel="next">', page.text)
        url = html.unescape(following.group(1)) if following else None
    articles = {a for a, _ in links}
    listed = client.get("/api/statements", params={"speaker": "donald-trump", "limit": 500}).json()["items"]
    statements = {s["id"]: s for s in listed}
    good = 0
    for article_url, local in links:
        text = client.get(article_url).text
        assert f'id="{local}"' in text, (article_url, local)
        # the marks of this statement: its local id is one of the words of data-in
        mark = (rf'<mark class="quote[^"]*" data-statement="[^"]*" data-in="(?:[^"]* )?{re.escape(local)}(?: [^"]*)?"'
                r'[^>]*>(.*?)</mark>')
        marked = "".join(html.unescape(m) for m in re.findall(mark, text, re.S))
        sid = article_url.split("/articles/", 1)[1].replace("%23", "#") + "#" + local
        if marked == statements[sid]["text"]:
            good += 1
    print(f"[bar 1] speaker page of Donald Trump: {len(links)} statements from {len(articles)} articles "
          f"over {pages} page(s); {good}/{len(links)} link to an article page highlighting exactly that statement")

    for filters in ({"speaker": "donald-trump"}, {"search": "wall"}, {"speaker": "donald-trump", "since": "2020-06"},
                    {"kind": "direct", "since": "2019-01", "until": "2019-03"}):
        cli = [json.loads(line) for line in subprocess.run(
            [ONRECORD, "quotes", "--db", args.db, "--format", "jsonl", "--limit", "0",
             *[a for k, v in filters.items() for a in (f"--{k}", v)]], capture_output=True, text=True,
            check=True).stdout.splitlines()]
        api = client.get("/api/statements", params={**filters, "limit": 500}).json()["items"]
        print(f"[bar 2] {filters}: quotes {len(cli)}, API {len(api)}, identical: {cli == api}")


if __name__ == "__main__":
    main()
