"""The events table (revision 0004): one row per PLOVER event of a stored article.

Kept beside ``schema.py`` on the same ``metadata``; ``store/__init__.py`` imports it, so the
schema check in tests/store/test_store.py sees it. Actor and target are flattened into columns
(text, offsets, article entity, country, sector) so queries filter on them directly.
"""
from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, String, Table, Text

from onrecord.store.schema import metadata


def _party(prefix: str) -> list[Column]:
    return [Column(f"{prefix}_text", Text), Column(f"{prefix}_start", Integer), Column(f"{prefix}_end", Integer),
            Column(f"{prefix}_entity", String(64)),  # the article-local entity ("e3")
            Column(f"{prefix}_country", String(8)), Column(f"{prefix}_sector", String(8))]


events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(300), nullable=False, unique=True),
    Column("article_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    *_party("actor"),
    *_party("target"),
    Column("location_text", Text),
    Column("location_country", String(8)),
    Column("date", String(10)),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("future", Boolean, nullable=False, default=False),
    Column("statement_id", String(300)),  # the statement this speech act also is
    Column("confidence", Float, nullable=False, default=0.5),
    Index("ix_events_article", "article_id"),
    Index("ix_events_type_date", "type", "date"),
    Index("ix_events_actor_country", "actor_country"),
    Index("ix_events_target_country", "target_country"),
    Index("ix_events_date", "date"),
)
