"""Full-text search over statement content, one shape for both databases.

A user's words become an AND of stemmed terms in both: FTS5 with the porter tokenizer in SQLite,
``plainto_tsquery('english', ...)`` over the generated ``search`` column in PostgreSQL. English
stop words are dropped on the SQLite side too, so "the missiles" matches the same rows in both.
Ranks differ (bm25 vs ts_rank) but both put better matches first; snippets mark hits with the
control characters STX and ETX, which news text never holds (square brackets mean an editor's words).
"""
from __future__ import annotations

import re
from typing import Any, Optional, Union

from sqlalchemy import TextClause, column, func, literal_column, table, text
from sqlalchemy.sql import ColumnElement, FromClause

from onrecord import data
from onrecord.store.schema import statements

STOP_WORDS = data.words("search_stop_words.txt")

MARK_START, MARK_END, ELLIPSIS = "\x02", "\x03", "…"
SNIPPET_WORDS = 18

_fts = table("statements_fts", column("rowid"))

# (from clause, where condition, rank to sort ascending by, snippet)
SearchParts = tuple[FromClause, Union[ColumnElement[Any], TextClause], ColumnElement[Any], ColumnElement[Any]]


def terms(query: str) -> list[str]:
    words = re.findall(r"\w+", query.lower())
    return [w for w in words if w not in STOP_WORDS]


def search_parts(dialect: str, query: str, any_word: bool = False) -> Optional[SearchParts]:
    """The ``SearchParts`` of a search, or None when the query has no searchable word.
    ``any_word``: statements with any of the words, not all (topics rank by both meaning and words)."""
    words = terms(query)
    if any_word:
        words = [w for w in words if len(w) > 1]  # the "s" of "Iran's" would match half the record
    if not words:
        return None
    if dialect == "sqlite":
        match = (" OR " if any_word else " ").join('"' + w.replace('"', "") + '"' for w in words)
        source: FromClause = statements.join(_fts, _fts.c.rowid == statements.c.pk)
        condition: Union[ColumnElement[Any], TextClause] = text("statements_fts MATCH :fts_match").bindparams(
            fts_match=match)
        rank: ColumnElement[Any] = literal_column("bm25(statements_fts)")  # lower is better
        snippet: ColumnElement[Any] = literal_column(
            f"snippet(statements_fts, 0, '{MARK_START}', '{MARK_END}', '{ELLIPSIS}', {SNIPPET_WORDS})")
        return source, condition, rank, snippet
    if dialect == "postgresql":
        tsquery = (func.to_tsquery(literal_column("'english'"), " | ".join(words)) if any_word
                   else func.plainto_tsquery(literal_column("'english'"), " ".join(words)))
        vector: ColumnElement[Any] = literal_column("statements.search")
        condition = vector.op("@@")(tsquery)
        rank = -func.ts_rank_cd(vector, tsquery)
        options = (f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_WORDS}, MinWords=6, "
                   f"ShortWord=2, MaxFragments=2, FragmentDelimiter=\" {ELLIPSIS} \"")
        snippet = func.ts_headline(literal_column("'english'"), statements.c.content_text, tsquery, options)
        return statements, condition, rank, snippet
    raise NotImplementedError(f"full-text search is not written for {dialect}")
