"""Articles from HTML pages: the main text without the site around it, and the page's metadata.

trafilatura finds the article body and drops navigation, sidebars, share bars and footers; it
also reads the title, publication date, author, site name and canonical URL from the page's
meta tags and markup. The text it returns is what onrecord stores, so every offset refers to it:
one paragraph a line as trafilatura gives them, separated by blank lines as in the JSONL sample,
and without a first line that only repeats the title (the headline is kept as ``title``).

The language is guessed from the text with py3langid (its model ships inside the package); an
article not in English becomes a ``ForeignArticle``: reported and counted, not extracted.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional, Union
from urllib.parse import urlsplit

from onrecord.ingest.base import InputError, iso_date, text_problem
from onrecord.model import Article

# Pages larger than this are not news articles (trafilatura's cost grows with the page).
MAX_PAGE_BYTES = 8_000_000
# Less text than this is a page's leftovers (a menu item, a notice), not an article.
MIN_ARTICLE_CHARS = 80
# Below this many characters the language guess is noise, and there is hardly a statement.
_MIN_TEXT_CHARS = 200
LANGUAGE = "en"


@dataclass(frozen=True)
class ForeignArticle(InputError):
    """An article in another language: skipped, with the language it was found to be in."""

    language: str = ""


def article_from_html(data: Union[bytes, str], label: str, *, url: Optional[str] = None,
                      article_id: Optional[str] = None, published: Optional[str] = None,
                      outlet: Optional[str] = None) -> Union[Article, InputError]:
    """The article in one HTML page. ``label`` names the input in messages (a file or URL);
    ``url``/``published``/``outlet`` are what the caller knows (a crawl's URL and date, a feed
    entry's) and give way to what the page itself says, except ``url``, which stays."""
    import trafilatura  # noqa: PLC0415  (0.3 s to import; only web pages need it)

    if len(data) > MAX_PAGE_BYTES:
        return InputError(label, None, f"page too large: over {MAX_PAGE_BYTES:,} bytes")
    try:
        found = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, deduplicate=False)
    except Exception as e:  # trafilatura raises various parser errors on broken markup
        return InputError(label, None, f"HTML could not be read ({type(e).__name__})")
    if found is None:
        return InputError(label, None, "no article text found in the page")
    meta = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    title = _clean(meta.get("title"))
    text = _article_text(meta.get("text") or "", title)
    if len(text) < MIN_ARTICLE_CHARS:
        # a menu or a cookie notice is all trafilatura could find
        return InputError(label, None, "no article text found in the page")
    problem = text_problem(text)
    if problem:
        return InputError(label, None, problem)
    language = detect_language(text)
    if language != LANGUAGE:
        return ForeignArticle(label, None, f"not in English (detected language: {language}); skipped", language)
    page_url = url or _clean(meta.get("url"))
    return Article(
        id=article_id or id_for(page_url, label),
        text=text,
        title=title,
        published=iso_date(meta["date"]) if meta.get("date") else published,
        url=page_url,
        source=label,
        author=_clean(meta.get("author")),
        language=language,
        outlet=_clean(meta.get("sitename")) or outlet or _host(page_url),
    )


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; English for texts too short to tell."""
    if len(text) < _MIN_TEXT_CHARS:
        return LANGUAGE
    import py3langid  # noqa: PLC0415  (as trafilatura: only web pages need it)

    return py3langid.classify(text[:5000])[0]


def id_for(url: Optional[str], label: str) -> str:
    """A readable, stable id: the URL's host and last path segment, with a short hash of the
    whole URL (two pages may end in the same segment); the file name when there is no URL."""
    if not url:
        stem = re.sub(r"\.html?$", "", label.rsplit("/", 1)[-1], flags=re.I)
        return stem or label
    parts = urlsplit(url)
    last = re.sub(r"\.html?$", "", parts.path.rstrip("/").rsplit("/", 1)[-1], flags=re.I)
    last = re.sub(r"[^A-Za-z0-9_-]+", "-", last).strip("-")[:80]
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return f"{parts.hostname or 'page'}-{last}-{digest}" if last else f"{parts.hostname or 'page'}-{digest}"


def _article_text(text: str, title: Optional[str]) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and _fold(lines[0]) == _fold(title):
        lines = lines[1:]  # the headline, already kept as the title
    return "\n\n".join(lines)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _clean(value) -> Optional[str]:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _host(url: Optional[str]) -> Optional[str]:
    return urlsplit(url).hostname if url else None
