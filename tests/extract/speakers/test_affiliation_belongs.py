"""A speaker's affiliation is a body the article says the speaker belongs to or speaks for, never
a place merely named near them: in a headline's words after a colon, in what they talk about, in
another person's words, at the end of a body's name, or where they live. Made-up texts."""

import onrecord
from onrecord.extract.speakers.role_cleaning import clean_affiliation, place_inside_own_name
from statement_lookup import entity_affiliation as _affiliation


def test_a_place_in_a_headline_after_the_name_and_a_colon_is_no_affiliation():
    text = ("Clinton: Case for a ‘bolder’ Kurdish policy.\n\n"
            "Hillary Clinton says the allies should act sooner. “We are not done,” Clinton said on Sunday.")
    assert _affiliation(text, "Hillary Clinton") is None


def test_a_place_that_qualifies_a_thing_is_no_affiliation():
    text = "Sam Colfer, a tired veteran of the Iowa caucus race, stood up. \"We can win this,\" Colfer said."
    assert _affiliation(text, "Sam Colfer") is None


def test_a_place_of_another_person_in_a_list_is_none_of_the_first():
    text = ("Three chemists -- Jo Renick of the Vale Institute in Boston, Al Dunmore of the Basel Academy "
            "and Bo Prentiss of the University of California, San Diego -- wrote that the dye was unsafe.")
    # San Diego ends the name of Prentiss's university: no one's affiliation, least of all Renick's
    assert _affiliation(text, "Jo Renick") is None
    assert _affiliation(text, "Al Dunmore") is None


def test_where_a_person_lives_is_no_affiliation():
    text = "Mary Pendle, a nurse from Tucson who is 58, said rents mattered most to her."
    assert _affiliation(text, "Mary Pendle") is None


def test_an_office_and_its_place_still_give_the_affiliation():
    text = "\"We will vote no,\" said Ohio Sen. Jo Marlow. Roe, a senator from Texas, said she agreed."
    assert _affiliation(text, "Jo Marlow") == "Ohio"


def test_a_spokesman_s_country_still_given():
    text = "\"The talks failed,\" said Al Brand, a spokesman for the Ruritanian government."
    assert _affiliation(text, "Al Brand") is not None


def _roles(text: str, name: str) -> list[str]:
    record = onrecord.extract(text)
    return next(e.roles for e in record.entities if e.name == name)


def test_a_time_adverb_before_a_role_is_read_not_kept():
    text = ("In 2009 the aide urged a firm line, saying Mr. Varga, now prime minister, would refuse, "
            "as Mrs. Lindqvist, then the secretary of state, wrote later. \"It was hard,\" Lindqvist said. "
            "\"We held,\" Varga said. Ivo Varga and Ada Lindqvist met again in 2012.")
    assert "now prime minister" not in _roles(text, "Ivo Varga")
    assert not any(r.lower().startswith("then") for r in _roles(text, "Ada Lindqvist"))


def test_a_town_before_a_trade_is_no_affiliation_but_before_an_office_it_is():
    text = ("\"The market is soft,\" said Rona Bexley, the Las Vegas casino magnate. "
            "\"We will hold hearings,\" said Ohio Sen. Jo Marlow.")
    assert _affiliation(text, "Rona Bexley") is None
    assert _affiliation(text, "Jo Marlow") == "Ohio"


def test_a_place_inside_a_body_s_own_name_is_no_affiliation():
    assert place_inside_own_name("Levant", "Islamic Front of Zorbia and the Levant")
    assert clean_affiliation("Islamic Front of Zorbia and the Levant", [], "Levant", "ORG") is None
    assert clean_affiliation("Bank of Zorbia", [], "Zorbia", "ORG") is None
    # a place the name does not hold, or one qualifying a body's kind, stays
    assert clean_affiliation("Court of Appeal", [], "Zorbia", "ORG") == "Zorbia"
    assert clean_affiliation("Zorbian embassy", [], "Zorbia", "ORG") == "Zorbia"
    # a person's affiliation is another matter
    assert clean_affiliation("Jo of Zorbia", [], "Zorbia", "PERSON") == "Zorbia"
