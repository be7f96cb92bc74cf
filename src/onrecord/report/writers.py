"""A briefing as Markdown or as one standalone HTML file (styles inline, chart as inline SVG).
Quotes are the stored statement text, verbatim; in HTML every piece of text is escaped."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from onrecord.present import charts
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


def html(b: Briefing) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.get_template("briefing.html")
    return template.render(b=b, chart=charts.svg(b.by_month, "Statements over time"), web_url=web_url)
