"""Scoring extracted statements against gold annotations (``onrecord evaluate``).

Gold is read from any of:

- a PolNeAR split directory (``text/`` + ``attributions/`` brat files), using one annotation
  file per article: the first in sorted order;
- onrecord gold JSON, like ``../shared/examples/*.gold.json``: statements with ``content``
  (a list of ``[start, end]`` pieces, or ``start``/``end``), ``speaker``, ``kind``, ``core``,
  optional ``source`` pieces, and an ``entities`` map giving each speaker's aliases;
- gold JSONL with one such article a line (what ``../shared/eval/polnear_gold.py`` writes).

Predictions are the JSONL of ``onrecord extract --format jsonl``.

The rules are lenient and the same as the reference scorer in ``../shared/eval/score.py``:

- Spans are first trimmed of spaces, quotation marks and punctuation at both ends.
- A prediction belongs to the gold statement whose content it overlaps most. It is correct
  when at least half of its characters lie in that statement's content.
- A gold statement is found when the correct predictions that belong to it together cover at
  least half of its characters; it is matched exactly when it is one piece and one of them
  has exactly its span.
- A speaker is right when the predicted mention overlaps the gold source mention, or the
  predicted name is the gold speaker: one of its aliases, a longer name holding its full
  name, or (not with ``canonical``) a word sequence of the gold source mention. A found gold
  statement has the right speaker when at least half of its predictions do.
- Gold statements marked ``core: false`` count only with ``full``; without it, predictions
  that belong to them count neither for nor against.
- ``subset="quoted"`` scores the gold statements with a quotation mark in or just around
  their content (or of kind direct/mixed), ``"unquoted"`` the others. A prediction that
  belongs to no gold statement counts against the subset its own quotation marks put it in.
  As in the reference scorer, ``full`` counts every gold statement whatever the subset.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

Span = tuple[int, int]
SUBSETS = ("all", "quoted", "unquoted")

# Characters that never count as content at the edges of a span.
EDGE_CHARS = frozenset(" \t\n\r\u00a0\"'`“”‘’«».,;:!?-—–")
# What makes a statement "quoted": double marks in any style (single marks are too often apostrophes).
QUOTE_MARKS = ('"', "“", "”", "''", "``")
# Words dropped from the front of a name before comparing: "Brigadier General X" is X.
NAME_PREFIXES = frozenset(
    "the a an mr mrs ms dr president minister general gen brigadier lt colonel col admiral adm "
    "senator sen rep representative gov governor secretary sheikh ayatollah king queen prince judge".split()
)
TWO_WORD_PREFIXES = (("prime", "minister"),)


class EvaluationError(ValueError):
    """Unreadable gold or prediction input; the message names the file (and line)."""


# --- gold -------------------------------------------------------------------------------------

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

    def pieces_of(*roles: str) -> list[Span]:
        return [piece for role in roles for ref in relation.get(role, []) for piece in spans.get(ref, [])]

    statements = []
    for relation in relations:
        content = pieces_of("Content", "Content2")
        if content:
            statements.append(GoldStatement(content=content, source=pieces_of("Source")))
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
    records = []
    stdin = str(path) == "-"
    for where, doc in _read_json_documents(Path("<stdin>") if stdin else Path(path), sys.stdin.read() if stdin else None):
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


# --- text helpers -----------------------------------------------------------------------------

def trim(text: str, start: int, end: int) -> Span:
    """The span without edge spaces, quotation marks and punctuation (clamped to the text)."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    return start, end


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def has_quote_mark(text: str) -> bool:
    return any(mark in text for mark in QUOTE_MARKS)


def around(text: str, span: Span) -> str:
    """The span with one character either side: where its quotation marks would sit."""
    return text[max(0, span[0] - 1):span[1] + 1]


def normalize_name(name: Optional[str]) -> str:
    """Lower-case words without punctuation, possessive 's or leading titles and articles."""
    if not name:
        return ""
    words = re.sub(r"'s\b", "", re.sub(r"[^\w' ]+", " ", name.lower().replace("’", "'"))).split()
    while len(words) > 1:
        if words[0] in NAME_PREFIXES:
            words = words[1:]
        elif len(words) > 2 and tuple(words[:2]) in TWO_WORD_PREFIXES:
            words = words[2:]
        else:
            break
    return " ".join(words)


