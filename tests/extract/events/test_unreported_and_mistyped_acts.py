"""Acts a sentence does not report as done (a condition, an act asked of someone, a denial), verbs
in a sense that does nothing to anyone (a quality shown, a month begun, a works built, a firm's
seat moved, a thing ordered, a stance held, a rival challenged to a debate), and an attack by a
hyphened writing (made-up sentences, the real model)."""
from __future__ import annotations

from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.checks import (
    asked_act,
    begun_without_protest,
    civil_works,
    conditional_clause,
    ordered_thing,
    shown_quality,
)
from onrecord.extract.events.coder import denied_act, find_events
from onrecord.extract.events.non_events import (
    agreed_with_view,
    challenged_to_contest,
    moved_business,
    offered_words,
    protest_action,
    question_asked,
    writing_attacks,
)
from onrecord.extract.events.parties import hyphen_joined
from onrecord.extract.events.verbal import held_against, standing_position
from statement_lookup import token


def events_of(nlp, text, dyadic=False):
    """Every event coded, before the gate (the rules act before it)."""
    return find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=dyadic)


def _trigger(doc, event):
    return next(t for t in doc if t.idx == event.trigger.start)


def test_an_act_under_an_if_above_it_is_supposed(nlp):
    doc = nlp("If the union is going to drop its suit and support Mayor Quill, the strike will end.")
    assert conditional_clause(token(doc, "support"))
    assert not any(e.trigger.text == "support" for e in events_of(nlp, doc.text))


def test_an_act_beside_a_condition_is_left_alone(nlp):
    doc = nlp("The union backed Mayor Quill on Monday, and if she wins the strike will end.")
    assert not conditional_clause(token(doc, "backed"))
    doc = nlp("The union backed Mayor Quill after the vote.")
    assert not conditional_clause(token(doc, "backed"))


def test_an_act_asked_of_someone_is_not_done(nlp):
    doc = nlp("Ministers urged the governor to condemn the rioters.")
    assert asked_act(token(doc, "condemn"))
    assert not asked_act(token(doc, "urged"))
    doc = nlp("Quill, when asked to condemn the gang, said nothing.")
    assert asked_act(token(doc, "condemn"))
    assert not any(e.trigger.text == "condemn" for e in events_of(nlp, doc.text))


def test_an_act_done_after_a_request_stays(nlp):
    doc = nlp("The governor condemned the rioters after ministers asked her.")
    assert not asked_act(token(doc, "condemned"))
    doc = nlp("The army agreed to withdraw from the valley.")
    assert not asked_act(token(doc, "withdraw"))


def test_a_month_begun_is_no_protest(nlp):
    doc = nlp("The Quill campaign began March with a large surplus.")
    began = token(doc, "began")
    assert begun_without_protest(began, "PROTEST")
    assert protest_action(began) is None
    assert not any(e.type == "PROTEST" for e in events_of(nlp, doc.text))


def test_a_protest_begun_stays_one(nlp):
    doc = nlp("The nurses began a strike outside the ministry on Monday.")
    assert not begun_without_protest(token(doc, "began"), "PROTEST")
    doc = nlp("The farmers began a march to the capital.")
    assert not begun_without_protest(token(doc, "began"), "PROTEST")
    doc = nlp("The traders began a boycott of the new market in May.")
    assert protest_action(token(doc, "began")) is not None


def test_demonstrating_a_quality_is_no_protest(nlp):
    doc = nlp("The envoy demonstrated great skill in the talks.")
    assert shown_quality(token(doc, "demonstrated"), "PROTEST")
    doc = nlp("The engineers demonstrated that the bridge was safe.")
    assert shown_quality(token(doc, "demonstrated"), "PROTEST")
    doc = nlp("The engineers demonstrated their new bridge design.")
    assert shown_quality(token(doc, "demonstrated"), "PROTEST")


def test_demonstrating_in_the_street_is_left_to_the_protest_rules(nlp):
    doc = nlp("Thousands of students demonstrated outside the embassy on Friday.")
    assert not shown_quality(token(doc, "demonstrated"), "PROTEST")
    doc = nlp("Dockers demonstrated against the new port law.")
    assert not shown_quality(token(doc, "demonstrated"), "PROTEST")


