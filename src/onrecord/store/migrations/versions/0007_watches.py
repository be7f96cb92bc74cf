"""Watches: saved questions whose new answers are reported after each ingest.

``statements.seq`` numbers statements in the order they were stored, from a counter that only
grows (``store_counters``), never reused even when the newest rows are deleted and an article is
stored again: "new since the last check" is ``seq`` above the watch's mark, whatever the dates
say. Statements stored before this revision take their ``pk`` as ``seq``.
``watch_hits`` remembers every statement a check has reported, so none is reported twice.

Revision ID: 0007
Revises: 0006
Created: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.add_column(sa.Column("seq", sa.Integer))
    op.execute("UPDATE statements SET seq = pk")
    op.create_index("ix_statements_seq", "statements", ["seq"])
    op.create_table(
        "store_counters",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )
    op.execute("INSERT INTO store_counters (name, value) SELECT 'statements', COALESCE(MAX(pk), 0) FROM statements")
    op.create_table(
        "watches",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("speaker", sa.Text),
        sa.Column("topic", sa.Text),
        sa.Column("search", sa.Text),
        sa.Column("country", sa.String(8)),
        sa.Column("kind", sa.String(64)),
        sa.Column("webhook", sa.Text),
        sa.Column("start_seq", sa.Integer, nullable=False),
        sa.Column("last_seq", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("checked_at", sa.String(32)),
    )
    op.create_table(
        "watch_hits",
        sa.Column("watch", sa.String(100), sa.ForeignKey("watches.name", ondelete="CASCADE"), primary_key=True),
        sa.Column("statement_id", sa.String(300), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("found_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("watch_hits")
    op.drop_table("watches")
    op.drop_table("store_counters")
    op.drop_index("ix_statements_seq", "statements")
    # a plain DROP COLUMN (SQLite 3.35 and later): a batch copy of the table would lose the
    # full-text triggers on it
    op.execute("ALTER TABLE statements DROP COLUMN seq")
