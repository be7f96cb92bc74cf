"""Speakers: from the token heading a speaker mention to the article's canonical entity.

``SpeakerResolver(doc)`` collects the article's named people and organizations, then
``resolve(token)`` turns a mention head into (mention span, entity). It handles

- names, with titles and appositives as roles ("Mohsen Rezaei, the secretary of Iran’s
  Expedience Council", "Brigadier General Amir Ali Hajizadeh", "Iran’s Supreme Leader Ali Khamenei");
- short names ("Rezaei") joined to the full name seen in the article;
- pronouns ("he emphasized"): the nearest person before, preferring the last speaker;
- descriptions ("the former chief commander of the I.R.G.C. added"): the person who holds such
  a role in the article, else the last person who spoke; the description becomes a role;
- organizations and groups ("the Iranian military", "U.S. officials").

The small model's tagging slips are corrected here: a dotted acronym tagged as a place is an
organization, a name tagged as a nationality is a person when it speaks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import Entity
from . import lexicon
from .quotes import Quote, find_quotes

# "I" and "we" outside quotation marks are the writer: not resolved to anyone of the article
PERSON_PRONOUNS = {"he", "she", "him", "her"}
PLURAL_PRONOUNS = {"they", "them"}
THING_PRONOUNS = {"it"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
GROUP_NOUNS = {"official", "leader", "expert", "analyst", "people", "source", "lawmaker", "critic",
               "supporter", "observer", "investigator", "authority", "diplomat", "resident",
               "witness", "member", "activist", "protester", "scientist", "researcher", "economist",
               "republican", "democrat", "voter", "aide", "advisor", "adviser", "officer", "student",
               "worker", "doctor", "lawyer", "prosecutor", "citizen", "politician", "candidate",
               "spokesperson", "representative", "executive", "organizer", "person", "poll", "survey"}
ORG_NOUNS = {"military", "government", "ministry", "administration", "agency", "army", "council",
             "committee", "department", "media", "police", "court", "parliament", "party", "campaign",
             "company", "group", "organization", "organisation", "office", "commission", "board",
             "team", "white", "house", "congress", "senate", "cabinet", "regime", "force", "guard",
             "corps", "union", "association", "bank", "university", "newspaper", "agency", "network",
             "report", "study", "statement", "spokesman", "website", "document", "data", "poll"}
ROLE_WORDS = {"president", "minister", "secretary", "commander", "chief", "leader", "spokesman",
              "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "chair", "head",
              "governor", "senator", "general", "official", "ambassador", "mayor", "chancellor",
              "king", "queen", "prince", "premier", "judge", "founder", "ceo", "candidate", "nominee",
              "manager", "adviser", "advisor", "representative", "rep.", "sen.", "gov.", "dr.",
              "officer", "lieutenant", "colonel", "admiral", "brigadier", "captain", "ayatollah",
              "sheikh", "deputy", "vice", "former", "supreme", "prime", "foreign", "defense",
              "attorney", "speaker", "member", "coach", "author", "professor", "editor", "analyst", "lady"}
# nouns that describe one person ("the 34-year-old mother of three", "the businessman")
PERSON_NOUNS = {"man", "woman", "mother", "father", "wife", "husband", "son", "daughter", "brother",
                "sister", "businessman", "businesswoman", "mogul", "billionaire", "millionaire", "veteran",
                "lawyer", "doctor", "physician", "economist", "writer", "actor", "actress", "singer",
                "star", "host", "anchor", "reporter", "journalist", "columnist", "politician", "lawmaker",
                "legislator", "diplomat", "activist", "democrat", "republican", "prosecutor", "mayor",
                "congressman", "congresswoman", "businessman", "entrepreneur", "investor", "owner",
                "pastor", "priest", "bishop", "cleric", "scholar", "historian", "strategist", "pollster"}
NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f", "madam": "f",
                "chairwoman": "f", "spokeswoman": "f", "congresswoman": "f", "businesswoman": "f",
                "queen": "f", "king": "m", "prince": "m", "princess": "f", "actress": "f"}
# the same office under its abbreviations and everyday names
ROLE_SYNONYMS = {"sen": "senator", "rep": "representative", "congressman": "representative",
                 "congresswoman": "representative", "gov": "governor", "pres": "president",
                 "gen": "general", "lt": "lieutenant", "col": "colonel", "adm": "admiral",
                 "dr": "doctor", "spokeswoman": "spokesman", "spokesperson": "spokesman",
                 "chairwoman": "chairman", "chair": "chairman", "candidate": "nominee"}
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")


@dataclass
class Mention:
    start: int  # character offsets
    end: int
    entity: "ArticleEntity | None"


@dataclass
class ArticleEntity:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    last_seen: int = -1  # character offset of the latest mention resolved so far
    named: bool = False  # known by a name, not only by a description
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
        self._by_surname: dict[str, list[ArticleEntity]] = {}
        self._persons_by_offset: list[tuple[int, ArticleEntity]] = []
        self._bodies_by_offset: list[tuple[int, ArticleEntity]] = []  # organizations and places named
        self.last_speaker: ArticleEntity | None = None
        self._quoted = [(q.start, q.end) for q in (find_quotes(doc.text) if quotes is None else quotes)]
        # people first: an organization tag on a person's surname ("Trump" read as ORG) is a slip
        for ent in sorted(doc.ents, key=lambda e: e.label_ != "PERSON"):
            if ent.label_ == "PERSON":
                person = self._person(ent, ent.start_char)
                # "Sen. Lindsey Graham", "Rep. Adam Schiff, the top Democrat on ...": titles and
                # appositives are roles, so "the senator" or "the top Democrat" finds the person later
                for role in _title_roles(doc[ent.sent.start:ent.end], ent.root) + _appositive_roles(ent.root):
                    person.add_role(role)
                if person.affiliation is None:
                    person.affiliation = _affiliation(doc[ent.root.left_edge.i:ent.end], ent.root)
            elif ent.label_ in ("ORG", "GPE") and not _DOTTED_ACRONYM.match(ent.text):
                name = _strip_determiner(ent)
                if name and not self._short_person(name):
                    self._bodies_by_offset.append((ent.start_char, self._entity_by_name(name, ent.label_)))

    # ---- registry of named entities ----
    def _person(self, span: Span, offset: int) -> ArticleEntity:
        tokens = [t for t in span if not t.is_punct and t.lower_ not in ROLE_WORDS and t.pos_ != "DET"
                  and t.tag_ != "POS" and not (t.lower_ == "first" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "lady")]
        # a title-case headline tags its verb as part of the name: "Obama Says ..."
        while len(tokens) > 1 and _speech_word(tokens[-1].lower_):
            tokens = tokens[:-1]
        if not tokens:
            tokens = list(span)
        name = self.doc[tokens[0].i:tokens[-1].i + 1].text
        surname = tokens[-1].lower_
        entity = self._find_person(name, surname, offset)
        if entity is None:
            entity = ArticleEntity(name=name, type="PERSON", named=True)
            self.entities.append(entity)
            self._by_surname.setdefault(surname, []).append(entity)
        elif len(name.split()) > len(entity.name.split()):
            entity.name = name
        entity.add_alias(name)
        before = self.doc[span.start - 1] if span.start > 0 else None
        for word in [t.lower_ for t in span if t.i < tokens[0].i] + ([before.lower_] if before is not None else []):
            entity.gender = entity.gender or TITLE_GENDER.get(word.rstrip("."))
        titles = [t for t in span if t.i < tokens[0].i and not t.is_punct and t.pos_ != "DET"]
        if any(t.lower_ in ROLE_WORDS for t in titles):  # the tagger put "Sen." inside the name
            entity.add_role(self.doc[titles[0].i:titles[-1].i + 1].text)
        entity.mentions.append((span.start_char, span.end_char))
        self._persons_by_offset.append((offset, entity))
        return entity

    def _find_person(self, name: str, surname: str, offset: int) -> ArticleEntity | None:
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
            return max(same, key=lambda e: (len(e.mentions), -abs(e.last_seen - offset)))
        for entity in same:
            full = entity.name.split()
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
    def resolve(self, head: Token) -> Mention:
        doc = self.doc
        lower = head.lower_
        if head.pos_ == "PRON" or lower in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
            if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
                # "McConnell, who said": the mention is "who", the speaker its antecedent
                antecedent = self.resolve(head.head.head)
                return Mention(head.idx, head.idx + len(head), antecedent.entity)
            return self._pronoun(head)
        start, end = _mention_range(head)
        span = doc[start:end]
        mention_chars = (span.start_char, span.end_char)
        named = self._named(span, head)
        if named is not None:
            entity = named
            for role in _title_roles(span, head) + _appositive_roles(head):
                entity.add_role(role)
        else:
            entity = self._description(span, head)
        if entity is not None:
            entity.mentions.append(mention_chars)
            entity.last_seen = span.start_char
            if entity.affiliation is None:
                entity.affiliation = _affiliation(span, head)
            if entity.type == "PERSON" and entity.named:
                self.last_speaker = entity  # a nameless "official" is no antecedent for "he"
        return Mention(mention_chars[0], mention_chars[1], entity)

    def _named(self, span: Span, head: Token) -> ArticleEntity | None:
        words = [t for t in span if t.pos_ != "DET" and not t.is_punct]
        if head.is_title and words == [head] and head.ent_type_ != "PERSON":
            known = self._short_person(head.text)
            if known is not None:
                return known  # "Trump" mis-tagged as a noun or an organization: the person named before
        # only a name the mention's head belongs to: "the Trump administration" is not Trump
        ents = [e for e in span.ents if e.label_ in NAME_TYPES and e.start <= head.i < e.end]
        for ent in ents:
            if ent.label_ == "PERSON":
                return self._person(ent, ent.start_char)
            if ent.label_ == "NORP" and ent.start <= head.i < ent.end and head.tag_ == "NNP":
                return self._person(ent, ent.start_char)  # "Rouhani" read as a nationality
            if ent.label_ in ("ORG", "GPE", "FAC") and ent.start <= head.i < ent.end:
                label = "ORG" if ent.label_ != "GPE" or _DOTTED_ACRONYM.match(ent.text) else "GPE"
                name = _strip_determiner(ent)
                found = self._short_person(name)
                return found or self._entity_by_name(name, label)
        for child in head.children:
            # "the RT editor in chief, Margarita Simonyan": the appositive names the speaker
            if child.dep_ == "appos" and child.ent_type_ == "PERSON" and head.pos_ == "NOUN":
                ent = next((e for e in head.doc.ents if e.start <= child.i < e.end), None)
                if ent is not None:
                    person = self._person(ent, ent.start_char)
                    person.add_role(_strip_determiner(span))
                    return person
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
        if lower in PERSON_PRONOUNS:
            gender = PRONOUN_GENDER.get(lower)
            entity = self._recent_person(head.idx, gender)
            if entity is not None and entity.gender is None:
                entity.gender = gender
        elif lower in PLURAL_PRONOUNS:
            entity = self._recent_of(("GROUP", "ORG"), head.idx)  # "they" is seldom a country
        elif lower in THING_PRONOUNS:
            entity = self._recent_of(("ORG", "GPE"), head.idx)
        if entity is not None:
            entity.mentions.append(mention)
            entity.last_seen = head.idx
            if entity.type == "PERSON" and entity.named:
                self.last_speaker = entity
        return Mention(mention[0], mention[1], entity)

    def _recent_person(self, offset: int, gender: str | None = None) -> ArticleEntity | None:
        """Who "he" or "she" is: a person named earlier in the same sentence, else the last
        speaker when nobody else was named since they spoke, else the last person named —
        skipping people known to be of the other gender."""
        def fits(entity: ArticleEntity | None) -> bool:
            return entity is not None and (gender is None or entity.gender in (None, gender))

        sentence = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        sent_start = sentence[0].sent.start_char if sentence is not None and len(sentence) else offset
        # people named inside quotation marks are the quoted speaker's words, not antecedents
        before = [(o, e) for o, e in self._persons_by_offset if o < offset and fits(e)
                  and not any(a <= o < b for a, b in self._quoted)]
        in_sentence = [e for o, e in before if o >= sent_start]
        if in_sentence:
            return in_sentence[-1]
        speaker = self.last_speaker if fits(self.last_speaker) else None
        if not before:
            return speaker
        last_offset, last_named = before[-1]
        if speaker is not None and (speaker is last_named or speaker.last_seen >= last_offset):
            return speaker
        return last_named

    def _recent_of(self, types, offset: int) -> ArticleEntity | None:
        """The group, organization or place spoken of last before ``offset``."""
        seen = [(e.last_seen, e) for e in self.entities if e.type in types and 0 <= e.last_seen < offset]
        seen += [(o, e) for o, e in self._bodies_by_offset if e.type in types and o < offset]
        return max(seen, key=lambda oe: oe[0])[1] if seen else None

    def _description(self, span: Span, head: Token) -> ArticleEntity | None:
        """A mention without a name: a role held by someone of the article, a group or an org."""
        lemma = head.lemma_.lower()
        text = _strip_determiner(span)
        if head.tag_ in ("NNS", "NNPS") or lemma in ("people",):
            return self._entity_by_name(text, "GROUP")
        if lemma in ORG_NOUNS and lemma not in ROLE_WORDS:
            if span[0].lower_ in ("the", "this", "that") and len(span) <= 3:
                # "the poll" after "A Bloomberg poll shows ...": the same body, named more fully before
                earlier = self._recent_named_like(lemma, span.start_char)
                if earlier is not None:
                    return earlier
            return self._entity_by_name(text, "ORG")
        if lemma in ROLE_WORDS or lemma in GROUP_NOUNS or lemma in ROLE_SYNONYMS or lemma in PERSON_NOUNS:
            role = text
            holder = self._role_holder(_role_word(lemma), span.start_char, _span_qualifiers(span))
            if holder is None and span[0].lower_ == "the" and lemma not in GROUP_NOUNS:
                holder = self._recent_person(span.start_char)  # "the former chief commander ... added"
                if holder is not None and (_other_country(span, holder) or _other_party(span, holder)):
                    holder = None  # "the Greek foreign minister" is not the Turkish president
            if holder is not None:
                holder.add_role(role)
                return holder
            return self._entity_by_name(text, "PERSON")
        return self._entity_by_name(text, "UNKNOWN") if text else None

    def _recent_named_like(self, head_lemma: str, offset: int) -> ArticleEntity | None:
        """The organization mentioned last before ``offset`` whose name ends with ``head_lemma``."""
        options = [(e.last_seen, e) for e in self.entities if e.type == "ORG" and 0 <= e.last_seen < offset
                   and e.name.lower().rstrip(".").split()[-1:] in ([head_lemma], [head_lemma + "s"])]
        return max(options, key=lambda oe: oe[0])[1] if options else None

    def _role_holder(self, role_word: str, offset: int, qualifiers: frozenset[str] = frozenset()) -> ArticleEntity | None:
        """The person named last before ``offset`` whose roles include ``role_word``
        ("the senator" is "Sen. Lindsey Graham")."""
        holders = [e for o, e in self._persons_by_offset if o < offset
                   and any(_role_word(w.lower().strip(".,")) == role_word for r in e.roles for w in r.split())]
        if qualifiers:
            # "the Republican nominee" is the nominee whose party or country matches
            fitting = [e for e in holders if qualifiers & _qualifier_words(e)]
            holders = fitting or [e for e in holders if not _qualifier_words(e) & PARTIES]
        return holders[-1] if holders else None

    def export(self) -> list[Entity]:
        out = []
        for n, e in enumerate(self.entities, 1):
            if not e.mentions:
                continue
            out.append(Entity(id=f"e{n}", name=e.name, type=e.type, aliases=sorted(set(e.aliases)),
                              roles=e.roles, affiliation=e.affiliation,
                              mentions=[list(m) for m in sorted(set(e.mentions))]))
        return out

    def entity_id(self, entity: ArticleEntity) -> str:
        return f"e{self.entities.index(entity) + 1}"


IRREGULAR_SPEECH = {"said", "told", "spoke", "wrote"}


def _speech_word(word: str) -> bool:
    """A speech verb in any simple form ("says", "said", "tells")."""
    lex = lexicon.load()
    return word in IRREGULAR_SPEECH or lex.is_speech(word) or word.endswith("s") and lex.is_speech(word[:-1])


def _mention_range(head: Token) -> tuple[int, int]:
    """The noun phrase of a mention head: its left part and its prepositional modifiers, without
    appositives, relative clauses and what follows a comma."""
    start, end = head.left_edge.i, head.i + 1
    for child in head.rights:
        if child.dep_ in ("prep", "compound", "flat", "nmod", "nummod", "amod") and not _after_comma(head, child):
            end = child.right_edge.i + 1
        else:
            break
    while start < end - 1 and head.doc[start].is_punct:
        start += 1
    return start, end


def _after_comma(head: Token, child: Token) -> bool:
    return any(t.is_punct and t.text == "," for t in head.doc[head.i + 1:child.i])


def _strip_determiner(span: Span) -> str:
    tokens = list(span)
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in (".", ")") or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    return span.doc[tokens[0].i:tokens[-1].i + 1].text


def _title_roles(span: Span, head: Token) -> list[str]:
    """The title just before a name: "Brigadier General", "Supreme Leader" (of "Iran’s Supreme
    Leader Ali Khamenei"), "former Vice President". Reading leftwards from the name, it stops at
    a place or nationality (the affiliation), a possessive, a conjunction or another name."""
    doc = span.doc
    start = head.i
    while start > span.start and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    first = start
    while first > span.start:
        tok = doc[first - 1]
        if tok.lower_ == "of" and first - 2 >= span.start and doc[first - 2].is_title \
                and doc[first - 2].lower_ in ROLE_WORDS:
            first -= 1  # "Secretary of State", "Minister of Defence"
            continue
        if tok.pos_ in ("DET", "PUNCT", "CCONJ", "ADP") or tok.tag_ == "POS" or tok.ent_type_ in ("PERSON", "GPE", "NORP") \
                and tok.lower_ not in ROLE_WORDS:
            break
        first -= 1
    words = doc[first:start]
    if not any(t.lower_ in ROLE_WORDS or t.lower_.strip(".") in ROLE_WORDS for t in words):
        return []
    return [words.text]


def _appositive_roles(head: Token) -> list[str]:
    roles = []
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            span = head.doc[child.left_edge.i:child.right_edge.i + 1]
            text = _strip_determiner(span)
            text = re.sub(r"\s*\([^)]*\)\s*$", "", text)
            if text and child.ent_type_ != "PERSON":
                roles.append(text)
    return roles


def _affiliation(span: Span, head: Token) -> str | None:
    """The country or organization a mention ties its speaker to, when it names one."""
    pieces = [span] + [head.doc[c.left_edge.i:c.right_edge.i + 1] for c in head.children if c.dep_ == "appos"]
    for piece in pieces:
        for ent in piece.ents:
            if ent.label_ in ("GPE", "NORP") and not (ent.start <= head.i < ent.end):
                return ent.text.removesuffix("’s").removesuffix("'s")
    return None


def _role_word(word: str) -> str:
    word = word.strip(".")
    return ROLE_SYNONYMS.get(word, word)


def _other_country(span: Span, holder: ArticleEntity) -> bool:
    """Whether a description names a country or nationality other than the holder's."""
    places = [t.text for t in span if t.ent_type_ in ("GPE", "NORP")]
    if not places or not holder.affiliation:
        return False
    return all(p[:4].lower() != holder.affiliation[:4].lower() for p in places)


PARTIES = frozenset({"republican", "democratic", "libertarian", "green", "labour", "conservative"})
_QUALIFIER_SYNONYMS = {"gop": "republican", "republicans": "republican", "democrat": "democratic",
                       "democrats": "democratic", "dem": "democratic"}


def _qualifier(word: str) -> str:
    word = word.lower().strip(".,’'s")
    return _QUALIFIER_SYNONYMS.get(word, word)


def _span_qualifiers(span: Span) -> frozenset[str]:
    """Party, country and organization words of a description ("the GOP nominee")."""
    return frozenset(_qualifier(t.text) for t in span if t.ent_type_ in ("NORP", "GPE", "ORG") and t.is_alpha)


def _qualifier_words(entity: ArticleEntity) -> frozenset[str]:
    words = [w for r in entity.roles for w in r.split()] + (entity.affiliation or "").split()
    return frozenset(_qualifier(w) for w in words)


def _other_party(span: Span, holder: ArticleEntity) -> bool:
    """Whether a description names a party other than the one the holder is known by."""
    wanted = _span_qualifiers(span) & PARTIES
    known = _qualifier_words(holder) & PARTIES
    return bool(wanted and known and not wanted & known)
