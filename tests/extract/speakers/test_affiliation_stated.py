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
    found = [e for e in record.entities if e.name == name or e.name.endswith(" " + name)]
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


def test_a_photo_caption_s_position_letter_names_no_party():
    # "(R)" of a caption is the right of the picture, not the Republican Party, unless the name is
    # a legislator's and the article marks no other position ("(L)", "(C)")
    text = ("Winger Odalric Pemm (R) celebrates with teammate Saul Vintner after the equaliser. "
            "Pemm said the side had earned the point.")
    assert _affiliation(text, "Odalric Pemm") is None
    text = ("Managing director Quilla Farrant (R) and board chair Ivo Stellan open the new depot. "
            "Farrant said the depot would hire forty drivers.")
    assert _affiliation(text, "Quilla Farrant") is None
    text = "Campus organiser Tindra Vosk (R) said the rally would go ahead on Friday."
    assert _affiliation(text, "Tindra Vosk") is None


def test_a_bare_party_letter_beside_a_position_letter_is_none():
    text = ("Sen. Tom Hallowell (R) and Sen. Ada Quarrie (L) leave the chamber. "
            "Hallowell said the bridge plan would fail.")
    assert _affiliation(text, "Tom Hallowell") is None
    # the state after the letter is a legislator's code in any article
    text = ("Sen. Tom Hallowell (R-Ore.) and Sen. Ada Quarrie (L) leave the chamber. "
            "Hallowell said the bridge plan would fail.")
    assert _affiliation(text, "Tom Hallowell") == "Republican Party"


def test_no_body_from_a_post_not_held_now():
    assert _affiliation("Dagny Hollis, Quillmark's treasurer, said the fund was sound.", "Dagny Hollis") \
        == "Quillmark"
    assert _affiliation("Quillmark's incoming chief executive, Harlan Voss, said the firm would hire.",
                        "Harlan Voss") is None
    assert _affiliation("Dagny Hollis, Quillmark's longtime former treasurer, said the fund was sound.",
                        "Dagny Hollis") is None
    assert _affiliation("Quillmark's erstwhile chief economist Piet Varga said the fund was sound.",
                        "Piet Varga") is None
    assert _affiliation("Tamsin Orley, Quillmark's chairman until last year, said the fund was sound.",
                        "Tamsin Orley") is None
    assert _affiliation("Ludo Fenwick, Quillmark's chief executive from 2011 to 2017, said the fund was sound.",
                        "Ludo Fenwick") is None


def test_no_body_from_a_person_s_possessive_the_tagger_read_as_a_body_s():
    # "Ingmar" is a body's name where it owns the post, a person's where it stands again
    text = "Ingmar's adviser Pavel Drozd said the pact was fair. Drozd said Ingmar had no regrets."
    assert _affiliation(text, "Pavel Drozd") is None
    assert _affiliation("Quillmark's treasurer Pavel Drozd said the pact was fair.", "Pavel Drozd") == "Quillmark"


def test_no_country_for_a_role_a_body_opens():
    assert _affiliation("Liesel Ottmar, UNICEF Representative of Malawi, said the outbreak was spreading.",
                        "Liesel Ottmar") is None
    assert country_a_role_names(["UNICEF Representative of Ghana"]) is None
    assert country_a_role_names(["Quillmark Ambassador of Japan"]) is None
    assert country_a_role_names(["Deputy Prime Minister of Scotland"]) == "Scotland"
