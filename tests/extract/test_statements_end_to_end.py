"""Statements on real sentences with the real spaCy model, end to end through ``onrecord.extract``:
reported speech, beliefs, mixed and continued quotes, and what is not a statement."""
import pytest

import onrecord
from statement_lookup import statement_with


def test_praise_of_a_thing_and_background_conduct_are_not_statements(nlp):
    text = ("Rouhani hailed the I.R.G.C.'s move. Rouhani hailed the strike as a warning to Washington. "
            "But as the president is encouraging the I.R.G.C. to continue its missile activities, "
            "he will not be able to keep that promise.")
    contents = [st.content.text for st in onrecord.extract(text).statements]
    assert not any("move" in c or "continue its missile" in c for c in contents), contents


def test_quote_that_opens_with_its_subjects_verb(nlp):
    text = ('While the deal does not address the program, the U.N. Security Council Resolution 2231 '
            '“calls upon Iran not to undertake any activity related to ballistic missiles.” '
            'Iranian leaders argue that the missiles are not designed to carry warheads.')
    st = statement_with(onrecord.extract(text), "calls upon Iran")
    assert st.kind == "direct" and st.speaker.name.endswith("Resolution 2231")
    assert st.speaker.type == "ORG"


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The minister said that the talks would resume in May.", "the talks would resume in May", "minister", "said"),
    ("Ms. Lopez claimed the vote had been rigged.", "the vote had been rigged", "Lopez", "claimed"),
    ("Washington warned Iran to halt its missile tests.", "to halt its missile tests", "Washington", "warned"),
    ("According to the ministry, 40 people were killed in the attack.", "40 people were killed in the attack",
     "ministry", "According"),
    ("Mr. Harris told reporters the plan was dead.", "the plan was dead", "Harris", "told"),
    ("The company insisted that it had done nothing wrong.", "it had done nothing wrong", "company", "insisted"),
])
def test_reported_speech(nlp, text, content, speaker, cue):
    record = onrecord.extract(text)
    st = statement_with(record, content)
    assert st.kind == "indirect"
    assert speaker in st.speaker.mention.text
    assert st.cue.text == cue


def test_beliefs_are_their_own_kind(nlp):
    record = onrecord.extract("Senator Jane Moore believes that the bill will fail in the House.")
    st = statement_with(record, "the bill will fail")
    assert st.kind == "belief" and st.speaker.name == "Jane Moore"


def test_mixed_quote_is_one_statement(nlp):
    text = 'Officials said the strike was "a clear violation of the ceasefire" and would be answered.'
    record = onrecord.extract(text)
    assert len(record.statements) == 1
    st = record.statements[0]
    assert st.kind == "mixed" and "a clear violation of the ceasefire" in st.content.text
    assert st.speaker.type == "GROUP"


def test_cueless_quote_continues_the_previous_speaker(nlp):
    text = ('“We will not retreat,” Defense Minister Ana Silva said on Monday. “The border is secure. '
            'Our troops are ready.”\n\nThe parliament meets next week.')
    record = onrecord.extract(text)
    second = statement_with(record, "The border is secure")
    assert second.kind == "direct" and second.cue is None
    assert second.speaker.name == "Ana Silva"
    assert "Defense Minister" in second.speaker.roles


def test_unicode_is_kept_and_offsets_hold(nlp):
    text = "The mayor\u00a0said that “the water is safe” — and repeated it twice."
    record = onrecord.extract(text)
    assert record.statements
    for st in record.statements:
        assert text[st.content.start:st.content.end] == st.content.text


@pytest.mark.parametrize("text", [
    'The new stadium "is a monument to wasted public money and bad planning by everyone".',
    'The old bridge "was a death trap for cyclists and walkers for twenty years".',
    'Visitors liked the fair. The costume "is very warm so I have to stay hydrated all day".',
])
def test_a_thing_before_a_quote_that_opens_with_is_did_not_say_it(nlp, text):
    for st in onrecord.extract(text).statements:
        assert st.speaker is None or st.speaker.mention is None or not st.speaker.mention.text.lower().startswith(
            ("the new stadium", "the old bridge", "the costume")), st


def test_a_document_before_a_quote_that_opens_with_is_still_speaks(nlp):
    text = 'The report "is clear that the agency failed to act on repeated warnings".'
    st = statement_with(onrecord.extract(text), "is clear that")
    assert st.speaker.name.lower().endswith("report")


@pytest.mark.parametrize("text, content, name, mention", [
    # no comma before the cue: the parse takes "tweeted" for a modifier of "Mayor"
    ('"I am proud of everyone who helped the victims today" tweeted Mayor of Riverton Sadiq Amari (no relation).',
     "I am proud of everyone", "Sadiq Amari", "Mayor of Riverton Sadiq Amari"),
    ('"Our hospitals are full and our staff are exhausted" wrote Health Minister Karen Obi on Monday.',
     "Our hospitals are full", "Karen Obi", "Health Minister Karen Obi"),
])
def test_a_name_right_after_a_quote_and_its_cue_says_the_quote(nlp, text, content, name, mention):
    st = statement_with(onrecord.extract(text), content)
    assert st.speaker.name == name
    assert st.speaker.mention.text.startswith(mention)


@pytest.mark.parametrize("text, absent", [
    # a quoted title before a verb, the name after it its object or listener: nobody says the title
    ('Critics of the so-called "reform package" warned Governor Ann Brady that the budget would collapse.',
     "Ann Brady"),
    ('After the band played "Hey Jude" told Reuters it would tour Asia, fans cheered.', "Reuters"),
    ('The show "Evening Report" featured Senator Mark Lyle last week.', "Mark Lyle"),
])
def test_a_quoted_title_before_a_verb_gives_the_name_after_it_no_words(nlp, text, absent):
    names = [st.speaker.name for st in onrecord.extract(text).statements if st.speaker is not None]
    assert absent not in names
