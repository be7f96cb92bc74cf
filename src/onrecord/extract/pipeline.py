"""``process(article) -> ArticleRecord``: one spaCy pass, then the extractors."""
from __future__ import annotations

from typing import Iterable, Iterator

from .. import nlp as nlp_loader
from ..model import Article, ArticleRecord


def process(article: Article, nlp=None) -> ArticleRecord:
    """Extract the record of one article. ``nlp`` defaults to the process-wide model."""
    nlp = nlp or nlp_loader.load()
    return build_record(article, nlp(article.text))


def process_many(articles: Iterable[Article], nlp=None, batch_size: int = 16) -> Iterator[ArticleRecord]:
    """Like ``process`` over many articles, parsing them in batches with ``nlp.pipe``."""
    nlp = nlp or nlp_loader.load()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield build_record(article, doc)


def build_record(article: Article, doc) -> ArticleRecord:
    # placeholder until the extractors land
    return ArticleRecord(id=article.id, title=article.title, published=article.published, url=article.url)
