"""Targets the words name that the coder missed or took wrongly (issue 17, twenty-second round): a
body's common noun ("urged the council to"), a medium after "on" that is no target ("blamed the
officials on Twitter"), whom an act's noun was done to ("the arrest of the editor", "the editor's
arrest by police"), the subject a fronted participle tells of ("Challenged by X, Y said"), the noun a
relative "whom" stands for or whose thing the relative's noun is, and a deal struck (no blow). Each
on a small made-up sentence, read through the event its trigger makes (whatever the gate makes of
it), with the cases the rules must leave alone."""
from __future__ import annotations

from event_lookup import event_at as at
from event_lookup import events_before_gate
from onrecord.extract.events import tables
from onrecord.extract.events.parties import (
    act_noun_doer,
    act_noun_undergoer,
    fronted_participle_subject,
    medium_on,
    undergone_act_target,
)
from onrecord.extract.events.phrases import body_noun


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def _target(nlp, text, trigger):
    e = at(nlp, text, trigger)
    return e.target.text if e.target is not None else None


def test_a_body_named_by_its_common_noun_is_the_target(nlp):
    assert _target(nlp, "Senator Dana Roe urged the council to back the bill.", "urged") == "the council"
    assert _target(nlp, "Governor Lee attacked the committee on Monday.", "attacked") == "the committee"


def test_words_that_also_name_a_meeting_a_stance_or_a_thing_are_no_body(nlp):
    doc = nlp("The museum hosted a panel after the caucus, and the party expressed opposition to the network.")
    for word in ("panel", "caucus", "party", "opposition", "network"):
        assert not body_noun(_word(doc, word)), word
    doc = nlp("The council meeting ended when the agency staff left.")
    assert not body_noun(_word(doc, "council")) and not body_noun(_word(doc, "agency"))
    doc = nlp("The broker earned a commission, and the law curbs freedom of assembly.")
    assert not body_noun(_word(doc, "commission")) and not body_noun(_word(doc, "assembly"))
    assert body_noun(nlp("The council met.")[1]) and body_noun(nlp("Unions met.")[0])


def test_a_medium_after_on_gives_way_to_the_object(nlp):
    text = "Senator Dana Roe blamed city officials on Twitter after the flood."
    assert _target(nlp, text, "blamed") == "city officials"
    doc = nlp(text)
    assert medium_on(_word(doc, "on"), _word(doc, "Twitter"))


def test_whom_a_measure_is_on_stays_the_target(nlp):
    text = "The Ruritanian government imposed a ban on the Zorb Front on Monday."
    assert _target(nlp, text, "imposed") == "the Zorb Front"
    doc = nlp(text)
    assert not medium_on(_word(doc, "on"), _word(doc, "Front"))


def test_whom_an_act_noun_was_done_to_is_its_target(nlp):
    e = at(nlp, "The opposition leader's arrest by Ruritanian police sparked protests.", "arrest")
    assert e.actor.text == "Ruritanian police" and e.target.text == "The opposition leader"
    text = "The assassination of the Ruritanian president by rebels shocked the region."
    assert _target(nlp, text, "assassination") == "the Ruritanian president"
    text = "Ruritanian police announced the arrest of the opposition leader on Monday."
    assert _target(nlp, text, "announced") == "the opposition leader"  # not the act's whole phrase


def test_the_possessive_of_a_release_of_someone_is_its_doer(nlp):
    e = at(nlp, "Tarvia's release of the prisoners ended the crisis.", "release")
    assert e.actor.text == "Tarvia" and e.target.text == "the prisoners"


def test_an_act_noun_with_no_one_done_to_names_no_undergoer(nlp):
    t = tables.load()
    doc = nlp("The visit of the Ruritanian king ended, and the firm said so in its release.")
    assert act_noun_undergoer(_word(doc, "visit"), t) is None  # the king's own act
    assert act_noun_doer(_word(doc, "release")) is None  # a press release is nobody's act on "its"
    doc = nlp("The release of funds was delayed.")
    assert act_noun_undergoer(_word(doc, "release"), t) is None


def test_a_fronted_participle_tells_of_the_clause_subject(nlp):
    text = "Challenged by Senator Dana Roe on her speaking fees, Governor Lee said she was broke."
    assert _target(nlp, text, "Challenged") == "Governor Lee"


def test_a_participle_after_its_clause_or_with_no_doer_is_left_alone(nlp):
    doc = nlp("Governor Lee said she was broke, challenged by Senator Dana Roe on her speaking fees.")
    assert fronted_participle_subject(_word(doc, "challenged")) is None
    doc = nlp("Accused of fraud, the Ruritanian minister resigned on Friday.")
    assert fronted_participle_subject(_word(doc, "Accused")) is None


def test_the_noun_a_whom_stands_for_is_the_target(nlp):
    text = "Governor Lee is a self-described socialist whom Senator Dana Roe has accused of lying."
    assert _target(nlp, text, "accused") == "Governor Lee"


def test_the_owner_of_a_thing_a_relative_stands_for_is_the_target(nlp):
    text = "Lee's victory, which Governor Roe conceded on Sunday, surprised the party."
    assert _target(nlp, text, "conceded") == "Lee"
    text = "Its plan, which the Ruritanian parliament rejected on Monday, angered voters."
    assert _target(nlp, text, "rejected") is None  # "its" may be the parliament's own


def test_a_deal_struck_is_an_accord_and_a_balance_struck_no_event(nlp):
    e = at(nlp, "The Zorb Mining Company struck a deal with the Ruritanian unions on Monday.", "struck")
    assert e.type == "AGREE" and e.target.text == "the Ruritanian unions"
    text = "The Ruritanian minister struck a balance between the unions and the employers."
    assert not any(e.trigger.text == "struck" for e in events_before_gate(nlp, text))


def test_a_condemned_arrest_keeps_the_act_for_its_doer(nlp):
    doc = nlp("The forum condemned the arrest of two journalists.")
    arrest = _word(doc, "arrest")
    assert undergone_act_target(arrest, "ACCUSE", tables.load()) is arrest  # the doer's, not the victims'
    assert undergone_act_target(arrest, "COERCE", tables.load()).text == "journalists"
