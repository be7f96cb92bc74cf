"""Sources of stories (copies merged by near-duplicate detection), their MinHash LSH bands, and
the memory of polled feeds. Stories already stored get their own source row and their bands.

Revision ID: 0003
Revises: 0002
Created: 2026-11-28
"""
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

from onrecord.store.near import bands, shingles

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_sources",
        sa.Column("story_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("source_id", sa.String(255), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("similarity", sa.Float, nullable=False),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("origin", sa.Text),
        sa.Column("added_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_story_sources_source_id", "story_sources", ["source_id"])
    op.create_table(
        "story_bands",
        sa.Column("band", sa.Integer, primary_key=True),
        sa.Column("bucket", sa.String(16), primary_key=True),
        sa.Column("story_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_story_bands_story_id", "story_bands", ["story_id"])
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(1000), primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("polled_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "feed_entries",
        sa.Column("feed", sa.String(1000), primary_key=True),
        sa.Column("entry_id", sa.String(1000), primary_key=True),
        sa.Column("article_id", sa.String(255)),
        sa.Column("seen_at", sa.String(32), nullable=False),
    )
    _backfill()


def _backfill() -> None:
    conn = op.get_bind()
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    sources = sa.table("story_sources", *(sa.column(c) for c in (
        "story_id", "source_id", "kind", "similarity", "outlet", "url", "published", "title", "origin", "added_at")))
    band_rows = sa.table("story_bands", sa.column("band"), sa.column("bucket"), sa.column("story_id"))
    rows = conn.execute(sa.text("SELECT id, title, published, url, source, text FROM articles ORDER BY id"))
    for r in rows.mappings().partitions(500):
        conn.execute(sources.insert(), [
            {"story_id": a["id"], "source_id": a["id"], "kind": "original", "similarity": 1.0, "outlet": None,
             "url": a["url"], "published": a["published"], "title": a["title"], "origin": a["source"],
             "added_at": now} for a in r])
        banded = [{"band": b, "bucket": k, "story_id": a["id"]} for a in r for b, k in bands(shingles(a["text"]))]
        if banded:
            conn.execute(band_rows.insert(), banded)


def downgrade() -> None:
    for table in ("feed_entries", "feeds", "story_bands", "story_sources"):
        op.drop_table(table)
