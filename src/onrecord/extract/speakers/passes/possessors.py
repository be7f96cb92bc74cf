"""The pass for a description owned by a pronoun: "his publicist", "its source", "their statement".

The description's noun is someone's or something's that the pronoun stands for; the pronoun is
resolved as the pronoun passes resolve a speaker ("his" as "he", "its" as "it", "their" as
"they"). When it stands for one the article names, a writing ("their statement") speaks for that
owner; anyone else ("his publicist") is kept unnamed but with the owner written out ("Jo Roe's
publicist"), not a bare "his publicist" that says nothing once read apart from its sentence.
"""
from __future__ import annotations

from spacy.tokens import Token

from onrecord.extract import doc_index
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.mention_syntax import mention_range
from onrecord.extract.speakers.passes import epithets, pronouns
from onrecord.extract.speakers.state import ArticleEntity, ArticleState, Mention, NotASpeaker
from onrecord.extract.speakers.words import CITED_SOURCE_NOUNS, DOCUMENT_NOUNS, PRONOUN_GENDER, SOURCE_DATA

# the possessive pronouns, with the pass that resolves the pronoun they are the forms of
_OWNER_PASSES = {
    "his": pronouns.personal_pronoun,
    "her": pronouns.personal_pronoun,
    "its": pronouns.thing_pronoun,
    "their": pronouns.plural_pronoun,
}


def pronoun_owner(head: Token, state: ArticleState) -> Mention | NotASpeaker | None:
    """A description whose owner is a pronoun, when the pronoun stands for one the article names:
    a writing of that owner ("their statement") is the owner's (rule "description"); anyone
    else keeps the description with the owner's name for the pronoun ("his office" after Jo
    Roe: "Jo Roe's office", rule "unnamed"). None when the mention has no pronoun owner (the
    next pass answers); the description pass's own answer when the pronoun stands for no one
    named, or the description already names its speaker."""
    owner_token = pronoun_possessor(state, head)
    if owner_token is None:
        return None
    answer = epithets.described_or_epithet(head, state)
    if not isinstance(answer, Mention) or answer.entity is not None and answer.entity.named:
        return answer
    owner = named_owner(state, owner_token)
    if owner is None:
        return answer
    lemma = head.lemma_.lower()
    if lemma in DOCUMENT_NOUNS - SOURCE_DATA and head.tag_ == "NN":
        return Mention(answer.start, answer.end, owner, "description")
    rest = state.doc[owner_token.i + 1:answer_end(state, answer)].text
    if not rest:
        return answer
    kind = answer.entity.type if answer.entity is not None else "UNKNOWN"
    return Mention(answer.start, answer.end, state.entity_by_name(f"{owner.name}'s {rest}", kind), "unnamed")


def pronoun_possessor(state: ArticleState, head: Token) -> Token | None:
    """The possessive pronoun opening a mention and owning its head ("his" of "his legal team"),
    else None."""
    start, _ = mention_range(head)
    first = state.doc[start]
    if first.tag_ != "PRP$" or first.lower_ not in _OWNER_PASSES or first.head.i != head.i:
        return None
    return first


def named_owner(state: ArticleState, owner_token: Token) -> ArticleEntity | None:
    """Whom a possessive pronoun stands for, when the pronoun passes find one the article names,
    else the one who reports the words (``reporting_subject``)."""
    found = _OWNER_PASSES[owner_token.lower_](owner_token, state)
    if isinstance(found, Mention) and found.entity is not None and found.entity.named:
        return None if rival_owner(state, owner_token, found.entity) else found.entity
    return reporting_subject(state, owner_token)


def rival_owner(state: ArticleState, owner_token: Token, owner: ArticleEntity) -> bool:
    """Whether another person the pronoun may stand for is named in its sentence before it or in
    the sentence before: "Mark Dunn shot Paul Reyes. His family said ..." may be either man's
    family, and a family written out under the wrong name is worse than "his family". Only for
    "his"/"her"; a person the tagger names (the record may keep only its speakers), or a name of
    another label whose first name gives the pronoun's gender (the tagger reads some people as
    bodies), unless the name shares a word with the owner's."""
    gender = PRONOUN_GENDER.get(owner_token.lower_)
    if owner_token.lower_ not in ("his", "her"):
        return False
    sent = owner_token.sent
    start = state.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    own_words = set(owner.name.split())
    return any(not own_words & {t.text for t in ent}
               and (gender_of(ent[0].text) == gender or ent.label_ == "PERSON" and gender_of(ent[0].text) is None)
               for ent in doc_index.ents_in(state.doc[start:owner_token.i]))


def reporting_subject(state: ArticleState, owner_token: Token) -> ArticleEntity | None:
    """The named subject of the verb that reports the clause the pronoun's description opens:
    "The Zedville Herald reported its source said ...", "Jo Roe wrote that her doctor told her
    ...": the reporter owns the source it cites. A person for "his"/"her" (of no other gender by
    the first name), a body for "its"/"their"; only for a source a reporter cites
    (``[cited_source_nouns]``): "the Herald reported their commander said" is the commander of
    those the story is about."""
    mention_head = owner_token.head
    clause = mention_head.head
    if mention_head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
            or mention_head.lemma_.lower() not in CITED_SOURCE_NOUNS:
        return None
    subjects = [t for t in clause.head.children if t.dep_ == "nsubj" and t.i < owner_token.i]
    if len(subjects) != 1:
        return None
    start, end = subjects[0].left_edge.idx, subjects[0].idx + len(subjects[0])
    person = owner_token.lower_ in ("his", "her")
    named = state.persons_by_offset if person else state.bodies_by_offset
    found = {id(e): e for o, e in named if start <= o <= end and e.named and (person or e.type == "ORG")}
    if len(found) != 1:
        return None
    [entity] = found.values()
    if person:
        gender = gender_of(entity.name.split()[0])
        if gender is not None and gender != PRONOUN_GENDER.get(owner_token.lower_):
            return None
    return entity


def answer_end(state: ArticleState, answer: Mention) -> int:
    """The token after the last of a description's answer."""
    span = state.doc.char_span(answer.start, answer.end, alignment_mode="expand")
    return span.end if span is not None else answer.end
