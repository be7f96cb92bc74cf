"""The record's tables: articles, statements, speakers resolved across articles, overrides.

Revision ID: 0001
Revises:
Created: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_published", "articles", ["published"])

    op.create_table(
        "entities",
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("affiliation", sa.Text),
        sa.Column("family", sa.String(255), nullable=False),
        sa.Column("statement_count", sa.Integer, nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
        sa.Column("first_seen", sa.String(10)),
        sa.Column("last_seen", sa.String(10)),
    )
    op.create_index("ix_entities_family", "entities", ["family"])

    op.create_table(
        "entity_aliases",
        sa.Column("entity_id", sa.String(255), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("alias_norm", sa.String(255), primary_key=True),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_index("ix_entity_aliases_alias_norm", "entity_aliases", ["alias_norm"])

    op.create_table(
        "entity_roles",
        sa.Column("entity_id", sa.String(255), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role_norm", sa.String(255), primary_key=True),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("first_seen", sa.String(10)),
        sa.Column("last_seen", sa.String(10)),
        sa.Column("count", sa.Integer, nullable=False),
    )

    op.create_table(
        "article_speakers",
        sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("local_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("roles", sa.JSON, nullable=False),
        sa.Column("affiliation", sa.Text),
        sa.Column("comentions", sa.JSON, nullable=False),
        sa.Column("published", sa.String(10)),
        sa.Column("family", sa.String(255)),
        sa.Column("statement_count", sa.Integer, nullable=False),
        sa.Column("entity_id", sa.String(255), sa.ForeignKey("entities.id", ondelete="SET NULL")),
    )
    op.create_index("ix_article_speakers_family", "article_speakers", ["family"])
    op.create_index("ix_article_speakers_entity_id", "article_speakers", ["entity_id"])

    op.create_table(
        "statements",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(300), nullable=False, unique=True),
        sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("content_start", sa.Integer, nullable=False),
        sa.Column("content_end", sa.Integer, nullable=False),
        sa.Column("content_text", sa.Text, nullable=False),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("cue_text", sa.Text),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("mention_start", sa.Integer),
        sa.Column("mention_end", sa.Integer),
        sa.Column("mention_text", sa.Text),
        sa.Column("speaker_local_id", sa.String(64)),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_type", sa.String(16)),
        sa.Column("entity_id", sa.String(255), sa.ForeignKey("entities.id", ondelete="SET NULL")),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_is_publication", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_statements_article_speaker", "statements", ["article_id", "speaker_local_id"])
    op.create_index("ix_statements_entity_date", "statements", ["entity_id", "date"])
    op.create_index("ix_statements_date", "statements", ["date"])
    op.create_index("ix_statements_kind", "statements", ["kind"])

    op.create_table(
        "overrides",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("name_a", sa.Text, nullable=False),
        sa.Column("name_b", sa.Text),
        sa.Column("article_id", sa.String(255)),
        sa.Column("family_a", sa.String(255)),
        sa.Column("family_b", sa.String(255)),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for table in ("overrides", "statements", "article_speakers", "entity_roles", "entity_aliases",
                  "entities", "articles"):
        op.drop_table(table)
