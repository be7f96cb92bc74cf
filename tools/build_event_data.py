#!/usr/bin/env python3
"""Build the event coder's lookup tables from the shared PLOVER/CAMEO dictionaries.

Writes two plain JSON files into src/onrecord/data/:
- ``event_verbs.json``: verb lemma -> (PLOVER event, mode), and "verb word" -> (event, mode)
  for the verb + object patterns of PETRARCH-2's CAMEO.2.0 verb dictionary (MIT), each CAMEO
  code translated with PLOVER's CAMEO2PLOVER-2021 table (CC BY-SA 4.0). The project's own
  additions in ``tools/event_patterns_extra.tsv`` come last and win.
- ``event_actors.json``: actor names -> "CCCSSS" codes (country + sector) from PETRARCH-2's
  Phoenix country / international / non-state actor dictionaries (MIT), nationality words from
  NGEC's countries.csv (MIT), common nouns -> sector from NGEC's PLOVER_agents.txt (MIT), and
  the surnames of the dictionaries' dated (personal) entries that point to one country only.
  Nothing from CountryInfo (no licence) is read directly.

    .venv/bin/python tools/build_event_data.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/onrecord/data"
EXTRA = Path(__file__).resolve().parent / "event_patterns_extra.tsv"
ACTORS_EXTRA = Path(__file__).resolve().parent / "event_actors_extra.tsv"
# PLOVER's modes (plover_summary.md, with NGEC's additions); a table row with a context in the
# mode slot gets no mode
MODES = set("""visit third-party multilateral phone withdraw release disarm ceasefire access resign return
assist change yield meet disapprove investigate allege restrict arrest relations expel territory violence ban
demo riot strike hunger boycott obstruct vandalize convict discontinue troops weapons police militia seize
censor curfew martial-law deport withhold misinformation cyber abduct beat torture sexual targeted destroy
primitive firearms explosives suicide-attack aerial drone heavy-weapons crowd-control unconventional execute
assassinate cleansing massacre""".split())
# PLOVER's non-state "country" codes, from the CAMEO actor prefixes that mean them
NONSTATE = {"IGO": "IGO", "NGO": "NGO", "IMG": "IMG", "MNC": "MNC", "UNO": "UNO", "EUR": "EUR", "ISM": "ISM"}
# Phoenix country codes that are no ISO-3 code: Kosovo as countries.csv (and NGEC) code it, East
# Timor's ISO code, and Yugoslavia / Serbia-Montenegro under Serbia and the Soviet Union under
# Russia as the PLOVER gold codings put them
RECODE = {"KSV": "XKX", "TMP": "TLS", "YUG": "SRB", "SCG": "SRB", "SUN": "RUS", "DDR": "DEU"}
# what each file holds, where from, what rebuilds it: its first key
VERBS_SOURCE = ("Verb lemma and 'verb word' patterns -> [PLOVER event, mode], from PETRARCH-2's CAMEO.2.0 verb "
                "dictionary (MIT) with each CAMEO code translated by PLOVER's CAMEO2PLOVER-2021 table "
                "(CC BY-SA 4.0), then the project's tools/event_patterns_extra.tsv. "
                "Rebuilt by tools/build_event_data.py.")
ACTORS_SOURCE = ("Actor names -> CCCSSS codes from PETRARCH-2's Phoenix actor dictionaries (MIT) and the "
                 "project's tools/event_actors_extra.tsv; country and nationality words from NGEC's "
                 "countries.csv (MIT); agent nouns -> sector from NGEC's PLOVER_agents.txt (MIT); leaders' "
                 "surnames from the dictionaries' dated entries. Rebuilt by tools/build_event_data.py.")


def plover_table(path: Path) -> dict[str, tuple[str, str]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"(\d{2,4}):\s*(.*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        event = parts[0].upper() if parts else ""
        mode = parts[1] if len(parts) > 1 and parts[1] in MODES else ""
        if event and event.isalpha():
            table[m.group(1)] = (event, mode)
    return table


def to_plover(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    code = code.split(":")[0].strip()
    if not code.isdigit():
        return None
    for n in range(len(code), 1, -1):  # the most specific code the table knows
        if code[:n] in table:
            return table[code[:n]]
    return None


def words(pattern: str) -> list[str]:
    """The content words of a CAMEO pattern: synsets, brackets and the verb slot dropped."""
    pattern = re.sub(r"[{}()]", " ", pattern)
    out = []
    for w in pattern.split():
        if w in ("*", "-", "+", "$", "%", "^", "|") or w.startswith("&") or w.startswith("$") or w.startswith("+"):
            continue
        w = w.strip("_").lower().replace("_", " ")
        if w and w[0].isalpha() and len(w) > 2:
            out.append(w.split()[-1])
    return out


def build_verbs(shared: Path) -> dict:
    table = plover_table(shared / "dictionaries/plover_ngec/CAMEO2PLOVER-2021.txt")
    text = (shared / "dictionaries/petrarch2/CAMEO.2.0.txt").read_text(encoding="latin-1")
    text = text.split("####### VERB PATTERNS #######", 1)[1]
    verbs: dict[str, list] = {}
    phrases: dict[str, list] = {}
    block_code, block_verbs = None, []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        head = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if head:
            block_code, block_verbs = head.group(2), []
            continue
        if not line.strip():
            continue
        if line.startswith("-"):
            m = re.match(r"-(.*)\[([^\]]*)\]", line)
            if not m:
                continue
            comment = raw.split("#", 1)[1].split() if "#" in raw else []
            verb = comment[0].lower() if comment else None
            coded = to_plover(m.group(2), table)
            for w in words(m.group(1)):
                for v in [verb] if verb else block_verbs:
                    key = f"{v} {w}"
                    # a pattern with no event ([---]) blocks the verb's default for that object
                    phrases.setdefault(key, list(coded) if coded else None)
            continue
        own_code = re.search(r"\[([^\]]*)\]", line)
        verb = re.sub(r"\[[^\]]*\]", "", line).strip().split("{")[0].strip().lstrip("+").strip("_")
        verb = verb.lower().replace("_", " ")
        if verb and re.fullmatch(r"[a-z][a-z -]*", verb):
            block_verbs.append(verb)
            coded = to_plover(own_code.group(1) if own_code else block_code or "", table)
            if coded and verb not in verbs:
                verbs[verb] = list(coded)
    for line in EXTRA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, event, mode = (line.split("\t") + ["", ""])[:3]
        if key.startswith("!"):  # this verb means one thing whatever its object: drop its patterns
            key = key[1:]
            for phrase in [p for p in phrases if p.split(" ", 1)[0] == key.strip()]:
                del phrases[phrase]
        target = phrases if " " in key.strip() else verbs
        target[key.strip()] = [event.strip(), mode.strip()] if event.strip() != "-" else None
    return {"verbs": dict(sorted(verbs.items())), "phrases": dict(sorted(phrases.items()))}


def _tabari_entries(path: Path):
    """(names, codes) per entry of a TABARI actor file."""
    names, codes = [], []
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        found = re.findall(r"\[([^\]]+)\]", line)
        name = re.sub(r"\[[^\]]*\]", "", line).strip()
        if name and not raw[:1].isspace():
            if name.startswith("+"):
                names.append(name[1:])
            else:
                if names and codes:
                    yield names, codes
                names, codes = [name], []
        codes += found
    if names and codes:
        yield names, codes


def _latest(codes: list[str], valid: set[str]) -> str | None:
    """The code of the latest period: open-ended or the one ending last. A bare sector ("[ELI]"
    after Kofi Annan's dated [IGOUNO ...]) names no country: it must not hide the dated code."""
    best, best_key = None, ""
    for c in codes:
        parts = c.split()
        if not parts or parts[0].startswith("~") or code_of(parts[0])[:3] not in valid:
            continue
        period = parts[1] if len(parts) > 1 else ""
        key = "99999999" if not period or period.startswith(">") else period.split("-")[-1].lstrip("<")
        key = key if len(key) != 6 else ("19" if key[:2] > "30" else "20") + key
        if key >= best_key:
            best, best_key = parts[0], key
    return best


def name_key(name: str) -> str:
    name = name.lower().replace("_", " ").replace(".", "")
    name = re.sub(r"\s+", " ", name).strip(" -")
    return name[4:] if name.startswith("the ") else name


def code_of(raw: str) -> str:
    raw = raw.upper()
    raw = RECODE.get(raw[:3], raw[:3]) + raw[3:]
    if raw[:3] in NONSTATE:
        # the gold codings put the UN and its agencies under IGO too
        return raw[:3] + raw[6:9] if raw[:3] == "IGO" else raw[:6]
    return raw[:6]


def build_actors(shared: Path) -> dict:
    names: dict[str, str] = {}
    people: dict[str, set[str]] = {}  # surname -> codes of the dated (personal) entries bearing it
    with open(shared / "dictionaries/plover_ngec/countries.csv", encoding="utf-8") as f:
        valid = {row["CCA3"] for row in csv.DictReader(f)} | set(NONSTATE) | {"KOS", "PSE", "HKG", "SSD", "DMA"}
    folder = shared / "dictionaries/petrarch2"
    for file in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for entry, codes in _tabari_entries(folder / file):
            # regional and internal codes (MEA, KKL...) are no PLOVER country
            code = _latest(codes, valid)
            if not code:
                continue
            dated = any(len(c.split()) > 1 for c in codes)
            for n in entry:
                key = name_key(n)
                if key and len(key.split()) <= 6 and not key.isdigit():
                    names.setdefault(key, code_of(code))
                    if dated and len(key.split()) >= 2 and re.fullmatch(r"[a-z][a-z'-]{3,}", key.split()[-1]):
                        people.setdefault(key.split()[-1], set()).add(code_of(code))
    countries: dict[str, str] = {}
    with open(shared / "dictionaries/plover_ngec/countries.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iso = RECODE.get(row["CCA3"], row["CCA3"])
            for n in [row["Name"], *row["Nationality"].split(",")]:
                if n.strip():
                    countries[name_key(n)] = iso
    agents: dict[str, str] = {}
    macros: dict[str, list[str]] = {}
    agent_file = shared / "dictionaries/plover_ngec/PLOVER_agents.txt"
    for raw in agent_file.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        macro = re.match(r"(!\w+!)\s*=\s*(.*)", line)
        if macro:
            macros[macro.group(1)] = [w.strip().lower() for w in macro.group(2).split(",")]
            continue
        m = re.match(r"([^\[]+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]{3})", line)
        if not m:
            continue
        forms = [m.group(1)]
        for mac, subs in macros.items():
            if mac in m.group(1):
                forms = [m.group(1).replace(mac, "_" + s) for s in subs]
        for form in forms:
            key = name_key(form)
            if key:
                agents.setdefault(key, m.group(3))
    for line in ACTORS_EXTRA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, code = line.split("\t")[:2]
            names[name_key(key)] = code.strip()
    # "President Mugabe", "Kagame": news names a leader by surname, the dictionaries by full
    # name; a surname counts when every dated entry bearing it is of one country and it is no
    # other actor, country or agent word
    surnames = {}
    for surname, codes in people.items():
        if len({c[:3] for c in codes}) == 1 and surname not in names and surname not in countries \
                and surname not in agents:
            surnames[surname] = sorted(codes)[0]
    return {"names": dict(sorted(names.items())), "countries": dict(sorted(countries.items())),
            "agents": dict(sorted(agents.items())), "surnames": dict(sorted(surnames.items()))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared/corpora/plover"))
    shared = Path(ap.parse_args().shared)
    verbs = build_verbs(shared)
    actors = build_actors(shared)
    for name, source, data in (("event_verbs.json", VERBS_SOURCE, verbs), ("event_actors.json", ACTORS_SOURCE, actors)):
        text = json.dumps({"source": source, **data}, ensure_ascii=False, separators=(",", ":"))
        (OUT / name).write_text(text + "\n", encoding="utf-8")
    print(f"{len(verbs['verbs'])} verbs, {len(verbs['phrases'])} verb+word patterns; "
          f"{len(actors['names'])} actor names, {len(actors['countries'])} country words, "
          f"{len(actors['agents'])} agent nouns, {len(actors['surnames'])} surnames -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
