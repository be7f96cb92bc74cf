"""The speaker sieve's article state (extract/speakers/state.py): which of the tagger's names it
takes for people, on small made-up texts with the tagger's slips set by hand."""
from onrecord.extract.speakers.state import place_named_elsewhere
from statement_lookup import speaker, tagged


def test_place_named_elsewhere_is_a_word_the_article_gives_as_a_place(nlp):
    doc = tagged(nlp, "Haddad came to Millbrook from Syria. Millbrook became his home.",
                 [(0, 1, "PERSON"), (3, 1, "GPE"), (5, 1, "GPE"), (7, 1, "PERSON")])
    assert place_named_elsewhere(doc.ents[3])
    assert not place_named_elsewhere(doc.ents[0])


def test_place_named_elsewhere_not_for_a_surname_of_someone_named_in_full(nlp):
    doc = tagged(nlp, "Michael Jordan visited Jordan. Jordan said he was pleased.",
                 [(0, 2, "PERSON"), (3, 1, "GPE"), (5, 1, "PERSON")])
    assert not place_named_elsewhere(doc.ents[2])


def test_place_named_elsewhere_not_for_a_name_after_a_title(nlp):
    doc = tagged(nlp, "Mr. Houston moved to Houston in 1990.", [(1, 1, "PERSON"), (4, 1, "GPE")])
    assert not place_named_elsewhere(doc.ents[0])
    text = "Mr. Houston moved to Houston in 1990. \"It is a fine city,\" he said."
    assert speaker(text, "It is a fine city").name == "Houston"
