"""Alembic environment: always run from ``onrecord.store`` with an open connection.

``Store`` opens the database and hands its connection over in ``config.attributes``, so the
migrations run in the same process and on the same engine settings (schema, pragmas).
"""
from alembic import context

from onrecord.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run migrations through onrecord.store.Store.open(), which passes a connection")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
