"""From an ArticleRecord's events to rows of the events table (plain dicts, no database)."""
from __future__ import annotations

from typing import Any, Optional

from onrecord.model import ArticleRecord


def _local(record_id: Optional[str], n: int, prefix: str) -> str:
    return (record_id or "").rsplit("#", 1)[-1] or f"{prefix}{n}"


def event_rows(record: ArticleRecord, stored_id: str) -> list[dict[str, Any]]:
    """One row per event; ids are re-based on the stored article id like statement ids."""
    rows, seen = [], set()
    for n, e in enumerate(record.events or []):
        local = _local(e.id, n + 1, "v")
        if local in seen:
            local = f"{local}.{n}"
        seen.add(local)
        trigger, sentence, location = e.trigger, e.sentence, e.location
        row = {
            "id": f"{stored_id}#{local}", "article_id": stored_id, "type": e.type, "mode": e.mode,
            "location_text": location.text if location else None,
            "location_country": location.country if location else None,
            "date": e.date,
            "trigger_start": trigger.start if trigger else 0, "trigger_end": trigger.end if trigger else 0,
            "trigger_text": trigger.text if trigger else "",
            "sentence_start": sentence.start if sentence else None,
            "sentence_end": sentence.end if sentence else None,
            "negated": bool(e.negated), "hypothetical": bool(e.hypothetical), "future": bool(e.future),
            "statement_id": f"{stored_id}#{_local(e.statement, 0, 's')}" if e.statement else None,
            "confidence": float(e.confidence),
        }
        for side in ("actor", "target"):
            party = getattr(e, side)
            for field in ("text", "start", "end", "entity", "country", "sector"):
                row[f"{side}_{field}"] = getattr(party, field) if party else None
        rows.append(row)
    return rows
