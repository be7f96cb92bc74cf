#!/usr/bin/env python3
"""Build ``src/onrecord/data/country_names.tsv``: each country's name, its other names and its
people's word, from the ``countryinfo`` package (PyPI, MIT licence), for the countries ISO 3166
(pycountry) lists. The package's wheel is downloaded by pip into a temporary folder and read, not
installed (onrecord needs only this table, not the package):

    .venv/bin/python tools/build_country_names.py

Three sections: [canonical] ISO alpha-3 code -> the country's name ("GBR" -> "united kingdom");
[demonyms] its people's word -> code ("british" -> GBR; a word several places share, the most
populous one's); [names] its other names of four letters
or more -> code ("great britain" -> GBR). Lowercased. Resolution uses a word only where the actor
dictionaries give it the same country (resolve/identity.py, ``iso_country_name``).
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pycountry

PACKAGE = "countryinfo==1.0.1"

OUT = Path(__file__).resolve().parent.parent / "src/onrecord/data/country_names.tsv"
HEADER = """# Country names, other names and demonyms -> ISO 3166 alpha-3 codes, lowercased.
# Source: the countryinfo package (PyPI, MIT licence), the countries pycountry (ISO 3166) lists.
# Rebuilt by tools/build_country_names.py; not edited by hand.
"""


def country_entries() -> list[dict]:
    """The package's country files, read from its wheel in the order of their names."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, PACKAGE],
                       check=True)
        with zipfile.ZipFile(next(Path(tmp).glob("*.whl"))) as archive:
            return [json.loads(archive.read(name)) for name in sorted(archive.namelist())
                    if name.startswith("countryinfo/data/") and name.endswith(".json")]


def main() -> None:
    canonical: dict[str, str] = {}
    demonyms: dict[str, set[str]] = {}
    population: dict[str, int] = {}
    names: dict[str, set[str]] = {}
    for entry in country_entries():
        code = (entry.get("ISO") or {}).get("alpha3")
        if not code or pycountry.countries.get(alpha_3=code) is None or not entry.get("name"):
            continue
        canonical[code] = " ".join(entry["name"].lower().split())
        population[code] = int(entry.get("population") or 0)
        if entry.get("demonym"):
            demonyms.setdefault(" ".join(entry["demonym"].lower().split()), set()).add(code)
        for alt in entry.get("altSpellings") or []:
            alt = " ".join(alt.lower().replace("-", " ").split())
            if len(alt) >= 4 and "," not in alt:
                names.setdefault(alt, set()).add(code)
    lines = [HEADER, "[canonical]"] + [f"{c}\t{n}" for c, n in sorted(canonical.items())]
    # a people's word several places share ("french": France, Martinique, Reunion) stands for the
    # most populous of them; resolution takes it only where the actor dictionaries agree
    lines += ["", "[demonyms]"] + [f"{d}\t{max(sorted(c), key=lambda k: population[k])}"
                                   for d, c in sorted(demonyms.items())]
    # a name that is part of another country's name ("congo" of "congo-kinshasa") names neither
    others = {code: {f" {w} " for w, c in [*names.items(), *((v, {k}) for k, v in canonical.items())]
                     if code not in c} for code in canonical}
    lines += ["", "[names]"] + [f"{n}\t{min(c)}" for n, c in sorted(names.items()) if len(c) == 1
                                and not any(f" {n} " in o for o in others[min(c)])]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(OUT, len(canonical), "countries")


if __name__ == "__main__":
    main()