def _holds_words(haystack: str, needle: str, possessive_ok: bool = True) -> bool:
    """Whether ``needle`` occurs in ``haystack`` on word boundaries."""
    tail = "" if possessive_ok else r"(?! s\b)"
    return re.search(rf"\b{re.escape(needle)}\b{tail}", haystack) is not None


# --- matching ---------------------------------------------------------------------------------

@dataclass
class _Target:
    """A gold statement prepared for matching."""

    article: GoldArticle
    statement: GoldStatement
    pieces: list[Span]       # trimmed, non-empty
    names: set[str]          # normalized speaker name and aliases
    source_words: str        # normalized text of the source mention
    label: str               # kind, or quoted/unquoted where the gold has no kinds
    scored: bool             # counted in this run (core, in the subset)
    matched: list[tuple[Span, dict, bool]] = field(default_factory=list)  # (span, prediction, speaker ok)

    @property
    def size(self) -> int:
        return sum(end - start for start, end in self.pieces)


def _in_quoted_subset(text: str, statement: GoldStatement) -> bool:
    return statement.kind in ("direct", "mixed") or any(has_quote_mark(around(text, p)) for p in statement.content)


def _targets(article: GoldArticle, subset: str, full: bool) -> list[_Target]:
    targets = []
    text = article.text
    for statement in article.statements:
        pieces = [p for p in (trim(text, s, e) for s, e in statement.content) if p[1] > p[0]]
        if not pieces:
            continue
        quoted = _in_quoted_subset(text, statement)
        in_subset = subset == "all" or quoted == (subset == "quoted")
        names = set()
        if statement.speaker:
            names = {normalize_name(statement.speaker)}
            names.update(normalize_name(a) for a in article.aliases.get(statement.speaker, []))
        targets.append(_Target(
            article=article,
            statement=statement,
            pieces=pieces,
            names=names,
            source_words=normalize_name(" ".join(text[s:e] for s, e in statement.source)),
            label=statement.kind or ("quoted" if quoted else "unquoted"),
            scored=full or (statement.core and in_subset),
        ))
    return targets


def speaker_is_right(target: _Target, prediction: dict, canonical: bool = False) -> bool:
    """Whether the prediction's speaker is the gold one (see the module docstring)."""
    statement = target.statement
    if not statement.source and not target.names:
        return True  # the gold names no speaker: nothing to get wrong
    speaker = prediction.get("speaker") or {}
    mention = speaker.get("mention") or {}
    if not canonical and statement.source and "start" in mention:
        said_by = (mention["start"], mention.get("end", mention["start"]))
        if any(overlap(said_by, source) for source in statement.source):
            return True
    name = normalize_name(speaker.get("name"))
    if not name:
        return False
    if name in target.names:
        return True
    gold_name = normalize_name(statement.speaker)
    if " " in gold_name and _holds_words(name, gold_name, possessive_ok=False):
        return True  # "Iran's Supreme Leader Ali Khamenei" names Ali Khamenei
    return not canonical and bool(target.source_words) and _holds_words(target.source_words, name)


def _content_span(text: str, prediction: dict) -> Span:
    content = prediction.get("content") or {}
    try:
        return trim(text, int(content["start"]), int(content["end"]))
    except (KeyError, TypeError, ValueError):
        return 0, 0  # no usable content: an empty span, which matches nothing


def _covered(piece: Span, spans: Iterable[Span]) -> int:
    """How many characters of ``piece`` the spans cover together."""
    covered, reach = 0, piece[0]
    clipped = sorted((max(s, piece[0]), min(e, piece[1])) for s, e in spans)
    for start, end in clipped:
        if start < end and end > reach:
            covered += end - max(start, reach)
            reach = end
    return covered


# --- scores -----------------------------------------------------------------------------------

