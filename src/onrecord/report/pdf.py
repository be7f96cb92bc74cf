"""HTML to PDF with headless Chromium's own print engine, driven by Playwright.

The browser is the system's Chromium (Debian's ``chromium`` package): ``$ONRECORD_CHROMIUM``,
else the first of chromium, chromium-browser, google-chrome on PATH. Playwright never
downloads a browser here.
"""
from __future__ import annotations

import os
import shutil

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = os.environ.get("ONRECORD_CHROMIUM")
    if path:
        return path
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("PDF needs Chromium: install it (apt-get install chromium) or set ONRECORD_CHROMIUM")


def print_pdf(html: str, path: str) -> None:
    from playwright.sync_api import Error, sync_playwright  # noqa: PLC0415  (only PDF briefings need it)

    executable = chromium_path()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.set_content(html, wait_until="load")
                page.pdf(path=path, format="A4", print_background=True,
                         margin={"top": "16mm", "bottom": "16mm", "left": "14mm", "right": "14mm"},
                         display_header_footer=True, header_template="<span></span>",
                         footer_template='<div style="font-size:8px;width:100%;text-align:center;color:#777">'
                                         '<span class="pageNumber"></span> / <span class="totalPages"></span></div>')
            finally:
                browser.close()
    except Error as e:
        raise RuntimeError(f"Chromium ({executable}) could not print the PDF: {str(e).splitlines()[0]}") from e
