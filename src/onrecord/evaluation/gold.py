"""Reading gold annotations and predictions for ``onrecord evaluate``.

Gold is read from any of:

- a PolNeAR split directory (``text/`` + ``attributions/`` brat files), using one annotation
  file per article: the first in sorted order;
- onrecord gold JSON, like ``../shared/examples/*.gold.json``: statements with ``content``
  (a list of ``[start, end]`` pieces, or ``start``/``end``), ``speaker``, ``kind``, ``core``,
  optional ``source`` pieces, and an ``entities`` map giving each speaker's aliases;
- gold JSONL with one such article a line (what ``../shared/eval/polnear_gold.py`` writes).

Predictions are the JSONL of ``onrecord extract --format jsonl``. How they are matched to gold
is in ``onrecord.evaluation.scoring``.
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

Span = tuple[int, int]


class EvaluationError(ValueError):
    """Unreadable gold or prediction input; the message names the file (and line)."""


@dataclass
class GoldStatement:
    content: list[Span]                       # as annotated: one piece or several
    source: list[Span] = field(default_factory=list)  # the speaker's mention, if annotated
    speaker: Optional[str] = None             # canonical name, if annotated
    kind: Optional[str] = None
    core: bool = True


@dataclass
class GoldArticle:
    id: str
    text: str
    statements: list[GoldStatement]
    aliases: dict[str, list[str]] = field(default_factory=dict)  # canonical speaker -> aliases


# --- keys of corpus articles ------------------------------------------------------------------

def article_key(article_id: str) -> str:
    """A key that names a corpus article without its words: PolNeAR's ids are slugs of their
    headlines, so the tables kept in this repository (hand labels, hand-named speakers) name
    articles by this key and find them in ``../shared`` at run time (``keyed_articles``)."""
    return hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:16]


def keyed_articles(text_dir: Path) -> dict[str, str]:
    """Every article of a corpus folder of ``<id>.txt`` files, by its ``article_key``: key -> id."""
    return {article_key(path.stem): path.stem for path in sorted(Path(text_dir).glob("*.txt"))}


# --- gold -------------------------------------------------------------------------------------

def load_gold(path: str | Path) -> list[GoldArticle]:
    """Gold articles from a PolNeAR split directory or a gold JSON/JSONL file."""
    path = Path(path)
    if path.is_dir():
        return read_polnear_split(path)
    return [_gold_article(doc, f"{path}{where}") for where, doc in _read_json_documents(path)]


def read_polnear_split(split_dir: Path) -> list[GoldArticle]:
    """PolNeAR articles that have annotations, each with its first annotation file."""
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvaluationError(f"{split_dir}: not a PolNeAR split (expected text/ and attributions/)")
    articles = []
    for text_path in sorted(text_dir.glob("*.txt")):
        annotations = sorted(ann_dir.glob(f"{text_path.stem}_*.ann"))
        if annotations:
            text = text_path.read_text(encoding="utf-8")
            articles.append(GoldArticle(text_path.stem, text, read_brat_attributions(annotations[0])))
    return articles


def read_brat_attributions(ann_path: Path) -> list[GoldStatement]:
    """The attribution relations of one brat ``.ann`` file, in file order.

    ``T`` lines give text-bound annotations (pieces joined by ``;``); each ``E`` line ties an
    attribution to its Source, Cue and Content (plus Content2 for a second content part).
    """
    spans: dict[str, list[Span]] = {}
    relations: list[dict[str, list[str]]] = []
    with open(ann_path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                continue
            try:
                if fields[0].startswith("T"):
                    _label, offsets = fields[1].split(" ", 1)
                    spans[fields[0]] = [_pair(piece.split()) for piece in offsets.split(";")]
                elif fields[0].startswith("E"):
                    roles: dict[str, list[str]] = {}
                    for arg in fields[1].split():
                        role, sep, target = arg.partition(":")
                        if sep:
                            roles.setdefault(role, []).append(target)
                    relations.append(roles)
            except ValueError:
                raise EvaluationError(f"{ann_path}:{number}: malformed brat line {line.strip()[:60]!r}") from None

    def pieces_of(relation: dict[str, list[str]], *roles: str) -> list[Span]:
        return [piece for role in roles for ref in relation.get(role, []) for piece in spans.get(ref, [])]

    statements = []
    for relation in relations:
        content = pieces_of(relation, "Content", "Content2")
        if content:
            statements.append(GoldStatement(content=content, source=pieces_of(relation, "Source")))
    return statements


def _pair(values: Any) -> Span:
    start, end = values
    return int(start), int(end)


def _gold_article(doc: Any, where: str) -> GoldArticle:
    try:
        text = doc["text"]
        return GoldArticle(
            id=str(doc["id"]),
            text=text,
            statements=[_gold_statement(s) for s in doc["statements"]],
            aliases=_aliases(doc.get("entities")),
        )
    except (KeyError, TypeError, ValueError) as problem:
        raise EvaluationError(f"{where}: not a gold article ({_describe(problem)})") from None


def _gold_statement(data: dict[str, Any]) -> GoldStatement:
    content = data.get("content")
    pieces = [_pair(p) for p in content] if isinstance(content, list) else [_pair((data["start"], data["end"]))]
    return GoldStatement(
        content=pieces,
        source=[_pair(p) for p in data.get("source") or []],
        speaker=data.get("speaker"),
        kind=data.get("kind"),
        core=data.get("core", True),
    )


def _aliases(entities: Any) -> dict[str, list[str]]:
    if isinstance(entities, dict):  # gold form: {name: {"aliases": [...]}}
        return {name: list((e or {}).get("aliases") or []) for name, e in entities.items()}
    if isinstance(entities, list):  # record form: [{"name", "aliases"}]
        return {e["name"]: list(e.get("aliases") or []) for e in entities if isinstance(e, dict) and "name" in e}
    return {}


# --- predictions ------------------------------------------------------------------------------

def load_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Article records (JSON objects with ``id`` and ``statements``) from a JSONL or JSON file, or - for stdin."""
    stdin = str(path) == "-"
    documents = _read_json_documents(Path("<stdin>"), sys.stdin.read()) if stdin else _read_json_documents(Path(path))
    records = []
    for where, doc in documents:
        if not isinstance(doc, dict) or "id" not in doc:
            raise EvaluationError(f"{path}{where}: not an article record (no 'id')")
        records.append(doc)
    return records


def _read_json_documents(path: Path, data: Optional[str] = None) -> list[tuple[str, Any]]:
    """(location, object) pairs from a JSON list, a single JSON object, or JSON lines."""
    try:
        data = (path.read_text(encoding="utf-8") if data is None else data).strip()
    except OSError as problem:
        raise EvaluationError(f"{path}: cannot read ({problem.strerror or problem})") from None
    except UnicodeDecodeError:
        raise EvaluationError(f"{path}: not UTF-8 text") from None
    if not data:
        return []
    try:
        whole = json.loads(data)
    except json.JSONDecodeError:
        whole = None
    else:
        if data.startswith("["):
            return [(f"[{n}]", doc) for n, doc in enumerate(whole)]
        return [("", whole)]
    if data.startswith("["):
        raise EvaluationError(f"{path}: invalid JSON list")
    documents = []
    for number, line in enumerate(data.splitlines(), 1):
        if line.strip():
            try:
                documents.append((f":{number}", json.loads(line)))
            except json.JSONDecodeError as problem:
                raise EvaluationError(f"{path}:{number}: not JSON ({problem.msg})") from None
    return documents


def _describe(problem: Exception) -> str:
    return f"missing {problem}" if isinstance(problem, KeyError) else str(problem)
