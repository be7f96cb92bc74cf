"""What the queries give back: plain view objects that know nothing of SQL, and the lookup errors.

Every view has ``to_json()``; statements also have ``flat()`` (one level of plain values, for
CSV and Parquet) and ``FLAT_COLUMNS`` names its columns in order.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Optional


def plain(view: Any) -> dict[str, Any]:
    """A view's fields as a new dict, in order: what ``dataclasses.asdict`` gives, without its
    deep copy of every number and string (an API page of 50 statements spent more on that than
    on its query). Nested dicts and lists are the view's own: views are made afresh by each query;
    one that is remembered (``memo``) copies its lists in its own ``to_json``."""
    names = _FIELDS.get(type(view))
    if names is None:
        names = _FIELDS[type(view)] = tuple(f.name for f in fields(view))
    values = vars(view)
    return {name: values[name] for name in names}


_FIELDS: dict[type, tuple[str, ...]] = {}  # each view class's field names, in order


class SpeakerNotFound(LookupError):
    def __init__(self, name: str):
        super().__init__(f"no speaker matches {name!r}")
        self.name = name


class AmbiguousSpeaker(LookupError):
    def __init__(self, name: str, candidates: list[SpeakerSummary]):
        listing = "; ".join(f"{c.id} ({c.name}, {c.statements} statements)" for c in candidates)
        super().__init__(f"{name!r} could be several speakers: {listing}")
        self.name = name
        self.candidates = candidates


class ArticleNotFound(LookupError):
    def __init__(self, article_id: str):
        super().__init__(f"no article {article_id!r}")
        self.article_id = article_id


@dataclass
class SpeakerSummary:
    id: str
    name: str
    type: str
    affiliation: Optional[str]
    statements: int
    articles: int
    first_seen: Optional[str]
    last_seen: Optional[str]
    roles: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {**plain(self), "roles": list(self.roles)}  # summaries are remembered: a copy


@dataclass
class SpeakerProfile:
    speaker: SpeakerSummary
    aliases: list[tuple[str, int]]  # (alias, how many article speakers used it)
    roles: list[dict[str, Any]]  # role, first_seen, last_seen, count — in order first seen
    by_month: list[tuple[str, int]]  # ("2017-07", n), oldest first

    def to_json(self) -> dict[str, Any]:
        return {"speaker": self.speaker.to_json(), "aliases": [{"alias": a, "count": n} for a, n in self.aliases],
                "roles": [dict(r) for r in self.roles],  # remembered rows: copies
                "by_month": [{"month": m, "statements": n} for m, n in self.by_month]}


@dataclass
class StatementView:
    id: str
    article_id: str
    kind: str
    text: str
    speaker_name: Optional[str]  # as the article names the speaker
    speaker_entity: Optional[str]
    speaker_entity_name: Optional[str]  # the entity's name; for an unnamed speaker ("police"), the article's words
    speaker_type: Optional[str]
    speaker_rule: Optional[str]  # which resolution rule named the speaker
    mention: Optional[dict[str, Any]]
    cue: Optional[dict[str, Any]]
    content: dict[str, int]
    sentence: Optional[dict[str, int]]
    date: Optional[str]
    date_precision: Optional[str]
    date_is_publication: bool
    confidence: float
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    snippet: Optional[str] = None  # the words around the search's hits, when searched
    hits: Optional[list[list[int]]] = None  # [start, end] of each hit in the snippet
    topic_score: Optional[float] = None  # with a topic: the statement's cosine similarity to it

    def to_json(self) -> dict[str, Any]:
        return plain(self)

    def flat(self) -> dict[str, Any]:
        """One level of plain values, for CSV and Parquet."""
        return {
            "id": self.id, "article_id": self.article_id, "kind": self.kind, "text": self.text,
            "speaker_name": self.speaker_name, "speaker_entity": self.speaker_entity,
            "speaker_entity_name": self.speaker_entity_name, "speaker_type": self.speaker_type,
            "speaker_rule": self.speaker_rule,
            "mention_text": (self.mention or {}).get("text"), "cue_text": (self.cue or {}).get("text"),
            "content_start": self.content["start"], "content_end": self.content["end"],
            "date": self.date, "date_precision": self.date_precision,
            "date_is_publication": self.date_is_publication, "confidence": self.confidence,
            "title": self.title, "url": self.url, "published": self.published,
        }


FLAT_COLUMNS = list(StatementView("", "", "", "", None, None, None, None, None, None, None, {"start": 0, "end": 0},
                                  None, None, None, False, 0.0, None, None, None).flat())


@dataclass
class SourceView:
    """One place a story was read: its outlet, URL and date, and how it joined the story."""

    story_id: str
    source_id: str  # the id the article came with
    kind: str  # original | same text | near duplicate
    similarity: float
    outlet: Optional[str]
    url: Optional[str]
    published: Optional[str]
    title: Optional[str]
    author: Optional[str]
    origin: Optional[str]

    def to_json(self) -> dict[str, Any]:
        return plain(self)


@dataclass
class ArticleView:
    id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    source: Optional[str]
    text: str
    statements: list[StatementView]  # in text order

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "url": self.url, "published": self.published,
                "source": self.source, "text": self.text, "statements": [s.to_json() for s in self.statements]}
