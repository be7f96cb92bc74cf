"""A "he" or "she" guessed over a whole article or a run of paragraphs stays unnamed once the
text has brought in anyone else it may stand for, however that person is described: a doer's
noun anywhere in the sentence ("a retired welder"), an age ("a 64-year-old"), a noun a "who"
clause qualifies, a noun of the lists ("the suspect"), and a person described inside quoted
words ("my landlord"). ``pronouns.described_person`` reads them for ``only_person_of_gender``
and ``speaker_unrivalled``. Texts made up for these tests."""
import pytest

from onrecord.extract.speakers.passes import pronouns
from onrecord.extract.speakers.resolver import SpeakerResolver
from statement_lookup import speaker, state_of, token


def resolved_state(nlp, text, sources):
    """The state after the sieve resolved the source mentions ``sources`` (word, occurrence)."""
    doc = nlp(text)
    resolver = SpeakerResolver(doc)
    for word, n in sources:
        resolver.resolve(token(doc, word, n))
    return doc, resolver.state


RACE = ("The race for the town council could hardly be closer, and the contrast between Susan Ortiz and Tom "
        "Hale could hardly be sharper.\n\nHer plans are long and careful. His fit on a postcard. Her rallies "
        "are quiet. His are loud. {extra} In every speech she warns that he is reckless. He answers that she "
        "is timid.")


def test_the_one_man_named_is_still_he_when_no_one_else_came_in():
    assert speaker(RACE.format(extra=""), "she is timid").name == "Tom Hale"


@pytest.mark.parametrize("extra", [
    "Her office took a call from a retired welder.",  # a doer's noun, not a subject
    "Her office took a call from a 64-year-old in Elmford.",  # an age for its person
    "Her office helped a teenager whose flat had flooded.",  # a noun with a "whose" clause
    "Police questioned the suspect in the break-in at her office.",  # a noun of the lists
    "Her office was broken into by the tenant of a flat upstairs.",  # an agent's "by"
    "Her office now helps an Elmford pensioner and his wife.",  # an object with a place before it
    "\"My landlord wants me out by May,\" a letter to her office read.",  # inside quoted words
])
def test_anyone_described_before_leaves_the_one_man_unnamed(extra):
    assert speaker(RACE.format(extra=extra), "she is timid").rule == "unresolved", extra


def test_described_person_reads_nouns_of_people_not_things(nlp):
    doc = nlp("A retired welder from the plant left a letter about the water supply at the tenant's door.")
    assert pronouns.described_person(token(doc, "welder"), "m")
    assert not pronouns.described_person(token(doc, "letter"), "m")
    assert not pronouns.described_person(token(doc, "plant"), "m")
    doc = nlp("Police questioned a 64-year-old. His widow spoke.")
    assert pronouns.described_person(token(doc, "old"), "m")
    assert not pronouns.described_person(token(doc, "widow"), "m")  # the other gender


def test_a_man_described_in_quoted_words_is_a_rival_of_the_last_speaker(nlp):
    text = ('"I was stunned," said Tom Brown.\n\nAnn Lee, a nurse, was angry. "My landlord came to my door '
            'and told me to leave," she said.\n\n"I only asked for the rent," he said.')
    doc, state = resolved_state(nlp, text, [("Brown", 0), ("Lee", 0)])
    assert pronouns.speaker_unrivalled(state, token(doc, "he"), "m") is None
    text = text.replace("My landlord came to my door and told me to leave", "It is a scandal")
    doc, state = resolved_state(nlp, text, [("Brown", 0), ("Lee", 0)])
    assert pronouns.speaker_unrivalled(state, token(doc, "he"), "m").name == "Tom Brown"


def test_a_predicate_noun_brings_no_one_in(nlp):
    doc, _ = state_of(nlp, "Tom Brown is a welder.")
    assert pronouns.predicate_noun(token(doc, "welder"))


@pytest.mark.parametrize("between", [
    "Detectives questioned the suspect for most of Tuesday.",  # a noun of the lists, an object
    "Ortiz's husband runs the shop's accounts.",  # a noun of a man, a subject
])
def test_someone_described_after_the_only_man_leaves_he_unnamed(between):
    text = ("Lena Ortiz, the town's prosecutor, brought charges against a builder on Monday. Carl Dunmore, "
            f"the mayor, said he backed the charges.\n\n{between} He said the bills had been paid in full.")
    assert speaker(text, "the bills had been paid in full").rule == "unresolved", between


def test_the_only_man_goes_on_past_a_sentence_about_things():
    text = ("Lena Ortiz, the town's prosecutor, brought charges against a builder on Monday. Carl Dunmore, "
            "the mayor, said he backed the charges.\n\nThe bills ran to six pages. He said the bills had been "
            "paid in full.")
    assert speaker(text, "the bills had been paid in full").name == "Carl Dunmore"


def test_a_noun_of_anyone_is_no_one_described(nlp):
    doc = nlp("He gives the same advice to every client.")
    assert not pronouns.described_person(token(doc, "client"), "m")


def test_someone_described_in_another_sentence_is_a_rival_of_the_last_speaker(nlp):
    text = ('"I was stunned," said Tom Brown.\n\nAnn Lee took a call from a retired welder.\n\n'
            '"I am banned for life," he said.')
    doc, state = resolved_state(nlp, text, [("Brown", 0)])
    assert pronouns.speaker_unrivalled(state, token(doc, "he"), "m") is None


def test_someone_described_beside_the_last_speaker_leaves_him_the_speaker(nlp):
    text = ('"I was stunned," said Tom Brown.\n\nBrown later offered the welder a job.\n\n'
            '"I am banned for life," he said.')
    doc, state = resolved_state(nlp, text, [("Brown", 0)])
    assert pronouns.speaker_unrivalled(state, token(doc, "he"), "m").name == "Tom Brown"
