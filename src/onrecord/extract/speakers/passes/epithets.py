"""A definite description that goes on with the one the sentence before is about: an epithet.

News prose names someone, then goes on with a description of them instead of the name:
"Jane Roe said on Monday that the plan would fail. The Vermont senator said ..."; "Zedco
disputed the figures. In a statement, the company said ...". The description pass resolves
such a mention when the article gives the role or the kind to one holder; when it does not
("senator" is written nowhere beside her name, or several companies are named), the mention
was kept as words ("the Vermont senator"), which reads as a speaker of its own. A careful reader
names the one the sentence before is about.

- ``described_or_epithet``: the description pass; when it leaves the mention unnamed,
  ``epithet_antecedent`` is asked. Rule "description".
- ``epithet_antecedent``: the person or body that is the subject of the sentence before (or of
  an earlier clause of the same sentence), or who spoke in it, when that is the one candidate.
  Only "the" + a singular noun of a person's role or a body's kind (``epithet_head``), whose
  words name no one else (``names_another``); never a bare "the man" (a word of anyone), nor a
  "the nurse" the article brought in as "a nurse" (``introduced_indefinitely``); a person must
  be known (a title, a first name) to be of the noun's gender when it has one (``noun_gender``)
  and not of another party than it names; the one who replies
  ("retorted", ``replying_verb``) is not the one who spoke before; a name of someone or something
  else earlier in the epithet's own sentence leaves it unnamed (``other_name_in_sentence``, and
  for a body ``state.other_name_before``); a place the epithet names ("the Ohio governor", "the
  president of Turkey") must be one the article ties the antecedent to (``constraints.tied_to``),
  and a person the article gives roles must have the epithet's among them (``other_roles_only``);
  a noun the article writes beside other people's names ("hosts Jo Roe and Al Fry") is theirs:
  "the host" is none of the others, and which of several is left unsaid
  (``descriptions.noun_given_to_another``); a body's name in the epithet is another's unless it
  is a word of a role the article gave the one it goes on with ("Senate Minority Leader Jo Roe
  ... the Senate Democratic leader", ``in_own_role``: issue 13, r19-pron, 1 PolNeAR train
  statement unnamed -> right, no other change).

Measured (issue 13, branch i13-unnamed): on a PolNeAR train sample (seed 9921, 141 unnamed
statements read) 12 were such epithets; 4 are now named, all rightly, none else changed; on a
second (seed 9922) 2 named, both rightly; on a fresh one (seed 9923) none changed; on the
Wikinews dev half 1 statement changed, its rule label only. Earlier, wider forms named a website
(dev), a mayor for "the Republican presidential candidate" (seed 9922) and a subject for "the
union" or "the mother" wrongly; the guards above were added for them.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from onrecord.extract import doc_index
from onrecord.extract.speakers.constraints import place_words, tied_to
from onrecord.extract.speakers.first_names import name_opening_gender
from onrecord.extract.speakers.mention_syntax import mention_range, office_word, qualifier, subject_token, window_start
from onrecord.extract.speakers.name_forms import SURNAME_PARTICLES
from onrecord.extract.speakers.passes import descriptions, pronouns
from onrecord.extract.speakers.spelling import unaccented
from onrecord.extract.speakers.state import (
    ArticleEntity,
    ArticleState,
    Mention,
    NotASpeaker,
    other_name_before,
    qualifier_words,
)
from onrecord.extract.speakers.words import (
    GENERIC_PERSON_NOUNS,
    MEDIA_NOUNS,
    NAME_SUFFIXES,
    PARTIES,
    PERSON_NOUNS,
    RELATION_NOUNS,
    ROLE_WORDS,
    SPOKESPERSON_NOUNS,
    TITLE_GENDER,
)

# nouns of a body an epithet may stand for ("the company said"), besides the media's
# (no "union", "party", "agency": kinds a company is not, which the description pass matches by name)
_BODY_EPITHETS = MEDIA_NOUNS | frozenset({"company", "firm", "tabloid", "daily", "website", "site"})
# nouns of a business, which goes on with the one business its sentence before names ("Lee worked for
# Zedco Services in Oslo. The company confirmed ...")
_COMPANY_EPITHETS = frozenset({"company", "firm"})
_BODY_OFFSETS = "onrecord_epithet_body_offsets"  # doc.user_data slot of the bodies' offsets, for bisection
# verbs of an answer: the one who answers is not the one whose words are answered
_REPLYING_VERBS = frozenset({"retort", "reply", "respond", "counter", "answer", "rebut", "fire", "shoot",
                             "hit", "snap"})
# tagger labels of a name that, in the epithet's own sentence, may be whom it stands for instead
_OTHER_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT"})
# a party's member, a singular noun the tagger reads as a name ("the Arizona Republican")
_PARTY_MEMBERS = frozenset({"republican", "democrat", "conservative", "liberal", "tory", "socialist"})
# tagger labels of a name a person's epithet may carry as a word ("the Ohio governor", "the
# Republican senator"): a place, a nationality, a party; any other name names someone else
_EPITHET_NAME_LABELS = frozenset({"GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL", ""})


def described_or_epithet(head: Token, state: ArticleState) -> Mention | NotASpeaker | None:
    """The description pass (``descriptions.description``); a mention it leaves unnamed is an
    epithet of the one the sentence before is about when ``epithet_antecedent`` finds that one,
    unless the pass left it unnamed on purpose (``Mention.withheld``: "the aide, who spoke on
    condition of anonymity") or a name set off after the description is another's
    (``name_set_off_for_another``)."""
    answer = descriptions.description(head, state)
    if not isinstance(answer, Mention) or answer.withheld or (answer.entity is not None and answer.entity.named):
        return answer  # "the aide, who spoke on condition of anonymity": unnamed on purpose, no one's epithet
    span = state.doc[slice(*mention_range(head))]
    entity = epithet_antecedent(state, span, head)
    if entity is not None and name_set_off_for_another(span, head, entity):
        return answer  # "Jane Roe met them. '...,' wrote the ambassador at the time, Ana Brell."
    return answer if entity is None else Mention(answer.start, answer.end, entity, "description")


def epithet_head(span: Span, head: Token) -> str | None:
    """"PERSON" or "ORG" when a mention is "the" + a singular common noun of a person's role or
    a body's kind ("the Ohio governor", "the conservative publication"); None otherwise (a
    plural, "a senator", "the man", a noun of no one)."""
    lemma = head.lemma_.lower()
    if span[0].lower_ != "the" or span[0].head.i != head.i:
        return None
    if head.pos_ == "PROPN" and head.tag_ == "NNP" and lemma in _PARTY_MEMBERS:
        return "PERSON"  # "the Arizona Republican"
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    if lemma in GENERIC_PERSON_NOUNS or lemma in RELATION_NOUNS or lemma in SPOKESPERSON_NOUNS \
            or lemma in ("source", "official", "mother", "father"):
        return None  # "the man", "the source": anyone; "the mother", "the spokesman": someone's, not an epithet
    if any(t.i > head.i and not t.is_punct for t in span):
        return None  # "the head of the inquiry", "the nominee for the election": someone described anew
    if lemma in ROLE_WORDS or lemma in PERSON_NOUNS or lemma in TITLE_GENDER or lemma.endswith(("man", "woman")):
        return "PERSON"
    if lemma in _BODY_EPITHETS:
        return "ORG"
    return None


def names_another(span: Span, head: Token, entity: ArticleEntity | None = None) -> bool:
    """Whether an epithet's words carry a name other than a place's, a nationality's or a
    party's ("the Christie supporter", "the Trump campaign"): it says who they stand with, not
    who they are. A name written in a role the article gives ``entity`` is that role's own
    body, not another ("Senate Minority Leader Jo Roe ... the Senate Democratic leader said":
    ``in_own_role``, issue 13, r19-pron), when every other word before its noun is of that role
    too, or a party ("the Senate majority leader" is not the Senate minority leader:
    ``all_words_of_role``, r19-fixspk)."""
    named = [t for t in span if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ not in _EPITHET_NAME_LABELS
             and t.lower_ not in PARTIES and t.lower_ not in _PARTY_MEMBERS]
    if any(not in_own_role(t, entity) for t in named):
        return True
    return bool(named) and entity is not None and not all_words_of_role(span, head, entity)


def all_words_of_role(span: Span, head: Token, entity: ArticleEntity) -> bool:
    """Whether every word of an epithet before its noun, "the" aside, is a word of a role the
    article gave the person or a party's ("the Senate Democratic leader" of "Senate Minority
    Leader Jo Roe (D-Ore.)"); one shared word is not enough ("the Senate majority leader")."""
    words = {w.lower() for role in entity.roles for w in role.split()}
    return all(t.lower_ in words or t.lower_ in PARTIES or qualifier(t.text) in PARTIES
               or t.lower_ in _PARTY_MEMBERS
               for t in span if t.i < head.i and t.dep_ != "det" and not t.is_punct)


