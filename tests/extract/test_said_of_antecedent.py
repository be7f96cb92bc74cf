"""Issue 13, i12-found. A relative clause of saying: what the reporter said of the noun it hangs on
(``candidates.said_of_antecedent``, ``speech_acts.said_of_noun``); a figure a writing shows or finds
(``candidates.figure_shown_after``, ``speech_acts.shows_figure``); a contest called for its winner
(``candidates.contest_called``, ``speech_acts.calls_contest``). Invented sentences."""
import pytest

import onrecord
from statement_lookup import statement_with


@pytest.mark.parametrize("text, content, speaker", [
    ("The mayor closed the old bridge, which the Zorb Gazette reported left many commuters angry.",
     "the old bridge, which the Zorb Gazette reported left many commuters angry", "Zorb Gazette"),
    ("Mr. Pell signed a deal that analysts believe will raise prices.",
     "a deal that analysts believe will raise prices", "analysts"),
    ("She kept the files on a laptop, which an inquiry by the Eastland Council said was badly protected.",
     "a laptop, which an inquiry by the Eastland Council said was badly protected", "inquiry"),
    # the clause hung on the noun of a phrase that qualifies another: the content keeps the phrase
    ("Prices rose after a rise in fuel costs that analysts say will continue into next year.",
     "a rise in fuel costs that analysts say will continue into next year", "analysts"),
])
def test_said_of_antecedent(nlp, text, content, speaker):
    st = statement_with(onrecord.extract(text), content)
    assert speaker in st.speaker.mention.text


def test_a_for_phrase_is_said_of_its_own_noun(nlp):
    """Only "in" and "of" join a noun to the one before it: what is said of "the first manned
    mission" is not said of the two astronauts chosen for it."""
    text = ("The agency has picked two astronauts, Ann Lee and Bo Tran, for Starling's first manned mission, "
            "which the agency said might take place this summer.")
    st = statement_with(onrecord.extract(text), "which the agency said")
    assert st.content.text.startswith("Starling's first manned mission")


@pytest.mark.parametrize("text, absent", [
    # the reported clause has its own subject: the noun is no part of what was said
    ("She bought the house that her father said he built.", "the house that"),
    # the relative pronoun is the cue's object: a characterisation of the noun, not a report
    ("The spray is made of silicone, that Wang described as resembling hairs.", "silicone"),
    # a denied report says nothing
    ("He sold the farm, which his brother never said was worth much.", "the farm"),
    # a plural verb of a singular noun: the noun is not what was said to be so
    ("Fires broke out at a plant and an oil field, which the radio said were under control.",
     "oil field, which"),
    # the noun cut off by a semicolon: "which" alone says nothing of what
    ("Usage is over 141 billion liters a day; which they note is larger than the rate for Eastland.",
     "which they note"),
])
def test_not_said_of_antecedent(nlp, text, absent):
    contents = [st.content.text for st in onrecord.extract(text).statements]
    assert not any(absent in c for c in contents), contents


@pytest.mark.parametrize("text, content, speaker", [
    ("Polls show Mayor Quill up by 10 points in Westport.", "Mayor Quill up by 10 points in Westport", "Polls"),
    ("Other recent polls from the Zorb Institute show a 56% approval rating.", "a 56% approval rating", "polls"),
    ("The study found a 20 percent rise in cases.", "a 20 percent rise in cases", "study"),
])
def test_writing_shows_figure(nlp, text, content, speaker):
    st = statement_with(onrecord.extract(text), content)
    assert speaker in st.speaker.mention.text


@pytest.mark.parametrize("text, absent", [
    # a person who shows a thing with a number in it acts
    ("The guide showed the visitors 20 paintings.", "paintings"),
    # no figure: what the poll was about is no finding
    ("The poll showed Mayor Quill in a new light.", "new light"),
    # a recording or a picture shows what is seen in it, no figure found
    ("The slide showed 4 charts.", "charts"),
    ("The film shows 12 dancers on a stage.", "dancers"),
])
def test_no_figure_shown(nlp, text, absent):
    contents = [st.content.text for st in onrecord.extract(text).statements]
    assert not any(absent in c for c in contents), contents


@pytest.mark.parametrize("text, content, speaker", [
    ("The Zorb Wire called the election for Mayor Quill on Tuesday.", "the election for Mayor Quill", "Zorb Wire"),
    ("Later, Reuters and the Eastland Herald called Ohio for Ann Lee.", "Ohio for Ann Lee", "Reuters"),
])
def test_contest_called(nlp, text, content, speaker):
    st = statement_with(onrecord.extract(text), content)
    assert speaker in st.speaker.mention.text


@pytest.mark.parametrize("text, absent", [
    ("The union called a strike for Monday.", "strike"),
    # a passive names nobody who called it
    ("The race was called for Ann Lee late on Tuesday.", "race"),
    # "a special election" called for a district is set, not won, and no demand for the district
    ("Governor Lee called a special election for the 5th District.", "District"),
    ("The governor called a snap election for Mayor Quill's old seat.", "seat"),
])
def test_no_contest_called(nlp, text, absent):
    contents = [st.content.text for st in onrecord.extract(text).statements]
    assert not any(absent in c for c in contents), contents
