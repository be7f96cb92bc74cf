"""Speaker names the tagger cut or glued wrong : a service's name read with a rank
before a person ("Army Capt. Jane Roe"), a given name left out of a surname tagged as a body's,
a bare surname written right after the given name of one of two people sharing it, a
preposition opening the sentence read into a name. Sentences made up for them."""
from spacy.tokens import Doc

from onrecord.extract.speakers.fullest_name import opening_adverb_out_of_name
from onrecord.extract.speakers.name_forms import given_name_left_out, service_before_rank
from onrecord.extract.speakers.resolver import SpeakerResolver
from statement_lookup import speaker, tagged

_POLLED = "Members of the armed forces were polled on the election.\n\n"


def test_a_service_and_rank_before_a_name_is_the_person(nlp):
    text = _POLLED + "\"The candidates do not understand the troops,\" said Army Capt. Peter Vance, " \
                     "who will not vote. \"I hoped for someone else,\" said Air Force 1st Lt. Mark Dorsey."
    assert speaker(text, "do not understand").name == "Peter Vance"
    found = speaker(text, "hoped for someone")
    assert (found.name, found.type) == ("Mark Dorsey", "PERSON")


def test_a_body_followed_by_a_person_without_a_rank_is_left_alone(nlp):
    doc = tagged(nlp, "The Army Corps said Peter Vance would lead it.", [(1, 2, "ORG"), (4, 2, "PERSON")])
    assert service_before_rank(doc.ents[0]) is None


def test_a_rank_before_a_person_after_a_service_is_found(nlp):
    doc = tagged(nlp, "said Army Capt. Peter Vance, who", [(1, 2, "ORG"), (3, 2, "PERSON")])
    assert service_before_rank(doc.ents[0]).text == "Peter Vance"


def test_a_given_name_the_tagger_left_out_of_a_body_tagged_surname(nlp):
    text = "Ilya Shapiro writes at The Review that the ruling caused the crisis."
    found = speaker(text, "the ruling caused")
    assert (found.name, found.type) == ("Ilya Shapiro", "PERSON")


def test_a_body_word_after_a_given_name_stays_a_body(nlp):
    doc = tagged(nlp, "Grace Bank said the loan would be paid.", [(1, 1, "ORG")])
    assert given_name_left_out(doc.ents[0]) is None


def test_a_bare_surname_after_one_of_two_given_names_is_that_person(nlp):
    # the tagger spanned "Roe" alone in the last sentence, "Tom" untagged before it
    text = "Ann Roe spoke first. Tom Roe spoke next. Ann Roe left. Then Tom Roe said it was over."
    doc = tagged(nlp, text, [(0, 2, "PERSON"), (5, 2, "PERSON"), (10, 2, "PERSON"), (16, 1, "PERSON")])
    state = SpeakerResolver(doc).state
    tom = state.person(doc[16:17], doc[16].idx)
    assert tom.name == "Tom Roe"


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name(nlp):
    doc: Doc = nlp("Mayor Tom Hale may run. Without Hale in the race, the others were tied.")
    assert opening_adverb_out_of_name("Without Hale", doc) == "Hale"


def test_a_body_s_name_left_untagged_is_the_body_tagged_elsewhere(nlp):
    text = "Zedco said on Monday that profits rose. Zedco, however, says that costs rose."
    doc = tagged(nlp, text, [(0, 1, "ORG")])
    resolver = SpeakerResolver(doc)
    first = resolver.resolve(doc[0])
    second = resolver.resolve(doc[8])
    assert doc[8].text == "Zedco" and doc[8].ent_type_ == ""
    assert second.entity is first.entity and second.entity.type == "ORG"


def test_an_untagged_name_of_no_tagged_body_is_not_made_a_body(nlp):
    doc = tagged(nlp, "Zedco said on Monday that profits rose. Roe, however, says that costs rose.",
                 [(0, 1, "ORG")])
    state = SpeakerResolver(doc).state
    assert state.tagged_body("Roe") is None
    assert state.tagged_body("Zedco").name == "Zedco"
