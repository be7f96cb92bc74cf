"""Issue 13, i12-found2. A clause of saying set off by commas or opened by "as" reports the rest of
its sentence (``candidates.set_off_cue``, ``speech_acts.set_off_statement``). Invented sentences."""
import pytest

import onrecord
from statement_lookup import statement_with


@pytest.mark.parametrize("text, content, speaker", [
    ("As the Zorb Gazette recently noted, trust in the council is collapsing across the county.",
     "trust in the council is collapsing across the county", "Zorb Gazette"),
    ("As reported by the Eastland Courier, last year Pellville became the first town to ban cars.",
     "last year Pellville became the first town to ban cars", "Eastland Courier"),
    ("If she becomes mayor, Clinton suggested in a tweet, fares won't be raised for years.",
     "If she becomes mayor, Clinton suggested in a tweet, fares won't be raised for years", "Clinton"),
    ("The Ruritanian army, the minister said on Monday, has withdrawn from the border.",
     "The Ruritanian army, the minister said on Monday, has withdrawn from the border", "minister"),
    ("As Jo Roe reported for the Zorb Courier, the war was going badly.", "the war was going badly", "Jo Roe"),
    ("As Jo Roe told a meeting of donors, the plan is dead.", "the plan is dead", "Jo Roe"),
])
def test_set_off_cue(nlp, text, content, speaker):
    st = statement_with(onrecord.extract(text), content)
    assert speaker in st.speaker.mention.text


@pytest.mark.parametrize("text, absent", [
    # "as" of time with an act: nothing said
    ("As Jo Roe joked with her friends at the table, her brother grew impatient.", "her brother grew"),
    # a verb of no subject after it: no clause reported
    ("On Monday, Jo Roe spoke, then left the hall.", "then left"),
    # who wrote a letter is no report of the sentence
    ("The firm contended in its letter, written by Jo Roe, a director, that the fund was biased.",
     "The firm contended in its letter, written"),
    # a denied report says nothing
    ("As the mayor never said, the bridge will close.", "the bridge will close"),
    # a clause of time opened by "when" or "whenever" is no aside (i12-rev3)
    ("Whenever Jo Roe tells a joke, the audience laughs loudly.", "the audience laughs"),
    ("When Jo Roe writes, the words flow easily from her pen.", "the words flow"),
    # "reported for duty" tells where one went (i12-rev3)
    ("As Jo Roe reported for duty, the ship left the harbour.", "the ship left"),
])
def test_not_set_off_cue(nlp, text, absent):
    contents = [st.content.text for st in onrecord.extract(text).statements]
    assert not any(absent in c for c in contents), contents


@pytest.mark.parametrize("text, content", [
    ("Jo Roe called the system “rigged” in a post on Tuesday, and a few mayors agreed.",
     "the system “rigged”"),
    ("Pell called both Roe and the governor of Eastland “crazy” and left.",
     "Roe and the governor of Eastland “crazy”"),
])
def test_quoted_label_of_object(nlp, text, content):
    """``candidates.quoted_label_of_object``: a short quoted label the parse hung on the object."""
    statement_with(onrecord.extract(text), content)


@pytest.mark.parametrize("text, absent", [
    ("She called the singer “Zizi” at the show.", "Zizi"),
    ("He praised the “brave” workers.", "brave"),
])
def test_no_quoted_label(nlp, text, absent):
    contents = [st.content.text for st in onrecord.extract(text).statements]
    assert not any(absent in c for c in contents), contents