def in_own_role(word: Token, entity: ArticleEntity | None) -> bool:
    """Whether a capitalised word of an epithet is a word of a role the article gave the person
    it may go on with, as a title or an appositive ("Senate" of "Senate Minority Leader")."""
    return entity is not None and entity.type == "PERSON" \
        and any(word.text in role.split() for role in entity.roles)


def noun_gender(head: Token) -> str | None:
    """The gender a person's noun says ("businessman" m, "chairwoman" f), None for most."""
    lemma = head.lemma_.lower()
    if lemma in TITLE_GENDER:
        return TITLE_GENDER[lemma]
    if lemma.endswith("woman"):
        return "f"
    return "m" if lemma.endswith("man") else None


def introduced_indefinitely(state: ArticleState, head: Token) -> bool:
    """Whether the text just before (the epithet's sentence and the three before) brought in
    someone under the epithet's noun with "a" or "an" before it ("a nurse who had treated
    patients ... The nurse later sued"): the epithet goes on with that unnamed one."""
    lemma = head.lemma_.lower()
    return any(t.lemma_.lower() == lemma and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one")
                                                  for c in t.children)
               for t in state.doc[window_start(head, sentences=3).i:head.i])


def replying_verb(head: Token) -> bool:
    """Whether the epithet is the subject of a verb of answering ("the activist retorted")."""
    return head.head.lemma_.lower() in _REPLYING_VERBS


