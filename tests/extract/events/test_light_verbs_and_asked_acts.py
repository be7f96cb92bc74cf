"""Light verbs that report an act through their object ("carried out raids", "sent troops",
"gave aid"): the object names the type and the target is whom the act is aimed at, not the
object; asking for an act ("urged an embargo") is a request."""
from __future__ import annotations

from onrecord.extract.events.coder import find_events
from onrecord.extract.events.model import armed_strike, light_verb_event, requested_act


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def _events(nlp, text):
    return find_events(nlp(text), "t", "2021-03-04")


def _only(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_a_light_verb_takes_its_type_from_its_event_noun(nlp):
    for text, verb, kind in (("Cordovan jets carried out airstrikes on Velmar.", "carried", "ASSAULT"),
                             ("The Ruritanian navy conducted a strike on a port in Zembla.", "conducted", "ASSAULT"),
                             ("Zembla launched an offensive against the rebels of Ostland.", "launched", "ASSAULT"),
                             ("Gunmen staged a raid on a police post in Kenya.", "staged", "ASSAULT"),
                             ("Norway gave aid to Chile after the floods.", "gave", "AID"),
                             ("Canada sent troops to Latvia.", "sent", "MOBILIZE"),
                             ("Peru and Chile held talks in Lima.", "held", "CONSULT")):
        doc = nlp(text)
        light = light_verb_event(_token(doc, verb))
        assert light is not None and light[1][0] == kind, text


def test_a_conducted_strike_is_an_assault_not_cooperation(nlp):
    e = _only(_events(nlp, "The Israeli air force conducted a strike on militants in Syria."), "conducted")
    assert e.type == "ASSAULT"
    assert e.actor.country == "ISR"


def test_the_noun_of_many_acts_passes_on_its_acts(nlp):
    doc = nlp("Egypt waged a bombing campaign against militants in Libya.")
    light = light_verb_event(_token(doc, "waged"))
    assert light is not None and light[0].text == "bombing" and light[1] == ["ASSAULT", "explosives"]
    doc = nlp("The rebels carried out a series of raids on army posts.")
    light = light_verb_event(_token(doc, "carried"))
    assert light is not None and light[0].text == "raids"


def test_troops_sent_are_aimed_at_the_place_they_go_not_at_themselves(nlp):
    e = _only(_events(nlp, "Canada sent troops to Latvia last week."), "sent")
    assert e.type == "MOBILIZE"
    assert e.target is not None and e.target.text == "Latvia" and e.target.country == "LVA"


def test_an_attack_of_a_place_named_by_of_is_aimed_at_it(nlp):
    e = _only(_events(nlp, "Nigeria conducted a bombing of rebel camps in Niger."), "conducted")
    assert e.type == "ASSAULT" and e.target is not None and e.target.text != "a bombing of rebel camps"


def test_a_walkout_stays_a_protest_and_an_armed_strike_is_force(nlp):
    doc = nlp("The nurses staged a strike at the hospital.")
    assert light_verb_event(_token(doc, "staged")) is None
    found = _events(nlp, "The nurses staged a strike at the hospital.")
    assert not [e for e in found if e.type == "ASSAULT"]
    doc = nlp("Iraq launched air strikes against the militants.")
    strikes = _token(doc, "strikes")
    assert armed_strike(strikes, _token(doc, "launched"))
    assert [e.type for e in _events(nlp, "Iraq launched air strikes against the militants.")] == ["ASSAULT"]


def test_a_light_verb_with_another_object_is_no_event_of_the_noun(nlp):
    doc = nlp("The professor gave a talk at the university.")
    assert light_verb_event(_token(doc, "gave")) is None
    doc = nlp("Sudan sent a letter about the raid to the United Nations.")
    assert light_verb_event(_token(doc, "sent")) is None


def test_asking_for_an_act_is_a_request(nlp):
    doc = nlp("Brazil urged sanctions against Ruritania.")
    assert requested_act(_token(doc, "urged")).text == "sanctions"
    assert _only(_events(nlp, "Brazil urged sanctions against Ruritania."), "urged").type == "REQUEST"
    assert _only(_events(nlp, "Ghana called for sanctions against Togo."), "called").type == "REQUEST"
    doc = nlp("The army pressed the offensive against the rebels.")
    assert requested_act(_token(doc, "pressed")) is None  # going on with it, asking for nothing


def test_a_hunger_strike_or_a_strike_on_a_day_is_no_force(nlp):
    doc = nlp("Forty inmates began a hunger strike last Tuesday.")
    assert light_verb_event(_token(doc, "began")) is None
    doc = nlp("The dockers began a strike on Friday.")
    assert light_verb_event(_token(doc, "began")) is None
    doc = nlp("The teachers launched a strike against the new pay plan.")
    assert light_verb_event(_token(doc, "launched")) is None  # "against" makes force only for a verb of force


def test_an_act_its_modifier_says_is_no_force_is_no_light_verb_event(nlp):
    doc = nlp("The senator waged a charm offensive among donors in Ohio.")
    assert light_verb_event(_token(doc, "waged")) is None
    doc = nlp("A lobby group unleashed an attack ad campaign against the mayor.")
    assert light_verb_event(_token(doc, "unleashed")) is None
