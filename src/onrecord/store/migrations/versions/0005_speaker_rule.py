"""Which resolution rule named each statement's speaker (``speaker.rule`` in the JSON record).

Statements stored before this revision have none until they are ingested again
(``onrecord ingest --force``).

Revision ID: 0005
Revises: 0004
Created: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.add_column(sa.Column("speaker_rule", sa.String(32)))


def downgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("speaker_rule")
