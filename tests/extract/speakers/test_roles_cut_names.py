"""A speaker's role never starts inside a body's name or a coordination, and two posts run
together are two roles (issue 13). Made-up texts through the real pipeline."""

import onrecord


def _roles(text: str, name: str) -> list[str]:
    record = onrecord.extract(text)
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].roles


def test_a_role_after_a_department_s_name_is_the_noun_part():
    text = "Zorbia Department of Transportation official Jo Roe said the bridge would reopen on Monday."
    assert _roles(text, "Jo Roe") == ["official"]


def test_a_role_after_an_institute_s_name_is_the_noun_part():
    text = "Zorbtown Institute of Technology professor Cy Loe said the data were clear."
    assert _roles(text, "Cy Loe") == ["professor"]


def test_a_role_after_a_party_s_name_keeps_its_small_words():
    text = "Union for Freedom and Renewal presidential nominee Bo Poe said the vote was rigged."
    assert _roles(text, "Bo Poe") == ["presidential nominee"]


def test_a_role_never_starts_inside_a_coordination():
    text = "The plan was backed by trade and industry commissioner Al Doe, who said it would help exporters."
    assert _roles(text, "Al Doe") == ["commissioner"]


def test_a_role_after_a_preposition_is_left_whole():
    text = "The fund gave money to GOP nominee Ed Foe, the paper said. Ed Foe said he was grateful."
    assert _roles(text, "Ed Foe") == ["GOP nominee"]


def test_two_posts_joined_by_and_an_are_two_roles():
    text = ("Di Moe, lead author of the study and an addiction medicine specialist, said the habit "
            "was hard to break.")
    assert _roles(text, "Di Moe") == ["lead author of the study", "addiction medicine specialist"]


def test_a_noun_of_another_phrase_before_a_title_is_left_out():
    text = ("The auditor said the agency should pay no fine, a recommendation Attorney General Jo Roe "
            "adopted. Roe said she agreed.")
    assert _roles(text, "Jo Roe") == ["Attorney General"]


def test_a_noun_that_qualifies_the_title_stays():
    text = "\"We will win,\" said state Sen. Cy Loe on Monday."
    assert _roles(text, "Cy Loe") == ["state Sen."]


def test_a_title_cut_out_of_a_superlative_is_no_role():
    text = "Bo Poe is the most able candidate Al Doe argues. \"He is ready,\" Doe said."
    assert _roles(text, "Al Doe") == []


def test_an_appositive_stops_before_another_listed_person():
    text = ("Everyone stayed except former Zorbia governor Jo Roe, a Republican, and former Eastland "
            "governor Al Doe, a Democrat. Both said they were tired.")
    assert _roles(text, "Jo Roe") == ["former governor"]


def test_a_person_behind_a_preposition_stays_in_the_role():
    text = "\"We lost,\" said Bo Poe, the runner-up to Cy Loe, on Monday."
    assert _roles(text, "Bo Poe") == ["runner-up to Cy Loe"]


def test_a_listed_person_behind_a_preposition_stays_in_the_role():
    text = "\"He was kind,\" said Ed Foe, brother of the painter and writer Di Moe, on Monday."
    assert _roles(text, "Ed Foe") == ["brother of the painter and writer Di Moe"]


def test_a_capitalised_office_cut_from_its_portfolio_is_no_role():
    text = "Zorbian Roads and Canals Minister Jo Roe said the ferries would stop on Monday."
    assert _roles(text, "Jo Roe") == []


def test_a_whole_title_after_a_joined_name_stays():
    text = "Sen. Al Doe of Eastshire and Sen. Jo Roe of Westshire said the bill would pass."
    assert _roles(text, "Jo Roe") == ["Sen."]
