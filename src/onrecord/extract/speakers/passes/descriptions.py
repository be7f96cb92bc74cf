"""The pass for mentions without a name: descriptions, groups, bodies by their kind, writings.

- a role held by someone of the article ("the former chief commander of the I.R.G.C. added"):
  the person who holds such a role in the article, else the person the text is about; "a
  spokeswoman for ..." looks ahead to the one named next; the description becomes a role.
  Never guessed (a wrong name is worse than none): "the spokesman", whom no one the article names is
  (``speaks_for_another``); "Roe's aide", someone of Roe's (``owned_by_a_person``); the one
  who answers a question quoted just before is not its asker (``question_askers``);
- a body by its kind ("the agency", "the union"): the body of that kind the article names;
  a one-word name that speaks nearer, which the tagger read as a person's or left untagged,
  comes first or leaves it unnamed (``bodies_read_as_people_before``); an outlet's kind after
  its name ("the Zed Times tabloid") is that outlet (``outlet_named_before_kind``);
- a place by its kind ("the city", "the county", "the kingdom"): the one place of that kind the
  article names before and shows to be one (``sole_place_of_kind``, ``sole_country_of_kind``);
- a writing ("the study", "a Reuters survey"): the body that issued it; a bare "the study", "the
  researchers" left unnamed, even where the article names the study's lead: the article gives
  the words to the study, not to its author;
- a group ("U.S. officials"): a group of that name, unnamed.

Rule "description" when the speaker found is known by a name, "unnamed" when it is not (the
description itself, "officials", is then the speaker). "Reports say" with no issuer named is
no speaker at all.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.data import iso_places
from onrecord.extract import doc_index, lexicon
from onrecord.extract.speakers import anonymity
from onrecord.extract.speakers.constraints import (
    body_words,
    person_after_title_words,
    place_words,
    tied_to,
    tied_to_body,
)
from onrecord.extract.speakers.entity_type import settled_type
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.fullest_name import HEAD_LINKS, bodies_with_heads, qualified_body_name
from onrecord.extract.speakers.mention_syntax import (
    is_acronym,
    mention_range,
    office_word,
    qualifier,
    span_qualifiers,
    speech_verb,
    strip_determiner,
    subject_after_dash_aside,
    window_end,
    window_start,
)
from onrecord.extract.speakers.name_forms import BODY_WORDS
from onrecord.extract.speakers.passes import bodies, names, pronouns
from onrecord.extract.speakers.spelling import without_possessive
from onrecord.extract.speakers.state import (
    ArticleEntity,
    ArticleState,
    Mention,
    NotASpeaker,
    other_name_before,
    paragraphs_back,
    qualifier_words,
    ranks_of,
)
from onrecord.extract.speakers.words import (
    ACRONYM_MEDIA,
    AGENT_NOUNS,
    AGENT_PREPOSITIONS,
    ARRESTING_VERBS,
    BODY_HEADS,
    BODY_KINDS,
    BROADCAST_STAFF_NOUNS,
    BROADCASTER_KINDS,
    CHARGING_VERBS,
    COLLECTIVE_NOUNS,
    COUNTING_WORDS,
    COUNTRY_CODES,
    COUNTRY_KINDS,
    COURT_WRITINGS,
    DEFENDANT_NOUNS,
    DOCUMENT_FAMILIES,
    DOCUMENT_NOUNS,
    FLEETING_WRITINGS,
    GENERIC_PERSON_NOUNS,
    GROUP_NOUNS,
    HEADED_BODY_KINDS,
    INSTITUTION_NOUNS,
    ISSUING_VERBS,
    KIND_NAMED_ISSUERS,
    MEDIA_KIND_WORDS,
    MEDIA_NOUNS,
    MEMBER_BODIES,
    MEMBER_BODY_NAMES,
    NAME_TITLES,
    NETWORK_NAME_WORDS,
    NEWSPAPER_NAME_WORDS,
    NOUN_GENDER,
    OPPOSITE_QUALIFIERS,
    ORG_NOUNS,
    OTHER_AGENT_WORDS,
    OUTLET_KINDS,
    PAPER_WRITINGS,
    PARTIES,
    PASSING_VERBS,
    PAST_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSONAL_BODIES,
    PLACE_KINDS,
    PLACE_POSSESSIONS,
    POLICE_BODY_WORDS,
    POLICE_FORCE_FILLERS,
    POLICE_FORCE_WORDS,
    POLLSTER_HEADS,
    POSTING_PLATFORMS,
    PRESS_WRITINGS,
    PRONOUN_GENDER,
    RANK_WORDS,
    RECORDING_NOUNS,
    RESEARCH_WRITINGS,
    ROLE_STOPWORDS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    SAMPLING_WRITINGS,
    SETTLEMENT_KINDS,
    SEVERAL_DEFENDANT_WORDS,
    SHARED_TITLE_OFFICES,
    SOURCE_DATA,
    SPEAKING_PLACE_KINDS,
    SPOKESPERSON_NOUNS,
    STATE_ABBREVIATIONS,
    TITLE_GENDER,
    TITLE_MODIFIERS,
    WRITING_PARTS,
)


def description(head: Token, state: ArticleState) -> Mention | NotASpeaker | None:
    """A mention without a name: its holder, body or issuer when the article names one (rule
    "description"), else the description itself (rule "unnamed"); unnamed on purpose
    (``Mention.withheld``, which no fallback after this pass overrides) when the article keeps the
    speaker anonymous (``kept_anonymous``).

    Measured precision: "description" 0.83 (5/6), "unnamed" 0.82 (33/40) on the dev half, seed
    3001 (150 statements drawn, 140 real); the unnamed errors are vaguer than the article ("The
    Internet security firm Secunia.com"), not wrong names."""
    span = before_set_off_clause(state.doc[slice(*mention_range(head))], head)
    entity = describe(state, span, head)
    if entity is not None and entity.type == "PERSON" and entity.named and other_name_set_off(span, head, entity):
        entity = None  # "wrote the ambassador at the time, Ana Brell": not whom the text was about
    named = entity is not None and entity.named
    # "said the tenant, who spoke on condition of anonymity": the article keeps her unnamed,
    # whoever she would be tied to; a body found by name keeps its name
    withheld = (not named or entity is not None and entity.type == "PERSON") and kept_anonymous(head)
    if withheld:
        entity = entity if not named else None
        named = False
    if entity is None and head.tag_ == "NNS" and head.lemma_.lower() in DOCUMENT_NOUNS:
        # "reports say": the source as the article gives it, unnamed; never an entity "reports"
        return Mention(span.start_char, span.end_char, None, "unnamed", withheld=withheld)
    return Mention(span.start_char, span.end_char, entity, "description" if named else "unnamed",
                   withheld=withheld)


def other_name_set_off(span: Span, head: Token, found: ArticleEntity) -> bool:
    """Whether a person's description is followed by a name set off by a comma that is not the
    person the description pass found ("..., wrote the ambassador at the time, Ana Brell"): the
    name, which the parse may not make the description's appositive, tells whom it describes,
    so the holder found before or around it is a wrong name. Issue 13, r23-anon."""
    name = name_set_off_after(span, head)
    if name is None:
        return False
    written = {found.name.lower(), *(a.lower() for a in found.aliases)}
    return not any(name.text.lower() in w or w in name.text.lower() for w in written)


def name_set_off_after(span: Span, head: Token) -> Span | None:
    """The person's name set off by a comma right after a description ("..., wrote the ambassador
    at the time, Ana Brell"). At most a few words of no verb and no punctuation may qualify the
    description before the comma ("at the time"); the name must be a person's, tagged so, and hang
    on the description or on its verb."""
    doc, i = span.doc, span.end
    while i < len(doc) and i - span.end < _SET_OFF_GAP and not doc[i].is_punct \
            and doc[i].pos_ not in ("VERB", "AUX") and not doc[i].is_space:
        i += 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    name = doc_index.entity_at(doc, i + 1)
    if name is None or name.label_ != "PERSON" or name.start != i + 1:
        return None
    root = name.root
    if root.head.i not in (head.i, head.head.i) and not (head.left_edge.i <= root.i <= head.right_edge.i):
        return None
    return name


# words that may qualify a description between it and a name set off after it ("at the time")
_SET_OFF_GAP = 5


def kept_anonymous(head: Token) -> bool:
    """Whether the article says the person a description stands for is not to be named: "said
    the tenant, who spoke on condition of anonymity", "the aide said, speaking on condition of
    anonymity", "the nurse, who asked not to be named, said": whoever the description would be
    tied to, the article keeps the speaker unnamed, and a name found for it is someone else (a
    woman named earlier in the article, a subject the text was about). Only a clause of the
    description itself (its relative clause or participle) or a participle without a subject of
    its own on the verb the description is subject of; the clause must be the speaker's own:
    "who promised the witnesses anonymity", "speaking to reporters who asked for anonymity",
    "who asked that the witness not be named", "who did not speak on condition of anonymity",
    "whose aide spoke on condition of anonymity" keep the old answer. Issue 13, r27-desc."""
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl") and _own_subject(c)]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        clauses += [c for c in head.head.children if anonymity.subjectless_participle(c)]
    return any((anonymity.asks_anonymity(c) or anonymity.asks_not_to_be_named(c))
               and not anonymity.of_another_time(c) for c in clauses)


def _own_subject(clause: Token) -> bool:
    """Whether a relative clause or participle on a description has the description for its
    subject: "who spoke", "speaking"; not "whose aide spoke", "that the aide requested"."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(c.lower_ in ("who", "that") for c in subjects)


def outlet_named_before_kind(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """"The populist Marlow Courier tabloid wrote", "the Orbis TV website said": a kind of
    outlet (``MEDIA_NOUNS``) written right after a body's name the tagger marks, inside the
    mention: that outlet, by its own name, not the description ("populist Marlow Courier
    tabloid" as a speaker without a name). Only a name that ends right before the kind word and
    that the article names as a body; "the campaign website", "a rival tabloid" name none.

    Issue 13, r19-group: on PolNeAR train samples (seeds 10821-10826) 3 statements right (a
    description or "X newspaper" -> the paper's name), none wrong; no Wikinews dev change."""
    if head.lemma_.lower() not in MEDIA_NOUNS or head.i == 0 or head.i - 1 < span.start:
        return None
    name = doc_index.entity_at(head.doc, head.i - 1)
    if name is None or name.label_ != "ORG" or name.end != head.i or name.start < span.start:
        return None
    return next((e for o, e in state.bodies_by_offset
                 if name.start_char <= o < name.end_char and e.type == "ORG" and e.named), None)


def before_set_off_clause(span: Span, head: Token) -> Span:
    """A description without the clause set off by commas after its head: "Results of the
    surveys, published in a paper by the board in 1989, show", "The account for the show, which
    replaced another, tweeted": the clause says more of the speaker; the description ends before
    its comma. A comma inside a name or a list stays ("police in Dayton, Ohio")."""
    for tok in span:
        if tok.i < head.i or tok.text != "," or tok.i + 1 >= span.end:
            continue
        nxt = span.doc[tok.i + 1]
        clause = nxt.dep_ in ("acl", "relcl") or nxt.lower_ in ("which", "who", "whose", "whom") \
            or nxt.dep_ == "prep" and any(t.lower_ in ("which", "whom") for t in nxt.subtree) \
            or nxt.head.dep_ in ("acl", "relcl") and nxt.head.i > tok.i
        if clause:
            return span.doc[span.start:tok.i]
    return span


def issued_writings(state: ArticleState) -> list[tuple[int, str, ArticleEntity]]:
    """The writings whose issuer the article names, as (offset, noun, issuer), so that "the
    study" later speaks for it."""
    doc, writings = state.doc, DOCUMENT_NOUNS - SOURCE_DATA
    return [(t.idx, lemma, found) for i, lemma in enumerate(doc_index.lemmas(doc)) if lemma in writings
            for t in [doc[i]] if t.pos_ == "NOUN"
            for found in [named_issuer(state, t)] if found is not None]


_KIND_TIES = "onrecord_kind_ties"  # doc.user_data slots of kind_ties and staffed_broadcaster
_STAFFED = "onrecord_staffed_broadcasters"
_SITE_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?")  # of a web address, before the site's name
_OWNER_AGE = re.compile(r"^\d{1,3}-year-old (?=\S+(?:'s|’s) )")


def owner_age_dropped(text: str) -> str:
    """A description without the age of the person who owns the body it names: in "47-year-old
    Jones's press office said" the age is Jones's, and the speaker is "Jones's press office"."""
    return _OWNER_AGE.sub("", text)


def describe(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """A mention without a name: a role held by someone of the article, a group or an org."""
    lemma = head.lemma_.lower()
    text = owner_age_dropped(strip_determiner(span))
    official = official_writing(state, span, head)
    if official is not None:
        return official
    outlet = outlet_named_before_kind(state, span, head)
    if outlet is not None:
        return outlet
    part_of = issuer_of_writing_part(state, head)
    if part_of is not None:
        return part_of
    body = unnamed_issuing_body(state, head) if lemma in DOCUMENT_NOUNS else None
    if body is not None:
        return body
    if head.tag_ == "NNS" and lemma in DOCUMENT_NOUNS:
        # "reports say", "estimates suggest": whose, if the phrase names no one, is not known
        found = named_issuer(state, head)
        if found is not None or lemma not in SOURCE_DATA:
            return found
    if head.lower_ in POLICE_BARE_WORDS and qualified_body_name(text, state.doc) is None:
        force = sole_police_force(state, span, head)
        if force is not None:
            return force
    if head.tag_ in ("NNS", "NNPS") or lemma in ("people",):
        return state.entity_by_name(text, "GROUP")
    if lemma in DOCUMENT_NOUNS:
        found = issuer(state, span, head, lemma)
        if found is not None:
            return found
        if lemma == "paper" and definite_kind(span, head) and not other_name_before(head) \
                and not research_writing_before(state, span):
            # "the paper noted" after "the Zed Times reported": the one newspaper of the article;
            # the other writings that are outlets too ("the website") keep the rules of bodies
            found = sole_outlet(state, lemma, span, head)
            if found is not None:
                return found
        authored = author_described(head)
        if authored:
            # "the post by an unknown author": its author is someone the article does not
            # name, not the issuer of a writing named before nor a body called "post"; the
            # writing is named with its author, "statement released by Erdogan's office"
            return state.entity_by_name(strip_determiner(state.doc[span.start:max(span.end, authored)]), "UNKNOWN")
    if lemma in ("state", "country", "nation") and span[0].lower_ == "the" and len(span) == 2:
        # "the state" is the place just spoken of: Florida, in a story on Florida's voter rolls
        window = window_start(head, sentences=3).idx
        places = [e for o, e in state.bodies_by_offset if e.type == "GPE" and window <= o < span.start_char]
        if places and names_a_state(places[-1]):
            return places[-1]
    if lemma in ORG_NOUNS and lemma not in ROLE_WORDS:
        if not any(t.pos_ == "PROPN" or t.ent_type_ for t in span[:head.i - span.start]):
            # "the agency", "a federal appeals court": the body of that kind the article names,
            # before or (the union named only in a later paragraph) after
            named = state.body_of_kind(lemma, span.start_char, forward=span[0].lower_ in ("a", "an", "the"))
            if named is not None and state.body_of_kind(lemma, span.start_char) is None \
                    and kind_loosely_written_before(state, lemma, span):
                # "other social justice groups ... the group shouted": not a body named only later
                return state.entity_by_name(text, "ORG")
            rivals = bodies_read_as_people_before(state, named, span, head) if named is not None else []
            if rivals:
                # "Zedly said ... The company said": the company is the name the tagger read as a
                # person or left untagged, not the group of that kind named paragraphs back or on
                return rivals[0] if len(rivals) == 1 and rivals[0] is not named else state.entity_by_name(text, "ORG")
            if named is not None and (another_body_nearer(state, named, span, head)
                                      and not sole_headed_body(state, named, lemma, span)
                                      or rival_of_kind_near(state, named, lemma, span, head)):
                # no one, not the article's main body (often the nearer one: "Acme Corp. shares
                # fell ... The bank said" is not Acme's), nor an entity "bank" that a body's
                # longer name would later take in; but "the board" is the one board named
                return None
            if named is None and lemma in INSTITUTION_NOUNS and definite_kind(span, head) \
                    and not kind_held_unnamed(state, span, head):
                # "the bank" of an article on Wells Fargo; "the Internet security firm" is
                # described more closely than that, and may well be another one
                named = state.main_body(span.start_char)
                # with no body named last, "the newspaper" may still be the one outlet named, unless
                # its sentence speaks of another name's thing first ("Zed's database ... the website")
                if lemma in MEDIA_NOUNS | MEMBER_BODIES and (
                        not known_as_kind(state, named, lemma) if named is not None else not other_name_before(head)):
                    # "the magazine" is not the White House named last, nor "the union" the
                    # company the article is about; "the newspaper" is the one newspaper named
                    named = sole_outlet(state, lemma, span, head)
            if named is not None:
                return named
        return state.entity_by_name(text, "ORG")
    apposed = apposed_name_repeated(state, span, head)
    if apposed is not None:
        apposed.add_role(text)
        return apposed
    if lemma in ROLE_WORDS or lemma in GROUP_NOUNS or lemma in ROLE_SYNONYMS or lemma in PERSON_NOUNS:
        holder = description_holder(state, span, head, lemma)
        if holder is not None:
            holder.add_role(text)
            return holder
        return state.entity_by_name(text, "PERSON")
    if lemma in SPEAKING_PLACE_KINDS:
        place = sole_place_of_kind(state, span, head)
        if place is not None:
            return place
    if lemma in COUNTRY_KINDS:
        country = sole_country_of_kind(state, span, head)
        if country is not None:
            return country
    defendant = sole_defendant(state, span, head)
    if defendant is not None:
        return defendant
    owner = writing_owner(state, head)
    if owner is not None:
        return owner
    return state.entity_by_name(text, "UNKNOWN") if text else None


POLICE_BARE_WORDS = frozenset({"police"})  # the mention "police", "the police"
_POLICE_ACRONYM = re.compile(r"^[A-Z]{1,4}PD$")  # "NYPD", "LAPD": a police department by its initials


def sole_police_force(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """"Police said", "the police said": the one police force the article names before the
    mention, by a name that holds a police word (``POLICE_FORCE_WORDS``: "Kent Constabulary",
    "Police Scotland", "Irving Police Department"), when ``fullest_name.qualified_body_name``
    finds no "Kent police" written out. A careful reader takes the bare word for that force,
    and only when the article gives no other police to choose from. None (the mention stays
    unnamed) when the mention says more than "police" ("local police", "police in Zedville"),
    when the article names two forces (anywhere: "Kent Police" and "Essex Police", or a force by
    initials, "ZPD", that are not the one's), when it writes police of other words elsewhere
    (``other_police_written``: "state police", "Zedville police", "police in Zedville"), or when
    the mention's sentence opens in a place no word of the force's name holds ("In Zedville,
    police said": ``place_beside_police``), or it or the sentence before names such a place
    anywhere, the words reported too (``place_near_police``). Only a force's own name counts
    (``force_named_so``: not "Police Complaints Board"), and only one named in the mention's
    paragraph or the one before: a force named paragraphs back may belong to an older case."""
    if any(t.i != head.i and t.lower_ != "the" for t in span):
        return None
    forces = police_forces(state)
    before = [e for o, e in forces if o < span.start_char]
    keys = {police_force_key(e) for _, e in forces}
    if not before or len(keys) != 1:
        return None
    if max(o for o, _ in forces if o < span.start_char) < paragraphs_back(doc_index.text(state.doc), span.start_char):
        return None  # the force named paragraphs back may be no longer the police the story speaks of
    key = next(iter(keys))
    initials = {_initials(n) for e in before for n in (e.name, *e.aliases) if n}
    if any(_POLICE_ACRONYM.match(e.name) and e.name not in initials for _, e in state.bodies_by_offset):
        return None  # "ZPD" beside "Kent Constabulary": another force by its initials
    if not key or other_police_written(state, key, head) or place_beside_police(head, key) \
            or place_near_police(head, key):
        return None
    return max(before, key=lambda e: len(e.name))


def police_forces(state: ArticleState) -> list[tuple[int, ArticleEntity]]:
    """The bodies the article names by a police force's name (a word of ``POLICE_FORCE_WORDS``
    in it: "Kent Constabulary", "Police Scotland"), with the offsets where they are named."""
    return [(o, e) for o, e in state.bodies_by_offset if e.type == "ORG" and e.named and force_named_so(e.name)]


def force_named_so(name: str) -> bool:
    """Whether a name is a police force's own: its place's words and a police word
    (``POLICE_FORCE_WORDS``), with only fillers beside (``POLICE_FORCE_FILLERS``: "Irving Police
    Department", "Kent Constabulary", "Police Scotland", "Police Service of Northern Ireland"),
    the police word or a filler last or the police word first. Not a body that watches,
    represents or trains the police ("Independent Police Complaints Board", "Police Federation":
    a word of ``POLICE_BODY_WORDS``, or another head), whose words are not a force's."""
    words = [w.strip(".,’'").lower() for w in without_possessive(name).split()]
    words = [w for w in words if w and w != "the"]
    if not any(w in POLICE_FORCE_WORDS for w in words) or any(w in POLICE_BODY_WORDS for w in words):
        return False
    return words[-1] in _FORCE_ENDINGS or words[0] in POLICE_FORCE_WORDS


# the last words of a police force's name: its police word or a filler (``force_named_so``)
_FORCE_ENDINGS = POLICE_FORCE_WORDS | POLICE_FORCE_FILLERS


def police_force_key(force: ArticleEntity) -> frozenset[str]:
    """The words that tell a police force from another: its name's words without the police
    word and fillers (``POLICE_FORCE_FILLERS``): "Irving Police Department" and "Irving police"
    are one force, {"irving"}."""
    return frozenset(w for w in (x.strip(".,’'").lower() for x in without_possessive(force.name).split())
                     if w and w not in POLICE_FORCE_WORDS and w not in POLICE_FORCE_FILLERS)


def _initials(name: str) -> str:
    """The capitals a name's words begin with ("NYPD" of "New York Police Department")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def other_police_written(state: ArticleState, key: frozenset[str], mention: Token) -> bool:
    """Whether the article writes "police" anywhere with words that are not the force's own:
    "state police", "Zedville police", "Zorbian police", "police in Zedville", "the Zedville
    police chief" (a proper noun of the noun "police" qualifies). Such police may be the ones a
    bare "police" speaks for, so the force named is no sure answer. "Police" again, "the
    police", "a police officer", and the force's own place ("Kent police") are none."""
    doc = state.doc
    for i in doc_index.lower_positions(doc).get("police", ()):
        token = doc[i]
        if token.i == mention.i:
            continue
        ent = doc_index.entity_at(doc, i)
        if ent is not None and len(ent) > 1:
            words = {t.lower_.strip(".,’'") for t in ent if not t.is_punct}
        else:
            words = {t.lower_ for c in token.lefts if c.dep_ in _KIND_QUALIFIERS for t in c.subtree}
            if token.dep_ == "compound":
                # "the Zedville police chief": a name qualifying the noun "police" qualifies
                words |= {t.lower_ for c in token.head.lefts if c.i < token.i and c.dep_ in _KIND_QUALIFIERS
                          and (c.pos_ == "PROPN" or c.ent_type_) for t in c.subtree}
            words |= {t.lower_ for c in token.rights if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
                      for t in c.subtree if t.ent_type_ in ("GPE", "LOC", "NORP", "ORG")}
        words = {w for w in words if w.isalpha() and w not in POLICE_FORCE_FILLERS and w not in POLICE_FORCE_WORDS}
        if words - key:
            return True
    return False


def place_beside_police(head: Token, key: frozenset[str]) -> bool:
    """Whether the sentence of "police said" opens in a place, or the mention is given one, that
    no word of the force's name holds ("In Zedville, police said": Zedville's police). Places in
    the words reported are not looked at."""
    sent = head.sent
    opening = {t.i for c in sent.root.children if c.i < head.i and c.dep_ not in ("nsubj", "nsubjpass")
               for t in c.subtree if t.i < head.i}
    opening |= {t.i for t in head.subtree}
    return any(ent.label_ in ("GPE", "LOC", "NORP") and any(t.i in opening for t in ent)
               and not {t.lower_ for t in ent if t.is_alpha} <= key for ent in sent.ents)


# prepositions whose proper-noun object is where something happened ("found dead in Dunmore")
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout"})


def place_near_police(head: Token, key: frozenset[str]) -> bool:
    """Whether the sentence of "police said" (the words reported too) or the sentence before it
    names a place that no word of the force's name holds: in "He moved to Dunmore. Police said he
    was found dead in Dunmore" the police are likely Dunmore's, not the force named before for an
    older case. A place is a name the tagger reads as one (GPE, LOC), or a proper noun after "in",
    "near" or "outside" that the tagger leaves untagged or takes for a person, a body or a
    building (it often does so with a small town); not a date ("in March")."""
    sent = head.sent
    doc = head.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    places = [{t.lower_ for t in ent if t.is_alpha} for ent in doc[start:sent.end].ents if ent.label_ in ("GPE", "LOC")]
    for t in doc[start:sent.end]:
        if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in _PLACE_PREPOSITIONS \
                and t.ent_type_ in ("", "GPE", "LOC", "FAC", "PERSON", "ORG"):
            places.append({w.lower_ for w in t.subtree if w.pos_ == "PROPN" and w.is_alpha})
    return any(words and not words <= key for words in places)


# US states written out whole (``iso_places.us_states``): a place named before one ("Brookhaven,
# Ohio") is a town or a city; "New York" and "Washington" name cities too, and stay of unknown kind
_STATE_NAMED_CITIES = frozenset({"new york", "washington"})
_STATE_AFTER = re.compile(r", (?:" + "|".join(re.escape(s) for s in sorted(
    iso_places.us_states() | frozenset(STATE_ABBREVIATIONS), key=len, reverse=True)) + r")(?![a-z])", re.IGNORECASE)
# kinds of place a place named so is of ("Elm County", "Salt Lake City", "Long Island")
_NAMED_PLACE_KINDS = PLACE_KINDS | SETTLEMENT_KINDS | SPEAKING_PLACE_KINDS


def sole_place_of_kind(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """"The city said", "the town announced", "the county estimated": the one place of that kind
    the article names before the description, speaking as its government ("Officials in
    Brookhaven closed the bridge ... the city of Brookhaven ... The city said" is Brookhaven).
    Only when (a) the place is named before, tagged as a place; (b) the article shows it to be
    of the kind (``place_kind_shown``: "the city of Brookhaven", "Brookhaven city council",
    "Brookhaven, a town", "Brookhaven's mayor", "Brookhaven, Ohio" for a city, town or village,
    "Elm County" for a county); (c) every word between "the" and the kind is a place tied to it
    ("the Ohio city": "Brookhaven, Ohio"; "the coastal city" says what no name tells, and stays
    unnamed); (d) no other place named before may be of that kind (a country, a US state or a
    place whose own name says another kind is none: ``other_place_kind``), and the article
    writes the kind word before of nothing else ("a city", "cities", "the city of Millford"
    untagged: ``kind_word_elsewhere``). Otherwise None: the description stays unnamed, as a
    wrong place is worse than none."""
    kind = head.lemma_.lower()
    if span[0].lower_ != "the" or span[-1].i != head.i or head.tag_ != "NN" or len(span) < 2:
        return None
    doc = state.doc
    text = doc_index.text(doc)
    qualifiers = [t for t in span[1:-1]]
    if any(t.ent_type_ != "GPE" for t in qualifiers):
        return None  # "the coastal city", "the host city": words no name ties to a place
    places = {id(e): e for o, e in state.bodies_by_offset
              if e.type == "GPE" and o < span.start_char and not other_place_kind(e, kind)
              and not region_after_place(state, e)}
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    names = [n for n in (place.name, *place.aliases) if n]
    if untagged_place_rival(state, names, span):
        return None
    ties = place_kind_shown(state, place, kind)
    if not ties:
        return None
    qualifier_names = {e.text for e in doc_index.ents_in(span) if e.label_ == "GPE"}
    if any(not any(q.lower() == n.lower() or re.search(rf"\b{re.escape(n)},? {re.escape(q)}\b", text)
                   for n in names) for q in qualifier_names):
        return None  # "the Ohio city" of a place the article never places in Ohio
    if kind_word_elsewhere(state, place, kind, span, ties):
        return None
    return place


def region_after_place(state: ArticleState, place: ArticleEntity) -> bool:
    """Whether a place is written only right after another place and a comma ("Port Carvel, New
    York", "Lakemont, Zorbia"): there it says where the first place lies, a state or a country
    around it, and is no second city "the city" may be. A place written once on its own ("the
    mayor of New York") stays a rival."""
    doc = state.doc
    forms = {n.lower() for n in (place.name, *place.aliases) if n}
    found = [e for e in doc_index.ents(doc) if e.label_ == "GPE" and e.text.lower() in forms]
    if not found:
        return False
    for ent in found:
        if ent.start < 2 or doc[ent.start - 1].text != ",":
            return False
        before = doc_index.entity_at(doc, ent.start - 2)
        if before is None or before.label_ != "GPE" \
                or before.end != ent.start - 1 or before.text.lower() in forms:
            return False
    return True


# entity labels that never stand for a place, even where a place would stand ("in May")
_NO_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY",
                              "NORP", "LANGUAGE", "EVENT", "WORK_OF_ART", "LAW"})
# the prepositions a place stands after ("in Jackson", "outside Jackson")
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "across", "throughout", "inside"})


def untagged_place_rival(state: ArticleState, names: list[str], span: Span) -> bool:
    """Whether the article, before the description, names a place the tagger did not tag as one:
    an entity of any tag, or a run of proper nouns, standing where a place stands ("in Jackson",
    "outside Jackson"; "Jackson's water plant", "Jackson's mayor": ``PLACE_POSSESSIONS``), that
    is not the candidate place, a country or a US state. "Jackson" tagged as a person is then a
    town "the city" may be as well, and the description stays unnamed."""
    doc = state.doc
    own = {n.lower() for n in names} | {without_the_lower(n) for n in names}
    for run in names_before(doc, span):
        if run.label_ in _NO_PLACE_LABELS:
            continue
        lower = without_the_lower(run.text)
        if lower in own or lower in iso_places.us_states() or _country_code(run.text) is not None \
                or iso_places.country_code(run.text) is not None:
            continue
        root = run.root
        before = doc[run.start - 1] if run.start > 0 else None
        after = doc[run.end] if run.end < len(doc) else None
        if before is not None and before.lower_ in _PLACE_PREPOSITIONS and root.head.i == before.i:
            return True
        if after is not None and after.lower_ in ("'s", "’s") and root.dep_ == "poss" \
                and root.head.lemma_.lower() in PLACE_POSSESSIONS:
            return True
    return False


def other_place_kind(place: ArticleEntity, kind: str) -> bool:
    """Whether a place is surely of another kind than ``kind``, so that it is no rival of the
    place "the city" stands for: a country ("Ruritania", "U.S."), a US state ("Ohio"; not "New
    York" nor "Washington", cities too), or a place whose own name ends in another kind of
    place ("Elm County", "Long Island", "Kansas City" for "the county")."""
    for name in (place.name, *place.aliases):
        if not name:
            continue
        lower = without_the_lower(name)
        if lower in iso_places.us_states() and lower not in _STATE_NAMED_CITIES:
            return True
        if _country_code(name) is not None or iso_places.country_code(name) is not None:
            return True
        last = lower.split()[-1] if lower.split() else ""
        if last in _NAMED_PLACE_KINDS and last != kind:
            return True
    return False


def without_the_lower(name: str) -> str:
    """A name in lower case, without a leading "the"."""
    lower = name.lower().strip()
    return lower[4:] if lower.startswith("the ") else lower


def place_kind_shown(state: ArticleState, place: ArticleEntity, kind: str) -> list[int]:
    """Where the article shows a place to be of ``kind``, as the offsets of those words (the
    kind word itself where it is written): the kind beside its name ("Brookhaven city council",
    "Brookhaven, a small town": ``kind_ties``), "the city of Brookhaven", a name ending in the kind
    ("Elm County", "Salt Lake City"); for a city or a town its mayor ("the mayor of Brookhaven",
    "Brookhaven Mayor Jo Roe", "Brookhaven's mayor"); for a city, a town or a village a US state
    after its name ("Brookhaven, Ohio", "Brookhaven, Ill."). Empty when it does not."""
    text = doc_index.text(state.doc)
    ties = kind_ties(state, place, kind)
    for name in (place.name, *place.aliases):
        if not name:
            continue
        written = re.escape(name)
        for found in re.finditer(rf"\b({re.escape(kind)}) of (?:the )?{written}\b", text, re.IGNORECASE):
            ties.append(found.start(1))
        if without_the_lower(name).split()[-1:] == [kind]:
            ties += [m.start() + len(name) - len(kind) for m in re.finditer(rf"\b{written}\b", text)]
        if kind in ("city", "town"):
            mayor = rf"\bmayor of (?:the )?{written}\b|\b{written}(?:’s|'s)? mayor\b"
            ties += [m.start() for m in re.finditer(mayor, text, re.IGNORECASE)]
        if kind in ("city", "town", "village") and without_the_lower(name) not in iso_places.us_states():
            for found in re.finditer(rf"\b{written}\b", text):
                if _STATE_AFTER.match(text, found.end()):
                    ties.append(found.start())
    return ties


def kind_word_elsewhere(state: ArticleState, place: ArticleEntity, kind: str, span: Span, ties: list[int]) -> bool:
    """Whether the article writes the kind word before the description of something else than
    the place: "a city", "cities", "the capital city", "the city of Millford" (untagged), "Kansas
    City". The kind word where it shows the place to be of that kind (``ties``), and "the city"
    again, are the place's."""
    doc = state.doc
    plural = kind[:-1] + "ies" if kind.endswith("y") and kind[-2:-1] not in "aeiou" else kind + "s"
    positions = doc_index.lower_positions(doc)
    tied = set(ties)
    for i in [*positions.get(kind, ()), *positions.get(plural, ())]:
        tok = doc[i]
        if i >= span.start or tok.idx in tied:
            continue
        if tok.lower_ == kind and i > 0 and doc[i - 1].lower_ == "the" \
                and not (i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
            continue  # "the city" again
        return True
    return False


def sole_country_of_kind(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """"The kingdom said": the one country named before the description whose ISO official
    name says that kind ("Kingdom of Saudi Arabia", "Sultanate of Oman": ``COUNTRY_KINDS``),
    speaking as its government. Only when the country is named before, tagged as a place; no
    other country of that kind is named or spoken of by its people before ("Jordan", "Spanish
    officials"); and every word between "the" and the kind is the country's own people or name
    ("the Saudi kingdom"; "the Gulf kingdom" says what no name tells, and stays unnamed).
    Otherwise None."""
    kind = head.lemma_.lower()
    if span[0].lower_ != "the" or span[-1].i != head.i or head.tag_ != "NN" or len(span) < 2:
        return None
    qualifier_codes = set()
    for tok in span[1:-1]:
        code = _country_code(tok.text) if tok.ent_type_ in ("GPE", "NORP") else None
        if code is None:
            return None
        qualifier_codes.add(code)
    doc = state.doc
    codes = set()
    for ent in names_before(doc, span):
        code = _country_code(ent.text) or iso_places.country_code(ent.text)
        official = iso_places.official_name(code) if code else None
        if official is not None and kind in official.lower().split():
            codes.add(code)
    if len(codes) != 1 or not qualifier_codes <= codes:
        return None
    code = next(iter(codes))
    found = {id(e): e for o, e in state.bodies_by_offset if e.type == "GPE" and o < span.start_char
             and (_country_code(e.name) or iso_places.country_code(e.name)) == code}
    return next(iter(found.values())) if len(found) == 1 else None


def names_before(doc: Doc, span: Span) -> list[Span]:
    """The entities before a description, of any tag ("Jordan" tagged as a person may still be
    the country or a town), and the runs of proper nouns the tagger left untagged: every name
    that may be a place's, so that a place named under another tag is a rival."""
    found: list[Span] = [e for e in doc_index.ents(doc) if e.end <= span.start]
    i = 0
    while i < span.start:
        if doc[i].pos_ == "PROPN" and not doc[i].ent_type_:
            j = i
            while j < span.start and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
                j += 1
            found.append(doc[i:j])
            i = j
        else:
            i += 1
    return found


_SEVERAL_DEFENDANTS = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(SEVERAL_DEFENDANT_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE)


def sole_defendant(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """"The defendant said", "the accused told the court": the one person the article names
    before it as charged (``charged``: "Jo Roe, 34, was charged with arson", "Roe pleaded not
    guilty"). None when two people are so named, or the article speaks of several defendants
    anywhere ("defendants", "co-accused": ``SEVERAL_DEFENDANT_WORDS``), or for anything but a
    bare "the defendant" ("the defendant's lawyer", "a defendant")."""
    if len(span) != 2 or span[0].lower_ != "the" or head.lower_ not in DEFENDANT_NOUNS:
        return None
    if _SEVERAL_DEFENDANTS.search(doc_index.text(state.doc)):
        return None  # the text, not the tokens: the tagger splits "co-defendant" in three
    named = state.persons_between(0, span.start_char)
    found = {id(person): person for offset, person in named
             if person.type == "PERSON" and person.named and charged(state.name_head(offset))}
    if len(found) != 1:
        return None
    person = next(iter(found.values()))
    heads = {head.i for offset, p in named if p is person for head in [state.name_head(offset)] if head is not None}
    if any(t.i not in heads and t.pos_ != "PRON" for t in held_before(state.doc, span.start)):
        return None  # "a 25-year-old man was charged", "police arrested a new suspect": another case
    return person


# verbs of charging or arrest: those they hold are held
_HOLDING_VERBS = CHARGING_VERBS | ARRESTING_VERBS


def held_before(doc: Doc, end: int) -> list[Token]:
    """The heads of those charged or held before token ``end``: the subject of a passive verb
    of charging or arrest ("a man was charged", ``CHARGING_VERBS``, ``ARRESTING_VERBS``), its
    object in the active ("police arrested a suspect"), the noun it qualifies ("a man arrested
    at the scene"), and their conjuncts."""
    out: list[Token] = []
    # the verbs' places, read once per doc (``doc_index.lemma_positions``), not every token
    positions = doc_index.lemma_positions(doc)
    for i in sorted(i for lemma in _HOLDING_VERBS for i in positions.get(lemma, ()) if i < end):
        token = doc[i]
        if token.pos_ != "VERB":
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        held = [c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if token.dep_ == "acl" and token.tag_ == "VBN":
            held.append(token.head)
        out.extend(t for h in held for t in (h, *h.conjuncts))
    return out


def charged(name: Token | None) -> bool:
    """Whether a name is that of someone charged: the passive subject of a verb of charging
    ("Roe was charged", "Roe and Lee were indicted", ``CHARGING_VERBS``) or the subject of
    "plead" ("Roe pleaded guilty")."""
    if name is None:
        return False
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head  # "Roe and Lee were charged": each of them
    verb = name.head.lemma_.lower()
    return name.dep_ == "nsubjpass" and verb in CHARGING_VERBS or name.dep_ == "nsubj" and verb == "plead"


def issuer_of_writing_part(state: ArticleState, head: Token) -> ArticleEntity | None:
    """Who speaks in parts of a writing whose phrase names its issuer: "Excerpts from Jane Roe's
    memoir Dawn revealed", "passages of a report by the Audit Office show" are Jane Roe's and the
    office's words (``named_issuer`` of the writing); a part of a writing that names no one
    ("excerpts from the book") stays as it was."""
    writing = _writing_of_part(head, ("of", "from"), _writing_or_its_title)
    if writing is None:
        return None
    if part_owned(head):
        # "an FBI summary of its investigation": the summary is the FBI's, whoever's the investigation
        return named_issuer(state, head, venues=("by",))
    # only who wrote it ("by", a possessive), never where it was printed ("a letter in the Post")
    return named_issuer(state, writing, venues=("by",))


def part_owned(head: Token) -> bool:
    """Whether a part of a writing names an owner of its own before it ("an FBI summary of the
    inquiry", "the judge's summary of the ruling"): who wrote the part, not the writing it sums up."""
    return any(c.dep_ in ("compound", "poss") and c.i < head.i for c in head.children)


def _writing_of_part(head: Token, preps: tuple[str, ...], is_writing: Callable[[Token], bool]) -> Token | None:
    """The writing a part of one is of ("excerpts from the memoir", "part of the statement"): the
    object of one of ``preps`` after the part's noun that ``is_writing``; None when ``head`` is
    no part of a writing or names none."""
    if head.lemma_.lower() not in WRITING_PARTS:
        return None
    return next((o for p in head.children if p.dep_ == "prep" and p.lower_ in preps
                 for o in p.children if o.dep_ == "pobj" and is_writing(o)), None)


def _writing_or_its_title(tok: Token) -> bool:
    """A writing's noun, or the title it heads ("Jane Roe's book Rage": "book" hung on "Rage")."""
    return tok.lemma_.lower() in DOCUMENT_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in DOCUMENT_NOUNS for c in tok.children)


def official_writing(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """"According to the official WHO report": the tagger read "official" as the noun and the
    writing as a verb of its own; the writing is the body's named right after "official" (a
    name or an acronym, then a writing's noun)."""
    doc = state.doc
    if head.lower_ != "official" or span.end != head.i + 1 or span.end + 1 >= len(doc):
        return None
    name, writing = doc[span.end], doc[span.end + 1]
    if writing.lower_ not in DOCUMENT_NOUNS and writing.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    if not (is_acronym(name) or name.pos_ == "PROPN" and name.ent_type_ in ("ORG", "")):
        return None
    return _named_body(state, name.text)


def _named_body(state: ArticleState, name: str) -> ArticleEntity:
    """The body of that name, as a name of its own (not a description of one)."""
    body = state.entity_by_name(name, "ORG")
    body.named = True
    return body


def writing_owner(state: ArticleState, head: Token) -> ArticleEntity | None:
    """Whose writing a mention is, when it is a writing or a part of one that names no body
    of its own: "Part of the judge's statement reads" is the judge the article names, "the
    hypothesis of the report" the report's issuer. The owner is asked of the sieve's
    descriptions and kept only when it is a named person, or a body that is the only one
    of its kind the article names ("the court's summary" in an article naming two courts
    stays unnamed)."""
    writing = _writing_of_part(head, ("of",), lambda o: o.pos_ == "NOUN")
    if writing is None:
        writing = head
    lemma = writing.lemma_.lower()
    if lemma not in DOCUMENT_NOUNS and lemma not in WRITING_PARTS:
        return None
    owners = [c for c in writing.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
    if owners:
        owner = owners[0]
        found = state.describe(state.doc[slice(*mention_range(owner))], owner)
        if found is None or not found.named:
            return None
        if found.type == "PERSON":
            return found
        same_kind = state.bodies_of_kind(owner.lemma_.lower())
        return found if len(same_kind) == 1 and same_kind[0] is found else None
    if writing.i != head.i and lemma in DOCUMENT_NOUNS:
        # the writing's issuer as the article names it, not a guess at "the court" it may be
        found = issuer(state, state.doc[slice(*mention_range(writing))], writing, lemma, courts=False)
        return found if found is not None and found.named else None
    return None


def description_holder(state: ArticleState, span: Span, head: Token, lemma: str) -> ArticleEntity | None:
    """The person a role description stands for. "A spokeswoman for Clinton" brings in someone
    new: the holder of that role named in the next sentences. "The senator" is the holder
    named before, else the one named just after when in apposition ("the senator, Jane Roe,"),
    else the person the text was just about ("the former chief commander ... added") unless
    the description names another country or party, or a person ("the Lincoln actor"); someone
    only named lately must hold the present office it names (``holds_office_described``)."""
    role, qualifiers = office_word(lemma), span_qualifiers(span)
    places = place_words(span, head)
    bodies_named = body_words(span, head)
    gender = NOUN_GENDER.get(lemma)

    def fits(holder: ArticleEntity | None) -> ArticleEntity | None:
        # "the president of Turkey" only goes to someone the article ties to Turkey, "the
        # health minister" not to the Civil Aviation Minister, "the mother" not to the father,
        # "the Unity Party of America presidential nominee" not to the Democrats' nominee
        if holder is None or _other_office(span, role, holder) or gender and holder.gender not in (None, gender) \
                or names_holder_as_modifier(span, head, holder) or opposite_seat(span, holder):
            return None
        if bodies_named and (holder.roles or holder.affiliation) \
                and not tied_to_body(bodies_named, holder.affiliation, holder.roles):
            return None  # known by other bodies only; someone the article says nothing of may be
        if not places or tied_to(places, holder.affiliation, holder.roles) \
                or placeless_subject_before(state, span, holder, role, places):
            return holder
        return None

    ahead = window_end(head, sentences=2).idx
    next_speaker = state.next_speaker(span.end_char, ahead) if lemma not in GROUP_NOUNS else None
    if indefinite_description(span, head):
        # a lede's "A former party chairman says ..." is named as the next one to speak
        found = fits(state.role_holder(role, span.end_char, qualifiers, until=ahead))
        if found is None and span[0].lower_ in COUNTING_WORDS and not speaks_for_another(head):
            # only a lede's opening "A former chairman says": "even a top strategist said" in the
            # text's midst is no one the next name to speak is known to be; nor is "A Zedco
            # spokesman said" whoever speaks next, who may be the one the spokesman speaks for
            found = fits(next_speaker)
        if found is None or head.dep_ != "appos" \
                and pronouns.named_before(state, found, span.start_char, spoken_of=False):
            return None  # "Ada Voss, a geology professor": in apposition, the name is its
        return found
    agent = named_agent(state, head)
    if agent is not None:
        return fits(agent)
    if span[0].tag_ == "PRP$":
        # "his spokesman" is someone else, seldom named; "his daughter" may be named as such
        return fits(named_kin(state, span, head))
    if introduced_unnamed(span, head):
        return None
    def fits_office(holder: ArticleEntity | None) -> ArticleEntity | None:
        # a holder found by the office alone, named anywhere before: "the Democratic nominee"
        # is no nominee the article never ties to the Democrats
        return fits(holder) if holder is not None and tied_to_party(qualifiers & PARTIES, holder) else None

    if several_holders_named(state, span, role):
        return None
    holder = fits_office(state.role_holder(role, span.start_char, qualifiers))
    if holder is None and in_apposition(span, head):
        holder = fits(state.role_holder(role, span.end_char, qualifiers, until=ahead))
    if holder is not None or lemma in GROUP_NOUNS:
        return holder
    holders = office_holders(state, span, role, qualifiers)
    if holders is None:
        sole = sole_known_by_noun(state, span, head)
        if sole is not None:
            # known by the noun, but only seen far back or beside an unnamed holder: no one
            return fits(sole) if known_by_noun_near(state, span, head) else None
    if holders is not None:
        # "the archbishop" of an article naming "Archbishop Jan Nowak" further on is Nowak, and
        # no one when two archbishops fit it; never a guess at whom the text was about. "The
        # Prime Minister" just after "Deputy Prime Minister ... Richard Sulík" is the one
        # prime minister the article names, though Sulík was named last.
        fitting = [h for h in holders if fits_office(h) is not None]
        if len(fitting) != 1 or named_later_amid_others(state, span, head, fitting[0]):
            return None
        return fitting[0]
    if qualifiers & PARTIES and not office_of_another_party(state, role, qualifiers):
        # "the GOP nominee": the last one named of that party, when the article gives the
        # office to no one of another party
        partisan = state.party_member(span)
        if partisan is not None:
            return partisan
    # "Obama's former campaign strategist" is not Obama, nor "the Greek foreign minister" the
    # Turkish president; without "the" ("Connecticut’s tax commissioner says") the next one
    # to speak comes before someone named further back
    if len(span) > 3 and not _past_office(span):
        # "the head of the police's internal investigators" describes someone new, not the
        # person the text was about; a past office is what the text adds of that person
        return None
    if names_a_person(state, span, head) or owned_by_a_person(state, head):
        return None  # "the Lincoln actor", "Roe's aide" is someone the article does not name
    if speaks_for_another(head):
        return None  # "the spokesman" is none of those the article did not call one
    if indefinite_person_before(state, head):
        return None
    owners = [state.short_person(c.text) for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    after = [next_speaker] if span[0].lower_ != "the" and next_speaker is not None else []
    # someone only named lately, not the subject the text is about, must hold the office
    recent = (p for p in state.recent_people(span.start_char) if holds_office_described(span, role, p))
    subjects = (p for p in state.main_subjects(span.start_char)
                if holds_office_described(span, role, p) or not subject_of_own_sentence(state, span, head, p))
    candidates = itertools.chain(subjects, after, recent)
    askers = {id(e) for e in question_askers(state, head)}
    found = next((p for p in candidates if p not in owners and id(p) not in askers and not _other_rank(span, role, p)
                  and not _other_country(span, p) and not _other_party(span, p) and fits(p)), None)
    # one the article already gives the office is no guess ("Jo Roe, a pollster ... The pollster")
    if found is not None and not ranks_of(found, role) and rival_named_near(state, span, found, fits):
        return None
    if found is not None and noun_given_to_another(state, head, found):
        return None
    if found is not None and namesake_holds_office(state, found, role):
        return None
    return found


def apposed_name_repeated(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """The person a definite description repeats when the article first wrote that noun with
    the person's name set off after it: "A nurse, Jo Fenn, said ... 'We had no beds,' the nurse
    said" is Jo Fenn, as is "the aide added" after "an aide to the mayor, Sam Poe, said". Only
    "the" and the noun ("the nurse"), the last earlier use of the noun (``_last_use_of_noun``)
    being the one set off with a single name (no "Jo Fenn and Ada Voss"); any other use of the
    noun between ("another nurse said"), or any other person named between, leaves it to the
    other rules. Issue 13, r23-kin and its review."""
    if head.tag_ != "NN" or len(span) != 2 or span[0].lower_ != "the" or span.end != head.i + 1:
        return None
    earlier = _last_use_of_noun(state.doc, head)
    if earlier is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in earlier.children):
        return None
    doc = state.doc
    names = [c for c in earlier.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if len(names) != 1 or any(c.dep_ == "conj" for c in names[0].children):
        return None
    name = doc_index.entity_at(doc, names[0].i)
    if name is None or name.label_ != "PERSON" or doc[name.start - 1].text != "," \
            or name.end >= len(doc) or doc[name.end].text not in (",", ")"):
        return None  # set off by commas on both sides: "A nurse, Jo Fenn, said"
    people = {id(e): e for _, e in state.persons_between(name.start_char, name.end_char)}
    if len(people) != 1:
        return None
    named = next(iter(people.values()))
    # another person named between may hold the noun as a title ("A doctor, Jo Fenn, said ...
    # Dr. Ed Marr treated the boy ... the doctor said"): then the description may be theirs
    if any(e is not named for _, e in state.persons_between(name.end_char, span.start_char)):
        return None
    return named


def _last_use_of_noun(doc: Doc, head: Token) -> Token | None:
    """The last use of ``head``'s noun before it that is not itself a bare repeat ("the nurse"
    once more), when no use before that one sets off another name ("A nurse, Jo Fenn ... A
    nurse, Ada Voss": "the nurse" may be either); None otherwise."""
    places = doc_index.lemma_positions(doc).get(head.lemma_.lower(), [])
    uses = [doc[i] for i in reversed(places[:bisect_left(places, head.i)]) if doc[i].pos_ == "NOUN"]
    uses = [t for t in uses if not (t.i > 0 and doc[t.i - 1].lower_ == "the" and t.n_lefts == 1
                                    and not any(c.dep_ == "appos" for c in t.children))]
    if not uses:
        return None
    named = {c.text for t in uses for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"}
    return uses[0] if len(named) == 1 else None


def namesake_holds_office(state: ArticleState, found: ArticleEntity, office: str) -> bool:
    """Whether a description found for the person the text was about ("the former president"
    after "Jeb Roe spoke") is an office the article gives another person of that surname and not
    this one ("President Roe, his father"): the title is the namesake's, kept apart from Jeb by
    ``state.title_misfit``; which of the two the description is stays unsaid, never the one the
    article does not give the office. Issue 13, r23-kin."""
    if ranks_of(found, office):
        return False
    return any(e is not found and ranks_of(e, office)
               for people in state.by_surname.values() if any(e is found for e in people) for e in people)


def indefinite_description(span: Span, head: Token) -> bool:
    """Whether a description brings someone in by an indefinite word ("a", "an", "another",
    "one": ``COUNTING_WORDS``), whether the word opens the mention ("A senior strategist said")
    or follows a word set before it ("even a top Republican strategist", "also one aide"): one of
    many the article does not name there, not the holder of an office or the party member
    named before. Issue 13, r23-anon."""
    if span[0].lower_ in COUNTING_WORDS:
        return True
    return any(c.dep_ in ("det", "nummod") and c.lower_ in COUNTING_WORDS and c.i < head.i
               for c in head.children)


def several_holders_named(state: ArticleState, span: Span, office: str) -> bool:
    """Whether a description of an office several may hold at once, one for each church or see
    (``SHARED_TITLE_OFFICES``: "the pope", "the patriarch"), stands after two or more people the
    article gives that office ("Pope Tawadros II met Pope Leo. The pope said ..."): the
    description may be either, and stays unnamed."""
    if office not in SHARED_TITLE_OFFICES:
        return False
    holders = {id(e) for o, e in state.persons_by_offset if o < span.start_char and ranks_of(e, office)}
    return len(holders) > 1


def indefinite_person_before(state: ArticleState, head: Token) -> bool:
    """Whether the nearest subject before a description, in its sentence or the two before, is
    one person described by an indefinite word ("Another Catholic who prayed there said ...
    'It was hate,' the man said"): "the man" goes on with that unnamed one, not with someone
    named further back."""
    for token in reversed(state.doc[window_start(head, sentences=2).i:head.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON" or state.in_quote(token.idx):
            continue
        span = state.doc[slice(*mention_range(token))]
        if names.indefinite_partisan(span, token):
            return True
        if token.pos_ == "PROPN" or token.ent_type_ == "PERSON":
            return False  # a name is the nearest subject
    return False


def tied_to_party(parties: frozenset[str], holder: ArticleEntity) -> bool:
    """Whether a person may be the holder of a description that names a party ("the Democratic
    nominee"): the article gives them that party in their affiliation or a role. No party in
    the description asks nothing."""
    if not parties:
        return True
    words = " ".join([holder.affiliation or "", *holder.roles]).split()
    return any(qualifier(w) in parties for w in words)


def rival_named_near(state: ArticleState, span: Span, found: ArticleEntity,
                     fits: Callable[[ArticleEntity | None], ArticleEntity | None]) -> bool:
    """Whether someone else the description may be is named, outside quotation marks, in the
    sentence before it or its own, as a subject: "... momentum for Novak, as Roe tries to regain her footing.
    The former governor ..." may be either, and the guess at whom the text was about is left
    unmade. A description the article ties to one holder by its office or name is not a guess
    and is not asked this."""
    start = window_start(span.root, sentences=1).idx
    return any(e is not found and e.named and e.type == "PERSON" and not state.in_quote(o) and fits(e) is not None
               and (_subject_at(state, o) or owns_the_subject(state, o))
               for o, e in state.persons_between(start, span.start_char))


def owns_the_subject(state: ArticleState, offset: int) -> bool:
    """Whether the name at ``offset`` owns what a sentence is about: the possessor of its main
    clause's subject, or of the noun after "was" when that clause has no subject of its own
    ("Most worrying was Roe's silence on the deal. Even so, the businessman argued ...").
    The text is about Roe's act, so Roe is someone "the businessman" may be, as much as one who
    spoke last; an owner in a clause of its own ("after Roe's speech ended") is background."""
    name = state.name_head(offset)
    if name is None or name.dep_ != "poss":
        return False
    owned = name.head
    if owned.head.dep_ != "ROOT":  # an owner inside a clause of its own is the text's background
        return False
    if owned.dep_ in ("nsubj", "nsubjpass"):
        return True
    return owned.dep_ == "attr" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in owned.head.children)


def _subject_at(state: ArticleState, offset: int) -> bool:
    """Whether the name at ``offset`` is the subject of a clause, alone or joined to another
    ("Ann Roe and Tom Lee debated": both): one the text may be about, unlike whom words were
    told to ("told host Jo Roe")."""
    name = state.name_head(offset)
    while name is not None and name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    return name is not None and name.dep_ in ("nsubj", "nsubjpass")


def placeless_subject_before(state: ArticleState, span: Span, holder: ArticleEntity, office: str,
                             places: set[str]) -> bool:
    """""Will the plan work?" Roe asked. The senator from Ohio said ...":
    a definite description naming a place ("the senator from Vermont") is the holder of its
    office the text goes on with — the main subject of the narrative sentence before — when the
    article ties that person to no place at all (no affiliation; no place in a role): nothing
    says the place is not theirs, and news names a speaker's state so to avoid repeating the
    name. A holder tied to another place ("Sen. Ann Lee (R-Ohio)") stays unnamed, as does anyone
    not the subject just before, or one of two holders of the office the article names ("Sen. Ann
    Reed and Sen. Tom Hale debated"), or one named with a place of their own that the resolver
    kept no affiliation of ("Sen. Tom Hale of Ohio", "Hale, who represents Ohio")."""
    if span[0].lower_ != "the" or holder.affiliation or any(place_words_in(role) for role in holder.roles):
        return False
    if next(state.main_subjects(span.start_char, sentences=1), None) is not holder:
        return False
    if any(other is not holder and ranks_of(other, office) for _, other in state.persons_by_offset):
        return False
    return not any(named_with_place(state.name_head(offset), places)
                   for offset, entity in state.persons_by_offset if entity is holder)


def named_with_place(name: Token | None, places: set[str]) -> bool:
    """Whether a person's name is joined to a place other than ``places`` in its own phrase: "Tom
    Hale of Ohio", "Tom Hale, who represents Ohio", "Ohio's senator, Tom Hale" (a place in the
    name's subtree, or in that of the noun it stands in apposition to)."""
    if name is None:
        return False
    tokens = list(name.subtree) + (list(name.head.subtree) if name.dep_ == "appos" else [])
    return any(t.ent_type_ == "GPE" and t.text not in places for t in tokens if t.i != name.i)


def place_words_in(role: str) -> bool:
    """Whether a role as the article gave it names a place or a state ("Chelyabinsk regional
    governor", "Senator from Ohio", "R-Fla."): a capitalised word other than its first, or a
    state's abbreviation."""
    words = role.replace("-", " ").split()
    return any(w[:1].isupper() for w in words[1:]) or tied_to(set(STATE_ABBREVIATIONS.values()), None, [role])


def kind_loosely_written_before(state: ArticleState, kind: str, span: Span) -> bool:
    """Whether the article, before "the group" or "the union", writes the kind word of several
    bodies or of any one ("other rights groups", "a group of marchers", "unions"), outside a
    name: the description may then stand for one of those, and a body of that kind named only
    after it is no more likely than they are ("Marchers from several groups ... the group
    chanted ... an organizer with the Zorb Coalition" is not the coalition). Asked only when
    the body would be the first one of its kind named after the description. Issue 13
    (r22-desc)."""
    words = BODY_KINDS.get(kind, {kind})
    for i in lemmas_before(state.doc, words, span.start):
        token = state.doc[i]
        if token.pos_ != "NOUN" or token.ent_type_:
            continue
        if token.tag_ == "NNS" or any(c.dep_ in ("det", "amod") and c.lower_ in ("a", "an", "another", "other")
                                      for c in token.children):
            return True
    return False


def another_body_nearer(state: ArticleState, body: ArticleEntity, span: Span, head: Token) -> bool:
    """Whether "the company" or "the group" may well stand for another body than the one of its
    kind found by name: the body of that kind is not named in the description's sentence or the
    one before, while another body is ("Helal directed Acme's plant in Amiens. The company
    confirmed ..." is Acme, not the Zorb Mining Company named paragraphs back; "Pro-Zorb forums
    posted messages in which the terrorist group urged ..." is not the monitoring group named
    before; "the website Zorbtrade.com said ... the company" is that site's, not Quill Gun Group
    named further on). The description is then left unnamed rather than handed to the wrong
    body."""
    start = window_start(head, sentences=1).idx
    if start <= body.last_seen < span.start_char:
        return False
    near = [e for o, e in state.bodies_by_offset if start <= o < span.start_char and e.type == "ORG"]
    if any(e is body or _name_within(e, body) for e in near):
        return False
    # a site named by its web address, which the tagger seldom takes for a name ("the website
    # Zorbtrade.com said ... the company reserved the right")
    forms = [n.lower().replace(" ", "") for n in (body.name, *body.aliases) if n]
    sites = [site for t in state.doc[window_start(head, sentences=1).i:span.start] if t.like_url
             for site in [_SITE_PREFIX.sub("", t.lower_).split(".")[0]] if site]
    return bool(near) or any(not any(site in f for f in forms) for site in sites)


def rival_of_kind_near(state: ArticleState, body: ArticleEntity, kind: str, span: Span, head: Token) -> bool:
    """Whether another body of the description's kind (its name holding a word of the kind,
    ``BODY_KINDS``) is named outside quotation marks in the description's sentence or the one
    before, besides ``body``: "The Zorbian Ministry of Trade met exporters and the Ministry of
    Health met doctors. The ministry said" may be either; the nearer is no safe reading, and the
    description is left unnamed. A name of the body written within the other's ("Acme" and
    "Acme Corp.") is no rival.

    Issue 13, r21-desc: no change on the Wikinews dev half nor on PolNeAR train samples (seeds
    11111-11116); kept as a hard guard against naming the wrong one of two."""
    words = BODY_KINDS.get(kind, frozenset({kind}))
    start = window_start(head, sentences=1).idx
    return any(e is not body and e.type == "ORG" and e.named and not _name_within(e, body)
               and not state.in_quote(o) and words & {w.strip(".,’'").lower() for w in e.name.split()}
               for o, e in state.bodies_by_offset if start <= o < span.start_char)


def bodies_read_as_people_before(state: ArticleState, body: ArticleEntity, span: Span,
                                 head: Token) -> list[ArticleEntity]:
    """The bodies "the company", "the group" may stand for that the tagger read as people's
    names or left untagged, found when ``body`` (the body of that kind found by name) is not
    named in the description's sentence or the one before: each one-word name there, the
    subject of a clause outside quotes, that is no person's (``unnamed_body_subject``) and
    speaks somewhere in the article (``speaks_in_article``); or
    anywhere before the description when ``body`` is named only after it. "Zedly said ... The
    company said" is Zedly, not the Acme Group named paragraphs back or further on; a rival the
    article holds no entity for yet (a name the tagger left untagged), or two rivals, leave the
    description unnamed; a name that never speaks ("Brexit hurt sales") is no rival.

    Issue 13, r19-group: on PolNeAR train samples (seeds 10821-10826, 240 articles) 5 statements
    wrong -> right (a news site's "the company" given a research group named later or a group
    named paragraphs back), none wrong; no Wikinews dev change."""
    if kind_in_own_name(body, head):
        return []  # "the Norwood Monitoring Group ... the group said": its name says its kind (r19-fixspk)
    named_after = body.last_seen < 0 and not any(e is body and o < span.start_char for o, e in state.bodies_by_offset)
    start = 0 if named_after else window_start(head, sentences=1).idx
    if not named_after and any(e is body or _name_within(e, body)
                               for o, e in state.bodies_by_offset if start <= o < span.start_char):
        return []
    found: dict[str, ArticleEntity | None] = {}
    for token in state.doc[token_at_or_after(state.doc, start):span.start]:
        if token.lower_ in found or not unnamed_body_subject(state, token) \
                or not speaks_in_article(state, token.lower_):
            continue
        # a name the tagger left untagged and no pass has taken for anyone's: a rival, never the answer
        entity = names.named(state, state.doc[token.i:token.i + 1], token) if token.lower_ in state.by_surname else None
        found[token.lower_] = entity if entity is not None and entity is not body else None
    if None in found.values():
        return [body]  # a rival with no entity: neither is sure (the caller leaves it unnamed)
    return list({id(e): e for e in found.values() if e is not None}.values())


def kind_in_own_name(body: ArticleEntity, head: Token) -> bool:
    """Whether a body's own name holds the noun of the description ("Norwood Monitoring Group"
    for "the group", "Zed Health Organization" for "the organization"): the article named that
    body by its kind, and a one-word name read as a person's is no rival of it."""
    kind = head.lemma_.lower()
    return any(kind in name.lower().split() for name in (body.name, *body.aliases) if name)


def speaks_in_article(state: ArticleState, word: str) -> bool:
    """Whether a one-word name is, somewhere in the article, the subject of a verb of saying outside
    quotes ("Zedly said", "Zedly acknowledged"): a body that speaks, which "the company" may be;
    a name that only acts or is spoken of ("Brexit hurt sales") is not looked at."""
    lex = lexicon.load()
    return any(t.lower_ == word and t.dep_ == "nsubj" and lex.is_speech(t.head.lemma_.lower())
               and not state.in_quote(t.idx) for t in state.doc)


def token_at_or_after(doc: Doc, offset: int) -> int:
    """The index of the first token starting at or after character ``offset``."""
    span = doc.char_span(offset, len(doc_index.text(doc)), alignment_mode="expand")  # the text joined once
    return span.start if span is not None else len(doc)


def unnamed_body_subject(state: ArticleState, token: Token) -> bool:
    """Whether a token is a one-word name the article shows to be no person's, the subject of a
    clause outside quotes: tagged as no name, or as a person's name that is never given a first
    name, a title or a gender and that the article's evidence shows to be a body's or a thing's
    (``settled_type``: "Zedly said ... Zedly's users"). A known person's surname, a given name,
    a word opening its sentence in small letters or a part of a longer name is none."""
    doc = token.doc
    if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or not token.is_alpha \
            or token.dep_ not in ("nsubj", "nsubjpass") or state.in_quote(token.idx) or gender_of(token.text):
        return False
    if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" or token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
        return False  # part of a longer name
    people = state.by_surname.get(token.lower_)
    if not people:
        return token.pos_ == "PROPN" and token.ent_type_ == ""  # a name the tagger left untagged
    return token.ent_type_ in ("", "PERSON") and all(
        " " not in e.name and e.gender is None and settled_type(
            e.name, e.type, e.roles, e.gender, doc, (token.idx, token.idx + len(token))) in ("ORG", "UNKNOWN")
        for e in people)


def _name_within(one: ArticleEntity, other: ArticleEntity) -> bool:
    """Whether two bodies may be one named two ways, a name of one written within a name of the
    other ("Thai Zorb party" and "Thai Zorb Party", "Acme" and "Acme Corp.")."""
    forms = [n.lower() for n in (one.name, *one.aliases) if n]
    others = [n.lower() for n in (other.name, *other.aliases) if n]
    return any(a in b or b in a for a in forms for b in others)


def known_as_kind(state: ArticleState, body: ArticleEntity, kind: str) -> bool:
    """Whether the article ties a body to the kind a description names: its name right beside
    that noun ("Family Circle magazine", "the drug company Valeant", "Wells Fargo, the bank").
    "The magazine" or "the website" goes to the one body the article calls so, never to the body
    named last whatever it is ("The magazine said ... the White House winner"). A body whose own
    name reads as one of members ("United Auto Workers", ``member_body_named``) is a union."""
    if kind in MEMBER_BODIES and member_body_named(body):
        return True
    return bool(kind_ties(state, body, kind))


def kind_ties(state: ArticleState, body: ArticleEntity, kind: str) -> list[int]:
    """Where the article writes the kind word right beside a body's name ("Family Circle
    magazine", "Wells Fargo, the bank", "Acme, a small software company", "the drug company
    Valeant", "cable network Zed TV"): the offsets of those kind words (``known_as_kind``).
    Kept per article for each kind and set of names: every description asks again."""
    names = frozenset({body.name, *body.aliases})
    cache: dict[tuple[str, frozenset[str]], list[int]] = state.doc.user_data.setdefault(_KIND_TIES, {})
    found = cache.get((kind, names))
    if found is None:
        found = cache[(kind, names)] = _kind_ties(doc_index.text(state.doc), names, kind)
    return list(found)


def _kind_ties(text: str, names: frozenset[str], kind: str) -> list[int]:
    """``kind_ties`` worked out."""
    kind_noun = rf"{re.escape(kind)}s?\b"
    after = re.compile(rf"(?:’s|'s)?(?: |, (?:the|a|an) (?:[\w-]+ ){{0,2}})({kind_noun})", re.IGNORECASE)
    before = re.compile(rf"\b({kind_noun}) $", re.IGNORECASE)
    ties: list[int] = []
    for name in names:
        if not name:
            continue
        for found in re.finditer(re.escape(name), text):
            start = max(0, found.start() - 30)
            tie = after.match(text, found.end()) or before.search(text[start:found.start()])
            if tie is not None:
                ties.append(tie.start(1) + (0 if tie.re is after else start))
    return ties


def sole_headed_body(state: ArticleState, body: ArticleEntity, kind: str, span: Span) -> bool:
    """Whether "the board", "the ministry" is ``body`` though another body was named nearer: the
    one body named before it whose name the kind word, or a word the kind is spelt with
    (``kind_spellings``: "the agency" and "Food and Drug Administration", a name that says what
    the body does, ``spelt_as_kind``; a shorter one, "the Trump Administration", may be it or
    none, and leaves it unnamed), heads ("the Illinois
    Board of Elections", "Ministry of Health": the word before "of", else the last), a kind whose
    bodies carry the word (``HEADED_BODY_KINDS``, not "the company"). Before the description, every other
    "board" the article writes must be that body again ("the board", "the board of elections",
    a headline's "Board Of Election"): no second board named ("the Court of Session ... the
    Supreme Court"), no name holding the word elsewhere ("Board Street Clinic"), no "boards",
    no "the school board" or "a board", and no body of a kind its name does not tell named since
    the body last was ("Reuters" may be "the agency" as well). A body named only after it leaves
    the description to ``another_body_nearer``."""
    if kind not in HEADED_BODY_KINDS or len(span) != 2 or span[0].lower_ != "the" \
            or body.type != "ORG" or not body.named:
        return False
    doc = state.doc
    headed: list[Span] = []
    spellings = kind_spellings(kind)
    for name, name_head in bodies_with_heads(doc):
        if name.end > span.start:
            continue
        if name_head.lower_ in spellings and name_head.text[:1].isupper() and len(name) > 1:
            if name_head.lower_ != kind and not spelt_as_kind(name, name_head):
                return False  # "the Census Bureau", "the Trump Administration": may be it, or none
            headed.append(name)
        elif any(t.lower_ == kind for t in name):
            return False  # "Board Street Clinic": the word in another body's name
    forms = {n.lower().removeprefix("the ") for n in (body.name, *body.aliases) if n}
    texts = {n.text.lower() for n in headed}
    longest = max(texts, key=len, default=None)
    if longest is None or any(t not in longest for t in texts) \
            or not any(f in longest or longest in f for f in forms):
        return False  # two boards named, or the one named is not the body found
    stems = {w.removesuffix("s") for t in texts for w in t.split()}
    inside = {i for n in headed for i in range(n.start, n.end)}
    plural = kind[:-1] + "ies" if kind.endswith("y") else kind + "s"
    positions = doc_index.lower_positions(doc)
    for i in [*positions.get(kind, ()), *positions.get(plural, ())]:
        if i >= span.start or i in inside:
            continue
        if doc[i].lower_ == plural:
            return False  # "boards": several
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of":
            if doc[i + 2].lower_.removesuffix("s") not in stems:
                return False  # "the board of a school": another board
        elif i == 0 or doc[i - 1].lower_ != "the":
            return False  # "a board", "the school board"
    last = max((o for o, e in state.bodies_by_offset if e is body and o < span.start_char), default=span.start_char)
    # "The agency" after "the FDA ..., Reuters reported. Acme welcomed it": a body of no told kind
    # named since (a news agency) may be it as well
    return not nearer_of_unknown_kind(state, body, kind, span) \
        and not body_of_unknown_kind_between(state, body, kind, last + 1, span.start_char)


def spelt_as_kind(name: Span, name_head: Token) -> bool:
    """Whether a body named with another word of its kind ("Administration" for "the agency")
    says what it does: two words or more before that word, or words after its "of" or "and"
    ("Food and Drug Administration", "Bureau of Labor Statistics"), none of them a person's
    office. "The Trump Administration" is a president's government and "the Office of the Prime
    Minister" his staff, no agency; a short name ("Census Bureau") is left to the rules before."""
    doc = name.doc
    end = name.end
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
        end += 1  # "Office of the Prime" cut short of its "Minister"
    if any(t.lower_ in ROLE_WORDS or t.lower_ in NAME_TITLES for t in doc[name.start:end]):
        return False
    before = [t for t in name if t.i < name_head.i and t.lower_ != "the" and t.is_alpha]
    return len(before) >= 2 or any(t.lower_ in ("of", "and") for t in name)


def kind_spellings(kind: str) -> frozenset[str]:
    """The head words a body of ``kind`` is named with (``[body_kinds]``): "the agency" is the
    one body named "... Administration", "... Bureau" or "... Agency" ("the Food and Drug
    Administration"), "the department" one named "Ministry of ..." too; each other kind only
    its own word."""
    return frozenset({kind}) | BODY_KINDS.get(kind, frozenset())


def nearer_of_unknown_kind(state: ArticleState, body: ArticleEntity, kind: str, span: Span) -> bool:
    """Whether a body named nearer "the court" than ``body`` (in its sentence or the one before,
    outside a quote) may be of that kind though its name lacks the word: "the Ninth Circuit",
    "the Pentagon" beside "the department". Only a body whose own name is headed by a body's word
    of another kind ("Acme Corp", "the Federal Election Commission" beside "the board":
    ``named_as_another_kind``) is surely none."""
    return body_of_unknown_kind_between(state, body, kind, window_start(span[-1], sentences=1).idx, span.start_char)


def body_of_unknown_kind_between(state: ArticleState, body: ArticleEntity, kind: str, start: int, end: int) -> bool:
    """Whether a body other than ``body`` is named outside a quote at an offset in [start, end)
    whose own name does not say it is of another kind than ``kind`` (``named_as_another_kind``)."""
    return any(e is not body and e.type == "ORG" and not state.in_quote(o) and not named_as_another_kind(e, kind)
               for o, e in state.bodies_by_offset if start <= o < end)


def named_as_another_kind(body: ArticleEntity, kind: str) -> bool:
    """Whether a body's own name is headed by a body's word (``BODY_WORDS``: "Corp", "Commission",
    "Party") that is neither ``kind`` nor a word the kind is spelt with (``BODY_KINDS``: "ministry"
    for "the department")."""
    same = {kind} | BODY_KINDS.get(kind, frozenset())
    heads = [_name_head(n) for n in (body.name, *body.aliases)]
    return bool(heads) and all(h is not None and h.strip(".,’'").lower() in BODY_WORDS - same for h in heads)


def _name_head(name: str) -> str | None:
    """The head word of a body's name: the word before "of", "on" or "for", else the last,
    without a leading "the" ("Sentinel" of "the Orlando Sentinel", "Ministry" of "Ministry of
    Health"); None for an empty name."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    cut = next((k for k, w in enumerate(words) if k and w.lower() in HEAD_LINKS), len(words))
    return words[cut - 1] if cut else None


def sole_outlet(state: ArticleState, kind: str, span: Span, head: Token) -> ArticleEntity | None:
    """The outlet "the newspaper" or "the network" stands for when the body named last is none
    of that kind: the one body named before it that is an outlet of that kind by its own name
    ("the Orlando Sentinel reported ... The newspaper reported", "NBC News ... the network said":
    ``outlet_named``). None beside two such outlets ("the Zed Herald" and "the Zed Tribune"), or
    when the article writes the kind word before of something else ("a local newspaper", "the
    newspapers"): "the newspaper" may be that one; nor when another body is named nearer
    (``another_body_nearer``), or a body named after it whose name does not say it is of
    another kind ("Le Monde" after "the Orlando Sentinel": ``named_as_another_kind``)."""
    # each body once, however often it is named: the tests below read the whole text
    bodies = {id(e): e for o, e in state.bodies_by_offset if o < span.start_char and e.type == "ORG" and e.named}
    found = {k: e for k, e in bodies.items()
             if outlet_named(e, kind) or known_as_kind(state, e, kind) or staffed_broadcaster(state, e, kind)
             or tied_as_broadcaster(state, e, kind)}
    found = {k: e for k, e in found.items() if not any(kind_form_of(e, other) for other in found.values())}
    if len(found) != 1:
        return None
    outlet = next(iter(found.values()))
    doc = state.doc
    # the kind word written beside the outlet's own name ("cable network Zed TV") is no other
    # one; the plural is ("cable networks Zed TV and Orbis")
    ties = set(kind_ties(state, outlet, kind))
    positions = doc_index.lower_positions(doc)
    for i in [*positions.get(kind, ()), *positions.get(kind + "s", ())]:
        if i < span.start and not (doc[i].lower_ == kind and doc[i].idx in ties) \
                and not described_kind(doc, i, kind):
            return None
    last = max(o for o, e in state.bodies_by_offset if e is outlet and o < span.start_char)
    if body_of_unknown_kind_between(state, outlet, kind, last + 1, span.start_char):
        return None  # "the Orlando Sentinel ... Le Monde ... the newspaper": Le Monde may be one too
    return None if another_body_nearer(state, outlet, span, head) else outlet


def kind_form_of(body: ArticleEntity, other: ArticleEntity) -> bool:
    """Whether ``body`` is ``other`` by its own name with a broadcaster's kind after it ("Telmar"
    of "the Telmar channel", ``BROADCASTER_KINDS``): the tagger may keep both as bodies, yet the
    two are one broadcaster, no rival outlets; the one written with its kind stands for both."""
    if body is other:
        return False
    names = {_without_the(n).lower() for n in (body.name, *body.aliases) if n}
    return any(_without_the(n).lower() == f"{name} {word}" for n in (other.name, *other.aliases) if n
               for name in names for word in BROADCASTER_KINDS)


def _without_the(name: str) -> str:
    """A name without a leading "the" ("the Telmar channel" -> "Telmar channel")."""
    return name[4:] if name.lower().startswith("the ") else name


def staffed_broadcaster(state: ArticleState, body: ArticleEntity, kind: str) -> bool:
    """Whether the article shows a body to be a broadcaster by its staff: its name right before
    an anchor's or a host's noun ("Zed TV anchor Jo Roe", "Orbis host Al Lee", "Orbis's
    presenter": ``BROADCAST_STAFF_NOUNS``), so that "the network" or "the channel" may be it
    though its name holds no broadcaster's word; only for a broadcaster's kind."""
    if kind not in BROADCASTER_KINDS:
        return False
    names = frozenset({body.name, *body.aliases})
    cache: dict[frozenset[str], bool] = state.doc.user_data.setdefault(_STAFFED, {})
    found = cache.get(names)
    if found is None:
        text = doc_index.text(state.doc)
        staff = re.compile(r"(?:’s|'s)? (?:" + "|".join(sorted(BROADCAST_STAFF_NOUNS)) + r")\b")
        found = cache[names] = any(staff.match(text, hit.end())
                                   for name in names if name
                                   for hit in re.finditer(rf"\b{re.escape(name)}\b", text))
    return found


def research_writing_before(state: ArticleState, span: Span) -> bool:
    """Whether the article writes a research writing's noun (``RESEARCH_WRITINGS``: "study",
    "analysis", "paper") before a description: "the paper" may then be that writing, which
    speaks for its authors, not for the newspaper the article names. So too a document's or a
    draft's noun (``PAPER_WRITINGS``: "document", "memo", "proposal", "report"): "obtained a
    leaked document ... The paper proposes" is the document."""
    nouns = doc_index.pos(state.doc)
    return any(nouns[i] == "NOUN" for i in lemmas_before(state.doc, _WRITINGS_BEFORE_PAPER, span.start))


def lemmas_before(doc: Doc, lemmas: Iterable[str], end: int) -> Iterator[int]:
    """The tokens before token ``end`` whose lowercased lemma is one of ``lemmas``, each lemma's in
    text order: read from their places (``doc_index.lemma_positions``), not from every token."""
    places = doc_index.lemma_positions(doc)
    for lemma in lemmas:
        found = places.get(lemma, [])
        yield from found[:bisect_left(found, end)]


# the writings "the paper" may stand for (``research_writing_before``), joined once
_WRITINGS_BEFORE_PAPER = RESEARCH_WRITINGS | PAPER_WRITINGS


def tied_as_broadcaster(state: ArticleState, body: ArticleEntity, kind: str) -> bool:
    """Whether the article writes another broadcaster's kind (``BROADCASTER_KINDS``) right beside
    a body's name ("broadcaster Zed One", "the Zed One channel", "Zed One, the public
    broadcaster"), so that "the network" may be it as "the broadcaster" would: a reader calls a
    broadcaster by any of these words. Only for a broadcaster's kind; "station" is none of
    them (a station may carry another's network)."""
    return kind in BROADCASTER_KINDS and any(kind_ties(state, body, other) for other in BROADCASTER_KINDS - {kind})


def described_kind(doc: Doc, i: int, kind: str) -> bool:
    """Whether the kind word at ``i`` is "the newspaper" again, or "the news outlet" (a definite
    kind with a medium's word before it, ``MEDIA_KIND_WORDS``), not "a newspaper", "newspapers"
    or "the school newspaper"."""
    if doc[i].lower_ != kind or i == 0:
        return False
    before = doc[i - 1]
    return before.lower_ == "the" or before.lower_ in MEDIA_KIND_WORDS and i > 1 and doc[i - 2].lower_ == "the"


def definite_kind(span: Span, head: Token) -> bool:
    """Whether a description is a bare definite kind: "the bank", "the network", or a medium's
    kind with its medium's word ("the news outlet", "the cable network": ``MEDIA_KIND_WORDS``)."""
    if span[0].lower_ != "the" or span[-1].i != head.i:
        return False
    return len(span) == 2 or len(span) == 3 and span[1].lower_ in MEDIA_KIND_WORDS \
        and head.lemma_.lower() in MEDIA_NOUNS


def outlet_named(body: ArticleEntity, kind: str) -> bool:
    """Whether a body's own name says it is an outlet of ``kind``: the head of its name (the word
    before "of", else the last) a newspaper's ("Times", "Sentinel": ``NEWSPAPER_NAME_WORDS``) for
    "the newspaper" or "the paper", a broadcaster's ("Network", "Television":
    ``NETWORK_NAME_WORDS``) for "the network", "the channel" or "the broadcaster", or, for those,
    a broadcaster's initials before "News" ("NBC News"); either, or a name ending in "News" ("Zed
    News"), for a kind of any outlet ("the news outlet", "the news organization": ``OUTLET_KINDS``)."""
    any_outlet = kind in OUTLET_KINDS
    heads = NEWSPAPER_NAME_WORDS if kind in ("newspaper", "paper") \
        else NETWORK_NAME_WORDS if kind in ("network", "channel", "broadcaster") \
        else NEWSPAPER_NAME_WORDS | NETWORK_NAME_WORDS if any_outlet else frozenset()
    for name in (body.name, *body.aliases):
        head = _name_head(name)
        if head is not None and head.strip(".,’'").lower() in heads:
            return True
        words = name.split()[1:] if name.lower().startswith("the ") else name.split()
        if heads is NETWORK_NAME_WORDS and len(words) == 2 and words[1] == "News" \
                and words[0].isupper() and 2 <= len(words[0]) <= 5:
            return True
        if any_outlet and len(words) >= 2 and words[-1] == "News" and all(w[:1].isupper() for w in words):
            return True  # "the news outlet": "Zed News", a newsroom of any medium
    return False


def member_body_named(body: ArticleEntity) -> bool:
    """Whether a body's own name says it is a body of members ("United Auto Workers", "the
    Teamsters", "Writers Guild": ``MEMBER_BODY_NAMES``): "the union said" in a story on a
    strike may be such a body though the article never writes "union" beside its name."""
    return any(w.strip(".,’'").lower() in MEMBER_BODY_NAMES for name in (body.name, *body.aliases)
               for w in name.split())


def named_later_amid_others(state: ArticleState, span: Span, head: Token, holder: ArticleEntity) -> bool:
    """Whether the one holder of an office the article names is named only after a description
    that comes amid other people: "Sanders remarked ... Borger asked ... 'That would be me,' the
    senator said. Speaking later, Sen. Claire McCaskill said" is Sanders answering, not the
    senator named next. A description opening a text that has named no one yet ("The
    archbishop said ..." before "Archbishop Jan Nowak led the prayers") keeps its one holder."""
    if pronouns.named_before(state, holder, span.start_char, spoken_of=False):
        return False
    start = window_start(head, sentences=3).idx
    return bool(state.persons_between(start, span.start_char))


def names_a_person(state: ArticleState, span: Span, head: Token) -> bool:
    """Whether a description names a person in a word before its noun ("the Lincoln actor", "the
    Trump supporter"): a name the tagger took for a person's, or the surname of a person the
    article names. It describes someone by another person, so it is not the person the text was
    about, nor whoever was named last."""
    return any(t.i < head.i and t.dep_ == "compound" and t.pos_ == "PROPN"
               and (t.ent_type_ == "PERSON" or state.short_person(t.text) is not None) for t in span)


def question_askers(state: ArticleState, head: Token) -> list[ArticleEntity]:
    """The people who put the question quoted just before a description's sentence ("'Would
    that be you?' Pell asked. 'It would,' the senator said"): the one described answers, so it
    is not the asker, though the asker is the subject named last. The question is a quotation
    ending in "?" in the narrative sentence before (or the one before that, when the asker's
    verb stands in a sentence of its own); the askers are the people named outside quotation
    marks there."""
    before = pronouns.narrative_sentence_before(state, head)  # past the answer's own quoted words
    if before is None:
        return []
    if before.start > 0 and not _quoted_question(state, before):
        before = state.doc[state.doc[before.start - 1].sent.start:before.end]
    if not _quoted_question(state, before):
        return []
    return [e for o, e in state.persons_between(before.start_char, before.end_char) if not state.in_quote(o)]


def _quoted_question(state: ArticleState, span: Span) -> bool:
    return any(t.text == "?" and state.in_quote(t.idx) for t in span)


# nouns of a person that may own a description ("the governor's aide", "the mother's lawyer")
_PERSON_OWNER_NOUNS = ROLE_WORDS | PERSON_NOUNS | frozenset(TITLE_GENDER)


def owned_by_a_person(state: ArticleState, head: Token) -> bool:
    """Whether a description's noun belongs to a person, by name or by office ("Roe's
    spokeswoman", "the governor's aide", "Lee's campaign manager"): it is someone in a relation
    to that person, not the person the text was about nor whoever was named last (a holder the
    article named with the noun is found before this is asked). A place's or a body's
    possessive ("Ohio's governor", "the company's chief") is no person's; a pronoun's ("his
    spokesman") is asked apart."""
    for owner in head.children:
        if owner.dep_ != "poss" or owner.tag_ == "PRP$":
            continue
        if owner.ent_type_ == "PERSON" or owner.pos_ == "PROPN" and state.short_person(owner.text) is not None:
            return True
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in _PERSON_OWNER_NOUNS:
            return True
    return False


def speaks_for_another(head: Token) -> bool:
    """Whether a description's noun is of one who speaks for someone else ("the spokesman",
    "a spokeswoman"): the person the text was about is not their own spokesman, so the noun goes
    only to someone the article calls one (asked before this), never to a subject guessed."""
    return head.lemma_.lower() in SPOKESPERSON_NOUNS


def in_apposition(span: Span, head: Token) -> bool:
    """Whether a definite description stands in apposition to a name ("the senator, Jane Roe,"
    or "Jane Roe, the senator"): only then is a holder named after it the description's. "The
    senator said ... Speaking later, Sen. Roe said" names someone else after it, the one the
    senator answers or the next to speak."""
    return head.dep_ == "appos" or any(c.dep_ == "appos" for c in head.children)


def holds_office_described(span: Span, office: str, holder: ArticleEntity) -> bool:
    """Whether a person named lately may be the holder of a present office a definite
    description names: only when the article gives them that office ("the senator" goes only
    to someone the article calls a senator, "the candidate" only to someone it calls a
    candidate), so that a moderator or a donor named last is never "the senator" (the subject
    the text is about is asked apart). A past
    office ("the former chief commander") is news about the person, and words for a person
    that are no office ("the man", "the lawyer") are left to the other checks."""
    if office not in ROLE_WORDS or office in TITLE_MODIFIERS or _past_office(span):
        return True
    return bool(ranks_of(holder, office))


def subject_of_own_sentence(state: ArticleState, span: Span, head: Token, person: ArticleEntity) -> bool:
    """Whether the description's own sentence has turned to another person, the subject of its
    main clause named before the description: in "Moderator Bret Baier asked Rubio ... Rubio
    responded that ..., and the senator finally felt", the text is about Rubio, so "the senator"
    is not Baier, the subject of the sentence before."""
    for offset, entity in state.persons_between(head.sent.start_char, span.start_char):
        name_head = state.name_head(offset)
        if entity is not person and name_head is not None and state.is_subject(offset) \
                and name_head.head.dep_ == "ROOT":
            return True
    return False


def kind_held_unnamed(state: ArticleState, span: Span, head: Token) -> bool:
    """Whether the sentence before a description, or its own, writes its noun with no name, as
    someone's or new ("Lee left Zedco to start her own company. The company said", "a company"):
    "the company" may be that one, not the business the article is about."""
    lemma = head.lemma_.lower()
    for token in span.doc[window_start(head, sentences=1).i:span.start]:
        if token.lemma_.lower() == lemma and token.pos_ == "NOUN" and not token.ent_type_ \
                and not state.in_quote(token.idx) and (token.left_edge.lower_ in ("a", "an", "another")
                                                       or any(c.dep_ == "poss" for c in token.children)):
            return True
    return False


def names_holder_as_modifier(span: Span, head: Token, holder: ArticleEntity) -> bool:
    """Whether a description names the holder in a word before its noun: "the Lincoln actor",
    "the Trump supporter", "a Sanders aide" is someone who plays, backs or works for that person,
    never that person."""
    words = {w.lower() for w in holder.name.split()}
    return any(t.pos_ == "PROPN" and t.i < head.i and t.dep_ == "compound" and t.lower_ in words
               for t in span)


def introduced_unnamed(span: Span, head: Token) -> bool:
    """Whether "the woman" looks back at "a young woman" of the sentences just before: a person
    the text brought in without a name, by the same noun after "a", "an", "one" or "another"
    ("a young woman asked Mrs. Roe ... the woman said"; "One man in Oslo interrupted the
    candidate ... the man shouted": issue 13, r23-anon), so not the named person the text was
    about. A name in the newcomer's own words may be theirs (``_own_words``). Only for nouns
    of persons that are no office ("the senator" may well be named before)."""
    lemma = head.lemma_.lower()
    if span[0].lower_ != "the" or lemma not in PERSON_NOUNS or lemma in ROLE_WORDS:
        return False
    for token in span.doc[window_start(head, sentences=2).i:span.start]:
        if token.lemma_.lower() == lemma and token.pos_ == "NOUN" and token.i > 0 \
                and token.left_edge.lower_ in COUNTING_WORDS \
                and not any(t.pos_ == "PROPN" for t in _own_words(token)) \
                and not any(c.dep_ == "appos" for c in token.children) and not _name_set_off(token):
            return True
        if generic_looks_back(span, head, token):
            return True
    return False


def _own_words(token: Token) -> list[Token]:
    """The words of a noun's phrase that may hold a name of its own ("a man named Jo Roe", "a
    Zorbian voter"): before the first comma after the noun and outside its prepositional phrases
    ("one man in Oslo, responding to Roe's speech,": where they are from, what they did)."""
    words = list(token.subtree)
    comma = next((t.i for t in words if t.i > token.i and t.text == ","), len(token.doc))
    placed = {t.i for c in token.children if c.dep_ == "prep" for t in c.subtree}
    return [t for t in words if t.i < comma and t.i not in placed]


def _name_set_off(token: Token) -> bool:
    """Whether a clause set off by commas after a newcomer's noun gives the newcomer a name: "a
    man, identified as Jo Roe," or "one man, named in court as Jo Roe," (the person's name the
    object of a naming participle, ``names.NAMING_PARTICIPLES``, or of its "as"), or "one man in
    Oslo, Jo Roe," (a person's name in apposition, which the parse may hang on the place). A name
    in a clause about someone else ("one man, answering Tom Hale,") gives the newcomer none.
    Review fix of round 23: ``_own_words`` stops at the comma, so these were read unnamed."""
    for child in token.children:
        if child.dep_ == "acl" and child.lower_ in names.NAMING_PARTICIPLES:
            objects = [o for o in child.children if o.dep_ in ("oprd", "dobj", "attr")]
            objects += [o for p in child.children if p.dep_ == "prep" and p.lower_ == "as"
                        for o in p.children if o.dep_ == "pobj"]
            if any(o.ent_type_ == "PERSON" for o in objects):
                return True
        if child.dep_ == "prep":
            places = [o for o in child.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")]
            if any(a.dep_ == "appos" and a.ent_type_ == "PERSON" and a.left_edge.i > 0
                   and token.doc[a.left_edge.i - 1].text == "," for place in places for a in place.children):
                return True
    return False


def generic_looks_back(span: Span, head: Token, token: Token) -> bool:
    """Whether "the man" or "the woman" looks back at someone the text just brought in unnamed
    under another noun: "a Vietnam War combat veteran asked Mr. Okafor ... the man said" is the
    veteran, not the person named. A noun that only says someone is a person
    (``GENERIC_PERSON_NOUNS``) after "a" or "an" and a person's noun, with no person's name in
    its phrase or in apposition to it."""
    lemma = token.lemma_.lower()
    return head.lemma_.lower() in GENERIC_PERSON_NOUNS and token.pos_ == "NOUN" and token.i > 0 \
        and (lemma in PERSON_NOUNS or lemma in ROLE_WORDS) and token.left_edge.lower_ in ("a", "an") \
        and not any(t.ent_type_ == "PERSON" for t in token.subtree) \
        and not any(c.dep_ == "appos" for c in token.children)


def named_kin(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """The person "his daughter" or "her husband" is, when the article names that kin of that
    person as such: "Jane Doe, Smith's daughter" or "Jane Doe, his daughter" makes a later "his
    daughter said" Jane Doe when "his" is Smith. Only a kin noun after a possessive pronoun
    alone, and only when exactly one person other than the possessor is known by that kin of
    the possessor (the possessor's surname or a pronoun of the possessor's gender in the role);
    None when the possessor or the kin is not known so."""
    pronoun = span[0]
    if len(span) != 2 or head.lemma_.lower() not in NOUN_GENDER or head.lemma_.lower() not in PERSON_NOUNS:
        return None
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    if gender is None:
        return None
    owner = state.recent_person(pronoun.idx, gender)
    if owner is None:
        return None
    kin = head.lemma_.lower()
    owner_words = {owner.name.split()[-1].lower()} | {p for p, g in PRONOUN_GENDER.items() if g == gender}
    holders: list[ArticleEntity] = []
    for _, entity in state.persons_by_offset:
        if entity is owner or entity in holders:
            continue
        for role in entity.roles:
            words = [w.lower().replace("’s", "").replace("'s", "") for w in role.split()]
            if kin in words and owner_words & set(words[:words.index(kin)]):
                holders.append(entity)
                break
    return holders[0] if len(holders) == 1 else None


_NOUNS_BESIDE_NAMES = "onrecord_nouns_beside_names"  # doc.user_data slot of nouns_beside_names


def nouns_beside_names(state: ArticleState) -> dict[str, list[tuple[int, ArticleEntity]]]:
    """The common nouns the article writes right beside a person's name, outside quotes, by
    lemma, each with where the noun stands ("Morning Show hosts Jo Roe and Al Fry": "host" of
    both; "his brother Rob Vale": "brother" of Rob Vale). A noun before the name ("talk show
    host Jim Baker") or with the name in apposition ("his brother, Rob Vale,") says who is known
    by it, though the tagger gave it no role. Read once per Doc: every description of the
    article asks it."""
    cached: dict[str, list[tuple[int, ArticleEntity]]] | None = state.doc.user_data.get(_NOUNS_BESIDE_NAMES)
    if cached is not None:
        return cached
    by_head: dict[int, ArticleEntity] = {}
    for offset, entity in state.persons_by_offset:
        name = state.name_head(offset)
        if name is not None and name.ent_type_ == "PERSON":
            by_head.setdefault(name.i, entity)
    found: dict[str, list[tuple[int, ArticleEntity]]] = {}
    for token in state.doc:
        if token.pos_ != "NOUN" or state.in_quote(token.idx):
            continue
        heads = [token.head] if token.dep_ == "compound" and token.head.pos_ == "PROPN" else []
        heads += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        names = [h for h in heads if h.i in by_head]
        names += [c for h in names for c in h.children if c.dep_ == "conj" and c.i in by_head]
        if not names:
            continue
        for name in names:
            found.setdefault(token.lemma_.lower(), []).append((token.idx, by_head[name.i]))
    state.doc.user_data[_NOUNS_BESIDE_NAMES] = found
    return found


def sole_known_by_noun(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """The one person a bare "the host" or "the moderator" stands for when the article has
    written that noun beside one person's name only, before it ("spoke with radio host Jim
    Baker ... 'I said so,' the host said"), and given it to no one else as a role: the holder
    the article gives, though the tagger gave no role. None for a noun of anyone ("the man"),
    for a noun written beside two people's names ("hosts Jo Roe and Al Fry") or only after
    (``known_by_noun_near`` says whether the sighting is near enough to go by)."""
    lemma = head.lemma_.lower()
    if len(span) != 2 or span[0].lower_ != "the" or head.tag_ != "NN" or lemma in GENERIC_PERSON_NOUNS:
        return None
    beside = nouns_beside_names(state).get(lemma, [])
    known = list({id(e): e for _, e in beside}.values())
    if len(known) != 1 or not pronouns.named_before(state, known[0], span.start_char, spoken_of=False):
        return None
    others = [e for _, e in state.persons_by_offset if e is not known[0] and ranks_of(e, office_word(lemma))]
    return None if others else known[0]


def known_by_noun_near(state: ArticleState, span: Span, head: Token) -> bool:
    """Whether "the host" may go by the noun written beside one person's name
    (``sole_known_by_noun``): only when it stands in the description's paragraph or the one
    before (a host of a later scene may be another), and the article has the noun for no one
    unnamed ("a second host", ``held_unnamed``). When not, the description is left unnamed:
    the person by the noun is the likeliest guess, and a guess only."""
    near = paragraphs_back(doc_index.text(state.doc), span.start_char)
    beside = nouns_beside_names(state).get(head.lemma_.lower(), [])
    return any(near <= o < span.start_char for o, _ in beside) and not held_unnamed(state, head)


def held_unnamed(state: ArticleState, head: Token) -> bool:
    """Whether the article writes a description's noun, with no name beside it, after "a",
    "an", "another" or "a second" ("a second host", "another host asked"): someone unnamed
    holds it too, so "the host" is not surely the one named."""
    lemma = head.lemma_.lower()
    for i in doc_index.lemma_positions(state.doc).get(lemma, ()):
        token = state.doc[i]
        if i == head.i or token.pos_ != "NOUN" or state.in_quote(token.idx):
            continue
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children)
        if indefinite and not any(c.dep_ == "appos" for c in token.children) \
                and not (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
            return True
    return False


def noun_given_to_another(state: ArticleState, head: Token, found: ArticleEntity) -> bool:
    """Whether the article writes a description's noun beside the names of people other than
    the one it was about to go to: in an interview "with show hosts Jo Roe and Al Fry", "the host
    said" is one of the hosts, not the candidate the text is about (unless the article gives
    the candidate that noun as a role of their own), and which host is left unsaid."""
    lemma = head.lemma_.lower()
    known = [e for _, e in nouns_beside_names(state).get(lemma, [])]
    if not any(e is not found for e in known):
        return False
    if any(e is found for e in known):
        return True  # one of several known by it ("hosts Jo Roe and Al Fry"): which one is a guess
    words = {w.lower().strip(".,") for role in found.roles for w in role.split()}
    return lemma not in words and lemma not in {office_word(w) for w in words}


def named_agent(state: ArticleState, head: Token) -> ArticleEntity | None:
    """The person "Roe's lawyer" is when the article names Roe's lawyer elsewhere, in commas
    after a phrase that says whose lawyer they are: "An attorney for Roe, Ann Lee, said" or "Roe's
    counsel, Ann Lee," makes a later "Roe's lawyer has said" Ann Lee. Only nouns of people who
    act for someone (``AGENT_NOUNS``, "lawyer" and "attorney" one office) with the same words
    before the noun ("campaign manager", not "deputy campaign manager"), only an owner that is
    a person the article names, whose own name (not another's) the phrase gives, and only when
    the article names exactly one such person; None otherwise, and None when the article says
    the owner has several (``several_agents``: "Roe's lawyers, Ann Lee and Tom Fry," or
    "Another lawyer for Roe, Tom Fry,")."""
    kind = next((k for k in AGENT_NOUNS if head.lemma_.lower() in k), None)
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    owner = state.short_person(owners[0].text) if kind is not None and owners else None
    if kind is None or owner is None:
        return None
    doc = state.doc
    found: list[ArticleEntity] = []
    for token in doc:
        if token.i == head.i or token.pos_ != "NOUN" or token.lemma_.lower() not in kind \
                or _agent_modifiers(token) != _agent_modifiers(head):
            continue  # "Roe's deputy campaign manager" is not "Roe's campaign manager"
        end = _owner_phrase_end(state, token, owner)
        if end is not None and several_agents(token):
            return None
        if end is None or end + 1 >= len(doc) or doc[end].text != ",":
            continue
        name = person_after_title_words(doc, end + 1, token.sent.end, article=True)
        if name is not None and _name_begins_a_list(name):
            return None  # "Roe's lawyer, Ann Lee and Tom Fry,": one of them, not known which
        person = state.short_person(name.text) if name is not None else None
        if person is not None and person is not owner and person not in found:
            found.append(person)
    return found[0] if len(found) == 1 else None


def several_agents(token: Token) -> bool:
    """Whether an agent's noun whose owner is given says the owner has more than one such agent:
    a plural ("Roe's lawyers, Ann Lee and Tom Fry,") or a word for one more ("Another lawyer
    for Roe", "a second attorney": ``OTHER_AGENT_WORDS``). "Roe's lawyer" is then any of them."""
    return token.tag_ in ("NNS", "NNPS") or any(c.lower_ in OTHER_AGENT_WORDS for c in token.children
                                                if c.i < token.i)


def _name_begins_a_list(name: Span) -> bool:
    """Whether a name opens a list of names ("Ann Lee and Tom Fry", "Ann Lee, Tom Fry"): its last
    word has a conjunct, or "and" follows it."""
    doc = name.doc
    return any(c.dep_ == "conj" for c in name[-1].children) \
        or name.end < len(doc) and doc[name.end].lower_ in ("and", "&")


def _agent_modifiers(token: Token) -> frozenset[str]:
    """The words before an agent's noun that say which agent it is ("campaign", "deputy" of
    "deputy campaign manager"), a past office's "former" left out."""
    return frozenset(c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                     and c.pos_ != "PROPN" and c.lower_ not in PAST_WORDS)


def _owner_phrase_end(state: ArticleState, token: Token, owner: ArticleEntity) -> int | None:
    """Where the phrase that says whose ``token`` is ends, when it is ``owner``'s: right after
    "lawyer" in "Roe's lawyer", after the name in "a lawyer for Jane Roe"; None when it names
    no one or someone else."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN" and state.short_person(child.text) is owner:
            return token.i + 1
        if child.dep_ == "prep" and child.lower_ in AGENT_PREPOSITIONS:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and state.short_person(obj.text) is owner:
                    ent = doc_index.entity_at(state.doc, obj.i)
                    return ent.end if ent is not None else obj.i + 1
    return None


def office_holders(state: ArticleState, span: Span, office: str,
                   qualifiers: frozenset[str]) -> list[ArticleEntity] | None:
    """The people anywhere in the article who hold the office a definite description names
    ("the archbishop", "the company's chief executive"), at its rank, when the article gives
    that office to anyone; None when it gives it to no one, or the description is not of that
    kind. Asked after no holder was found near the description: the one holder the
    description fits (its place, body, gender and office words) is the description's, two that
    fit leave it unnamed (a guess among them costs more than the office alone), and either way
    the description goes to no one else the text was about. Only offices
    ("the archbishop", not "the man" or "the mother") and only present ones: "the former chief
    commander" is news about someone named with their present office. An empty list when the
    office's holders are not of the party the description names and someone else is
    (``party_known_elsewhere``): the description stays unnamed."""
    if span[0].lower_ != "the" or office not in ROLE_WORDS or office in TITLE_MODIFIERS or _past_office(span):
        return None
    rank = RANK_WORDS & qualifiers
    holders: list[ArticleEntity] = []
    for _, entity in state.persons_by_offset:
        if entity not in holders and rank in ranks_of(entity, office):
            holders.append(entity)
    wanted = qualifiers - rank
    if holders and state.party_known_elsewhere(holders, wanted):
        # "the Republican nominee" is no Democrat's office, nor a Republican's who holds none of
        # it: unnamed
        return []
    if wanted:  # "the Republican nominee" is the nominee whose party or country matches
        holders = [e for e in holders if wanted & qualifier_words(e)] or holders
    return holders or None


def office_of_another_party(state: ArticleState, office: str, qualifiers: frozenset[str]) -> bool:
    """Whether the article gives the office a description names only to people not of the
    party it names, while someone else is known by that party: "the Republican nominee" in an
    article on a nominee and a Republican governor is neither of them (``party_known_elsewhere``),
    so the party's member is not asked."""
    rank = RANK_WORDS & qualifiers
    holders = [e for _, e in state.persons_by_offset if rank in ranks_of(e, office)]
    return bool(holders) and state.party_known_elsewhere(holders, qualifiers - rank)


def issuer(state: ArticleState, span: Span, head: Token, lemma: str, courts: bool = True) -> ArticleEntity | None:
    """The body a writing speaks for: named in its phrase, else (for "the study") the issuer
    of the writing mentioned last, else for a ruling the court spoken of (unless ``courts`` is
    False)."""
    named = named_issuer(state, head)
    if named is None and author_described(head) > 0:
        return None  # "the post by an unknown author" is no earlier writing's
    if named is None:
        national = national_press_writing(state, span, head)
        if national is not None:
            return national  # "The Zorbian statement called for talks": Zorbia's
    kinds = next((family for family in DOCUMENT_FAMILIES if lemma in family), {lemma})
    same_kind = [issuer for offset, kind, issuer in state.documents if offset < span.start_char and kind in kinds]
    if named is None and span[0].lower_ in ("another", "one"):  # "another slide" of the same deck
        return same_kind[-1] if same_kind else None
    if named is not None or span[0].lower_ not in ("the", "this", "that", "its"):
        return named
    window = window_start(head, sentences=3).idx
    # the writing named just before, else ("the poll") the one of that kind named further back
    # of the same family: "the website" is not the poll named just before
    earlier = [issuer for offset, kind, issuer in state.documents
               if window <= offset < span.start_char and kind in kinds] \
        or (same_kind if lemma not in FLEETING_WRITINGS else [])
    if earlier and other_name_before(head) and not _owner_named_before(earlier[-1], head):
        return None  # "Vessel Tracker's database had ...; the website noted": that site's, no other
    if earlier and other_nationality(span, earlier[-1]):
        return None  # "The Turkish statement" after an American one: another writing
    if earlier:
        return earlier[-1]
    if span[0].lower_ == "the" and lemma in PRESS_WRITINGS:
        return announcing_body_before(state, head)
    return state.body_of_kind("court", span.start_char) if courts and lemma in COURT_WRITINGS else None


def national_press_writing(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """"The Zorbian statement called for talks", "a Zorbian statement said": a press writing
    (``PRESS_WRITINGS``: a statement, a release, an announcement) described by one nationality
    word alone is that country's, speaking as its government: the one country named before
    the writing, tagged as a place, that the word names (by ISO code). Only a press writing: "a
    Zorbian report", "a Zorbian study" are written by papers and scholars of the country. None
    when any other word describes the writing ("the Zorbian army statement", "the Zorbian
    opposition's statement", a party: "the Republican statement"), when it is plural or names
    its issuer (asked first, ``named_issuer``), or when no country, or more than one entity of
    that country, is named before it."""
    if head.lemma_.lower() not in PRESS_WRITINGS or head.tag_ != "NN" or span[-1].i != head.i:
        return None
    words = [t for t in span if t.i != head.i and t.lower_ not in ("the", "a", "an")]
    if len(words) != 1 or span[0].i not in (words[0].i, words[0].i - 1):
        return None
    word = words[0]
    if word.ent_type_ != "NORP" or word.dep_ != "amod" or qualifier(word.text) in PARTIES:
        return None
    code = _country_code(word.text)
    if code is None:
        return None
    found = {id(e): e for o, e in state.bodies_by_offset if e.type == "GPE" and o < span.start_char
             and (_country_code(e.name) or iso_places.country_code(e.name)) == code}
    if len(found) != 1:
        return None
    country = next(iter(found.values()))
    return None if other_issuer_before(state, span, country) else country


def other_issuer_before(state: ArticleState, span: Span, country: ArticleEntity) -> bool:
    """Whether a press writing before a national one ("Zedbank, a lender in Zorbia, issued a
    statement ... The Zorbian statement said") was put out by someone who may be Zorbian but is
    not its government: its issuer named (``state.documents``), the subject of the verb it is the
    object of ("Rebels fighting Zorbia's government issued a statement") or the one it was
    released "by". "The Zorbian statement" is then most likely that one, whoever wrote it, not
    the government's (r19-fixspk). An issuer that is the country, one of its office-holders or
    their office ("a statement released by Lee's office", Lee a Zorbian president), or someone
    of another country (the nationality word sets that writing apart) leaves the reading."""
    names = {country.name.lower(), *(a.lower() for a in country.aliases)}
    for token in span.doc[:span.start]:
        if token.lemma_.lower() not in PRESS_WRITINGS or token.pos_ != "NOUN" or state.in_quote(token.idx):
            continue
        issuers: list[Token] = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")] \
            if token.dep_ == "dobj" else []
        issuers += [o for verb in token.children if verb.dep_ == "acl" for prep in verb.children
                    if prep.dep_ == "agent" for o in prep.children if o.dep_ == "pobj"]
        issued = [office_holder(state, e) for o, _, e in state.documents if o == token.idx]
        if any(not _country_or_its_own(e, country, names) for e in issued):
            return True
        for issuer in issuers:
            owner = next((c for c in issuer.children if c.dep_ == "poss"), None)
            entity = _entity_at(state, owner if owner is not None else issuer)
            text = state.doc[slice(*mention_range(issuer))].text.lower().removeprefix("the ")
            if text not in names and (entity is None or not _country_or_its_own(entity, country, names)):
                return True
    return False


def office_holder(state: ArticleState, issuer: ArticleEntity) -> ArticleEntity:
    """The person whose office issued a writing ("Jo Lee's office", ``persons_office``: the
    holder kept on the office when ``bodies.office_of_person`` made it), else the issuer itself:
    an office speaks for its holder's country as the holder does, so "a statement released by
    Lee's office" (Lee a Zorbian president) leaves "the Zorbian statement" Zorbia's. An office
    the tagger named whole ("Jo Lee's office" one ORG name, which ``office_of_person`` leaves)
    keeps no holder, so its holder is read back from its name (review fix of round 23)."""
    if issuer.type != "ORG":
        return issuer
    person = issuer.holder
    if person is None and _OFFICE_SUFFIX.search(issuer.name):
        name = _OFFICE_SUFFIX.sub("", issuer.name)  # the office is filed under its holder's full name
        person = next((e for e in state.entities if e.type == "PERSON" and e.name == name), None) \
            or state.short_person(name)
    return person if person is not None and person.type == "PERSON" else issuer


_OFFICE_SUFFIX = re.compile(r"['’]s office$")


def _entity_at(state: ArticleState, token: Token) -> ArticleEntity | None:
    """The person or body the article names at a token's mention, if any."""
    start, end = mention_range(token)
    lo, hi = state.doc[start].idx, state.doc[end - 1].idx + len(state.doc[end - 1])
    return next((e for o, e in [*state.persons_by_offset, *state.bodies_by_offset] if lo <= o < hi), None)


def _country_or_its_own(issuer: ArticleEntity, country: ArticleEntity, names: set[str]) -> bool:
    """Whether a writing's issuer is the country, one of its office-holders (a person with a
    role, whose affiliation names the country: "Turkish President Erdogan"), or a person or body
    tied to another country only: none of which makes "the Zorbian statement" someone else's."""
    if issuer is country or issuer.name.lower() in names:
        return True
    affiliation = (issuer.affiliation or "").strip()
    if not affiliation:
        return False
    ours = tied_to({country.name}, affiliation, [])
    return issuer.type == "PERSON" and bool(issuer.roles) if ours else True


def announcing_body_before(state: ArticleState, head: Token) -> ArticleEntity | None:
    """"On Thursday, the Zorbia Party announced Roe would not come. '...,' the release said":
    a press writing named with "the" and no writing before it to stand for is what the one named
    body the sentence before has speak put out — the subject of its speech verb ("announced",
    "said"). None when a writing is named there (it is that one, whoever wrote it), anyone else
    speaks there, or anyone speaks in the writing's own sentence before it, or the speaker is no
    body the article names."""
    previous = pronouns.narrative_sentence_before(state, head)
    if previous is None:
        return None
    before = [*previous, *head.doc[head.sent.start:head.i]]
    if any(t.lemma_.lower() in PRESS_WRITINGS for t in before):
        return None  # a writing named just before, whoever wrote it, is what "the statement" is
    speakers = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and speech_verb(t.head)
                and not state.in_quote(t.idx)]
    if len(speakers) != 1 or speakers[0].i >= previous.end:
        return None
    subject = speakers[0]
    if owned_office(subject):
        # "The Roe campaign responded that ... the statement said": the campaign's release
        office = persons_office(state, subject)
        return office if office is not None else bodies.body_of_person(state, subject, subject.lemma_.lower())
    found = names.named(state, state.doc[slice(*mention_range(subject))], subject)
    return found if found is not None and found.named and found.type == "ORG" else None


def _owner_named_before(owner: ArticleEntity, head: Token) -> bool:
    """Whether ``head``'s sentence names ``owner`` before it, by its name or a short form."""
    before = head.doc[head.sent.start:head.i].text
    return any(form and form in before for form in [owner.name, *owner.aliases])


def author_described(head: Token) -> int:
    """Where the phrase ends that says who wrote a writing ("the post by an unknown author", "a
    statement released by Erdogan's office"), 0 when there is none: asked when
    ``named_issuer`` found no one there, so the author is someone the article does not name as
    a speaker, and the writing is not handed to an earlier writing's issuer or to a body of its
    kind."""
    verbs = [head] + [c for c in head.children if c.dep_ == "acl"]
    return max((obj.right_edge.i + 1 for verb in verbs for prep in verb.children
                if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
                for obj in prep.children if obj.dep_ == "pobj"), default=0)


def sent_from_a_place(verb: Token, head: Token, prep: Token, obj: Token) -> bool:
    """Whether "from" a place hangs on a participle of the writing ("the letter, postmarked from
    Zorbia", "a parcel mailed from Zedville"): where it was sent from, no author. A place acts
    and speaks only through its people; "a letter from Zorbia" (on the noun itself) is left to
    name the country as the sender."""
    return verb.i != head.i and prep.lower_ == "from" and obj.ent_type_ in ("GPE", "LOC")


def taken_in_a_place(prep: Token, obj: Token) -> bool:
    """Whether "in" names where a writing was made, not who made it: "the exit polls in
    Zorbia", "a survey in Zedville" were taken there; a place's name after "in" is no issuer
    ("an article in the journal Science" names a journal, no place)."""
    return prep.lower_ == "in" and obj.ent_type_ in ("GPE", "LOC")


def passed_on(verb: Token) -> bool:
    """Whether a verb on a writing tells who passed it on, not who wrote it: "a copy of the
    letter reviewed by The Post", "court documents reported by the paper", "a memo that CNN
    obtained" name the outlet that read the writing, never its writer."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in PASSING_VERBS


def named_issuer(state: ArticleState, head: Token,
                 venues: tuple[str, ...] | None = None) -> ArticleEntity | None:
    """Who issued a writing, when its phrase names them: "a Reuters survey", "Politico’s
    report", "an analysis released by the Department of Veterans Affairs" (``venues``: the
    prepositions that may name them, when the caller narrows them)."""
    owners = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod")]
    direct = list(owners)
    # a study speaks for its authors, not for the journal it appeared in
    if venues is None:
        venues = ("by", "from") if head.lemma_.lower() in RESEARCH_WRITINGS else ("by", "from", "in")
    # "a slide from a presentation that ...", "the transcript of the debate published by ..."
    described = [head] + [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for verb in [head] + [c for noun in described for c in noun.children if c.dep_ == "acl"]:
        if passed_on(verb):
            continue
        for prep in verb.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in venues:
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if sent_from_a_place(verb, head, prep, obj) or taken_in_a_place(prep, obj):
                        continue
                    # "an article in the journal Science", "a new ad from Trump’s campaign"
                    owners += [obj] + [c for c in obj.children if c.dep_ in ("appos", "compound")]
    owners += passive_makers(head)
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ISSUING_VERBS and not owners[len(direct):]:
        # "the Council issued a statement", "Roe provided a written statement"; not one who
        # provided "a statement by the harbour board", another's writing
        owners += [c for c in head.head.children if c.dep_ == "nsubj"]
    owners += speaker_in_writing(head)
    # "... that Mr. Guajardo carries", "a study that appeared in the British Medical Journal"
    clauses = [c for noun in described for c in noun.children if c.dep_ == "relcl" and not passed_on(c)]
    owners += [c for clause in clauses for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    owners += [o for clause in clauses for p in clause.children if p.dep_ in ("prep", "agent")
               and p.lower_ in venues for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        if with_co_authors(owner):
            return None  # "a paper by Roe et al.": several wrote it, not Roe alone
        if any(c.dep_ == "conj" for c in owner.children) and not own_people_joined(owner):
            return None  # "by Sara Seager and other researchers": not one of them alone
        campaign = bodies.body_before_writing(state, owner)
        if campaign is not None:
            return campaign
        if owner.lower_ in PERSON_PRONOUNS and owner.dep_ == "poss":
            # "In his order, Curiel noted": the subject the fronted phrase comes before
            return subject_after_fronted(state, head) \
                or state.recent_person(owner.idx, PRONOUN_GENDER.get(owner.lower_))  # "her account"
        if owner.lower_ == "its" and owner.dep_ == "poss":
            return pronouns.its_owner(state, owner)
        if owner.lower_ == "their" and owner.dep_ == "poss":  # "Officials ... their statement said"
            return pronouns.plural_antecedent(state, owner)
        if owner.lemma_.lower() in PERSONAL_BODIES:
            body = bodies.body_of_person(state, owner, owner.lemma_.lower())
            if body is not None:
                return body
        office = persons_office(state, owner)
        if office is not None:
            return office
        if owner.dep_ == "poss" and owner.is_title and owner.ent_type_ == "":
            person = state.short_person(owner.text)  # "Davis’ commentary", untagged
            if person is not None:
                return person
        if owner.dep_ == "compound" and owner.lower_ in POSTING_PLATFORMS:
            continue  # "a 2010 YouTube video shows Hess": posted there, not made by the site
        by_kind = issuer_by_kind(state, owner)
        if by_kind is not None:
            return by_kind
        ent = doc_index.entity_at(head.doc, owner.i)
        pollster = untagged_pollster(owner, head) if ent is None or ent.label_ == "WORK_OF_ART" else None
        if pollster is not None:
            return _named_body(state, pollster)
        if ent is None and acronym_medium(owner):
            return _named_body(state, owner.text)
        if ent is not None and titled_place_writer(ent, owner):
            return _named_body(state, "The " + strip_determiner(ent))
        if ent is None or ent.label_ not in ("ORG", "PERSON", "GPE"):
            continue
        if ent.label_ == "GPE" and owner.dep_ == "compound" and indefinite_body(owner.head):
            continue  # "a report in a Zorbian State paper": one of that place's papers, unnamed
        if ent.label_ == "GPE" and owner.dep_ == "compound" and owner.head.lemma_.lower() in SAMPLING_WRITINGS:
            continue  # "the Zorbia poll", "Zorbia polls close": where it was taken, not who ran it
        if ent.label_ in ("GPE", "ORG") and owner.dep_ == "compound" and owner.head.pos_ == "NOUN" \
                and owner.head.i == ent.end and owner.head.i != head.i:
            # "reports from Omsk hospital": the name qualifies the body that issued the writing
            return _named_body(state, head.doc[ent.start:ent.end + 1].text)
        writer = person_after_owner(ent)
        if writer is not None:  # "an article by Zed Review’s Jo Roe": Roe wrote it
            return state.person(writer, writer.start_char)
        # "Politico, Democratic party" read as one name: the name ends at the comma
        name = without_possessive(strip_determiner(ent).split(",")[0])
        person = state.short_person(name)
        if person is not None or ent.label_ == "PERSON":
            return person
        return state.entity_by_name(name, "ORG")
    return None


def unnamed_issuing_body(state: ArticleState, head: Token) -> ArticleEntity | None:
    """The body or people a writing comes "from" or is "by" when the article describes them
    without a name: "another report from the Mexican government said", "a statement from the
    interior ministry", "estimates by event organizers". A writing from a body is that body's
    statement, so the speaker is the body as it would be were it the subject ("the Mexican
    government said"), resolved by the sieve like any subject; never the writing's phrase as a
    speaker of its own, nor (for "another report") the issuer of an earlier writing. Only the
    object of "by" or "from" on the writing or on a verb of making it ("released by"), not on
    one that passed it on ("obtained by the Post", ``passed_on``); a body or people
    (``issuing_noun``: not "a report from the scene", "data from 2017", nor one person such as
    "the post by an unknown author", whose writing keeps its phrase: ``author_described``),
    with no name of the tagger's (a name is ``named_issuer``'s), no pronoun, no list ("by Roe
    and other researchers") and no place a letter was sent from. A recording "from" a place is where it was filmed
    ("footage from the school"), so a recording takes only "by" (``recorded_from``); a bare
    singular noun is a breakdown, not a body ("estimates by party", ``breakdown_noun``); and a
    body written as one of a kind ("a group of independent scientists", ``indefinite_issuer``)
    is a new one, never resolved to a body named before."""
    if named_issuer(state, head) is not None:
        return None  # "a survey conducted by KZRB radio": the name's rules hold
    verbs = [head] + [c for c in head.children if c.dep_ == "acl" and not passed_on(c)]
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("by", "from") \
                    or recorded_from(head, prep):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or sent_from_a_place(verb, head, prep, obj) \
                        or breakdown_noun(obj) or indefinite_issuer(obj):
                    continue
                if any(name_word(t) or t.pos_ == "PRON" for t in obj.subtree if t.i <= obj.i) \
                        or any(c.dep_ in ("conj", "appos") for c in obj.children) or not issuing_noun(obj, head):
                    continue
                found = state.resolve(obj)
                return found.entity if found is not None else None
    return None


def recorded_from(writing: Token, prep: Token) -> bool:
    """Whether ``prep`` is the "from" of a recording ("footage from the school", "video from
    the prison"): the place it was filmed, not the body that issued it. Only "by" ("footage
    released by the police") names a recording's issuer."""
    return prep.lower_ == "from" and writing.lemma_.lower() in RECORDING_NOUNS


def breakdown_noun(noun: Token) -> bool:
    """Whether ``noun`` is a bare singular noun with no determiner, owner or adjective
    ("estimates by party", "results by region"): the way figures are broken down, not a body
    that issued them."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod") for c in noun.children)


def indefinite_issuer(noun: Token) -> bool:
    """Whether ``noun`` is written as one of a kind ("a group of independent scientists", "an
    independent panel", "another agency") or qualified by an "of" ("a group of scientists"): a
    body the article describes anew, which resolving would give a body named before."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def issuing_noun(noun: Token, writing: Token) -> bool:
    """Whether a noun is of a body or of people who may issue ``writing`` in their own name: a
    body's kind ("government", "ministry", "police", "team", "family") or a noun of people in
    the plural ("officials", "organizers"). One person ("an author", "a spokesman") is not: a
    writing by someone unnamed keeps its own phrase (``author_described``); nor are people
    for a poll or a survey (``SAMPLING_WRITINGS``), whose people are the ones asked ("a poll
    conducted by voters" of a careless sentence), only a body that ran it."""
    lemma = noun.lemma_.lower()
    if lemma in ORG_NOUNS or lemma in BODY_HEADS:
        return True
    if writing.lemma_.lower() in SAMPLING_WRITINGS:
        return False
    return lemma in COLLECTIVE_NOUNS or noun.tag_ == "NNS" and lemma in GROUP_NOUNS


# the tagger's labels that qualify a body without naming it: "the Mexican government"
_QUALIFYING_LABELS = frozenset({"NORP", "GPE", "LOC", "DATE", "ORDINAL", "CARDINAL"})


def name_word(token: Token) -> bool:
    """Whether a word is part of a name ("the Zorb Institute", "Jo Roe's office") rather than a
    word that only qualifies a body described ("the Mexican government", "the state's first
    ministry", a lowercase "interior" the tagger called a proper noun); letters in capitals
    ("KZRB radio") are a name the tagger missed."""
    if token.ent_type_:
        return token.ent_type_ not in _QUALIFYING_LABELS
    return token.pos_ == "PROPN" and not token.is_lower or token.is_upper and len(token) > 1  # "KZRB"


def issuer_by_kind(state: ArticleState, owner: Token) -> ArticleEntity | None:
    """The body a writing qualified by a body's kind speaks for ("a fire service statement", "a
    police report"): the one body the article names by that kind and its words, as "the fire
    service" or "police" alone would be named (``fullest_name.qualified_body_name``: "North
    Wales Fire and Rescue Service", "Thames Valley Police"). Only kinds whose bodies carry the
    word in their name (``KIND_NAMED_ISSUERS``: "a company statement" may be of a company named
    without it); a kind word inside a name is left to the name's own rules. None when the
    article names no such body or several, or writes the kind with other words of its own
    (``other_qualified_kind``: "counter-terror police" beside "Thames Valley Police"), when the
    writing's sentence sets its scene in a place outside the body's name ("across the border in
    Zorbia, a police statement": another place's police, ``other_place_in_sentence``), or when the body's
    name is written neither in the writing's paragraph nor in the one before (``named_near``): a
    body named paragraphs earlier may be no longer the one the story speaks of."""
    kind = owner.lemma_.lower()
    if owner.dep_ != "compound" or owner.pos_ != "NOUN" or owner.ent_type_ or kind not in KIND_NAMED_ISSUERS:
        return None
    words = [c for c in owner.lefts if c.dep_ in _KIND_QUALIFIERS]
    phrase = state.doc[words[0].left_edge.i if words else owner.i:owner.i + 1]
    if any(not t.is_lower or t.pos_ not in ("NOUN", "ADJ") for t in phrase):
        return None  # "a Zedland police statement" names its body; "the state's police" is left as it is
    fuller = qualified_body_name(phrase.text, state.doc)
    if fuller is None or other_qualified_kind(owner, fuller) or other_place_in_sentence(owner, fuller) \
            or not named_near(owner, fuller):
        return None
    body = state.entity_by_name(fuller, "ORG")
    body.named = True
    return body


def other_qualified_kind(owner: Token, body: str) -> bool:
    """Whether the article writes the kind word of ``owner`` elsewhere, outside ``body``'s name,
    with all of ``owner``'s words before it and more ("counter-terror police", "Zedville police"
    that the tagger left unnamed): another body of the kind, so that "a police statement" may be
    its. "The ambulance service" is no fire service, and "the fire service" again no other one."""
    name = body.lower()
    wanted = {c.lower_ for c in owner.lefts if c.dep_ in _KIND_QUALIFIERS}
    for token in owner.doc:
        if token.i == owner.i or token.lemma_.lower() != owner.lemma_.lower():
            continue
        words = [c for c in token.lefts if c.dep_ in _KIND_QUALIFIERS]
        if words and wanted < {t.lower_ for t in token.doc[words[0].left_edge.i:token.i]} \
                and token.doc[words[0].left_edge.i:token.i + 1].text.lower() not in name:
            return True
    return False


def other_place_in_sentence(owner: Token, body: str) -> bool:
    """Whether the sentence of a writing qualified by a body's kind sets its scene in a place
    (GPE, LOC) no word of ``body``'s name holds: "Across the border in Zorbia, a police statement
    said ..." speaks of Zorbia's police, whatever other police the article names. Only a place in
    a phrase opening the sentence before its subject, or in the writing's own phrase ("a police
    statement from Zorbia"): places inside the words reported ("appliances from Alby and Crane
    were sent, according to a fire service statement") say where things came from, not whose the
    writing is."""
    name = {w.lower() for w in body.split()}
    sent = owner.sent
    root = sent.root
    subjects = [c.left_edge.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    opening = min(subjects, default=root.i)
    scope = {t.i for c in root.children if c.i < opening and c.dep_ not in ("nsubj", "nsubjpass")
             for t in c.subtree}
    scope |= {t.i for t in owner.head.subtree}
    return any(ent.label_ in ("GPE", "LOC") and any(t.i in scope for t in ent)
               and not {t.lower_ for t in ent if not t.is_punct} <= name
               for ent in sent.ents)


def named_near(owner: Token, body: str) -> bool:
    """Whether ``body``'s name is written in the paragraph of ``owner`` or in the one before."""
    text = doc_index.text(owner.doc)
    start = paragraphs_back(text, owner.idx)
    end = text.find("\n\n", owner.idx)
    window = text[start:end if end >= 0 else len(text)]
    return re.search(r"(?<!\w)" + re.escape(body) + r"(?!\w)", window) is not None


_KIND_QUALIFIERS = ("compound", "amod", "nmod", "poss")  # words before a kind that say which body


def person_after_owner(ent: Span) -> Span | None:
    """The person's name a body's name tagged with it ends in, after the body's possessive:
    "Zed Review’s Jo Roe" read as one body's name is Jo Roe of the Zed Review. Only two or three
    capitalised words after the possessive, the first a given name on the lists and none a
    body's head; None otherwise ("McDonald’s Corporation", "Children’s Mercy Hospital" stay
    bodies)."""
    poss = [t for t in ent if t.tag_ == "POS" or t.lower_ in ("’s", "'s")]
    if ent.label_ != "ORG" or not poss:
        return None
    after = ent.doc[poss[-1].i + 1:ent.end]
    if not 2 <= len(after) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in after):
        return None
    if any(t.lower_ in BODY_HEADS for t in after):
        return None  # "Children’s Mercy Hospital": a body's name, though "Mercy" is a given name
    return after if gender_of(after[0].text) is not None else None


def titled_place_writer(ent: Span, owner: Token) -> bool:
    """Whether a name the tagger read as a place (an ocean, a region: LOC) is a publication
    named after it, as who wrote a writing: "a report by The Pacific" writes its "The" in
    capitals inside the sentence, as a title is written, and a sea or a region writes nothing.
    Only the name right after "by" (a writing's author, not where it came "from") with that
    capitalised "The" before it."""
    the = ent[0] if ent[0].lower_ == "the" else ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent.label_ == "LOC" and owner.i == ent.root.i and owner.dep_ == "pobj" and owner.head.lower_ == "by" \
        and the is not None and the.text == "The" and not the.is_sent_start


def acronym_medium(owner: Token) -> bool:
    """Whether an owner is an acronym the tagger left untagged, naming the medium it qualifies
    in the phrase of who made the writing ("a survey conducted by WBUR radio", "a poll from KZRB
    television"): a station's call sign is its name. Only before a medium's noun
    (``ACRONYM_MEDIA``) in a "by" or "from" phrase; "a GOP survey" is left to the other rules."""
    text = owner.text.replace(".", "")
    medium = owner.head
    return owner.dep_ == "compound" and owner.pos_ in ("PROPN", "NOUN") and len(text) >= 3 and text.isalpha() \
        and text.isupper() and medium.lemma_.lower() in ACRONYM_MEDIA and medium.dep_ == "pobj" \
        and medium.head.lower_ in ("by", "from")


def untagged_pollster(owner: Token, head: Token) -> str | None:
    """The name of the body that ran a poll, when the words right before "poll" or "survey" are
    a proper name the tagger left untagged or took for a title ("The Zorbing Consult poll
    showed", "a new Acme Research survey"): a poll is known by who ran it. Only proper nouns
    of no place, people, person or date, joined as the poll's modifiers, and only with evidence
    that they name a body (``named_as_body``): "a Rust Belt poll", "a new Wall Street survey" or
    "a Gen Z survey" name where or whom it sampled; None otherwise."""
    if owner.dep_ != "compound" or owner.head.i != head.i or head.lemma_.lower() not in SAMPLING_WRITINGS:
        return None
    words = [t for t in head.doc[owner.left_edge.i:owner.i + 1]]
    if not all(t.pos_ == "PROPN" and t.ent_type_ in ("", "WORK_OF_ART") and t.text[:1].isupper()
               for t in words):
        return None
    name = head.doc[words[0].i:words[-1].i + 1].text
    return name if named_as_body(head.doc, name) else None


def named_as_body(doc: Doc, name: str) -> bool:
    """Whether a name is a body's by its own last word ("Zorbing Consult", "Acme Research": a
    body's head or a pollster's, [pollster_heads]) or by the article, which elsewhere tags it,
    alone or with such a head after it, as an organization ("Monmouth University")."""
    heads = BODY_HEADS | POLLSTER_HEADS
    if name.split()[-1].lower() in heads:
        return True
    words = name.lower().split()
    for ent in doc_index.ents_labelled(doc, "ORG"):
        found = strip_determiner(ent).lower().split()
        if found == words or (found[:-1] == words and found[-1] in heads):
            return True
    return False


def indefinite_body(noun: Token) -> bool:
    """Whether a place's name qualifies a common noun said of one body among several ("a New
    Zorbia paper", "an Omsk hospital"): the place names none of them, so the writing is left
    to no one rather than to the place ("reports from Omsk hospital" names the one hospital)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def subject_after_fronted(state: ArticleState, head: Token) -> ArticleEntity | None:
    """The person whose writing "his order" is when the phrase opens the clause before its
    subject: in "In his order, Judge Curiel noted that Trump ...", "his" looks ahead to Curiel, the
    subject named right after the phrase, not back at whoever was named last. Only a subject
    that is the name (or surname) of a person the article knows."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "with", "through"):
        return None
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > head.i), None)
    if subject is None or subject.pos_ != "PROPN" or prep.i != verb.left_edge.i:
        return None
    return state.short_person(subject.text)


_CO_AUTHOR_NOUNS = data.words("speaker_words.txt", "co_author_nouns")


def with_co_authors(owner: Token) -> bool:
    """Whether a writing's named author is written with others who wrote it too: "by Roe et
    al.", "by Ana Roe and colleagues", "by Roe and two of her co-authors" (``[co_author_nouns]``).
    The writing is theirs together: handed to Roe alone, the study's words would be one
    author's where the article gives them to several. Issue 13 (branch r21-study)."""
    doc = owner.doc
    end = owner.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].pos_ == "PROPN":
        end += 1  # "Ana Roe", the owner its given name
    after = [t.lower_ for t in doc[end:end + 6]]
    if after[:1] == ["et"] and len(after) > 1 and after[1].startswith("al"):
        return True
    if after[:1] != ["and"]:
        return False
    for word in after[1:]:
        if word in _CO_AUTHOR_NOUNS:
            return True
        if word not in ("his", "her", "their", "other", "several", "two", "three", "four", "five", "of", "fellow"):
            return False
    return False


def own_people_joined(owner: Token) -> bool:
    """Whether the only others joined to a named owner are that owner's own people ("a
    presentation that Mr. Guajardo and his aides carry"): aides, staff or a team under a
    possessive pronoun speak for the one named, so the writing is that person's."""
    joined = [c for c in owner.children if c.dep_ == "conj"]
    return owner.pos_ == "PROPN" and bool(joined) and all(
        c.pos_ == "NOUN" and any(d.dep_ == "poss" and d.lower_ in ("his", "her") for d in c.children)
        and not any(d.dep_ == "conj" for d in c.children) for c in joined)


# verbs whose agent made a writing ("The study was conducted by ..."); not those of funding or
# ordering it ("commissioned", "funded"), nor of passing it on (``PASSING_VERBS``)
_MAKING_VERBS = data.words("speaker_words.txt", "making_verbs")


def passive_makers(head: Token) -> list[Token]:
    """"The study was conducted by the Zorb Institute", "The report was written by Ana Roe": the
    agent of a passive verb of making a writing (``[making_verbs]``) whose subject the writing
    is names who issued it, as "a study conducted by ..." does (there the verb hangs on the
    noun). Only the writing as the passive subject and an agent after "by"; "the report was
    obtained by the Post" (a verb of passing it on) or "funded by" name no maker, nor does a
    writing "published", "released" or "leaked" by someone (a newspaper, a senator who got it
    from its makers: where it appeared, not who made it). Issue 13 (r22-desc, r22-fix1)."""
    verb = head.head
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if head.dep_ != "nsubjpass" or (f"{lemma} {particle}" if particle else lemma) not in _MAKING_VERBS:
        return []
    return [obj for prep in verb.children if prep.dep_ == "agent"
            for obj in prep.children if obj.dep_ == "pobj"]


def persons_office(state: ArticleState, owner: Token) -> ArticleEntity | None:
    """"a statement released by Roe's office", "Roe's office said in a statement": a writing's
    maker written as a person's office is that office (``bodies.office_of_person``, under the
    person's name), as it is when the office is the speaker; "the governor's office" and "his
    office" are left unnamed here. Issue 13 (r22-desc)."""
    if owner.lemma_.lower() != "office" or owner.pos_ != "NOUN":
        return None
    return bodies.office_of_person(state, owner)


def speaker_in_writing(head: Token) -> list[Token]:
    """"Donald Trump, in a statement delivered via the press secretary, announced ...": the
    writing a verb says its subject spoke in is that subject's, so that "The statement also said"
    later speaks for Trump. Only a subject that is a name (the caller keeps only named entities);
    asked after the writing's own phrase ("in a report by Reuters") has named no one."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return []
    # a name closing a dash aside is the aside's, not the subject ("In the letter - sent to Jo Doe - the senator asks")
    return [c for c in prep.head.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or owned_office(c))
            and subject_after_dash_aside(c) is None]


def owned_office(subject: Token) -> bool:
    """Whether a subject is an office or a campaign written with its person's name ("Roe's
    office", "the Roe campaign"): it speaks in its writing as a name does, so "Roe's office said
    in a statement ... The statement added" is that office's (``persons_office``). Issue 13
    (r22-desc)."""
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and (lemma == "office" or lemma in PERSONAL_BODIES) \
        and any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in subject.children)


def _country_code(words: str) -> str | None:
    """The ISO code of a country or nationality word ("American", "U.S." -> USA), if the actor
    dictionaries know it."""
    key = re.sub(r"[.\u2019']", "", words).strip().lower()
    key = key[:-1] if key.endswith("s") and key not in COUNTRY_CODES and key[:-1] in COUNTRY_CODES else key
    return COUNTRY_CODES.get(key)


def another_nationality(word: str, affiliation: str) -> bool:
    """Whether a nationality word names another country than an affiliation: by their ISO codes
    when the dictionaries know both ("American" is "United States"), else by their first letters."""
    mine, theirs = _country_code(word), _country_code(affiliation)
    if mine and theirs:
        return mine != theirs
    return word[:4].lower() != affiliation[:4].lower()


def _nationalities(span: Span) -> list[str]:
    """The nationality words of a description, parties left out ("the Greek foreign minister")."""
    return [t.text for t in span if t.ent_type_ == "NORP" and qualifier(t.text) not in PARTIES]


def _other_country(span: Span, holder: ArticleEntity) -> bool:
    """Whether a description names a nationality other than the holder's country ("the Greek
    foreign minister"); places are left alone, as "the New York businessman" lives in one."""
    places = _nationalities(span)
    if not places or not holder.affiliation:
        return False
    return all(another_nationality(p, holder.affiliation) for p in places)


def other_nationality(span: Span, issuer: ArticleEntity) -> bool:
    """Whether a writing described by a nationality ("The Turkish statement") may be another
    issuer's than the one of the writing named before: it names a nationality the issuer is not
    known to have. Stricter than for a role's holder, since a writing's issuer rarely carries a
    country, and a writing handed to the wrong issuer is a wrong speaker."""
    places = _nationalities(span)
    if not places:
        return False
    return not issuer.affiliation or all(another_nationality(p, issuer.affiliation) for p in places)


def _other_rank(span: Span, office: str, holder: ArticleEntity) -> bool:
    """Whether the holder is known in that office only at another rank than the description's:
    "the vice president" is not the president."""
    ranks = ranks_of(holder, office)
    return bool(ranks) and frozenset(RANK_WORDS & span_qualifiers(span)) not in ranks


def _past_office(span: Span) -> bool:
    return any(t.lower_ in PAST_WORDS for t in span)


def _office_words(text: str) -> set[str]:
    """The office words of a role ("minister" of "Civil Aviation Minister"), ranks and
    modifiers such as "former" left out."""
    words = (office_word(w.lower().strip(".,")) for w in text.split())
    return {w for w in words if (w in ROLE_WORDS or w in PERSON_NOUNS) and w not in TITLE_MODIFIERS
            and w not in RANK_WORDS}


def _describing_words(text: str) -> set[str]:
    """What a role says beside its office: "civil", "aviation" of "Civil Aviation Minister".
    A body's kind alone ("the company's chief executive", "the agency's director") says of
    which body only as the text around it does, not which office: left out."""
    words = {qualifier(w) for w in text.split() if w[:1].isalpha()}
    return {w for w in words if (office_word(w) not in ROLE_WORDS or w in TITLE_MODIFIERS)
            and w not in ROLE_STOPWORDS and w not in RANK_WORDS and w not in PAST_WORDS
            and w not in ORG_NOUNS and w not in INSTITUTION_NOUNS}


def _other_office(span: Span, office: str, holder: ArticleEntity) -> bool:
    """Whether a description of an office cannot be the holder as the article knows them: they
    hold other offices only ("the prime minister" is not a UNICEF representative), or this one
    under other words ("the local health minister" is not the Civil Aviation Minister). Only
    offices are compared; "the father" or "the lawyer" are left to the other checks."""
    if office not in ROLE_WORDS:
        return False
    offices = {r: _office_words(r) for r in holder.roles}
    held = [r for r, words in offices.items() if words]
    if not held:
        return False
    same = [r for r in held if office in offices[r]]
    # a place or nationality ("the Florida senator") is asked of the holder's ties, not of the
    # words of the office: "Sen." given as "presidential candidate Sen." is that senator still
    wanted = _describing_words(span.text) - {qualifier(t.text) for t in span if t.ent_type_ in ("GPE", "NORP", "LOC")}
    if not same:
        # a past office is news about someone named with their present one: "Mohsen Rezaei,
        # the secretary of the Expediency Council ... the former chief commander of the IRGC";
        # "the foreign minister" is the Foreign Secretary
        return not _past_office(span) \
            and not any(wanted & _describing_words(r) for r in held)
    described = [_describing_words(r) for r in same]
    return bool(wanted) and all(d and not d & wanted for d in described)


def opposite_seat(span: Span, holder: ArticleEntity) -> bool:
    """Whether a description names the opposite seat of the office the holder is known by: "the
    majority leader" is not "Minority Leader Jo Roe", nor "the junior senator" the senior one
    (``speaker_words.txt [opposite_qualifiers]``). Checked whatever the office's noun, so also
    where the offices are not compared word by word (``_other_office``)."""
    wanted = {t.lower_ for t in span if t.lower_ in OPPOSITE_QUALIFIERS}
    held = {w.lower() for r in holder.roles for w in r.split()}
    return any(OPPOSITE_QUALIFIERS[w] in held and w not in held for w in wanted)


def _other_party(span: Span, holder: ArticleEntity) -> bool:
    """Whether a description names a party other than the one the holder is known by."""
    wanted = span_qualifiers(span) & PARTIES
    known = qualifier_words(holder) & PARTIES
    return bool(wanted and known and not wanted & known)


def names_a_state(place: ArticleEntity) -> bool:
    """Whether the place last spoken of can be what "the state" or "the country" stands for: one
    ISO names a country, state or province ("Michigan", "Kenya"), or a US state written short
    ("Mich."), by any of its names. A city is none ("Springfield's water ... The state conceded"
    is the state's word, not the city's): its "the state" is the one holding it, which the
    article may not name, so the description is left to the rules after (r26-wrongper)."""
    for name in (place.name, *place.aliases):
        name = (name or "").removeprefix("the ")
        lower = name.lower()
        if lower in iso_places.us_states() or lower in STATE_ABBREVIATIONS or _country_code(name) is not None \
                or iso_places.is_place(name) or name == "America":
            return True  # "Mich." and "Michigan" alike
    return False

