"""onrecord: who said what, in which role, when — from the news.

The Python API in two functions: ``extract(text)`` for one article and ``extract_many(articles)``
for many, each giving ``ArticleRecord`` objects (see docs/json.md).
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

# The subpackage onrecord.extract is bound here first, so that the function ``extract`` defined
# below keeps the name: importing a submodule later does not rebind an attribute already set.
import onrecord.extract as _extract_package  # noqa: F401  (bound for its side effect, see above)
from onrecord.model import Article, ArticleRecord
from onrecord.version import __version__

__all__ = ["Article", "ArticleRecord", "extract", "extract_many", "__version__"]


def extract(text: str, id: str = "doc", title: Optional[str] = None, published: Optional[str] = None,
            url: Optional[str] = None, model: Optional[str] = None) -> ArticleRecord:
    """Extract the statements of one article's text."""
    # imported on call: every ``import onrecord.x`` runs this file, and the store, the query
    # layer and the web pages must not load spaCy through it
    from onrecord import nlp  # noqa: PLC0415  (see above)
    from onrecord.extract.pipeline import process  # noqa: PLC0415  (see above)

    return process(Article(id=id, text=text, title=title, published=published, url=url), nlp.load(model))


def extract_many(articles: Iterable[Article | str], model: Optional[str] = None,
                 batch_size: int = 16) -> Iterator[ArticleRecord]:
    """Extract many articles (``Article`` objects or plain texts, numbered from 1)."""
    from onrecord import nlp  # noqa: PLC0415  (on call, as in ``extract``)
    from onrecord.extract.pipeline import process_many  # noqa: PLC0415  (as in ``extract``)

    def as_articles() -> Iterator[Article]:
        for n, a in enumerate(articles, 1):
            yield a if isinstance(a, Article) else Article(id=str(n), text=a)

    return process_many(as_articles(), nlp.load(model), batch_size=batch_size)
