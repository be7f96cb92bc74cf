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


def test_a_quote_after_a_bare_report_in_a_time_clause_is_that_clause_s():
    # r20-fixspk: the attribution after the marks has words of its own, the quote is Dunst's
    text = "After Dunst said \u201cWe will not sell,\u201d Ostrova said the mill would close."
    assert speaker(text, "We will not sell").name == "Dunst"


def test_a_quote_reported_bare_before_another_report_stays_with_its_speaker():
    text = ("Pavel Dunst spoke first. Once he had said \u201cThe lease is over,\u201d "
            "Lena Ostrova said she would leave.")
    assert speaker(text, "The lease is over").name == "Pavel Dunst"


def test_a_quote_of_a_bare_writer_quoted_by_another_stays_the_writer_s():
    text = "As Ruth Imber wrote in her memoir, \u201cNothing here ever changes,\u201d Carl Hobbs said."
    assert speaker(text, "Nothing here ever changes").name == "Ruth Imber"
