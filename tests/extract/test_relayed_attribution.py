"""An "according to" that only says where another attribution was read is no statement of its
own (``statements.relayed_attribution``): the words stay with the one who said them. Invented
sentences."""
import onrecord


def speakers_of(text):
    return [(st.speaker.name if st.speaker else None, st.cue.text if st.cue else None)
            for st in onrecord.extract(text).statements]


def test_a_transcript_that_relays_a_quote_is_no_second_speaker(nlp):
    text = ('"We will not give up the port," Governor Ana Lisk said on Tuesday, according to a transcript '
            "of the broadcast.")
    found = speakers_of(text)
    assert ("Ana Lisk", "said") in found
    assert all((cue or "").lower() != "according" for _, cue in found), found


def test_an_outlet_that_relays_a_report_is_no_second_speaker(nlp):
    found = speakers_of("The talks will resume next week, Lisk told reporters, according to Zedland Radio.")
    assert [name for name, _ in found] == ["Lisk"], found


def test_according_to_with_no_attribution_inside_stays(nlp):
    found = speakers_of("The talks will resume next week, according to Zedland Radio.")
    assert found == [("Zedland Radio", "according")], found


def test_what_a_poll_s_respondents_say_stays_the_poll_s(nlp):
    text = "According to a new Zorb Institute poll, most voters say they would pay more for local bread."
    found = speakers_of(text)
    assert any(cue and cue.lower() == "according" for _, cue in found), found
