"""Issue 13, r27-types: a place that only says where a story was filed or where a speaker is
based is no affiliation. The state of a dateline ("SPRINGFIELD, Ill. -") is the dateline's, like
its city; a place written before "-based" ("a Doverton-based pollster") is where the holder works.
Near misses keep what the old code gave: a state written again after the dash, a place the
holder's office sits in, a country, a body. Made-up texts and names."""

from statement_lookup import entity_affiliation as _affiliation

# -- a dateline's state --

def test_the_state_of_a_dateline_is_not_the_senator_s():
    text = ("Rally draws crowds.\n\nSPRINGFIELD, Ill. - Sen. Jane Roe (R-Tex.) won 14 delegates on Saturday. "
            "Roe said the race was not over.")
    assert _affiliation(text, "Jane Roe") == "Republican Party"


def test_the_state_of_a_dateline_gives_way_to_the_mayor_s_city():
    text = "Crowds gather.\n\nFRESNO, Calif. - Fresno Mayor Jane Roe said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Fresno"


def test_a_state_written_again_after_the_dash_is_the_governor_s():
    text = "Crowds gather.\n\nFRESNO, Calif. - California Gov. Jane Roe said the race was not over."
    assert _affiliation(text, "Jane Roe") == "California"


def test_a_state_after_the_dash_in_the_speaker_s_description_stays():
    text = "Crowds gather.\n\nFRESNO, Calif. - Jane Roe, a state senator from Oregon, said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Oregon"


def test_a_state_in_the_speaker_s_own_title_after_a_plain_dateline_stays():
    text = "Crowds gather.\n\nWASHINGTON - Jane Roe, the Illinois senator, said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Illinois"


def test_a_party_code_beats_the_dateline_s_state():
    text = "Crowds gather.\n\nFRESNO, Calif. - Sen. Jane Roe (D-Calif.) said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Democratic Party"


# -- a place the holder is based in --

def test_a_place_before_based_is_no_affiliation():
    text = "Jane Roe, a Doverton-based pollster, said the race was not over."
    assert _affiliation(text, "Jane Roe") is None


def test_a_place_before_based_gives_way_to_the_body():
    text = "Jane Roe, a London-based analyst at Zorbcorp, said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Zorbcorp"


def test_a_body_before_based_names_no_place_and_is_left_alone():
    text = "Jane Roe, an analyst at Zorbcorp, said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Zorbcorp"


def test_a_place_after_in_beside_based_words_of_another_stays_none():
    text = "Jane Roe, who runs a Doverton-based charity, said the race was not over."
    assert _affiliation(text, "Jane Roe") is None


def test_a_place_also_written_as_the_holder_s_office_stays():
    text = "Jane Roe, the Doverton mayor and a Doverton-based author, said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Doverton"


def test_a_mayor_s_city_stays():
    text = "Jane Roe, the mayor of Doverton, said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Doverton"


# -- review of r27-types: a country or province after a foreign city, a state in the title --

def test_a_country_after_a_foreign_city_stays_the_minister_s():
    text = "Crowds gather.\n\nKYIV, Ukraine - Defense Minister Jane Roe said the talks had failed."
    assert _affiliation(text, "Jane Roe") == "Ukraine"


def test_a_state_in_the_title_stays_beside_a_state_based_role():
    text = "Crowds gather.\n\nTexas Gov. Jane Roe, a Texas-based rancher, said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Texas"


def test_a_state_based_governor_keeps_the_state():
    text = "Crowds gather.\n\nJane Roe, a Texas-based governor, said the race was not over."
    assert _affiliation(text, "Jane Roe") == "Texas"


# -- second review: a country spelt as a US state, a state's own office after its dateline --

def test_georgia_the_country_after_its_capital_stays_the_minister_s():
    text = "Crowds gather.\n\nTBILISI, Georgia - Prime Minister Jane Roe said the talks had failed."
    assert _affiliation(text, "Jane Roe") == "Georgia"


def test_a_governor_filed_from_her_state_keeps_it():
    text = "Crowds gather.\n\nSACRAMENTO, Calif. - Gov. Jane Roe said the budget was late."
    assert _affiliation(text, "Jane Roe") == "Calif."
