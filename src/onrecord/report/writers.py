"""A briefing as Markdown or as one standalone HTML file (styles inline, chart as inline SVG).
Quotes are the stored statement text, verbatim; in HTML every piece of text is escaped."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from onrecord.present import charts, events
from onrecord.present.links import web_url
from onrecord.report.briefing import Briefing

TEMPLATES = Path(__file__).parent / "templates"


def markdown(b: Briefing) -> str:
    out = [f"# {b.title}", ""]
    if b.filters:
        chosen = "; ".join(f"{k}: {v}" for k, v in b.filters.items())
        out += [f"*{chosen} · made on {b.made_on} from the onrecord store*", ""]
    out += ["## Overview", ""] + [f"- {line}" for line in b.overview()] + [""]
    for group in b.groups:
        out += [f"## {group.name}" + (f" — {group.described()}" if group.described() else ""), ""]
        for s in group.statements:
            source = b.source_of[s.article_id]
            roles = b.roles.get(s.id) or []
            date = (s.date or "undated") + ("*" if s.date_is_publication else "")
            out += ["> " + line if line else ">" for line in s.text.split("\n")]
            link = f"[{s.title or s.article_id}]({s.url})" if s.url else (s.title or s.article_id)
            role = f", as {'; '.join(roles)}" if roles else ""
            out += ["", f"— {date}, {s.kind}{role} · [{source}] {link}", ""]
            for e in b.events_of.get(s.id, []):
                out += [f"  - reports an event of the context: {events.line(e)}", ""]
    out += _context_markdown(b)
    chart = charts.text(b.by_month)
    if chart:
        out += ["## Statements over time", "", "```", chart, "```", ""]
    out += ["## Sources", ""]
    for src in b.sources:
        title = src.title or src.article_id
        link = f"[{title}]({src.url})" if src.url else title
        out.append(f"{src.number}. {link} — {src.outlet or 'unknown outlet'}, {src.published or 'undated'}"
                   f" ({src.statements} statement{'s' if src.statements != 1 else ''})")
    if any(s.date_is_publication for s in b.statements):
        out += ["", "\\* publication date: the article does not say when it was said."]
    return "\n".join(out) + "\n"


def context_intro(b: Briefing) -> str:
    """What the context section holds, in one sentence."""
    if not b.countries:
        return "No country or body is known for these speakers, so no events are set beside them."
    if not b.context:
        return f"No events of the period involve {', '.join(b.countries)}."
    return (f"What happened in the same period with {', '.join(b.countries)} as actor or target "
            "(events the record codes as done, not said), oldest first; undated ones are from the articles above.")


def _context_markdown(b: Briefing) -> list[str]:
    out = ["## Context", "", context_intro(b), ""]
    for e in b.context:
        source = b.source_of[e.article_id]
        link = f"[{e.title or e.article_id}]({e.url})" if e.url else (e.title or e.article_id)
        out.append(f"- {e.date or 'undated'} · {events.line(e)} · [{source}] {link}")
        said = b.statement(b.reported_by[e.id]) if e.id in b.reported_by else None
        if said:
            out.append(f"  - reported by {said.speaker_entity_name}: “{' '.join(said.text.split())}”")
    return out + [""]


def html(b: Briefing) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.get_template("briefing.html")
    return template.render(b=b, chart=charts.svg(b.by_month, "Statements over time"), web_url=web_url,
                           events=events, context_intro=context_intro(b))
