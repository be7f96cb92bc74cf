"""The shared state of one article's speaker resolution: who the article names, where, and
who spoke last.

``ArticleState(doc)`` registers the article's named people and organizations before any mention
is resolved (people first: an organization tag on a person's surname is a slip of the tagger;
a dotted acronym tagged as a place is an organization), then keeps the timeline the passes of
``passes/`` look back on: people and bodies by offset, the last named speaker, each entity's
mentions. The lookups here (a person by name or surname, the holder of a role, the body of a
kind, the people a pronoun may stand for) are shared by several passes; what a pass decides is
in the pass.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from onrecord.extract import doc_index, lexicon
from onrecord.extract.quotes import Quote, find_quotes
from onrecord.extract.speakers.document_owner import compound_owner, document_owner, owner_type
from onrecord.extract.speakers.entity_type import occurrences, plural_of_people, settled_type
from onrecord.extract.speakers.first_names import gender_of, name_opening_gender
from onrecord.extract.speakers.fullest_name import (
    acronym_expansion,
    body_name_cut_before_and,
    body_name_ended_after_the,
    common_word_before_surname,
    gerund_naming_a_body,
    headline_name_cut,
    headline_run,
    headline_word_before_surname,
    in_title_case_line,
    introduced_in_full,
    introduced_with_place,
    legal_form_name,
    listed_fields_name,
    longer_body_name,
    longer_person_name,
    opener_object_before_surname,
    opening_adverb_out_of_name,
    opening_word_out_of_name,
    place_pair_name,
    qualified_body_name,
    region_pair_name,
    retyped_surname_full_name,
    shared_surname_name,
    speech_verb_before_name,
    styled_sole_name,
    surname_full_name,
    title_out_of_name,
    titled_full_name,
)
from onrecord.extract.speakers.mention_syntax import (
    affiliation_of,
    appositive_roles,
    body_name,
    office_word,
    ordinal_before_title,
    past_a_cut_name,
    qualifier,
    refers_back,
    span_qualifiers,
    speech_word,
    subject_token,
    title_before_name,
    title_roles,
    token_at,
    window_start,
)
from onrecord.extract.speakers.name_forms import (
    BODY_WORDS,
    SURNAME_PARTICLES,
    apostrophe_surname_end,
    bracketed_full_name,
    country_before_name,
    examples_cut,
    given_name_left_out,
    given_name_like_a_title,
    headline_gerund,
    hyphen_glued,
    hyphenated_given_name_start,
    middle_names_clash,
    name_label,
    names_a_building,
    names_a_thing,
    open_bracket_cut,
    person_possessive_cut,
    platform_before_name,
    sentence_opening_common_word,
    service_before_rank,
    style_of_address,
    suffixes_clash,
    surname_index,
    surname_like_a_title,
    surname_particles_start,
    trailing_possessive_cut,
)
from onrecord.extract.speakers.role_cleaning import (
    a_named_body,
    body_a_role_names,
    clean_affiliation,
    clean_roles,
    country_a_role_names,
    hyphens_closed,
)
from onrecord.extract.speakers.spelling import (
    accent_twins,
    inner_name_owner,
    slip_owner,
    slipped_body_name,
    without_possessive,
)
from onrecord.extract.speakers.unnamed import no_named_speaker, owned_by_a_pronoun
from onrecord.extract.speakers.words import (
    ADDRESS_WORDS,
    BODY_HEADS,
    BODY_KINDS,
    CANDIDACY_WORDS,
    COURTESY_TITLES,
    DOTTED_ACRONYM,
    EXCLUSIVE_OFFICES,
    KIN_NOUNS,
    KNOWN_COUNTRY_WORDS,
    NAME_TITLES,
    NEWSPAPER_NAME_WORDS,
    NOUN_GENDER,
    ORG_NOUNS,
    PARTIES,
    PERSON_NOUNS,
    PERSONAL_BODIES,
    PLACE_PREPOSITIONS,
    PRONOUN_GENDER,
    RANK_WORDS,
    ROLE_WORDS,
    TITLE_GENDER,
)
from onrecord.model import Entity


@dataclass
class Mention:
    start: int  # character offsets
    end: int
    entity: "ArticleEntity | None"
    rule: str  # which rule named the speaker (RULES)
    # unnamed on purpose: the article keeps the speaker anonymous ("the aide, who spoke on
    # condition of anonymity"), so no fallback after the pass may name the mention
    # (``epithets.described_or_epithet``)
    withheld: bool = False


class NotASpeaker:
    """A pass's answer that the mention is no speaker at all ("reports say" with no issuer)."""


NOT_A_SPEAKER = NotASpeaker()

# the types a body's mentions may have before its name is known ("police" is a group at first)
BODY_TYPES = frozenset({"ORG", "UNKNOWN", "GROUP"})


@dataclass
class ArticleEntity:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    last_seen: int = -1  # character offset of the latest mention resolved so far
    named: bool = False  # known by a name (a body: named in the text or after its person), not only described
    gender: str | None = None  # "f" or "m" when a title or a pronoun already told
    gender_by_name: bool = False  # the gender rests on the name's first word alone ("Red" of "Red Hat")
    relative: bool = False  # brought in as someone's relative by the surname alone ("Dr. Marsh, her father")
    holder: ArticleEntity | None = None  # the person whose office this body is ("Jo Lee's office": Jo Lee)
    # read off a title-case headline holding more than a name ("Jane Roe Slams Tom Lee"):
    # lends no name (fullest_name.headline_run)
    headline: bool = False

    def add_alias(self, alias: str) -> None:
        if alias and alias not in self.aliases:
            self.aliases.append(alias)

    def add_role(self, role: str) -> None:
        if role and role.lower() not in {r.lower() for r in self.roles}:
            self.roles.append(role)


def origin_cut(tokens: list[Token]) -> int:
    """How many of the words the tagger spanned as a person's name are the name: it may run the
    name into where the person comes from ('Juan "Kiko" Ruiz of Oakdale', 'Ana Lee from Westport')
    or into a preposition before it ('Juan "Kiko" Ruiz of'). A lowercase "of" or "from" and all
    after it, or a lowercase preposition or conjunction ending the span, are no words of the name
    (a surname particle, "de", "van", is neither, and never ends a name); the words before stay,
    when they are two or more ("Friends of Ann Lee" is no "Friends")."""
    cut = next((k for k, t in enumerate(tokens) if k > 1 and t.is_lower and t.lower_ in ("of", "from")), len(tokens))
    while cut > 1 and tokens[cut - 1].is_lower and tokens[cut - 1].pos_ in ("ADP", "CCONJ", "SCONJ"):
        cut -= 1
    return cut


# a title or office written before a bare surname that tells which of two namesakes it is
_SURNAME_TITLES = NAME_TITLES | ROLE_WORDS | frozenset(TITLE_GENDER)


