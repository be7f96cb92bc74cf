"""From an ArticleRecord's events to rows of the events table (plain dicts, no database)."""
from __future__ import annotations

from typing import Any, Optional

from ..model import ArticleRecord


def _local(record_id: Optional[str], n: int, prefix: str) -> str:
    return (record_id or "").rsplit("#", 1)[-1] or f"{prefix}{n}"


def event_rows(record: ArticleRecord, stored_id: str) -> list[dict[str, Any]]:
    """One row per event; ids are re-based on the stored article id like statement ids."""
    rows, seen = [], set()
    for n, e in enumerate(record.events or []):
        local = _local(e.get("id"), n + 1, "v")
        if local in seen:
            local = f"{local}.{n}"
        seen.add(local)
        trigger = e.get("trigger") or {}
        sentence = e.get("sentence") or {}
        location = e.get("location") or {}
        row = {
            "id": f"{stored_id}#{local}", "article_id": stored_id, "type": e["type"], "mode": e.get("mode"),
            "location_text": location.get("text"), "location_country": location.get("country"),
            "date": e.get("date"),
            "trigger_start": trigger.get("start", 0), "trigger_end": trigger.get("end", 0),
            "trigger_text": trigger.get("text", ""),
            "sentence_start": sentence.get("start"), "sentence_end": sentence.get("end"),
            "negated": bool(e.get("negated")), "hypothetical": bool(e.get("hypothetical")),
            "future": bool(e.get("future")),
            "statement_id": f"{stored_id}#{_local(e['statement'], 0, 's')}" if e.get("statement") else None,
            "confidence": float(e.get("confidence", 0.5)),
        }
        for side in ("actor", "target"):
            party = e.get(side) or {}
            for field in ("text", "start", "end", "entity", "country", "sector"):
                row[f"{side}_{field}"] = party.get(field)
        rows.append(row)
    return rows
