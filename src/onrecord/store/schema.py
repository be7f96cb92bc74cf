"""The tables of the record, as SQLAlchemy Core objects.

The Alembic revisions in ``migrations/`` create these tables; this module is what the code
queries. ``tests/store/test_store.py`` checks that the two agree, so a change here needs a revision.

Dates are ISO strings (``YYYY-MM-DD``): they sort and compare the same way in SQLite and
PostgreSQL, and the record's JSON carries them that way.
Full-text search lives outside these objects because it differs by database: an FTS5 table
``statements_fts`` kept in sync by triggers in SQLite, a generated ``search`` tsvector column
with a GIN index in PostgreSQL (see ``fulltext.py``).
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(255), primary_key=True),
    # sha256 of the normalized text: the same article under another id is found by it
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("url", Text),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("record", JSON, nullable=False),  # the ArticleRecord's JSON form, as extracted
    Column("extractor_version", String(32), nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

# Speaker entities resolved across articles. ``id`` is a readable slug derived from the
# canonical name, recomputed deterministically whenever the entity's family is re-resolved.
entities = Table(
    "entities",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("affiliation", Text),
    # the resolution family (surname for people, normalized name otherwise)
    Column("family", String(255), nullable=False, index=True),
    Column("statement_count", Integer, nullable=False, default=0),
    Column("article_count", Integer, nullable=False, default=0),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("entity_id", String(255), ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Column("alias_norm", String(255), primary_key=True),
    Column("alias", Text, nullable=False),
    Column("count", Integer, nullable=False, default=1),
    Index("ix_entity_aliases_alias_norm", "alias_norm"),
)

entity_roles = Table(
    "entity_roles",
    metadata,
    Column("entity_id", String(255), ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Column("role_norm", String(255), primary_key=True),
    Column("role", Text, nullable=False),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("count", Integer, nullable=False, default=1),
)

# One row per article-local speaker (an entity of one ArticleRecord that speaks at least once):
# the unit that cross-article resolution clusters into ``entities``.
article_speakers = Table(
    "article_speakers",
    metadata,
    Column("article_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("local_id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Column("affiliation", Text),
    Column("comentions", JSON, nullable=False),  # families of the article's other entities
    Column("published", String(10)),
    Column("family", String(255), index=True),  # None: a vague source that is never resolved
    Column("statement_count", Integer, nullable=False, default=0),
    Column("entity_id", String(255), ForeignKey("entities.id", ondelete="SET NULL"), index=True),
)

statements = Table(
    "statements",
    metadata,
    # an integer key for the SQLite FTS5 content table; ``id`` is the record's statement id
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(300), nullable=False, unique=True),
    Column("article_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue_text", Text),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("mention_start", Integer),
    Column("mention_end", Integer),
    Column("mention_text", Text),
    Column("speaker_local_id", String(64)),  # the article-local entity ("e1")
    Column("speaker_name", Text),  # canonical in the article
    Column("speaker_type", String(16)),
    Column("speaker_rule", String(32)),  # which resolution rule named the speaker
    Column("entity_id", String(255), ForeignKey("entities.id", ondelete="SET NULL")),
    Column("date", String(10)),
    Column("date_precision", String(8)),  # day | week | month | year
    Column("date_is_publication", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False, default=0.5),
    # the order statements were stored in, from ``store_counters``: never reused (revision 0007)
    Column("seq", Integer),
    Index("ix_statements_entity_date", "entity_id", "date"),
    Index("ix_statements_article_speaker", "article_id", "speaker_local_id"),
    Index("ix_statements_date", "date"),
    Index("ix_statements_kind", "kind"),
    Index("ix_statements_seq", "seq"),
)

# Manual corrections, replayed after every automatic resolution.
#   merge: the entities holding names ``name_a`` and ``name_b`` are one.
#   split: the speakers named ``name_a`` (in ``article_id`` when given) are their own entity.
overrides = Table(
    "overrides",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False),
    Column("name_a", Text, nullable=False),
    Column("name_b", Text),
    Column("article_id", String(255)),
    # the resolution families the names belonged to, so a merge re-resolves both together
    Column("family_a", String(255)),
    Column("family_b", String(255)),
    Column("created_at", String(32), nullable=False),
)

# Where each stored story was read: the article itself ("original") and every copy merged into
# it, the same text under another id ("same text") or a near-duplicate ("near duplicate").
# ``source_id`` is the id the copy came with, so reading it again changes nothing.
story_sources = Table(
    "story_sources",
    metadata,
    Column("story_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("source_id", String(255), primary_key=True),
    Column("kind", String(16), nullable=False),  # original | same text | near duplicate
    Column("similarity", Float, nullable=False, default=1.0),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", String(10)),
    Column("title", Text),
    Column("author", Text),
    Column("origin", Text),  # the file, archive record or feed entry it was read from
    Column("added_at", String(32), nullable=False),
    Index("ix_story_sources_source_id", "source_id"),
)

# The MinHash LSH index of stored stories (see near.py): one row per band of a story's signature.
story_bands = Table(
    "story_bands",
    metadata,
    Column("band", Integer, primary_key=True),
    Column("bucket", String(16), primary_key=True),
    Column("story_id", String(255), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_story_bands_story_id", "story_id"),
)

# Feeds polled before: the validators of the last poll, and the entries already read.
feeds = Table(
    "feeds",
    metadata,
    Column("url", String(1000), primary_key=True),  # a URL, or a file's absolute path
    Column("etag", Text),
    Column("last_modified", Text),
    Column("polled_at", String(32), nullable=False),
)

feed_entries = Table(
    "feed_entries",
    metadata,
    Column("feed", String(1000), primary_key=True),
    Column("entry_id", String(1000), primary_key=True),
    Column("article_id", String(255)),  # None: the entry was skipped (another language, no text)
    Column("seen_at", String(32), nullable=False),
)

# One sentence embedding per statement (revision 0006), float16 bytes of a unit vector made by
# ``onrecord.embeddings`` (``model`` says which); see ``vectors.py``.
statement_vectors = Table(
    "statement_vectors",
    metadata,
    Column("statement_pk", Integer, ForeignKey("statements.pk", ondelete="CASCADE"), primary_key=True),
    Column("model", String(64), nullable=False),
    Column("vector", LargeBinary, nullable=False),
)

# Counters that only grow, kept in the write transaction: "statements" numbers statements' ``seq``.
store_counters = Table(
    "store_counters",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", Integer, nullable=False),
)

# Saved questions (``onrecord watch``): any of speaker, topic, words, country, kind. Statements
# with ``seq`` above ``last_seq`` are new to the watch; ``start_seq`` is where it began.
watches = Table(
    "watches",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("speaker", Text),
    Column("topic", Text),
    Column("search", Text),
    Column("country", String(8)),
    Column("kind", String(64)),
    Column("webhook", Text),
    Column("start_seq", Integer, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("checked_at", String(32)),
)

# Every statement a check reported for a watch: none is reported twice, even stored again.
watch_hits = Table(
    "watch_hits",
    metadata,
    Column("watch", String(100), ForeignKey("watches.name", ondelete="CASCADE"), primary_key=True),
    Column("statement_id", String(300), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("found_at", String(32), nullable=False),
)
