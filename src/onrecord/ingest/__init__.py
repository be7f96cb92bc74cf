"""Input: every kind of source becomes ``Article`` objects, or one-line ``InputError`` reports.

``base`` holds the shared types and limits; ``files`` reads text and JSONL files and stdin;
``html``, ``feeds`` and ``warc`` read web pages, RSS/Atom feeds and web archives, ``fetch``
gets URLs politely; ``sources`` walks the inputs of a run and routes each to its reader.
"""
from onrecord.ingest.base import MAX_ARTICLE_CHARS, InputError, Origin
from onrecord.ingest.sources import iter_articles, iter_located_articles

__all__ = ["MAX_ARTICLE_CHARS", "InputError", "Origin", "iter_articles", "iter_located_articles"]