def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    """Counts of one scoring run (or of one kind within it) and the rates drawn from them."""

    gold: int = 0              # gold statements scored
    found: int = 0             # ... found by the predictions
    found_speaker: int = 0     # ... found with the right speaker
    one_piece: int = 0         # gold statements in one piece (where exact matching applies)
    exact: int = 0             # ... matched exactly by one prediction
    pred: int = 0              # predictions scored
    correct: int = 0           # ... inside a gold statement
    correct_speaker: int = 0   # ... with the right speaker

    p = property(lambda self: _ratio(self.correct, self.pred))
    r = property(lambda self: _ratio(self.found, self.gold))
    f1 = property(lambda self: _f1(self.p, self.r))
    spk_p = property(lambda self: _ratio(self.correct_speaker, self.pred))
    spk_r = property(lambda self: _ratio(self.found_speaker, self.gold))
    spk_f1 = property(lambda self: _f1(self.spk_p, self.spk_r))
    spk_acc = property(lambda self: _ratio(self.found_speaker, self.found))  # on found statements
    exact_r = property(lambda self: _ratio(self.exact, self.one_piece))


@dataclass
class Problem:
    """One error for the --errors listing."""

    article: str
    what: str        # "missed", "spurious" or "speaker"
    text: str        # the start of the statement's content
    detail: str      # the speaker(s) involved

    def __str__(self) -> str:
        return f"{self.article}: {self.what:8} {self.text!r} ({self.detail})"


@dataclass
class Scores(Tally):
    missing_articles: int = 0  # gold articles with no prediction record
    by_predicted_kind: dict[str, Tally] = field(default_factory=dict)  # precision side
    by_gold_kind: dict[str, Tally] = field(default_factory=dict)       # recall side
    problems: list[Problem] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in Tally.__dataclass_fields__}

    def summary(self) -> dict[str, Any]:
        """The headline numbers, rounded, under the reference scorer's keys."""
        rates = {name: round(getattr(self, name), 3)
                 for name in ("p", "r", "f1", "exact_r", "spk_p", "spk_r", "spk_f1", "spk_acc")}
        return {"gold": self.gold, "pred": self.pred, "missing_docs": self.missing_articles, **rates}


def score(golds: list[GoldArticle], preds: Iterable[dict | Any], subset: str = "all",
          canonical: bool = False, full: bool = False) -> Scores:
    """Score predicted article records against gold articles.

    ``preds`` are article records as JSON objects (or ``ArticleRecord``), matched to gold by
    ``id``; gold articles without a record count as having no statements.
    ``canonical``: the speaker is right only when the predicted name is the gold speaker.
    """
    if subset not in SUBSETS:
        raise ValueError(f"subset must be one of {', '.join(SUBSETS)}, not {subset!r}")
    by_id = {}
    for record in preds:
        record = record.to_json() if hasattr(record, "to_json") else record
        by_id[str(record["id"])] = record
    scores = Scores()
    for article in golds:
        record = by_id.get(article.id)
        if record is None:
            scores.missing_articles += 1
        _score_article(article, (record or {}).get("statements") or [], subset, canonical, full, scores)
    return scores


def _score_article(article: GoldArticle, predictions: list[dict], subset: str, canonical: bool,
                   full: bool, scores: Scores) -> None:
    text = article.text
    targets = _targets(article, subset, full)

    for prediction in predictions:
        span = _content_span(text, prediction)
        best, target = 0, None
        for candidate in targets:
            shared = sum(overlap(span, piece) for piece in candidate.pieces)
            if shared > best:
                best, target = shared, candidate
        size = span[1] - span[0]
        if target is not None and size > 0 and 2 * best >= size:
            if not target.scored:
                continue  # belongs to a statement left out of this run
            ok = speaker_is_right(target, prediction, canonical)
            target.matched.append((span, prediction, ok))
            _count_prediction(scores, prediction, correct=True, speaker_ok=ok)
        else:
            if subset != "all" and has_quote_mark(around(text, span)) != (subset == "quoted"):
                continue  # a spurious statement of the other subset
            _count_prediction(scores, prediction, correct=False, speaker_ok=False)
            scores.problems.append(Problem(article.id, "spurious", text[span[0]:min(span[1], span[0] + 70)],
                                           _speaker_name(prediction)))

    for target in targets:
        if target.scored:
            _count_gold(scores, target)


def _count_prediction(scores: Scores, prediction: dict, correct: bool, speaker_ok: bool) -> None:
    kind = str(prediction.get("kind") or "unknown")
    for tally in (scores, scores.by_predicted_kind.setdefault(kind, Tally())):
        tally.pred += 1
        tally.correct += correct
        tally.correct_speaker += speaker_ok


