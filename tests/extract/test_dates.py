"""When a statement was made, from its sentence and the publication date (a Tuesday here)."""
from __future__ import annotations

import pytest

from onrecord.extract.dates import parse_published, statement_date

PUBLISHED = "2017-07-25"  # a Tuesday


@pytest.mark.parametrize("sentence, expected, precision", [
    ("Mohsen Rezaei, the secretary of Iran's Expedience Council, said on Monday.", "2017-07-24", "day"),
    ("He said on Tuesday that talks would go on.", "2017-07-25", "day"),
    ("He said last Tuesday that talks would go on.", "2017-07-18", "day"),
    ("Officials said on Wednesday that talks would go on.", "2017-07-19", "day"),
    ("The minister said yesterday that he would resign.", "2017-07-24", "day"),
    ("The minister told reporters today that he would resign.", "2017-07-25", "day"),
    ("Rouhani said in May that missiles would be tested.", "2017-05-01", "month"),
    ("Rouhani said in December that missiles would be tested.", "2016-12-01", "month"),
    ("On July 3, Rouhani said missiles would be tested.", "2017-07-03", "day"),
    ("Rouhani said on 3 July that missiles would be tested.", "2017-07-03", "day"),
    ("Rouhani said on August 30 that missiles would be tested.", "2016-08-30", "day"),
    ("Obama said on March 3, 2015 that the deal was good.", "2015-03-03", "day"),
    ("The ministry said last month that the tests succeeded.", "2017-06-01", "month"),
    ("The ministry said last year that the tests succeeded.", "2016-01-01", "year"),
    ("Two weeks ago, the ministry said the tests succeeded.", "2017-07-10", "week"),
    ("The ministry said three days ago that the tests succeeded.", "2017-07-22", "day"),
    ("The ministry said earlier this month that the tests succeeded.", "2017-07-01", "month"),
    ("The ministry said last week that the tests succeeded.", "2017-07-17", "week"),  # that week's Monday
    ("He said this week that talks would go on.", "2017-07-24", "week"),
    ("He said on Sept. 3 that talks would go on.", "2016-09-03", "day"),
    ("He said in May 2015 that talks would go on.", "2015-05-01", "month"),
])
def test_phrases_resolve_against_publication(sentence, expected, precision):
    got = statement_date(sentence, sentence.find("said") if "said" in sentence else 0, PUBLISHED)
    assert (got.date, got.precision, got.from_publication) == (expected, precision, False)


def test_no_phrase_falls_back_to_publication_flagged():
    got = statement_date("“We do not fear any threats,” he emphasized.", 31, PUBLISHED)
    assert (got.date, got.from_publication) == (PUBLISHED, True)
    assert statement_date("He may say so.", 3, PUBLISHED).from_publication  # "may" the verb
    assert statement_date("Talks resume on February 30.", 0, PUBLISHED).from_publication  # no such day


def test_nearest_phrase_to_the_cue_wins_and_quoted_words_do_not_count():
    sentence = "After the vote in May, the minister said on Monday that “we will test on Friday.”"
    cue = sentence.index("said")
    quote = (sentence.index("we will"), len(sentence) - 2)
    got = statement_date(sentence, cue, PUBLISHED, ignore=[quote])
    assert (got.date, got.phrase) == ("2017-07-24", "Monday")
    only_quote = "“We will test on Friday,” he said."
    got = statement_date(only_quote, only_quote.index("said"), PUBLISHED, ignore=[(1, 24)])
    assert got.from_publication


def test_without_publication_date_only_absolute_dates_resolve():
    assert statement_date("He said on Monday.", 3, None).date is None
    assert statement_date("He said on July 3, 2016.", 3, None).date == "2016-07-03"
    assert statement_date("He said on Monday.", 3, "not a date").date is None


def test_a_date_after_publication_is_not_when_it_was_said():
    got = statement_date("He said the vote on March 3, 2019 would be close.", 3, PUBLISHED)
    assert got.from_publication


def test_publication_dates_are_read_as_iso_dates_or_not_at_all():
    assert str(parse_published("2019-09-12T10:30:00+00:00")) == "2019-09-12"
    assert parse_published("last Monday") is None and parse_published("") is None and parse_published(None) is None
    assert statement_date("", 0, PUBLISHED) == statement_date("He spoke.", 3, PUBLISHED)  # the publication date
    assert statement_date("He said so.", None, None).date is None
