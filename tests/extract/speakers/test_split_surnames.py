"""A surname the tagger or the writer splits from its person (issue 13, branch r20-names): a
surname written with an apostrophe, a surname alone that "who" follows, and two letters typed the
other way round all name the one person the article gives in full. Made-up texts."""

import onrecord
from onrecord.extract.speakers.name_forms import apostrophe_surname
from onrecord.extract.speakers.spelling import edit_distance, slip_of
from statement_lookup import statement_with


def test_a_surname_with_an_apostrophe_is_a_name_word():
    assert apostrophe_surname("O’Keane")
    assert apostrophe_surname("D'Arcy")
    assert not apostrophe_surname("Keane")
    assert not apostrophe_surname("Don't")  # a contraction
    assert not apostrophe_surname("O'")


def test_a_bare_apostrophe_surname_is_the_person_named_in_full():
    # the tagger spans "Declan" alone and reads "O’Keane" as a noun at both mentions
    record = onrecord.extract(
        "“The bridge should have been finished last year, and the delay has cost the county dearly,” "
        "said Declan O’Keane, chief engineer for the county’s roads department until 2019. “Nobody "
        "wanted to pay for it,” O’Keane said.")
    first = statement_with(record, "the delay has cost the county").speaker
    assert (first.name, first.type) == ("Declan O’Keane", "PERSON")
    assert statement_with(record, "Nobody wanted to pay").speaker.name == "Declan O’Keane"


def test_a_surname_followed_by_who_names_the_person_the_tagger_read_as_a_body():
    record = onrecord.extract(
        "After the flood, Marisol Iannaccone slept in her car for a week. \"Nobody came,\" said "
        "Iannaccone, who runs a florist's shop on the square.")
    speaker = statement_with(record, "Nobody came").speaker
    assert (speaker.name, speaker.type) == ("Marisol Iannaccone", "PERSON")


def test_two_letters_swapped_are_one_slip():
    assert edit_distance("keirnan", "kiernan") == 1
    assert edit_distance("ab", "ba") == 1
    assert slip_of("Keirnan", ["kiernan"]) == "kiernan"
    assert slip_of("Kiernan", ["kiernan", "keirnan"]) is None  # both written: two names, no slip


def test_a_swapped_surname_is_the_person_named_in_full():
    record = onrecord.extract(
        "The drummer Rowan Kiernan said the tour was over. \"We are tired,\" Keirnan said.")
    assert statement_with(record, "We are tired").speaker.name == "Rowan Kiernan"
