"""Quotation-mark spans in raw text.

``find_quotes(text)`` returns the spans *inside* quotation marks, as ``Quote`` objects whose
``start``/``end`` exclude the marks. It finds:

- double quotes in any mix of straight and curly marks (“…", "…”), and « », „ “;
- single-mark quotes (‘…’ or '…') when they are not inside a double quote and do not look
  like apostrophes (Iran’s, rock 'n' roll);
- quotes continued over paragraphs: a paragraph that ends with the quote still open and the
  next paragraph reopening it give one quote spanning both.

It never lets an unclosed mark run past the end of its paragraph, so an unbalanced mark can
not swallow the rest of the article. Nested quotes stay inside their outer quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«"
CLOSERS = "”»"
AMBIGUOUS = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
SINGLE_AMBIGUOUS = "'"

# characters after which a straight mark is an opener (start of a word after a space or bracket)
_OPEN_CONTEXT = set(" \t\n\u00a0([{—–-―/:")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
# "WALLACE: ..." opens a new turn of a transcript, not the continuation of the last one
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}:\s")
# the characters the mark scanners stop at (found by the regex engine, not a walk over every
# character): double marks and the apostrophe, two of which may stand for one; single marks
_DOUBLE_MARK_CHARS = re.compile("[" + re.escape(OPENERS + CLOSERS + AMBIGUOUS) + "']")
_SINGLE_MARK_CHARS = re.compile("[" + re.escape(SINGLE_OPEN + SINGLE_CLOSE + SINGLE_AMBIGUOUS) + "]")


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: int  # index of the opening mark
    close_mark: int | None  # index of the closing mark, None when closed by a paragraph end
    continued: bool = False  # spans several paragraphs

    @property
    def outer_start(self) -> int:
        return self.open_mark

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; paragraphs are separated by line breaks."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    pending: int | None = None  # the opening mark of a quote left open at a paragraph's end
    paras = paragraphs(text)
    for n, (p_start, p_end) in enumerate(paras):
        spans, still_open = _double_quotes(text, p_start, p_end, pending)
        quotes.extend(spans)
        pending = None
        if still_open is not None:
            next_para = paras[n + 1] if n + 1 < len(paras) else None
            reopened = _double_marks(text, next_para[0], next_para[0] + 2)[:1] if next_para else []
            if next_para and reopened and reopened[0][0] == next_para[0] and not _SPEAKER_LABEL.match(
                    text, next_para[0] + reopened[0][1]):
                pending = still_open  # reopened in the next paragraph: one quote
            else:
                inner = still_open + _mark_width(text, still_open)
                end = _rstrip(text, inner, p_end)
                if end > inner:
                    quotes.append(Quote(inner, end, still_open, None, still_open < p_start))
    quotes.extend(_single_quotes(text, quotes, paras))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(index, width, character) of each double mark; two apostrophes stand for one in some
    newspapers' copy (''like this'')."""
    marks: list[tuple[int, int, str]] = []
    taken = start  # the first index not yet part of a mark
    for found in _DOUBLE_MARK_CHARS.finditer(text, start, min(end, len(text))):
        i = found.start()
        if i < taken:
            continue  # the second apostrophe of a pair
        ch = text[i]
        if ch in OPENERS or ch in CLOSERS or ch == AMBIGUOUS:
            marks.append((i, 1, ch))
            taken = i + 1
        elif _mark_width(text, i) == 2:
            marks.append((i, 2, AMBIGUOUS))
            taken = i + 2
    return marks


