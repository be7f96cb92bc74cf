"""The schema revisions, applied in order by ``store.database.migrate``."""
