"""One whose act a clause is about ("Most worrying was Bracken's silence") is someone a bare
description after it may be, so a guess at another person is left unmade
(``descriptions.owns_the_subject`` in ``rival_named_near``). Made-up sentences and names."""
from onrecord.extract.speakers.passes.descriptions import owns_the_subject
from statement_lookup import speaker, speaker_of, state_of

ROOM = ("Tom Bracken, a property developer, spoke to the group on Thursday. Ari Dowling, a former "
        "White House press secretary, was in the room. \"It was offensive,\" said Dowling. ")


def _owns(nlp, text, name):
    doc, state = state_of(nlp, text)
    return owns_the_subject(state, text.index(name))


# ---- the owner of what the clause is about is a rival ----

def test_the_businessman_is_not_the_last_speaker_when_another_owns_the_subject():
    text = ROOM + ("Most worrying for the guests was Bracken's silence on the deal. Even so, "
                   "the businessman has argued that his hand is best played by waiting.")
    found = speaker(text, "is best played")
    assert found.name != "Ari Dowling"


def test_the_owner_of_a_subject_owns_it(nlp):
    assert _owns(nlp, "Tom Bracken's refusal angered the council.", "Tom Bracken")


# ---- near misses: left as they were ----

def test_the_owner_himself_is_still_the_businessman():
    text = ROOM + ("Bracken's staff handed out leaflets. Later the businessman insisted that his "
                   "hand is best played by waiting.")
    assert speaker_of(text, "is best played") == "Tom Bracken"


def test_a_senator_known_by_her_office_keeps_the_description():
    text = ("Sen. Jane Dowling spoke to the group on Thursday. \"It was offensive,\" said Dowling. More "
            "worrying for the guests was Tom Bracken's silence on the deal. Even so, the "
            "senator argued that her hand is best played by waiting.")
    assert speaker_of(text, "is best played") == "Jane Dowling"


def test_the_owner_of_an_object_owns_no_subject(nlp):
    assert not _owns(nlp, "Ari Dowling praised Tom Bracken's plan on Friday.", "Tom Bracken")


DEVELOPER = ("Ari Dowling, a property developer, spoke to the group on Thursday. \"We will build,\" "
             "said Dowling. ")


def test_an_owner_in_a_relative_clause_is_no_rival():
    text = DEVELOPER + ("His hotel, where Tom Bracken's wedding was held last spring, lost money. The "
                        "businessman said he would sell the hotel.")
    assert speaker_of(text, "would sell the hotel") == "Ari Dowling"


def test_an_owner_in_a_because_clause_is_no_rival():
    text = DEVELOPER + ("Dowling left early because Tom Bracken's speech ran long. The businessman said "
                        "he would sell the hotel.")
    assert speaker_of(text, "would sell the hotel") == "Ari Dowling"


def test_an_owner_in_reported_words_is_no_rival():
    text = DEVELOPER + ("Dowling said Tom Bracken's plan was offensive. The businessman said he would "
                        "sell the hotel.")
    assert speaker_of(text, "would sell the hotel") == "Ari Dowling"
