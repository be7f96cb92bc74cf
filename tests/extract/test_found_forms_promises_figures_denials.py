"""Issue 13. Statements of named speakers the extractor missed, in general forms: a
demand or promise of one noun (``candidates.promised_alone``); a figure put or placed
(``speech_acts.places_figure``); a clause set off before a semicolon
(``candidates.semicolon_clause``); an outcome declared (``stated_objects.declares_outcome``); a
point or a case made (``stated_objects.makes_argument``); "anticipate" as a belief and "unveil" a
proposal or a plan (``statement_cues.txt``); a "which" denying the clause before
(``candidates.denied_clause_before``, ``denial_after``); and, kept out, a quoted title inside a
thing (``speech_acts.quoted_in_thing``) and the clause of a claim a verb is about
(``candidates.topic_clause_read_on_verb``). Invented sentences."""
import pytest

import onrecord
from statement_lookup import statement_with


def contents(text):
    return [st.content.text for st in onrecord.extract(text).statements]


@pytest.mark.parametrize("text, content, speaker", [
    # one noun demanded, promised, pledged
    ("The Zorb union demanded answers.", "answers", "Zorb union"),
    ("Jo Roe promised protests every week.", "protests", "Jo Roe"),
    ("The Eastland council pledged support on Monday.", "support", "Eastland council"),
    # a figure put or placed, by a body or a writing
    ("Officials in Zedland put the death toll at 32.", "the death toll at 32", "Officials"),
    ("The news agency Zorbpress has placed the count of the dead in the hundreds.",
     "the count of the dead in the hundreds", "Zorbpress"),
    ("A Zorb Poll taken in March put the mayor's backing among renters at 12 percent.",
     "the mayor's backing among renters at 12 percent", "Zorb Poll"),
    ("Jo Roe put the cost in 2019 at 5 million dollars.", "the cost in 2019 at 5 million dollars", "Jo Roe"),
    # a clause set off at the start reports up to the semicolon
    ("As a Zorb Institute report found, rents in the old town rose by a third; wages there stayed flat.",
     "rents in the old town rose by a third", "Zorb"),
    # an outcome declared
    ("The campaign's spokesman, Jo Roe, declared victory for the mayor.", "victory for the mayor", "Jo Roe"),
    ("Ann Pell conceded defeat late on Tuesday.", "defeat", "Ann Pell"),
    ("Ann Pell declared victory.", "victory", "Ann Pell"),
    # a point made with its clause
    ("Ann Pell made the point that the old bridge would need new piers.",
     "the point that the old bridge would need new piers", "Ann Pell"),
    # an expectation; a proposal unveiled with its infinitive
    ("Jo Roe anticipated that the hardest part of the job would be the budget.",
     "the hardest part of the job would be the budget", "Jo Roe"),
    ("At the fair on Saturday Ann Pell unveiled a proposal to build three new grain silos.",
     "a proposal to build three new grain silos", "Ann Pell"),
    # a "which" denying or admitting what was said of the subject before it
    ("Zed Pell drew criticism for the deal. Pell was later accused of taking bribes in some way, which he "
     "denied.", "Pell was later accused of taking bribes in some way", "Zed Pell"),
    ("In the book, Jo Roe claims Ann Pell asked the king for help in the election, which Pell denied.",
     "Jo Roe claims Ann Pell asked the king for help in the election", "Pell"),
])
def test_found(nlp, text, content, speaker):
    st = statement_with(onrecord.extract(text), content)
    assert speaker in st.speaker.mention.text or speaker in (st.speaker.name or "")


@pytest.mark.parametrize("text", [
    # one word, but a pronoun or a quantity: nothing of what
    "Jo Roe demanded it.",
    "The crowd demanded more.",
    # a thing that needs or holds a thing promises nothing
    "The job demands patience.",
    "The new season promises thrills.",
    # what is put in a place, not a figure given
    "The army put 300 troops in the field.",
    "Jo Roe placed the vase on the shelf.",
    "The police put the suspect at the scene.",
    # no measure put at the figure by one who is no writing
    "Jo Roe put her savings at risk in 2019.",
    # a goal conceded is a deed; a point made with an infinitive is a deed too
    "The Eastland team conceded a goal.",
    "Ann Pell made a point to visit every school.",
    # a thing anticipated, a proposal with no infinitive
    "Jo Roe anticipated the storm.",
    "Ann Pell unveiled a proposal on Monday.",
    # a request refused, an accusation not denied
    "He asked for a lawyer, which the police denied.",
    "Zed Pell was accused of fraud, which he did not deny.",
])
def test_not_statements(nlp, text):
    assert contents(text) == []


def test_set_off_clause_stays_before_the_semicolon(nlp):
    """The clause after the semicolon is no part of what the report found."""
    text = "As a Zorb Institute report found, rents in the old town rose by a third; wages there stayed flat."
    assert not any("wages" in c for c in contents(text)), contents(text)


def test_claim_ends_before_its_denial(nlp):
    """Roe's claim holds nothing of Pell's denial (``candidates.denial_after``)."""
    text = "In the book, Jo Roe claims Ann Pell asked the king for help in the election, which Pell denied."
    claims = [st.content.text for st in onrecord.extract(text).statements if st.speaker.name == "Jo Roe"]
    assert claims == ["Ann Pell asked the king for help in the election"], claims


def test_quoted_title_in_a_thing_is_no_statement(nlp):
    """Quoted song titles inside the object of "added" are no words of the subject's
    (``speech_acts.quoted_in_thing``); quoted words after "the words" are."""
    text = ('The band, playing its usual mix of old songs, added new hits including "Zorba Nights" '
            'and "Lua Lua (Ven)."')
    assert contents(text) == []
    st = statement_with(onrecord.extract('Jo Roe added the words "we will win this fight" to her speech.'),
                        "we will win this fight")
    assert st.speaker.name == "Jo Roe"


def test_clause_of_a_claim_responded_to_is_not_the_responders(nlp):
    """The "that" clause after "a claim" the verb responds to is the claim's words
    (``candidates.topic_clause_read_on_verb``); "said in a statement that" keeps its clause."""
    text = ("Jo Roe responded on Friday to a report, carried by the Zorb Post, that she had told donors over "
            "dinner that the bid was over.")
    assert not any(st.speaker.name == "Jo Roe" for st in onrecord.extract(text).statements)
    st = statement_with(onrecord.extract("Jo Roe said in a statement that her plan had failed."), "her plan had failed")
    assert st.speaker.name == "Jo Roe"
