"""Full-text search over statement content: FTS5 in SQLite, a tsvector + GIN index in PostgreSQL.

A separate revision so that a database made before search existed is upgraded in place and its
statements are indexed on the way. Both use English stemming so the same words match.

Revision ID: 0002
Revises: 0001
Created: 2026-11-28
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    # external-content FTS5 table: the text lives once, in statements.content_text
    "CREATE VIRTUAL TABLE statements_fts USING fts5(content_text, content='statements', "
    "content_rowid='pk', tokenize='porter unicode61')",
    "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN "
    "INSERT INTO statements_fts(rowid, content_text) VALUES (new.pk, new.content_text); END",
    "CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, content_text) VALUES ('delete', old.pk, old.content_text); END",
    "CREATE TRIGGER statements_fts_update AFTER UPDATE OF content_text ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, content_text) VALUES ('delete', old.pk, old.content_text); "
    "INSERT INTO statements_fts(rowid, content_text) VALUES (new.pk, new.content_text); END",
    "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS statements_fts_update",
    "DROP TRIGGER IF EXISTS statements_fts_delete",
    "DROP TRIGGER IF EXISTS statements_fts_insert",
    "DROP TABLE IF EXISTS statements_fts",
]
POSTGRES_UP = [
    "ALTER TABLE statements ADD COLUMN search tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', content_text)) STORED",
    "CREATE INDEX ix_statements_search ON statements USING GIN (search)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_statements_search",
    "ALTER TABLE statements DROP COLUMN IF EXISTS search",
]


def _run(by_dialect: dict[str, list[str]]) -> None:
    dialect = op.get_bind().dialect.name
    if dialect not in by_dialect:
        raise NotImplementedError(f"full-text search is not written for {dialect}")
    for sql in by_dialect[dialect]:
        op.execute(sql)


def upgrade() -> None:
    _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP})


def downgrade() -> None:
    _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN})
