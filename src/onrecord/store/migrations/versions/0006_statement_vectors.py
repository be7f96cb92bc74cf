"""Topic vectors: one sentence embedding per statement, for semantic search.

A table of its own rather than a column of ``statements``: the vectors are written after the
statements they belong to (``Store.embed_missing``), and a wide blob in every statement row
would slow every other query. A vector goes with its statement (ON DELETE CASCADE), so an
article stored again is embedded again. Statements stored before this revision are embedded
by the next ``onrecord ingest``.

Revision ID: 0006
Revises: 0005
Created: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statement_vectors",
        sa.Column("statement_pk", sa.Integer, sa.ForeignKey("statements.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("model", sa.String(64), nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("statement_vectors")