class ArticleState:
    def __init__(self, doc: Doc, quotes: list[Quote] | None = None):
        self.doc = doc
        self.entities: list[ArticleEntity] = []
        self._joined: dict[int, ArticleEntity] = {}  # id() of a short form -> the entity it names
        # id() of an entity left out as someone's ("his family") -> its settled type (unnamed_type)
        self._owned_types: dict[int, str] = {}
        self.by_surname: dict[str, list[ArticleEntity]] = {}
        self.persons_by_offset: list[tuple[int, ArticleEntity]] = []
        # offsets of bare surnames two people named just before share, neither by a title
        # nor by earlier use: who is meant is in doubt (``surname_in_doubt``)
        self.doubtful_surnames: set[int] = set()
        self._person_offsets: list[int] = []  # the offsets of persons_by_offset, for bisection
        self.bodies_by_offset: list[tuple[int, ArticleEntity]] = []  # organizations and places named
        self.last_speaker: ArticleEntity | None = None
        # writings whose issuer the article names, so that "the study" later speaks for it:
        # (offset, noun, issuer), filled in by the resolver once the names are registered
        self.documents: list[tuple[int, str, ArticleEntity]] = []
        # the whole sieve, for a pass that resolves another mention first ("who" is its antecedent)
        self.resolve: Callable[[Token], Mention | None] = lambda head: None
        # the description pass, for the pronoun passes that read an antecedent's description
        # ("the changes ... they"); set by the resolver, so that neither pass module imports the other
        self.describe: Callable[[Span, Token], ArticleEntity | None] = lambda span, head: None
        # the epithet pass (``epithets.epithet_antecedent``), for a pronoun after a described
        # subject that goes on with someone named ("the actor explained ... he said"); set likewise
        self.epithet: Callable[[Span, Token], ArticleEntity | None] = lambda span, head: None
        self._quoted_union = _union([(q.start, q.end)
                                     for q in (find_quotes(doc_index.text(doc)) if quotes is None else quotes)])
        self._note_split_names()
        # people first: an organization tag on a person's surname ("Trump" read as ORG) is a slip
        labels = {ent: name_label(ent) for ent in doc_index.ents(doc)}
        for ent in sorted(labels, key=lambda e: labels[e] != "PERSON"):
            if ent.label_ == "PERSON" and qualifier(ent.text) in PARTIES:
                continue  # "Republican" tagged as a person's name
            if ent.label_ == "PERSON" and sentence_opening_common_word(ent):
                continue  # "Harsh? He doesn't think so.": a common word opening its sentence
            if ent.label_ == "PERSON" and place_named_elsewhere(ent):
                continue  # "moved to Millbrook ... Millbrook became his home": the town
            given = given_name_left_out(ent)  # "Boris Kuznetsov" of which "Kuznetsov" is tagged ORG
            if given is not None:
                self.person(given, given.start_char)
            elif labels[ent] == "PERSON" and names_a_building(doc, ent.start, ent.end):
                continue  # "Orvin Dallow Jr. High School": a school's name, no one who speaks
            elif labels[ent] == "PERSON":  # "Brock Pierce" tagged ORG too
                person = self.person(ent, ent.start_char)
                # "Sen. Lindsey Graham", "Rep. Adam Schiff, the top Democrat on ...": titles and
                # appositives are roles, so "the senator" or "the top Democrat" finds the person later
                for role in title_roles(doc[ent.sent.start:ent.end], ent.root) + appositive_roles(ent.root):
                    person.add_role(role)
                if person.affiliation is None:
                    person.affiliation = affiliation_of(doc[ent.root.left_edge.i:ent.end], ent.root, person=True)
            elif labels[ent] in ("ORG", "GPE") and not DOTTED_ACRONYM.match(ent.text) \
                    and service_before_rank(ent) is None:  # "Army Capt. Jane Roe": no body "Army Capt"
                name = body_name(ent)
                if name and not self.short_person(name):
                    body = self.entity_by_name(name, labels[ent])  # a body tagged PERSON is ORG
                    body.named = True
                    self.bodies_by_offset.append((ent.start_char, body))
        self._note_qualified_bodies()
        self._note_unnamed_mentions()

    def _note_split_names(self) -> None:
        """People whose name the tagger split into places: "Valeska Paris, an Australian woman
        ..., has claimed" tagged as two places. A known given name and a capitalised word right
        after it, neither tagged as a person, form a person's name when the article says the
        pair is someone: its head speaks (the subject of a speech verb) or is described by a
        person's noun in apposition ("an Australian woman"). Registered before the places, so
        that "Paris claims" later is her and not the city."""
        doc = self.doc
        poses = doc_index.pos(doc)
        for i in range(len(doc) - 1):
            if poses[i] != "PROPN" or poses[i + 1] != "PROPN":
                continue  # read from the parts of speech first: no Token made of the other words
            first, last = doc[i], doc[i + 1]
            if not (first.is_title and last.is_title and first.whitespace_ and first.ent_type_ in ("GPE", "LOC", "")
                    and last.ent_type_ in ("GPE", "LOC", "") and (first.ent_type_ or last.ent_type_)):
                continue
            if i > 0 and poses[i - 1] == "PROPN" or i + 2 < len(doc) and poses[i + 2] == "PROPN":
                continue  # part of a longer name
            if gender_of(first.text) is None or self.in_quote(first.idx):
                continue
            speaks = last.dep_ in ("nsubj", "nsubjpass") and speech_word(last.head.lower_)
            described = any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in last.children)
            if speaks or described:
                self.person(doc[i:i + 2], first.idx)

    def _note_qualified_bodies(self) -> None:
        """Bodies named by a place or a name before their kind ("Charlotte-Mecklenburg police",
        "the Georgia state legislature"), so that a later "police" or "the legislature" finds them."""
        doc = self.doc
        for i, lemma in enumerate(doc_index.lemmas(doc)):
            if lemma not in ORG_NOUNS or lemma in PERSONAL_BODIES:
                continue  # read from the lemmas first: no Token made of the other words
            token = doc[i]
            if token.pos_ != "NOUN" or token.tag_ != "NN" and token.lower_ != "police" or self.in_quote(token.idx):
                continue
            names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and c.ent_type_ in ("GPE", "ORG", "NORP") and c.lower_ not in self.by_surname]
            if names and token.ent_type_ == "":
                body = self.entity_by_name(self.doc[names[0].left_edge.i:token.i + 1].text, "ORG")
                body.named = True
                self.bodies_by_offset.append((names[0].left_edge.idx, body))
        self.bodies_by_offset.sort(key=lambda oe: oe[0])

    def _note_unnamed_mentions(self) -> None:
        """Mentions of known people that the tagger did not mark as names ("Mr. Obama's bet"
        left untagged) and role descriptions ("the president appeared cowed") join the
        timeline that "he" and "she" look back on."""
        doc = self.doc
        lowers, lemmas = doc_index.lowers(doc), doc_index.lemmas(doc)
        for i in range(len(doc)):
            # (by_surname is read at each word: a person noted below adds to it)
            if lowers[i] not in self.by_surname and lemmas[i] not in ROLE_WORDS:
                continue  # neither rule below can take it: skip the dearer checks
            token = doc[i]
            if token.ent_type_ == "PERSON" or self.in_quote(token.idx) \
                    or token.dep_ == "compound" and not subject_token(token):
                continue
            if token.is_title and token.pos_ in ("PROPN", "NOUN") and token.lower_ in self.by_surname:
                first = self.doc[token.i - 1] if token.i else None
                if first is not None and first.is_title and first.ent_type_ != "PERSON" and gender_of(first.text):
                    # "Ivanka Trump" left untagged beside Donald Trump: a person of her own
                    self.person(self.doc[first.i:token.i + 1], first.idx)
                    continue
                self.persons_by_offset.append((token.idx, surname_owner(self.by_surname[token.lower_], token.text)))
            elif token.pos_ == "NOUN" and token.lemma_.lower() in ROLE_WORDS and token.tag_ == "NN" \
                    and (any(c.lower_ == "the" for c in token.children)
                         or token.i and self.doc[token.i - 1].lower_ == "the") \
                    and not any(c.dep_ == "appos" for c in token.children):
                span = self.doc[token.left_edge.i:token.i + 1]
                holder = self.role_holder(office_word(token.lemma_.lower()), token.idx, span_qualifiers(span))
                if holder is not None:
                    self.persons_by_offset.append((token.idx, holder))
        self.persons_by_offset.sort(key=lambda oe: oe[0])

    def name_head(self, offset: int) -> Token | None:
        """The token heading the name that starts at ``offset``: the name's last word, not a
        noun it modifies ("Clinton" in "Clinton communication director Jennifer Palmieri")."""
        token = token_at(self.doc, offset)
        while token is not None and token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN" \
                and token.head.dep_ != "ROOT":
            token = token.head
        return token

    def persons_between(self, start: int, end: int) -> list[tuple[int, ArticleEntity]]:
        """The people named or spoken of at offsets in [start, end), in order: by bisection,
        so that a pass asking about one sentence does not read the whole article's list."""
        offsets = [o for o, _ in self.persons_by_offset] if len(self._person_offsets) != len(self.persons_by_offset) \
            else self._person_offsets
        self._person_offsets = offsets
        lo, hi = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
        return self.persons_by_offset[lo:hi]

    def is_subject(self, offset: int) -> bool:
        """Whether the name starting at ``offset`` is the subject of its clause."""
        token = self.name_head(offset)
        return token is not None and subject_token(token)

    def main_subjects(self, offset: int, sentences: int = 2) -> Iterator[ArticleEntity]:
        """People who are the subject of the main clause of the sentences just before ``offset``,
        nearest first: what the text is about ("Mike Pence says ... The Indiana governor said")."""
        here = token_at(self.doc, offset)
        if here is None:
            return
        sentence, seen, steps = here.sent, 0, 0
        while seen < sentences and steps < sentences + 4:
            steps += 1
            if sentence.start == 0:
                return
            sentence = self.doc[sentence.start - 1].sent
            if self.in_quote(sentence.root.idx):
                continue  # the quoted words of the speaker, not the narrative
            found = False
            for o, entity in self.persons_by_offset:
                if sentence.start_char <= o < sentence.end_char and not self.in_quote(o):
                    head = self.name_head(o)
                    if head is not None and head.dep_ == "poss":
                        head = head.head  # "The president's Pacific roots also came into play."
                    if head is not None and subject_token(head) and head.head.dep_ == "ROOT":
                        found = True
                        yield entity
            # "he told ...", "the former governor is ..." go on about someone named before
            if found or not any(c.dep_ in ("nsubj", "nsubjpass") and refers_back(c) for c in sentence.root.children):
                seen += 1

    def in_quote(self, offset: int) -> bool:
        # by bisection over the quotes' union: asked for every token, a scan of every quote
        # would cost time in the square of the article's length
        n = bisect.bisect_right(self._quoted_union[0], offset) - 1
        return n >= 0 and offset < self._quoted_union[1][n]

    def quoted_words(self, offset: int) -> tuple[int, int] | None:
        """The run of quoted words holding ``offset`` (its first character and one past its last,
        quotes that touch counted as one), or None outside quotation marks."""
        n = bisect.bisect_right(self._quoted_union[0], offset) - 1
        if n >= 0 and offset < self._quoted_union[1][n]:
            return self._quoted_union[0][n], self._quoted_union[1][n]
        return None

    # ---- registry of named entities ----

    def person(self, span: Span, offset: int) -> ArticleEntity:
        # "Wai-man Lee" of which the tagger spanned "Lee": the hyphenated given name is the name's
        span = self.doc[hyphenated_given_name_start(self.doc, span.start):span.end]
        # "Van der Berg" of which the tagger spanned "Berg": the particles open the surname
        span = self.doc[surname_particles_start(self.doc, span.start):span.end]
        # "Declan O’Keane" of which the tagger spanned "Declan": the surname it cut off is the name's
        span = self.doc[span.start:apostrophe_surname_end(self.doc, span.start, span.end)]
        # a line break is no word of a name: the tagger may run a headline's name into the text
        tokens = [t for t in span if not t.is_punct and not t.is_space
                  and (t.lower_ not in ROLE_WORDS or surname_like_a_title(t, span) or given_name_like_a_title(t, span))
                  and t.pos_ != "DET"
                  and t.tag_ != "POS"
                  and not (t.lower_ == "first" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "lady")]
        # a title-case headline tags its verb as part of the name: "Obama Says ...", "Injecting Clinton"
        while len(tokens) > 1 and speech_word(tokens[-1].lower_):
            tokens = tokens[:-1]
        # ... or before it, as are a title or an occupation before a first name ("Broadcaster Piers
        # Morgan"); a given name the list does not know stays ("Hardeep Singh Puri", "Nur Khan Liton")
        while len(tokens) > 1 and ((tokens[0].tag_ in ("VBG", "VBD", "VBZ", "VBN") or headline_gerund(tokens[0]))
                                   and not gerund_naming_a_body(tokens[0], tokens[1])
                                   or tokens[0].ent_type_ in ("DATE", "TIME")  # "Tuesday Mitsotakis"
                                   or gender_of(tokens[1].text) and len(tokens) > 2
                                   and tokens[1].i == tokens[0].i + 1 and title_before_name(tokens[0])):
            tokens = tokens[1:]
        while len(tokens) > 1 and style_of_address(tokens[0]):
            tokens = tokens[1:]  # "Guests of Honour Cherie and Sean": a style, no given name
        if country_before_name(tokens):
            tokens = tokens[1:]  # "Indian Narendra Modi": the person's country, not the name
        if platform_before_name(tokens):
            tokens = tokens[1:]  # "on Twitter Roe said": where Roe posted, not Roe's name
        while len(tokens) > 1 and tokens[-1].text in ("’s", "'s", "’", "'"):
            tokens = tokens[:-1]
        tokens = tokens[:origin_cut(tokens)]  # 'Juan "Kiko" Ruiz of Oakdale': where he is from
        if not tokens:
            tokens = list(span)
        name = self.doc[tokens[0].i:tokens[-1].i + 1].text
        surname = tokens[surname_index([t.text for t in tokens])].lower_  # "Biden" of "Joseph R. Biden Jr."
        before = self.doc[span.start - 1] if span.start > 0 else None
        titles = [t.lower_ for t in span if t.i < tokens[0].i] + ([before.lower_] if before is not None else [])
        title_gender = next((TITLE_GENDER[w.rstrip(".")] for w in titles if w.rstrip(".") in TITLE_GENDER), None)
        kin = kin_in_apposition(span) if len(tokens) == 1 else None
        if kin is not None:
            # "Dr. Marsh, her father": the kin noun tells the gender, and the relative is new
            title_gender = title_gender or NOUN_GENDER.get(kin.lemma_.lower())
        # "Linda Marsh ... Marsh, his mother": the one of that surname and the kin noun's gender
        # named before is meant, no new relative
        relative_alone = kin is not None and not any(e.gender is not None and e.gender == title_gender
                                                     for e in self.by_surname.get(surname, []))
        # "Dr. Bruns, the county health officer": a person brought in, not a slip of another's name
        introduced = any(w.rstrip(".") in COURTESY_TITLES for w in titles) or bool(appositive_roles(tokens[-1]))
        # inside quotation marks a speaker may well give someone a former title ("Ambassador Roe");
        # asked only when someone of the surname is known: with no one, a title keeps no one apart
        office = self.surname_title_office(tokens) \
            if len(tokens) == 1 and not self.in_quote(offset) \
            and (self.by_surname.get(surname) or self._accent_twins(surname)) else None
        # "Jane Roe Slams Tom Lee" of a title-case headline: a run of the headline's words, no one
        # a name of the text may join, nor any the run may join (``headline_run``)
        headline = headline_run(span)
        if headline:  # the same run met again (registered, then read as a mention): the one entity
            entity = next((e for e in self.entities if e.headline and (span.start_char, span.end_char) in e.mentions),
                          None)
        else:
            entity = None if relative_alone else self._find_person(name, surname, offset, title_gender,
                                                                   swaps=not introduced, office=office)
        # "Jeb Roe, the governor of Zorbia ... President Roe": a namesake of another office, not
        # Jeb; brought in like a relative, so that a bare "Roe" later is in doubt between the two
        namesake = entity is None and office is not None \
            and any(title_misfit(e, office) for e in self.by_surname.get(surname, []))
        if entity is None and offset in self.doubtful_surnames:
            # "Marsh said" beside Linda Marsh and Dr. Marsh, her father: recorded on no one, so
            # that no later "Marsh" counts it as that person's bare use (``surname_in_doubt``)
            return ArticleEntity(name=name, type="PERSON", named=True)
        if entity is None:
            entity = ArticleEntity(name=name, type="PERSON", named=True, headline=headline)
            self.entities.append(entity)
            if not headline:  # "Lee" of "Jane Roe Slams Tom Lee" is no surname a bare "Lee" joins
                self.by_surname.setdefault(surname, []).append(entity)
        elif len(name.split()) > len(entity.name.split()):
            entity.name = name
        entity.add_alias(name)
        entity.gender = entity.gender or title_gender
        # a relative known by the surname alone: the article may call either of the two so
        entity.relative = entity.relative or relative_alone or namesake
        if len(tokens) > 1 and not hyphenated_surname(tokens):
            # "Ivanka Trump" is "she"; a title said so already when it is there
            if entity.gender is None and tokens[0].lower_ not in SURNAME_PARTICLES:  # "Van" of "Van der Berg"
                entity.gender = name_opening_gender(tokens[0].text)
                entity.gender_by_name = entity.gender is not None
        title_tokens = [t for t in span if t.i < tokens[0].i and not t.is_punct and t.pos_ != "DET"]
        if any(t.lower_ in ROLE_WORDS for t in title_tokens):  # the tagger put "Sen." inside the name
            # "Zorb Institute of Technology professor Jo Roe": "Technology" is the body's, no title
            at = past_a_cut_name(self.doc, title_tokens[0].i, title_tokens[-1].i + 1)
            if at is not None:
                entity.add_role(ordinal_before_title(self.doc, self.doc[at].idx,
                                                     self.doc[at:title_tokens[-1].i + 1].text))
        entity.mentions.append((span.start_char, span.end_char))
        # kept in the order of the text: a person named early but resolved late (the speaker of
        # an earlier statement) is not the last one named before a later "the minister"
        bisect.insort(self.persons_by_offset, (offset, entity), key=lambda oe: oe[0])
        return entity

    def _find_person(self, name: str, surname: str, offset: int, gender: str | None = None,
                     swaps: bool = True, office: str | None = None) -> ArticleEntity | None:
        same = self.by_surname.get(surname, []) or self._accent_twins(surname)
        if office is not None and same and " " not in name:
            # "President Roe" is none of the Roes the article gives another office (``title_misfit``)
            same = [e for e in same if not title_misfit(e, office)]
            if not same:
                return None
        if not same and " " not in name:
            # "Hillary" after "Hillary Clinton": a first name alone is the person named in full
            same = [e for e in self.entities if e.type == "PERSON" and e.named and not e.headline and " " in e.name
                    and e.name.split()[0].lower() == name.lower()]
            if same:
                return same[-1] if len(same) == 1 else None
            # "Water" after "Kathryn Waters": a slip of the writer's, of the title's gender
            # ("Mrs. Wiess" is not Hans Weiss); two letters swapped are no slip in a name brought
            # in with a courtesy title or a role (``swaps``)
            owner = slip_owner(name, self.by_surname, swaps)
            return owner if owner is None or gender is None or owner.gender in (None, gender) else None
        if not same:
            return None
        words = name.split()
        if len(words) == 1:
            if gender is not None:  # "Mrs. Clinton" is not Bill, nor "Mr. Obama" Michelle named alone
                same = [e for e in same if e.gender in (None, gender)]
                if not same:
                    return None
            written_with = self._given_name_written_before(same, offset)
            if written_with is not None:
                return written_with
            # "Johnson" just after "Homeland Security Secretary Jeh Johnson" is Jeh, though Gary
            # Johnson is named more often in the article; further on, the one named most
            near = token_at(self.doc, offset)
            window = window_start(near, sentences=2).idx if near is not None else offset
            recent = [e for e in same if any(window <= start < offset for start, _ in e.mentions)]
            # a relative brought in by the surname alone ("Linda Marsh ... Dr. Marsh, her father")
            # puts every bare "Marsh" after in doubt, however far back the other was named
            named_before = [e for e in same if any(start < offset for start, _ in e.mentions)]
            if len(named_before) > 1 and any(e.relative for e in named_before):
                return self.surname_in_doubt(named_before, offset)
            if len(recent) == 1:
                if self.named_aside_of_bare_owner(recent[0], same, name, offset, window):
                    self.doubtful_surnames.add(offset)
                    return None
                return recent[0]
            return surname_owner(same, name, offset)
        gender = gender or gender_of(words[0])
        for entity in same:
            full = entity.name.split()
            if gender and entity.gender and gender != entity.gender:
                continue  # "Michelle Obama" after "Mr. Obama"
            if any(middle_names_clash(name, known) or suffixes_clash(name, known)
                   for known in [entity.name, *entity.aliases]):
                continue  # "George W. Bush" after "George H.W. Bush", "John Roe Jr." after "John Roe Sr."
            if len(full) == 1 and introduced_as_kin(self.doc, offset, full[0]):
                continue  # "Roe spoke ... his daughter Ann Roe": a relative of the one called "Roe"
            if len(full) == 1 or full[0].lower() == words[0].lower() or name.lower() in entity.name.lower():
                return entity
        return None

    def named_aside_of_bare_owner(self, recent: ArticleEntity, same: list[ArticleEntity], surname: str,
                                  offset: int, window: int) -> bool:
        """Whether a bare surname at ``offset`` is in doubt between the one person of that surname
        named in the sentences just before, and another the article already calls by the bare
        surname: "Sen. Jo Dunmore ... Dunmore spoke for hours, paying tribute to a teacher, Mary
        Dunmore, who was killed. 'It takes courage,' Dunmore said." The one named lately, in full
        and only aside (no subject of a clause there, never the bare surname), is no more likely
        than the article's own bare "Dunmore"; which one spoke is a guess, and a wrong name costs
        more than none: the offset is noted in ``doubtful_surnames`` and the speaker left
        unnamed. One named lately as a subject ("Homeland Security Secretary Jeh Johnson said")
        is still the one meant. Issue 13, r23-anon."""
        text = doc_index.text(self.doc)

        def bare_before(entity: ArticleEntity) -> bool:
            return any(text[start:end] == surname for start, end in entity.mentions if start < offset)

        if bare_before(recent) or not any(bare_before(e) for e in same if e is not recent):
            return False
        for start, end in recent.mentions:
            if window <= start < offset:
                last = token_at(self.doc, end - 1)
                if last is None or subject_token(last) or last.dep_ == "poss":
                    return False  # the subject the text was just about, or "Mary Dunmore's ..."
        return True

    def surname_title_office(self, tokens: list[Token]) -> str | None:
        """The office a title before a bare surname names ("president" of "President Roe" or of
        "former President Roe", "senator" of "Sen. Roe"), whether or not the tagger spanned the
        title; None for a courtesy title ("Mr. Roe") or none."""
        last = tokens[-1]
        roles = title_roles(self.doc[last.sent.start:last.i + 1], last)
        if not roles:
            return None
        word = roles[-1].split()[-1].lower().strip(".")
        office = office_word(word)
        if word in COURTESY_TITLES or office in COURTESY_TITLES or office not in ROLE_WORDS:
            return None
        return office

    def registered(self, entity: ArticleEntity) -> bool:
        """Whether ``entity`` is one of the article's, not the stand-in ``person`` returns for a
        surname in doubt (``doubtful_surnames``), which names no one."""
        return any(e is entity for e in self.entities)

    def headline_run_outside(self, entity: ArticleEntity, head: Token) -> bool:
        """Whether ``entity`` is a run of a title-case headline's words read as one person
        (``headline_run``: "Jane Roe Slams Tom Lee") and ``head`` a mention outside that
        headline ("She said ..." below it): the run names no one there, and the speaker is left
        unnamed rather than called by the headline's words. Issue 13, r29-headline. Not when the
        export will cut the run to the headline's subject, its first words, which the article
        writes below (``headline_name_cut``: "Jane Roe Slams Tom Lee" beside "Jane Roe, a senator,
        ...": "she" is Jane Roe); a cut to another part of the run (Tom Lee) still blocks."""
        if not entity.headline or in_title_case_line(self.doc, head.idx):
            return False
        cut = headline_name_cut(entity.name, entity.aliases + [e.name for e in self._other_people(entity)], self.doc)
        return cut is None or not entity.name.startswith(cut + " ")

    def _other_people(self, entity: ArticleEntity) -> list[ArticleEntity]:
        """The people of the article other than ``entity`` that hold mentions of their own (none
        joined into another): the names a headline's run may be cut to (``headline_run_outside``,
        ``_headline_words_cut``)."""
        return [e for e in self.entities if e is not entity and e.mentions and id(e) not in self._joined
                and e.type == "PERSON"]

    def surname_in_doubt(self, people: list[ArticleEntity], offset: int) -> ArticleEntity | None:
        """Which of several people sharing a surname, one of them brought in as a relative by the
        surname alone (``kin_in_apposition``), a bare surname at ``offset`` is ("Linda Marsh opened
        a bakery. Dr. Marsh, her father, ran a clinic. Marsh said"): the one the same title was
        written before ("Dr. Marsh said" is the father), else the one the article has already
        called by the bare surname alone; when neither tells
        one person, the offset is noted in ``doubtful_surnames`` and the name pass leaves the
        speaker unnamed (``names.name``): giving the words to the first of the two, or to the one
        named most, is a guess, and a wrong name costs more than none. None then."""
        near = token_at(self.doc, offset)
        title = self._title_of(offset, near.idx + len(near) if near is not None else offset)
        if title in _SURNAME_TITLES:
            fit = [e for e in people
                   if any(self._title_of(start, end) == title for start, end in e.mentions if start < offset)]
            if len(fit) == 1:
                return fit[0]
        else:
            surname = near.text if near is not None else ""
            text = doc_index.text(self.doc)
            bare = [e for e in people
                    if any(text[start:end] == surname and self._title_of(start, end) not in _SURNAME_TITLES
                           for start, end in e.mentions if start < offset)]
            if len(bare) == 1:
                return bare[0]
        self.doubtful_surnames.add(offset)
        return None

    def _title_of(self, start: int, end: int) -> str:
        """The title a name written at [start, end) opens with or follows, lower case and without
        a final dot ("dr" of "Dr. Marsh", whether or not the tagger spanned the title), else the
        word before it ("" at the start of the text)."""
        first = token_at(self.doc, start)
        if first is None:
            return ""
        if first.idx + len(first) < end:
            word = first.lower_.rstrip(".")
            if word in NAME_TITLES or word in TITLE_GENDER:
                return word
        return self.doc[first.i - 1].lower_.rstrip(".") if first.i > 0 else ""

    def _given_name_written_before(self, same: list[ArticleEntity], offset: int) -> ArticleEntity | None:
        """Of the people sharing a surname, the one whose given name is written right before the
        surname at ``offset``, where the tagger spanned the surname alone: "Ann Roe and Tom Roe
        ... Tom Roe says" with only "Roe" tagged is Tom. None when no word or two people fit."""
        near = token_at(self.doc, offset)
        if near is None or near.i == 0:
            return None
        before = self.doc[near.i - 1]
        if not before.text[:1].isupper() or not before.whitespace_:
            return None
        fits = [e for e in same if len(e.name.split()) > 1 and e.name.split()[0] == before.text]
        return fits[0] if len(fits) == 1 else None

    def entity_by_name(self, name: str, type_: str) -> ArticleEntity:
        key = without_the(name).lower()
        for entity in self.entities:
            if entity.type == type_ and key in (without_the(n).lower() for n in [entity.name, *entity.aliases]):
                if name.startswith("The ") and not entity.name.startswith("The "):
                    # "The Guardian" in mid-sentence after "The Guardian reported" opened one
                    entity.add_alias(entity.name)
                    entity.name = name
                return entity
        entity = ArticleEntity(name=name, type=type_)
        self.entities.append(entity)
        return entity

    # ---- resolving one mention ----

    def short_person(self, name: str) -> ArticleEntity | None:
        """A bare surname or a name already registered as a person ("Rouhani"); a given name and
        a surname go to the one person of that given name when several share the surname."""
        words = name.split()
        if not words:
            return None
        same = self.by_surname.get(words[-1].lower(), []) or self._hyphened_surname(words[-1]) \
            or self._accent_twins(words[-1].lower())
        if not same and len(words) == 1:  # "Vázquez" for Wanda Vázquez Garced; "Saree" after "Yahya Sarea"
            people = [(e.name, e) for e in self.entities if e.type == "PERSON" and e.named and not e.headline]
            return inner_name_owner(name, people) or slip_owner(name, self.by_surname)
        if len(words) == 2 and len(same) > 1:
            # "Hillary Clinton's campaign" beside Bill Clinton: the one of that first name
            given = [e for e in same if any(n.split()[0].lower() == words[0].lower()
                                            for n in [e.name, *e.aliases] if len(n.split()) > 1)]
            if len(given) == 1:
                return given[0]
        return same[-1] if same and len(words) <= 2 else None

    def tagged_body(self, name: str) -> ArticleEntity | None:
        """The body the tagger named ``name`` elsewhere in the article, for the same word left
        untagged: "Zedco said ... Zedco, however, says" is the company both times, not a person
        called Zedco. Only a body registered from a tag (``named``) whose name or alias is
        ``name``, and no person of that name; None otherwise."""
        key = without_the(name).lower()
        if self.short_person(name) is not None:
            return None
        bodies = [e for e in self.entities if e.type == "ORG" and e.named
                  and key in (without_the(n).lower() for n in [e.name, *e.aliases])]
        return bodies[0] if len(bodies) == 1 else None

    def _accent_twins(self, surname: str) -> list[ArticleEntity]:
        """The people filed under ``surname`` written with other accents ("Erdoğan" for a bare
        "Erdogan" named first, or the other way round)."""
        return [e for twin in accent_twins(surname, self.by_surname) for e in self.by_surname[twin]]

    def _hyphened_surname(self, word: str) -> list[ArticleEntity]:
        """The people whose name ends with a hyphened surname written alone: "Gallego-Lazo" after
        "Christopher Gallego-Lazo" (filed under its last part, the word the tokenizer ends it on)."""
        if "-" not in word.strip("-"):
            return []
        last = word.rsplit("-", 1)[-1].lower()
        return [e for e in self.by_surname.get(last, []) if e.name.lower().endswith(word.lower())
                and e.name.lower()[-len(word) - 1:-len(word)] in (" ", "")]

    def one_word_name(self, token: Token) -> bool:
        """A name the tagger calls a person but the article never gives a first name or a
        gender ("Politifact did a fact-check"): it may well be a body."""
        ent = doc_index.entity_at(self.doc, token.i)
        if ent is None or ent.label_ != "PERSON" or len(ent) != 1:
            return False
        same = self.by_surname.get(token.lower_, [])
        return bool(same) and all(" " not in e.name and e.gender is None for e in same)

    def recent_people(self, offset: int, gender: str | None = None) -> Iterator[ArticleEntity]:
        """Candidates for "he", "she" or "the senator", best first: see ``_recent_person``."""
        def fits(entity: ArticleEntity | None) -> bool:
            return entity is not None and (gender is None or entity.gender in (None, gender))

        here = token_at(self.doc, offset)
        sent_start = here.sent.start_char if here is not None else offset
        # people named inside quotation marks are the quoted speaker's words, not antecedents
        before = sorted(((o, e) for o, e in self.persons_by_offset if o < offset and fits(e)
                         and not self.in_quote(o)), key=lambda oe: oe[0])
        in_sentence = [(o, e) for o, e in before if o >= sent_start]
        # "As Sanders senses hatred of Clinton ..., the Vermont senator": a subject before an object
        subjects = [e for o, e in in_sentence if self.is_subject(o)]
        yield from reversed(subjects)
        # "The president appeared cowed. Campaigning against Mitt Romney, he ...": the sentence
        # before's subject comes before a person named in passing
        yield from (e for e in self.main_subjects(offset, sentences=1) if fits(e))
        yield from reversed([e for o, e in in_sentence])
        if self.last_speaker is not None and fits(self.last_speaker):
            yield self.last_speaker
        yield from (e for o, e in reversed(before))

    def recent_person(self, offset: int, gender: str | None = None) -> ArticleEntity | None:
        """Who "he" or "she" is: the subject earlier in the same sentence, else the subject of
        the sentence before, else another person named earlier in the sentence, else the last
        speaker (news prose keeps talking about whoever spoke last), else the last person named
        — skipping people known to be of the other gender."""
        return next(self.recent_people(offset, gender), None)

    def recent_of(self, types: tuple[str, ...], offset: int) -> ArticleEntity | None:
        """The group, organization or place spoken of last before ``offset``."""
        seen = [(e.last_seen, e) for e in self.entities if e.type in types and 0 <= e.last_seen < offset]
        seen += [(o, e) for o, e in self.bodies_by_offset if e.type in types and o < offset]
        return max(seen, key=lambda oe: oe[0])[1] if seen else None

    def body_of_kind(self, kind: str, offset: int, forward: bool = False) -> ArticleEntity | None:
        """The organization of that kind named last before ``offset`` ("the union" is the
        Association of Flight Attendants); with ``forward``, else the first one named after it."""
        words = BODY_KINDS.get(kind, {kind})
        seen = [(e.last_seen, e) for e in self.entities if e.last_seen >= 0]
        fits = [(o, e) for o, e in self.bodies_by_offset + seen
                if e.type == "ORG" and words & {w.strip(".,’'").lower() for w in e.name.split()}
                and e.name.lower() not in words]  # "Bank executives" tagged as a name is no bank
        before = [oe for oe in fits if oe[0] < offset]
        if before:
            return max(before, key=lambda oe: oe[0])[1]
        after = [oe for oe in fits if oe[0] > offset]
        return min(after, key=lambda oe: oe[0])[1] if forward and after else None

    def bodies_of_kind(self, kind: str) -> list[ArticleEntity]:
        """Every organization of that kind the article names or has spoken of, once each, in
        the order first seen (the words of ``body_of_kind``)."""
        words = BODY_KINDS.get(kind, {kind})
        found: dict[int, ArticleEntity] = {}
        for e in [e for _, e in self.bodies_by_offset] + [e for e in self.entities if e.last_seen >= 0]:
            if e.type == "ORG" and words & {w.strip(".,’'").lower() for w in e.name.split()} \
                    and e.name.lower() not in words:
                found.setdefault(id(e), e)
        return list(found.values())

    def main_body(self, offset: int) -> ArticleEntity | None:
        """The organization "the company" or "the website" at ``offset`` stands for: the one
        named last in its paragraph or the one before (the article turns from one body to
        another: "Hasbro hosted a panel ... the company noted"), else the one named most often
        before ``offset``. None when its own sentence names another thing before it ("Vessel
        Tracker's database had no sighting; the website noted ...": that site, whatever the
        tagger made of its name, not the body the article names most)."""
        here = token_at(self.doc, offset)
        if here is not None and other_name_before(here):
            return None
        start = paragraphs_back(doc_index.text(self.doc), offset)
        things = self._things_named
        recent = [(o, body) for o, body in self.bodies_by_offset
                  if start <= o < offset and body.type == "ORG" and id(body) not in things]
        if recent:
            return max(recent, key=lambda ob: ob[0])[1]
        counts: dict[int, int] = {}  # by id(): entities are compared by identity
        bodies: dict[int, ArticleEntity] = {}
        for o, body in self.bodies_by_offset:
            if o < offset and body.type == "ORG" and id(body) not in things:
                counts[id(body)] = counts.get(id(body), 0) + 1
                bodies[id(body)] = body
        return bodies[max(counts, key=counts.__getitem__)] if counts else None

    @cached_property
    def _things_named(self) -> set[int]:
        """The ids of the "bodies" the article names only as the modifier of a thing's noun
        ("the Federal mine", ``name_forms.names_a_thing``): no candidate for "the company" or
        "the union", which speak for a body, not for a mine. Read once: the bodies named are
        all registered when the state is built."""
        written: dict[int, list[bool]] = {}
        for o, body in self.bodies_by_offset:
            token = token_at(self.doc, o)
            written.setdefault(id(body), []).append(token is not None and names_a_thing(self.doc, token.i))
        return {k for k, modifiers in written.items() if all(modifiers)}

    def role_holder(self, role_word: str, offset: int, qualifiers: frozenset[str] = frozenset(),
                     until: int | None = None) -> ArticleEntity | None:
        """The person named last before ``offset`` whose roles include ``role_word``
        ("the senator" is "Sen. Lindsey Graham"); with ``until``, the first one named between
        ``offset`` and ``until``."""
        def in_range(o: int) -> bool:
            return o < offset if until is None else offset <= o < until
        rank = RANK_WORDS & qualifiers
        holders = [e for o, e in self.persons_by_offset if in_range(o) and rank in ranks_of(e, role_word)]
        qualifiers = qualifiers - rank
        parties = qualifiers & PARTIES
        if parties:  # "the Labour Party's leader" is not the "Conservative Party leader"
            holders = [e for e in holders if parties & qualifier_words(e) or not PARTIES & qualifier_words(e)]
            if holders and self.party_known_elsewhere(holders, parties):
                return None
        if qualifiers:
            # "the Republican nominee" is the nominee whose party or country matches
            fitting = [e for e in holders if qualifiers & qualifier_words(e)]
            holders = fitting or [e for e in holders if not qualifier_words(e) & PARTIES]
        if not holders:
            return None
        return holders[-1] if until is None else holders[0]

    def party_known_elsewhere(self, holders: list[ArticleEntity], qualifiers: frozenset[str]) -> bool:
        """Whether a description's party is known of someone else than the office's holders: in
        an article that calls Roe a presidential candidate and Doe a Republican, "the Republican
        presidential nominee" is not Roe, though she is the one nominee it names, as the party
        does not agree, nor is Doe, who holds no nomination: the description stays unnamed.
        True when none of the holders is known by the party and another person named is."""
        parties = qualifiers & PARTIES
        if not parties or any(parties & qualifier_words(e) for e in holders):
            return False
        return any(parties & qualifier_words(e) for _, e in self.persons_by_offset if e not in holders)

    def party_member(self, span: Span) -> ArticleEntity | None:
        """The person last named before ``span`` as one of the party it names; when ``span``
        names a place too ("The Zedland Republican"), one the article also gives that place,
        as another of the party may be of another place."""
        qualifiers = span_qualifiers(span) | {qualifier(t.text) for t in span}
        partisans = [p for o, p in self.persons_by_offset if o < span.start_char
                     and qualifiers & PARTIES & qualifier_words(p)]
        places = frozenset(qualifier(t.text) for t in span if t.ent_type_ == "GPE")
        if places:
            partisans = [p for p in partisans if places & qualifier_words(p)]
        return partisans[-1] if partisans else None

    def next_speaker(self, offset: int, until: int) -> ArticleEntity | None:
        """The first person named between ``offset`` and ``until`` as the subject of a speech
        verb ("..., said Don Fowler")."""
        for o, entity in self.persons_by_offset:
            name_head = self.name_head(o) if offset <= o < until and not self.in_quote(o) else None
            if name_head is not None and subject_token(name_head):  # the name is a subject
                verb = name_head.head
                if speech_word(verb.lower_) or lexicon.load().is_speech(verb.lemma_.lower()):
                    return entity
        return None

    def export(self) -> list[Entity]:
        """The article's entities with the names the article spells out. Call once, after every
        mention is resolved: a short form that turns out to name an entity already known under its
        full name ("WHO" beside "World Health Organization") joins that entity; each type is
        settled on the whole article's evidence (entity_type.py) and the roles are cleaned of
        fragments (role_cleaning.py). An entity that names no one who can speak ("the study",
        unnamed.py) is left out: its statements keep their mention as an unnamed speaker."""
        for e in self.entities:
            if e.mentions and id(e) not in self._joined:
                self._writing_owner(e)
                self._title_out_of_name(e)
        for e in self.entities:
            if e.mentions and id(e) not in self._joined:
                self._fullest_name(e)
        out = []
        surnames = self._full_named_surnames()  # once: the same for every entity of the article
        bodies: frozenset[str] | None = None  # the article's organization names, read when first needed
        for n, e in enumerate(self.entities, 1):
            if not e.mentions or id(e) in self._joined:
                continue
            type_ = settled_type(e.name, e.type, e.roles, e.gender, self.doc, e.mentions[0],
                                 name_gender_only=self._gender_by_name_only(e))
            if no_named_speaker(e.name, type_, self.doc, e.mentions, e.named):
                if owned_by_a_pronoun(e.name):
                    self._owned_types[id(e)] = type_
                continue  # "the study", "36": the statements keep their mention, unnamed
            name = examples_cut(open_bracket_cut(e.name))  # "(MP", "critics such as ..." end no name
            if type_ == "PERSON" and (styled := styled_sole_name(name, self.doc)) is not None:
                e.add_alias(name)  # "Pope Francis": his one name alone is a bare given name
                name = styled
            roles = clean_roles(e.name, e.aliases, e.roles, type_, surnames)
            affiliation = clean_affiliation(e.name, e.aliases, e.affiliation, type_, e.roles, surnames)
            if affiliation is None and type_ == "PERSON":
                # "executive director of the Zorb Retail Association": the body the post is held in
                if bodies is None:
                    bodies = self._organization_names()
                affiliation = clean_affiliation(e.name, e.aliases, body_a_role_names(roles, bodies), type_,
                                                e.roles, surnames)
            if affiliation is None and type_ == "PERSON":
                # "President of Ukraine": the country the office is held in
                affiliation = clean_affiliation(e.name, e.aliases, country_a_role_names(roles), type_, e.roles,
                                                surnames)
            out.append(Entity(id=f"e{n}", name=name, type=type_, aliases=sorted(set(e.aliases)),
                              roles=roles, affiliation=affiliation,
                              mentions=[list(m) for m in sorted(set(e.mentions))]))
        return out

    def _organization_names(self) -> frozenset[str]:
        """The names the article tags as organizations', as written there without a leading
        "the" or a closing "'s" ("Zorb Retail Association"); none that is a person's name the
        article knows (a surname the tagger read as a body), nor one that only says what the body
        is ("Senate", ``a_named_body``), nor one always followed by a capitalised word unless an
        acronym or a name ending in a body's kind ("Zorbland Securities" of "Zorbland Securities
        Commissioner" is the tagger's cut of a title; "ZSC Director" and "Ethics Committee
        Chairman" hold a body's whole name and a title)."""
        people = {n.lower() for e in self.entities if e.type == "PERSON" for n in [e.name, *e.aliases]}
        names, whole = set(), set()
        for ent in doc_index.ents(self.doc):
            if name_label(ent) != "ORG":
                continue
            text = a_named_body(without_possessive(hyphens_closed(re.sub(r"^[Tt]he\s+", "", ent.text.strip()))))
            if text and text.lower() not in people:
                names.add(text)
                following = self.doc[ent.end] if ent.end < len(self.doc) else None
                if text.isupper() or text.split()[-1].lower() in BODY_HEADS or following is None \
                        or not following.is_title:
                    whole.add(text)
        # "Alabama Securities" of "Alabama Securities Commissioner", never written alone: a name cut
        return frozenset(names & whole)

    def _gender_by_name_only(self, entity: ArticleEntity) -> bool:
        """Whether the entity's gender rests on its name's first word alone ("Red" of "Red Hat",
        on the list of given names): no title gave it, and no "he" or "she" of the article is
        among its mentions."""
        if not entity.gender_by_name:
            return False
        text = doc_index.text(self.doc)
        return not any(text[start:end].lower() in PRONOUN_GENDER for start, end in entity.mentions)

    def _full_named_surnames(self) -> frozenset[str]:
        """The surnames of the people the article names in full ("Roe" of "Jane Roe"), lowercased:
        an affiliation or a role that is one names a person, no body nor post
        (role_cleaning.person_as_affiliation, role_cleaning.a_person_s_name).
        A one-word "person" may be a body the tagger misread ("Zedco"), so it does not count."""
        return frozenset(e.name.split()[-1].lower() for e in self.entities
                         if e.type == "PERSON" and e.named and len(e.name.split()) >= 2)

    def _writing_owner(self, entity: ArticleEntity) -> None:
        """A writing named with its owner ("RIAA's take-down notice", "FEC records") is the owner speaking
        (document_owner.py): the entity joins the owner's when the article has one, else takes
        the owner's name and type."""
        owner = document_owner(entity.name) or compound_owner(entity.name, self.doc)
        if owner is None:
            return
        known = next((e for e in self.entities if e is not entity and id(e) not in self._joined
                      and (without_the(e.name) == owner or owner in e.aliases)), None)
        if known is not None:
            self._join(entity, known)
            return
        entity.type = owner_type(owner, entity.name, self.doc)
        entity.name = owner
        entity.named = True

    def _join(self, entity: ArticleEntity, into: ArticleEntity) -> None:
        """``entity`` is another name of ``into``: its mentions are ``into``'s from now on."""
        into.mentions.extend(entity.mentions)
        self._joined[id(entity)] = into

    def _title_out_of_name(self, entity: ArticleEntity) -> None:
        """A person's name without the title the tagger read into it ("Dr Roe" is Roe, a doctor;
        fullest_name.title_out_of_name): the title becomes a role, and the entity joins the one
        the article already knows by the bare name. A common word that opens the sentence
        ("Lead Jane Roe", fullest_name.opening_word_out_of_name) goes the same way, no role."""
        split = title_out_of_name(entity.name, self.doc) if entity.type == "PERSON" else None
        if split is None and entity.type == "PERSON" \
                and (bare := opening_word_out_of_name(entity.name, self.doc)) is not None:
            split = bare, ""  # "Lead Jane Roe": a common word opening the sentence, no title
        # "Even Roe": an adverb opening the sentence, cut only to join the Roe named in full, as
        # "Even" may be a given name too
        adverb = split is None and entity.type == "PERSON" \
            and (split := self._opening_adverb_cut(entity.name)) is not None
        if split is None:
            return
        bare, title = split
        if title:
            entity.add_role(title)
        people = [e for e in self.entities if e is not entity and id(e) not in self._joined and e.type == "PERSON"]
        # the same name, else the one person whose surname a bare surname is ("Dr Roe": Jane Roe)
        known = next((e for e in people if e.name == bare), None)
        if known is None and " " not in bare:
            same = [e for e in people if e.name.split()[-1] == bare]
            known = same[0] if len(same) == 1 else None
        if known is not None:
            for role in entity.roles:
                known.add_role(role)
            self._join(entity, known)
            return
        if adverb:
            return
        entity.add_alias(entity.name)
        entity.name = bare

    def _opening_adverb_cut(self, name: str) -> tuple[str, str] | None:
        """``name`` without the adverb opening its sentence (fullest_name.opening_adverb_out_of_name),
        as a split without a title; None when there is none."""
        bare = opening_adverb_out_of_name(name, self.doc)
        return (bare, "") if bare is not None else None

    def _fullest_name(self, entity: ArticleEntity) -> None:
        """The name the article spells out, the short one kept as an alias: "World Health
        Organization" for "WHO", "Wanda Vázquez Garced" for "Wanda Vázquez", "Hage Geingob" for
        "Geingob", "Commission on Presidential Debates" for "Commission", "Syrian state media"
        for "State media"."""
        if self._headline_words_cut(entity) or self._slipped_body_name(entity):
            return
        holder = self._person_typed_as_body(entity)
        if holder is not None:
            holder.type = "PERSON"
            holder.add_alias(entity.name)
            self._join(entity, holder)
            return
        fuller, type_ = self._fuller_name(entity)
        if fuller is None or type_ == "PERSON" and " " not in entity.name \
                and kin_name_only(fuller, entity.name, self.doc):
            return  # "Roe said ... his daughter Ann Roe": the daughter is someone else than Roe
        if type_ == "PERSON" and self.titled_namesake(entity, fuller):
            return  # "President Roe" beside Jeb Roe, the governor: not Jeb
        known = next((e for e in self.entities if e is not entity and e.mentions and id(e) not in self._joined
                      and without_the(e.name).lower() == without_the(fuller).lower()), None)
        if known is not None and known.type != type_ and not {known.type, type_} <= BODY_TYPES:
            return  # a person and a body of one name: leave both as they are
        if known is not None:
            known.add_alias(entity.name)
            self._join(entity, known)
            return
        entity.add_alias(entity.name)
        entity.name = fuller
        entity.type = type_

    def titled_namesake(self, entity: ArticleEntity, fuller: str) -> bool:
        """Whether ``entity``, a bare surname kept apart by its title from the person of that
        surname named in full (``_find_person``, ``title_misfit``: "President Roe" beside "Jeb
        Roe, the governor of Zorbia"), is someone else than the person named ``fuller``: it
        keeps its bare name, not Jeb's."""
        if not entity.relative or " " in entity.name:
            return False
        offices = {office_word(r.split()[-1].lower().strip(".,")) for r in entity.roles if r.split()} & ROLE_WORDS
        # the one written so ("Jeb Marlow"), else any of the surname named in full ("Jeb R. Marlow")
        people = [e for e in self.by_surname.get(fuller.split()[-1].lower() if fuller.split() else "", [])
                  if e is not entity and e.type == "PERSON" and " " in e.name]
        written = [e for e in people if fuller.lower() in (n.lower() for n in [e.name, *e.aliases])]
        return any(title_misfit(e, office) for e in written or people for office in offices)

    def _slipped_body_name(self, entity: ArticleEntity) -> bool:
        """A body's name the article writes once with a country's word misspelt ("the Zembain
        government" beside "the Zembian government", spelling.slipped_body_name) is that body:
        the entity joins it. True when joined."""
        if entity.type not in BODY_TYPES | {"GPE"}:
            return False
        bodies = [e for e in self.entities if e is not entity and e.mentions and id(e) not in self._joined
                  and e.type in BODY_TYPES | {"GPE"}]
        right = slipped_body_name(entity.name, [e.name for e in bodies], KNOWN_COUNTRY_WORDS)
        if right is None:
            return False
        known = next(e for e in bodies if e.name == right)
        known.add_alias(entity.name)
        self._join(entity, known)
        return True

    def _headline_words_cut(self, entity: ArticleEntity) -> bool:
        """A person's name read out of a title-case headline ("Jane Roe Beats Establishment",
        fullest_name.headline_name_cut) is the name the article writes elsewhere: one of its own
        short forms, or another person's name, which the entity then joins. True when joined.
        The headline's words are kept as no alias: "Jane Roe Slams John Doe" is no name of
        Jane Roe's, and a search for John Doe would find her page by it."""
        if entity.type != "PERSON":
            return False
        people = self._other_people(entity)
        cut = headline_name_cut(entity.name, entity.aliases + [e.name for e in people], self.doc) \
            or headline_word_before_surname(entity.name, self.doc)\
            or opener_object_before_surname(entity.name, self.doc) \
            or common_word_before_surname(entity.name, self.doc) \
            or speech_verb_before_name(entity.name, self.doc)
        if cut is None:
            return False
        known = [e for e in people if e.name == cut]
        if len(known) == 1:
            self._join(entity, known[0])
            return True
        entity.aliases = [a for a in entity.aliases if a != entity.name]
        entity.name = cut
        entity.add_alias(cut)
        return False

    def _person_typed_as_body(self, entity: ArticleEntity) -> ArticleEntity | None:
        """The person a bare surname names whose full name the tagger typed ORG ("Ricardo
        Rosselló Nevares, Puerto Rico's governor" read as a body, then "Rosselló said"): the one
        full name that holds the surname (surname_full_name), registered as a body, when the
        article tags the surname as a person's name or gives the full name a person's office as
        a role. None otherwise: a surname that is a body's word stays apart."""
        if entity.type not in ("PERSON", "ORG") or " " in entity.name or not entity.name[:1].isupper():
            return None
        full = surname_full_name(entity.name, self.doc)
        if full is None:
            return None
        known = [e for e in self.entities if e is not entity and e.mentions and id(e) not in self._joined
                 and e.type == "ORG" and e.name == full]
        if len(known) != 1:
            return None
        tagged = any(ent.label_ == "PERSON" for ent in doc_index.ents_named(self.doc, entity.name))
        office = any(office_word(w.lower().strip(".,")) in ROLE_WORDS for role in known[0].roles for w in role.split())
        return known[0] if tagged or office else None

    def _fuller_name(self, entity: ArticleEntity) -> tuple[str | None, str]:
        """The fuller name the article gives ``entity`` and the type it has by that name: a
        bare surname may turn out to be a body's head word ("Salling" of "Salling Group"), and a
        one-word "body" a person's surname the article writes after a title ("attendee Om Roe")."""
        if " " not in entity.name and entity.type in ("ORG", "UNKNOWN", "PERSON") \
                and (fuller := titled_full_name(entity.name, self.doc)) is not None:
            return fuller, "PERSON"
        if (fuller := self._body_ended_by_people_noun(entity)) is not None:
            return fuller, "ORG"
        if entity.type in ("PERSON", "ORG", "UNKNOWN") and (fuller := body_name_cut_before_and(entity.name, self.doc)):
            return fuller, "ORG"  # "Wold Valley Fire" of "Wold Valley Fire and Rescue"
        if entity.type in ("ORG", "UNKNOWN"):
            # "Roe's State Department" is the State Department, under whatever longer name
            name = person_possessive_cut(entity.name, self.doc) or trailing_possessive_cut(entity.name, self.doc) \
                or entity.name
            fuller = self._body_expansion(name) or longer_body_name(name, self.doc) \
                or introduced_in_full(name, self.doc) or introduced_with_place(name, self.doc) \
                or place_pair_name(name, self.doc) or region_pair_name(name, self.doc) \
                or listed_fields_name(name, self.doc) or legal_form_name(name, self.doc)
            if fuller is None and (person := retyped_surname_full_name(name, self.doc)) is not None:
                return person, "PERSON"  # "Maroth said" of "Gáspár Maróth", both read as bodies
            if fuller is None and name.lower() in NEWSPAPER_NAME_WORDS:
                # "the Post" of an article on "the Zedville Post": the paper's last word for its
                # name, though the article names Zedville itself too (longer_body_name)
                fuller = body_name_ended_after_the(name, self.doc)
            if fuller is None and not entity.named:
                fuller = qualified_body_name(name, self.doc)
            return fuller or (name if name != entity.name else None), entity.type
        if entity.type == "GROUP":
            return qualified_body_name(entity.name, self.doc), "ORG"
        # "Van der Berg" is a surname of three words, as short as a given name and a surname
        if entity.type != "PERSON" or not entity.named \
                or len([w for w in entity.name.split() if w.lower() not in SURNAME_PARTICLES]) > 2:
            return None, entity.type
        # "David and Jane Roe": the surname written once for both is David's, whoever else is a David
        fuller = shared_surname_name(entity.name, self.doc) or longer_person_name(entity.name, self.doc) \
            or surname_full_name(entity.name, self.doc)
        if fuller is not None and other_gender_name(entity, fuller):
            return None, entity.type  # "Mr. Obama" is not "Michelle Obama", the one fuller form written
        if fuller is not None:
            return fuller, "PERSON"
        if (fuller := bracketed_full_name(entity.name, self.doc)) is not None:
            return fuller, "ORG"  # "(Phivolcs)" after a body's full name: its short form, no person
        if " " not in entity.name and entity.gender is None and not entity.roles:
            # a "person" the article never gives a first name, a title or a gender, whose name
            # heads a body's name ("Salling said" after "Salling Group"): that body
            return longer_body_name(entity.name, self.doc, head_only=True) \
                or body_name_ended_after_the(entity.name, self.doc), "ORG"
        return None, entity.type

    def _body_ended_by_people_noun(self, entity: ArticleEntity) -> str | None:
        """The body's name a plural noun of people ends, where every mention of the entity is
        that word at the end of the body's name ("Agnostics" cut from "the League of Skeptics
        and Agnostics"): the tagger's or the parse's fragment, the body speaking. None when the
        article also writes the word on its own, people of that kind."""
        if " " in entity.name or not entity.mentions or not plural_of_people(entity.name, self.doc):
            return None
        longer = longer_body_name(entity.name, self.doc)
        text = doc_index.text(self.doc)
        if longer is None or not all(text[max(0, end - len(longer)):end] == longer for _, end in entity.mentions):
            return None
        return longer

    def _body_expansion(self, name: str) -> str | None:
        """A body's name its acronym or bracketed short form stands for ("World Health
        Organization" for "WHO"), also when the short form is followed by the body's kind
        ("Movimento 5 Stelle" for "M5S party")."""
        found = acronym_expansion(name, self.doc) or bracketed_full_name(name, self.doc)
        words = name.split()
        if found is None and len(words) == 2 and words[1].islower() and words[1] in BODY_WORDS:
            # a lowercase kind only: "ABC News" is a body of its own, not ABC's expansion
            found = acronym_expansion(words[0], self.doc) or bracketed_full_name(words[0], self.doc)
        return found

    def unnamed_type(self, entity: ArticleEntity) -> str:
        """The type an unnamed speaker keeps: a person or a people described as someone's ("his
        wife" PERSON, "his associates" GROUP) keep the type settled for them, though they are
        left out of the entities; a writing or a figure left out is UNKNOWN. A short form joined
        to another entity keeps that one's type, as ``entity_id`` gives that one's id."""
        entity = self._joined.get(id(entity), entity)
        return self._owned_types.get(id(entity), "UNKNOWN")

    def entity_id(self, entity: ArticleEntity) -> str:
        entity = self._joined.get(id(entity), entity)
        return f"e{self.entities.index(entity) + 1}"


