"""Speaker mentions headed by a noun that cannot state: the real source the grammar gives, or none.

Only a person, a group, a body (an organisation, a government, an outlet) or a writing (a study,
a poll, a report, which state by "show", "find", "say") can be the source of a statement. The
parse may still hand the sieve a subject that is none of these: "The backlash from the ruling
was swift, ...", "The rejection of the pact marks ..., said Jan Vos", "Their pledge to cut
taxes ...". A wrong source is worse than none, so such a mention is read as follows:

- ``cannot_state``: the head is a noun of what happens, is felt, done or counted
  (``[unstating_heads]``: "backlash", "implications", "anger", "margin") or of something felt,
  held or promised that someone owns (statement_cues.txt's ``[uttered_nouns]`` that are no
  writing and no cue of their own, and ``[owned_utterances]``: "hope", "a pledge", "a plea");
  a word of a name ("Concern Worldwide") is the name's, and states;
- ``utterance_owner``: a promise, a plea or a hope is its owner's: the possessor ("his plea",
  "the mayor's pledge") or whoever it comes "from" or is made "by" when that may speak ("a vow
  from the council"); a deed's or a feeling's owner ("Lee's attack on the plan suggests ...") is
  no source of what is said about it;
- ``named_after_cue``: "The rejection of the pact marks the end, said Jan Vos": the name right
  after a speech verb set off by a comma is who spoke, whatever the parse made the noun before;
- otherwise the statement keeps no speaker.
"""
from __future__ import annotations

from spacy.tokens import Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.candidates import CUES_FILE, may_author
from onrecord.extract.speakers.mention_syntax import speech_verb
from onrecord.extract.speakers.words import (
    COURT_WRITINGS,
    DOCUMENT_NOUNS,
    OWNED_UTTERANCE_WORDS,
    SAID_THINGS,
    UNSTATING_HEADS,
)

# something felt, held or promised, no writing and no noun cue of its own ("hope", "a pledge")
OWNED_UTTERANCES = (data.words(CUES_FILE, "uttered_nouns") - data.words(CUES_FILE, "noun") - DOCUMENT_NOUNS
                    - SAID_THINGS - COURT_WRITINGS) | OWNED_UTTERANCE_WORDS
# prepositions of whom a promise or a plea comes from
_OWNER_PREPOSITIONS = frozenset({"from", "by"})


def cannot_state(head: Token) -> bool:
    """Whether a speaker mention's head is a common noun of ``[unstating_heads]`` or of
    ``OWNED_UTTERANCES``: no one who can state. A word inside a name the tagger found ("Concern
    Worldwide", "Impact Theatre") is the name's, unless the name is that word alone opening the
    sentence ("Backlash" capitalised only there); a capitalised word the tagger left out is a name
    when the article gives a sign of it (``named_elsewhere``)."""
    lemma = head.lemma_.lower()
    if lemma not in UNSTATING_HEADS and lemma not in OWNED_UTTERANCES or head.pos_ not in ("NOUN", "PROPN"):
        return False
    ent = doc_index.entity_at(head.doc, head.i)
    if ent is not None and (len(ent) > 1 or not head.is_sent_start):
        return False
    return not (head.text[:1].isupper() and named_elsewhere(head))


def named_elsewhere(head: Token) -> bool:
    """Whether a capitalised word opening its sentence is a name all the same: the article writes it
    capitalised where no sentence starts ("Tyson Fury ... Fury said", "Former congresswoman Grace Hope
    ... Hope said"), or sets a description beside it, here or elsewhere ("Momentum, the grassroots
    group, said")."""
    doc = head.doc
    return any(not doc[i].is_sent_start and i != head.i or any(c.dep_ == "appos" for c in doc[i].children)
               for i in doc_index.positions(doc).get(head.text, ()))


def source_behind(head: Token, cue: Token | None) -> Token | None:
    """The head of the mention of who stated, for a head that ``cannot_state``: the owner of a
    promise or a plea (``utterance_owner``), else a name right after the cue
    (``named_after_cue``); None when the grammar gives none."""
    return utterance_owner(head) or named_after_cue(head, cue)


def utterance_owner(head: Token) -> Token | None:
    """"His plea was that ...", "the mayor's pledge to ...", "a vow from the council": the
    possessor of a noun of something felt, held or promised, or the one it comes "from" or is
    made "by" when that may be a source (a name, people, a body: ``candidates.may_author``); None
    for a deed or a feeling of ``[unstating_heads]``, whose owner did or felt it and stated
    nothing."""
    if head.lemma_.lower() not in OWNED_UTTERANCES:
        return None
    for child in head.children:
        if child.dep_ == "poss":
            return child
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPOSITIONS:
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if owner is not None and may_author(owner):
                return owner
    return None


def named_after_cue(head: Token, cue: Token | None) -> Token | None:
    """"The rejection of the pact marks the end, said Jan Vos, ...": a speech verb after a comma,
    with a person's name starting right after it, was said by that person; the parse may make the
    noun opening the sentence its subject and the name the subject of what follows. The name's
    last word, None when the words after the cue are no person's name."""
    if cue is None or head.i > cue.i or not speech_verb(cue):
        return None
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or cue.i + 1 >= len(doc):
        return None
    ent = doc_index.entity_at(doc, cue.i + 1)
    if ent is None or ent.start != cue.i + 1 or ent.label_ != "PERSON":
        return None
    return doc[ent.end - 1]
