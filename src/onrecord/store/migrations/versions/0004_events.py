"""Events: who did what to whom, coded to PLOVER, one row per event of a stored article.

Articles stored before this revision have no event rows until they are ingested again
(``onrecord ingest --force``).

Revision ID: 0004
Revises: 0003
Created: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _party(prefix: str) -> list:
    return [sa.Column(f"{prefix}_text", sa.Text), sa.Column(f"{prefix}_start", sa.Integer),
            sa.Column(f"{prefix}_end", sa.Integer), sa.Column(f"{prefix}_entity", sa.String(64)),
            sa.Column(f"{prefix}_country", sa.String(8)), sa.Column(f"{prefix}_sector", sa.String(8))]


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(300), nullable=False, unique=True),
        sa.Column("article_id", sa.String(255), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32)),
        *_party("actor"),
        *_party("target"),
        sa.Column("location_text", sa.Text),
        sa.Column("location_country", sa.String(8)),
        sa.Column("date", sa.String(10)),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("trigger_text", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("hypothetical", sa.Boolean, nullable=False),
        sa.Column("future", sa.Boolean, nullable=False),
        sa.Column("statement_id", sa.String(300)),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_events_article", "events", ["article_id"])
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.create_index("ix_events_actor_country", "events", ["actor_country"])
    op.create_index("ix_events_target_country", "events", ["target_country"])
    op.create_index("ix_events_date", "events", ["date"])


def downgrade() -> None:
    op.drop_table("events")
