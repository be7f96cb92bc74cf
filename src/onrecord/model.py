"""Plain data that flows through onrecord, with its stable JSON form.

Every span is a pair of Python ``str`` indices into ``Article.text`` exactly as ingested.
``to_json``/``from_json`` give the per-article contract described in docs/json.md.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

KINDS = ("direct", "indirect", "mixed", "belief")
SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "GROUP", "UNKNOWN")


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


@dataclass
class Entity:
    id: str
    name: str
    type: str = "UNKNOWN"
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: Optional[str] = None
    mentions: list[list[int]] = field(default_factory=list)


@dataclass
class ArticleRecord:
    id: str
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    statements: list[Statement] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

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
            events=list(data.get("events") or []),
        )


def _span(data: Optional[dict[str, Any]]) -> Optional[TextSpan]:
    return TextSpan(data["start"], data["end"], data["text"]) if data else None


def _statement(data: dict[str, Any]) -> Statement:
    speaker = data.get("speaker")
    if speaker:
        speaker = Speaker(**{**speaker, "mention": _span(speaker.get("mention"))})
    return Statement(
        id=data["id"],
        kind=data["kind"],
        content=_span(data["content"]),
        cue=_span(data.get("cue")),
        speaker=speaker,
        sentence=_span(data.get("sentence")),
        date=data.get("date"),
        confidence=data.get("confidence", 0.5),
    )
