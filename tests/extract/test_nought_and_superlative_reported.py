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
    ("Police reported no injuries in the blaze.", "no injuries in the blaze", "Police"),
    ("Police reported no arrests.", "no arrests", "Police"),
    # the content is the object (and a superlative with its frame), not an addressee or a time
    ("Police reported no injuries to the fire department.", "no injuries", "Police"),
    ("The Quarnby firm reported no wrongdoing to the regulator.", "no wrongdoing", "Quarnby"),
    ("The Zorb Press agency reported the flood the worst since 1998 to the council.",
     "the flood the worst since 1998", "Zorb Press"),
    ("The Zorb Press agency reported the flood the worst since 1998 on Friday.",
     "the flood the worst since 1998", "Zorb Press"),
    # a superlative given the object
    ("The Zorb Press agency reported last week's flood the worst since 1998.",
     "last week's flood the worst since 1998", "Zorb Press"),
    ("The Eastland Herald reported the fire the largest in the county's history.",
     "the fire the largest in the county's history", "Eastland Herald"),
    # the frames a superlative is measured against
    ("The Eastland Herald reported the storm the strongest ever.", "the storm the strongest ever", "Eastland Herald"),
    ("The Eastland Herald reported the storm the strongest on record.",
     "the storm the strongest on record", "Eastland Herald"),
    ("The Eastland Herald reported the drought the worst in decades.",
     "the drought the worst in decades", "Eastland Herald"),
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
    # a superlative of how or when the report was made, measured against no frame
    "The Kelvo Herald reported the story the fastest of any paper.",
    "Kelvo reported the outbreak the earliest of all the provinces.",
    "The agency reported the figures the latest of any region.",
    "Police reported the theft the earliest they could.",
    # speed or time of the report, whatever frame follows (round 24 second review)
    "The Eastland Herald reported the scandal the fastest in years.",
    "Tom Hale reported the theft the quickest in the town's history.",
    "The Eastland Herald reported the result the earliest since 1990.",
    "The newspaper reported the story the fastest ever.",
    # a report not made: the noun names the report itself
    "The ministry reported no figures for March.",
    "The ministry has reported no data since the storm.",
    "The agency will report no results until Monday.",
    # asked, not said
    "Why did police report no injuries?",
    "Did police report the flood the worst since 1998?",
])
def test_not_statements(nlp, text):
    assert contents(text) == []


def test_content_stops_before_addressee(nlp):
    assert contents("Police reported no injuries to the fire department.") == ["no injuries"]
    assert contents("The Zorb Press agency reported the flood the worst since 1998 on Friday.") \
        == ["the flood the worst since 1998"]
