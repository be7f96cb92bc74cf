"""Names a reader would not give a speaker (issue 13, names): a wire story's dateline read as
the subject or as part of the speaker's phrase, a capitalised common noun after the dateline
read as a name, a title-case headline's verb and object read into a surname, and a person's
name with a given name that is also a place's read as a body's. Texts made up for them."""
import pytest

import onrecord
from onrecord.extract.candidates import dateline_end, speaker_token, subject_past_dateline
from onrecord.extract.speakers.fullest_name import (
    common_word_before_surname,
    headline_name_cut,
    headline_name_written_below,
    headline_surname,
    modifies_next_noun,
)
from onrecord.extract.speakers.name_forms import (
    common_noun_after_dateline,
    person_name_tagged_org,
    speaks_of_self_as_gendered,
)
from statement_lookup import speaker, tagged, token


def test_the_subject_after_a_dateline_is_the_speaker(nlp):
    doc = nlp("KISUMU, Kenya — Kenyan police said Sunday that thieves took a truck.")
    assert speaker_token(token(doc, "said")).text == "police"


def test_a_dateline_with_an_agency_is_no_speaker_of_the_story(nlp):
    found = speaker("OSLO (Wire) - Norway said on Friday it would send two ships north.", "two ships")
    assert found.name == "Norway"


def test_a_subject_that_is_no_dateline_stays(nlp):
    doc = nlp("NASA, the space agency, said the probe was lost.")
    assert speaker_token(token(doc, "said")).text == "NASA"


def test_the_dateline_is_cut_from_the_speaker_s_phrase(nlp):
    doc = nlp("QUETTA — Pakistan's navy said Sunday that a boat sank.")
    navy = token(doc, "navy")
    assert doc[dateline_end(doc, 0, navy.i)].text == "Pakistan"
    found = speaker("QUETTA — Pakistan's navy said Sunday that a boat sank.", "a boat sank")
    assert found.mention.text == "Pakistan's navy"


def test_a_capitalised_word_opening_the_text_is_none_without_a_dateline(nlp):
    doc = nlp("Officials in Leeds said the bridge was shut. Leeds officials said it would reopen.")
    assert not common_noun_after_dateline(doc[0])


def test_a_common_noun_after_a_dateline_names_no_one(nlp):
    doc = nlp("LEEDS — Police said on Monday that the bridge was shut.")
    assert common_noun_after_dateline(token(doc, "Police"))
    found = speaker("LEEDS — Police said on Monday that the bridge was shut.", "the bridge was shut")
    assert found.rule == "unnamed"


def test_a_name_after_a_dateline_is_still_a_name(nlp):
    doc = nlp("LEEDS — Oxfam said on Monday that the bridge was shut.")
    assert not common_noun_after_dateline(token(doc, "Oxfam"))


_HEADLINE = "Dorsey Slams Rival Over Farm Subsidies\n\n"


def test_a_headline_s_verb_read_into_a_surname_is_cut(nlp):
    text = _HEADLINE + "Dorsey said the plan would ruin farmers in the valley."
    assert speaker(text, "ruin farmers").name == "Dorsey"  # not "Dorsey Slams Rival ..."


def test_a_surname_whose_next_word_the_text_writes_keeps_its_name(nlp):
    # "Pelt" is written in the text: "Ann Pelt" is a name, the headline's "Ann" no surname
    doc = nlp("Ann Pelt Beats Party Establishment In Close Primary\n\nAnn said Pelt would serve.")
    assert headline_surname("Ann Pelt Beats Party".split(), ["Ann", "Pelt"], doc) is None


def test_the_first_words_of_a_headline_name_the_text_writes_are_the_name(nlp):
    doc = nlp("Ann Pelt Beats Party Establishment In Close Primary\n\nAnn Pelt said the win was a shock. "
              "Pelt said she would serve.")
    assert headline_name_cut("Ann Pelt Beats Party", ["Pelt"], doc) == "Ann Pelt"


def test_a_full_name_saying_she_is_a_person_s_though_tagged_a_body(nlp):
    doc = tagged(nlp, "Chelsea Brandt said she would testify on Monday.", [(0, 2, "ORG")])
    assert speaks_of_self_as_gendered(doc.ents[0], "f")
    assert person_name_tagged_org(doc.ents[0])


def test_a_full_name_saying_it_stays_a_body(nlp):
    doc = tagged(nlp, "Walter Grant said it would cut jobs in the spring.", [(0, 2, "ORG")])
    assert not speaks_of_self_as_gendered(doc.ents[0], "m")
    assert not person_name_tagged_org(doc.ents[0])


