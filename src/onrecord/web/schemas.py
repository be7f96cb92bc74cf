"""The shapes of the API's answers, for its OpenAPI description and for checking what it sends:
each mirrors the ``to_json()`` of a view in ``onrecord.query`` (docs/record.md says what the fields mean)."""
from __future__ import annotations

from typing import Generic, Optional, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    total: Optional[int] = Field(description="How many match; null when not counted ahead (speakers).")
    limit: int
    offset: int
    next: Optional[str] = Field(description="The next page's URL, or null on the last page.")
    items: list[T]


class Extent(BaseModel):
    start: int
    end: int


class Span(Extent):
    text: Optional[str]


class Statement(BaseModel):
    id: str
    article_id: str
    kind: str = Field(description="direct, indirect, mixed or belief")
    text: str
    speaker_name: Optional[str]
    speaker_entity: Optional[str]
    speaker_entity_name: Optional[str]
    speaker_type: Optional[str]
    speaker_rule: Optional[str]
    mention: Optional[Span]
    cue: Optional[Span]
    content: Extent
    sentence: Optional[Extent]
    date: Optional[str]
    date_precision: Optional[str]
    date_is_publication: bool
    confidence: float
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    snippet: Optional[str] = Field(None, description="With `search`: the words around the hits.")
    hits: Optional[list[list[int]]] = Field(None, description="[start, end] of each hit in the snippet.")
    topic_score: Optional[float] = Field(None, description="With `topic`: cosine similarity to the topic.")


class Speaker(BaseModel):
    id: str
    name: str
    type: str
    affiliation: Optional[str]
    statements: int
    articles: int
    first_seen: Optional[str]
    last_seen: Optional[str]
    roles: list[str]


class Alias(BaseModel):
    alias: str
    count: int


class Role(BaseModel):
    role: str
    first_seen: Optional[str]
    last_seen: Optional[str]
    count: int


class Month(BaseModel):
    month: str
    statements: int


class SpeakerDetail(BaseModel):
    speaker: Speaker
    aliases: list[Alias]
    roles: list[Role]
    by_month: list[Month]
    recent: list[Statement]


class Timeline(BaseModel):
    speaker: Speaker
    by_month: list[Month]
    roles: list[Role]


class ArticleSummary(BaseModel):
    id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    source: Optional[str]
    statements: int


class Article(BaseModel):
    id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    source: Optional[str]
    text: str
    statements: list[Statement]


class Stats(BaseModel):
    articles: int
    statements: int
    speakers: int
    statements_by_kind: dict[str, int]
    speakers_by_type: dict[str, int]
    statements_with_speaker_entity: int
    statements_dated_from_text: int
    first_date: Optional[str]
    last_date: Optional[str]
    database: str


class Party(BaseModel):
    text: Optional[str]
    start: Optional[int]
    end: Optional[int]
    entity: Optional[str] = Field(description="The article's local speaker id, when the party is a speaker.")
    country: Optional[str] = Field(description="ISO3, or IGO, NGO, IMG...")
    sector: Optional[str]


class Place(BaseModel):
    text: str
    country: Optional[str]


class Event(BaseModel):
    id: str
    article_id: str
    type: str = Field(description="PLOVER event type")
    mode: Optional[str]
    actor: Optional[Party]
    target: Optional[Party]
    location: Optional[Place]
    date: Optional[str]
    trigger: Span
    sentence: Optional[Extent]
    negated: bool
    hypothetical: bool
    future: bool
    statement: Optional[str] = Field(description="The statement that reports the event, if any.")
    confidence: float
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
