"""``find_statements`` on small parsed texts: the content span, cue, speaker token, kind and
confidence of each statement, before speakers are resolved."""
from onrecord.extract.statements import find_statements


def found_in(nlp, text, quotes=None):
    return [(f.kind, text[f.start:f.end], f.cue and f.cue.text, f.source and f.source.text)
            for f in find_statements(nlp(text), quotes)]


def test_reported_speech_is_the_clause_after_that(nlp):
    text = "The minister said that the talks would resume in May."
    [found] = find_statements(nlp(text))
    assert (found.kind, text[found.start:found.end]) == ("indirect", "the talks would resume in May")
    assert (found.cue.text, found.source.text) == ("said", "minister")
    assert 0 < found.confidence <= 0.95 and found.continues is None and not found.quotes


def test_a_belief_is_its_own_kind(nlp):
    assert found_in(nlp, "Senator Jane Moore believes that the bill will fail in the House.") == [
        ("belief", "the bill will fail in the House", "believes", "Moore")]


def test_a_quote_takes_the_cue_after_it_and_a_cueless_quote_continues_it(nlp):
    text = ("“We will not retreat,” Defense Minister Ana Silva said on Monday. "
            "“The border is secure. Our troops are ready.”")
    first, second = find_statements(nlp(text))
    assert (first.kind, text[first.start:first.end], first.cue.text, first.source.text) == (
        "direct", "We will not retreat,", "said", "Silva")
    assert [text[q.start:q.end] for q in first.quotes] == ["We will not retreat,"]
    assert text[second.start:second.end] == "The border is secure. Our troops are ready."
    assert second.cue is None and second.cue_less and second.continues is first


def test_quote_marks_inside_a_report_make_it_mixed(nlp):
    text = 'Officials said the strike was "a clear violation of the ceasefire" and would be answered.'
    [found] = find_statements(nlp(text))
    assert found.kind == "mixed" and len(found.quotes) == 1
    assert text[found.start:found.end] == 'the strike was "a clear violation of the ceasefire" and would be answered'


def test_transcript_labels_name_the_speaker(nlp):
    text = '"WALLACE: Let us start.\n\n"PENCE: Well, look at it.'
    assert found_in(nlp, text) == [("direct", "Let us start.", None, "WALLACE"),
                                   ("direct", "Well, look at it.", None, "PENCE")]


def test_scare_quotes_and_titles_are_not_statements(nlp):
    assert find_statements(nlp('The so-called "peace plan" was discussed on Monday.')) == []
    assert find_statements(nlp("He appeared on “Fox News Sunday” this week.")) == []


def test_quotes_found_by_the_caller_are_used(nlp):
    text = "“We will not retreat,” Defense Minister Ana Silva said on Monday."
    # told there is no quotation, the words are reported speech of the cue, not a direct quote
    assert [kind for kind, *_ in found_in(nlp, text, quotes=[])] == ["indirect"]
    assert [kind for kind, *_ in found_in(nlp, text)] == ["direct"]
