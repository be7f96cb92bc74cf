"""Review fixes to the twenty-second round's target rules (issue 17): a body's word that names an
act or a relation ("the association between poverty and crime", "the organization of the
election") is no body; a demand for someone's release is not aimed at the one to be freed; only a
channel of words after "on" gives way ("blamed the violence on the governor's speech", "cracked down
on the media" keep their target); a plural act noun's possessive is its doer ("the junta's
arrests"). Each on a small made-up sentence, with the cases the rules must leave alone."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.parties import act_noun_doer, medium_on, undergone_act_target
from onrecord.extract.events.phrases import body_noun


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def _target(nlp, text, trigger):
    e = at(nlp, text, trigger)
    return e.target.text if e.target is not None else None


def test_a_body_word_naming_an_act_or_a_relation_is_no_body(nlp):
    assert _target(nlp, "The Ruritanian study blamed the association between poverty and crime.", "blamed") is None
    assert _target(nlp, "The Tarvian auditors criticized the organization of the Ruritanian election.",
                   "criticized") is None
    target = _target(nlp, "Governor Lee blamed the commission of the crimes on the Zorb Front.", "blamed")
    assert target in (None, "the Zorb Front")
    doc = nlp("The study blamed the association between poverty and crime.")
    assert not body_noun(_word(doc, "association"))


def test_a_body_with_a_place_or_people_after_of_stays_a_body(nlp):
    doc = nlp("Senator Dana Roe urged the council of Kelvo and the union of Tarvian teachers to act.")
    assert body_noun(_word(doc, "council")) and body_noun(_word(doc, "union"))
    assert _target(nlp, "Governor Lee attacked the association on Monday.", "attacked") == "the association"


def test_a_demand_for_a_release_is_not_aimed_at_the_one_freed(nlp):
    assert _target(nlp, "Senator Dana Roe demanded the release of the jailed Ruritanian journalist.",
                   "demanded") is None
    doc = nlp("Senator Dana Roe demanded the release of two Tarvian reporters.")
    release = _word(doc, "release")
    assert undergone_act_target(release, "REQUEST", tables.load()) is release
    assert undergone_act_target(release, "COERCE", tables.load()).text == "reporters"  # other kinds: as before


def test_a_speech_or_the_media_after_on_stays_the_target(nlp):
    assert _target(nlp, "Senator Dana Roe blamed the violence on Governor Lee's speech.", "blamed") == "Governor Lee"
    assert _target(nlp, "The Ruritanian junta cracked down on the media after the coup.", "cracked") == "the media"
    doc = nlp("The Ruritanian junta cracked down on the media after the coup.")
    assert not medium_on(_word(doc, "on"), _word(doc, "media"))


def test_a_channel_after_on_still_gives_way(nlp):
    assert _target(nlp, "Senator Dana Roe blamed city officials on television after the flood.",
                   "blamed") == "city officials"
    doc = nlp("Senator Dana Roe attacked Governor Lee on social media.")
    assert medium_on(_word(doc, "on"), _word(doc, "media"))


def test_a_plural_act_nouns_possessive_is_its_doer(nlp):
    e = at(nlp, "The Ruritanian junta's arrests in Kelvo drew protests from Tarvia.", "arrests")
    assert e.actor is not None and e.actor.text == "The Ruritanian junta"
    doc = nlp("The editor's arrest angered Tarvia.")
    assert act_noun_doer(_word(doc, "arrest")) is None
