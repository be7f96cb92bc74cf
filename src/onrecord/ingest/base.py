"""What every reader of input shares: the size limit, ``InputError`` and ``Note`` (the one-line
reports), ``Origin`` (where an article came from), and the checks that text must pass to be
an article."""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from onrecord.model import Article

# About 80,000 words: 17 times the longest article of the Wikinews sample. The README gives
# the time and memory extraction takes at this size.
MAX_ARTICLE_CHARS = 500_000

# C0/C1 control characters other than tab and line breaks: a few slip into scraped text,
# many mean the input is not text at all.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")

@dataclass(frozen=True)
class InputError:
    """An input that could not become an article; ``str()`` is the one-line report."""

    path: str
    line: Optional[int]
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Note:
    """Something worth a line that is not an error: what an archive skipped, a feed entry read
    from its own content because its page could not be fetched."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Origin:
    """Where an article was read from, for messages about it later on."""

    path: str
    line: Optional[int] = None
    feed: Optional[str] = None  # the feed and entry id an article came from, to mark it seen
    entry: Optional[str] = None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


Located = tuple[Article, Origin]


def text_problem(text: str) -> Optional[str]:
    """Why ``text`` cannot be an article (size, NUL, control garbage, broken Unicode), or None."""
    if len(text) > MAX_ARTICLE_CHARS:
        return f"article too large: {len(text):,} characters (the limit is {MAX_ARTICLE_CHARS:,})"
    if "\x00" in text:
        return "text contains NUL characters"
    controls = len(_CONTROL.findall(text))
    if controls >= 5 and controls > len(text) / 100:
        return f"text looks like binary data ({controls:,} control characters)"
    if has_surrogate(text):
        return "text contains an unpaired surrogate (broken \\u escape)"
    return None


def not_regular_file(path: str) -> Optional[str]:
    """Why ``path`` cannot be read as an input file (a FIFO, device or socket, whose read may
    never end), or None for a regular file. A path that cannot be examined is left to the reader,
    which reports why it cannot be opened."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
    return f"not a regular file but {kind}; skipped"


def iso_date(value: str) -> Optional[str]:
    """``YYYY-MM-DD`` from an ISO date or date-time string, or None if it is neither."""
    try:
        return datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        return None


def has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
