"""``statements.quote_completes_report``: a report that stops at "that", "because" or "and"
right before a quotation goes on into it, one mixed statement."""
from onrecord.extract.statements import find_statements


def found(nlp, text):
    return [(f.kind, text[f.start:f.end]) for f in find_statements(nlp(text))]


def test_a_report_ending_in_because_runs_into_the_quote(nlp):
    text = 'Ann Roe said she objects to the verdict because "Nobody has explained why these files must stay hidden."'
    assert found(nlp, text) == [
        ("mixed", 'she objects to the verdict because "Nobody has explained why these files must stay hidden.')]


def test_a_report_ending_in_that_runs_into_the_quote(nlp):
    text = ('Governor Lee said the loss of the mill meant that "If people want work here, they should '
            'vote for the new plan, because it brings jobs."')
    [(kind, content)] = found(nlp, text)
    assert kind == "mixed" and content.startswith("the loss of the mill meant that") and content.endswith("jobs.")


def test_a_quote_after_a_colon_stays_a_statement_of_its_own(nlp):
    text = 'Ann Roe said the verdict was mistaken: "Nobody has explained why these files must stay hidden."'
    assert found(nlp, text) == [("indirect", "the verdict was mistaken"),
                                ("direct", "Nobody has explained why these files must stay hidden.")]


def test_two_quotes_joined_by_and_stay_two_statements(nlp):
    text = ('The senator said on Friday "We asked the mayor once more to open the harbour" and '
            '"So we told her the boats must sail. She said no."')
    assert [c for _, c in found(nlp, text)] == ["We asked the mayor once more to open the harbour",
                                               "So we told her the boats must sail. She said no."]


def test_a_piece_of_the_quote_is_no_statement_of_its_own(nlp):
    text = ("Governor Lee said the post of the mayor meant that \"If families want quiet roads, they want "
            "patrols, then they should back the sheriff, because that is what he will do.\"")
    found_ = found(nlp, text)
    assert found_[0][0] == "mixed" and all(not c.startswith(",") for _, c in found_)


def test_a_whole_quote_reported_by_a_second_cue_stays(nlp):
    text = 'Ida Moss said Lee was wise to urge the new students "to speak out and get involved."'
    assert ("indirect", "to speak out and get involved.") in found(nlp, text) or any(
        c.startswith("to speak out") for _, c in found(nlp, text))


def test_a_quote_with_its_own_attribution_after_it_is_not_completing_the_report(nlp):
    # the quote is set off by the cue after it, with a subject of its own: that speaker's words
    for text in ['Ivo Dant said the talks would resume as "The owners have not offered a single cent," '
                 'shop steward Mira Kell told the crowd.',
                 'Ivo Dant said the fares would rise, while "This scheme will empty our buses," '
                 'councillor Mira Kell said.']:
        found_ = found(nlp, text)
        assert all(kind != "mixed" for kind, _ in found_)
        assert any(kind == "direct" and c.startswith(("The owners", "This scheme")) for kind, c in found_)
