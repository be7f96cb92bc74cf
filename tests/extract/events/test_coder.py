"""PLOVER events coded from real sentences with the real model: type, actor, target, place, date and
flags; events of speech acts linked to their statement; the example digest's events."""
from __future__ import annotations

import json

from onrecord.extract.events.coder import denied_act, find_events
from onrecord.extract.events.non_events import (
    attack_on_rival,
    body_blasts_rival,
    hinted_demand,
    inverted_condition,
    own_resolve,
    verbal_attack,
    worded_attack,
)
from onrecord.extract.pipeline import process
from onrecord.model import Article, Entity, Extent
from repo_paths import EXAMPLE_ARTICLE


def events_of(nlp, text, published="2017-07-25"):
    return find_events(nlp(text), "t", published)


def one(events, type_):
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def test_sanction_with_actor_and_target_countries(nlp):
    e = one(events_of(nlp, "The Trump administration imposed new sanctions on Iran on Tuesday."), "SANCTION")
    assert e.trigger.text == "imposed"
    assert (e.actor.country, e.actor.sector) == ("USA", "GOV")
    assert e.target.text == "Iran" and e.target.country == "IRN"
    assert e.date == "2017-07-25"  # Tuesday of the publication week
    assert not (e.negated or e.hypothetical or e.future)


def test_assault_with_location_and_relative_date(nlp):
    text = "Last month the I.R.G.C. launched missiles against Islamic State positions in Syria."
    e = one(events_of(nlp, text), "ASSAULT")
    assert e.actor.text == "the I.R.G.C." and e.actor.country == "IRN"
    assert e.target.country == "IMG" and "Islamic State" in e.target.text
    assert e.location.text == "Syria" and e.location.country == "SYR"
    assert e.date == "2017-06-01"
    assert text[e.trigger.start:e.trigger.end] == "launched"
    assert e.sentence == Extent(0, len(text))