def _count_gold(scores: Scores, target: _Target) -> None:
    spans = [span for span, _, _ in target.matched]
    covered = sum(_covered(piece, spans) for piece in target.pieces)
    found = bool(spans) and 2 * covered >= target.size
    exact = found and len(target.pieces) == 1 and target.pieces[0] in spans
    speaker_ok = found and 2 * sum(ok for _, _, ok in target.matched) >= len(spans)
    for tally in (scores, scores.by_gold_kind.setdefault(target.label, Tally())):
        tally.gold += 1
        tally.one_piece += len(target.pieces) == 1
        tally.found += found
        tally.exact += exact
        tally.found_speaker += speaker_ok

    statement, text = target.statement, target.article.text
    start, end = target.pieces[0]
    content = text[start:min(end, start + 70)]
    gold_speaker = statement.speaker or target.source_words
    if not found:
        scores.problems.append(Problem(target.article.id, "missed", content,
                                       f"{target.label}, {gold_speaker or 'no speaker'}"))
    elif not speaker_ok:
        said = ", ".join(sorted({_speaker_name(p) for _, p, _ in target.matched}))
        scores.problems.append(Problem(target.article.id, "speaker", content,
                                       f"predicted {said}; gold {gold_speaker}"))


def _speaker_name(prediction: dict) -> str:
    return str((prediction.get("speaker") or {}).get("name") or "no speaker")


# --- report -----------------------------------------------------------------------------------

def _rate(value: float) -> str:
    return f"{value:.3f}"


def format_table(rows: dict[str, Scores], by_kind: Optional[Scores] = None) -> str:
    """A plain-text table: one row per subset, then (optionally) one row per kind."""
    lines = [f"{'':12} {'gold':>5} {'pred':>5}  {'P':>5} {'R':>5} {'F1':>5}   "
             f"{'spk P':>5} {'spk R':>6} {'spk F1':>6}  {'spk acc':>7} {'exact R':>7}"]
    for name, s in rows.items():
        lines.append(f"{name:12} {s.gold:5} {s.pred:5}  {_rate(s.p)} {_rate(s.r)} {_rate(s.f1)}   "
                     f"{_rate(s.spk_p)} {_rate(s.spk_r):>6} {_rate(s.spk_f1):>6}  "
                     f"{_rate(s.spk_acc):>7} {_rate(s.exact_r):>7}")
    if by_kind is not None:
        lines += ["", "by kind: precision over predictions of that kind, recall over gold statements of that kind",
                  f"{'':12} {'gold':>5} {'pred':>5}  {'P':>5} {'R':>5} {'F1':>5}   {'spk P':>5} {'spk R':>6} {'spk F1':>6}"]
        for kind in sorted(set(by_kind.by_predicted_kind) | set(by_kind.by_gold_kind)):
            pred = by_kind.by_predicted_kind.get(kind)
            gold = by_kind.by_gold_kind.get(kind)
            both = pred is not None and gold is not None
            cells = [
                f"{kind:12}", f"{gold.gold if gold else '-':>5}", f"{pred.pred if pred else '-':>5} ",
                f"{_rate(pred.p) if pred else '-':>5}", f"{_rate(gold.r) if gold else '-':>5}",
                f"{_rate(_f1(pred.p, gold.r)) if both else '-':>5}  ",
                f"{_rate(pred.spk_p) if pred else '-':>5}", f"{_rate(gold.spk_r) if gold else '-':>6}",
                f"{_rate(_f1(pred.spk_p, gold.spk_r)) if both else '-':>6}",
            ]
            lines.append(" ".join(cells))
    return "\n".join(lines)


def kind_breakdown(scores: Scores) -> dict[str, dict[str, Any]]:
    """Per-kind numbers: predictions by predicted kind, gold statements by gold kind."""
    out: dict[str, dict[str, Any]] = {}
    for kind, t in scores.by_predicted_kind.items():
        out.setdefault(kind, {}).update(pred=t.pred, p=round(t.p, 3), spk_p=round(t.spk_p, 3))
    for kind, t in scores.by_gold_kind.items():
        out.setdefault(kind, {}).update(gold=t.gold, r=round(t.r, 3), spk_r=round(t.spk_r, 3),
                                        exact_r=round(t.exact_r, 3))
    return dict(sorted(out.items()))
