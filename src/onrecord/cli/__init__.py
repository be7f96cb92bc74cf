"""The ``onrecord`` command line: a thin layer over the Python API, one module per command group.

``common`` holds what every command shares (exit codes, ``--db``, one-line errors);
``extract`` reads and prints without storing; ``record`` ingests into a store and reads it back;
``events`` lists stored events; ``web`` serves the pages and writes briefings; ``watch`` keeps
saved questions and reports what is new for them; ``evaluate`` scores the extractors against
gold data; ``spark`` runs the extraction as a Spark job and loads its output into a store.
"""
from __future__ import annotations

import click

from onrecord.cli import evaluate, events, extract, record, spark, watch, web
from onrecord.cli.common import Commands
from onrecord.version import __version__


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="onrecord")
def main() -> None:
    """Who said what, in which role, when: statements and their speakers from news articles."""


for _command in (extract.extract, *record.COMMANDS, *events.COMMANDS, *web.COMMANDS, *evaluate.COMMANDS,
                 *watch.COMMANDS, *spark.COMMANDS):
    main.add_command(_command)

__all__ = ["main"]
