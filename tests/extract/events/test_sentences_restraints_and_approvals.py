"""Event types the verb table gets wrong (made-up sentences, the real model): a prison sentence
passed is SANCTION/convict, a person held still in an incident no arrest, a declaration of
independence no REQUEST, approval of an act or support voiced SUPPORT (no reproach of the act's
victim, no promise), and a feeling held toward someone no act."""
from __future__ import annotations

from event_lookup import events_before_gate
from onrecord.extract.events.non_events import bodily_restraint, declared_independence, felt_attitude, sentence_passed
from onrecord.extract.events.verbal import approved_act


def _word(doc, text):
    return next(t for t in doc if t.lower_ == text)


def _types(nlp, text, trigger):
    return [(e.type, e.mode) for e in events_before_gate(nlp, text) if e.trigger.text == trigger]


def test_a_sentence_passed_on_someone_is_a_conviction(nlp):
    imposed = "The judge imposed a life sentence on the killer."
    assert sentence_passed(_word(nlp(imposed), "imposed"))
    assert _types(nlp, imposed, "imposed") == [("SANCTION", "convict")]
    upheld = "The appeals court upheld the sentence of the journalist."
    assert _types(nlp, upheld, "upheld") == [("SANCTION", "convict")]
    term = "A court in Dunmore gave the smuggler a nine-year prison term."
    assert sentence_passed(_word(nlp(term), "gave"))
    assert all(kind == "SANCTION" for kind, _ in _types(nlp, term, "gave"))


def test_a_term_in_office_or_a_deadline_is_no_sentence(nlp):
    office = "Voters gave the president a second term in office."
    assert not sentence_passed(_word(nlp(office), "gave"))
    assert ("SANCTION", "convict") not in _types(nlp, office, "gave")
    deadline = "The court gave the defence two weeks to respond."
    assert not sentence_passed(_word(nlp(deadline), "gave"))
    served = "Ilse Varga is serving a twelve-year sentence for fraud."
    assert not sentence_passed(_word(nlp(served), "serving"))


def test_a_person_held_still_in_an_incident_is_no_arrest(nlp):
    restrained = "Velmoran police restrained the man and took him to a hospital."
    assert bodily_restraint(_word(nlp(restrained), "restrained"), "COERCE")
    assert _types(nlp, restrained, "restrained") == []
    held = "Police held the suspect on the ground for several minutes."
    assert bodily_restraint(_word(nlp(held), "held"), "COERCE")
    assert _types(nlp, held, "held") == []
    down = "Two guards held him down while a nurse called for help."
    assert bodily_restraint(_word(nlp(down), "held"), "COERCE")


def test_custody_is_still_an_arrest(nlp):
    questioning = "Police held the journalist for questioning at the border."
    assert not bodily_restraint(_word(nlp(questioning), "held"), "COERCE")
    assert _types(nlp, questioning, "held") == [("COERCE", "arrest")]
    detained = "Police detained the man and held him overnight."
    assert _types(nlp, detained, "detained") == [("COERCE", "arrest")]
    town = "The rebels held the town for three days."
    assert not bodily_restraint(_word(nlp(town), "held"), "COERCE")


def test_a_crowd_or_a_movement_subdued_is_still_repression(nlp):
    # r22-fix1: only one person held still is no arrest; crowds, movements, plural objects stay
    for text, verb in (("Riot police subdued the demonstrators in Varna Square with tear gas and batons.", "subdued"),
                       ("Karvian troops subdued the uprising in Dellor province on Tuesday, killing 12 rebels.",
                        "subdued"),
                       ("The junta subdued the opposition press in Koltava after the coup.", "subdued"),
                       ("Guards restrained the prisoner and his brother outside the Koltava court.", "restrained")):
        assert not bodily_restraint(_word(nlp(text), verb), "COERCE"), text
    assert ("COERCE", None) in _types(nlp, "Riot police subdued the demonstrators in Varna Square with tear gas.",
                                      "subdued")
    assert bodily_restraint(_word(nlp("Police restrained the man."), "restrained"), "COERCE")
    assert bodily_restraint(_word(nlp("Two passengers subdued Tomas Brevik on the train."), "subdued"), "COERCE")


