"""Small helpers shared by the pages and the briefings for showing where a statement came from."""
from __future__ import annotations

from typing import Optional
from urllib.parse import urlsplit


def outlet(url: Optional[str], source: Optional[str] = None) -> str:
    """The outlet as readers know it: the article's web host, else its source when that names
    an outlet rather than the file it was read from."""
    host = urlsplit(url or "").hostname or ""
    if host:
        return host[4:] if host.startswith("www.") else host
    if source and not any(c in source for c in "/\\") and not source.endswith((".jsonl", ".txt", ".warc")):
        return source
    return ""


def web_url(url: Optional[str]) -> Optional[str]:
    """The URL when it is a web address; never a javascript: or data: link taken from the data."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None