def place_named_elsewhere(ent: Span) -> bool:
    """Whether a one-word name the tagger read as a person's here is a place's: the article names
    the same word as a place (tagged GPE or LOC, after "to", "in", "from" ...) elsewhere and never
    as a person's surname
    ("moved to Millbrook from Syria ... Millbrook became his home"). Such a word is no one
    a "he" or "she" may stand for; a person of it speaking ("Jordan said") is still read by the
    name pass."""
    if len(ent) != 1 or _after_a_title(ent):
        return False  # "Mr. Houston moved to Houston": the title makes the word a person's here
    word = ent.text
    if word in _surnames_of_full_names(ent.doc):
        return False
    return any(e.label_ in ("GPE", "LOC") and _object_of_place_preposition(e)
               for e in doc_index.ents_named(ent.doc, word))


def _surnames_of_full_names(doc: Doc) -> set[str]:
    """The last words of the persons' names of more than one word, read once per doc (asked for
    every one-word name, a scan of the entities would cost time in the square of the length)."""
    found: set[str] | None = doc.user_data.get("onrecord_full_name_surnames")
    if found is None:
        found = {e[-1].text for e in doc_index.ents_labelled(doc, "PERSON") if len(e) > 1}
        doc.user_data["onrecord_full_name_surnames"] = found
    return found


