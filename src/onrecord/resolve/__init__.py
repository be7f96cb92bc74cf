"""Who is who across articles: pure functions that group per-article speakers into entities.

``identity`` normalises names (``norm``, ``person_tokens``), groups the members of one name
family into clusters (``resolve_group``) and applies the user's merges and splits. The store
calls it for the families an ingest touched; nothing here reads or writes the database.
"""
