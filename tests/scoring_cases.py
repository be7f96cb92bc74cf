"""A small synthetic article whose gold exercises every rule of the statement scorer, and sets of
predictions for it, for the scorer's tests and the ``evaluate`` command's. ``write_synthetic``
writes them as files; the ``synthetic`` fixture in conftest.py calls it.
"""
from __future__ import annotations

import json
from pathlib import Path


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


TEXT = ('Officials said the plan "will not work, ever." Smith added that taxes would rise. '
        '"We are ready," he said. The mayor believes the city is safe and the budget is sound. '
        'Jones said that "nothing" had changed, according to reports. '
        "Iran's Supreme Leader Ali Khamenei said the missiles are precise.\n\n"
        '“Prices will fall,” said Ms. Brown. The report was published on Monday.')


def at(fragment: str, text: str = TEXT) -> list[int]:
    start = text.index(fragment)
    return [start, start + len(fragment)]


def mention(fragment: str, name: str | None = None, near: str | None = None) -> dict:
    s = TEXT.index(fragment, TEXT.index(near) if near else 0)
    e = s + len(fragment)
    return {"name": name or fragment, "mention": {"start": s, "end": e, "text": fragment}}


def pred(fragment: str, speaker: dict | None = None, kind: str = "direct", span=None) -> dict:
    s, e = span or at(fragment)
    return {"id": "x#s", "kind": kind, "content": {"start": s, "end": e, "text": TEXT[s:e]}, "speaker": speaker}


GOLD = {
    "id": "art",
    "text": TEXT,
    "entities": {"Smith": {"aliases": ["John Smith", "Smith"]},
                 "Ali Khamenei": {"aliases": ["Khamenei"]},
                 "Brown": {"aliases": ["Ms. Brown", "Anne Brown"]}},
    "statements": [
        # the quote marks and the final period are in the annotated span: trimming removes them
        {"content": [at('"will not work, ever."')], "source": [at("Officials")], "speaker": "Officials",
         "kind": "mixed"},
        {"start": at("taxes would rise")[0], "end": at("taxes would rise.")[1], "source": [at("Smith")],
         "speaker": "Smith", "kind": "indirect"},
        {"content": [at("We are ready")], "source": [[at("he said")[0], at("he said")[0] + 2]],
         "speaker": "Smith", "kind": "direct"},
        # discontinuous: two pieces
        {"content": [at("the city is safe"), at("the budget is sound")], "source": [at("The mayor")],
         "kind": "belief"},
        {"content": [at('that "nothing" had changed')], "source": [at("Jones")], "speaker": "Jones", "kind": "mixed"},
        {"content": [at("the missiles are precise")], "source": [at("Iran's Supreme Leader Ali Khamenei")],
         "speaker": "Ali Khamenei", "kind": "indirect"},
        {"content": [at("Prices will fall")], "source": [at("Ms. Brown")], "speaker": "Brown", "kind": "direct"},
        # left out by default (core: false), and one with no speaker at all
        {"content": [at("Jones said that")], "kind": "indirect", "core": False, "speaker": "reports"},
        {"content": [at("The report was published on Monday")], "kind": "indirect"},
    ],
}

PREDICTION_SETS = {
    "nothing": [],
    "exact, mentions": [
        pred("will not work, ever", mention("Officials")),
        pred("taxes would rise", mention("Smith"), "indirect"),
        pred("We are ready", mention("he", "Smith", near="he said")),
        pred("the city is safe and the budget is sound", mention("The mayor"), "belief"),
        pred('that "nothing" had changed', mention("Jones"), "mixed"),
        pred("the missiles are precise", mention("Ali Khamenei"), "indirect"),
        pred("Prices will fall", mention("Ms. Brown")),
    ],
    "untrimmed and loose": [
        pred('"will not work, ever."', None),                                   # no speaker
        pred("that taxes would rise.", {"name": "John Smith"}, "indirect"),      # alias, no mention
        pred('"We are ready," he said.', {"name": "Smith"}),                     # more than half inside
        pred("the city is", mention("Officials")),                              # inside, too small to find it
        pred("Jones said that", mention("Jones"), "indirect"),                  # belongs to a core: false statement
        pred("Ali Khamenei said the missiles are precise", {"name": "Iran's Supreme Leader Ali Khamenei"}),
        pred("Prices will fall,” said Ms", {"name": "Prices"}),                  # wrong speaker
    ],
    "several pieces and spurious": [
        pred("will not work", mention("Officials")),
        pred("ever", {"name": "Officials"}),
        pred("taxes would", {"name": "Mr. Smith"}, "indirect"),
        pred("The mayor believes the city", mention("The mayor"), "belief"),   # less than half inside: spurious
        pred("the budget is sound", {"name": "mayor"}, "belief"),
        pred("the city is safe", {"name": "Mayor"}, "belief"),
        pred("nothing", {"name": "Jones"}),
        pred("had changed", {"name": "reports"}),                              # tie on speakers: 1 of 2 is right
        pred("Officials said the plan", {"name": "Officials"}, "indirect"),    # spurious, unquoted
        pred("published on Monday", {"name": "The report"}, "indirect"),       # gold has no speaker
        pred("x", None, span=(0, 0)),                                          # empty
        {"id": "x#bad", "kind": "direct", "content": None, "speaker": None},   # unusable content
        pred('ready," he said', mention("he", "Smith", near="he said")),      # with a mark: spurious, quoted
    ],
    "canonical names": [
        pred("We are ready", mention("he", "he", near="he said")),           # mention right, name wrong
        pred("the missiles are precise", mention("Ali Khamenei", "Khamenei")),
        pred("Prices will fall", mention("Ms. Brown", "Brown")),
        pred("taxes would rise", {"name": "Smith's"}, "indirect"),
        pred("will not work, ever", {"name": "the officials"}),
    ],
}


def write_synthetic(folder: Path) -> tuple[Path, dict[str, Path]]:
    """The gold file and one predictions file per set, named as in ``PREDICTION_SETS``."""
    gold = folder / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False, indent=1), encoding="utf-8")
    preds = {}
    for n, (name, statements) in enumerate(PREDICTION_SETS.items()):
        preds[name] = write_jsonl(folder / f"pred{n}.jsonl", [{"id": "art", "statements": statements}])
    return gold, preds
