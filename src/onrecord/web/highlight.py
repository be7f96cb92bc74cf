"""An article's text cut into pieces for display: each piece knows which statement's content
covers it, whether it is that statement's cue or speaker mention, and which event's trigger it
is. Pure data: the template escapes the text."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from onrecord.query import EventView, StatementView

# the stylesheet has classes c0 .. c23, no two alike: an article's speakers each get their own
# colour up to 24 speakers (beyond that, colours come round again)
PALETTE_SIZE = 24


@dataclass
class Piece:
    text: str
    statement: Optional[str] = None  # local id ("s3") of the statement whose content covers it
    colour: Optional[int] = None
    marks: list[str] = field(default_factory=list)  # "cue", "mention"
    anchors: list[str] = field(default_factory=list)  # the statements whose content starts here
    owner: Optional[str] = None  # local id of the statement a cue or mention belongs to
    within: list[str] = field(default_factory=list)  # every statement whose content covers it, outermost first
    event: Optional[str] = None  # local id ("v2") of the event whose trigger this is


def local_id(statement_id: str) -> str:
    return statement_id.rsplit("#", 1)[-1]


def speaker_key(s: StatementView) -> str:
    return s.speaker_entity or s.speaker_name or "?"


def colours(views: list[StatementView]) -> dict[str, int]:
    """Speaker key -> palette index, in order of first appearance in the text."""
    found: dict[str, int] = {}
    for s in sorted(views, key=lambda v: v.content["start"]):
        found.setdefault(speaker_key(s), len(found) % PALETTE_SIZE)
    return found


def pieces(text: str, views: list[StatementView], events: Sequence[EventView] = ()) -> list[Piece]:
    """The whole text in order, split wherever a content, cue, mention or event trigger starts or
    ends. A piece inside several contents (a quote within a quote) takes the innermost one.
    One sweep from the start: the spans that cover a piece are those open at its start, so
    each piece looks only at them, not at every span of the article."""
    palette = colours(views)
    spans: list[tuple[int, int, str, StatementView]] = []  # (start, end, kind, view)
    for s in views:
        spans.append((s.content["start"], s.content["end"], "content", s))
        for kind, span in (("cue", s.cue), ("mention", s.mention)):
            if span and span["end"] > span["start"]:
                spans.append((span["start"], span["end"], kind, s))
    triggers = [(e.trigger["start"], e.trigger["end"], local_id(e.id)) for e in events
                if e.trigger["end"] > e.trigger["start"]]
    cuts = {0, len(text)}
    for start, end in [(s[0], s[1]) for s in spans] + [(t[0], t[1]) for t in triggers]:
        cuts.update(p for p in (start, end) if 0 <= p <= len(text))
    edges = sorted(cuts)
    # every span and trigger by where it starts; those open hold their index, for the first-listed order
    span_starts = sorted(range(len(spans)), key=lambda i: spans[i][0])
    trigger_starts = sorted(range(len(triggers)), key=lambda i: triggers[i][0])
    open_spans: set[int] = set()
    open_triggers: set[int] = set()
    next_span = next_trigger = 0
    out, anchored = [], set()
    for a, b in zip(edges, edges[1:], strict=False):
        while next_span < len(span_starts) and spans[span_starts[next_span]][0] <= a:
            open_spans.add(span_starts[next_span])
            next_span += 1
        while next_trigger < len(trigger_starts) and triggers[trigger_starts[next_trigger]][0] <= a:
            open_triggers.add(trigger_starts[next_trigger])
            next_trigger += 1
        open_spans = {i for i in open_spans if b <= spans[i][1]}
        open_triggers = {i for i in open_triggers if b <= triggers[i][1]}
        here = sorted(open_spans)
        piece = Piece(text[a:b])
        # outermost first: longest content first, ties in the order the statements came
        covering = sorted(((spans[i][1] - spans[i][0], spans[i][3]) for i in here if spans[i][2] == "content"),
                          key=lambda c: -c[0])
        if covering:
            view = covering[-1][1]
            piece.statement, piece.colour = local_id(view.id), palette[speaker_key(view)]
            piece.within = [local_id(v.id) for _, v in covering]
            for name in piece.within:  # the anchor of a statement is its first piece, even inside another
                if name not in anchored:
                    anchored.add(name)
                    piece.anchors.append(name)
        for i in here:
            _, _, kind, owner = spans[i]
            if kind != "content":
                piece.marks.append(kind)
                piece.owner = local_id(owner.id)
                if piece.colour is None:
                    piece.colour = palette[speaker_key(owner)]
        piece.event = triggers[min(open_triggers)][2] if open_triggers else None
        out.append(piece)
    return out

