"""Properties of extraction over generated article-like texts (hypothesis): no exception, every
span's text is the text at its offsets, and the same input gives the same record."""
from __future__ import annotations

import json

from hypothesis import given

from onrecord.extract.pipeline import process, process_many
from onrecord.model import Article
from properties import SETTINGS, news_text, spans


@SETTINGS
@given(text=news_text())
def test_every_span_is_the_text_at_its_offsets_and_extraction_repeats(nlp, text):
    article = Article(id="generated", text=text)
    record = process(article, nlp).to_json()
    found = list(spans(record))
    for where, span in found:
        assert 0 <= span["start"] <= span["end"] <= len(text), where
        assert text[span["start"]:span["end"]] == span["text"], where
    assert json.dumps(process(article, nlp).to_json(), sort_keys=True) == json.dumps(record, sort_keys=True)


@SETTINGS
@given(texts=news_text().map(lambda t: [t]) | news_text().flatmap(lambda a: news_text().map(lambda b: [a, b])))
def test_a_batch_gives_the_records_of_its_articles_one_by_one(nlp, texts):
    articles = [Article(id=f"a{n}", text=t) for n, t in enumerate(texts)]
    together = [r.to_json() for r in process_many(articles, nlp, batch_size=2)]
    alone = [process(a, nlp).to_json() for a in articles]
    assert together == alone
