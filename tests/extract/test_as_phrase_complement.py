"""A reported clause that opens with an "as" phrase ("she said as a teenager she was forced ..."),
which the parse hung on the verb of saying as an adverbial clause
(``candidates.complement_opened_by_as``) or as a relative clause of the phrase's noun
(``candidates.clause_read_on_as_phrase``). Invented sentences."""
import onrecord
from statement_lookup import speaker_of


def contents(text):
    return [st.content.text for st in onrecord.extract(text).statements]


def test_as_phrase_opens_the_reported_clause(nlp):
    text = ("Mara Vint runs a bakery in Lisle. In an interview with the Lisle Courier, she said as a teenager "
            "she was forced into an abusive marriage by her family.")
    assert speaker_of(text, "she was forced into") == "Mara Vint"


def test_clause_read_as_relative_of_the_noun(nlp):
    text = "Mara Vint runs a bakery in Lisle. She said as a child she was sent to work on a farm."
    assert "as a child she was sent to work on a farm" in contents(text)


def test_office_as_phrase(nlp):
    text = "Mara Vint runs for mayor of Lisle. She said as mayor she would cut taxes."
    assert speaker_of(text, "she would cut taxes") == "Mara Vint"


def test_no_clause_after_as(nlp):
    """"as" telling when, a verb of no saying, or a clause that lacks its object report nothing."""
    assert contents("Mara Vint runs a bakery. She smiled as a child she knew walked in.") == []
    assert contents("Mara Vint runs a bakery. She said as a child she loved.") == []
    assert contents("Mara Vint runs a bakery. She said as much.") == []
