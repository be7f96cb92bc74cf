"""When a statement was made: date phrases in its sentence, resolved against the publication date.

``statement_date(sentence, cue_offset, published)`` is a pure function. It looks for the time
phrases news writing uses ("on Monday", "yesterday", "last month", "in May", "on July 3",
"two weeks ago", "July 3, 2017"), takes the one nearest the cue, and resolves it against the
publication date, assuming a statement is reported after it was made: "on Monday" in an article
of Tuesday 25 July is Monday 24 July, "in December" in a July article is last December. With no
such phrase the publication date is returned, flagged ``from_publication``.
A phrase inside ``ignore`` spans (the quoted content itself) is not about when it was said.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Optional

from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as rd_weekday

_DAYS = [d.lower() for d in calendar.day_name]  # monday .. sunday
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("full", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I)),
    ("full", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I)),
    ("month_day", re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b", re.I)),
    ("month_day", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b", re.I)),
    # a bare month needs a preposition or a year: "May" alone is usually the verb
    ("month", re.compile(r"\b(?:in|during|since|early|late|mid-?|earlier in|until)\s+" + _MONTH
                         + r"(?:\s+(?P<year>\d{4}))?\b", re.I)),
    ("month", re.compile(r"\b" + _MONTH + r"\s+(?P<year>\d{4})\b", re.I)),
    ("weekday", re.compile(r"\b(?P<last>last\s+|this\s+past\s+|past\s+)?(?P<weekday>" + "|".join(_DAYS) + r")s?\b",
                           re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
                       r"(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("last", re.compile(r"\blast\s+(?P<unit>week|month|year)\b", re.I)),
    ("this", re.compile(r"\b(?:earlier\s+)?this\s+(?P<unit>week|month|year)\b", re.I)),
]


# every pattern above needs one of these: most sentences have none and are done in one search
_TRIGGER = re.compile(r"(?i)(?:day|tonight|this\s|last\s|\bago\b|\d{4}|\b(?:"
                      + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b)")


@dataclass(frozen=True)
class StatementDate:
    date: Optional[str]  # ISO YYYY-MM-DD (the first day of the week/month/year for coarser ones)
    precision: Optional[str] = None  # day | week | month | year
    from_publication: bool = False
    phrase: Optional[str] = None


def parse_published(published: Optional[str]) -> Optional[date]:
    if not published:
        return None
    try:
        return isoparse(published).date()
    except (ValueError, OverflowError):
        return None


def statement_date(sentence: str, cue_offset: Optional[int], published: Optional[str],
                   ignore: Iterable[tuple[int, int]] = ()) -> StatementDate:
    """The date the statement in ``sentence`` was made; offsets are relative to ``sentence``."""
    pub = parse_published(published)
    fallback = StatementDate(pub.isoformat(), "day", True) if pub else StatementDate(None)
    if not sentence or not _TRIGGER.search(sentence):
        return fallback
    ignore = list(ignore)
    found: list[tuple[tuple[date, str], str, int, int]] = []  # (resolved, phrase, start, end)
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(sentence or ""):
            if any(s <= m.start() and m.end() <= e for s, e in ignore):
                continue
            if any(m.start() < t_end and t_start < m.end() for t_start, t_end in taken):
                continue  # a longer pattern already took these words ("July 3, 2017" over "July 3")
            taken.append((m.start(), m.end()))
            resolved = _resolve(kind, m, pub)
            if resolved and pub and resolved[0] > pub:
                resolved = None  # said after it was reported: the phrase is about something else
            if resolved:
                found.append((resolved, m.group(0), m.start(), m.end()))
    if not found:
        return fallback
    anchor = cue_offset if cue_offset is not None else 0

    def distance(item: tuple[tuple[date, str], str, int, int]) -> int:
        _, _, start, end = item
        return 0 if start <= anchor < end else min(abs(anchor - start), abs(anchor - end))

    (day, precision), phrase, _, _ = min(found, key=distance)
    return StatementDate(day.isoformat(), precision, False, phrase)


def _resolve(kind: str, m: re.Match[str], pub: Optional[date]) -> Optional[tuple[date, str]]:
    try:
        if kind == "full":
            return date(int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"])), "day"
        if kind == "month" and m["year"]:
            return date(int(m["year"]), _MONTHS[m["month"].lower()], 1), "month"
        if pub is None:
            return None
        if kind == "month_day":
            day = date(pub.year, _MONTHS[m["month"].lower()], int(m["day"]))
            return (day if day <= pub else day.replace(year=pub.year - 1)), "day"
        if kind == "month":
            month = _MONTHS[m["month"].lower()]
            return date(pub.year if month <= pub.month else pub.year - 1, month, 1), "month"
    except ValueError:  # "February 30"
        return None
    if kind == "weekday":
        wanted = _DAYS.index(m["weekday"].lower())
        # the latest such day on or before publication; "last Monday" is strictly before
        back = (pub.weekday() - wanted) % 7
        if back == 0 and m["last"]:
            back = 7
        return pub - timedelta(days=back), "day"
    if kind == "yesterday":
        return pub - timedelta(days=1), "day"
    if kind == "today":
        return pub, "day"
    if kind == "ago":
        n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
        unit = m["unit"].lower()
        day = pub - _units(unit, n)
        return _coarse(day, unit)
    if kind == "last":
        unit = m["unit"].lower()
        return _coarse(pub - _units(unit, 1), unit)
    if kind == "this":
        return _coarse(pub, m["unit"].lower())
    return None


def _units(unit: str, n: int) -> relativedelta:
    """``n`` days, weeks, months or years."""
    if unit == "day":
        return relativedelta(days=n)
    if unit == "week":
        return relativedelta(weeks=n)
    if unit == "month":
        return relativedelta(months=n)
    return relativedelta(years=n)


def _coarse(day: date, unit: str) -> tuple[date, str]:
    if unit == "day":
        return day, "day"
    if unit == "week":
        return day + relativedelta(weekday=rd_weekday(0)(-1)), "week"  # that week's Monday
    if unit == "month":
        return day.replace(day=1), "month"
    return day.replace(month=1, day=1), "year"