def _after_a_title(ent: Span) -> bool:
    """Whether a word of address or a title stands just before the name ("Mr.", "Sen.", "Governor")."""
    if ent.start == 0:
        return False
    word = ent.doc[ent.start - 1].lower_.rstrip(".")
    return word in ADDRESS_WORDS or word in NAME_TITLES


def _object_of_place_preposition(ent: Span) -> bool:
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS


def hyphenated_surname(tokens: list[Token]) -> bool:
    """Whether a name's first word is the first half of a hyphenated surname ("Mark-Viverito",
    written without a given name): no given name, so it tells no gender ("Mark" would make
    Melissa Mark-Viverito a man). Only when the hyphenated word is the whole name, written
    without a space to its last word: in "Mary-Kate Olsen" "Mary-Kate" is a given name."""
    first, last = tokens[0], tokens[-1]
    return hyphen_glued(first) and not any(t.whitespace_ for t in first.doc[first.i:last.i])


def paragraphs_back(text: str, offset: int, count: int = 1) -> int:
    """Where the paragraph ``count`` paragraphs before the one holding ``offset`` starts (0 when
    the text has fewer): by default the paragraph before."""
    start = text.rfind("\n\n", 0, offset)
    for _ in range(count):
        if start <= 0:
            return 0
        start = text.rfind("\n\n", 0, start)
    return max(start, 0)


