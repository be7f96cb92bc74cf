"""Quotation-mark spans: marks of every kind, nesting, paragraphs, and unbalanced input."""
from onrecord.extract.quotes import find_quotes


def inner(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_straight_curly_and_mixed_marks():
    assert inner('He said "yes, we will" today.') == ["yes, we will"]
    assert inner("He said “yes, we will” today.") == ["yes, we will"]
    # the example digest opens with a curly mark and closes with a straight one
    assert inner('“We will increase our missile power," Hajizadeh told them.') == ["We will increase our missile power,"]


def test_single_marks_outside_double_quotes_but_not_apostrophes():
    text = "Iran’s leader called it ‘a great victory for the nation’ on Monday; it's rock 'n' roll."
    assert inner(text) == ["a great victory for the nation"]


def test_nested_quote_stays_inside_its_outer_quote():
    text = "\"I've always been insulted with the term 'African American outreach,' \" he told the group."
    assert inner(text) == ["I've always been insulted with the term 'African American outreach,' "]


def test_quote_over_several_sentences_is_one_span():
    text = "“We have missiles. They are precise. We will keep them,” he said."
    assert inner(text) == ["We have missiles. They are precise. We will keep them,"]


def test_quote_continued_across_paragraphs_is_one_quote():
    text = "He said: “First part of it.\n\n“Second part of it,” he added. Then he left."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start:quotes[0].end] == "First part of it.\n\n“Second part of it,"
    assert quotes[0].continued


def test_unbalanced_mark_never_swallows_the_next_paragraph():
    text = "He said “this never closes\n\nA new paragraph with “a real quote” in it."
    assert inner(text) == ["this never closes", "a real quote"]


def test_transcript_turns_are_not_merged():
    text = '"WALLACE: Let us start.\n\n"PENCE: Well, look at it.\n\nThe end.'
    assert inner(text) == ["WALLACE: Let us start.", "PENCE: Well, look at it."]


def test_garbage_does_not_crash():
    for text in ['"', "“”", '""""', "‘", "'''", "\n\n“\n\n”", "a” b “ c ' d ‘"]:
        find_quotes(text)  # no exception, whatever it finds


def test_two_apostrophes_make_a_double_mark():
    text = "Not paying taxes ''makes me smart,'' he said, ''and that's all.'' It's Iran's."
    assert inner(text) == ["makes me smart,", "and that's all."]
