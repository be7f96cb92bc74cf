"""Plain data that flows through onrecord, with its stable JSON form.

Every span is a pair of Python ``str`` indices into ``Article.text`` exactly as ingested.
``to_json``/``from_json`` give the per-article contract described in docs/json.md.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

KINDS = ("direct", "indirect", "mixed", "belief")
SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "GROUP", "UNKNOWN")
# the sixteen PLOVER event types, cooperative first, as the PLOVER manual orders them
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass
class Article:
    id: str
    text: str
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date, YYYY-MM-DD
    url: Optional[str] = None
    source: Optional[str] = None  # outlet or file the article came from
    # what a web page, feed or crawl tells about it (None for plain text and JSONL)
    author: Optional[str] = None
    language: Optional[str] = None  # ISO 639-1, as detected
    outlet: Optional[str] = None  # the site's name ("The Daily Ledger"), or its host


@dataclass
class TextSpan:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "TextSpan":
        return cls(start, end, text[start:end])


@dataclass
class Speaker:
    name: str
    type: str = "UNKNOWN"
    mention: Optional[TextSpan] = None
    entity: Optional[str] = None
    roles: list[str] = field(default_factory=list)
    affiliation: Optional[str] = None
    rule: Optional[str] = None  # which resolution rule named the speaker (extract/speakers/resolver.py RULES)


@dataclass
class Statement:
    id: str
    kind: str
    content: TextSpan
    cue: Optional[TextSpan] = None
    speaker: Optional[Speaker] = None
    sentence: Optional[TextSpan] = None  # the sentence(s) the statement was read from
    date: Optional[str] = None
    confidence: float = 0.5
    # how precise a date the text gives: day | week | month | year; None when the date is the
    # article's publication date, the text giving none (last: positional construction still works)
    date_precision: Optional[str] = None


@dataclass
class Entity:
    id: str
    name: str
    type: str = "UNKNOWN"
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: Optional[str] = None
    mentions: list[list[int]] = field(default_factory=list)


# Events: field order is the JSON key order, since ``to_json`` is ``asdict``.
@dataclass
class EventParty:
    """An event's actor or target: its words, the entity they name, and its PLOVER coding."""
    text: str
    start: int
    end: int
    entity: Optional[str] = None
    country: Optional[str] = None  # ISO3, or an IGO/NGO-style code
    sector: Optional[str] = None


@dataclass
class EventPlace:
    text: str
    start: int
    end: int
    country: Optional[str] = None


@dataclass
class Extent:
    """Offsets without their text: an event's sentence is carried as a bare range."""
    start: int
    end: int


@dataclass
class Event:
    id: Optional[str]
    type: str  # PLOVER event type
    mode: Optional[str] = None
    actor: Optional[EventParty] = None
    target: Optional[EventParty] = None
    location: Optional[EventPlace] = None
    date: Optional[str] = None
    trigger: Optional[TextSpan] = None
    sentence: Optional[Extent] = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    statement: Optional[str] = None  # id of the statement that also reports it
    confidence: float = 0.5


@dataclass
class ArticleRecord:
    id: str
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    statements: list[Statement] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ArticleRecord":
        return cls(
            id=data["id"],
            title=data.get("title"),
            published=data.get("published"),
            url=data.get("url"),
            statements=[_statement(s) for s in data.get("statements") or []],
            entities=[Entity(**e) for e in data.get("entities") or []],
            events=[_event(e) for e in data.get("events") or []],
        )


def _span(data: Optional[dict[str, Any]]) -> Optional[TextSpan]:
    return _required_span(data) if data else None


def _required_span(data: dict[str, Any]) -> TextSpan:
    return TextSpan(data["start"], data["end"], data["text"])


def _statement(data: dict[str, Any]) -> Statement:
    speaker = data.get("speaker")
    if speaker:
        speaker = Speaker(**{**speaker, "mention": _span(speaker.get("mention"))})
    return Statement(
        id=data["id"],
        kind=data["kind"],
        content=_required_span(data["content"]),  # every statement has its content (docs/json.md)
        cue=_span(data.get("cue")),
        speaker=speaker,
        sentence=_span(data.get("sentence")),
        date=data.get("date"),
        date_precision=data.get("date_precision"),
        confidence=data.get("confidence", 0.5),
    )


def _event(data: dict[str, Any]) -> Event:
    # missing keys take their defaults: records written before a field existed still load
    def part(cls, value):
        return cls(**value) if value else None

    return Event(
        id=data.get("id"),
        type=data["type"],
        mode=data.get("mode"),
        actor=part(EventParty, data.get("actor")),
        target=part(EventParty, data.get("target")),
        location=part(EventPlace, data.get("location")),
        date=data.get("date"),
        trigger=_span(data.get("trigger")),
        sentence=part(Extent, data.get("sentence")),
        negated=data.get("negated", False),
        hypothetical=data.get("hypothetical", False),
        future=data.get("future", False),
        statement=data.get("statement"),
        confidence=data.get("confidence", 0.5),
    )
