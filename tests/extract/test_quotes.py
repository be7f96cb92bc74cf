"""Quotation-mark spans: marks of every kind, nesting, paragraphs, and unbalanced input."""
from onrecord.extract.quotes import find_quotes, paragraphs


def inner(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_straight_curly_and_mixed_marks():
    assert inner('He said "yes, we will" today.') == ["yes, we will"]
    assert inner("He said “yes, we will” today.") == ["yes, we will"]
    # the example digest opens with a curly mark and closes with a straight one
    assert inner('“We will increase our missile power," Hajizadeh told them.') == [
        "We will increase our missile power,"]


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
        quotes = find_quotes(text)  # no exception, whatever it finds
        # and what it finds are spans of the text, after their opening mark, in text order
        assert [q.start for q in quotes] == sorted(q.start for q in quotes)
        for q in quotes:
            assert 0 <= q.open_mark < q.start <= q.end <= len(text), (text, q)
            assert q.close_mark is None or q.end <= q.close_mark < len(text), (text, q)
    assert find_quotes("“”") == [] and find_quotes('"') == []  # nothing inside: no quote


def test_two_apostrophes_make_a_double_mark():
    text = "Not paying taxes ''makes me smart,'' he said, ''and that's all.'' It's Iran's."
    assert inner(text) == ["makes me smart,", "and that's all."]


def test_guillemets_are_double_marks():
    assert inner("He said «we will win» today.") == ["we will win"]


def test_a_quote_knows_its_marks():
    text = 'He said "yes" and “no, never\n\nThe end.'
    closed, unclosed = find_quotes(text)
    assert (closed.open_mark, closed.close_mark) == (8, 12)
    assert (closed.outer_start, closed.outer_end) == (8, 13)  # the marks included
    assert text[closed.outer_start:closed.outer_end] == '"yes"'
    # closed by the end of its paragraph: no closing mark, and the outer span ends with the words
    assert text[unclosed.start:unclosed.end] == "no, never"
    assert unclosed.close_mark is None and unclosed.outer_end == unclosed.end
    assert not closed.continued and not unclosed.continued


def test_paragraphs_are_split_at_line_breaks():
    text = "One.\n\nTwo.\nThree.\n\n\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two.", "Three."]
    assert paragraphs("") == [] and paragraphs("\n\nA") == [(2, 3)]
