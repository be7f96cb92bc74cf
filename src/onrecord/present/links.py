"""Small helpers shared by the pages, the command line and the briefings for showing where a statement
came from and which of its words a search found."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit


@lru_cache(maxsize=4096)  # a page asks it of every statement's URL: parsing is the dear part
def outlet(url: Optional[str], source: Optional[str] = None) -> str:
    """The outlet as readers know it: the article's web host, else its source when that names
    an outlet rather than the file it was read from."""
    host = urlsplit(url or "").hostname or ""
    if host:
        return host[4:] if host.startswith("www.") else host
    if source and not any(c in source for c in "/\\") and not source.endswith((".jsonl", ".txt", ".warc")):
        return source
    return ""


@lru_cache(maxsize=4096)
def web_url(url: Optional[str]) -> Optional[str]:
    """The URL when it is a web address; never a javascript: or data: link taken from the data."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def hit_pieces(snippet: str, hits: Optional[list[list[int]]]) -> list[tuple[str, bool]]:
    """A search snippet as (text, is a hit) pieces in order: a page puts hits in <mark>, a terminal in bold."""
    out, at = [], 0
    for start, end in sorted(hits or []):
        if start >= at and end > start:
            out += [(snippet[at:start], False), (snippet[start:end], True)]
            at = end
    out.append((snippet[at:], False))
    return [(t, hit) for t, hit in out if t]
