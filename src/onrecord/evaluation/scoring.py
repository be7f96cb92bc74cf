"""Scoring extracted statements against gold articles (``onrecord evaluate``).

Gold articles come from ``onrecord.evaluation.gold``; predictions are article records (the
JSONL of ``onrecord extract``, or ``ArticleRecord`` objects). The rules are lenient and the
same as the reference scorer in ``../shared/eval/score.py``:

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

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from onrecord.evaluation.gold import GoldArticle, GoldStatement, Span

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


def f1_of(p: float, r: float) -> float:
    """The harmonic mean of a precision and a recall (0 when both are 0)."""
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
    f1 = property(lambda self: f1_of(self.p, self.r))
    spk_p = property(lambda self: _ratio(self.correct_speaker, self.pred))
    spk_r = property(lambda self: _ratio(self.found_speaker, self.gold))
    spk_f1 = property(lambda self: f1_of(self.spk_p, self.spk_r))
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