def other_name_before(token: Token) -> bool:
    """Whether ``token``'s sentence names something before it by a proper name that owns a thing
    ("Vessel Tracker's database"): the thing spoken of there is that name's, so a body named
    elsewhere is no safe reading of a bare kind after it."""
    sent = token.sent
    return any(t.tag_ == "POS" and t.i > sent.start and t.doc[t.i - 1].pos_ == "PROPN"
               for t in token.doc[sent.start:token.i])


def without_the(name: str) -> str:
    """A name without the "The" that a body's name may or may not be written with."""
    return name[4:] if name.startswith("The ") else name


def other_gender_name(entity: ArticleEntity, fuller: str) -> bool:
    """Whether a fuller form of a person's name opens with a given name of the other gender
    than the one a title or a pronoun gave the person ("Mr. Obama" and "Michelle Obama"): it is
    another person's name, though it is the one fuller form the article writes."""
    given = gender_of(fuller.split()[0]) if len(fuller.split()) > len(entity.name.split()) else None
    return entity.gender is not None and given is not None and given != entity.gender


def introduced_as_kin(doc: Doc, offset: int, surname: str) -> bool:
    """Whether the name at ``offset`` is brought in as the relative of the one called by the bare
    ``surname``: a kin noun just before it owned by "his" or "her" or by that surname ("his
    daughter Ann Roe", "Roe's eldest son, Tom Roe"). The relative is then someone else than that
    person, though the two share the surname. A kin noun of another owner ("the dead man's sister,
    Amy Roe", "Hale's sister") tells nothing of whether the one called "Roe" is that relative."""
    first = token_at(doc, offset)
    if first is None:
        return False
    for token in reversed(doc[max(0, first.i - 4):first.i]):
        if token.is_punct and token.text == ",":
            continue
        if token.lemma_.lower() in KIN_NOUNS or token.lower_ in KIN_NOUNS:
            return any(c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.text.lower() == surname.lower())
                       for c in token.children)
        if token.pos_ != "ADJ":
            return False
    return False


