"""A second predicate joined to a verb whose subject the parse hung on the verb's auxiliary
takes that subject (extract/candidates.py ``subject_on_auxiliary``); texts made up for it."""
import onrecord
from onrecord.extract.candidates import subject_on_auxiliary
from statement_lookup import token


def test_the_subject_hung_on_an_auxiliary(nlp):
    doc = nlp("Few were pleased, above all the young Ms. Orlova, who is by her own account relishing "
              "her first term at the guild and is saying she has no plan to pick a deputy.")
    relishing = token(doc, "relishing")
    if not any(c.dep_ == "nsubj" for c in relishing.children):
        assert subject_on_auxiliary(relishing).text == "who"


def test_a_verb_with_its_own_subject_gives_none(nlp):
    doc = nlp("Ann Lee is visiting the port and is saying the deal is off.")
    assert subject_on_auxiliary(token(doc, "visiting")) is None


def test_a_second_predicate_after_an_aside_names_the_relatives_antecedent(nlp):
    text = ("Few were pleased, above all the young Ms. Orlova, who is by her own account relishing her "
            "first term at the guild and is saying she has no plan to pick a deputy.")
    found = [s for s in onrecord.extract(text).statements if s.cue is not None and s.cue.text == "saying"]
    assert found and found[0].speaker is not None and found[0].speaker.name.endswith("Orlova")
