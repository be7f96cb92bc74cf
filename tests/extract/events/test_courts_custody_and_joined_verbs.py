"""Doers the sentence names beside an event told with no subject of its own (issue 17): a court
named after "in", the police who report an arrest, the subject a passive shares with an active
verb before it (its victim), and the object the parse read as the subject of a joined verb."""
from event_lookup import event_at
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.parties import (
    court_named_in,
    custody_reporter,
    object_read_as_subject,
    passive_after_active,
)
from onrecord.extract.events.tables import load


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def _events(nlp, text, trigger):
    return [e for e in find_events(nlp(text), "t", "2020-05-05", gated=False, dyadic=False)
            if e.trigger.text == trigger]


def test_a_court_named_after_in_did_a_courts_act(nlp):
    e = event_at(nlp, "Tod Barlow was convicted in the Southern District of Ohio of bank fraud.", "convicted")
    assert e.actor.text == "the Southern District of Ohio"  # not "... of bank", not an unnamed actor
    assert e.actor.sector == "JUD" and e.actor.country == "USA" and e.target.text == "Tod Barlow"
    e = event_at(nlp, "Tod Barlow was sentenced in federal court in Ohio to nine years in prison.", "sentenced")
    assert e.actor.text == "federal court" and e.target.text == "Tod Barlow"
    # a place, a month or a hearing is no court: the place's state stays the implied doer
    doc = nlp("Tod Barlow was sentenced in Ohio to nine years in prison.")
    assert court_named_in(_word(doc, "sentenced")) is None
    doc = nlp("Tod Barlow was convicted in a hearing last March.")
    assert court_named_in(_word(doc, "convicted")) is None
    doc = nlp("Tod Barlow was convicted in the district of Malvar.")
    assert court_named_in(_word(doc, "convicted")) is None
    # a "by" names the doer itself
    doc = nlp("Tod Barlow was convicted by a jury in federal court.")
    assert court_named_in(_word(doc, "convicted")) is None


def test_the_police_who_report_an_arrest_made_it(nlp):
    e = event_at(nlp, "Ghanaian police said four suspects were arrested in Tamale on Friday.", "arrested")
    assert e.actor.text == "Ghanaian police" and e.actor.sector == "COP" and e.target.text == "four suspects"
    e = event_at(nlp, "A spokesman for the Ghanaian police said four men were detained in Tamale.", "detained")
    assert e.actor.text == "the Ghanaian police" and e.target.text == "four men"
    tables = load()
    # officials, a ministry or a rights group report arrests made by others; police who report a
    # stabbing did not stab
    doc = nlp("Officials said four suspects were arrested in Tamale on Friday.")
    assert custody_reporter(_word(doc, "arrested"), "COERCE", tables) is None
    doc = nlp("The rights group said four activists were arrested in Tamale.")
    assert custody_reporter(_word(doc, "arrested"), "COERCE", tables) is None
    doc = nlp("Police said two guards were stabbed in Tamale.")
    assert custody_reporter(_word(doc, "stabbed"), "ASSAULT", tables) is None


def test_a_passive_joined_to_an_active_verb_was_done_to_its_subject(nlp):
    e = event_at(nlp, "The Ghanaian activist returned to Accra and was arrested at the airport.", "arrested")
    assert e.actor.text == "" and e.target.text == "The Ghanaian activist"  # not the arrester
    doc = nlp("Tod Barlow pleaded guilty and was sentenced to nine years in prison.")
    assert passive_after_active(_word(doc, "sentenced")).text == "Barlow"
    assert not [e for e in _events(nlp, "Tod Barlow pleaded guilty and was sentenced to nine years in prison.",
                                   "sentenced") if e.actor.text == "Tod Barlow"]
    # its own "by" names the doer; a passive joined to a passive is the other rule's
    e = event_at(nlp, "The Ghanaian activist returned to Accra and was detained by police.", "detained")
    assert e.actor.text == "police"
    doc = nlp("Two soldiers were captured by rebels and were killed in Mali.")
    assert passive_after_active(_word(doc, "killed")) is None


def test_an_object_read_as_the_subject_of_a_joined_verb_is_its_target(nlp):
    text = ("The Ghanaian foreign minister landed in Lome on Sunday for talks and on Monday met "
            "Togolese President Edem Kpodar.")
    e = event_at(nlp, text, "met")
    assert e.actor.text == "The Ghanaian foreign minister"
    assert e.target.text == "Togolese President Edem Kpodar"
    # a subject before the verb, or a verb of its own subject and object, is read as parsed
    doc = nlp("The minister landed in Lome and the president met him at the airport.")
    assert object_read_as_subject(_word(doc, "met")) is None
