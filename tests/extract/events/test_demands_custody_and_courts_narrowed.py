"""Review fixes to the eighteenth round's event rules (made-up sentences, the real model): an
"after" clause and a headline's "X to do" tell no act to come; a demand made of one's own state
by those outside its government, or of it and a foreign state, stays a demand; an "any" phrase
naming a party is refused; a force reporting its own men held, an arrest abroad or an old case
made no arrest; a court's "of" + a common noun is the charge; a verb of arrival sets its subject
after it; a passive demand with its "by" asks that party; a state's "can't recognize" is a refusal."""
from __future__ import annotations

from onrecord.extract.events import tables
from onrecord.extract.events.checks import future_time_clause
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import passive_demand
from onrecord.extract.events.parties import custody_reporter, object_read_as_subject, passive_after_active
from onrecord.extract.events.verbal import refused_no_one, unable_stance
from statement_lookup import token as word


def _events(nlp, text):
    return [(e.type, e.trigger.text, e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=False)]


def test_an_after_clause_and_a_headline_infinitive_tell_a_done_act(nlp):
    doc = nlp("Ghana to recall ambassador after Togo expels Ghanaian diplomats")
    assert not future_time_clause(word(doc, "expels"))
    doc = nlp("Ghana to recall ambassador when Togo expels Ghanaian diplomats")
    assert not future_time_clause(word(doc, "expels"))  # a root "to" is a headline's, no infinitive taken
    text = "Ghana will review ties after Togo arrests Ghanaian journalist Efua Mensa, minister says"
    assert not future_time_clause(word(nlp(text), "arrests"))
    assert ("COERCE", "arrests", "Togo", "Ghanaian journalist Efua Mensa") in _events(nlp, text)
    # a time clause of what is to come stays so
    doc = nlp("Ghana's president will meet the Togolese envoy Kofi Dzre when he visits Accra, officials said.")
    assert future_time_clause(word(doc, "visits"))


def test_a_demand_of_the_own_state_from_outside_its_government_is_a_demand(nlp):
    assert ("REQUEST", "free", "Ghanaian opposition leader Efua Mensa", "Ghana") in _events(
        nlp, "Ghanaian opposition leader Efua Mensa said Ghana must free the jailed reporters.")
    assert not [e for e in _events(nlp, "Ghanaian President Kofi Dzre said Ghana must do more to curb smuggling.")
                if e[0] == "REQUEST"]


def test_a_demand_of_the_own_state_and_a_foreign_one_is_made_of_the_foreign_one(nlp):
    events = _events(nlp, "Chilean President Ivo Brandt said Chile and Peru must reopen the border.")
    assert ("REQUEST", "reopen", "Chilean President Ivo Brandt", "Peru") in events


def test_an_any_phrase_naming_a_party_is_refused(nlp):
    doc = nlp("Ghana did not support any Togolese resolution at the summit on Monday.")
    assert not refused_no_one(word(doc, "support"))
    doc = nlp("The Ghanaian opposition party has not endorsed any candidate for the presidency.")
    assert refused_no_one(word(doc, "endorsed"))


def test_a_state_unable_to_recognize_refuses(nlp):
    doc = nlp("Ghana can't recognize the new Togolese government, the Ghanaian foreign minister Efua Mensa said.")
    assert not unable_stance(word(doc, "recognize"))
    doc = nlp("The Ghanaian senator Efua Mensa added that she can't endorse the judge's appointment.")
    assert unable_stance(word(doc, "endorse"))


def test_a_force_reporting_its_own_men_held_or_an_old_case_made_no_arrest(nlp):
    t = tables.load()
    doc = nlp("The Ghanaian army said two of its soldiers were detained in Togo on Monday.")
    assert custody_reporter(word(doc, "detained"), "COERCE", t) is None
    doc = nlp("Ghanaian police said the suspect was arrested in Togo and handed over on Friday.")
    assert custody_reporter(word(doc, "arrested"), "COERCE", t) is None
    doc = nlp("Ghanaian police said the gunman was arrested in 2015 for robbery.")
    assert custody_reporter(word(doc, "arrested"), "COERCE", t) is None
    doc = nlp("Ghanaian police said the gunman had been arrested for robbery.")
    assert custody_reporter(word(doc, "arrested"), "COERCE", t) is None
    doc = nlp("Ghanaian police said two suspects were arrested in Kumasi on Monday.")
    assert custody_reporter(word(doc, "arrested"), "COERCE", t) == word(doc, "police")


def test_a_court_s_of_with_a_common_noun_is_the_charge(nlp):
    events = _events(nlp, "Kofi Dzre was convicted in federal court of wire fraud.")
    assert ("SANCTION", "convicted", "federal court", "Kofi Dzre") in events


def test_a_verb_of_arrival_sets_its_subject_after_it(nlp):
    doc = nlp("Ghanaian troops withdrew from Aflao on Monday, and on Tuesday arrived Togolese forces.")
    assert object_read_as_subject(word(doc, "arrived")) is None
    doc = nlp("The Ghanaian envoy Kofi Dzre landed in Lome on Sunday and on Monday met Togolese President Efua Mensa.")
    assert object_read_as_subject(word(doc, "met")) is not None


def test_a_passive_demand_with_its_by_asks_that_party(nlp):
    text = "Ghanaian President Kofi Dzre said Togo should be sanctioned by the African Union."
    assert not passive_demand(word(nlp(text), "sanctioned"))
    assert ("REQUEST", "sanctioned", "Ghanaian President Kofi Dzre", "the African Union") in _events(nlp, text)
    assert passive_demand(word(nlp("Ghanaian President Kofi Dzre said the Togolese envoy must be expelled."),
                               "expelled"))


def test_a_passive_with_a_by_hung_lower_shares_no_subject(nlp):
    doc = nlp("Ghanaian activist Efua Mensa returned to Accra and was arrested for inciting violence "
              "by Ghanaian police.")
    assert passive_after_active(word(doc, "arrested")) is None
