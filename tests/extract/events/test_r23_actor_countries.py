"""Actors' countries from the words that say whose they are: a subject "he" or "she" that goes on
with the sentence's earlier subject, not with the person named as an object between them
(``parties.subject_antecedent``); a people's word that names the origin of Americans ("Cuban
Americans": ``tables.americans_of_origin``); what a placard reads (``countries.emblem_phrases``)
and a clause describing another noun that holds neither the verb nor the actor
(``countries.noun_clause_asides``) naming no country of the actor. Each on a small made-up text."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.countries import emblem_phrases, noun_clause_asides
from onrecord.extract.events.parties import subject_antecedent
from onrecord.extract.events.tables import americans_of_origin, code_actor, word_key
from statement_lookup import token as word

_VISIT = ("US Senator Lena Roe left the United States on Monday. She met Kenyan Prime Minister "
          "Amina Odhiambo, and she then criticized the police.")


def test_a_conjoined_subject_pronoun_stands_for_the_first_subject(nlp):
    doc = nlp(_VISIT)
    second = [t for t in doc if t.lower_ == "she"][-1]
    first = [t for t in doc if t.text == "She"][0]
    assert subject_antecedent(second) == first.i
    assert at(nlp, _VISIT, "criticized").actor.country == "USA"  # not Kenya's, the object met


def test_a_relative_clause_pronoun_goes_on_with_the_sentence_subject(nlp):
    text = ("US Senator Lena Roe left the United States on Monday. She visited Kenyan Prime Minister "
            "Amina Odhiambo in Nairobi, where she also praised the local reporters.")
    doc = nlp(text)
    second = [t for t in doc if t.lower_ == "she"][-1]
    assert subject_antecedent(second) == [t for t in doc if t.text == "She"][0].i


def test_a_named_subject_of_the_pronouns_gender_is_its_antecedent(nlp):
    doc = nlp("Lena Roe met Tom Poe in Nairobi, where she praised the police.")
    she = word(doc, "she")
    assert subject_antecedent(she) == word(doc, "Roe").i + 1
    doc = nlp("Tom Poe met Amina Odhiambo in Nairobi, where she praised the police.")
    assert subject_antecedent(word(doc, "she")) == word(doc, "she").i  # a man's name: no antecedent


def test_another_subject_above_leaves_the_nearest_person(nlp):
    doc = nlp("She said Amina Odhiambo had agreed, and she then left.")
    second = [t for t in doc if t.lower_ == "she"][-1]
    assert subject_antecedent(second) == word(doc, "She").i  # the subject of "said", which "left" joins
    doc = nlp("She met the minister, who said she would resign.")
    second = [t for t in doc if t.lower_ == "she"][-1]
    assert subject_antecedent(second) == second.i  # "who": the minister, maybe
    doc = nlp("Tom Poe said she would resign.")
    assert subject_antecedent(word(doc, "she")) == word(doc, "she").i


def _code(phrase):
    return code_actor([word_key(w) for w in phrase.split()], tables.load())[0]


def test_americans_of_an_origin_are_american():
    assert _code("Cuban Americans") == "USA"
    assert _code("Indian Americans") == "USA"
    assert _code("Cuban American voters") == "USA"
    assert _code("Cuban exiles") == "CUB"
    t = tables.load()
    assert not americans_of_origin(["russian", "american", "talks"], 0, t)  # two countries' talks
    assert americans_of_origin(["japanese", "americans"], 0, t)


def test_americans_of_an_origin_in_an_event(nlp):
    text = "Cuban Americans will support Lena Roe in November."
    assert at(nlp, text, "support").actor.country == "USA"


_MARCH = ("Marchers, carrying placards urging the government to quit the European Union, and Kenyan "
          "flags, marched to Parliament in London. Britain said the march was calm, and Britain's police agreed.")


def test_what_a_placard_reads_names_no_country_of_its_bearers(nlp):
    doc = nlp(_MARCH)
    assert [_MARCH[s:e] for s, e in emblem_phrases(doc)] == [
        "placards urging the government to quit the European Union", "Kenyan flags"]
    assert at(nlp, _MARCH, "marched").actor.country != "EUR"


def test_a_clause_that_holds_neither_verb_nor_actor_names_no_country_of_the_actor(nlp):
    text = ("Canada's farmers met on Monday. The Trade Ministry opened an inquiry into claims "
            "that Peru had sold cheap copper to Canada's mills.")
    assert at(nlp, text, "opened").actor.country != "PER"


def test_only_clauses_describing_a_noun_are_set_aside(nlp):
    text = "Speaking in Kenya's parliament, the officials criticized a law that Peru had passed."
    doc = nlp(text)
    verb, actor = word(doc, "criticized"), word(doc, "officials")
    assert [text[s:e] for s, e in noun_clause_asides(doc[:], (verb, actor))] == ["that Peru had passed"]
