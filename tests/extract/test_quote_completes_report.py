"""``statements.quote_completes_report``: a report that stops at "that", "because" or "and"
right before a quotation goes on into it, one mixed statement."""
from onrecord.extract.statements import find_statements


def found(nlp, text):
    return [(f.kind, text[f.start:f.end]) for f in find_statements(nlp(text))]


def test_a_report_ending_in_because_runs_into_the_quote(nlp):
    text = 'Ann Roe said she disagrees with the ruling because "I do not see what makes these letters secret at all."'
    assert found(nlp, text) == [
        ("mixed", 'she disagrees with the ruling because "I do not see what makes these letters secret at all.')]


def test_a_report_ending_in_that_runs_into_the_quote(nlp):
    text = ('Governor Lee said the loss of the mill meant that "If people want work here, they should '
            'vote for the new plan, because it brings jobs."')
    [(kind, content)] = found(nlp, text)
    assert kind == "mixed" and content.startswith("the loss of the mill meant that") and content.endswith("jobs.")


def test_a_quote_after_a_colon_stays_a_statement_of_its_own(nlp):
    text = 'Ann Roe said the ruling was wrong: "I do not see what makes these letters secret at all."'
    assert found(nlp, text) == [("indirect", "the ruling was wrong"),
                                ("direct", "I do not see what makes these letters secret at all.")]


def test_two_quotes_joined_by_and_stay_two_statements(nlp):
    text = ('The senator said on Friday "We asked the mayor once more to open the harbour" and '
            '"So we told her the boats must sail. She said no."')
    assert [c for _, c in found(nlp, text)] == ["We asked the mayor once more to open the harbour",
                                               "So we told her the boats must sail. She said no."]
