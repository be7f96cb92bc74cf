"""What ISO 3166 (pycountry) calls a place: a country (alpha-3 code) or a state or province.

One place for the lookups that extraction and cross-article resolution both make, so that a
name the one reads as a country the other does too."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

import pycountry


@lru_cache(maxsize=8192)
def country_code(place: str) -> Optional[str]:
    """The alpha-3 code of the country ISO names so ("Kenya" -> KEN, "us" -> USA), else None."""
    try:
        return str(pycountry.countries.lookup(place).alpha_3)
    except LookupError:
        return None


def is_place(place: str) -> bool:
    """Whether ISO names a country or a state or province so."""
    return country_code(place) is not None or subdivision(place)


@lru_cache(maxsize=1)
def _subdivisions_by_field() -> dict[str, Any]:
    """Each lowercase value of the subdivision fields pycountry does not index (name, type,
    parent), to the first subdivision holding it. pycountry's own lookup walks all 5,000
    subdivisions for those fields, some 5 ms for every word that is no subdivision; this gives
    the same first holder from one dict."""
    holders: dict[str, Any] = {}
    database = pycountry.subdivisions
    for place in database:  # iterating loads the database, which builds its indices
        for field in database.no_index:
            value = place._fields.get(field)  # the raw field: the `parent` attribute is an object
            if value is not None:
                holders.setdefault(value.lower(), place)
    return holders


@lru_cache(maxsize=8192)
def _subdivision_lookup(place: str) -> Any:
    """What `pycountry.subdivisions.lookup` answers (a subdivision, or the set a country code
    indexes), without its walk; raises LookupError as it does."""
    holders = _subdivisions_by_field()
    value = place.lower()
    for index in pycountry.subdivisions.indices.values():
        if value in index:
            return index[value]
    if value in holders:
        return holders[value]
    raise LookupError(place)


@lru_cache(maxsize=8192)
def subdivision(place: str) -> bool:
    """Whether ISO names a state or province so ("Georgia", "Ohio", "England")."""
    try:
        _subdivision_lookup(place)
    except LookupError:
        return False
    return True


@lru_cache(maxsize=8192)
def subdivision_country(place: str) -> Optional[str]:
    """The alpha-3 code of the country of which ISO names a state or province so ("Georgia" ->
    USA, "Luxembourg" -> BEL), else None; None too for a name several countries' states share."""
    try:
        found = _subdivision_lookup(place)
    except LookupError:
        return None
    codes = {s.country_code for s in found} if isinstance(found, (set, list, tuple)) else {found.country_code}
    country = pycountry.countries.get(alpha_2=codes.pop()) if len(codes) == 1 else None
    return str(country.alpha_3) if country is not None else None


@lru_cache(maxsize=8192)
def subdivision_kind(place: str) -> bool:
    """Whether ISO's lookup finds a place only as a kind of state or province ("county",
    "republic", "state"): pycountry matches a subdivision's type too, which names no one place."""
    try:
        found = _subdivision_lookup(place)
    except LookupError:
        return False
    return str(found.type).lower() == place.lower() and str(found.name).lower() != place.lower()


@lru_cache(maxsize=1)
def _countries_by_subdivision_name() -> dict[str, frozenset[str]]:
    """Each lowercase subdivision name ISO knows, to the alpha-2 codes of every country with a
    state, province or county so named ("punjab": IN and PK)."""
    names: dict[str, set[str]] = {}
    for place in pycountry.subdivisions:
        names.setdefault(str(place.name).lower(), set()).add(str(place.country_code))
    return {name: frozenset(codes) for name, codes in names.items()}


@lru_cache(maxsize=8192)
def named_subdivision_country(place: str) -> Optional[str]:
    """The alpha-3 code of the one country with a state, province or county whose ISO name is
    ``place`` ("Oxfordshire" -> GBR, "Ontario" -> CAN); None for a name several countries'
    subdivisions share ("Punjab"), for a name that is also a country's ("Georgia"), and for
    anything else. Unlike ``subdivision_country`` only the whole name counts, never a code or
    a kind ("county")."""
    if country_code(place) is not None:
        return None
    codes = _countries_by_subdivision_name().get(place.lower())
    if codes is None or len(codes) != 1:
        return None
    country = pycountry.countries.get(alpha_2=next(iter(codes)))
    return str(country.alpha_3) if country is not None else None


@lru_cache(maxsize=512)
def official_name(code: str) -> Optional[str]:
    """The official name ISO gives the country of an alpha-3 code ("SAU" -> "Kingdom of Saudi
    Arabia"), else its short name; None for a code ISO does not know."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    return str(getattr(country, "official_name", None) or country.name)


def _us_states() -> list[Any]:
    """The 50 US states as ISO lists them (not the District of Columbia, nor the territories)."""
    return [s for s in pycountry.subdivisions.get(country_code="US") or () if str(s.type) == "State"]


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The names of the 50 US states as ISO gives them, in lower case ("ohio", "new york"): the
    one list of them that every check of a US state starts from."""
    return frozenset(str(s.name).lower() for s in _us_states())


@lru_cache(maxsize=1)
def us_state_codes() -> frozenset[str]:
    """The postal codes of the 50 US states, ISO's codes without "US-", in lower case ("oh", "ny")."""
    return frozenset(str(s.code).removeprefix("US-").lower() for s in _us_states())
