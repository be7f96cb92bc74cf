"""Issue 13, branch r21-found. Statements of named speakers the extractor missed entirely: an
outlet's report of words whose speaker the parse made the object of "reported"
(``candidates.words_reported_of_object``); a feeling voiced with its own "that" clause
(``stated_objects.voices_feeling``, ``[felt_nouns]``); an idea denied or words dismissed with
their "that" clause (``stated_objects.denies_in_clause``, ``[denied_ideas]``,
``[dismissing_verbs]``), ending before the speaker's own participle of saying
(``candidates.participle_on_said_noun``); a retort with "back" (``stated_objects.retorts``).
Invented sentences."""
import pytest

import onrecord
from statement_lookup import statement_with


def contents(text):
    return [s.content.text for s in onrecord.extract(text).statements]


def test_outlet_reports_what_the_officials_it_names_stated():
    text = ("Initial reports stated the fruit was a pineapple; Zorbnet later reported officials, "
            "following an inquiry, stated it was a melon.")
    record = onrecord.extract(text)
    outlet = statement_with(record, "officials, following an inquiry, stated it was a melon")
    assert outlet.speaker.name == "Zorbnet"
    assert outlet.cue.text == "reported"
    # the officials' own words stay theirs
    assert any(s.content.text == "it was a melon" and s.cue.text == "stated" for s in record.statements)


def test_a_deed_after_the_reported_object_is_no_report_of_words():
    assert contents("Zorbnet later reported officials, after a long chase, arrested the man.") == []


@pytest.mark.parametrize("text, words, name", [
    ("Farmers across Pelby expressed outrage that the council had raised the water fees again.",
     "outrage that the council had raised the water fees again", None),
    ("Edward Lund voiced skepticism that the new tax would raise much money.",
     "skepticism that the new tax would raise much money", "Edward Lund"),
])
def test_a_feeling_voiced_with_its_clause_is_said(text, words, name):
    st = statement_with(onrecord.extract(text), words)
    assert st.content.text == words
    if name:
        assert st.speaker.name == name


@pytest.mark.parametrize("text", [
    "Ida Vorn expressed anger that she had felt for years.",
    "Ida Vorn expressed frustration over the delay.",
    "Ida Vorn voiced frustration.",
])
def test_a_feeling_without_a_clause_of_its_own_says_nothing(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, words", [
    ("Edward Lund dismissed concerns that he was ignoring the voters of his district.",
     "concerns that he was ignoring the voters of his district"),
    ("Edward Lund dismissed claims that he had resigned.", "claims that he had resigned"),
    ("Ida Vorn rejected the notion that the tax would help the farmers.",
     "the notion that the tax would help the farmers"),
])
def test_an_idea_denied_or_words_dismissed_keep_their_clause(text, words):
    st = statement_with(onrecord.extract(text), words)
    assert st.content.text == words
    assert st.speaker.name in ("Edward Lund", "Ida Vorn")


@pytest.mark.parametrize("text", [
    "The judge dismissed the charges against Edward Lund.",
    "The court dismissed the claim of the landlord.",
    "The council rejected the idea of a new tax.",
    "Edward Lund dismissed the suggestion that he resign.",
    "The firm dismissed three workers that it had hired in May.",
])
def test_a_ruling_a_vote_or_a_demand_dismissed_is_no_statement(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, words, name", [
    ("When the reporter asked again, Mayor Ida Vorn shot back that the question had already been answered.",
     "the question had already been answered", "Ida Vorn"),
    ("Edward Lund fired back that the claims were false.", "the claims were false", "Edward Lund"),
])
def test_a_retort_says_its_clause(text, words, name):
    st = statement_with(onrecord.extract(text), words)
    assert st.speaker.name == name


@pytest.mark.parametrize("text", [
    "The soldiers fired back at the boat that had attacked them.",
    "Edward Lund hit back at his critics on Monday.",
    "The guards fired that morning at the crowd.",
])
def test_firing_or_hitting_back_without_a_clause_is_a_deed(text):
    assert contents(text) == []


def test_an_idea_denied_ends_before_the_speakers_own_saying():
    # the parse hangs "saying" on "notion" after its own "that" clause: the saying is the speaker's
    record = onrecord.extract("Ida Vorn rejected the notion that the vote had been rigged, saying that "
                              "she had counted the ballots herself.")
    st = statement_with(record, "the notion that the vote had been rigged")
    assert st.content.text == "the notion that the vote had been rigged"
    assert statement_with(record, "she had counted the ballots herself").cue.text == "saying"

