"""``statements.quote_resumed_after_attribution``: one quoted sentence that its attribution
interrupts is one statement, from the first half to the end of the second."""
from onrecord.extract.statements import find_statements


def contents(nlp, text):
    return [(f.kind, text[f.start:f.end], f.cue and f.cue.text) for f in find_statements(nlp(text))]


def test_a_quoted_sentence_interrupted_by_its_cue_is_one_statement(nlp):
    text = "“On behalf of the whole board,” wrote chair Ida Venn, “I thank the volunteers for their work.”"
    assert contents(nlp, text) == [
        ("direct", "On behalf of the whole board,” wrote chair Ida Venn, “I thank the volunteers for their work.",
         "wrote")]


def test_a_cueless_second_half_joins_the_first(nlp):
    text = ("“While the old rules may once have made sense,” the judge said in her ruling, "
            "“they no longer fit the way the harbour is run.”")
    [(kind, content, cue)] = contents(nlp, text)
    assert content.startswith("While the old rules") and content.endswith("the harbour is run.")
    assert (kind, cue) == ("direct", "said")


def test_the_comma_outside_the_marks_joins_them_too(nlp):
    text = "“Now that the bridge is open”, Mayor Tom Hale told reporters, “the market will grow again.”"
    [(_, content, _)] = contents(nlp, text)
    assert content.startswith("Now that the bridge") and content.endswith("grow again.")


def test_two_quoted_sentences_stay_two_statements(nlp):
    text = "“We will win the vote,” Senator Ada Cole said. “The count is close but we are ahead.”"
    assert [c for _, c, _ in contents(nlp, text)] == ["We will win the vote,", "The count is close but we are ahead."]


def test_a_second_cue_between_the_quotes_keeps_them_apart(nlp):
    text = "“The plant will stay open,” Ann Moss said, adding, “the workers will all keep their jobs.”"
    found = contents(nlp, text)
    assert ("direct", "The plant will stay open,", "said") in found and len(found) == 2


def test_an_initial_in_the_speakers_name_is_no_end_of_sentence(nlp):
    text = "“On behalf of the whole board,” wrote chair Ida K. Venn, “I thank the volunteers for their work.”"
    [(_, content, _)] = contents(nlp, text)
    assert content.endswith("for their work.")
