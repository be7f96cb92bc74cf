"""How statements are shown, shared by the command line, the web pages and briefings.

``formats`` renders an article's record as JSONL, a terminal table or Markdown; ``charts``
draws statements by month as SVG or text; ``events`` names an event (type, who to whom);
``links`` names an article's outlet and checks
that a URL is safe to link.
"""
