"""Articles and their sources: one article with its statements, a page of articles, and where a
stored story was read (the article itself and the wire copies and republished versions merged into it)."""
from __future__ import annotations

from typing import Any, Optional

from sqlalchemy import Row, func, select

from onrecord.query.filters import date_bound, shown, text_order
from onrecord.query.statements import statement_select, statement_view
from onrecord.query.views import ArticleNotFound, ArticleView, SourceView
from onrecord.store import Store
from onrecord.store.schema import articles, statements, story_sources

MAX_ARTICLE_ID_CHARS = 4000  # ids are often URLs; none is longer than a URL may be

SOURCE_FIELDS = ("story_id", "source_id", "kind", "similarity", "outlet", "url", "published", "title", "author",
                 "origin")


def article(store: Store, article_id: str) -> ArticleView:
    """One article, its text exactly as ingested and its statements in text order."""
    if len(article_id) > MAX_ARTICLE_ID_CHARS or "\x00" in article_id:
        raise ArticleNotFound(shown(article_id))  # no stored id is that long or holds a NUL
    with store.engine.connect() as conn:
        row = conn.execute(select(articles.c.id, articles.c.title, articles.c.url, articles.c.published,
                                  articles.c.source, articles.c.text).where(articles.c.id == article_id)).first()
        if row is None:
            raise ArticleNotFound(article_id)
        found = conn.execute(statement_select().where(statements.c.article_id == article_id)
                             .order_by(statements.c.content_start, statements.c.content_end)).all()
    return ArticleView(row.id, row.title, row.url, row.published, row.source, row.text,
                       [statement_view(r) for r in found])


def article_list(store: Store, since: Optional[str] = None, until: Optional[str] = None,
                 limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(how many, a page of articles newest first with their statement counts)."""
    count = (select(statements.c.article_id, func.count().label("n"))
             .group_by(statements.c.article_id).subquery())
    query = (select(articles.c.id, articles.c.title, articles.c.url, articles.c.published, articles.c.source,
                    func.coalesce(count.c.n, 0).label("statements"))
             .select_from(articles.outerjoin(count, count.c.article_id == articles.c.id)))
    total = select(func.count()).select_from(articles)
    for bound, end, op in ((since, False, "__ge__"), (until, True, "__le__")):
        if bound:
            condition = getattr(articles.c.published, op)(date_bound(bound, end=end))
            query, total = query.where(condition), total.where(condition)
    query = (query.order_by(articles.c.published.desc(), text_order(store, articles.c.id))
             .limit(limit).offset(offset))
    with store.engine.connect() as conn:
        return conn.execute(total).scalar_one(), [dict(r._mapping) for r in conn.execute(query)]


def sources(store: Store, article_id: str) -> list[SourceView]:
    """Where a stored story was read: the article itself first, then the copies merged into
    it (wire copies and republished versions), oldest publication first."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(story_sources).where(story_sources.c.story_id == article_id)).all()
    return sorted((_source_view(r) for r in rows), key=_source_order)


def statement_sources(store: Store, statement_id: str) -> list[SourceView]:
    """The outlets that carried a statement: the sources of the story it was read from."""
    return sources(store, statement_id.rsplit("#", 1)[0])


def sources_of(store: Store, article_ids: list[str]) -> dict[str, list[SourceView]]:
    """``sources`` for many stories in one query (a page of statements shows their outlets)."""
    found: dict[str, list[SourceView]] = {i: [] for i in article_ids}
    with store.engine.connect() as conn:
        for i in range(0, len(article_ids), 500):
            page = article_ids[i:i + 500]
            for r in conn.execute(select(story_sources).where(story_sources.c.story_id.in_(page))):
                found[r.story_id].append(_source_view(r))
    for views in found.values():
        views.sort(key=_source_order)
    return found


def _source_view(row: Row[Any]) -> SourceView:
    return SourceView(**{k: row._mapping[k] for k in SOURCE_FIELDS})


def _source_order(view: SourceView) -> tuple[bool, str, str]:
    # the original first, then the copies oldest first (undated last)
    return view.kind != "original", view.published or "9999", view.source_id
