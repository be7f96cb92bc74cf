"""Speaker rules from reading PolNeAR train for wrong names (issue 11's "wrong" round), each on
text made up for it: a partisan described by an indefinite word is no named person, a one-word
name the article gives as a place is no "he", a dateline's place is no one's affiliation."""
from spacy.tokens import Span

from onrecord.extract.speakers.mention_syntax import affiliation_of, is_dateline
from onrecord.extract.speakers.passes.names import indefinite_partisan
from onrecord.extract.speakers.state import place_named_elsewhere
from statement_lookup import speaker, token

# ---- "a New Hampshire Republican" describes someone, names no one ----

def test_an_indefinite_partisan_is_left_unnamed(nlp):
    text = ("\"The senator will lose,\" said a Vermont Republican, who spoke anonymously. "
            "\"He is too weak,\" said an Ohio Democrat.")
    first, second = speaker(text, "The senator will lose"), speaker(text, "He is too weak")
    assert first.rule == "unnamed" and second.rule == "unnamed"


def test_indefinite_partisan_needs_the_indefinite_word_and_a_party(nlp):
    doc = nlp("A Vermont Republican said the vote was close, and the Vermont Republican agreed.")
    assert indefinite_partisan(doc[0:3], token(doc, "Republican"))
    assert not indefinite_partisan(doc[10:13], token(doc, "Republican", 1))
    doc = nlp("A Vermont farmer said the vote was close.")
    assert not indefinite_partisan(doc[0:3], token(doc, "farmer"))


def test_a_named_partisan_keeps_the_name(nlp):
    text = "Jane Morrow, a Vermont Republican, said the bill would pass."
    assert speaker(text, "the bill would pass").name == "Jane Morrow"


# ---- a town the tagger once read as a person is no "he" ----

def _tagged(nlp, text, labels):
    """``text`` parsed, with the tagger's names replaced by ``labels`` ((word index, length, label)):
    the tagger's slips these rules guard against, set by hand."""
    doc = nlp(text)
    doc.ents = [Span(doc, i, i + n, label=label) for i, n, label in labels]
    return doc


def test_place_named_elsewhere_is_a_word_the_article_gives_as_a_place(nlp):
    doc = _tagged(nlp, "Haddad came to Millbrook from Syria. Millbrook became his home.",
                  [(0, 1, "PERSON"), (3, 1, "GPE"), (5, 1, "GPE"), (7, 1, "PERSON")])
    assert place_named_elsewhere(doc.ents[3])
    assert not place_named_elsewhere(doc.ents[0])


def test_place_named_elsewhere_not_for_a_surname_of_someone_named_in_full(nlp):
    doc = _tagged(nlp, "Michael Jordan visited Jordan. Jordan said he was pleased.",
                  [(0, 2, "PERSON"), (3, 1, "GPE"), (5, 1, "PERSON")])
    assert not place_named_elsewhere(doc.ents[2])


# ---- a dateline's place is no affiliation ----

def test_a_dateline_place_is_no_affiliation(nlp):
    doc = _tagged(nlp, "OSLO - Prime Minister Erna Dahl will meet the envoy on Monday.",
                  [(0, 1, "GPE"), (4, 2, "PERSON")])
    assert is_dateline(token(doc, "OSLO"))
    head = token(doc, "Dahl")
    assert affiliation_of(doc[0:head.i + 1], head, person=True) is None
    doc = _tagged(nlp, "In Oslo, Prime Minister Erna Dahl will meet the envoy on Monday.",
                  [(1, 1, "GPE"), (5, 2, "PERSON")])
    head = token(doc, "Dahl")
    assert affiliation_of(doc[0:head.i + 1], head, person=True) == "Oslo"
