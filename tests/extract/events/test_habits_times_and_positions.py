"""Issue 17, round 18: acts told as habits, acts in a time clause of one to come, demands that
ask no one (a passive "must be", a speaker's own country) and stances told as what one can hold
or as neutrality are no events; the acts that happened beside them stay (made-up sentences, the
real model)."""
from __future__ import annotations

from onrecord.extract.events.checks import future_time_clause, habitual_act
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import passive_demand
from onrecord.extract.events.verbal import refused_no_one, unable_stance
from statement_lookup import token as word


def _proposed(nlp, text):
    return find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=False)


def _types_at(nlp, text, trigger):
    return [e.type for e in _proposed(nlp, text) if e.trigger.text == trigger]


def test_an_act_told_as_a_habit_is_no_event(nlp):
    doc = nlp("The Tarvian premier frequently meets with envoys from Borduria.")
    assert habitual_act(word(doc, "meets"))
    assert _types_at(nlp, doc.text, "meets") == []
    doc = nlp("Senator Ann Voss often criticizes Governor Lund over the budget.")
    assert habitual_act(word(doc, "criticizes"))
    assert _types_at(nlp, doc.text, "criticizes") == []
    # a named actor's act in the present with no word of habit is left alone (a lead's act)
    doc = nlp("Senator Ann Voss criticizes Governor Lund over the budget.")
    assert not habitual_act(word(doc, "criticizes"))
    assert _types_at(nlp, doc.text, "criticizes") == ["ACCUSE"]
    # an act that happened, once or often, stays
    doc = nlp("The Tarvian premier met with envoys from Borduria on Monday.")
    assert not habitual_act(word(doc, "met"))
    assert _types_at(nlp, doc.text, "met") == ["CONSULT"]
    doc = nlp("Velmar police often detained reporters from Ostrava during the siege.")
    assert not habitual_act(word(doc, "detained"))


def test_an_act_in_a_time_clause_of_one_to_come_is_no_event(nlp):
    doc = nlp("When Dana Roe debates Kurt Moss, she is going to crush him, her aide said.")
    assert future_time_clause(word(doc, "debates"))
    assert _types_at(nlp, doc.text, "debates") == []
    doc = nlp("The minister will decide once he meets the Bordurian envoy.")
    assert future_time_clause(word(doc, "meets"))
    # a time clause of an act told as done stays
    doc = nlp("The minister left the capital after he met the Bordurian envoy.")
    assert not future_time_clause(word(doc, "met"))
    doc = nlp("The minister resigned when Velmar troops attacked the border post.")
    assert not future_time_clause(word(doc, "attacked"))


def test_a_passive_must_asks_no_one(nlp):
    doc = nlp("Governor Lund said the militia must be disarmed before the vote.")
    assert passive_demand(word(doc, "disarmed"))
    assert _types_at(nlp, doc.text, "disarmed") == []
    # a demand of an actor stays
    doc = nlp("Governor Lund said the militia must disarm before the vote.")
    assert not passive_demand(word(doc, "disarm"))
    assert _types_at(nlp, doc.text, "disarm") == ["REQUEST"]


def test_a_speaker_saying_their_own_country_must_act_makes_no_demand(nlp):
    text = "Chilean President Ivo Brandt said Chile must act to curb smuggling."
    assert _types_at(nlp, text, "act") == []
    # a demand of another country stays
    text = "Chilean President Ivo Brandt said Peru must act to curb smuggling."
    assert _types_at(nlp, text, "act") == ["REQUEST"]


def test_a_stance_one_cannot_hold_or_a_stated_neutrality_refuses_no_one(nlp):
    doc = nlp("Kell said he is fairly sure he can't support Dana Roe.")
    assert unable_stance(word(doc, "support"))
    assert _types_at(nlp, doc.text, "support") == []
    doc = nlp("The unions added that they are not backing any nominee.")
    assert refused_no_one(word(doc, "backing"))
    assert _types_at(nlp, doc.text, "backing") == []
    # a refusal of someone named stays
    doc = nlp("On Monday Kell refused to endorse Dana Roe.")
    assert _types_at(nlp, doc.text, "refused") == ["REJECT"]
    doc = nlp("Ms. Voss said she will not endorse any candidate in the race.")
    assert not refused_no_one(word(doc, "endorse"))  # a decision announced stays a refusal
    doc = nlp("The union said it will not back Dana Roe.")
    assert not unable_stance(word(doc, "back"))
    assert not refused_no_one(word(doc, "back"))
