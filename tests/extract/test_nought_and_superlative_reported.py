"""Issue 13 (r24-found). A verb of reporting whose object is itself the claim: a count of
nought ("reported no injuries", ``speech_acts.counts_none`` and ``candidates.none_counted_after``)
and a superlative given the object ("reported the flood the worst since 1998",
``speech_acts.reports_superlative``, ``candidates.superlative_given``). Invented sentences."""
import pytest

import onrecord
from statement_lookup import statement_with


def contents(text):
    return [st.content.text for st in onrecord.extract(text).statements]


@pytest.mark.parametrize("text, content, speaker", [
    # a count of nought, with the phrases that say of what
    ("As of this morning, the Zorb Press agency reported no final results yet for the two remaining seats.",
     "no final results yet for the two remaining seats", "Zorb Press"),
    ("Police reported no injuries in the blaze on Friday.", "no injuries in the blaze on Friday", "Police"),
    # a superlative given the object
    ("The Zorb Press agency reported last week's flood the worst since 1998.",
     "last week's flood the worst since 1998", "Zorb Press"),
    ("The Eastland Herald reported the fire the largest in the county's history.",
     "the fire the largest in the county's history", "Eastland Herald"),
])
def test_found(nlp, text, content, speaker):
    st = statement_with(onrecord.extract(text), content)
    assert st.content.text == content
    assert speaker in st.speaker.mention.text or speaker in (st.speaker.name or "")


@pytest.mark.parametrize("text", [
    # what was reported on, or to whom: acts
    "The Zorb Press agency reported the fire to the police with no delay.",
    "Police reported the theft on Friday.",
    # "no" further in than the object's own determiner
    "Police reported the theft of a van with no plates.",
    # a passive names nobody; a count denied is no one's
    "No injuries were reported.",
    "No agency reported the flood the worst since 1998.",
])
def test_not_statements(nlp, text):
    assert contents(text) == []
