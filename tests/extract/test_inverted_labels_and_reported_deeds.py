"""Issue 13. Statements of named speakers missed in general forms, read from PolNeAR train gold
attributions: a sentence opened by its speech verb before the speaker and a colon
(``statements.inverted_colon_label``, the name without the verb:
``fullest_name.speech_verb_before_name``); a reporting clause the parser cut off the quote before
it (``statements.attribution_alone``); a curly quote nested in a straight one
(``quotes.curly_inside_straight``); a set-off "as" clause dated by "on"
(``candidates.dated_phrase``); "made it clear to X that" (``candidates.clause_read_on_addressee``);
"report" with a gerund, "calculate" with a clause, and "bark", "exclaim", "scoff" as speech verbs
(``statement_cues.txt``). Invented sentences."""
import pytest

import onrecord
from onrecord.extract.quotes import find_quotes
from onrecord.extract.statements import replies
from statement_lookup import statement_with


def contents(text):
    return [st.content.text for st in onrecord.extract(text).statements]


def test_inverted_label_names_the_speaker_of_the_quote(nlp):
    text = ("Tod Brill spoke to us from his farm near Eastfield.\n\n"
            "Declared Brill:\n\n"
            "“Nobody in this valley will sell water to the city while I am on the board.”")
    st = statement_with(onrecord.extract(text), "Nobody in this valley will sell water")
    assert st.kind == "direct"
    assert st.speaker.name == "Tod Brill"


def test_inverted_label_with_a_noun_after_the():
    text = "The council met on Monday. Added the mayor: “We are not going to raise the parking fees this year.”"
    st = statement_with(onrecord.extract(text), "We are not going to raise the parking fees")
    assert st.speaker.mention.text.endswith("mayor")
    # one statement of these words, not also the parse's reading of "Added"
    assert len([s for s in onrecord.extract(text).statements if "parking fees" in s.content.text]) == 1


@pytest.mark.parametrize("text", [
    # a headline's words or a date before the colon name no speaker
    "The fair closed early. Reported Cases: “Three of the stalls had no permits for the whole week.”",
    "The fair closed early. Updated March 3: “Three of the stalls had no permits for the whole week.”",
])
def test_no_inverted_label_without_a_speaker(text):
    assert not any(st.speaker is not None and st.speaker.name for st in onrecord.extract(text).statements)


def test_reporting_clause_cut_off_the_quote_still_attributes_it():
    """A bracket and a nested quote make the parser end the sentence at the closing mark."""
    text = ("“He told us that ‘the mill will stay open as long as I am alive, and my sons know it,’” "
            "Rep. Lu Marsh (D-Ore.) said. Rep. Ida Kern said nothing.")
    st = statement_with(onrecord.extract(text), "the mill will stay open")
    assert st.kind == "direct"
    assert st.speaker.name == "Lu Marsh"


def test_a_sentence_of_its_own_after_a_quote_is_not_its_attribution():
    text = ("“We will pave the north road before the winter comes,” the mayor said. "
            "Sen. Al Fry, a Democrat of Eastland, said the road is a waste.")
    st = statement_with(onrecord.extract(text), "We will pave the north road")
    assert "mayor" in st.speaker.mention.text
    st = statement_with(onrecord.extract(text), "the road is a waste")
    assert st.speaker.name == "Al Fry"


def test_curly_quote_nested_in_a_straight_one():
    text = 'Pell wrote: "The board is not about “fair play” anymore. It is about the money."'
    assert [text[q.start:q.end] for q in find_quotes(text)] == [
        "The board is not about “fair play” anymore. It is about the money."]
    # a stray straight mark opens nothing
    text = 'He is 6\'2" tall, and he said “the gym is my home now” today.'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["the gym is my home now"]


def test_set_off_as_clause_dated_by_on():
    text = ("The deal raised eyebrows, given that, as the Zorb Ledger reported on Sunday, the mayor has shares "
            "in the firm.")
    st = statement_with(onrecord.extract(text), "the mayor has shares in the firm")
    assert "Zorb Ledger" in st.speaker.mention.text


@pytest.mark.parametrize("text, content, speaker", [
    ("The Eastland Growers Fund reported spending $2.4 million on radio ads in May.",
     "spending $2.4 million on radio ads", "Eastland Growers Fund"),
    ("The Zorb Trade Office calculates that 40,000 jobs will move north by 2030.",
     "40,000 jobs will move north by 2030", "Zorb Trade Office"),
])
def test_reported_deeds_and_calculations(text, content, speaker):
    st = statement_with(onrecord.extract(text), content)
    assert speaker in (st.speaker.name or "")


@pytest.mark.parametrize("text, content, speaker", [
    ("“Get off my land before I call the sheriff,” Tod Brill barked.", "Get off my land", "Tod Brill"),
    ("“That is the worst plan I have heard in years,” Ann Pell scoffed.", "the worst plan", "Ann Pell"),
])
def test_manner_of_speaking_verbs(text, content, speaker):
    assert statement_with(onrecord.extract(text), content).speaker.name == speaker


@pytest.mark.parametrize("text", [
    "The dogs barked all night near the Pell farm.",
    "Jo Roe reported for duty at the Eastfield station.",
    "The clerk calculated the total.",
])
def test_not_statements(text):
    assert contents(text) == []


def test_made_clear_to_someone_that():
    """The "that" clause after whom it was made clear to, read by the parse as a relative clause
    of that noun (``candidates.clause_read_on_addressee``)."""
    st = statement_with(onrecord.extract("Ida Kern made it clear to the board that she would not resign."),
                        "she would not resign")
    assert st.speaker.name == "Ida Kern"
    assert contents("Ida Kern made it clear to the man that hired her.") == []


@pytest.mark.parametrize("reply", [
    "The county's treasurer, Carl Dunmore, responded to the complaint in a letter on Friday.",
    "Treasurer Carl Dunmore, who drew up the budget, answered on Friday in a note to the board.",
    "The treasurer's deputy, Carl Dunmore, replied at length at Thursday's hearing in Elmford.",
])
def test_a_reply_standing_alone_does_not_attribute_the_quote_before(reply):
    text = ("Lena Ortiz, who sits on the board, attacked the budget on Tuesday. "
            "“It pays for roads nobody drives on and leaves the clinics short.” " + reply)
    st = statement_with(onrecord.extract(text), "It pays for roads")
    assert st.speaker is None or st.speaker.name != "Carl Dunmore"


def test_replies_are_read_by_lemma_and_particle(nlp):
    doc = nlp("Dunmore hit back on Friday. Dunmore responded. Dunmore said so.")
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert [replies(v) for v in verbs] == [True, True, False]
