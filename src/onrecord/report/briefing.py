"""What a briefing says, gathered from the record: no prose is invented, every sentence of the
overview is a count or a name taken from the statements chosen."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Optional, Sequence

from onrecord.present.links import outlet
from onrecord.query import Record, StatementView, roles_in_articles


@dataclass
class Source:
    number: int
    article_id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    outlet: str
    statements: int = 0


@dataclass
class Group:
    """One speaker's statements, oldest first."""
    name: str
    entity: Optional[str]
    type: Optional[str]
    roles: list[str]  # from the record, most often given first
    affiliation: Optional[str]
    statements: list[StatementView] = field(default_factory=list)

    def described(self) -> str:
        """Roles and affiliation as one line ("" when the record gives none)."""
        extra = list(self.roles)
        if self.affiliation and self.affiliation not in " ".join(extra):
            extra.append(self.affiliation)
        return "; ".join(extra)


@dataclass
class Briefing:
    title: str
    filters: dict[str, str]
    statements: list[StatementView]
    groups: list[Group]
    sources: list[Source]
    roles: dict[str, list[str]]  # statement id -> roles its article gives its speaker
    source_of: dict[str, int]  # article id -> source number
    by_month: list[tuple[str, int]]
    made_on: str

    @property
    def period(self) -> tuple[Optional[str], Optional[str]]:
        dates = sorted(s.date for s in self.statements if s.date)
        return (dates[0], dates[-1]) if dates else (None, None)

    def overview(self) -> list[str]:
        """Sentences of plain fact about the statements chosen."""
        first, last = self.period
        outlets = sorted({s.outlet for s in self.sources if s.outlet})
        summary = (f"{_counted(len(self.statements), 'statement')} by {_counted(len(self.groups), 'speaker')}"
                   f" from {_counted(len(self.sources), 'source')}")
        if 0 < len(outlets) <= 3:
            summary += f" ({', '.join(outlets)})"
        elif outlets:
            summary += f" in {len(outlets)} outlets"
        if first and first != last:
            summary += f", made between {first} and {last}."
        elif first:
            summary += f", made on {first}."
        else:
            summary += "."
        lines = [summary]
        top = [g for g in self.groups if g.statements][:3]
        if top:
            lines.append("Most quoted: " + ", ".join(f"{g.name} ({len(g.statements)})" for g in top) + ".")
        busiest = max(self.by_month, key=lambda m: m[1], default=None)
        if busiest and len(self.by_month) > 1:
            lines.append(f"Busiest month: {busiest[0]} ({_counted(busiest[1], 'statement')}).")
        undated = sum(1 for s in self.statements if s.date_is_publication)
        if undated:
            lines.append(f"{undated} of the dates are publication dates: "
                         "the article does not say when it was said (marked *).")
        return lines


def _counted(n: int, thing: str) -> str:
    """"1 statement", "3 statements"."""
    return f"{n} {thing}{'s' if n != 1 else ''}"


def build(record: Record, speakers: Sequence[str] = (), search: Optional[str] = None, since: Optional[str] = None,
          until: Optional[str] = None, kind: Optional[str] = None, title: Optional[str] = None,
          limit: int = 500, topic: Optional[str] = None) -> Briefing:
    """The statements matching the filters (each speaker's, when speakers are given), grouped;
    with ``topic``, the statements on it (``onrecord.query.topics``) within those filters."""
    chosen: dict[str, StatementView] = {}
    names = []
    asked: list[Optional[str]] = [*speakers] or [None]  # no speaker named: everyone's statements
    for name in asked:
        who = record.speaker(name) if name else None
        if who:
            names.append(who.name)
        for s in record.statements(speaker=who.id if who else None, search=search, since=since, until=until,
                                   kind=kind, limit=limit, topic=topic):
            chosen.setdefault(s.id, s)
    found = sorted(chosen.values(), key=lambda s: (s.date or "", s.article_id, s.content["start"]))
    groups: dict[str, Group] = {}
    for s in found:
        key = s.speaker_entity or f"name:{s.speaker_name or ''}"
        if key not in groups:
            groups[key] = Group(s.speaker_entity_name or "Unattributed", s.speaker_entity,
                                s.speaker_type, [], None)
        groups[key].statements.append(s)
    ordered = sorted(groups.values(), key=lambda g: (-len(g.statements), g.name))
    entity_ids = [g.entity for g in ordered if g.entity]
    if entity_ids:
        by_id = {i: record.speaker(i) for i in entity_ids}
        for g in ordered:
            if g.entity in by_id:
                who = by_id[g.entity]
                g.roles, g.affiliation, g.type = who.roles[:4], who.affiliation, who.type
    sources: dict[str, Source] = {}
    for s in sorted(found, key=lambda s: (s.published or "", s.article_id)):
        if s.article_id not in sources:
            sources[s.article_id] = Source(len(sources) + 1, s.article_id, s.title, s.url, s.published, outlet(s.url))
        sources[s.article_id].statements += 1
    months = Counter(s.date[:7] for s in found if s.date)
    filters = {k: v for k, v in (("speaker", ", ".join(names)), ("search", search), ("topic", topic),
                                  ("since", since), ("until", until), ("kind", kind)) if v}
    if not title:
        title = ("Statements by " + " and ".join(names) if names else "Statements") + (
            f" on “{search}”" if search else "") + (f" about “{topic}”" if topic else "")
    return Briefing(title, filters, found, ordered, list(sources.values()), roles_in_articles(record, found),
                    {a: src.number for a, src in sources.items()}, sorted(months.items()), date.today().isoformat())