def kin_in_apposition(span: Span) -> Token | None:
    """The kin noun set off right after a name in apposition, owned by "his", "her", "their" or
    by a person's name: "Dr. Marsh, her father, ran a clinic", "Mr. Roe, Ann's brother". The name is
    then brought in as someone's relative: a person of the kin noun's gender (``[noun_gender]``:
    "father" is a man), and, when the name is a bare surname, someone else than the people of
    that surname named before ("Linda Marsh ... Dr. Marsh, her father" is not Linda), as
    ``introduced_as_kin`` says of a kin noun before the name. None for any other name, and for a
    kin noun of no owner or owned by a noun ("Marsh, the victim's father" may be the Marsh
    named before)."""
    head = span[-1]
    while head.i > span.start and head.is_punct:
        head = span.doc[head.i - 1]
    for child in head.children:
        # right after the name and its comma: "Roe and Ann Lee, Tom Lee's wife" may hang "wife" on Roe
        if child.left_edge.i != head.i + 2 or head.doc[head.i + 1].text != ",":
            continue
        if child.dep_ == "appos" and (child.lemma_.lower() in KIN_NOUNS or child.lower_ in KIN_NOUNS) \
                and any(c.dep_ == "poss" and (c.lower_ in ("his", "her", "their") or c.ent_type_ == "PERSON")
                        for c in child.children):
            return child
    return None