def name_set_off_for_another(span: Span, head: Token, antecedent: ArticleEntity) -> bool:
    """Whether the name set off after a person's description ("wrote the ambassador at the time,
    Ana Brell") is someone other than the epithet's antecedent ("Jane Roe met Zedco officials"):
    the name says whom the description stands for. It is the same person when a part of the
    set-off name after its first word, without accents, is a part after the first word of a name
    the antecedent is known by, or the set-off name's last word is any part of one: "Bill Brell"
    for William Brell, "Jose Nunez" for José Núñez, "Wei Li" for Li Wei, "Pat O'Neill", "Mohammed
    el-Sayed" for Mohamed el-Sayed, "Thomas Lee Jr." for Tom Lee, "Andrés Manuel Ruiz Soto"
    for Andrés Ruiz. Surname particles, suffixes and single letters are no such parts, and a
    name with none ("Jane R.") is not refused; a first name in common, even as a middle name, is
    not enough ("Jane Brell", "Ana Jane Brell" are not Jane Roe). Issue 13, r28-unnamed and its
    reviews."""
    if antecedent.type != "PERSON":
        return False
    name = descriptions.name_set_off_after(descriptions.before_set_off_clause(span, head), head)
    if name is None:
        return False
    words = [t.text for t in name if not t.is_punct]
    parts = set().union(*(_name_parts(w) for w in (words[1:] if len(words) > 1 else words)))
    if not parts:
        return False
    names = [n.split() for n in (antecedent.name, *antecedent.aliases)]
    known = {p for n in names for w in n for p in _name_parts(w)}
    known_after_first = {p for n in names for w in n[1:] for p in _name_parts(w)}
    last = next((p for p in map(_name_parts, reversed(words)) if p), set())
    # a middle name that is the antecedent's first name is no tie ("Ana Jane Brell" is not Jane
    # Roe); the last word may match any of its words ("Wei Li" for Li Wei)
    return not parts & known_after_first and not last & known


def _name_parts(text: str) -> set[str]:
    """The parts of a name that can tell one person from another: its words and the pieces of
    hyphenated or apostrophed ones, without accents; no particles, suffixes or single letters."""
    return {p for p in re.findall(r"\w+", unaccented(text))
            if len(p) > 1 and p not in SURNAME_PARTICLES and p not in NAME_SUFFIXES}


