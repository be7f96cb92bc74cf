"""How an event is named wherever it is shown: its type, who did it to whom, and where.
Plain strings; the pages and HTML briefings escape them."""
from __future__ import annotations

from typing import Any, Optional

from onrecord.query import EventView


def party(p: Optional[dict[str, Any]], width: int = 40) -> str:
    """An actor or target as the article writes it, with its code: "the Trump administration [USA]"."""
    if not p:
        return "?"
    code = "/".join(x for x in (p.get("country"), p.get("sector")) if x)
    text = " ".join((p.get("text") or "").split())
    if len(text) > width:
        text = text[:width - 1] + "…"
    if not text and code:
        text = "(unnamed)"  # an actor the text implies ("X was arrested"): only its country is known
    return (text + (f" [{code}]" if code else "")).strip() or "?"


def kind(e: EventView) -> str:
    """"SANCTION", "ASSAULT (heavy-weapons)"."""
    return e.type + (f" ({e.mode})" if e.mode else "")


def who_to_whom(e: EventView) -> str:
    """"the Trump administration [USA] → Iran [IRN] in Syria"; the target is left out when there is none."""
    out = party(e.actor) + (f" → {party(e.target)}" if e.target else "")
    return out + (f" in {e.location['text']}" if e.location else "")


def flags(e: EventView) -> list[str]:
    """What the text says about whether it happened: negated, hypothetical, future."""
    return [name for name, on in (("negated", e.negated), ("hypothetical", e.hypothetical),
                                  ("future", e.future)) if on]


def line(e: EventView) -> str:
    """One line: "SANCTION (discontinue): the Trump administration [USA] → Iran [IRN], “imposed”"."""
    extra = flags(e)
    return f"{kind(e)}: {who_to_whom(e)}, “{e.trigger['text']}”" + (f" ({', '.join(extra)})" if extra else "")
