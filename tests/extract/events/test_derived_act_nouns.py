"""A light verb's object names the act by a noun derived from a verb the verb table knows ("held
discussions" -> "discuss", "carried out a deployment" -> "deploy"): ``model.act_verb``."""
from __future__ import annotations

from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.model import act_verb, trigger_features


def test_a_noun_derived_from_a_known_verb_names_that_verb():
    tables = event_tables.load()
    for noun, verb in (("discussion", "discuss"), ("negotiation", "negotiate"), ("deployment", "deploy"),
                       ("withdrawal", "withdraw"), ("invasion", "invade"), ("consultation", "consult"),
                       ("attack", "attack")):
        assert act_verb(noun, tables) == verb, noun


def test_no_verb_for_words_the_table_does_not_know_or_for_saying():
    tables = event_tables.load()
    for noun in ("statement", "announcement", "operation", "exercise", "festival"):
        assert act_verb(noun, tables) is None, noun


def test_a_light_verb_proposes_the_derived_verbs_type(nlp):
    doc = nlp("The Ruritanian premier held lengthy discussions with the president of Zembla.")
    held = next(t for t in doc if t.text == "held")
    _, coded, how = trigger_features(held, event_tables.load())
    assert coded is not None and coded[0] == "CONSULT"
    assert how == "derived"


def test_a_noun_named_by_its_own_verb_keeps_the_older_reading(nlp):
    doc = nlp("Gunmen from Ostland mounted an ambush near the border.")
    mounted = next(t for t in doc if t.text == "mounted")
    _, _, how = trigger_features(mounted, event_tables.load())
    assert how != "derived"
