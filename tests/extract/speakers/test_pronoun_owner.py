"""A description owned by a pronoun (passes/possessors.py): the owner written out, on made-up
sentences."""
import onrecord
from statement_lookup import speaker


def test_her_manager_keeps_the_owner_named():
    text = "The singer Dora Kell called off her concerts. Her manager said Kell was ill."
    found = speaker(text, "Kell was ill")
    assert found.name == "Dora Kell's manager" and found.rule == "unnamed"


def test_the_source_of_a_reporting_outlet_is_its_own():
    text = ("A fire broke out at a depot near Vallor on Monday. Vallorpost.com reported its source said "
            "two guards were hurt.")
    [inner] = [s for s in onrecord.extract(text).statements if s.content.text.startswith("two guards")]
    assert inner.speaker is not None and inner.speaker.name == "Vallorpost.com's source"


def test_a_pronoun_of_no_one_named_stays_as_written():
    text = "Nobody was hurt in the fire. His lawyer said the depot was insured."
    found = speaker(text, "the depot was insured")
    assert found.name == "His lawyer"


def test_his_after_two_men_names_no_owner():
    text = "Dan Okoro struck Leo Brandt with his car on Friday. His family said Brandt was a gentle man."
    found = speaker(text, "Brandt was a gentle man")
    assert "Okoro" not in (found.name or "") and "Brandt" not in (found.name or "")


def test_a_reporting_outlet_owns_no_commander_of_those_it_reports_on():
    text = ("The militia took the airport on Sunday. The Kestrel Gazette reported their commander said the "
            "capital would fall.")
    [inner] = [s for s in onrecord.extract(text).statements if s.content.text.startswith("the capital")]
    assert inner.speaker is None or "Kestrel" not in (inner.speaker.name or "")
