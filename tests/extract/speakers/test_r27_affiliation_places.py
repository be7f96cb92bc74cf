"""Issue 13, r27-types: a place that only says where a story was filed or where a speaker is
based is no affiliation. The state of a dateline ("SPRINGFIELD, Ill. -") is the dateline's, like
its city; a place written before "-based" ("a Doverton-based pollster") is where the holder works.
Near misses keep what the old code gave: a state written again after the dash, a place the
holder's office sits in, a country, a body. Made-up texts and names; each case is Jane Roe's
affiliation in its text."""
import pytest

from statement_lookup import entity_affiliation

_OPENING = "Crowds gather.\n\n"
_SAID = ", said the race was not over."

CASES = [
    # a dateline's state
    ("Rally draws crowds.\n\nSPRINGFIELD, Ill. - Sen. Jane Roe (R-Tex.) won 14 delegates on Saturday. "
     "Roe said the race was not over.", "Republican Party"),  # not the dateline's state
    (_OPENING + "FRESNO, Calif. - Fresno Mayor Jane Roe said the race was not over.", "Fresno"),
    (_OPENING + "FRESNO, Calif. - California Gov. Jane Roe said the race was not over.", "California"),
    (_OPENING + "FRESNO, Calif. - Jane Roe, a state senator from Oregon" + _SAID, "Oregon"),
    (_OPENING + "WASHINGTON - Jane Roe, the Illinois senator" + _SAID, "Illinois"),
    (_OPENING + "FRESNO, Calif. - Sen. Jane Roe (D-Calif.) said the race was not over.", "Democratic Party"),
    # a place the holder is based in
    ("Jane Roe, a Doverton-based pollster" + _SAID, None),
    ("Jane Roe, a London-based analyst at Zorbcorp" + _SAID, "Zorbcorp"),
    ("Jane Roe, an analyst at Zorbcorp" + _SAID, "Zorbcorp"),
    ("Jane Roe, who runs a Doverton-based charity" + _SAID, None),
    ("Jane Roe, the Doverton mayor and a Doverton-based author" + _SAID, "Doverton"),
    ("Jane Roe, the mayor of Doverton" + _SAID, "Doverton"),
    # review: a country or province after a foreign city, a state in the title or the post's own
    (_OPENING + "KYIV, Ukraine - Defense Minister Jane Roe said the talks had failed.", "Ukraine"),
    (_OPENING + "Texas Gov. Jane Roe, a Texas-based rancher" + _SAID, "Texas"),
    (_OPENING + "Jane Roe, a Texas-based governor" + _SAID, "Texas"),
    # second review: a country spelt as a US state, a state's own office after its dateline
    (_OPENING + "TBILISI, Georgia - Prime Minister Jane Roe said the talks had failed.", "Georgia"),
    (_OPENING + "SACRAMENTO, Calif. - Gov. Jane Roe said the budget was late.", "Calif."),
]


@pytest.mark.parametrize("text, affiliation", CASES)
def test_jane_roe_s_affiliation(text, affiliation):
    assert entity_affiliation(text, "Jane Roe") == affiliation
