"""The ``onrecord`` command line: a thin layer over the Python API, one module per command group.

``common`` holds what every command shares (exit codes, one-line errors, the spaCy model);
``stores`` what the commands on a store share (``--db``, opening it); ``extract`` reads and
prints without storing; ``record`` ingests into a store and reads it back; ``events`` lists
stored events; ``web`` serves the pages and writes briefings; ``watch`` keeps saved questions
and reports what is new for them; ``evaluate`` scores the extractors against gold data;
``spark`` runs the extraction as a Spark job and loads its output into a store.

A command's module is imported only when the command runs (or ``onrecord --help`` lists it):
``onrecord extract`` needs none of the store, query and web layers, which take over a second
to import.
"""
from __future__ import annotations

import importlib

import click

from onrecord.cli.common import Commands
from onrecord.version import __version__

# Each command and the module (``onrecord.cli.<module>``) whose ``COMMANDS`` holds it. Written out
# by hand, though the modules' ``COMMANDS`` name the same commands: reading those would import every
# module to run one command. tests/cli/test_lazy_commands.py checks the two agree.
COMMAND_MODULES = {
    "extract": "extract",
    **dict.fromkeys(("ingest", "quotes", "speakers", "speaker", "stats", "export"), "record"),
    "events": "events",
    **dict.fromkeys(("serve", "brief"), "web"),
    **dict.fromkeys(("evaluate", "evaluate-events"), "evaluate"),
    "watch": "watch",
    **dict.fromkeys(("spark", "load"), "spark"),
}


class LazyCommands(Commands):
    """The ``onrecord`` group, whose commands are imported from their module when asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            for command in importlib.import_module(f"onrecord.cli.{module}").COMMANDS:
                self.add_command(command)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyCommands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="onrecord")
def main() -> None:
    """Who said what, in which role, when: statements and their speakers from news articles."""


__all__ = ["main"]
