"""Titles written short before a name (``nlp.add_title_abbreviations``, the ``onrecord_titles``
component, ``data/title_abbreviations.txt``): one token with their stop, and no sentence ends
there, so the name after the title speaks. Invented sentences."""
import pytest

import onrecord
from onrecord import data
from statement_lookup import speaker_of

TITLES = ("Sgt.", "Lt.", "Gen.", "Col.", "Capt.", "Cpl.", "Det.", "Insp.", "Supt.", "Rep.", "Sen.", "Gov.",
          "Atty.", "Rev.", "Prof.", "Dr.", "Mrs.", "Ms.")


@pytest.mark.parametrize("title", TITLES)
def test_title_stays_in_the_sentence_of_its_name(nlp, title):
    doc = nlp(f"The bridge was shut at noon, said {title} Ann Pell.")
    assert len(list(doc.sents)) == 1
    assert title in [t.text for t in doc]


@pytest.mark.parametrize("title", ("Sgt.", "Capt.", "Det.", "Insp.", "Supt.", "Atty."))
def test_name_after_title_speaks(nlp, title):
    assert speaker_of(f"The bridge was shut at noon, said {title} Ann Pell.", "bridge was shut") == "Ann Pell"


def test_two_titles_and_a_title_opening_a_sentence(nlp):
    text = ("Police said the bridge was shut at noon. Det. Supt. Tom Varga told reporters that no one was "
            "hurt. The lane will reopen, Insp. Ann Pell of the county police said.")
    assert speaker_of(text, "no one was hurt") == "Tom Varga"
    assert speaker_of(text, "lane will reopen") == "Ann Pell"
    assert not any(e.name in ("Det", "Supt", "Insp") for e in onrecord.extract(text).entities)


def test_street_still_ends_a_sentence(nlp):
    """"St." is spaCy's own exception and none of the added titles: a street may end a sentence."""
    assert "St" not in data.lines("title_abbreviations.txt")
    doc = nlp("The shop is on Main St. The mayor said the road was closed.")
    assert len(list(doc.sents)) == 2
