"""Who did an act and to whom (issue 17): a passive of pressing implies no state as its doer, a
place name split off a titled person is no target, and a noun's light verb names its doer."""
from event_lookup import event_at
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.parties import light_verb_doer, name_after_place, pressed_by_no_one


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_passive_of_pressing_implies_no_state_actor(nlp):
    text = "Lena Holt, a former member from Canada, says she was forced to work in the kitchen of the ship."
    events = find_events(nlp(text), "t", "2020-05-05", gated=False, dyadic=False)
    assert not [e for e in events if e.trigger.text == "forced"]  # not Canada's act, nor anyone's named
    assert pressed_by_no_one(_word(nlp("He was pressured into quitting."), "pressured"))
    # an arrest still implies the state of its place; a forced resignation is the official's own
    assert not pressed_by_no_one(_word(nlp("Two tourists were arrested in Peru."), "arrested"))
    e = event_at(nlp, "In May, Tom Reyes was forced to resign as transport minister after the leak.", "forced")
    assert e.type == "RETREAT" and e.actor.text == "Tom Reyes"


def test_a_place_split_off_a_titled_person_gives_way_to_the_person(nlp):
    e = event_at(nlp, "At the rally, Hall attacked Ohio Senator Ray Fenn over the budget.", "attacked")
    assert e.target.text == "Senator Ray Fenn"
    doc = nlp("At the rally, Hall attacked Ohio Senator Ray Fenn over the budget.")
    assert name_after_place(_word(doc, "Ohio")).text == "Fenn"
    # a place with no title after it, or a name already whole, is itself
    doc = nlp("Police arrested Ohio resident Ray Fenn on Monday.")
    fenn = _word(doc, "Fenn")
    assert name_after_place(fenn) is fenn
    assert event_at(nlp, "Police arrested Ohio resident Ray Fenn on Monday.", "arrested").target.text \
        == "Ohio resident Ray Fenn"


def test_the_light_verb_of_a_clause_on_an_act_names_its_doer(nlp):
    e = event_at(nlp, "A raid carried out by the Chadian army killed six villagers.", "killed")
    assert e.actor.text == "the Chadian army"  # not an unnamed actor of the place
    doc = nlp("The raid that the army launched on Tuesday killed six villagers.")
    assert light_verb_doer(_word(doc, "raid")).text == "army"
    doc = nlp("The sanctions imposed by the union hit the banks.")
    assert light_verb_doer(_word(doc, "sanctions")).text == "union"
    # a verb that does not say the act was done names no doer of it
    doc = nlp("The attack condemned by the council killed three soldiers.")
    assert light_verb_doer(_word(doc, "attack")) is None
    doc = nlp("The raid that killed six villagers was launched at night.")
    assert light_verb_doer(_word(doc, "raid")) is None