def test_a_stance_demonstrated_by_a_crowd_is_a_protest(nlp):
    # the object is the crowd's own anger, aimed at a country, outside an embassy: a protest
    text = "Thousands of Iranians demonstrated their anger at the United States outside the Swiss embassy."
    assert not shown_quality(token(nlp(text), "demonstrated"), "PROTEST")
    assert any(e.type == "PROTEST" for e in events_of(nlp, text, dyadic=True))
    doc = nlp("Zorbian farmers demonstrated their opposition to the trade deal.")
    assert not shown_quality(token(doc, "demonstrated"), "PROTEST")


def test_a_factory_built_raises_no_forces(nlp):
    doc = nlp("Tolvia Motors built three factories in the valley last year.")
    assert civil_works(token(doc, "built"), "MOBILIZE")
    doc = nlp("Zorbia built a missile factory near the border.")
    assert not civil_works(token(doc, "built"), "MOBILIZE")
    doc = nlp("Vetland has built a uranium enrichment facility in the hills.")
    assert not civil_works(token(doc, "built"), "MOBILIZE")


def test_a_review_ordered_is_no_demand_of_an_actor(nlp):
    tables = event_tables.load()
    doc = nlp("The mayor ordered an audit of the water board.")
    assert ordered_thing(token(doc, "ordered"), "REQUEST", tables)
    doc = nlp("The governor ordered the police to leave the square.")
    assert not ordered_thing(token(doc, "ordered"), "REQUEST", tables)
    doc = nlp("The general ordered the soldiers back to their barracks.")
    assert not ordered_thing(token(doc, "ordered"), "REQUEST", tables)
    doc = nlp("The judge ordered a review of the police files.")
    assert ordered_thing(token(doc, "ordered"), "REQUEST", tables)


def test_an_act_on_an_actor_ordered_stays_a_demand(nlp):
    # the withdrawal is of troops: an act asked of an actor, no task set at home
    tables = event_tables.load()
    text = "The French embassy was no longer protected after Mali ordered a withdrawal of French troops."
    assert not ordered_thing(token(nlp(text), "ordered"), "REQUEST", tables)
    assert any(e.type == "REQUEST" and e.trigger.text == "ordered" for e in events_of(nlp, text, dyadic=True))


def test_a_negated_event_is_left_out_of_the_record(nlp):
    text = "The mayor said she was never pressured by the Zorbian government."
    doc = nlp(text)
    read = [e for e in events_of(nlp, text) if e.trigger.text == "pressured"]
    assert all(e.negated and denied_act(e, _trigger(doc, e)) for e in read)
    assert not [e for e in events_of(nlp, text, dyadic=True) if e.trigger.text == "pressured"]


def test_a_never_of_the_verb_above_denies_no_act_below(nlp):
    # "never" belongs to "hesitated" and "retreated", not to the attack and the shelling
    for text, act in (("Russia never hesitated to attack Ukrainian towns.", "attack"),
                      ("The Russian army never retreated and shelled Kharkiv for a week.", "shelled")):
        doc = nlp(text)
        read = [e for e in events_of(nlp, text) if e.trigger.text == act]
        assert read and not any(denied_act(e, _trigger(doc, e)) for e in read)
        assert any(e.type == "ASSAULT" and e.trigger.text == act for e in events_of(nlp, text, dyadic=True))
    text = "The Russian army never shelled Kharkiv."
    assert not [e for e in events_of(nlp, text, dyadic=True) if e.trigger.text == "shelled"]


def test_opposed_to_is_a_stance_held(nlp):
    doc = nlp("Most of the council members were opposed to Mayor Quill.")
    opposed = token(doc, "opposed")
    assert held_against(opposed) and standing_position(opposed)
    doc = nlp("The senators opposed the bill on Tuesday.")
    assert not held_against(token(doc, "opposed"))


def test_disagreeing_in_the_present_is_a_stance(nlp):
    doc = nlp("She says she disagrees with the mayor on the budget.")
    assert standing_position(token(doc, "disagrees"))


def test_advice_offered_is_words(nlp):
    doc = nlp("The retired judge offered advice to Mayor Quill about the inquiry.")
    assert offered_words(token(doc, "offered"))
    doc = nlp("Vetland offered aid to the flooded villages.")
    assert not offered_words(token(doc, "offered"))


def test_a_firm_moving_its_seat_is_no_event(nlp):
    doc = nlp("The brewer moved its production to Poland.")
    assert moved_business(token(doc, "moved"))
    doc = nlp("Tolvia Motors relocated its headquarters to Lisbon.")
    assert moved_business(token(doc, "relocated"))
    doc = nlp("Zorbia moved its embassy to the new capital.")
    assert not moved_business(token(doc, "moved"))
    doc = nlp("Vetland moved troops to the border.")
    assert not moved_business(token(doc, "moved"))


