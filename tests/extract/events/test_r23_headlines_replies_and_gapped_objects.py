"""Issue 17, round 23 (branch r23-evtarget): what is no event because it is a title or only what
was said, and targets the grammar names where the first reading missed them. A sentence in title
case is a headline, no event (``headline_case``); a reply told in a medium of words or beside a
participle of saying is ACCUSE, and a reply or a feeling voiced with no one it is aimed at is only
the statement (``words_aimed_at_no_one``); a relative clause that leaves out its object's
relative word is aimed at its noun (``gapped_relative_object``); "fired back at X over Y's plan"
is aimed at X (``addressed_at``, ``back_at``); "its" after a joined verb's object is that
object's (``owned_by_joined_object``). Each on short made-up sentences, with what the rules must
leave alone."""
from __future__ import annotations

from event_lookup import event_at as at
from event_lookup import events_before_gate
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import headline_case


def _recorded(nlp, text):
    return find_events(nlp(text), "t", "2021-03-02")


def _target(nlp, text, trigger):
    e = at(nlp, text, trigger)
    return e.target.text if e.target is not None else None


def test_a_title_case_sentence_is_a_headline(nlp):
    doc = nlp("Senator Dana Roe Accuses Governor Tom Lee Of Lying About The Budget.")
    assert headline_case(next(doc.sents))
    assert events_before_gate(nlp, "Senator Dana Roe Accuses Governor Tom Lee Of Lying About The Budget.") == []


def test_prose_with_names_is_no_headline(nlp):
    doc = nlp("On Monday the Bank of Zorbia and the Roe Foundation sued Governor Tom Lee.")
    assert not headline_case(next(doc.sents))
    assert _target(nlp, "On Monday the Bank of Zorbia and the Roe Foundation sued Governor Tom Lee.",
                   "sued") == "Governor Tom Lee"


def test_a_reply_in_a_statement_is_words_and_aimed_at_no_one_is_no_event(nlp):
    text = "Senator Dana Roe shot back in a press release, arguing the mayor had lied about the budget."
    assert not [e for e in events_before_gate(nlp, text) if e.trigger.text == "shot"]
    assert not [e for e in events_before_gate(nlp, "The Kelvo Gazette fired back in an editorial arguing "
                                                    "that the figures were wrong.") if e.trigger.text == "fired"]


def test_a_reply_at_someone_is_an_accusation_of_them(nlp):
    e = at(nlp, "Governor Tom Lee shot back at Senator Dana Roe in an interview.", "shot")
    assert (e.type, e.target.text) == ("ACCUSE", "Senator Dana Roe")
    e = at(nlp, "Governor Tom Lee shot back at Senator Dana Roe in a statement.", "shot")
    assert (e.type, e.target.text) == ("ACCUSE", "Senator Dana Roe")


def test_shots_fired_back_at_fighters_stay_blows(nlp):
    e = at(nlp, "Rebels fired back at the soldiers from the roof.", "fired")
    assert (e.type, e.target.text) == ("ASSAULT", "the soldiers")


def test_a_feeling_voiced_at_no_one_is_no_event(nlp):
    text = "The president expressed frustration that the allies were not paying enough."
    assert not [e for e in events_before_gate(nlp, text) if e.trigger.text == "expressed"]
    e = at(nlp, "Kelvo Democrats expressed dissatisfaction with Governor Tom Lee over his refusal to testify.",
           "expressed")
    assert e.target.text == "Governor Tom Lee"


def test_a_relative_clause_without_its_relative_word_is_aimed_at_its_noun(nlp):
    assert _target(nlp, "Dana Roe now faces the judge she had accused of bias.", "accused") == "the judge"
    assert _target(nlp, "Dana Roe endorsed the candidate she had criticized in May.", "criticized") == "the candidate"


def test_a_relative_clause_with_its_own_object_or_relative_word_is_left_alone(nlp):
    # a thing the dictionaries code as civilians is no party; the partner after "with" stays
    assert _target(nlp, "Tom Roffe kept quiet about the size of the settlement he reached with Governor Lee.",
                   "reached") == "Governor Lee"
    # the relative word after "with": the rivals were run against, not attacked
    events = events_before_gate(nlp, "You should stop attacking the many rivals that you ran against.")
    assert not [e for e in events if e.trigger.text == "ran" and e.target is not None]
    # a relative adverb: the gap is the place, no object ("assisted" at the institute, not it)
    events = events_before_gate(nlp, "He was recalled to the Kelvo Institute where he assisted in work on waves.")
    assert not [e for e in events if e.trigger.text == "assisted" and e.target is not None]


def test_an_over_phrase_gives_way_to_whom_the_reply_is_aimed_at(nlp):
    assert _target(nlp, "Senator Dana Roe fired back at Governor Tom Lee over the state's budget.",
                   "fired") == "Governor Tom Lee"


def test_its_after_a_joined_object_is_that_objects(nlp):
    assert _target(nlp, "Egypt banned the Kelvo Brotherhood and arrested its leaders.", "arrested") == "its leaders"
    assert _target(nlp, "Police raided the villages and arrested their elders.", "arrested") == "their elders"


def test_its_of_the_actor_is_left_alone(nlp):
    # a withdrawal is no act done to people; "its own" after an own object stays the actor's
    assert _target(nlp, "The Iraqi army entered the town and withdrew its troops.", "withdrew") is None
    assert _target(nlp, "Pakistan recalled its envoy and detained its own officers.", "detained") is None


def test_recorded_event_keeps_the_gapped_target(nlp):
    events = _recorded(nlp, "Dana Roe now faces the judge she had accused of bias.")
    assert [(e.type, e.target.text) for e in events if e.trigger.text == "accused"] == [("ACCUSE", "the judge")]


def test_a_things_owner_through_its_of_phrase(nlp):
    # "the legality of Roe's candidacy" bears on Roe (``owner_through_of`` in ``thing_possessor``)
    assert _target(nlp, "The legality of Senator Dana Roe's candidacy had also been challenged by the ruling party.",
                   "challenged") == "Senator Dana Roe"
    # an "of" object that names people itself is left alone
    assert _target(nlp, "Governor Tom Lee criticized the size of the council's members.", "criticized") is None


def test_a_complaint_accuses_the_subject_of_its_clause(nlp):
    assert _target(nlp, "Senator Dana Roe complained Governor Tom Lee had unfairly attacked him.",
                   "complained") == "Governor Tom Lee"
    assert _target(nlp, "Senator Dana Roe complained that the process was unfair.", "complained") is None


def test_a_threat_to_act_on_him_or_her_is_aimed_at_that_person(nlp):
    assert _target(nlp, "Kelvo prosecutors at first threatened to indict him on two counts.",
                   "threatened") == "him"
    assert _target(nlp, "Governor Tom Lee has threatened to scrap it.", "threatened") is None