def test_a_declaration_of_independence_is_no_request(nlp):
    text = "The regional parliament declared independence from Norland on Sunday."
    assert declared_independence(_word(nlp(text), "declared"))
    assert _types(nlp, text, "declared") == []
    itself = "Kosovia declared itself independent of Serbania in 2008."
    assert declared_independence(_word(nlp(itself), "declared"))
    republic = "The rebels proclaimed an independent republic in the north."
    assert declared_independence(_word(nlp(republic), "proclaimed"))


def test_other_declarations_are_left_alone(nlp):
    for text, verb in (("The rebels declared a ceasefire on Friday.", "declared"),
                       ("Kovia announced an independent inquiry into the shooting.", "announced"),
                       ("Kovia declared its support for the rebels in the north.", "declared"),
                       ("Kovia's parliament declared the election result invalid.", "declared")):
        assert not declared_independence(_word(nlp(text), verb)), text
    assert _types(nlp, "The rebels declared a ceasefire on Friday.", "declared") == [("RETREAT", "ceasefire")]


def test_approving_a_hostile_act_is_support_not_a_reproach_of_its_victim(nlp):
    hailed = "The Velmoran foreign minister hailed the arrest of the smuggling boss."
    assert approved_act(_word(nlp(hailed), "hailed"), "ACCUSE")
    events = [e for e in events_before_gate(nlp, hailed) if e.trigger.text == "hailed"]
    assert [(e.type, e.target) for e in events] == [("SUPPORT", None)]
    welcomed = "The foreign minister welcomed the verdict against the former dictator."
    events = [e for e in events_before_gate(nlp, welcomed) if e.trigger.text == "welcomed"]
    assert [(e.type, e.target) for e in events] == [("SUPPORT", None)]


def test_support_voiced_is_support_with_the_maker_of_the_act_backed(nlp):
    text = "The mayor expressed support for the teachers' strike against the ministry."
    events = [e for e in events_before_gate(nlp, text) if e.trigger.text == "expressed"]
    assert [e.type for e in events] == ["SUPPORT"]
    assert events[0].target is not None and events[0].target.text == "the teachers"


def test_disapproval_support_to_come_and_accepted_offers_are_left_alone(nlp):
    negated = "The senator did not welcome the verdict against the general."
    assert not approved_act(_word(nlp(negated), "welcome"), "ACCUSE")
    later = "The Tessalian president will back the new sanctions on Kovia."
    assert not approved_act(_word(nlp(later), "back"), "THREATEN")
    offer = "The prime minister welcomed the invitation to visit Kovia."
    assert not approved_act(_word(nlp(offer), "welcomed"), "AGREE")
    condemned = "The council condemned the arrest of the reporter."
    assert not approved_act(_word(nlp(condemned), "condemned"), "ACCUSE")


def test_a_feeling_toward_someone_is_no_act(nlp):
    admired = "She has long admired the senator from Dunmore."
    assert felt_attitude(_word(nlp(admired), "admired"))
    assert _types(nlp, admired, "admired") == []
    distrusted = "Mayor Ted Brask is distrusted by most voters in Dunmore."
    assert felt_attitude(_word(nlp(distrusted), "distrusted"))
    upset = "The remark upset the club's fans."
    assert felt_attitude(_word(nlp(upset), "upset"))


def test_disapproval_voiced_and_wishes_to_meet_are_not_feelings(nlp):
    voiced = "The Kovian envoy voiced dismay over the arrest of two fishermen."
    assert not felt_attitude(_word(nlp(voiced), "voiced"))
    assert _types(nlp, voiced, "voiced") == [("ACCUSE", "disapprove")]
    for text, verb in (("Kovia would like to hold talks with Tessaly.", "like"),
                       ("Kovia will respect the ceasefire agreement.", "respect"),
                       ("Police suspect the gang of smuggling weapons.", "suspect")):
        assert not felt_attitude(_word(nlp(text), verb)), text
