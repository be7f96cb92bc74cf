"""Turning inputs into ``Article`` objects: one module per kind of source."""
from .files import MAX_ARTICLE_CHARS, InputError, Origin, iter_articles, iter_located_articles

__all__ = ["MAX_ARTICLE_CHARS", "InputError", "Origin", "iter_articles", "iter_located_articles"]