def test_an_army_or_police_moving_its_operations_deploys(nlp):
    for text in ("The Russian army moved its operations to the Ukrainian border on Tuesday.",
                 "Kenyan police moved their operations to the Somali border."):
        assert not moved_business(token(nlp(text), "moved"))
        assert any(e.type == "MOBILIZE" for e in events_of(nlp, text, dyadic=True))
    doc = nlp("The Russian army moved its headquarters to the Ukrainian border.")
    assert not moved_business(token(doc, "moved"))


def test_a_rival_challenged_to_a_debate_is_no_accusation(nlp):
    doc = nlp("Mayor Quill challenged Councillor Brandt to a televised debate.")
    assert challenged_to_contest(token(doc, "challenged"))
    assert not any(e.trigger.text == "challenged" for e in events_of(nlp, doc.text))
    doc = nlp("Mayor Quill challenged Councillor Brandt over the budget cuts.")
    assert not challenged_to_contest(token(doc, "challenged"))


def test_a_hyphened_writing_attacks_in_words(nlp):
    doc = nlp("Editor Lena Brandt published an op-ed that slammed Mayor Quill.")
    slammed = token(doc, "slammed")
    actor = next(c for c in slammed.children if c.dep_ in ("nsubj", "nsubjpass"))
    assert hyphen_joined(token(doc, "ed")) == "op-ed"  # the tokenizer splits it at the hyphen
    assert writing_attacks(slammed, actor)
    assert hyphen_joined(token(doc, "Quill")) == "quill"
    assert all(e.type != "ASSAULT" for e in events_of(nlp, doc.text) if e.trigger.text == "slammed")


def test_an_act_one_is_invited_to_do_is_not_done(nlp):
    doc = nlp("The premier of Ontario invited Canada to investigate the dam collapse.")
    assert asked_act(token(doc, "investigate"))
    assert not any(e.trigger.text == "investigate" for e in events_of(nlp, doc.text))


def test_agreeing_with_a_view_is_an_opinion(nlp):
    tables = event_tables.load()
    doc = nlp("Most residents agree with the harsh verdict on the mayor's plan.")
    assert agreed_with_view(token(doc, "agree"), tables)
    assert not any(e.type == "AGREE" for e in events_of(nlp, doc.text))


def test_agreeing_with_an_actor_or_to_an_act_stays_an_accord(nlp):
    tables = event_tables.load()
    doc = nlp("Iran agreed with the European Union on a new timetable.")
    assert not agreed_with_view(token(doc, "agreed"), tables)
    assert any(e.type == "AGREE" for e in events_of(nlp, doc.text))
    doc = nlp("The ministry agreed with the unions to raise wages.")
    assert not agreed_with_view(token(doc, "agreed"), tables)
    doc = nlp("The senator said he agrees with Lee's proposal.")
    assert not agreed_with_view(token(doc, "agrees"), tables)
    doc = nlp("The senator said he agrees with Lee's remarks.")
    assert agreed_with_view(token(doc, "agrees"), tables)


def test_agreeing_with_the_terms_of_a_deal_accepts_it(nlp):
    tables = event_tables.load()
    text = "Pakistan agreed with the terms of the ceasefire proposed by India."
    assert not agreed_with_view(token(nlp(text), "agreed"), tables)
    assert any(e.type == "AGREE" for e in events_of(nlp, text, dyadic=True))


def test_a_question_asked_is_no_request(nlp):
    doc = nlp("A reporter asked Mayor Quill a question about the dam.")
    assert question_asked(token(doc, "asked"))
    doc = nlp("The President of Iran asked Russia whether it would withdraw.")
    assert question_asked(token(doc, "asked"))
    assert not any(e.type == "REQUEST" for e in events_of(nlp, doc.text))


def test_asking_for_an_act_or_a_thing_stays_a_request(nlp):
    doc = nlp("The governor asked the court to delay the ruling.")
    assert not question_asked(token(doc, "asked"))
    doc = nlp("Zorbia asked Vetland for military aid.")
    assert not question_asked(token(doc, "asked"))
    doc = nlp("The mayor asked the army's help after the floods.")
    assert not question_asked(token(doc, "asked"))
    doc = nlp("The senators asked that the vote be delayed.")
    assert not question_asked(token(doc, "asked"))
