"""The ``onrecord`` group imports a command's module only when the command runs: every command
is found, and ``onrecord extract`` starts without the store, query and web layers."""
from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

from onrecord import cli
from onrecord.cli import COMMAND_MODULES, main


def test_the_table_names_every_command_of_every_module_and_no_other():
    # every module of the package that holds commands, also one the table forgets
    modules = [importlib.import_module(f"onrecord.cli.{info.name}") for info in pkgutil.iter_modules(cli.__path__)]
    defined = {command.name: module.__name__.rpartition(".")[2]
               for module in modules for command in getattr(module, "COMMANDS", ())}
    assert defined == COMMAND_MODULES


def test_each_command_is_found_by_its_name():
    for name in COMMAND_MODULES:
        command = main.get_command(None, name)
        assert command is not None and command.name == name
    assert main.get_command(None, "no-such-command") is None


def test_extract_starts_without_the_store_query_and_web_layers():
    probe = ("import sys; from onrecord.cli import main; main.get_command(None, 'extract'); "
             "print(' '.join(sorted(m for m in sys.modules if m.startswith(('onrecord.', 'sqlalchemy', 'fastapi')))))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert "onrecord.cli.extract" in loaded
    layers = ("onrecord.store", "onrecord.query", "onrecord.web", "onrecord.report", "onrecord.evaluation",
              "sqlalchemy", "fastapi", "onrecord.cli.stores")
    assert [m for m in loaded if m.startswith(layers)] == []
