"""Issue 13: a "they" after a plural noun the word lists do not know as people, which is the
subject of a verb of speech ("the mayor's associates claim ... they add"), is that group
(``pronouns.speaking_plural``); a plural writing that "says" is still no one. A second name the
parse hung on a named subject as its appositive is a rival of a "he" after them
(``pronouns.apposed_name``), a common noun there is not."""
from spacy.tokens import Doc

from onrecord.extract.speakers.passes import pronouns
from statement_lookup import speaker

ASSOCIATES = ("Ann Hale will run again. The north is hers to lose, the governor's associates say. "
          "The governor wants to tour the farm towns this fall, they say.")


def test_they_after_a_plural_that_spoke_is_that_group():
    found = speaker(ASSOCIATES, "tour the farm towns")
    assert found.rule == "pronoun" and "associates" in found.name


def test_they_after_plural_associates_who_mentioned_a_place_is_those_associates():
    text = ("Ann Hale will run again. Hale associates have mentioned the coastal towns as a good place for "
            "her. The governor could draw young voters there, they have suggested.")
    found = speaker(text, "could draw young voters")
    assert found.rule == "pronoun" and "associates" in found.name


def test_they_after_plural_writings_that_say_is_left_open():
    text = ("Ann Hale will run again. The filings say the farm vote is hers. The governor wants to tour the "
            "farm towns this fall, they say.")
    found = speaker(text, "tour the farm towns")
    assert found.rule == "unresolved"



# ---- two names side by side before a "he" ----

def _parsed(nlp, words, heads, deps, pos):
    """A Doc with the parse given by hand: the parser's slip the rule guards against."""
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_second_name_in_apposition_to_a_named_subject_is_a_rival(nlp):
    # two names side by side, the second hung on the first as its appositive by the parse
    doc = _parsed(nlp, ["Hale", ",", "Reed", "was", "asked", "why", "he", "left"],
                  [4, 0, 0, 4, 4, 7, 7, 4], ["nsubjpass", "punct", "appos", "auxpass", "ROOT", "advmod", "nsubj",
                                             "ccomp"],
                  ["PROPN", "PUNCT", "PROPN", "AUX", "VERB", "ADV", "PRON", "VERB"])
    assert pronouns.apposed_name(doc[2], doc[0])


def test_a_description_in_apposition_to_a_named_subject_is_none(nlp):
    # a common noun beside the name describes its bearer
    doc = _parsed(nlp, ["Hale", ",", "mayor", "was", "asked", "why", "he", "left"],
                  [4, 0, 0, 4, 4, 7, 7, 4], ["nsubjpass", "punct", "appos", "auxpass", "ROOT", "advmod", "nsubj",
                                             "ccomp"],
                  ["PROPN", "PUNCT", "NOUN", "AUX", "VERB", "ADV", "PRON", "VERB"])
    assert not pronouns.apposed_name(doc[2], doc[0])


def test_they_after_plural_results_that_confirm_is_not_those_results():
    text = ("Harbour workers met on Tuesday. The lab results confirm that the pier was unsafe. "
            "The port must close for a month, they said.")
    found = speaker(text, "port must close")
    assert found.name == "Harbour workers"  # not the results, which confirm without speaking
