#!/usr/bin/env python3
"""Build ``src/onrecord/data/first_names.tsv``: first names that are used almost only for
women or only for men, so that "she" is not resolved to Donald Trump.

The source is the name data of the ``nomquamgender`` package (Van Buskirk et al., MIT), which
pools name counts from many national registries. It is read from the package's wheel on PyPI
(downloaded by pip into a temporary folder, not installed): onrecord needs only the few names
below, not the package's pandas dependency.

A name is kept when it is alphabetic, seen at least MIN_COUNT times and gendered with
probability >= 0.85 (``f`` when p(female) >= 0.85, ``m`` when <= 0.15).

    .venv/bin/python tools/build_first_names.py
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "nomquamgender==0.1.4"
MIN_COUNT = 100
OUT = Path(__file__).resolve().parents[1] / "src/onrecord/data/first_names.tsv"
# the comment lines the file opens with: what it holds, where from, what rebuilds it
HEADER = ("# First name<TAB>f|m: names given almost only to women (f) or only to men (m).\n"
          f"# Source: the name data of {PACKAGE} (MIT, Ian Van Buskirk), by tools/build_first_names.py,\n"
          "# which rebuilds this file.\n")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, PACKAGE],
                       check=True)
        wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            data = json.loads(archive.read("nomquamgender/name_data.json"))
    rows = []
    for name, (_, count, p_female, *_) in data.items():
        if count < MIN_COUNT or not name.isascii() or not name.isalpha():
            continue
        if p_female >= 0.85:
            rows.append((name, "f"))
        elif p_female <= 0.15:
            rows.append((name, "m"))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        out.writelines(f"{name}\t{gender}\n" for name, gender in sorted(rows))
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
