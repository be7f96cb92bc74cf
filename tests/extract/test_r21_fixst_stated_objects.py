"""Review of r21-found's denials (r21-fixst), on made-up texts: a court or a judge dismissing or
rejecting rules (``stated_objects.rules_as_court``) and "dismiss" takes no charge or allegation
(``[ruled_on_nouns]``); a relative clause lacking the noun as object is no denied content
(``stated_objects._object_lacked``, ``[idea_holding_verbs]``); a demand's bare verb read as a
present tense is a proposal on every path (``_proposal`` asks ``_subjunctive``); "acknowledge"
and "admit" deny no idea (``[idea_denying_verbs]``)."""
import pytest

from onrecord.extract.statements import find_statements


def contents(nlp, text):
    return [text[f.start:f.end] for f in find_statements(nlp(text))]


@pytest.mark.parametrize("text", [
    # a ruling
    "A judge dismissed charges that the mayor had taken bribes.",
    "The court dismissed allegations that the company had misled investors.",
    "Judge Ann Roe rejected claims that the mayor had taken bribes.",
    # a relative clause, not what is denied
    "The minister rejected the idea that officials floated last week.",
    "The company dismissed the claims that workers made last year.",
    # a demand's bare verb, tagged a present tense
    "Edward Lund rejected the suggestion that he resign.",
    # granting a concern denies nothing
    "The company acknowledged concerns that the plant would close.",
    "The mayor admitted fears that the bridge was unsafe.",
])
def test_no_denial_stated(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    # what is denied still kept: a clause with its own object, an idea rejected or disputed
    ("The company dismissed claims that workers had made errors.", "claims that workers had made errors"),
    ("The minister rejected the idea that officials had floated a new tax.",
     "the idea that officials had floated a new tax"),
    ("The Justice Ministry rejected claims that the law was void.", "claims that the law was void"),
    ("The mayor disputed the notion that the bridge was unsafe.", "the notion that the bridge was unsafe"),
])
def test_denial_still_stated(nlp, text, content):
    assert content in contents(nlp, text)
