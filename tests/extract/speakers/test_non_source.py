"""A speaker mention headed by a noun that cannot state (a reaction, a deed, a feeling, a measure;
a pledge or a plea alone) gives the source the grammar puts behind it, or no speaker
(speakers/non_source.py); each on a text made up for it."""
import onrecord
from onrecord.extract.speakers.non_source import cannot_state, named_after_cue, utterance_owner
from statement_lookup import token


def _by_content(text, words):
    found = [s for s in onrecord.extract(text).statements if words in s.content.text]
    assert found, f"no statement with {words!r}"
    return found[-1].speaker


def test_a_reaction_states_nothing(nlp):
    text = "The outcry over the new parking fees showed that shoppers were fed up with the council."
    assert _by_content(text, "shoppers were fed up") is None


def test_a_deed_owned_by_a_name_is_no_statement_of_its_doer(nlp):
    text = "Mayor Ann Lee's sharp attack on the budget suggests she will seek a second term."
    assert _by_content(text, "she will seek") is None


def test_a_pledge_from_a_body_is_the_bodys(nlp):
    text = "A pledge from the harbour board promised that the ferry would run again by spring."
    speaker = _by_content(text, "the ferry would run")
    assert speaker is not None and speaker.mention.text == "the harbour board"


def test_a_fronted_noun_before_said_and_a_name_is_the_names(nlp):
    doc = nlp("The defeat of the levy marks a turning point for the district, said Tom Hale, head of the "
              "parents' group.")
    assert named_after_cue(token(doc, "defeat"), token(doc, "said")).text == "Hale"


def test_a_name_with_such_a_word_still_states(nlp):
    doc = nlp("Outrage Theatre Company said the show would close in May.")
    assert not cannot_state(token(doc, "Outrage"))


def test_a_writing_and_people_can_state(nlp):
    doc = nlp("The survey found that the residents were unhappy, and the residents said so.")
    assert not cannot_state(token(doc, "survey"))
    assert not cannot_state(token(doc, "residents"))


def test_the_possessor_of_a_plea_is_its_owner(nlp):
    doc = nlp("Her plea to the board was that the library stay open.")
    assert utterance_owner(token(doc, "plea")).text == "Her"
    assert utterance_owner(token(nlp("The backlash from the board was swift."), "backlash")) is None


def test_a_surname_opening_its_sentence_that_is_such_a_word_is_still_the_person(nlp):
    text = ("Welterweight Dara Hope will defend her title in June. Hope said she had never trained harder.")
    found = _by_content(text, "never trained harder")
    assert found is not None and found.name == "Dara Hope"


def test_a_body_named_by_such_a_word_and_described_once_still_states(nlp):
    text = ("Momentum, a tenants' union, marched through Bristol. Momentum said rents had doubled in a decade.")
    found = _by_content(text, "rents had doubled")
    assert found is not None and found.name == "Momentum"
