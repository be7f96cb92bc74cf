"""Issue 13: a name right after a quote and its cue when the parser, missing the comma, took the cue
for a modifier of the name ('“...” tweeted Mayor Jane Doe'), and a given name the tagger left out
of the person's name before a surname ("Mayor of Riverton Sadiq Amari" with only "Amari" tagged)."""
import pytest
from spacy.tokens import Doc, Span

from onrecord.extract.speakers import mention_syntax as ms
from onrecord.extract.speakers.constraints import with_first_name_before
from statement_lookup import speaker


def _parsed(nlp, words, heads, deps, tags, pos, ents=()):
    """A Doc parsed as given: the parser's misreading, made up word by word."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


# '"We won" tweeted Mayor of Riverton Sadiq Amari .' with "tweeted" a participle of "Mayor" and
# "Mayor" hung on the quote's verb, as the parser reads it without the comma
WORDS = ['"', "We", "won", '"', "tweeted", "Mayor", "of", "Riverton", "Sadiq", "Amari", "."]
HEADS = [2, 2, 2, 5, 5, 2, 5, 9, 9, 6, 2]
DEPS = ["punct", "nsubj", "ROOT", "punct", "amod", "npadvmod", "prep", "compound", "compound", "pobj", "punct"]
TAGS = ["``", "PRP", "VBD", "''", "VBN", "NNP", "IN", "NNP", "NNP", "NNP", "."]
POS = ["PUNCT", "PRON", "VERB", "PUNCT", "VERB", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"]


def test_a_mention_starts_after_the_cue_that_follows_a_closing_mark(nlp):
    doc = _parsed(nlp, WORDS, HEADS, DEPS, TAGS, POS, [(7, 8, "GPE"), (9, 10, "PERSON")])
    start, end = ms.mention_range(doc[5])
    assert doc[start:end].text == "Mayor of Riverton Sadiq Amari"


def test_a_verb_not_after_a_closing_mark_stays_in_the_mention(nlp):
    # "the retired general": a participle in a noun phrase with no quote before it
    words = ["the", "retired", "general", "spoke", "."]
    doc = _parsed(nlp, words, [2, 2, 3, 3, 3], ["det", "amod", "nsubj", "ROOT", "punct"],
                  ["DT", "VBN", "NN", "VBD", "."], ["DET", "VERB", "NOUN", "VERB", "PUNCT"])
    assert ms.after_cue_after_quote(doc[2], 0) == 0


def test_a_given_name_before_a_tagged_surname_joins_the_name(nlp):
    doc = _parsed(nlp, WORDS, HEADS, DEPS, TAGS, POS, [(7, 8, "GPE"), (9, 10, "PERSON")])
    assert with_first_name_before(doc[9:10], doc[5:10]).text == "Sadiq Amari"


def test_a_title_or_place_before_a_surname_is_no_given_name(nlp):
    # "Senator Amari", "London Amari": neither a given name
    for first, label in (("Senator", None), ("London", "GPE")):
        words = ["said", first, "Amari", "."]
        ents = [(2, 3, "PERSON")] + ([(1, 2, label)] if label else [])
        doc = _parsed(nlp, words, [0, 2, 0, 0], ["ROOT", "compound", "nsubj", "punct"],
                      ["VBD", "NNP", "NNP", "."], ["VERB", "PROPN", "PROPN", "PUNCT"], ents)
        assert with_first_name_before(doc[2:3], doc[1:3]).text == "Amari"


def test_a_given_name_not_hanging_on_the_surname_stays_out(nlp):
    # "told Maria Amari": "Maria" the object of a verb, not part of the name after it
    words = ["told", "Maria", "Amari", "."]
    doc = _parsed(nlp, words, [0, 0, 0, 0], ["ROOT", "dobj", "npadvmod", "punct"],
                  ["VBD", "NNP", "NNP", "."], ["VERB", "PROPN", "PROPN", "PUNCT"], [(2, 3, "PERSON")])
    assert with_first_name_before(doc[2:3], doc[1:3]).text == "Amari"


# ---- parts of a writing whose phrase names its issuer ----

@pytest.mark.parametrize("text, content, name", [
    ("Excerpts from John Hale's book revealed the mayor had lied about the budget.", "the mayor had lied", "John Hale"),
    ("Lastly, excerpts from Jane Roe's memoir Dawn, for which she gave interviews, revealed her father had "
     "been a spy.", "her father had been a spy", "Jane Roe"),
    ("Parts of the report by the Audit Office show that the mayor had lied about the budget.", "the mayor had lied",
     "Audit Office"),
])
def test_parts_of_a_writing_speak_for_its_named_issuer(nlp, text, content, name):
    assert speaker(text, content).name == name


@pytest.mark.parametrize("text, content, absent", [
    # no issuer named: unnamed as before; an interview is the interviewee's, not the agency's
    ("Excerpts from the book revealed the mayor had lied about the budget.", "the mayor had lied", None),
    ("Excerpts from a Reuters interview with Jane Roe showed she had doubts about the deal.", "she had doubts",
     "Reuters"),
    ("Passages from the diary of Anne Cole, read in court, suggested that she feared her husband.",
     "she feared her husband", None),
    # where a writing was printed is not who wrote it
    ('Excerpts from a letter published in The New York Times say "the plant must stay open."',
     "the plant must stay open", "New York Times"),
    ('Excerpts from a letter in Sunday\'s Washington Post say "the plant must stay open."',
     "the plant must stay open", "Washington Post"),
])
def test_parts_of_a_writing_naming_no_issuer_stay_unnamed(nlp, text, content, absent):
    found = speaker(text, content)
    assert found is None or found.rule == "unnamed" or absent is not None and found.name != absent
