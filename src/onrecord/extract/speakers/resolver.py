"""Speakers: from the token heading a speaker mention to the article's canonical entity.

``SpeakerResolver(doc)`` collects the article's named people and organizations, then
``resolve(token)`` turns a mention head into (mention span, entity). It handles

- names, with titles and appositives as roles ("Mohsen Rezaei, the secretary of Iran’s
  Expedience Council", "Brigadier General Amir Ali Hajizadeh", "Iran’s Supreme Leader Ali Khamenei");
- short names ("Rezaei") joined to the full name seen in the article;
- pronouns ("he emphasized"): the person the text is about — the subject before, else the
  last speaker — of the pronoun's gender (titles, first names); "they" and "it" for groups,
  bodies and writings; "I" outside quotes for the writer a signature names;
- descriptions ("the former chief commander of the I.R.G.C. added"): the person who holds such
  a role in the article, else the person the text is about; "a spokeswoman for ..." looks
  ahead to the one named next; the description becomes a role;
- organizations, groups and writings ("the Iranian military", "U.S. officials", "the Trump
  campaign", "the study" for the body that issued it).

The small model's tagging slips are corrected here: a dotted acronym tagged as a place is an
organization, a name tagged as a nationality is a person when it speaks.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from onrecord.extract import doc_index, lexicon
from onrecord.extract.quotes import Quote, find_quotes
from onrecord.extract.speakers.constraints import is_dateline, name_in_mention, place_words, tied_to
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.fullest_name import acronym_expansion, longer_body_name, longer_person_name
from onrecord.extract.speakers.mention_syntax import (
    actor_noun,
    affiliation_of,
    appositive_roles,
    body_name,
    mention_range,
    office_word,
    qualifier,
    refers_back,
    relative_antecedent,
    span_qualifiers,
    speech_word,
    strip_determiner,
    subject_token,
    title_before_name,
    title_roles,
    token_at,
    window_end,
    window_start,
)
from onrecord.extract.speakers.name_forms import bracketed_full_name, name_label
from onrecord.extract.speakers.words import (
    ACTOR_NOUNS,
    BODY_KINDS,
    COURT_WRITINGS,
    DOCUMENT_FAMILIES,
    DOCUMENT_NOUNS,
    DOTTED_ACRONYM,
    GROUP_NOUNS,
    INSTITUTION_NOUNS,
    ISSUING_VERBS,
    NAME_TYPES,
    NOUN_GENDER,
    ORG_NOUNS,
    PARTIES,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSONAL_BODIES,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    RANK_WORDS,
    RELATIVE_PRONOUNS,
    RESEARCH_WRITINGS,
    ROLE_STOPWORDS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    THING_PRONOUNS,
    TITLE_GENDER,
    TITLE_MODIFIERS,
    WRITER_PRONOUNS,
)
from onrecord.model import Entity


@dataclass
class Mention:
    start: int  # character offsets
    end: int
    entity: "ArticleEntity | None"
    rule: str  # which rule named the speaker (RULES)


# The rules that can name a speaker, as ``speaker.rule`` reports them (docs/json.md).
RULES = ("name", "name-in-mention", "personal-body", "description", "unnamed", "pronoun", "relative-pronoun",
         "writer", "quote-speaker", "continued-quote", "unresolved")


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

    def add_alias(self, alias: str) -> None:
        if alias and alias not in self.aliases:
            self.aliases.append(alias)

    def add_role(self, role: str) -> None:
        if role and role.lower() not in {r.lower() for r in self.roles}:
            self.roles.append(role)


class SpeakerResolver:
    def __init__(self, doc: Doc, quotes: list[Quote] | None = None):
        self.doc = doc
        self.entities: list[ArticleEntity] = []
        self._joined: dict[int, ArticleEntity] = {}  # id() of a short form -> the entity it names
        self._by_surname: dict[str, list[ArticleEntity]] = {}
        self._persons_by_offset: list[tuple[int, ArticleEntity]] = []
        self._bodies_by_offset: list[tuple[int, ArticleEntity]] = []  # organizations and places named
        self.last_speaker: ArticleEntity | None = None
        self._quoted_union = _union([(q.start, q.end)
                                     for q in (find_quotes(doc_index.text(doc)) if quotes is None else quotes)])
        # people first: an organization tag on a person's surname ("Trump" read as ORG) is a slip
        for ent in sorted(doc.ents, key=lambda e: name_label(e) != "PERSON"):
            if ent.label_ == "PERSON" and qualifier(ent.text) in PARTIES:
                continue  # "Republican" tagged as a person's name
            if name_label(ent) == "PERSON":  # "Brock Pierce" tagged ORG too
                person = self._person(ent, ent.start_char)
                # "Sen. Lindsey Graham", "Rep. Adam Schiff, the top Democrat on ...": titles and
                # appositives are roles, so "the senator" or "the top Democrat" finds the person later
                for role in title_roles(doc[ent.sent.start:ent.end], ent.root) + appositive_roles(ent.root):
                    person.add_role(role)
                if person.affiliation is None:
                    person.affiliation = affiliation_of(doc[ent.root.left_edge.i:ent.end], ent.root)
            elif ent.label_ in ("ORG", "GPE") and not DOTTED_ACRONYM.match(ent.text):
                name = body_name(ent)
                if name and not self._short_person(name):
                    body = self._entity_by_name(name, ent.label_)
                    body.named = True
                    self._bodies_by_offset.append((ent.start_char, body))
        self._note_qualified_bodies()
        self._note_unnamed_mentions()
        # writings whose issuer the article names, so that "the study" later speaks for it
        self._documents = [(t.idx, t.lemma_.lower(), issuer) for t in doc
                           if t.lemma_.lower() in DOCUMENT_NOUNS and t.pos_ == "NOUN"
                           for issuer in [self._named_issuer(t)] if issuer is not None]

    def _note_qualified_bodies(self) -> None:
        """Bodies named by a place or a name before their kind ("Charlotte-Mecklenburg police",
        "the Georgia state legislature"), so that a later "police" or "the legislature" finds them."""
        for token in self.doc:
            if token.pos_ != "NOUN" or token.tag_ != "NN" and token.lower_ != "police" \
                    or token.lemma_.lower() not in ORG_NOUNS or token.lemma_.lower() in PERSONAL_BODIES \
                    or self._in_quote(token.idx):
                continue
            names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and c.ent_type_ in ("GPE", "ORG", "NORP") and c.lower_ not in self._by_surname]
            if names and token.ent_type_ == "":
                body = self._entity_by_name(self.doc[names[0].left_edge.i:token.i + 1].text, "ORG")
                body.named = True
                self._bodies_by_offset.append((names[0].left_edge.idx, body))
        self._bodies_by_offset.sort(key=lambda oe: oe[0])

    def _note_unnamed_mentions(self) -> None:
        """Mentions of known people that the tagger did not mark as names ("Mr. Obama's bet"
        left untagged) and role descriptions ("the president appeared cowed") join the
        timeline that "he" and "she" look back on."""
        for token in self.doc:
            if token.ent_type_ == "PERSON" or self._in_quote(token.idx) \
                    or token.dep_ == "compound" and not subject_token(token):
                continue
            if token.is_title and token.pos_ in ("PROPN", "NOUN") and token.lower_ in self._by_surname:
                first = self.doc[token.i - 1] if token.i else None
                if first is not None and first.is_title and first.ent_type_ != "PERSON" and gender_of(first.text):
                    # "Ivanka Trump" left untagged beside Donald Trump: a person of her own
                    self._person(self.doc[first.i:token.i + 1], first.idx)
                    continue
                self._persons_by_offset.append((token.idx, _surname_owner(self._by_surname[token.lower_], token.text)))
            elif token.pos_ == "NOUN" and token.lemma_.lower() in ROLE_WORDS and token.tag_ == "NN" \
                    and (any(c.lower_ == "the" for c in token.children)
                         or token.i and self.doc[token.i - 1].lower_ == "the") \
                    and not any(c.dep_ == "appos" for c in token.children):
                span = self.doc[token.left_edge.i:token.i + 1]
                holder = self._role_holder(office_word(token.lemma_.lower()), token.idx, span_qualifiers(span))
                if holder is not None:
                    self._persons_by_offset.append((token.idx, holder))
        self._persons_by_offset.sort(key=lambda oe: oe[0])

    def _name_head(self, offset: int) -> Token | None:
        """The token heading the name that starts at ``offset``: the name's last word, not a
        noun it modifies ("Clinton" in "Clinton communication director Jennifer Palmieri")."""
        token = token_at(self.doc, offset)
        while token is not None and token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN" \
                and token.head.dep_ != "ROOT":
            token = token.head
        return token

    def _is_subject(self, offset: int) -> bool:
        """Whether the name starting at ``offset`` is the subject of its clause."""
        token = self._name_head(offset)
        return token is not None and subject_token(token)

    def _main_subjects(self, offset: int, sentences: int = 2) -> Iterator[ArticleEntity]:
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
            if self._in_quote(sentence.root.idx):
                continue  # the quoted words of the speaker, not the narrative
            found = False
            for o, entity in self._persons_by_offset:
                if sentence.start_char <= o < sentence.end_char and not self._in_quote(o):
                    head = self._name_head(o)
                    if head is not None and head.dep_ == "poss":
                        head = head.head  # "The president's Pacific roots also came into play."
                    if head is not None and subject_token(head) and head.head.dep_ == "ROOT":
                        found = True
                        yield entity
            # "he told ...", "the former governor is ..." go on about someone named before
            if found or not any(c.dep_ in ("nsubj", "nsubjpass") and refers_back(c) for c in sentence.root.children):
                seen += 1

    def _in_quote(self, offset: int) -> bool:
        # by bisection over the quotes' union: asked for every token, a scan of every quote
        # would cost time in the square of the article's length
        n = bisect.bisect_right(self._quoted_union[0], offset) - 1
        return n >= 0 and offset < self._quoted_union[1][n]

    # ---- registry of named entities ----
    def _person(self, span: Span, offset: int) -> ArticleEntity:
        tokens = [t for t in span if not t.is_punct and t.lower_ not in ROLE_WORDS and t.pos_ != "DET"
                  and t.tag_ != "POS"
                  and not (t.lower_ == "first" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "lady")]
        # a title-case headline tags its verb as part of the name: "Obama Says ...", "Injecting Clinton"
        while len(tokens) > 1 and speech_word(tokens[-1].lower_):
            tokens = tokens[:-1]
        # ... or before it, as are a title or an occupation before a first name ("Broadcaster Piers
        # Morgan"); a given name the list does not know stays ("Hardeep Singh Puri", "Nur Khan Liton")
        while len(tokens) > 1 and (tokens[0].tag_ in ("VBG", "VBD", "VBZ", "VBN") or tokens[0].lower_.endswith("ing")
                                   or tokens[0].ent_type_ in ("DATE", "TIME")  # "Tuesday Mitsotakis"
                                   or gender_of(tokens[1].text) and len(tokens) > 2
                                   and tokens[1].i == tokens[0].i + 1 and title_before_name(tokens[0])):
            tokens = tokens[1:]
        while len(tokens) > 1 and tokens[-1].text in ("’s", "'s", "’", "'"):
            tokens = tokens[:-1]
        if not tokens:
            tokens = list(span)
        name = self.doc[tokens[0].i:tokens[-1].i + 1].text
        surname = tokens[-1].lower_
        before = self.doc[span.start - 1] if span.start > 0 else None
        titles = [t.lower_ for t in span if t.i < tokens[0].i] + ([before.lower_] if before is not None else [])
        title_gender = next((TITLE_GENDER[w.rstrip(".")] for w in titles if w.rstrip(".") in TITLE_GENDER), None)
        entity = self._find_person(name, surname, offset, title_gender)
        if entity is None:
            entity = ArticleEntity(name=name, type="PERSON", named=True)
            self.entities.append(entity)
            self._by_surname.setdefault(surname, []).append(entity)
        elif len(name.split()) > len(entity.name.split()):
            entity.name = name
        entity.add_alias(name)
        entity.gender = entity.gender or title_gender
        if len(tokens) > 1:  # "Ivanka Trump" is "she"; a title said so already when it is there
            entity.gender = entity.gender or gender_of(tokens[0].text)
        title_tokens = [t for t in span if t.i < tokens[0].i and not t.is_punct and t.pos_ != "DET"]
        if any(t.lower_ in ROLE_WORDS for t in title_tokens):  # the tagger put "Sen." inside the name
            entity.add_role(self.doc[title_tokens[0].i:title_tokens[-1].i + 1].text)
        entity.mentions.append((span.start_char, span.end_char))
        self._persons_by_offset.append((offset, entity))
        return entity

    def _find_person(self, name: str, surname: str, offset: int, gender: str | None = None) -> ArticleEntity | None:
        same = self._by_surname.get(surname, [])
        if not same and " " not in name:
            # "Hillary" after "Hillary Clinton": a first name alone is the person named in full
            same = [e for e in self.entities if e.type == "PERSON" and e.named and " " in e.name
                    and e.name.split()[0].lower() == name.lower()]
            return same[-1] if len(same) == 1 else None
        if not same:
            return None
        words = name.split()
        if len(words) == 1:
            if gender is not None:  # "Mrs. Clinton" is not Bill
                same = [e for e in same if e.gender in (None, gender)] or same
            # "Johnson" just after "Homeland Security Secretary Jeh Johnson" is Jeh, though Gary
            # Johnson is named more often in the article; further on, the one named most
            near = token_at(self.doc, offset)
            window = window_start(near, sentences=2).idx if near is not None else offset
            recent = [e for e in same if any(window <= start < offset for start, _ in e.mentions)]
            if len(recent) == 1:
                return recent[0]
            return _surname_owner(same, name, offset)
        gender = gender or gender_of(words[0])
        for entity in same:
            full = entity.name.split()
            if gender and entity.gender and gender != entity.gender:
                continue  # "Michelle Obama" after "Mr. Obama"
            if len(full) == 1 or full[0].lower() == words[0].lower() or name.lower() in entity.name.lower():
                return entity
        return None

    def _entity_by_name(self, name: str, type_: str) -> ArticleEntity:
        key = name.lower()
        for entity in self.entities:
            if entity.type == type_ and (entity.name.lower() == key or key in (a.lower() for a in entity.aliases)):
                return entity
        entity = ArticleEntity(name=name, type=type_)
        self.entities.append(entity)
        return entity

    # ---- resolving one mention ----
    def resolve(self, head: Token) -> Mention | None:
        """The speaker a source mention stands for; None when it is no speaker (a dateline)."""
        doc = self.doc
        lower = head.lower_
        if head.pos_ == "PRON" or lower in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
            antecedent = relative_antecedent(head) if lower in RELATIVE_PRONOUNS else None
            if antecedent is not None:
                # "McConnell, who said": the mention is "who", the speaker its antecedent
                resolved = self.resolve(antecedent)
                entity_of = resolved.entity if resolved is not None else None
                return Mention(head.idx, head.idx + len(head), entity_of,
                               "relative-pronoun" if entity_of is not None else "unresolved")
            return self._pronoun(head)
        if is_dateline(head):
            return None  # "WASHINGTON (AP) —" says where the story was filed
        start, end = mention_range(head)
        span = doc[start:end]
        mention_chars = (span.start_char, span.end_char)
        entity: ArticleEntity | None
        # a name inside the mention is the speaker, whatever the parse made its head
        person = name_in_mention(span, head)
        # "Trump’s campaign" is tagged as an organization's name at times: the person's body first
        body = self._personal_body(head, head.lemma_.lower()) if head.lemma_.lower() in PERSONAL_BODIES else None
        named = None if person is not None or body is not None else self._named(span, head)
        if person is not None:
            entity, rule = self._person(person, person.start_char), "name-in-mention"
            entity.add_role(strip_determiner(doc[span.start:person.start]).strip(" ,"))
        elif body is not None or named is not None:
            entity, rule = body or named, "personal-body" if body is not None else "name"
            assert entity is not None
            for role in title_roles(span, head) + appositive_roles(head):
                entity.add_role(role)
        else:
            entity = self._description(span, head)
            if entity is None and head.tag_ == "NNS" and head.lemma_.lower() in DOCUMENT_NOUNS:
                return None  # "reports say": no speaker rather than a speaker called "reports"
            rule = "description" if entity is not None and entity.named else "unnamed"
        if entity is not None:
            entity.mentions.append(mention_chars)
            entity.last_seen = span.start_char
            if entity.affiliation is None:
                entity.affiliation = affiliation_of(span, head)
            if entity.type == "PERSON" and entity.named:
                self.last_speaker = entity  # a nameless "official" is no antecedent for "he"
        return Mention(mention_chars[0], mention_chars[1], entity, rule)

    def _named(self, span: Span, head: Token) -> ArticleEntity | None:
        words = [t for t in span if t.pos_ != "DET" and not t.is_punct]
        if words == [head] and head.tag_ == "NNP" and qualifier(head.text) in PARTIES and span[0].lower_ == "the":
            return self._party_member(span)  # "The Republican is also encouraging ..."
        if head.is_title and words == [head] and head.ent_type_ != "PERSON":
            known = self._short_person(head.text)
            if known is not None:
                return known  # "Trump" mis-tagged as a noun or an organization: the person named before
        # only a name the mention's head belongs to: "the Trump administration" is not Trump
        ents = [e for e in doc_index.ents_in(span) if e.label_ in NAME_TYPES and e.start <= head.i < e.end]
        for ent in ents:
            if name_label(ent) == "PERSON":
                return self._person(ent, ent.start_char)
            if ent.label_ == "NORP" and ent.start <= head.i < ent.end and head.tag_ == "NNP" \
                    and qualifier(head.text) not in PARTIES:  # "a Republican, Mark Amodei": the appositive
                return self._person(ent, ent.start_char)  # "Rouhani" read as a nationality
            if ent.label_ in ("ORG", "GPE", "FAC") and ent.start <= head.i < ent.end:
                label = "ORG" if ent.label_ != "GPE" or DOTTED_ACRONYM.match(ent.text) else "GPE"
                name = body_name(ent)
                found = self._short_person(name)
                return found or self._entity_by_name(name, label)
        for child in head.children:
            # "the RT editor in chief, Margarita Simonyan": the appositive names the speaker
            # ("the current bishop, Allan Casicas": a lowercase office tagged as a proper noun too)
            if child.dep_ == "appos" and child.ent_type_ == "PERSON" \
                    and (head.pos_ == "NOUN" or head.ent_type_ == "NORP" or head.is_lower
                         or office_word(head.lower_) in ROLE_WORDS):
                appos_ent = doc_index.entity_at(head.doc, child.i)
                if appos_ent is not None:
                    person = self._person(appos_ent, appos_ent.start_char)
                    person.add_role(strip_determiner(span))
                    return person
        if head.pos_ == "PROPN" and head.ent_type_ != "PERSON" \
                and office_word(head.lower_) in ROLE_WORDS | {"representative"} and not self._short_person(head.text):
            return None  # "The Vice President", "the Senate Minority Leader": an office, described
        if head.pos_ == "PROPN":
            found = self._short_person(head.text)
            if found:
                return found
            start = head.i
            while start > span.start and span.doc[start - 1].pos_ == "PROPN":
                start -= 1
            name_span = span.doc[start:head.i + 1]
            number = next((c for c in head.rights if c.dep_ in ("nummod", "appos") and c.tag_ == "CD"
                           and all(t.is_space for t in span.doc[head.i + 1:c.i])), None)
            if number is not None:  # "Resolution 2231", "Proposition 8": a document or a body, not a person
                return self._entity_by_name(span.doc[start:number.i + 1].text, "ORG")
            if head.ent_type_ == "NORP" and head.tag_ == "NNPS":
                return self._entity_by_name(name_span.text, "GROUP")  # "the Europeans"
            if head.ent_type_ in ("", "PERSON", "NORP"):
                return self._person(name_span, name_span.start_char)
            return self._entity_by_name(name_span.text, "ORG")
        return None

    def _short_person(self, name: str) -> ArticleEntity | None:
        """A bare surname or a name already registered as a person ("Rouhani")."""
        words = name.split()
        if not words:
            return None
        same = self._by_surname.get(words[-1].lower(), [])
        return same[-1] if same and len(words) <= 2 else None

    def _pronoun(self, head: Token) -> Mention:
        lower = head.lower_
        mention = (head.idx, head.idx + len(head))
        entity = None
        if lower in WRITER_PRONOUNS and not self._in_quote(head.idx):
            entity = self._writer(head.idx)
        elif lower in PERSON_PRONOUNS:
            gender = PRONOUN_GENDER.get(lower)
            # "The Turpins' daughter escaped ... She": someone the article never names spoke last
            unnamed = self._unnamed_person_before(head) is not None
            entity = None if unnamed else self._recent_person(head.idx, gender)
            if entity is not None and entity.gender is None:
                entity.gender = gender
        elif lower in PLURAL_PRONOUNS:
            entity = self._plural_antecedent(head)
        elif lower in THING_PRONOUNS and head.dep_ != "nsubjpass":  # "it was reported that": no one
            entity = self._subject_thing(head) or self._recent_of(("ORG", "GPE"), head.idx)
        if entity is not None:
            entity.mentions.append(mention)
            entity.last_seen = head.idx
            if entity.type == "PERSON" and entity.named:
                self.last_speaker = entity
        rule = "unresolved" if entity is None else "writer" if lower in WRITER_PRONOUNS else "pronoun"
        return Mention(mention[0], mention[1], entity, rule)

    def _unnamed_person_before(self, head: Token) -> Token | None:
        """The subject nearest before a pronoun, in its sentence or the one before, when that
        subject is a person the article describes but never names ("the father", "the head of
        the investigators") and no named speaker stands for: "he" is then most likely that
        person, and guessing a named one would put words in the wrong mouth."""
        for token in reversed(self.doc[window_start(head, sentences=1).i:head.i]):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON" or self._in_quote(token.idx):
                continue
            if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
                return None  # a name is the nearest subject
            if token.lower_ == "one":  # "one of their daughters, aged 17, escaped"
                token = next((o for p in token.children if p.lower_ == "of" for o in p.children
                              if o.dep_ == "pobj"), token)
            elif token.tag_ != "NN":
                continue  # a group: no antecedent for "he" or "she"
            lemma = token.lemma_.lower()
            if not (lemma in PERSON_NOUNS or lemma in ROLE_WORDS or lemma in ACTOR_NOUNS):
                continue  # a thing
            span = self.doc[slice(*mention_range(token))]
            if any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span):
                return None  # "the senator, Lindsey Graham": named after all
            described = any(span.start_char <= start < span.end_char
                            for e in self.entities if e.named for start, _ in e.mentions)
            # "Sen. Lindsey Graham ... The senator criticised the plan. He said": a short definite
            # office looks back at someone named; "the head of the internal investigators" is new
            anaphoric = lemma in ROLE_WORDS and span[0].lower_ == "the" and len(span) <= 3
            return None if described or anaphoric else token
        return None

    def _subject_thing(self, head: Token) -> ArticleEntity | None:
        """What "it" stands for when the sentence before is about a body or a writing: "The ad
        uses footage ... It also mentions" — the main subject of the sentence before."""
        if head.sent.start == 0:
            return None
        previous = self.doc[head.sent.start - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.tag_ in ("NNS", "NNPS") or subject.pos_ == "PRON" or self._in_quote(subject.idx):
            return None
        lemma = subject.lemma_.lower()
        if not (subject.ent_type_ == "ORG" or lemma in DOCUMENT_NOUNS
                or lemma in ORG_NOUNS and lemma not in ROLE_WORDS):
            return None
        span = self.doc[slice(*mention_range(subject))]
        found = self._named(span, subject) or self._description(span, subject)
        return found if found is not None and found.named else None

    def _writer(self, offset: int) -> ArticleEntity | None:
        """Who "I" is outside quotation marks: the writer, when the text signs or presents them —
        a letter's signature line after it ("Chris Smith."), else an op-ed's closing line
        ("Charlotte Meehan is playwright-in-residence at ...")."""
        people = {o: e for o, e in self._persons_by_offset}
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", doc_index.text(self.doc))]
        for start, line in lines:
            entity = people.get(start)
            if entity is not None and start > offset and line.rstrip(". ") == entity.name:
                return entity  # a signature: the line is the name alone
        for start, line in reversed(lines[1:]):
            entity = people.get(start)
            if entity is not None and " " in entity.name and gender_of(entity.name.split()[0]) \
                    and re.match(re.escape(entity.name) + r" (?:is|was|has been|,)", line):
                return entity
        return None

    def _plural_antecedent(self, head: Token) -> ArticleEntity | None:
        """Who "they" are: the last plural subject of this or the two sentences before
        ("Republicans ... they said"), outside quotation marks. Bodies named in the singular
        ("the Senate") are "it" in news English, so they are not looked at."""
        organization = None  # "Politifact ... they published": a body named as a subject, failing a plural
        window = self.doc[window_start(head, sentences=2).i:head.i]
        # "The report's authors say ... They say": people who spoke before the things spoken of
        lex = lexicon.load()
        speakers = [t for t in window if t.dep_ == "nsubj" and lex.is_speech(t.head.lemma_.lower())]
        spoke = {t.i for t in speakers}
        for token in [*reversed(speakers), *reversed([t for t in window if t.i not in spoke])]:
            if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ in PLURAL_PRONOUNS | {"we", "us"} \
                    or self._in_quote(token.idx):
                continue
            if token.head.dep_ != "ROOT" and token.i not in spoke:
                continue  # "revealed that children are deficient": what was said, not who said it
            if token.tag_ not in ("NNS", "NNPS") and not (token.ent_type_ == "NORP" and token.lower_.endswith("s")):
                if organization is None and token.pos_ == "PROPN" and (
                        token.ent_type_ == "ORG" or self._one_word_name(token)):
                    organization = token
                continue
            if not actor_noun(token):
                continue  # "the changes", "endorsements": things do not speak
            if any(c.dep_ == "conj" for c in token.children):
                return None  # "Republicans and Democrats": no one body
            span = self.doc[slice(*mention_range(token))]
            return self._named(span, token) or self._description(span, token)
        if organization is not None:
            return self._named(self.doc[slice(*mention_range(organization))], organization)
        return None

    def _one_word_name(self, token: Token) -> bool:
        """A name the tagger calls a person but the article never gives a first name or a
        gender ("Politifact did a fact-check"): it may well be a body."""
        ent = doc_index.entity_at(self.doc, token.i)
        if ent is None or ent.label_ != "PERSON" or len(ent) != 1:
            return False
        same = self._by_surname.get(token.lower_, [])
        return bool(same) and all(" " not in e.name and e.gender is None for e in same)

    def _recent_people(self, offset: int, gender: str | None = None) -> Iterator[ArticleEntity]:
        """Candidates for "he", "she" or "the senator", best first: see ``_recent_person``."""
        def fits(entity: ArticleEntity | None) -> bool:
            return entity is not None and (gender is None or entity.gender in (None, gender))

        here = token_at(self.doc, offset)
        sent_start = here.sent.start_char if here is not None else offset
        # people named inside quotation marks are the quoted speaker's words, not antecedents
        before = sorted(((o, e) for o, e in self._persons_by_offset if o < offset and fits(e)
                         and not self._in_quote(o)), key=lambda oe: oe[0])
        in_sentence = [(o, e) for o, e in before if o >= sent_start]
        # "As Sanders senses hatred of Clinton ..., the Vermont senator": a subject before an object
        subjects = [e for o, e in in_sentence if self._is_subject(o)]
        yield from reversed(subjects)
        # "The president appeared cowed. Campaigning against Mitt Romney, he ...": the sentence
        # before's subject comes before a person named in passing
        yield from (e for e in self._main_subjects(offset, sentences=1) if fits(e))
        yield from reversed([e for o, e in in_sentence])
        if self.last_speaker is not None and fits(self.last_speaker):
            yield self.last_speaker
        yield from (e for o, e in reversed(before))

    def _recent_person(self, offset: int, gender: str | None = None) -> ArticleEntity | None:
        """Who "he" or "she" is: the subject earlier in the same sentence, else the subject of
        the sentence before, else another person named earlier in the sentence, else the last
        speaker (news prose keeps talking about whoever spoke last), else the last person named
        — skipping people known to be of the other gender."""
        return next(self._recent_people(offset, gender), None)

    def _recent_of(self, types: tuple[str, ...], offset: int) -> ArticleEntity | None:
        """The group, organization or place spoken of last before ``offset``."""
        seen = [(e.last_seen, e) for e in self.entities if e.type in types and 0 <= e.last_seen < offset]
        seen += [(o, e) for o, e in self._bodies_by_offset if e.type in types and o < offset]
        return max(seen, key=lambda oe: oe[0])[1] if seen else None

    def _description(self, span: Span, head: Token) -> ArticleEntity | None:
        """A mention without a name: a role held by someone of the article, a group or an org."""
        lemma = head.lemma_.lower()
        text = strip_determiner(span)
        if head.tag_ == "NNS" and lemma in DOCUMENT_NOUNS:
            # "reports say", "estimates suggest": whose, if the phrase names no one, is not known
            return self._named_issuer(head)
        if head.tag_ in ("NNS", "NNPS") or lemma in ("people",):
            return self._entity_by_name(text, "GROUP")
        if lemma in DOCUMENT_NOUNS:
            issuer = self._issuer(span, head, lemma)
            if issuer is not None:
                return issuer
        if lemma in ("state", "country", "nation") and span[0].lower_ == "the" and len(span) == 2:
            # "the state" is the place just spoken of: Florida, in a story on Florida's voter rolls
            window = window_start(head, sentences=3).idx
            places = [e for o, e in self._bodies_by_offset if e.type == "GPE" and window <= o < span.start_char]
            if places:
                return places[-1]
        if lemma in ORG_NOUNS and lemma not in ROLE_WORDS:
            if not any(t.pos_ == "PROPN" or t.ent_type_ for t in span[:head.i - span.start]):
                # "the agency", "a federal appeals court": the body of that kind the article names,
                # before or (the union named only in a later paragraph) after
                named = self._body_of_kind(lemma, span.start_char, forward=span[0].lower_ in ("a", "an", "the"))
                if named is None and lemma in INSTITUTION_NOUNS and span[0].lower_ == "the" and len(span) == 2:
                    # "the bank" of an article on Wells Fargo; "the Internet security firm" is
                    # described more closely than that, and may well be another one
                    named = self._main_body(span.start_char)
                if named is not None:
                    return named
            return self._entity_by_name(text, "ORG")
        if lemma in ROLE_WORDS or lemma in GROUP_NOUNS or lemma in ROLE_SYNONYMS or lemma in PERSON_NOUNS:
            holder = self._description_holder(span, head, lemma)
            if holder is not None:
                holder.add_role(text)
                return holder
            return self._entity_by_name(text, "PERSON")
        return self._entity_by_name(text, "UNKNOWN") if text else None

    def _description_holder(self, span: Span, head: Token, lemma: str) -> ArticleEntity | None:
        """The person a role description stands for. "A spokeswoman for Clinton" brings in someone
        new: the holder of that role named in the next sentences. "The senator" is the holder
        named before, else the one named just after (a lede that names them in its next
        sentence), else the person the text was just about ("the former chief commander ...
        added") unless the description names another country or party."""
        role, qualifiers = office_word(lemma), span_qualifiers(span)
        places = place_words(span, head)
        gender = NOUN_GENDER.get(lemma)

        def fits(holder: ArticleEntity | None) -> ArticleEntity | None:
            # "the president of Turkey" only goes to someone the article ties to Turkey, "the
            # health minister" not to the Civil Aviation Minister, "the mother" not to the father
            if holder is None or _other_office(span, role, holder) or gender and holder.gender not in (None, gender):
                return None
            if not places or tied_to(places, holder.affiliation, holder.roles):
                return holder
            return None

        ahead = window_end(head, sentences=2).idx
        next_speaker = self._next_speaker(span.end_char, ahead) if lemma not in GROUP_NOUNS else None
        if span[0].lower_ in ("a", "an", "one"):
            # a lede's "A former party chairman says ..." is named as the next one to speak
            return fits(self._role_holder(role, span.end_char, qualifiers, until=ahead)) or fits(next_speaker)
        if span[0].tag_ == "PRP$":
            return None  # "his spokesman" is someone else, seldom named
        holder = fits(self._role_holder(role, span.start_char, qualifiers)) \
            or fits(self._role_holder(role, span.end_char, qualifiers, until=ahead))
        if holder is not None or lemma in GROUP_NOUNS:
            return holder
        if qualifiers & PARTIES:  # "the GOP nominee": the last one named of that party
            partisan = self._party_member(span)
            if partisan is not None:
                return partisan
        # "Obama's former campaign strategist" is not Obama, nor "the Greek foreign minister" the
        # Turkish president; without "the" ("Connecticut’s tax commissioner says") the next one
        # to speak comes before someone named further back
        if len(span) > 3 and not _past_office(span):
            # "the head of the police's internal investigators" describes someone new, not the
            # person the text was about; a past office is what the text adds of that person
            return None
        owners = [self._short_person(c.text) for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        after = [next_speaker] if span[0].lower_ != "the" and next_speaker is not None else []
        candidates = itertools.chain(self._main_subjects(span.start_char), after, self._recent_people(span.start_char))
        return next((p for p in candidates if p not in owners and not _other_rank(span, role, p)
                     and not _other_country(span, p) and not _other_party(span, p) and fits(p)), None)

    def _party_member(self, span: Span) -> ArticleEntity | None:
        """The person last named before ``span`` as one of the party it names."""
        qualifiers = span_qualifiers(span) | {qualifier(t.text) for t in span}
        partisans = [p for o, p in self._persons_by_offset if o < span.start_char
                     and qualifiers & PARTIES & _qualifier_words(p)]
        return partisans[-1] if partisans else None

    def _next_speaker(self, offset: int, until: int) -> ArticleEntity | None:
        """The first person named between ``offset`` and ``until`` as the subject of a speech
        verb ("..., said Don Fowler")."""
        for o, entity in self._persons_by_offset:
            name_head = self._name_head(o) if offset <= o < until and not self._in_quote(o) else None
            if name_head is not None and subject_token(name_head):  # the name is a subject
                verb = name_head.head
                if speech_word(verb.lower_) or lexicon.load().is_speech(verb.lemma_.lower()):
                    return entity
        return None

    def _personal_body(self, head: Token, lemma: str) -> ArticleEntity | None:
        """A campaign or an administration known by its person ("the Trump campaign", "Clinton’s
        campaign", "his campaign"): one body named after the person, however it is written."""
        owner = next((c for c in head.children if c.dep_ in ("poss", "compound")), None)
        if owner is None:
            if lemma != "campaign" or head.i == 0 or head.doc[head.i - 1].lower_ != "the":
                return None
            # "Hillary Clinton plans to ... The campaign says": the campaign of whom the text is about
            person = next(self._main_subjects(head.idx, sentences=1), None)
        elif owner.lower_ in PERSON_PRONOUNS:
            person = self._recent_person(owner.idx, PRONOUN_GENDER.get(owner.lower_))
        elif owner.pos_ == "PROPN" or owner.is_title:  # the small model tags "Trump" a noun at times
            ent = doc_index.entity_at(owner.doc, owner.i)
            name = (ent.text if ent is not None else owner.text).removesuffix("’s").removesuffix("'s")
            # "the Trump campaign" beside Ivanka Trump: the Trump spoken of most
            same = self._by_surname.get(name.split()[-1].lower(), []) if len(name.split()) == 1 else []
            person = _surname_owner(same, name) if same else self._short_person(name)
        else:
            return None
        if person is None or person.type != "PERSON":
            return None
        body = self._entity_by_name(f"{person.name} {lemma}", "ORG")
        body.named = True
        body.add_alias(f"{person.name.split()[-1]} {lemma}")
        return body

    def _named_issuer(self, head: Token) -> ArticleEntity | None:
        """Who issued a writing, when its phrase names them: "a Reuters survey", "Politico’s
        report", "an analysis released by the Department of Veterans Affairs"."""
        owners = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod")]
        # a study speaks for its authors, not for the journal it appeared in
        venues = ("by", "from") if head.lemma_.lower() in RESEARCH_WRITINGS else ("by", "from", "in")
        # "a slide from a presentation that ...", "the transcript of the debate published by ..."
        described = [head] + [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        for verb in [head] + [c for noun in described for c in noun.children if c.dep_ == "acl"]:
            for prep in verb.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in venues:
                    for obj in (c for c in prep.children if c.dep_ == "pobj"):
                        # "an article in the journal Science", "a new ad from Trump’s campaign"
                        owners += [obj] + [c for c in obj.children if c.dep_ in ("appos", "compound")]
        if head.dep_ == "dobj" and head.head.lemma_.lower() in ISSUING_VERBS:
            owners += [c for c in head.head.children if c.dep_ == "nsubj"]  # "the Council issued a statement"
        # "... that Mr. Guajardo carries", "a study that appeared in the British Medical Journal"
        clauses = [c for noun in described for c in noun.children if c.dep_ == "relcl"]
        owners += [c for clause in clauses for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        owners += [o for clause in clauses for p in clause.children if p.dep_ in ("prep", "agent")
                   and p.lower_ in venues for o in p.children if o.dep_ == "pobj"]
        for owner in owners:
            if any(c.dep_ == "conj" for c in owner.children):
                return None  # "by Sara Seager and other researchers": not one of them alone
            if owner.lower_ in PERSON_PRONOUNS and owner.dep_ == "poss":
                return self._recent_person(owner.idx, PRONOUN_GENDER.get(owner.lower_))  # "her account"
            if owner.lower_ == "its" and owner.dep_ == "poss":
                return self._its_owner(owner)
            if owner.lower_ == "their" and owner.dep_ == "poss":  # "Officials ... their statement said"
                return self._plural_antecedent(owner)
            if owner.lemma_.lower() in PERSONAL_BODIES:
                body = self._personal_body(owner, owner.lemma_.lower())
                if body is not None:
                    return body
            if owner.dep_ == "poss" and owner.is_title and owner.ent_type_ == "":
                person = self._short_person(owner.text)  # "Davis’ commentary", untagged
                if person is not None:
                    return person
            ent = doc_index.entity_at(head.doc, owner.i)
            if ent is None or ent.label_ not in ("ORG", "PERSON", "GPE"):
                continue
            # "Politico, Democratic party" read as one name: the name ends at the comma
            name = strip_determiner(ent).split(",")[0].removesuffix("’s").removesuffix("'s")
            person = self._short_person(name)
            if person is not None or ent.label_ == "PERSON":
                return person
            return self._entity_by_name(name, "ORG")
        return None

    def _its_owner(self, its: Token) -> ArticleEntity | None:
        """The body "its" stands for: the named subject of its own sentence ("According to its
        press release, the NBA was ..."), else the body the sentence before was about ("The NTSB
        opened an inquiry. Its website said ..."); None otherwise, rather than a guess."""
        subject = next((c for c in its.sent.root.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.ent_type_ == "ORG" and not self._in_quote(subject.idx):
            found = self._named(self.doc[slice(*mention_range(subject))], subject)
            if found is not None:
                return found
        return self._subject_thing(its)

    def _issuer(self, span: Span, head: Token, lemma: str) -> ArticleEntity | None:
        """The body a writing speaks for: named in its phrase, else (for "the study") the issuer
        of the writing mentioned last, else for a ruling the court spoken of."""
        named = self._named_issuer(head)
        kinds = next((family for family in DOCUMENT_FAMILIES if lemma in family), {lemma})
        same_kind = [issuer for offset, kind, issuer in self._documents if offset < span.start_char and kind in kinds]
        if named is None and span[0].lower_ in ("another", "one"):  # "another slide" of the same deck
            return same_kind[-1] if same_kind else None
        if named is not None or span[0].lower_ not in ("the", "this", "that", "its"):
            return named
        window = window_start(head, sentences=3).idx
        # the writing named just before, else ("the poll") the one of that kind named further back
        earlier = [issuer for offset, _, issuer in self._documents if window <= offset < span.start_char] or same_kind
        if earlier:
            return earlier[-1]
        return self._body_of_kind("court", span.start_char) if lemma in COURT_WRITINGS else None

    def _body_of_kind(self, kind: str, offset: int, forward: bool = False) -> ArticleEntity | None:
        """The organization of that kind named last before ``offset`` ("the union" is the
        Association of Flight Attendants); with ``forward``, else the first one named after it."""
        words = BODY_KINDS.get(kind, {kind})
        seen = [(e.last_seen, e) for e in self.entities if e.last_seen >= 0]
        fits = [(o, e) for o, e in self._bodies_by_offset + seen
                if e.type == "ORG" and words & {w.strip(".,’'").lower() for w in e.name.split()}
                and e.name.lower() not in words]  # "Bank executives" tagged as a name is no bank
        before = [oe for oe in fits if oe[0] < offset]
        if before:
            return max(before, key=lambda oe: oe[0])[1]
        after = [oe for oe in fits if oe[0] > offset]
        return min(after, key=lambda oe: oe[0])[1] if forward and after else None

    def _main_body(self, offset: int) -> ArticleEntity | None:
        """The organization named most often before ``offset``, if one is."""
        counts: dict[int, int] = {}  # by id(): entities are compared by identity
        bodies: dict[int, ArticleEntity] = {}
        for o, body in self._bodies_by_offset:
            if o < offset and body.type == "ORG":
                counts[id(body)] = counts.get(id(body), 0) + 1
                bodies[id(body)] = body
        return bodies[max(counts, key=counts.__getitem__)] if counts else None

    def _role_holder(self, role_word: str, offset: int, qualifiers: frozenset[str] = frozenset(),
                     until: int | None = None) -> ArticleEntity | None:
        """The person named last before ``offset`` whose roles include ``role_word``
        ("the senator" is "Sen. Lindsey Graham"); with ``until``, the first one named between
        ``offset`` and ``until``."""
        def in_range(o: int) -> bool:
            return o < offset if until is None else offset <= o < until
        rank = RANK_WORDS & qualifiers
        holders = [e for o, e in self._persons_by_offset if in_range(o) and rank in _ranks(e, role_word)]
        qualifiers = qualifiers - rank
        if qualifiers:
            # "the Republican nominee" is the nominee whose party or country matches
            fitting = [e for e in holders if qualifiers & _qualifier_words(e)]
            holders = fitting or [e for e in holders if not _qualifier_words(e) & PARTIES]
        if not holders:
            return None
        return holders[-1] if until is None else holders[0]

    def export(self) -> list[Entity]:
        """The article's entities with the names the article spells out. Call once, after every
        mention is resolved: a short form that turns out to name an entity already known under its
        full name ("WHO" beside "World Health Organization") joins that entity."""
        for e in self.entities:
            if e.mentions and id(e) not in self._joined:
                self._fullest_name(e)
        out = []
        for n, e in enumerate(self.entities, 1):
            if not e.mentions or id(e) in self._joined:
                continue
            out.append(Entity(id=f"e{n}", name=e.name, type=e.type, aliases=sorted(set(e.aliases)),
                              roles=e.roles, affiliation=e.affiliation,
                              mentions=[list(m) for m in sorted(set(e.mentions))]))
        return out

    def _fullest_name(self, entity: ArticleEntity) -> None:
        """The name the article spells out, the short one kept as an alias: "World Health
        Organization" for "WHO", "Wanda Vázquez Garced" for "Wanda Vázquez"."""
        if entity.type in ("ORG", "UNKNOWN"):
            fuller = acronym_expansion(entity.name, self.doc) or bracketed_full_name(entity.name, self.doc) \
                or longer_body_name(entity.name, self.doc)
        elif entity.type == "PERSON" and entity.named and len(entity.name.split()) <= 2:
            fuller = longer_person_name(entity.name, self.doc)
            if fuller is None and (fuller := bracketed_full_name(entity.name, self.doc)) is not None:
                entity.type = "ORG"  # "(Phivolcs)" after a body's full name: its short form, no person
        else:
            fuller = None
        if fuller is None:
            return
        known = next((e for e in self.entities if e is not entity and e.mentions and id(e) not in self._joined
                      and e.name == fuller), None)
        if known is not None and known.type != entity.type and {known.type, entity.type} != {"ORG", "UNKNOWN"}:
            return  # a person and a body of one name: leave both as they are
        if known is not None:
            known.add_alias(entity.name)
            known.mentions.extend(entity.mentions)
            self._joined[id(entity)] = known
            return
        entity.add_alias(entity.name)
        entity.name = fuller

    def entity_id(self, entity: ArticleEntity) -> str:
        entity = self._joined.get(id(entity), entity)
        return f"e{self.entities.index(entity) + 1}"


def _surname_owner(same: list[ArticleEntity], surname: str, offset: int = -1) -> ArticleEntity:
    """Which of the people sharing a surname a bare "Trump" is: one the article already calls
    so (Ivanka is always named in full), else the one named most often."""
    called = [e for e in same if surname in e.aliases]
    return max(called or same, key=lambda e: (len(e.mentions), -abs(e.last_seen - offset)))


def _other_country(span: Span, holder: ArticleEntity) -> bool:
    """Whether a description names a nationality other than the holder's country ("the Greek
    foreign minister"); places are left alone, as "the New York businessman" lives in one."""
    places = [t.text for t in span if t.ent_type_ == "NORP" and qualifier(t.text) not in PARTIES]
    if not places or not holder.affiliation:
        return False
    return all(p[:4].lower() != holder.affiliation[:4].lower() for p in places)


def _ranks(entity: ArticleEntity, office: str) -> set[frozenset[str]]:
    """The ranks at which the entity holds ``office`` by its roles: {frozenset()} for "President",
    {frozenset({"vice"})} for "Vice President"."""
    ranks = set()
    for role in entity.roles:
        words = {w.lower().strip(".,") for w in role.split()}
        if any(office_word(w) == office for w in words):
            ranks.add(frozenset(RANK_WORDS & words))
    return ranks


def _other_rank(span: Span, office: str, holder: ArticleEntity) -> bool:
    """Whether the holder is known in that office only at another rank than the description's:
    "the vice president" is not the president."""
    ranks = _ranks(holder, office)
    return bool(ranks) and frozenset(RANK_WORDS & span_qualifiers(span)) not in ranks


PAST_WORDS = frozenset({"former", "ex"})  # "the former chief commander": an office once held


def _past_office(span: Span) -> bool:
    return any(t.lower_ in PAST_WORDS for t in span)


def _office_words(text: str) -> set[str]:
    """The office words of a role ("minister" of "Civil Aviation Minister"), ranks and
    modifiers such as "former" left out."""
    words = (office_word(w.lower().strip(".,")) for w in text.split())
    return {w for w in words if (w in ROLE_WORDS or w in PERSON_NOUNS) and w not in TITLE_MODIFIERS
            and w not in RANK_WORDS}


def _describing_words(text: str) -> set[str]:
    """What a role says beside its office: "civil", "aviation" of "Civil Aviation Minister"."""
    words = {qualifier(w) for w in text.split() if w[:1].isalpha()}
    return {w for w in words if (office_word(w) not in ROLE_WORDS or w in TITLE_MODIFIERS)
            and w not in ROLE_STOPWORDS and w not in RANK_WORDS and w not in PAST_WORDS}


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
    wanted = _describing_words(span.text)
    if not same:
        # a past office is news about someone named with their present one: "Mohsen Rezaei,
        # the secretary of the Expediency Council ... the former chief commander of the IRGC";
        # "the foreign minister" is the Foreign Secretary
        return not _past_office(span) \
            and not any(wanted & _describing_words(r) for r in held)
    described = [_describing_words(r) for r in same]
    return bool(wanted) and all(d and not d & wanted for d in described)


def _qualifier_words(entity: ArticleEntity) -> frozenset[str]:
    words = [w for r in entity.roles for w in r.split()] + (entity.affiliation or "").split()
    return frozenset(qualifier(w) for w in words)


def _other_party(span: Span, holder: ArticleEntity) -> bool:
    """Whether a description names a party other than the one the holder is known by."""
    wanted = span_qualifiers(span) & PARTIES
    known = _qualifier_words(holder) & PARTIES
    return bool(wanted and known and not wanted & known)


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
