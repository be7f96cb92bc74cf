"""Named speakers' statements the extractor missed or cut: a reported clause whose verb the parse
hung apart from its subject (``candidates.clause_verb_read_apart``); a reported clause the parse split
into two complements of its cue (``candidates.complements_joined``); a name alone before a colon
and a quote (``statements.named_colon_label``, the name written again as a whole word; a label not
taken stops the quote going on with the speaker before, ``statements.rejected_colon_label``), but
not a headline's "Name: claim"; "made (it)
clear that" (``candidates.made_clear``,
``speech_acts.makes_clear``); an owned "suggestion", "insistence" or "contention"
(``speech_acts.unowned_noun``); "reaffirm" and "gloat" as speech verbs. Invented sentences."""
import pytest

import onrecord
from statement_lookup import statement_with


def contents(text):
    return [(st.content.text, st.speaker.name if st.speaker else None) for st in onrecord.extract(text).statements]


def test_two_complements_are_one_claim(nlp):
    """The words after the comma go on with the reported clause: the content holds both."""
    text = ("The Zorb Agency has said 212 of the mayor's files were kept back because they held private "
            "records, most of them marked \"internal,\" the mildest grade.")
    st = statement_with(onrecord.extract(text), "212 of the mayor's files")
    assert st.content.text.endswith("the mildest grade"), st.content.text
    assert st.speaker.name == "Zorb Agency"


def test_relative_clause_is_no_second_piece(nlp):
    """A second complement opened by a relative word is the writer's aside, not the claim."""
    text = ('Pell also said the ministry is "hiding accurate casualty figures to prevent a further dip in '
            'morale of the police", whose armoured vehicle was used to breach the compound.')
    st = statement_with(onrecord.extract(text), "the ministry is")
    assert "whose armoured" not in st.content.text, st.content.text


def test_name_before_colon_speaks_the_quote(nlp):
    text = ('Jo Hartley and Ann Pell differ on the bridge. Hartley: "We should repair the old bridge before '
            'winter." Pell: "A new bridge will cost less over ten years."')
    assert statement_with(onrecord.extract(text), "A new bridge will cost").speaker.name == "Ann Pell"


def test_label_before_colon_is_no_speaker(nlp):
    text = 'Note: "All of the figures are in dollars and were adjusted for inflation."\n\nJo Hartley spoke.\n'
    assert all(name is None for _, name in contents(text)), contents(text)


def test_a_headline_name_and_colon_is_no_statement(nlp):
    # a headline's "Name: claim" is the newsroom's label, not the speaker's words (docs/statements.md)
    text = ("Hartley: Taxes will not rise on working families this year.\n\n"
            "Governor Jo Hartley spoke to reporters in Eastland on Monday about the budget.\n")
    assert contents(text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Jo Hartley made clear that the plan would go ahead next spring.", "the plan would go ahead next spring",
     "Jo Hartley"),
    ("Jo Hartley has made it quite clear that she will not seek a third term.", "she will not seek a third term",
     "Jo Hartley"),
    ("Ann Pell's suggestion that the mayor had lied drew jeers from the crowd.", "the mayor had lied", "Ann Pell"),
    ("Jo Hartley is reaffirming that the probe into the mayor's server is free of outside influence.",
     "the probe into the mayor's server is free of outside influence", "Jo Hartley"),
    ('And Ann Pell gloated: "I told you he would not be ready for the debate."',
     "I told you he would not be ready for the debate.", "Ann Pell"),
])
def test_found(nlp, text, content, speaker):
    st = statement_with(onrecord.extract(text), content)
    assert st.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "The storm made it clear that the town needed a new wall.",  # no one who speaks
    "Jo Hartley did not make clear that the plan would go ahead.",  # denied
    "Jo Hartley bristled at the suggestion that she was responsible for the delay.",  # others' words
])
def test_not_found(nlp, text):
    assert contents(text) == [], contents(text)


def test_a_name_inside_a_longer_word_is_not_written_again(nlp):
    """"Lee" in "Leeds" does not give the name again: the label names no speaker."""
    text = 'The town of Leeds voted. Lee: "Our goal is to win the state back."'
    assert all(name != "Lee" for _, name in contents(text)), contents(text)


def test_a_rejected_label_does_not_continue_the_speaker_before(nlp):
    """Roe's words after "Roe:" are not Lee's, though "Roe" is not taken as a name."""
    text = 'Ann Lee spoke on Monday. Lee: "Our goal is to win the seat." Roe: "The goal is to govern the city well."'
    found = dict(contents(text))
    assert found.get("The goal is to govern the city well.") != "Ann Lee", contents(text)


@pytest.mark.parametrize("text, words, speaker", [
    ("On Monday, the Westfield Rail Authority put out a statement saying an explosion that night on a freight "
     "yard near Dunmore produced no injuries.", "an explosion that night on a freight yard near Dunmore produced",
     "Westfield Rail Authority"),
    ("On Friday, the coalition released a statement saying an attack that day on a base produced no casualties.",
     "an attack that day on a base produced no casualties", "coalition"),
])
def test_a_clause_whose_verb_the_parse_hung_apart_from_its_subject_is_said(nlp, text, words, speaker):
    """``candidates.clause_verb_read_apart``: the parse made the reported subject the object of
    "saying" and hung its verb elsewhere with no subject; the whole clause is what was said."""
    st = statement_with(onrecord.extract(text), words)
    assert st.speaker.name == speaker


def test_an_object_with_a_conjunct_is_left_to_the_conjunct_rule(nlp):
    """"confirmed its first infections and Freedonia had ...": the object's conjunct is the next
    clause's subject (``conjunct_read_as_subject``), not a clause read apart."""
    text = "The news came the day Ruritania confirmed its first infections and Freedonia had its first death."
    assert statement_with(onrecord.extract(text), "its first infections").content.text == "its first infections"



def test_a_free_relative_with_a_speech_verb_reads_no_clause_apart(nlp):
    """``candidates.free_relative``: in "whatever Lane charged her clinic for rent was coming from
    Lane herself" the cue's subject opens a free relative (an amount), so the verb after its object
    is the sentence's own and ``clause_verb_read_apart`` reads nothing there; a plain subject is none."""
    from onrecord.extract.candidates import free_relative  # noqa: PLC0415
    doc = nlp("He said that whatever Lane charged her clinic for rent was coming from Lane herself.")
    assert free_relative(next(t for t in doc if t.text == "charged"))
    doc = nlp("Lane charged her clinic a high rent, the report said.")
    assert not free_relative(next(t for t in doc if t.text == "charged"))