def test_a_name_followed_by_who_is_a_person_s(nlp):
    doc = tagged(nlp, "Israel Varga, who runs the mill, said it would close.", [(0, 2, "ORG")])
    assert person_name_tagged_org(doc.ents[0])


_SUBTITLE = ("Rain keeps the faithful away; \nWeary Pelt voters stayed home in the cold, a poll finds.\n\n"
             "Polls of weary voters show Bernard Pelt is ahead. ")


def test_a_common_word_opening_the_line_is_no_given_name(nlp):
    doc = nlp(_SUBTITLE + "Pelt says he will win the weary vote.")
    assert common_word_before_surname("Weary Pelt", doc) == "Bernard Pelt"
    assert speaker(_SUBTITLE + "Pelt says he will win the weary vote.", "win the weary").name == "Bernard Pelt"


def test_a_given_name_never_written_in_lowercase_stays(nlp):
    doc = nlp("Nawaz Pelt said the plan was fine. Ali Pelt said it was not. Nawaz Pelt spoke last.")
    assert common_word_before_surname("Nawaz Pelt", doc) is None


def test_a_common_word_naming_someone_who_speaks_is_his_given_name(nlp):
    # "the gale" is written in lowercase, but "Gale Tormund, his cousin, said" names a person
    text = ("Mira Tormund took the title on Sunday. The gale had kept many fans away.\n\n"
            "Gale Tormund, her cousin, said the win was deserved.")
    doc = nlp(text)
    assert common_word_before_surname("Gale Tormund", doc) is None
    assert speaker(text, "the win was deserved").name == "Gale Tormund"


def test_a_common_word_before_a_surname_that_is_a_subject_stays(nlp):
    text = "Mira Tormund took the title on Sunday.\n\nBright Tormund said the day was bright and cold."
    assert common_word_before_surname("Bright Tormund", nlp(text)) is None


def test_a_name_that_qualifies_the_noun_after_it(nlp):
    doc = nlp("Weary Tormund fans went home early.")
    assert modifies_next_noun(doc[0])
    doc = nlp("Gale Tormund, her cousin, said the win was deserved.")
    assert not modifies_next_noun(doc[0])


def test_the_subject_past_a_dateline_read_as_one_is_the_phrase_after_the_dash(nlp):
    doc = nlp("KELVOR, Zorbia — Zorbian police said Sunday that a bridge fell.")
    said = token(doc, "said")
    assert subject_past_dateline(said, doc[0]).text == "police"
    assert subject_past_dateline(said, token(doc, "police")).text == "police"  # no dateline: itself
    doc = nlp("NASA, the space agency, said the probe was lost.")
    assert subject_past_dateline(token(doc, "said"), doc[0]).text == "NASA"


def test_the_first_words_of_a_headline_name_written_below_it(nlp):
    doc = nlp("Ida Marsh Wins Recount In Hill County\n\nIda Marsh said the count was fair. Marsh thanked the clerks.")
    words = "Ida Marsh Wins Recount".split()
    assert headline_name_written_below(words, ["Marsh"], doc) == "Ida Marsh"
    # the run must end in one of the name's short forms
    assert headline_name_written_below(words, ["Ida"], doc) is None
    doc = nlp("Ida Marsh Wins Recount In Hill County\n\nMarsh said the count was fair.")
    assert headline_name_written_below(words, ["Marsh"], doc) is None  # "Ida Marsh" written only above



@pytest.mark.parametrize("headline", ["Top Nurses Group Will Run Ads Demanding Senate Leaders To Back Safer Staffing.",
                                      "Major Farm Lobby Will Buy Ads Demanding Democrats To Protect Dairy Prices."])
def test_a_headline_clause_tagged_as_a_person_names_no_one(headline):
    # the title-case line runs "Will Run Ads" into a person's name; no name holds the verb its
    # own head is the object of
    body = "\n\nA union is demanding things.\n\n\"We are proud,\" said Mayor Dana Okafor."
    record = onrecord.extract(headline + body)
    names = {s.speaker.name for s in record.statements}
    assert not any("Will" in n for n in names) and "Dana Okafor" in names


def test_a_participle_takes_the_subject_past_the_dateline_of_the_verb_it_hangs_on(nlp):
    # the parse hangs the named lawmaker on the dateline as its appositive and "on Tuesday" on the
    # verb: the subject is still the one noun phrase after the dash
    text = ('BOISE — Democratic U.S. Sen. Lena Marsh on Tuesday slammed Ray Olin as cruel while praising '
            'Ann Ford as a "work mule, not a show pony."')
    doc = nlp(text)
    assert subject_past_dateline(token(doc, "slammed"), token(doc, "BOISE")).text == "Marsh"
    assert speaker_token(token(doc, "praising")).text == "Marsh"
    assert speaker(text, "work mule").name == "Lena Marsh"

