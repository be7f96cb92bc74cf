"""onrecord: who said what, in which role, when — from the news."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from . import extract as _extractors  # noqa: F401  loaded first so the function below keeps the name
from .model import Article, ArticleRecord

__version__ = "0.2.0"
__all__ = ["Article", "ArticleRecord", "extract", "extract_many", "__version__"]


def extract(text: str, id: str = "doc", title: Optional[str] = None, published: Optional[str] = None,
            url: Optional[str] = None, model: Optional[str] = None) -> ArticleRecord:
    """Extract the statements of one article's text."""
    from . import nlp
    from .extract.pipeline import process

    return process(Article(id=id, text=text, title=title, published=published, url=url), nlp.load(model))


def extract_many(articles: Iterable[Article | str], model: Optional[str] = None,
                 batch_size: int = 16) -> Iterator[ArticleRecord]:
    """Extract many articles (``Article`` objects or plain texts, numbered from 1)."""
    from . import nlp
    from .extract.pipeline import process_many

    def as_articles():
        for n, a in enumerate(articles, 1):
            yield a if isinstance(a, Article) else Article(id=str(n), text=a)

    return process_many(as_articles(), nlp.load(model), batch_size=batch_size)
