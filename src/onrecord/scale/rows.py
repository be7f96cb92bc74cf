"""From an article and its record to the rows of the job's Parquet datasets (plain dicts).

Statements and events have the columns of ``onrecord export --format parquet`` (``FLAT_COLUMNS``,
``EVENT_COLUMNS``), built through the same views, so a column means the same in both. Two
differences follow from a job seeing each article alone: ``speaker_entity`` is the speaker's
entity within its article (the ``entities`` dataset's ``id`` for that ``article_id``), and
``speaker_entity_name`` is that entity's name. Who is who across articles is the store's work:
``onrecord load`` puts the datasets into one. Every row also has ``month``, the publication
month (``YYYY-MM``, or ``unknown``) the datasets are partitioned by.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Optional

from onrecord.model import Article, ArticleRecord, Event, Statement
from onrecord.query.events import EVENT_COLUMNS, EventView
from onrecord.query.views import FLAT_COLUMNS, StatementView

UNKNOWN_MONTH = "unknown"

# every dataset's columns in order, with their Parquet types (string unless named here)
ARTICLE_COLUMNS = ["id", "title", "published", "url", "source", "author", "language", "outlet", "text",
                   "origin", "input", "position", "record"]
ENTITY_COLUMNS = ["article_id", "id", "name", "type", "aliases", "roles", "affiliation", "mentions", "statements"]
FAILURE_COLUMNS = ["file", "line", "article_id", "stage", "message"]
COLUMNS = {"articles": ARTICLE_COLUMNS, "statements": FLAT_COLUMNS, "entities": ENTITY_COLUMNS,
           "events": EVENT_COLUMNS, "failures": FAILURE_COLUMNS}
TYPES = {"content_start": "long", "content_end": "long", "confidence": "double", "date_is_publication": "boolean",
         "negated": "boolean", "hypothetical": "boolean", "future": "boolean", "input": "long", "position": "long",
         "line": "long", "mentions": "long", "statements": "long", "aliases": "array<string>",
         "roles": "array<string>"}
# the datasets split by publication month; failures are few and have no month
BY_MONTH = ("articles", "statements", "entities", "events")


def month_of(published: Optional[str]) -> str:
    return published[:7] if published and len(published) >= 7 else UNKNOWN_MONTH


def article_rows(article: Article, record: ArticleRecord, origin: str, input_no: int,
                 position: int) -> dict[str, list[dict[str, Any]]]:
    """The rows an extracted article adds to each dataset. ``input_no`` is its file's place in the
    job's inputs and ``position`` its place in the file: the order ``onrecord load`` stores in."""
    title = article.title if article.title is not None else record.title
    url = article.url or record.url
    published = article.published or record.published
    month = month_of(published)
    article_row = {"id": article.id, "title": title, "published": published, "url": url, "source": article.source,
                   "author": article.author, "language": article.language, "outlet": article.outlet,
                   "text": article.text, "origin": origin, "input": input_no, "position": position,
                   "record": json.dumps(record.to_json(), ensure_ascii=False), "month": month}
    said: dict[str, int] = {}
    for s in record.statements:
        if s.speaker and s.speaker.entity:
            said[s.speaker.entity] = said.get(s.speaker.entity, 0) + 1
    entities = [{"article_id": article.id, "id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                 "roles": list(e.roles), "affiliation": e.affiliation, "mentions": len(e.mentions),
                 "statements": said.get(e.id, 0), "month": month} for e in record.entities]
    statements = [{**_statement_view(article.id, s, title, url, published).flat(), "month": month}
                  for s in record.statements]
    events = [{**_event_view(article.id, e, title, url, published).flat(), "month": month} for e in record.events]
    return {"articles": [article_row], "statements": statements, "entities": entities, "events": events}


def failure_row(input_path: str, line: Optional[int], article_id: Optional[str], stage: str,
                message: str) -> dict[str, Any]:
    """A record that failed: ``stage`` is read (the input), extract (the article) or duplicate
    (an id read before); ``message`` is the one-line report ``onrecord extract`` prints."""
    return {"file": input_path, "line": line, "article_id": article_id, "stage": stage, "message": message}


def _statement_view(article_id: str, s: Statement, title: Optional[str], url: Optional[str],
                    published: Optional[str]) -> StatementView:
    speaker = s.speaker
    mention = speaker.mention if speaker else None
    return StatementView(
        id=s.id, article_id=article_id, kind=s.kind, text=s.content.text,
        speaker_name=speaker.name if speaker else None, speaker_entity=speaker.entity if speaker else None,
        speaker_entity_name=speaker.name if speaker else None, speaker_type=speaker.type if speaker else None,
        speaker_rule=speaker.rule if speaker else None,
        mention=asdict(mention) if mention else None, cue=asdict(s.cue) if s.cue else None,
        content={"start": s.content.start, "end": s.content.end},
        sentence={"start": s.sentence.start, "end": s.sentence.end} if s.sentence else None,
        # as the store keeps them: a date taken from the publication has no precision of its own
        date=s.date, date_precision=s.date_precision or ("day" if s.date else None),
        date_is_publication=s.date is not None and s.date_precision is None, confidence=float(s.confidence),
        title=title, url=url, published=published,
    )


def _event_view(article_id: str, e: Event, title: Optional[str], url: Optional[str],
                published: Optional[str]) -> EventView:
    return EventView(
        id=e.id or "", article_id=article_id, type=e.type, mode=e.mode,
        actor=asdict(e.actor) if e.actor else None, target=asdict(e.target) if e.target else None,
        location=asdict(e.location) if e.location else None, date=e.date,
        trigger=asdict(e.trigger) if e.trigger else {"text": ""},
        sentence=asdict(e.sentence) if e.sentence else None,
        negated=bool(e.negated), hypothetical=bool(e.hypothetical), future=bool(e.future), statement=e.statement,
        confidence=float(e.confidence), title=title, url=url, published=published,
    )
