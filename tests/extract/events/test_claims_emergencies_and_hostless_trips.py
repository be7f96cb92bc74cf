"""Events that are no act between actors: an act told only as another's claim, a state of
emergency kept in force, a visit to a cemetery, a trip to discuss a topic at home, a trip to a
town the article placed earlier (made-up sentences, the real model)."""
from __future__ import annotations

from onrecord.extract.events.checks import care_visit, discussed_with
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.countries import place_named_elsewhere
from onrecord.extract.events.non_events import claimed_act, emergency_declaration


def proposed(nlp, text):
    """Every event the coder reads, before the gate and the test of a target."""
    return find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=False)


def _word(doc, text):
    return next(t for t in doc if t.lower_ == text)


def _triggers(nlp, text):
    return [e.trigger.text for e in proposed(nlp, text)]


def test_an_act_told_only_as_a_claim_with_its_doer_is_no_event(nlp):
    text = "Mara Quill claimed that the Valdor militia had attacked reporters in the capital."
    assert claimed_act(_word(nlp(text), "attacked"))
    assert "attacked" not in _triggers(nlp, text)
    alleged = "The activist alleges that the Brenn police detained her brother for a week."
    assert claimed_act(_word(nlp(alleged), "detained"))
    # the same act told as done, or said (not claimed), stays
    told = "The Valdor militia attacked reporters in the capital."
    assert "attacked" in _triggers(nlp, told)
    said = "Mara Quill said that the Valdor militia had attacked reporters in the capital."
    assert not claimed_act(_word(nlp(said), "attacked"))


def test_a_claimed_casualty_with_no_doer_or_a_claim_of_ones_own_act_is_left_alone(nlp):
    passive = "The ministry claimed that forty soldiers had been killed near the border."
    assert not claimed_act(_word(nlp(passive), "killed"))
    own = "The Norland army claimed to have shot down three drones."
    assert not claimed_act(_word(nlp(own), "shot"))


def test_a_state_of_emergency_extended_is_no_event(nlp):
    text = "The parliament of Norland voted to extend the state of emergency by ten days."
    assert emergency_declaration(_word(nlp(text), "extend"))
    assert "extend" not in _triggers(nlp, text)
    # extending something else is not this
    other = "The parliament of Norland voted to extend the sanctions on Valdor."
    assert not emergency_declaration(_word(nlp(other), "extend"))


def test_a_visit_to_a_cemetery_has_no_host_but_one_to_a_person_does(nlp):
    refused = "Senator Dana Pike refused to visit a cemetery of fallen soldiers during her trip to Spain."
    assert care_visit(_word(nlp(refused), "refused"), "REJECT")
    assert "refused" not in _triggers(nlp, refused)
    visited = "The French president visited the war memorial in Valdor."
    assert care_visit(_word(nlp(visited), "visited"), "CONSULT")
    host = "The French president visited the mayor of Valdor at the memorial."
    assert not care_visit(_word(nlp(host), "visited"), "CONSULT")


def test_a_trip_to_discuss_a_topic_meets_no_one_unless_with_someone(nlp):
    alone = nlp("Governor Tom Reyes visited Oregon to discuss the fires.")
    assert not discussed_with(_word(alone, "discuss"))
    assert "visited" not in [e.trigger.text for e in find_events(alone, "t", "2021-03-02", gated=False,
                                                                  dyadic=False)]
    partner = nlp("Governor Tom Reyes visited Canada to discuss the fires with Prime Minister Ann Lowe.")
    assert discussed_with(_word(partner, "discuss"))
    assert "visited" in _triggers(nlp, "Governor Tom Reyes visited Canada to discuss the fires with Prime "
                                       "Minister Ann Lowe.")


def test_a_town_placed_in_a_state_at_one_mention_is_placed_at_the_others(nlp):
    text = ("Rep. Jane Roe of the Democratic Party was in Milltown, Wisconsin, in May. "
            "U.S. Senator Jane Roe later visited Milltown on Friday.")
    doc = nlp(text)
    later = [t for t in doc if t.text == "Milltown"][-1]
    assert place_named_elsewhere(later, []) == "USA"
    assert "visited" not in _triggers(nlp, text)
    # a trip abroad to a town placed so stays a visit
    abroad = ("Rep. Jane Roe of the Democratic Party was in Milltown, Wisconsin, in May. "
              "Canadian Prime Minister Ann Lowe later visited Milltown on Friday.")
    assert "visited" in _triggers(nlp, abroad)
    # a town never placed: no country
    bare = nlp("U.S. Senator Jane Roe visited Milltown on Friday.")
    assert place_named_elsewhere(_word(bare, "milltown"), []) is None
