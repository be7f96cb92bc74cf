"""Highlighting an article: the pieces its statements cut the text into cover it exactly once."""
from __future__ import annotations

from onrecord import query
from onrecord.query import Record
from onrecord.store import Store
from onrecord.web.highlight import pieces
from sample_store import TRUMP_ARTICLES


def test_pieces_cover_the_text_exactly_once(web_db):
    record = Record(Store.open(web_db))
    for aid in ("iran-missile-statements", *TRUMP_ARTICLES):
        article = query.article(record, aid)
        cut = pieces(article.text, article.statements)
        assert "".join(p.text for p in cut) == article.text
        assert article.statements, aid
        for s in article.statements:
            local = s.id.rsplit("#", 1)[1]
            assert "".join(p.text for p in cut if local in p.within) == s.text
            assert sum(local in p.anchors for p in cut) == 1
