"""A surname misspelled once is still its person (``extract/speakers/spelling.py``)."""
from onrecord.extract.speakers.spelling import edit_distance, inner_name_owner, slip_of, slip_owner, slipped_body_name


def test_edit_distance():
    assert edit_distance("water", "waters") == 1
    assert edit_distance("bauchtman", "buchtmann") == 2
    assert edit_distance("same", "same") == 0


def test_a_slip_finds_the_one_surname_it_misspells():
    assert slip_of("Water", ["waters", "warhol"]) == "waters"
    assert slip_of("Saree", ["sarea", "pompeo"]) == "sarea"
    assert slip_of("Bauchtman", ["buchtmann"]) == "buchtmann"  # two letters off in a long name
    assert slip_of("Maróth", ["maroth"]) == "maroth"  # an accent apart


def test_no_slip_when_unsure():
    assert slip_of("Kim", ["kin"]) is None  # too short to tell a slip from another name
    assert slip_of("Osama", ["obama"]) is None  # a first name, not a misspelt surname
    assert slip_of("Sarea", ["saree", "sarek"]) is None  # two near surnames
    assert slip_of("Waters", ["waters"]) is None  # the very surname is no slip
    assert slip_of("Water", ["lawers"]) is None  # another first letter
    assert slip_of("Clintom", ["clifton"]) is None  # two letters off in a short name


def test_the_owner_of_a_slipped_surname_must_be_one_person():
    assert slip_owner("Water", {"waters": ["Kathryn Waters"]}) == "Kathryn Waters"
    assert slip_owner("Water", {"waters": ["Kathryn Waters", "Roger Waters"]}) is None
    assert slip_owner("Water", {"smith": ["Ann Smith"]}) is None


def test_a_middle_word_of_one_persons_name_is_that_person():
    people = [("Wanda Vázquez Garced", "wanda"), ("Pedro Pierluisi", "pedro")]
    assert inner_name_owner("Vazquez", people) == "wanda"
    assert inner_name_owner("Garced", people) is None  # a surname: the registry's business
    assert inner_name_owner("Vázquez", people + [("Ana Vázquez Ruiz", "ana")]) is None  # two of them


def test_a_body_s_name_with_a_country_s_word_misspelt_is_the_body_written_right():
    known = {"bolivian", "bolivia", "nigerian"}
    names = ["Bolivian government", "Nigerian army"]
    assert slipped_body_name("Bolivain government", names, known) == "Bolivian government"
    assert slipped_body_name("Bolivian government", names, known) is None  # the very name
    assert slipped_body_name("Bolivain army", names, known) is None  # another word differs too
    assert slipped_body_name("Nigerien army", names, known | {"nigerien"}) is None  # both are countries' words
    assert slipped_body_name("Bolivain", ["Bolivian"], known) is None  # one word: a name, no body's


def test_two_real_nationality_words_one_letter_apart_stay_two_bodies():
    from onrecord.extract.speakers.words import KNOWN_COUNTRY_WORDS  # noqa: PLC0415
    names = ["Nigerian army", "Nigerien army", "Bolivian government"]
    assert slipped_body_name("Nigerien army", names, KNOWN_COUNTRY_WORDS) is None
    assert slipped_body_name("Bolivain government", names, KNOWN_COUNTRY_WORDS) == "Bolivian government"
