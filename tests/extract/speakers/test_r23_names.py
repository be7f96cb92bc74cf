"""Issue 13, r23-names: a person's name before a description the parse made the subject
(``names.name_before_apposed_subject``); a capitalised noun of people opening its sentence with a
phrase after it, read as no one's name (``names.capitalised_people_noun_with_phrase``); a person's
name the tagger labels a building or a work of art (``name_forms.person_name_tagged_org``,
``name_forms.given_name_read_as_word``); an office owned by a surname the tagger labels a place
(``bodies.surname_tagged_place``). Made-up sentences; the parser's or the tagger's slip is set by
hand where the model does not make it."""
from spacy.tokens import Doc

from onrecord.extract.speakers.name_forms import given_name_read_as_word, person_name_tagged_org
from onrecord.extract.speakers.passes import bodies, names
from onrecord.extract.speakers.resolver import SpeakerResolver
from statement_lookup import speaker, tagged

# ---- "Lena Roe, the chairwoman of the party, recalled", the description read as the subject ----

_WORDS = ["Lena", "Roe", ",", "the", "chairwoman", "of", "the", "party", ",", "recalled", "it", "."]
_POS = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"]
_TAGS = ["NNP", "NNP", ",", "DT", "NN", "IN", "DT", "NN", ",", "VBD", "PRP", "."]
_LEMMAS = ["Lena", "Roe", ",", "the", "chairwoman", "of", "the", "party", ",", "recall", "it", "."]


def _parsed(nlp, heads, deps, words=_WORDS, pos=_POS, tags=_TAGS, lemmas=_LEMMAS, ents=None):
    """A Doc with the parse given by hand: the parser's slip the rule reads through."""
    ents = ents or ["B-PERSON", "I-PERSON"] + ["O"] * (len(words) - 2)
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def test_the_name_before_a_set_off_description_read_as_subject_speaks(nlp):
    # the name hung on the verb as a modifier, the description made its subject
    doc = _parsed(nlp, [1, 9, 9, 4, 9, 4, 7, 5, 4, 9, 9, 9],
                  ["compound", "npadvmod", "punct", "det", "nsubj", "prep", "det", "pobj", "punct", "ROOT",
                   "dobj", "punct"])
    state = SpeakerResolver(doc).state
    found = names.name_before_apposed_subject(doc[4], state)
    assert found is not None and found.entity.name == "Lena Roe" and found.rule == "appositive-name"
    assert "chairwoman of the party" in found.entity.roles


def test_a_name_that_is_the_object_of_a_verb_before_is_not_the_description(nlp):
    # "He met Lena Roe, the chairwoman said it.": no comma closes the description
    words = ["He", "met", "Lena", "Roe", ",", "the", "chairwoman", "said", "it", "."]
    doc = _parsed(nlp, [1, 7, 3, 1, 1, 6, 7, 7, 7, 7],
                  ["nsubj", "ccomp", "compound", "dobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
                  words=words, pos=["PRON", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PRON", "PUNCT"],
                  tags=["PRP", "VBD", "NNP", "NNP", ",", "DT", "NN", "VBD", "PRP", "."],
                  lemmas=["he", "meet", "Lena", "Roe", ",", "the", "chairwoman", "say", "it", "."],
                  ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"])
    state = SpeakerResolver(doc).state
    assert names.name_before_apposed_subject(doc[6], state) is None


def test_a_name_hung_elsewhere_than_the_verb_is_not_read_so(nlp):
    # the name the object of "recalled" itself, not its modifier: the parse gives no apposition
    doc = _parsed(nlp, [1, 9, 9, 4, 9, 4, 7, 5, 4, 9, 9, 9],
                  ["compound", "dobj", "punct", "det", "nsubj", "prep", "det", "pobj", "punct", "ROOT",
                   "dobj", "punct"])
    state = SpeakerResolver(doc).state
    assert names.name_before_apposed_subject(doc[4], state) is None


# ---- "The Staff for the committee said": a noun of people, capitalised, no name ----

def test_staff_of_a_committee_opening_the_sentence_is_described_not_a_person():
    found = speaker("The Staff for the Joint Committee on Kiva said the inquiry holds every letter.",
                    "the inquiry holds")
    assert found.name != "Staff" and found.rule == "unnamed" and "Committee on Kiva" in found.name


def test_staff_at_an_embassy_is_described_too():
    found = speaker("The Staff at the Zorbian embassy said the visas were valid.", "the visas were valid")
    assert found.name != "Staff" and found.rule == "unnamed"


def test_a_surname_alone_is_still_a_name():
    found = speaker("Lena Roe ran the clinic for years. Roe said the clinic would stay open.",
                    "the clinic would stay open")
    assert found.name == "Lena Roe"


# ---- a person's name the tagger labels a building or a work of art ----

def test_a_name_tagged_a_work_of_art_and_written_as_a_person_is_a_persons(nlp):
    doc = tagged(nlp, "Will Ostrava, the chairman of the county party, said the vote was close.",
                 [(0, 2, "WORK_OF_ART")])
    assert person_name_tagged_org(doc.ents[0])


def test_a_name_tagged_a_building_needs_the_article_to_write_it_as_a_persons(nlp):
    named = tagged(nlp, "Nora Tandel, the director of the fund, wrote to the donors.", [(0, 2, "FAC")])
    assert person_name_tagged_org(named.ents[0])
    building = tagged(nlp, "Victoria Hall was closed for repairs on Monday.", [(0, 2, "FAC")])
    assert not person_name_tagged_org(building.ents[0])


def test_a_given_name_the_tagger_read_as_a_common_word_opens_a_name(nlp):
    doc = nlp("Will Ostrava spoke. Table talk ended.")
    assert given_name_read_as_word(doc[0])
    assert not given_name_read_as_word([t for t in doc if t.text == "Table"][0])


# ---- "Petrov's government office", the surname tagged a place ----

def _office_speaker(nlp, text, labels, head_index):
    doc = tagged(nlp, text, labels)
    return bodies.personal_body(doc[head_index], SpeakerResolver(doc).state)


def test_an_office_owned_by_a_surname_tagged_a_place_is_the_persons(nlp):
    text = "Prime Minister Igor Petrov met the envoy. Petrov's government office said he was well."
    found = _office_speaker(nlp, text, [(2, 2, "PERSON"), (8, 1, "GPE")], 11)
    assert found is not None and found.entity.name.startswith("Igor Petrov")


def test_an_office_owned_by_a_country_stays_the_countrys(nlp):
    text = "Ana Jordan met the envoy. Jordan's government office said the talks went well."
    assert _office_speaker(nlp, text, [(0, 2, "PERSON"), (6, 1, "GPE")], 9) is None