def epithet_antecedent(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """The named person or body a definite description goes on with: the one candidate among
    the subjects of the sentence before (its narrative; quoted sentences passed over), the
    subjects of clauses of its own sentence before it, and the person who last spoke within
    them. None when the description is no epithet (``epithet_head``), names someone else, was
    brought in indefinitely, answers, or when two candidates fit, as when it names an office
    several hold at once that the article gives two people ("Pope Tobias welcomed Pope Lucian.
    The pope said", ``descriptions.several_holders_named``)."""
    kind = epithet_head(span, head)
    if kind is None or not subject_token(head) or replying_verb(head):
        return None
    if head.lemma_.lower() == "paper" and descriptions.research_writing_before(state, span):
        return None  # "The Zed Courier obtained a draft. The paper proposes": the draft's words
    if kind == "PERSON" and (introduced_indefinitely(state, head)
                             or descriptions.indefinite_person_before(state, head)
                             or descriptions.several_holders_named(state, span, office_word(head.lemma_.lower()))):
        return None  # "Pope Tobias welcomed Pope Lucian. The pope said": either
    previous = pronouns.narrative_sentence_before(state, head)
    if previous is None:
        return None
    start, end = previous.start_char, span.start_char
    # in its own sentence, not whom the epithet's words report on ("Lee won, the senator said")
    reported = {t.i for t in head.head.subtree} if head.head.sent == head.sent else set()
    found = subjects_between(state, start, end, kind)
    if not found and kind == "ORG" and head.lemma_.lower() in _COMPANY_EPITHETS:
        found = sole_body_named(state, previous)
    if any(e is None for _, e in found):
        return None  # "Ann Roe and Tom Lee debated": either may be the one described
    candidates = [e for i, e in found if i not in reported and e is not None]
    if kind == "PERSON" and state.last_speaker is not None and start <= state.last_speaker.last_seen < end:
        candidates.append(state.last_speaker)
    askers = {id(e) for e in descriptions.question_askers(state, head)}  # the one described answers
    distinct = list({id(e): e for e in candidates if id(e) not in askers}.values())
    if len(distinct) != 1:
        return None
    entity = distinct[0]
    if names_another(span, head, entity) or descriptions.opposite_seat(span, entity):
        return None  # "Minority Leader Jo Roe ... the majority leader said" is someone else
    if kind == "ORG" and (other_name_before(head) or descriptions.named_as_another_kind(entity, head.lemma_.lower())) \
            or other_name_in_sentence(state, span, entity, reported):
        return None
    places = place_words(span, head) | {t.text for t in span if t.ent_type_ in ("GPE", "NORP", "LOC")
                                        and t.lower_ not in PARTIES and t.lower_ not in _PARTY_MEMBERS}
    if kind == "PERSON" and head.pos_ == "NOUN" and (other_roles_only(entity, span, head)
                                                     or descriptions.noun_given_to_another(state, head, entity)):
        return None  # "Mayor Lee ... the presidential candidate said" is not the mayor; "the host" of
        # an interview "with hosts Jo Roe and Al Fry" is one of them, not the guest the text is about
    # the epithet's own words, kept as a role once it was read, tie nothing
    said = [w for w in entity.roles + entity.aliases + [entity.name] if w.lower() not in span.text.lower()]
    if places and not tied_to(places, entity.affiliation, said) \
            and not placed_before_name(state, entity, places, span.start_char):
        return None  # "the president of Turkey" is no one the article ties to Turkey
    if kind == "PERSON":
        gender = noun_gender(head)
        wanted = {t.lower_ for t in span} & PARTIES
        known = qualifier_words(entity) & PARTIES
        told = entity.gender or name_opening_gender(entity.name.split()[0])
        if gender is not None and told != gender or wanted and known and not wanted & known:
            return None  # "the businessman" is a man the article or his first name says is one
    return entity


def other_name_in_sentence(state: ArticleState, span: Span, entity: ArticleEntity, reported: set[int]) -> bool:
    """Whether the epithet's own sentence names someone or something else before it, outside
    quotation marks and outside the words the epithet reports ("Vessel Tracker's log had no
    record; the website noted ...": that site, not the one named the sentence before)."""
    for ent in span.sent.ents:
        if ent.end_char > span.start_char or ent.label_ not in _OTHER_NAME_LABELS or state.in_quote(ent.start_char) \
                or ent.root.i in reported:
            continue
        name, other = entity.name.lower(), ent.text.lower().removeprefix("the ")
        if other not in name and name not in other and not any(other in a.lower() for a in entity.aliases):
            return True
    return False


def other_roles_only(entity: ArticleEntity, span: Span, head: Token) -> bool:
    """Whether the article gives the person roles (titles, appositives) and none is the
    epithet's ("Mayor Lee" is no "candidate"); a role's word is the epithet's when the two open
    alike ("Gov." and "governor", "Sen." and "senator")."""
    stem = head.lemma_.lower()[:3]
    roles = [r for r in entity.roles if r.lower() not in span.text.lower()]
    return bool(roles) and not any(w.lower().startswith(stem) for r in roles for w in r.split())


def placed_before_name(state: ArticleState, entity: ArticleEntity, places: set[str], before: int) -> bool:
    """Whether the article, before offset ``before``, writes one of the places right before the
    person's name ("Ohio Gov. Jane Roe"): a tie the title gives, though no role kept the place."""
    text = doc_index.text(state.doc)
    return any(e is entity and o < before and any(p.lower() in text[max(0, o - 25):o].lower() for p in places)
               for o, e in state.persons_by_offset)


def subjects_between(state: ArticleState, start: int, end: int, kind: str) -> list[tuple[int, ArticleEntity | None]]:
    """The named people (``kind`` "PERSON") or bodies ("ORG") that are the subject of a clause
    between two offsets, outside quotation marks, each with its name's head token; a name in
    the plural ("Americans") is no one an epithet in the singular goes on with. A subject joined
    to another ("Ann Roe and Tom Lee") comes with None: two people are the subject."""
    if kind == "PERSON":
        named = [(o, e) for o, e in state.persons_between(start, end) if e.type == "PERSON" and e.named]
    else:
        named = [(o, e) for o, e in state.bodies_by_offset if start <= o < end and e.type == "ORG" and e.named]
    found: list[tuple[int, ArticleEntity | None]] = []
    for offset, entity in named:
        if state.in_quote(offset):
            continue
        token = state.name_head(offset)
        if token is not None and token.dep_ == "det":
            token = token.head  # "The Daily Planet": the name's head, not its article
            while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
                token = token.head
        if token is not None and subject_token(token) and token.tag_ not in ("NNS", "NNPS"):
            found.append((token.i, entity))
            if any(c.dep_ == "conj" for c in token.children):
                found.append((token.i, None))
    return found


def sole_body_named(state: ArticleState, sentence: Span) -> list[tuple[int, ArticleEntity | None]]:
    """The one organization the sentence before names, outside quotation marks, as a
    candidate for "the company" when no organization is its subject: "Lee worked as a director
    at Zedco Services in Oslo. The company confirmed ..." goes on with Zedco (a place named
    beside it is no rival). None of it when the sentence names two organizations ("Lee left
    Zedco for Arcon") or none, or the organization only in a quote, or holds a name the tagger
    left untagged, which may be another organization, or a "company" or "firm" of its own
    ("Lee left Zedco Services to start her own company. The company said" may be hers)."""
    offsets = body_offsets(state)
    lo, hi = bisect.bisect_left(offsets, sentence.start_char), bisect.bisect_left(offsets, sentence.end_char)
    bodies = [(o, e) for o, e in state.bodies_by_offset[lo:hi] if e.type == "ORG" and not state.in_quote(o)]
    if len({id(e) for _, e in bodies}) != 1 or not bodies[0][1].named \
            or any(t.pos_ == "PROPN" and not t.ent_type_ and not state.in_quote(t.idx) for t in sentence):
        return []  # a name the tagger left untagged may be another business ("for Arcon Labs")
    token = state.name_head(bodies[0][0])
    if token is None:
        return []
    ent = doc_index.entity_at(state.doc, token.i)
    named = range(ent.start, ent.end) if ent is not None else range(token.i, token.i + 1)
    if any(t.lemma_.lower() in _COMPANY_EPITHETS and t.pos_ == "NOUN" and t.i not in named
           and not state.in_quote(t.idx) for t in sentence):
        return []  # "to start her own company": another business, unnamed
    return [(token.i, bodies[0][1])]  # "Zedco Services": a plural name is one body


def body_offsets(state: ArticleState) -> list[int]:
    """The offsets of ``state.bodies_by_offset``, for bisection, kept in the Doc's user_data with
    the list they were read from: a new state, or a list grown since, has them read again."""
    cached: tuple[list[tuple[int, ArticleEntity]], int, list[int]] | None = state.doc.user_data.get(_BODY_OFFSETS)
    bodies = state.bodies_by_offset
    if cached is not None and cached[0] is bodies and cached[1] == len(bodies):
        return cached[2]
    offsets = [o for o, _ in bodies]
    state.doc.user_data[_BODY_OFFSETS] = (bodies, len(bodies), offsets)
    return offsets
