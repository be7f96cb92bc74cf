"""What a briefing says, gathered from the record: no prose is invented, every sentence of the
overview is a count or a name taken from the statements chosen.

A ``Selection`` chooses the statements (speakers, a country, words, dates, kinds); ``build`` groups
them by speaker, heaviest first, and sets beside them the context: the events of the same period
whose actor or target is a country its speakers speak for, and the events each statement reports."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Optional, Sequence

from onrecord import data
from onrecord.present.links import outlet
from onrecord.query import EventView, Record, StatementView, roles_in_articles


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
    countries: list[str] = field(default_factory=list)  # the countries or bodies the speaker speaks for

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
    countries: list[str] = field(default_factory=list)  # whose events make the context
    context: list[EventView] = field(default_factory=list)  # oldest first
    events_of: dict[str, list[EventView]] = field(default_factory=dict)  # statement id -> context events it reports
    reported_by: dict[str, str] = field(default_factory=dict)  # event id -> a statement shown that reports it

    def statement(self, statement_id: str) -> Optional[StatementView]:
        return next((s for s in self.statements if s.id == statement_id), None)

    @property
    def period(self) -> tuple[Optional[str], Optional[str]]:
        dates = sorted(s.date for s in self.statements if s.date)
        return (dates[0], dates[-1]) if dates else (None, None)

    def overview(self) -> list[str]:
        """Sentences of plain fact about the statements chosen."""
        first, last = self.period
        quoted = [s for s in self.sources if s.statements]  # the context's own articles aside
        outlets = sorted({s.outlet for s in quoted if s.outlet})
        summary = (f"{counted(len(self.statements), 'statement')} by {counted(len(self.groups), 'speaker')}"
                   f" from {counted(len(quoted), 'source')}")
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
            lines.append(f"Busiest month: {busiest[0]} ({counted(busiest[1], 'statement')}).")
        undated = sum(1 for s in self.statements if s.date_is_publication)
        if undated:
            lines.append(f"{undated} of the dates are publication dates: "
                         "the article does not say when it was said (marked *).")
        return lines


def counted(n: int, thing: str) -> str:
    """"1 statement", "3 statements"."""
    return f"{n} {thing}{'s' if n != 1 else ''}"


@dataclass
class Selection:
    """Which statements a briefing is about. Each field given narrows the choice; ``speakers``
    adds up (any of them). A new way to choose (a topic) is a new field here and a step in
    ``statements``."""
    speakers: Sequence[str] = ()
    country: Optional[str] = None  # ISO3 (or IGO...): statements by speakers who speak for it
    search: Optional[str] = None
    topic: Optional[str] = None  # statements on it, by meaning and words (``onrecord.query.topics``)
    since: Optional[str] = None
    until: Optional[str] = None
    kind: Optional[str] = None

    def statements(self, record: Record, limit: int) -> tuple[list[StatementView], list[str]]:
        """(the statements chosen, at most ``limit`` for each speaker named; the speakers' names)."""
        chosen: dict[str, StatementView] = {}
        names = []
        asked: list[Optional[str]] = [*self.speakers] or [None]
        for name in asked:  # no speaker named: everyone's statements
            who = record.speaker(name) if name else None
            if who:
                names.append(who.name)
            for s in record.statements(speaker=who.id if who else None, search=self.search, since=self.since,
                                       until=self.until, kind=self.kind, country=self.country, topic=self.topic,
                                       limit=limit):
                chosen.setdefault(s.id, s)
        return list(chosen.values()), names

    def described(self, names: list[str]) -> dict[str, str]:
        return {k: v for k, v in (("speaker", ", ".join(names)), ("country", (self.country or "").upper()),
                                  ("search", self.search), ("topic", self.topic), ("since", self.since),
                                  ("until", self.until),
                                  ("kind", self.kind)) if v}

    def title(self, names: list[str]) -> str:
        who = " and ".join(names) if names else ""
        if self.country:
            who = (who + " and " if who else "") + f"speakers for {self.country.upper()}"
        return ("Statements by " + who if who else "Statements") + (f" on “{self.search}”" if self.search else "") \
            + (f" about “{self.topic}”" if self.topic else "")


_PRONOUNS = (data.words("speaker_words.txt", "person_pronouns") | data.words("speaker_words.txt", "plural_pronouns")
             | data.words("speaker_words.txt", "writer_pronouns"))


def named_speaker(s: StatementView) -> bool:
    """Whether the record names who made the statement: not a bare pronoun ("they") left unresolved."""
    return bool(s.speaker_entity) or (s.speaker_name or "").strip().lower() not in _PRONOUNS


def once(found: list[StatementView]) -> list[StatementView]:
    """Each stretch of an article's words once. When one statement's content lies within another's:
    by the same speaker, the outer one is kept (a direct quote inside the reported clause that
    carries it); by another speaker, the inner one, the words' own speaker, is kept when it is
    most of the outer one ("X reported that Y said ...")."""
    drop: set[str] = set()
    by_article: dict[str, list[StatementView]] = {}
    for s in found:
        by_article.setdefault(s.article_id, []).append(s)
    for group in by_article.values():
        for outer in group:
            for inner in group:
                a, b = outer.content, inner.content
                if inner.id == outer.id or not (a["start"] <= b["start"] and b["end"] <= a["end"]):
                    continue
                if (a["start"], a["end"]) == (b["start"], b["end"]) and inner.id < outer.id:
                    continue  # the same span twice: keep the first id
                same = (outer.speaker_entity or outer.speaker_name) == (inner.speaker_entity or inner.speaker_name)
                if same:
                    drop.add(inner.id)
                elif (b["end"] - b["start"]) * 2 >= a["end"] - a["start"]:
                    drop.add(outer.id)
    return [s for s in found if s.id not in drop]


def build(record: Record, selection: Selection, title: Optional[str] = None, limit: int = 500) -> Briefing:
    """The statements the selection chooses, grouped by speaker, and the events beside them."""
    chosen, names = selection.statements(record, limit)
    found = sorted(once([s for s in chosen if named_speaker(s)]),
                   key=lambda s: (s.date or "", s.article_id, s.content["start"]))
    groups: dict[str, Group] = {}
    for s in found:
        key = s.speaker_entity or f"name:{s.speaker_name or ''}"
        if key not in groups:
            groups[key] = Group(s.speaker_entity_name or "Unattributed", s.speaker_entity,
                                s.speaker_type, [], None)
        groups[key].statements.append(s)
    # weight: most statements first, then the one who spoke first (groups were made in date order,
    # and the sort is stable)
    ordered = sorted(groups.values(), key=lambda g: -len(g.statements))
    entity_ids = [g.entity for g in ordered if g.entity]
    countries: dict[str, list[str]] = {}
    if entity_ids:
        by_id = {i: record.speaker(i) for i in entity_ids}
        countries = record.speaker_countries(entity_ids)
        for g in ordered:
            if g.entity in by_id:
                who = by_id[g.entity]
                g.roles, g.affiliation, g.type = who.roles[:4], who.affiliation, who.type
                g.countries = countries.get(g.entity, [])
    sources: dict[str, Source] = {}
    for s in sorted(found, key=lambda s: (s.published or "", s.article_id)):
        if s.article_id not in sources:
            sources[s.article_id] = Source(len(sources) + 1, s.article_id, s.title, s.url, s.published, outlet(s.url))
        sources[s.article_id].statements += 1
    months = Counter(s.date[:7] for s in found if s.date)
    briefing = Briefing(title or selection.title(names), selection.described(names), found, ordered,
                        list(sources.values()), roles_in_articles(record, found),
                        {a: src.number for a, src in sources.items()}, sorted(months.items()),
                        date.today().isoformat())
    _add_context(record, briefing, selection, sorted({c for g in ordered for c in g.countries}))
    return briefing


def _add_context(record: Record, b: Briefing, selection: Selection, countries: list[str]) -> None:
    """The events of the briefing's period whose actor or target is one of its speakers' countries
    (the asked country first of all), each with its source, and the events each statement reports."""
    if selection.country and selection.country.upper() not in countries:
        countries = [selection.country.upper(), *countries]
    b.countries = countries
    first, last = b.period
    since = selection.since or (first[:7] if first else None)
    until = selection.until or (last[:7] if last else None)
    b.context = record.context_events(countries, since, until, [src.article_id for src in b.sources])
    in_context = {e.id for e in b.context}
    shown = {s.id for s in b.statements}
    for sid, found in record.linked_events([s.id for s in b.statements]).items():
        for e in found:
            if e.id in in_context and sid in shown:
                b.events_of.setdefault(sid, []).append(e)
                b.reported_by.setdefault(e.id, sid)
    for e in b.context:  # the context's events from an article not yet in the sources join them
        if e.article_id not in b.source_of:
            src = Source(len(b.sources) + 1, e.article_id, e.title, e.url, e.published, outlet(e.url))
            b.sources.append(src)
            b.source_of[e.article_id] = src.number
