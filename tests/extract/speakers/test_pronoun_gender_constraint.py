"""Issue 13, r20-pron: a "he" or "she" is never a person of the other gender (a hard constraint,
``constraints.gender_disagrees``), and a quote followed at once by "she said" is hers, not the
words of the man whose clause of time the parse hung it on
(``statements.cue_after_subordinate_report``)."""
import onrecord
from onrecord.extract.speakers.constraints import gender_disagrees
from statement_lookup import speaker, token


def test_a_quote_after_a_time_clause_is_the_one_who_said_it_after():
    text = ("The ferry office opened on Monday.\n\n"
            "When Ivo Brandt warned of higher fares, \u201cThat is not our concern,\u201d she said.")
    assert speaker(text, "not our concern").name != "Ivo Brandt"


def test_the_woman_named_before_says_it():
    text = ("Greta Holm runs the kiosk by the pier.\n\n"
            "When Ivo Brandt warned of higher fares, \u201cThat is not our concern,\u201d she said.")
    assert speaker(text, "not our concern").name == "Greta Holm"


def test_a_pronoun_of_the_other_gender_disagrees_with_a_given_name(nlp):
    doc = nlp("She said so.")
    she = token(doc, "She")
    assert gender_disagrees(she, None, "Ivo Brandt")
    assert gender_disagrees(she, "m", "Brandt")
    assert not gender_disagrees(she, None, "Greta Holm")
    assert not gender_disagrees(she, None, "Brandt")


def test_a_clause_reporting_a_claim_of_its_own_keeps_it():
    # no subordinator, and words of its own before the marks: the claim stays whole
    text = ("Conceding that a new pier would likely be built \u201cin a few years\u201d he warned: "
            "\u201cIt will not happen soon, because the money is gone.\u201d")
    assert any("a new pier would likely be built" in s.content.text
               for s in onrecord.extract(text).statements)
