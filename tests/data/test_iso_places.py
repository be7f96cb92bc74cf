"""ISO 3166 lookups: the indexed subdivision lookup answers as pycountry's own walk does."""
import pycountry
import pytest

from onrecord.data import iso_places


def _pycountry_answer(place: str) -> object:
    try:
        return pycountry.subdivisions.lookup(place)
    except LookupError:
        return None


def _indexed_answer(place: str) -> object:
    try:
        return iso_places._subdivision_lookup(place)
    except LookupError:
        return None


@pytest.mark.parametrize("place", [
    "Ohio", "ohio", "England", "Georgia", "US-TX",  # names and a code pycountry indexes
    "us",  # a country code: the set of its subdivisions
    "county", "Province",  # a kind of subdivision, found through the unindexed `type` field
    "Zorblaxia", "Smith", "",  # no subdivision at all
])
def test_indexed_lookup_matches_pycountry(place: str) -> None:
    assert _indexed_answer(place) == _pycountry_answer(place)


def test_subdivision_country_and_kind() -> None:
    assert iso_places.subdivision_country("Ohio") == "USA"
    assert iso_places.subdivision_country("Zorblaxia") is None
    assert iso_places.subdivision("England")
    assert not iso_places.subdivision("Smith")
    assert iso_places.subdivision_kind("county")
    assert not iso_places.subdivision_kind("Ohio")


def test_official_name_says_a_country_kind():
    assert iso_places.official_name("SAU") == "Kingdom of Saudi Arabia"
    assert iso_places.official_name("ZZZ") is None


def test_us_states_are_the_fifty_states():
    states = iso_places.us_states()
    assert len(states) == 50 and {"ohio", "new york", "texas"} <= states and "puerto rico" not in states


def test_us_state_codes_are_the_fifty_postal_codes():
    codes = iso_places.us_state_codes()
    assert len(codes) == 50 and {"oh", "ny", "tx"} <= codes and "dc" not in codes and "pr" not in codes
