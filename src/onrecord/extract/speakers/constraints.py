"""Hard constraints on who a mention can be: checks no resolution rule may override.

A wrong name on a speaker's page costs more than a vague one, so these win over any guess:

- a mention that contains a person's name is that person ("US Ambassador to Germany Richard
  Grenell" is Grenell; "US Ambassador to Germany" is his role), whatever the parse made its head,
  unless the name is whom the role serves ("a spokeswoman for Hillary Clinton");
- a description that names a place or a nationality ("the president of Turkey", "the Greek
  foreign minister") only goes to someone the article ties to that place;
- a dateline ("WASHINGTON (AP) —") is where the story was filed, never who spoke.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from onrecord.extract import doc_index
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.mention_syntax import qualifier
from onrecord.extract.speakers.words import PARTIES, ROLE_WORDS, TITLE_GENDER

DATELINE_DASHES = ("—", "–", "-", "--")
# words that may stand between a role and the name it serves: "a spokeswoman for Sen. Joe Manchin"
TITLE_LIKE = ROLE_WORDS | frozenset(TITLE_GENDER)


def name_in_mention(span: Span, head: Token) -> Span | None:
    """The person named inside a mention whose head is a role or a title ("President of Ukraine
    Volodymyr Zelenskyy", "The governor of Ohio, Mike DeWine"), or None when the head is the name
    itself or there is none. The name is the last person's name of the mention; a run of proper
    nouns the tagger took for an organisation counts when it starts with a known first name."""
    if head.ent_type_ == "PERSON":
        return None
    doc = span.doc
    people = [e for e in doc_index.ents_in(span)
              if e.label_ == "PERSON" and e.start > head.i and not _governed(doc[e.start])]
    if people:
        return people[-1]
    for ent in doc_index.ents_in(span):
        if ent.label_ in ("ORG", "GPE", "NORP") and ent.start > head.i:
            first = next((t for t in ent if t.pos_ == "PROPN" and gender_of(t.text) is not None), None)
            if first is not None and first.i < ent.end - 1 and not _governed(first):
                return doc[first.i:ent.end]
    return None


def _governed(first: Token) -> bool:
    """A name right after a preposition, titles aside, is whom the role serves, not who holds it:
    "a spokeswoman for (Sen.) Joe Manchin" is not Manchin (but "President of Ukraine Volodymyr
    Zelenskyy" is)."""
    doc, i = first.doc, first.i - 1
    while i >= 0 and (doc[i].lower_.rstrip(".") in TITLE_LIKE or doc[i].is_title
                      and doc[i].ent_type_ == "" and doc[i].pos_ == "PROPN" and doc[i].lower_.endswith(".")):
        i -= 1
    return i >= 0 and doc[i].pos_ == "ADP"


def place_words(span: Span, head: Token) -> set[str]:
    """The places and nationalities a description qualifies its head with, as words: "the Greek
    foreign minister", "the president of Turkey". Parties ("Republican") are not places, nor is a
    place inside the name of a body ("the commander of the Islamic Revolution Guards Corps")."""
    qualifiers = [t for t in head.children if t.dep_ in ("amod", "compound", "nmod", "poss")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "for", "in"):
            qualifiers += [t for t in prep.children if t.dep_ == "pobj"]
    return {t.text for t in qualifiers if t.ent_type_ in ("GPE", "NORP") and span.start <= t.i < span.end
            and qualifier(t.text) not in PARTIES}


def tied_to(places: set[str], affiliation: str | None, roles: list[str]) -> bool:
    """Whether what the article says of someone (their affiliation, their roles) names one of the
    places; a stem of four letters matches a nationality to its country (Turkish, Turkey)."""
    said = " ".join([affiliation or "", *roles]).lower()
    return any(place[:4].lower() in said for place in places)


def is_dateline(head: Token) -> bool:
    """A word in capitals opening a paragraph with a dash soon after it: "WASHINGTON (AP) — ...",
    "PHILADELPHIA, Pa. —"."""
    doc = head.doc
    if not head.text.isupper() or len(head.text) < 3:
        return False
    start = head.i
    while start > 0 and doc[start - 1].text.isupper() and not doc[start - 1].is_space:
        start -= 1
    opens_paragraph = start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space
    # a dash soon after, before any verb: "WASHINGTON (AP) —", "PHILADELPHIA, Pa. —"; not
    # "NASA, the space agency, said"
    for tok in doc[head.i + 1:head.i + 7]:
        if tok.text in DATELINE_DASHES:
            return opens_paragraph
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False
