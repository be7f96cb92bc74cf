"""The screenshots in docs/: the search, speaker and article pages of a store, taken with the
system's Chromium through Playwright, from a server started here on a free port.

    .venv/bin/python tools/web_screenshots.py --db wikinews.db \
        --search "border wall" --speaker donald-trump [--article ID]
"""
from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import uvicorn
from playwright.sync_api import sync_playwright

from onrecord.query import open_read_only
from onrecord.report.pdf import CHROMIUM_ARGS, chromium_path
from onrecord.web import create_app

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--search", default="border wall")
    parser.add_argument("--speaker", default="donald-trump")
    parser.add_argument("--article", help="default: the article of the speaker's newest statement")
    parser.add_argument("--width", type=int, default=1100)
    args = parser.parse_args()

    record = open_read_only(args.db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(record), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    statement = record.statements(speaker=args.speaker, limit=1)[0]
    article = args.article or statement.article_id
    anchor = statement.id.rsplit("#", 1)[1] if not args.article else ""
    base = f"http://127.0.0.1:{port}"
    pages = {"search": f"/?q={quote(args.search)}", "speaker": f"/speakers/{quote(args.speaker)}",
             "article": f"/articles/{quote(article)}" + (f"#{anchor}" if anchor else "")}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": 900})
        for name, path in pages.items():
            page.goto(base + path)
            if name == "article":
                page.evaluate("window.scrollTo(0, 0)")
            out = DOCS / f"screenshot-{name}.png"
            page.screenshot(path=str(out), full_page=False)
            print(f"{out}  <- {path}")
        phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
        for name, path in (("phone", pages["speaker"]), ("phone-search", pages["search"])):
            phone.goto(base + path)
            phone.screenshot(path=str(DOCS / f"screenshot-{name}.png"))
            print(DOCS / f"screenshot-{name}.png")
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main()