def _double_quotes(text: str, p_start: int, p_end: int, pending: int | None) -> tuple[list[Quote], int | None]:
    """Pair double marks in one paragraph; ``pending`` is a quote opened in an earlier one.
    Returns the quotes closed in it and the opening mark of one left open at its end."""
    out: list[Quote] = []
    open_at: int | None = None
    continued_from: int | None = None
    first_mark_is_reopen = pending is not None
    nested_until: int | None = None  # the closing mark of a curly quote inside a straight one
    marks = _double_marks(text, p_start, p_end)
    for n, (i, width, ch) in enumerate(marks):
        if nested_until is not None:
            if i <= nested_until:
                continue
            nested_until = None
        if first_mark_is_reopen:
            # the reopening mark of a continued quote: the quote goes on from the earlier paragraph
            first_mark_is_reopen = False
            open_at, continued_from = pending, pending
            continue
        if open_at is None:
            if ch in CLOSERS and not _looks_opening(text, i):
                continue  # a stray closer
            open_at = i
            continue
        inner = open_at + _mark_width(text, open_at)
        if ch in OPENERS and (nested := curly_inside_straight(text, open_at, marks, n)) is not None:
            nested_until = nested
            continue
        if ch in OPENERS or (ch == AMBIGUOUS and _looks_opening(text, i) and _starts_word(text, i + width - 1)):
            # a second opener before any closer: an unbalanced mark; restart from here
            if ch in OPENERS or i > inner:
                end = _rstrip(text, inner, i)
                if continued_from is not None and end > inner:
                    out.append(Quote(inner, end, open_at, None, True))
                open_at, continued_from = i, None
            continue
        if i > inner:
            out.append(Quote(inner, i, open_at, i + width - 1, continued_from is not None))
        open_at, continued_from = None, None
    return out, open_at


def curly_inside_straight(text: str, open_at: int, marks: list[tuple[int, int, str]], n: int) -> int | None:
    """The closing mark of a curly quote nested in a straight one ('"The agency isn't about
    “equal justice” anymore. ..."'): some copy quotes inside straight marks with curly ones.
    The curly pair is a quote inside the outer one, not an unbalanced opener that ends it. Only
    when the outer quote opened with a straight mark at the start of a word and the curly one
    closes in the paragraph before any other mark; None otherwise."""
    if text[open_at] != AMBIGUOUS or not (_looks_opening(text, open_at) and _starts_word(text, open_at)) \
            or n + 1 >= len(marks):
        return None  # a stray straight mark ('5\'10" tall') opens nothing for a quote to nest in
    close, _width, ch = marks[n + 1]
    return close if ch in CLOSERS else None


def _mark_width(text: str, i: int) -> int:
    """2 for a pair of apostrophes used as a double mark, else 1."""
    pair = text.startswith("''", i) and not text.startswith("'", i + 2) and not (i > 0 and text[i - 1] == "'")
    return 2 if pair else 1


def _looks_opening(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _OPEN_CONTEXT or text[i - 1] in OPENERS + SINGLE_OPEN


def _starts_word(text: str, i: int) -> bool:
    """Whether the text right after a mark starts a word (``' "`` closes a nested quote)."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return nxt.isalnum() or nxt in "‘'(["


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _single_quotes(text: str, doubles: list[Quote], paras: list[tuple[int, int]]) -> list[Quote]:
    """Quotes in single marks that lie outside every double quote."""
    inside = [(q.open_mark, q.outer_end) for q in doubles]
    out: list[Quote] = []
    for p_start, p_end in paras:
        open_at: int | None = None
        for found in _SINGLE_MARK_CHARS.finditer(text, p_start, p_end):
            i = found.start()
            ch = text[i]
            if any(a <= i < b for a, b in inside):
                open_at = None
                continue
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            opening = (ch == SINGLE_OPEN or ch == SINGLE_AMBIGUOUS) and (prev in _OPEN_CONTEXT or prev in OPENERS) \
                and nxt.isalnum()
            closing = ch in (SINGLE_CLOSE, SINGLE_AMBIGUOUS) and not nxt.isalnum() and not prev.isspace()
            if open_at is None:
                if opening:
                    open_at = i
            elif closing and not (prev in "sS" and nxt.isspace() and not _has_later_closer(text, i, p_end)):
                if i - open_at > 2:
                    out.append(Quote(open_at + 1, i, open_at, i))
                open_at = None
    return out


def _has_later_closer(text: str, i: int, p_end: int) -> bool:
    """Whether a better closing single mark follows (``’`` after ``s`` may be a plural possessive)."""
    for j in range(i + 1, p_end):
        if text[j] in (SINGLE_CLOSE, SINGLE_AMBIGUOUS):
            nxt = text[j + 1] if j + 1 < len(text) else " "
            if not nxt.isalnum():
                return True
    return False
