"""Alembic migrations of the store schema, one revision per file under ``versions/``."""