def test_negated_and_future_events(nlp):
    # the coder reads a negated act, flagged; the record leaves it out (``denied_act``)
    text = "Israel did not attack the Syrian army."
    doc = nlp(text)
    negated = one(find_events(doc, "t", "2017-07-25", dyadic=False), "ASSAULT")
    assert negated.negated and negated.actor.country == "ISR"
    assert denied_act(negated, next(t for t in doc if t.idx == negated.trigger.start))
    assert not [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    # future force is a threat in PLOVER
    future = events_of(nlp, "Turkey will attack the Kurdish militants in Syria.")
    assert one(future, "THREATEN").future


def test_several_events_per_sentence_and_one_per_repeat(nlp):
    text = "Police arrested the opposition leader and the government expelled two Russian diplomats."
    types = {e.type for e in events_of(nlp, text)}
    assert {"COERCE", "SANCTION"} <= types
    once = "Russia attacked Ukraine. "
    twice = events_of(nlp, once + "Later, Russia attacked Ukraine.")
    assert len([e for e in twice if e.type == "ASSAULT"]) == 1


def test_speech_act_links_its_statement(nlp):
    text = "“You will pay a heavy price,” Iran warned the United States on Monday."
    record = process(Article("w", text, published="2017-07-25"), nlp)
    threat = one(record.events, "THREATEN")
    assert threat.statement == record.statements[0].id
    assert threat.actor.country == "IRN" and threat.target.country == "USA"
    assert record.events[0].id == "w#v1"


def test_actor_country_when_the_actor_names_none(nlp):
    # an unnamed attack is coded to where it happened
    e = one(events_of(nlp, "A car bombing near the town of Kirkuk killed three police officers on Monday."), "ASSAULT")
    assert e.actor.country == "IRQ"
    # a named person of no known country: the country of the officials he acts on
    text = "Judge Maria Lopez opened an investigation against three Peruvian police officers."
    e = one(events_of(nlp, text), "ACCUSE")
    assert e.actor.country == "PER"
    # an ethnic group is coded to the country it lives in
    e = one(events_of(nlp, "Ethnic Serbs blocked roads to protest against Croatia's new language law."), "PROTEST")
    assert e.actor.country == "HRV"
    # a forum or association that names no country is an NGO, not the country it speaks of
    text = "The Global Press Freedom Forum condemned the arrest of two journalists in Egypt."
    assert one(events_of(nlp, text), "ACCUSE").actor.country == "NGO"
    assert not events_of(nlp, "Her skin broke when the dog attacked.")


def test_example_digest_events(nlp):
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    record = process(Article("iran", text, published="2017-07-25"), nlp)
    events = record.events
    sanction = [e for e in events if e.type == "SANCTION" and e.actor.country == "USA"
                and (e.target and e.target.country) == "IRN"]
    assert sanction
    strike = [e for e in events if e.type == "ASSAULT" and e.actor.country == "IRN"
              and e.target and "Islamic State" in e.target.text]
    assert strike and strike[0].location.country == "SYR"
    factory = [e for e in events if e.type == "MOBILIZE" and e.actor.country == "IRN"
               and e.trigger.text == "built"]
    assert factory
    data = record.to_json()["events"]
    assert json.loads(json.dumps(data)) == data  # plain JSON


def test_we_in_a_quote_is_its_speaker(nlp):
    text = "“We will strike the rebels' bases,” President Hassan Rouhani of Iran said on Monday."
    record = process(Article("q", text, published="2017-07-25"), nlp)
    threat = one(record.events, "THREATEN")  # future force
    assert threat.actor.text == "We" and threat.future
    assert threat.actor.entity == record.statements[0].speaker.entity
    assert threat.actor.country == "IRN"


def test_noun_triggered_event_with_its_actor_and_target(nlp):
    events = events_of(nlp, "Residents said Israel's airstrike on Hamas positions destroyed two houses.")
    strike = [e for e in events if e.trigger.text == "airstrike"]
    assert strike and strike[0].type == "ASSAULT"
    assert strike[0].actor.country == "ISR" and "Hamas" in strike[0].target.text


def test_a_call_for_sanctions_is_a_request_not_a_sanction(nlp):
    events = events_of(nlp, "Senator John McCain called for sanctions against Russia.")
    assert "SANCTION" not in {e.type for e in events}
    demand = one(events, "REQUEST")
    assert demand.trigger.text == "called" and demand.target.country == "RUS"


def test_no_event_from_a_figure_of_speech(nlp):
    assert not [e for e in events_of(nlp, "The new government is fighting corruption.") if e.type == "ASSAULT"]
    assert one(events_of(nlp, "The army is fighting the rebels in the north."), "ASSAULT")


def test_a_resolved_speaker_brings_what_the_article_says_of_them(nlp):
    text = "Smith accused Russia of meddling in the election."
    senator = Entity("e1", "Bob Smith", "PERSON", roles=["U.S. senator"], mentions=[[0, 5]])
    e = one(find_events(nlp(text), "t", "2017-07-25", entities=[senator]), "ACCUSE")
    assert e.actor.entity == "e1" and e.actor.country == "USA"
    assert e.target.country == "RUS"


def test_an_attack_in_words_is_an_accusation(nlp):
    doc = nlp("Baker has repeatedly ripped Mayor Jones on social media.")
    assert worded_attack(next(t for t in doc if t.text == "ripped"))
    assert one(events_of(nlp, "Baker has repeatedly ripped Mayor Jones on social media."), "ACCUSE")
    assert one(events_of(nlp, "Two former presidents fired back at the governor over the proposal."), "ACCUSE")
    assert one(events_of(nlp, "Senator Lee continued his rhetorical onslaught against the governor."), "ACCUSE")
    assert one(events_of(nlp, "A super PAC unleashed an attack ad campaign against Senator Lee."), "ACCUSE")
    assert one(events_of(nlp, "She answered the attacks that the governor lodged against her."), "ACCUSE")


def test_blows_stay_assaults(nlp):
    assert one(events_of(nlp, "Israel launched an attack on Gaza with drones."), "ASSAULT")
    assert one(events_of(nlp, "Soldiers fired at the crowd over the border."), "ASSAULT")


def test_blows_on_a_station_a_tower_or_bodyguards_stay_assaults(nlp):
    for text, verb in (("A Russian missile hit a TV tower in Kyiv.", "hit"),
                       ("Gunmen attacked a radio station in Mogadishu.", "attacked"),
                       ("Gunmen attacked his personal bodyguards in Kabul.", "attacked")):
        assert not worded_attack(next(t for t in nlp(text) if t.text == verb)), text
        found = events_of(nlp, text)
        assert one(found, "ASSAULT") and not [e for e in found if e.type == "ACCUSE"], text


def test_a_should_clause_a_verb_only_hints_at_is_no_demand(nlp):
    hinted = nlp("The preacher implied that the teachers should be punished for it.")
    assert hinted_demand([t for t in hinted if t.text == "punished"][0])
    assert not [e for e in find_events(hinted, "t", gated=False, dyadic=False) if e.type == "REQUEST"]
    said = nlp("The preacher said that the teachers should be punished for it.")
    assert not hinted_demand([t for t in said if t.text == "punished"][0])


def test_a_condition_or_the_speakers_own_resolve_is_no_demand(nlp):
    doc = nlp('The columnist writes: "Should Pabst win Idaho and Moreau win Utah, the race is over."')
    assert inverted_condition([t for t in doc if t.text == "win"][0])
    doc = nlp('"We must finish the reform, because the country must change by May," she said.')
    assert own_resolve([t for t in doc if t.text == "finish"][0])
    assert not [e for e in find_events(doc, "t", gated=False, dyadic=False) if e.trigger.text == "finish"]
    doc = nlp("He said that Iran must release the sailors.")
    release = [t for t in doc if t.text == "release"][0]
    assert not (inverted_condition(release) or own_resolve(release))
    assert [e.type for e in find_events(doc, "t", gated=False,
                                        dyadic=False) if e.trigger.text == "release"] == ["REQUEST"]


def _verb_and_subject(doc, verb):
    token = next(t for t in doc if t.text == verb)
    return token, next(c for c in token.children if c.dep_ == "nsubj")


def test_a_named_persons_attack_on_a_rival_is_an_accusation(nlp):
    for text, verb in (("Donald Trump unleashed a harsh attack on Ben Carson at a rally.", "unleashed"),
                       ("Jeb Bush continued his assault on Marco Rubio in New Hampshire.", "continued")):
        token, subject = _verb_and_subject(nlp(text), verb)
        if subject.ent_type_ == "PERSON":  # the rule reads the parser's entity type
            assert attack_on_rival(token, subject), text
            assert verbal_attack(token, subject), text  # the light verb read through its noun
            assert one(events_of(nlp, text), "ACCUSE"), text


def test_an_armed_attack_on_a_person_or_a_place_stays_an_assault(nlp):
    for text, verb in (("John Smith launched an attack on Mary Jones with a knife.", "launched"),
                       ("The army launched an assault on the town.", "launched")):
        token, subject = _verb_and_subject(nlp(text), verb)
        assert not attack_on_rival(token, subject), text
        assert not verbal_attack(token, subject), text
        found = events_of(nlp, text)
        assert one(found, "ASSAULT") and not [e for e in found if e.type == "ACCUSE"], text


def test_an_attack_on_two_rivals_is_an_accusation(nlp):
    found = events_of(nlp, "Donald Trump attacked Hillary Clinton and Marco Rubio during the speech.")
    if any(t.ent_type_ == "PERSON" for t in nlp("Donald Trump")):
        assert one(found, "ACCUSE")


def test_a_body_blasting_a_person_or_a_party_does_so_in_words(nlp):
    token, subject = _verb_and_subject(nlp("The White House blasted Republicans on Tuesday."), "blasted")
    if subject.ent_type_ in ("ORG", "FAC"):
        assert body_blasts_rival(token, subject)
    token, subject = _verb_and_subject(nlp("The militia blasted the village with rockets."), "blasted")
    assert not body_blasts_rival(token, subject)
    found = events_of(nlp, "The militia blasted the village with rockets.")
    assert not [e for e in found if e.type == "ACCUSE"]
