"""A person's affiliation where the article states it in a fixed form: a legislator's party code
in brackets after the name ("Sen. Jo Renner (D-Ore.)"), a body's possessive on the post written
with the name ("Harwell Grocers' treasurer Jo Renner" read from a tagged body), a body that opens
a role before a post and its field ("Eastmoor College professor of history") and the country an
office is held in ("President of Ukraine"). None for an independent's code, a person's
possessive, a past post or two countries. Made-up texts."""

import onrecord
from onrecord.extract.speakers.role_cleaning import body_a_role_names, country_a_role_names


def _affiliation(text: str, name: str) -> str | None:
    record = onrecord.extract(text)
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].affiliation


def test_a_party_code_after_a_legislator_s_name_is_the_party():
    said = " said on Monday that the bridge plan would fail."
    assert _affiliation("Sen. Tom Hallowell (D-Ore.)" + said, "Tom Hallowell") == "Democratic Party"
    assert _affiliation("State Rep. Tom Hallowell (R)" + said, "Tom Hallowell") == "Republican Party"
    assert _affiliation("Rep. Tom Hallowell (R-N.Y.)" + said, "Tom Hallowell") == "Republican Party"


def test_an_independent_s_code_names_no_party():
    text = "Sen. Tom Hallowell (I-Vt.) said on Monday that the bridge plan would fail."
    assert _affiliation(text, "Tom Hallowell") is None


def test_a_body_s_possessive_on_the_post_is_the_affiliation():
    said = " said on Monday that the bridge plan would fail."
    assert _affiliation("Planned Parenthood's president Mary Hallowell" + said, "Mary Hallowell") \
        == "Planned Parenthood"
    assert _affiliation("Microsoft's chief technical officer Tom Hallowell" + said, "Tom Hallowell") == "Microsoft"


def test_no_body_from_a_past_post_s_or_a_person_s_possessive():
    said = " said on Monday that the bridge plan would fail."
    assert _affiliation("Microsoft's former president Tom Hallowell" + said, "Tom Hallowell") is None
    assert _affiliation("Jo Renner's adviser Tom Hallowell" + said, "Tom Hallowell") is None


def test_the_body_before_a_post_and_its_field_is_the_affiliation():
    bodies = frozenset({"Eastmoor College", "ZRA"})
    assert body_a_role_names(["Eastmoor College associate professor of history"], bodies) == "Eastmoor College"
    assert body_a_role_names(["ZRA instructor in chemistry"], bodies) == "ZRA"
    assert body_a_role_names(["former ZRA instructor in chemistry"], bodies) is None


def test_the_country_an_office_is_held_in_is_the_affiliation():
    assert country_a_role_names(["President of Ukraine"]) == "Ukraine"
    assert country_a_role_names(["First Minister of Scotland"]) == "Scotland"
    assert country_a_role_names(["the ambassador of Japan"]) == "Japan"


def test_no_country_from_a_body_a_past_office_or_two_countries():
    assert country_a_role_names(["President of the Harwell Grocers Association"]) is None
    assert country_a_role_names(["former President of Ukraine"]) is None
    assert country_a_role_names(["ambassador of Japan", "President of Ukraine"]) is None
