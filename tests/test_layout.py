"""The package's layout: no import cycle between its modules, every package says what it holds, and no word
list section is opened twice.

The import graph is grimp's (the library import-linter checks the layer contract with). Only
imports that run when a module is imported count: an import inside a function runs on call,
after every module is loaded, so it takes no part in a cycle at import time (such imports carry
a noqa that says why they are there).
"""
from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import grimp
import pytest

PACKAGE = "onrecord"
SOURCE = Path(importlib.util.find_spec(PACKAGE).origin).parent


def _path_of(module: str) -> Path:
    parts = module.split(".")[1:]
    package = SOURCE.joinpath(*parts, "__init__.py")
    return package if package.exists() else SOURCE.joinpath(*parts[:-1], parts[-1] + ".py")


def _top_level_import_lines(module: str) -> set[int]:
    """Line numbers of the imports that run when ``module`` is imported: all but those in functions."""
    tree = ast.parse(_path_of(module).read_text(encoding="utf-8"))
    imports = (ast.Import, ast.ImportFrom)
    every = {node.lineno for node in ast.walk(tree) if isinstance(node, imports)}
    in_functions = {node.lineno for function in ast.walk(tree)
                    if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
                    for node in ast.walk(function) if isinstance(node, imports)}
    return every - in_functions


def module_imports() -> dict[str, set[str]]:
    """Each module of the package and the modules of the package it imports at its top level."""
    graph = grimp.build_graph(PACKAGE)
    edges: dict[str, set[str]] = {m: set() for m in graph.modules if m.split(".")[0] == PACKAGE}
    for importer in edges:
        top_level = _top_level_import_lines(importer)
        for imported in graph.find_modules_directly_imported_by(importer):
            if imported not in edges:
                continue
            details = graph.get_import_details(importer=importer, imported=imported)
            if any(d["line_number"] in top_level for d in details):
                edges[importer].add(imported)
    return edges


def strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively: each component of more than one
    module, or of one module importing itself, is a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges[node]:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_cycles():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a", "d"}, "e": {"d"}, "f": set()}
    assert sorted(strongly_connected(edges)) == [["a", "b", "c"], ["d"]]
    assert strongly_connected({"a": {"b"}, "b": set()}) == []


def test_the_graph_holds_the_package_and_its_top_level_imports():
    edges = module_imports()
    assert len(edges) > 50 and "onrecord.extract.pipeline" in edges
    assert "onrecord.extract.statements" in edges["onrecord.extract.pipeline"]
    # ``onrecord.extract(text)`` imports the pipeline on call: not an import of the package itself
    assert "onrecord.extract.pipeline" not in edges["onrecord"]


def test_no_import_cycle_between_modules():
    cycles = strongly_connected(module_imports())
    assert not cycles, "modules that import each other, directly or through others: " + "; ".join(
        " <-> ".join(cycle) for cycle in cycles)


PACKAGES = sorted(str(p.parent.relative_to(SOURCE.parent)).replace("/", ".") for p in SOURCE.rglob("__init__.py"))


def test_packages_are_found():
    assert {"onrecord", "onrecord.extract", "onrecord.extract.speakers", "onrecord.query"} <= set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_says_what_it_holds(package):
    init = SOURCE.parent.joinpath(*package.split("."), "__init__.py")
    docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    assert docstring and docstring.strip(), f"{init} has no docstring"


@pytest.mark.parametrize("words_file", sorted(p.name for p in (SOURCE / "data").glob("*.txt")))
def test_no_word_list_section_is_opened_twice(words_file):
    # the loader (``data.sections``) joins a repeated section to the first, so a second one
    # silently widens a list another rule reads: each section is one block, said once
    headers = [line.strip() for line in (SOURCE / "data" / words_file).read_text(encoding="utf-8").splitlines()
               if line.strip().startswith("[") and line.strip().endswith("]")]
    repeated = sorted({h for h in headers if headers.count(h) > 1})
    assert not repeated, f"{words_file} opens {repeated} more than once"
