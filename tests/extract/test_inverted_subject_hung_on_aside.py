"""Issue 13 (r27-relay): "“...,” said Jane Roe, half joking" — the parse made the inverted speaker
the subject of the aside after the cue, and the speaker was dropped as another clause's subject
(``candidates.inverted_subject_hung_on_aside``). Invented sentences."""
import onrecord


def said(text):
    return [(st.speaker.name if st.speaker else None, st.cue.text if st.cue else None)
            for st in onrecord.extract(text).statements]


def test_an_inverted_name_the_aside_took_as_its_subject_speaks():
    assert ("Jane Roe", "said") in said('"We will win," said Jane Roe, half joking.')
    assert ("Jane Roe", "said") in said("''We will win,'' said Jane Roe, half joking.")


def test_near_misses_keep_their_old_answer():
    # a possessor before the aside: the lawyer spoke, not Roe, and no one is named for it
    assert ("Jane Roe", "said") not in said('"We will win," said Jane Roe\'s lawyer, half joking.')
    # the name inside the reported clause is no speaker; the subject before the cue is
    assert said("The mayor said Jane Roe, half joking, would win.") == [("mayor", "said")]
    assert said("Jane Roe said that Tom Lee, half joking, had won.") == [("Jane Roe", "said")]
    # already read before
    assert said('"We will win," said Jane Roe, laughing.') == [("Jane Roe", "said")]
    assert said('"We will win," said Jane Roe, who was half joking.') == [("Jane Roe", "said")]
    assert ("Jane Roe", "told") in said('"We will win," Jane Roe told Tom Lee, half joking.')
    # an attribution written twice, the second a finite verb: no name taken from it
    found = said('"We oppose that," said Jane Roe, a member of the board, told the Zorb Sun last month.')
    assert ("Jane Roe", "said") not in found, found
    # no name right after the cue: left unnamed as before
    assert ("Jane Roe", "said") not in said('"We will win," said the coach, half joking.')


def test_an_aside_the_parse_hung_as_the_reported_clause_is_no_statement_of_hers():
    # review of r27-relay: the aside read as the cue's reported clause was a junk statement with no
    # speaker before the rule, and the rule put her name on it; now it is no statement at all
    for text in ('"We will win," said Jane Roe, half joking, in a nod to Tom Lee.',
                 '"We will win," said Jane Roe, a Tom Lee aide, half joking.',
                 '"We will win," said Jane Roe, half joking, reading a statement from Tom Lee.'):
        contents = [st.content.text for st in onrecord.extract(text).statements]
        assert contents == ["We will win,"], (text, contents)
