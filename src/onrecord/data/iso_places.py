"""What ISO 3166 (pycountry) calls a place: a country (alpha-3 code) or a state or province.

One place for the lookups that extraction and cross-article resolution both make, so that a
name the one reads as a country the other does too."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

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


@lru_cache(maxsize=8192)
def subdivision(place: str) -> bool:
    """Whether ISO names a state or province so ("Georgia", "Ohio", "England")."""
    try:
        pycountry.subdivisions.lookup(place)
    except LookupError:
        return False
    return True