def kin_name_only(name: str, surname: str, doc: Doc) -> bool:
    """Whether the article writes a full name, word for word (``occurrences``), only where it
    brings that person in as the relative of the one called by the bare ``surname``
    (``introduced_as_kin``): no fuller form of that person's name."""
    starts = occurrences(name, doc)
    return bool(starts) and all(introduced_as_kin(doc, doc[i].idx, surname) for i in starts)


def surname_owner(same: list[ArticleEntity], surname: str, offset: int = -1) -> ArticleEntity:
    """Which of the people sharing a surname a bare "Trump" is: one the article already calls
    so (Ivanka is always named in full), else the one named most often."""
    called = [e for e in same if surname in e.aliases]
    return max(called or same, key=lambda e: (len(e.mentions), -abs(e.last_seen - offset)))


def ranks_of(entity: ArticleEntity, office: str) -> set[frozenset[str]]:
    """The ranks at which the entity holds ``office`` by its roles: {frozenset()} for "President",
    {frozenset({"vice"})} for "Vice President"."""
    ranks = set()
    for role in entity.roles:
        words = {w.lower().strip(".,") for w in role.split()}
        if any(office_word(w) == office for w in words):
            ranks.add(frozenset(RANK_WORDS & words))
    return ranks


def title_misfit(entity: ArticleEntity, office: str) -> bool:
    """Whether a title naming ``office`` before a bare surname does not fit ``entity``, a person
    of that surname: the title's office is one a person holds one at a time
    (``[exclusive_offices]``: president, governor, senator ...), and the article gives the person
    another such office they hold ("Jeb Roe, the governor of Zorbia", "Gov. Jeb Roe") and not this
    one. "President Roe" is then a namesake or a relative (his father, the former president), not
    Jeb. Roles of any other kind ("the Senate majority leader", "chairman of the finance committee"
    beside "Sen. Roe"), and posts not held (``_post_not_held``: "former prosecutor", "candidate for
    governor"), leave the title free to be the same person's. Issue 13, r23-kin and its review."""
    wanted = office.removesuffix("-elect")  # "President-elect Roe" and "President Roe": one office
    if wanted not in EXCLUSIVE_OFFICES:
        return False
    held = {office_word(w.lower().strip(".,")).removesuffix("-elect")
            for role in entity.roles if not _post_not_held(role) for w in role.split()} & EXCLUSIVE_OFFICES
    return bool(held) and wanted not in held


def _post_not_held(role: str) -> bool:
    """A role naming a post the person does not hold now: one held before ("former prosecutor",
    "ex-governor", "then-senator") or one run for ("candidate for governor", "the Republican
    nominee", ``[candidacy_words]``)."""
    words = [w.strip(".,") for w in role.lower().split()]
    return any(w in ("former", "onetime", "erstwhile") or w.startswith(("ex-", "then-")) or w in CANDIDACY_WORDS
               for w in words)


def qualifier_words(entity: ArticleEntity) -> frozenset[str]:
    words = [w for r in entity.roles for w in r.split()] + (entity.affiliation or "").split()
    return frozenset(qualifier(w) for w in words)


def _union(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and ends of the union of half-open ``spans``, in order, without overlaps."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(s for s in spans if s[0] < s[1]):
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends
