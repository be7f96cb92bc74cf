"""Issue 13 (r28-anonask): a speaker's request to stay unnamed is no statement ("who requested
anonymity to discuss the talks": the infinitive is the request's purpose, not a claim;
``anonymity.asks_to_stay_unnamed``, in ``statements._accepted_candidates``). Invented sentences."""
import pytest

import onrecord


def contents(text):
    return [(st.cue.text if st.cue else None, st.content.text.strip()) for st in onrecord.extract(text).statements]


@pytest.mark.parametrize("text, junk", [
    ("Two senators who requested anonymity to discuss private talks said the bill would pass.",
     "to discuss private talks"),
    ("An aide, who requested anonymity to describe the meeting, said the talks had stalled.",
     "to describe the meeting"),
    ("The plan is dead, said a Zedco board member, asking for anonymity to talk openly.", "to talk openly"),
    ("An aide, who asked not to be identified, said the talks had stalled.", "not to be identified"),
])
def test_a_request_to_stay_unnamed_is_no_statement(text, junk):
    found = contents(text)
    assert not any(junk in content for _, content in found), found
    assert any("stalled" in c or "pass" in c or "dead" in c for _, c in found), found  # the real claim stays


@pytest.mark.parametrize("text, kept", [
    # anonymity asked for others is a real request
    ("Jane Roe demanded anonymity for the witnesses to protect them from reprisals.", "anonymity for"),
    # a request that someone else grant anonymity: what she asked for
    ("Jane Roe asked the court to grant anonymity to the witnesses.", "to grant anonymity"),
    # other requests with an infinitive are untouched
    ("Jane Roe asked the board to delay the vote.", "to delay the vote"),
    ("Jane Roe asked for a recount to make sure every vote was counted.", "to make sure"),
    # speaking on condition of anonymity is still the statement
    ("A Zedco official said on condition of anonymity that the plant would close.", "the plant would close"),
    # a request that a witness not be named is a request of hers
    ("Jane Roe asked that the witness not be named in the report.", "the witness not be named"),
    # review of r28-anonask: anonymity that is others' by "of" or a possessive is a demand
    ("Jane Roe demanded the anonymity of the witnesses.", "the anonymity of the witnesses"),
    ("Jane Roe demanded the witnesses' anonymity.", "the witnesses' anonymity"),
    ("The whistleblower's lawyer demanded her anonymity.", "her anonymity"),
    # review of r28-anonask: anonymity demanded beside other things is a demand of its own
    ("The families demanded anonymity and a public inquiry into the crash.", "a public inquiry"),
    ("The union demanded anonymity, higher pay and an end to night shifts.", "higher pay"),
    # second review of r28-anonask: a request in a main clause is the news
    ("The witnesses demanded anonymity before testifying.", "anonymity"),
    ("Jane Roe demanded anonymity from the inquiry.", "anonymity"),
    ("The families demanded anonymity, not a public inquiry.", "anonymity"),
])
def test_near_misses_keep_their_statement(text, kept):
    found = contents(text)
    assert any(kept in content for _, content in found), found


@pytest.mark.parametrize("text", [
    # second review of r28-anonask: an owner of its own on the word does not lift a description's anonymity
    "Senator Jane Roe visited the plant on Monday. The senator, who requested her anonymity be protected, "
    "said the plant would close.",
    "Senator Jane Roe visited the plant on Monday. The senator, who spoke on condition of anonymity of the "
    "usual kind, said the plant would close.",
])
def test_a_description_kept_anonymous_stays_unnamed(text):
    speakers = [st.speaker.name for st in onrecord.extract(text).statements if "close" in st.content.text]
    assert speakers and "Jane Roe" not in speakers, speakers


@pytest.mark.parametrize("text, kept", [
    # third review of r28-anonask: a purpose that is not the speaker's own talk may be a demand of its own
    ("The minister, who asked for anonymity to be granted to the witnesses, said the hearing was closed.",
     "to be granted to the witnesses"),
    ("The senator, who has long demanded anonymity to protect whistleblowers, said the bill would pass.",
     "anonymity"),
])
def test_a_request_for_anonymity_with_another_purpose_stays_a_statement(text, kept):
    found = [c for cue, c in contents(text) if cue in ("asked", "demanded")]
    assert any(kept in content for content in found), found
