"""``onrecord extract``: articles in, one record per article out (JSONL, a table or Markdown).

Nothing is stored: this is ``process(article)`` over the inputs, in batches. A batch that fails
is redone one article at a time, so one bad article is reported and skipped.
"""
from __future__ import annotations

import os
import shutil
import sys
from typing import Iterable, Iterator

import click

from onrecord import nlp as nlp_loader
from onrecord.cli.common import EXIT_OK, EXIT_PARTIAL, describe, load_model, to_stderr
from onrecord.extract.pipeline import process, process_many
from onrecord.ingest import InputError, Origin, iter_located_articles
from onrecord.model import Article, ArticleRecord
from onrecord.present.formats import FORMATS, render_jsonl, render_markdown, render_table


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one JSON record per article (docs/json.md); table: who said what for a "
                   "terminal; markdown: a digest per article.")
@click.option("--model", metavar="NAME", default=None,
              help=f"Installed spaCy model to use [default: $ONRECORD_MODEL, else {nlp_loader.DEFAULT_MODEL}].")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Articles parsed together by spaCy.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=False, atomic=True), default="-",
              help="Write to FILE instead of stdout.")
def extract(paths: tuple[str, ...], fmt: str, model: str | None, batch_size: int, output) -> None:
    """Extract the statements of the articles in PATH... (.txt, .jsonl, folders, - for stdin).

    A .txt file is one article (id = file name without .txt); a .jsonl file has one article
    a line ({"id", "text", "title"?, "published"?, "url"?, "source"?}). An input that cannot
    be read is reported on stderr in one line and skipped; the exit code is then 1.
    """
    nlp = load_model(model)
    tally = _Tally()
    render = _renderer(fmt, output)
    try:
        for record in _records(_articles(paths, tally), nlp, batch_size, tally):
            output.write(render(record))
            output.flush()
            tally.articles += 1
            tally.statements += len(record.statements)
    except BrokenPipeError:
        _quiet_broken_pipe()
    click.echo(f"onrecord: {tally.summary()}", err=True)
    sys.exit(EXIT_PARTIAL if tally.skipped else EXIT_OK)


class _Tally:
    def __init__(self) -> None:
        self.articles = self.statements = self.skipped = 0

    def skip(self, message: str) -> None:
        self.skipped += 1
        click.echo(message, err=True)

    def summary(self) -> str:
        text = f"{self.articles} article{'' if self.articles == 1 else 's'}, {self.statements} statements"
        return text + (f"; {self.skipped} skipped (see above)" if self.skipped else "")


def _renderer(fmt: str, output):
    if fmt == "table":
        width = shutil.get_terminal_size((120, 24)).columns if output.isatty() else 120
        return lambda record: render_table(record, width)
    return render_markdown if fmt == "markdown" else render_jsonl


def _articles(paths: Iterable[str], tally: _Tally) -> Iterator[tuple[Article, Origin]]:
    # notes (what an archive skipped, dead links of a feed) are printed, not counted as skipped
    for item in iter_located_articles(paths, notes=to_stderr):
        if isinstance(item, InputError):
            tally.skip(str(item))
        else:
            yield item


def _records(located: Iterator[tuple[Article, Origin]], nlp, batch_size: int, tally: _Tally) -> Iterator[ArticleRecord]:
    """Records in input order. A batch that fails is redone one article at a time, so one
    article that breaks an extractor is reported and skipped and the rest still come out."""
    batch: list[tuple[Article, Origin]] = []
    for item in located:
        batch.append(item)
        if len(batch) == batch_size:
            yield from _batch_records(batch, nlp, tally)
            batch = []
    if batch:
        yield from _batch_records(batch, nlp, tally)


def _batch_records(batch: list[tuple[Article, Origin]], nlp, tally: _Tally) -> Iterator[ArticleRecord]:
    try:
        records = list(process_many([article for article, _ in batch], nlp, batch_size=len(batch)))
    except Exception:
        if os.environ.get("ONRECORD_DEBUG"):
            raise
        records = None
    if records is not None and len(records) == len(batch):
        yield from records
        return
    for article, origin in batch:
        try:
            record = process(article, nlp)
        except Exception as e:
            if os.environ.get("ONRECORD_DEBUG"):
                raise
            tally.skip(f"{origin}: article {article.id}: extraction failed: {describe(e)}")
            continue
        yield record


def _quiet_broken_pipe() -> None:
    # The reader (e.g. `head`) went away: stop writing, without a traceback at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


COMMANDS = (extract,)
