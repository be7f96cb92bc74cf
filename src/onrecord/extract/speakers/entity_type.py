"""An article entity's type, settled once every mention is resolved, from the evidence the
article gives in order of how much it can be trusted.

The passes type an entity by the tagger's label of one mention ("Saudi Interior Ministry" read
as a person's name) or by the grammar of a description ("one of the victims" left UNKNOWN).
``settled_type`` looks again, most reliable evidence first:

1. a body's kind word heading a capitalised name ("... Highway Patrol", "... Ministry") -> ORG;
2. a role that says what kind of body its holder is ("a cybersecurity firm") -> ORG;
3. a personal title or rank before a given name ("Detective Constable Daniel ...") -> PERSON;
4. a one-word name the tagger called a person with nothing personal about it (no given name,
   no title, no role, no "he" or "she"): ORG when it is an acronym or the article also writes
   it as a body's ("The Verge", "on Chirpr", tagged ORG, opening a body's longer name: "Zed
   Research report") or as what published a report with a sign of a body ("the news site
   Zedpost ... Zedpost reported"), else UNKNOWN;
5. a name the tagger reads as a place's at most of its occurrences, typed ORG -> GPE; a
   country's name typed ORG ("Armenia" read as a body's at every mention) -> GPE;
6. a description headed by "government" ("the German government") -> ORG: a government is a
   body that speaks (``government_headed``; "Germany said" stays GPE), though resolution files
   it with its country (``resolve.identity.government_place``);
7. a description headed by a noun of one person ("an acquaintance", "one of the victims",
   "study co-author") -> PERSON; by a noun of the press as a whole ("local news") -> GROUP; by
   a body's kind word ("the embassy", "the fire service") -> ORG;
8. a description headed by a writing ("the report", "Results", "the Turkish statement") ->
   UNKNOWN: a document is no body, whatever kind of body the passes read it as speaking for;
9. a capitalised run of people "of" or "for" a person ("Associates of Navalny") -> GROUP; a
   given name and a surname "of" a body ("Nils-Erik Roe of Zorbia Fire and Rescue") -> PERSON;
   a name typed ORG of a person "of the" assembly or council it sits in ("Ramu Zorbanath of the
   Eastland assembly", ``member_of_a_body``) -> PERSON;
   a name typed ORG opening with two given names joined by a hyphen ("Eva-Maria Roe") -> PERSON;
   a name typed ORG that the article writes after a person's title or noun ("opponent MP Jane
   Roe", "First Minister of Ruritania Jane Roe") -> PERSON;
10. a name with nothing personal about it that follows a body's kind ("store chains Zedco and
   Ymart") -> ORG; a name of two words or more right after a qualified body's kind ("software
   company Rocky Hat"), with no "he" or "she" and no role but a body's -> ORG, though it opens with
   a given name (a gender read from that given name alone counts for nothing against it); a name
   the article writes as the subject of "itself" ("Zedix describes itself as") -> no PERSON;
11. a country's name a pass read as a person's, with nothing personal about it -> GPE; a call
   sign ("KZZZ-TV") is initials, ORG;
12. "One" or "Another" and a kind, opening a sentence ("One MP") -> that kind's type; a plural
   noun of people opening a sentence ("Aides said") -> GROUP; a lowercase description of several
   people ("the couple", "his family") -> GROUP.

13. a name the article calls a body outright ("broadcaster Zed24", "the news site Notes from
   Zorbia", "Zedpac, a crowdfunding website", "an article in Zedpost") or that reports and is a
   body's elsewhere ("Zedwire Daily reported") -> ORG, even where the tagger read a place; a name
   with a digit in a word ("Zed24", "COVID-19") -> UNKNOWN unless so called: no person's;
14. a name headed by a kind of place ("Zorbin County") -> GPE; the plural of a named person's
   surname after "the" ("the Roes") -> GROUP, a family.

15. a name headed by "government", in either case, with only a place's name and words of where
   it governs beside it ("the Ruritanian Government", "Government of Zorbia") -> ORG
   (``government_of_a_place``), whatever type a pass gave; any name headed by "government" a pass
   typed GPE ("the Conservative government") -> ORG (``government_headed``); a country's word and a body's
   initials ("the Ruritanian ZSB") -> ORG (``national_initials``); a body's kind word heading a
   name whose first word is a place's, though also a given name ("Zedton Herald"), -> ORG
   when only that word gave a gender (``place_named_first``);
16. a name typed ORG opening with a given name and given a person's noun ("Jane Roe, a lawyer",
   ``described_as_a_person``), a title and a full name inside the run ("Zedton Mayor Jane Roe",
   ``title_inside_name``), or read by the tagger as a person's elsewhere and never as a body's
   (``tagged_as_person_elsewhere``) -> PERSON; the plural of a surname written after an
   honorific ("the Roes" beside "Mr Roe"), typed GPE by the tagger -> GROUP.

A name typed GPE that a "who" clause right after it calls "he" or "she" ("said Zedville, who
... her degree") is a person's.

A name written as a product's ("ZorbOS Stream", see ``product_name``), typed a person's with
nothing personal about it, is UNKNOWN. Places keep the tagger's GPE; a given name and a surname
that is also a body's word ("Robert Service"), called "he" or "she" or given a title, stay a
person's. When no evidence speaks, the type the passes gave stays.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.name_forms import BODY_WORDS
from onrecord.extract.speakers.role_cleaning import ROLE_NOUNS
from onrecord.extract.speakers.spelling import without_possessive
from onrecord.extract.speakers.words import (
    ACTOR_NOUNS,
    ADDRESS_WORDS,
    BELIEF_NOUNS,
    BODY_HEADS,
    COLLECTIVE_NOUNS,
    COUNTRY_WORDS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MEDIA_NOUNS,
    NAME_TITLES,
    PERSON_NOUNS,
    POSTNOMINALS,
    PRONOUN_GENDER,
    ROLE_WORDS,
)

BODY_ROLES = data.words("speaker_words.txt", "body_roles")
OUTLET_COLLECTIVES = data.words("speaker_words.txt", "outlet_collectives")
PERSONAL_RANKS = data.words("name_words.txt", "personal_ranks")
# nouns of one person that head a description: an unnamed person speaks
PERSON_HEADS = (data.words("speaker_words.txt", "person_heads") | PERSON_NOUNS | GROUP_NOUNS | ROLE_WORDS
                | ACTOR_NOUNS) - {"country", "family", "group", "nation", "party", "staff", "state", "poll",
                                  "survey", "people", "authority", "source"}
# words that may stand inside a body's capitalised name
_LINKING = frozenset({"of", "and", "for", "the", "&", "on", "in", "de", "du", "des", "la", "el", "at"})
# words that start what follows a role's head noun
_POSTMODIFIER_STARTS = frozenset({"of", "for", "in", "at", "from", "based", "that", "which", "who", "with", ",",
                                  "and", "on", "to"})
# words before a one-word name that no person's name takes
_BEFORE_A_BODY = frozenset({"the", "on", "via"})
# verbs after a one-word name that make it what published a report ("Zedpost reported")
OUTLET_VERBS = data.words("speaker_words.txt", "outlet_verbs")
# what a writing or a count is called when it speaks: the writings of [document_nouns] but the
# outlets ("the website reported" is a site's staff), and what a study shows ("Results")
WRITING_HEADS = (DOCUMENT_NOUNS | data.words("speaker_words.txt", "finding_nouns")) \
    - data.words("speaker_words.txt", "outlet_writings")
# words between a body's kind and its name ("store chains Zedco and Ymart")
_BETWEEN_NAMES = frozenset({"and", ",", "or", "&"})
# country and nationality words -> ISO code, bodies of countries (the UN, the EU) left out
_COUNTRIES = COUNTRY_WORDS
# words between a person's title and their name that name the title's place ("Minister of Ruritania")
_TITLE_PLACE_LINKS = frozenset({"of", "the", "for"})
# kinds of place that head a place's name ("Zorbin County")
PLACE_HEADS = data.words("speaker_words.txt", "place_heads")
# what a body is called before or beside its name ("broadcaster Zed24", "Zedco, a polling firm")
# ("Rolling Zed publisher Jane Roe": a publisher may be a person, so it is no such word)
_BODY_KINDS = (BODY_ROLES | MEDIA_NOUNS) - data.words("speaker_words.txt", "personal_body_kinds")
# kinds of body that alone head a description of something else: "the group" is people, "the
# database" a writing
_NOT_ALONE_A_BODY = data.words("speaker_words.txt", "not_alone_bodies")
# pieces a publication prints: "an article in Zedpost" names a publication
PUBLISHED_WRITINGS = data.words("speaker_words.txt", "published_writings")
# of them, those that also name other things ("a military column")
_OTHER_SENSE_WRITINGS = data.words("speaker_words.txt", "other_sense_writings")
# words that count members of a group: "one of the victims" is headed by "victims"
_COUNTS = frozenset({"one", "each", "another", "either", "neither"})
# what may stand beside "government" with a place's name ("federal", "provincial")
GOVERNMENT_PLACE_WORDS = data.words("speaker_words.txt", "government_place_words")
# capital cities: a name of one opening a body's name ("Zedton Herald") is no given name
CAPITAL_CITIES = data.words("event_words.txt", "capital_cities")


def presented_as_body(name: str, roles: list[str], doc: Doc) -> bool:
    """Whether the article presents a name as a body's: introduced as one ("broadcaster Zed
    News") or, for a speaker with no role of its own, cited as an outlet ("Zedwire reported")."""
    return introduced_as_a_body(name, doc) or not roles and cited_as_outlet(name, doc)


def settled_type(name: str, type_: str, roles: list[str], gender: str | None, doc: Doc,
                 mention: tuple[int, int] | None, name_gender_only: bool = False) -> str:
    """The entity's type by the article's best evidence (see the module's docstring).
    ``name_gender_only``: the gender rests on the name's first word alone (no title, no "he"
    or "she"), which the article's own word for what the name is outweighs."""
    if type_ in ("PERSON", "UNKNOWN") and authors_et_al(name):
        return "GROUP"  # "Roe et al.": a paper's authors, several people
    if gender is None and not roles and plural_of_people(name, doc) \
            and (type_ in ("PERSON", "UNKNOWN") or type_ == "ORG" and not tagged_org_somewhere(name, doc)):
        return "GROUP"  # "Pacifists said": people of a kind, no one's name nor a body's
    if type_ == "GPE":
        if government_headed(name):
            return "ORG"  # "the Ruritanian government", "Government of Zorbia": a body, not the place
        if family_of_a_surname(name, doc):
            return "GROUP"  # "The Roes said" beside "Mr Roe": a family the tagger read as a place
        if gender is None and not country_name(name) and described_as_someone(name, doc):
            return "PERSON"  # "said Zedville, who graduated with her degree": a person's surname
        if gender is None and not country_name(name) and presented_as_body(name, roles, doc):
            return "ORG"  # "Zedpac, a crowdfunding website", "Zedberg reported": the tagger's place is a body
        return type_
    if type_ in ("PERSON", "UNKNOWN") and government_of_a_place(name, doc):
        return "ORG"  # "the Ruritanian Government", "Government of Zorbia": the country's governing body
    if type_ in ("PERSON", "UNKNOWN") and national_initials(name):
        return "ORG"  # "the Ruritanian ZSB": a country's body by its initials
    head = description_head(doc, mention)
    if type_ in ("ORG", "GROUP") and head is not None and writing_head(head) \
            and name_head(name) in (head.lower_, head.lemma_.lower()):
        return "UNKNOWN"  # the entity is the writing itself, not a body found to have issued it
    if type_ == "UNKNOWN" and (counted := counted_kind(name)) is not None:
        return counted
    if type_ == "PERSON" and gender is None and not roles and product_name(name):
        return "UNKNOWN"  # "CentOS Stream will ...": a product speaks for its maker, it is no one
    if type_ == "PERSON" and gender is None and not roles and digit_in_name(name):
        # "Zed24": no person's name has a digit
        return "ORG" if presented_as_body(name, roles, doc) else "UNKNOWN"
    if type_ in ("PERSON", "UNKNOWN", "GROUP") and name[:1].isupper() and impersonal_name(name, gender) \
            and all(body_role(r) for r in roles) \
            and presented_as_body(name, roles, doc):
        return "ORG"  # "broadcaster Zed News", "the site Notes from Zorbia", "Zedwire Daily reported"
    if type_ == "PERSON" and (gender is None or name_gender_only) and not roles and refers_to_itself(name, doc):
        # "Zedix describes itself as ...": no person's name takes "itself"
        return "ORG" if presented_as_body(name, roles, doc) else "UNKNOWN"
    if type_ in ("PERSON", "UNKNOWN") and (gender is None or name_gender_only) and all(body_role(r) for r in roles) \
            and kind_right_before(name, doc):
        return "ORG"  # "software company Rocky Hat": the article's own word beats a given name's list
    if proper_name(name):
        if body_headed(name) and not (gender is not None and len(name.split()) == 2 and given_name_first(name)
                                      and not tagged_only_as_body(name, doc)
                                      and not (name_gender_only and place_named_first(name, doc))):
            return "ORG"
        if type_ in ("ORG", "UNKNOWN") and people_of_a_person(name, doc):
            return "GROUP"
        if type_ == "ORG" and (person_of_a_body(name, doc, mention) or titled_at_a_mention(name, doc)
                               or member_of_a_body(name, doc) or hyphenated_given_name(name)
                               or described_as_a_person(name, roles, doc) or title_inside_name(name)
                               or tagged_as_person_elsewhere(name, doc)):
            return "PERSON"
        if country_name(name) and (type_ in ("ORG", "UNKNOWN")
                                   or type_ == "PERSON" and impersonal_one_word(name, roles, gender)):
            return "GPE"  # "Azerbaijan claimed": a country, though a pass read it as someone's name
        if type_ != "ORG" and gender is None and not given_name_first(name) and any(body_role(r) for r in roles):
            return "ORG"
        if type_ != "PERSON" and titled_person(name):
            return "PERSON"
        if type_ == "ORG" and mostly_tagged_place(name, doc):
            return "GPE"
        if type_ in ("PERSON", "UNKNOWN") and people_opening_a_sentence(name, doc, mention):
            return "GROUP"
        if type_ == "PERSON" and impersonal_name(name, gender) and not roles and name_head(name) in PLACE_HEADS:
            return "GPE"  # "Zorbin County says"
        if type_ in ("PERSON", "ORG", "UNKNOWN") and family_of_a_surname(name, doc):
            return "GROUP"  # "the Roes said": a family
        if type_ in ("PERSON", "UNKNOWN") and impersonal_one_word(name, roles, gender):
            return "ORG" if acronym(name) or tagged_org_somewhere(name, doc) or after_a_body_kind(name, doc) \
                or cited_as_outlet(name, doc) or opens_a_body_name(name, doc) else "UNKNOWN"
        return type_
    if type_ == "UNKNOWN" and hyphenated_person(name):
        return "PERSON"
    if type_ == "UNKNOWN" and collective_of_people(name):
        return "GROUP"
    if type_ == "PERSON" and head is not None and body_kind_description(name, head):
        return "ORG"  # "the foreign ministry announced": a body, whatever a pass read
    if head is None or type_ not in ("UNKNOWN", "GROUP", "ORG"):
        return type_
    lemma = head.lemma_.lower()
    if type_ != "GROUP" and lemma == "government" and head.is_lower:
        return "ORG"  # "the German government": a body, which resolution files with Germany
    if type_ == "ORG":
        return type_
    if type_ == "UNKNOWN" and (lemma in BODY_HEADS or lemma in _BODY_KINDS) and lemma not in OUTLET_COLLECTIVES \
            and lemma not in _NOT_ALONE_A_BODY:
        return "ORG"  # "the fire service", "the news site", "the promotion": a body
    if type_ == "UNKNOWN" and lemma in OUTLET_COLLECTIVES:
        return "GROUP"
    if type_ == "UNKNOWN" and lemma in PERSON_HEADS and (head.tag_ in ("NN", "NNP") or counted_one(head)):
        return "PERSON"
    return type_


def plural_of_people(name: str, doc: Doc) -> bool:
    """Whether a one-word name is the plural of a noun for people of a kind, capitalised
    ("Agnostics", "Pacifists", "Protesters"): several people, whom the tagger or a pass may read
    as someone's name or a body's. The singular must be a noun of people (``[belief_nouns]``,
    ``[person_heads]``, the role nouns) or end in "-ist"; and the article must never write the
    word as a person's surname, after a given name or a title ("Tom Pilgrims", "Mr Pilgrims")."""
    if " " in name or not name[:1].isupper() or not name[1:].islower() or not name.isalpha() \
            or not name.endswith("s") or len(name) < 5:
        return False
    singular = name[:-1].lower()
    if not (singular in BELIEF_NOUNS or singular in PERSON_HEADS or singular in ROLE_NOUNS
            or singular.endswith("ist") and len(singular) >= 6):
        return False
    for i in occurrences(name, doc):
        token = doc[i]
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "I":
            return False  # inside a person's longer name
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.text[:1].isupper() and (
                gender_of(before.text) is not None or before.lower_.rstrip(".") in NAME_TITLES):
            return False  # "Tom Pilgrims", "Mr Pilgrims": a surname
    return True


def authors_et_al(name: str) -> bool:
    """Whether a name is a first author's and "et al." ("Roe et al", "Roe et al."), as a
    study's authors are cited: several people, though one surname heads it."""
    words = name.lower().rstrip(".").split()
    return len(words) >= 3 and words[-2:] == ["et", "al"] and name[:1].isupper()


_PRODUCT_WORD = re.compile(r"[a-z][A-Z]{2}|^[a-z][A-Z]")


def product_name(name: str) -> bool:
    """Whether a word of the name is written as products' and software's names are and no
    person's: a small letter before two capitals ("ZorbOS", "macZX") or a small letter opening
    it before a capital ("iZorb", "eWidget"). People's inner capitals follow one small letter
    and go on in small ones ("McDonald", "DeSantis", "LeBron")."""
    return any(_PRODUCT_WORD.search(w) for w in name.split())


def counted_kind(name: str) -> str | None:
    """The type of a two-word description that counts one of a kind ("One MP", "Another
    witness", "One agency"), capitalised only because it opens the sentence, so no name: PERSON
    when the kind is a person's noun or office, ORG when it is a body's; None otherwise."""
    words = name.lower().split()
    if len(words) != 2 or words[0] not in _COUNTS:
        return None
    kind = words[1].strip(".,")
    if kind in PERSON_HEADS or kind in ROLE_NOUNS:
        return "PERSON"
    return "ORG" if kind in BODY_HEADS and kind not in OUTLET_COLLECTIVES else None


def proper_name(name: str) -> bool:
    """A name written as a name: every word capitalised (or a small linking word, or a word of
    letters and digits), not a description ("source within the Interior Ministry")."""
    words = name.replace("-", " ").split()
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _LINKING for w in words)


def name_head(name: str) -> str:
    """The word a capitalised name is headed by: its last, or the last before "of" ("Ministry
    of Health"), lowercased, without a possessive or a period."""
    words = name.split()
    if "of" in words[1:]:
        words = words[:words.index("of")]
    return without_possessive(words[-1].lower().strip(".,’'")) if words else ""


def body_headed(name: str) -> bool:
    """Whether a body's kind word heads the name ("Florida Highway Patrol", "Emergency Management
    Presidency", "Amazon Web Services"), or its plural after no given name ("Two House Committees"
    asking: several bodies). A lone kind word ("Ministry") says no more than the description it is."""
    if len(name.split()) < 2:
        return False
    head = name_head(name)
    return head in BODY_HEADS or not given_name_first(name) and plural_body_word(head)


def plural_body_word(word: str) -> bool:
    """Whether a lowercase word is the plural of a body's kind word ("committees", "agencies")."""
    singulars = ([word[:-3] + "y"] if word.endswith("ies") else []) + ([word[:-1]] if word.endswith("s") else [])
    return any(len(one) > 3 and one in BODY_HEADS for one in singulars)


def body_role(role: str) -> bool:
    """Whether a role says its holder is a body: its head is a body's kind ("cybersecurity firm",
    "a database detailing ..."); "head of the firm" is a person's."""
    words = role.lower().replace(",", " , ").split()
    # the head stands before what qualifies it: "of ...", "which ...", "detailing ..."
    # ("social networking site", "polling firm": an -ing word before the kind qualifies it)
    cut = next((n for n, w in enumerate(words) if n and (w in _POSTMODIFIER_STARTS or w.endswith("ing")
                                                          and not _before_a_kind(words, n))), None)
    words = words[:cut]
    return bool(words) and words[-1].strip(".,") in BODY_ROLES


def _before_a_kind(words: list[str], n: int) -> bool:
    """Whether the word after ``words[n]`` is a body's kind ("networking" of "social networking
    site"): the -ing word qualifies the kind, it opens no clause after it."""
    return n + 1 < len(words) and words[n + 1].strip(".,") in BODY_ROLES


def given_name_first(name: str) -> bool:
    """Whether the name starts with a given name the list of first names knows."""
    words = name.split()
    return len(words) >= 2 and gender_of(words[0]) is not None


def titled_person(name: str) -> bool:
    """A name that starts with personal titles or ranks and goes on with a given name
    ("Detective Constable Daniel Dubé", "Dr Jane Roe"); "General Motors" has no given name."""
    words = [w.lower().rstrip(".") for w in name.split()]
    n = 0
    while n < len(words) and (words[n] in PERSONAL_RANKS or n and words[n] in NAME_TITLES):
        n += 1
    return 0 < n < len(words) - 1 and gender_of(words[n]) is not None


def impersonal_one_word(name: str, roles: list[str], gender: str | None) -> bool:
    """A one-word name with nothing of a person about it: no given name, no "he" or "she", no
    role, no word of an office ("MP"). The passes join a surname to the full name the article
    gives, so a one-word name left alone was never written as a person's ("Twitter", "ALDI")."""
    if " " in name or gender is not None or roles or gender_of(name) is not None:
        return False
    word = name.lower().strip(".")
    return word not in PERSON_HEADS and word not in NAME_TITLES and word not in ROLE_NOUNS \
        and (name.isalpha() or hyphenated_capitals(name))


def mostly_tagged_place(name: str, doc: Doc) -> bool:
    """Whether the tagger reads the name as a place's at most of its occurrences ("Ruritania"
    tagged ORG once, GPE everywhere else): a country speaking is its government, a place."""
    if "." in name:
        # "Zorb.com.zz" is a website, whatever its ending makes the tagger think; a dotted
        # acronym tagged as a place is an organisation (state.py)
        return False
    labels = [ent.label_ for ent in doc_index.ents_named(doc, name)]
    return labels.count("GPE") > len(labels) / 2


def acronym(name: str) -> bool:
    """A name of three to six capitals ("ZFU"), or of capitals joined by hyphens ("KZZZ-TV", a
    station's call sign): a body's initials, as a person's name is not written when nothing else
    about it is personal."""
    return 3 <= len(name) <= 6 and name.isalpha() and name.isupper() \
        or hyphenated_capitals(name) and 3 <= len(name.replace("-", "")) <= 8


def hyphenated_capitals(name: str) -> bool:
    """Whether a one-word name is runs of capitals joined by hyphens ("KZZZ-TV", "ABC-TV"), as
    broadcasters' call signs and bodies' initials are written and no person's name is."""
    parts = name.split("-")
    return len(parts) >= 2 and all(p.isupper() and p.isalpha() for p in parts)


def tagged_org_somewhere(name: str, doc: Doc) -> bool:
    """Whether the article writes the name as a body's at one of its occurrences: the tagger
    reads it as an organisation's, or it takes an article or a preposition of a medium before
    it ("The Verge", "on Chirpr", "via Chirpr"), as no person's name does."""
    if any(ent.label_ in ("ORG", "PRODUCT", "WORK_OF_ART") and ent.text == name for ent in doc_index.ents(doc)):
        return True
    return any(i > 0 and doc[i - 1].lower_ in _BEFORE_A_BODY for i in doc_index.positions(doc).get(name, ()))


def people_opening_a_sentence(name: str, doc: Doc, mention: tuple[int, int] | None) -> bool:
    """Whether a one-word "name" is a plural noun of people capitalised only because it opens
    the sentence ("Aides said", "Residents say"): several unnamed people speak, a group."""
    if " " in name or mention is None or not name.endswith("s"):
        return False
    span: Span | None = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None or len(span) != 1 or not span[0].is_sent_start or span[0].tag_ != "NNS":
        return False
    singular = span[0].lemma_.lower()
    return singular in PERSON_HEADS or singular in ROLE_NOUNS


def cited_as_outlet(name: str, doc: Doc) -> bool:
    """Whether the article writes a one-word name as what published a report ("Zedpost
    reported") and gives a sign that it is a body (``outlet_sign``): with nothing personal
    about the name, it is a news outlet or a body that publishes figures, an organisation.
    "told Zedpost" or "according to Zedpost" is no cue: "The minister told Kowalczyk to
    resign" and "According to Kowalczyk, ..." are as common for people; nor is "in an interview
    with Zedpost" alone."""
    positions = occurrences(name, doc)
    n = len(name.split())
    return any(i + n < len(doc) and doc[i + n].lower_ in OUTLET_VERBS for i in positions) \
        and outlet_sign(name, doc, positions)


def outlet_sign(name: str, doc: Doc, positions: list[int]) -> bool:
    """Whether the article gives a sign that a name is a body's: the tagger reads it as an
    organisation's somewhere (with a possessive or not: "ZED TODAY's reporters"), it is a web
    address ("Zedpost.com"), or a noun of a body that publishes stands right before it ("the
    news site Zedpost", "newspaper Zedpost")."""
    if "." in name.strip("."):
        return True
    if any(ent.label_ == "ORG" for form in (name, name + "'s", name + "’s") for ent in doc_index.ents_named(doc, form)):
        return True
    return any(i > 0 and doc[i - 1].lemma_.lower() in MEDIA_NOUNS for i in positions)


def description_head(doc: Doc, mention: tuple[int, int] | None) -> Token | None:
    """The noun heading a description: the span's root, or the group counted from ("one of
    the victims" is headed by "victims")."""
    if mention is None:
        return None
    span: Span | None = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.lower_ in _COUNTS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if group is not None:
            return group
    return head


def counted_one(head: Token) -> bool:
    """Whether a plural head is counted as one of them ("one of the victims")."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _COUNTS


def writing_head(head: Token) -> bool:
    """Whether a description is headed by a writing or what a study shows ("the report", "the
    Turkish statement", "Results" opening a sentence), not by a name: a document speaks for
    whoever issued it, but it is no body itself."""
    if head.ent_type_ or not (head.is_lower or head.is_sent_start):
        return False  # "The Post", "Report Ltd": a name
    return head.lemma_.lower() in WRITING_HEADS or head.lower_ in WRITING_HEADS


def tagged_only_as_body(name: str, doc: Doc) -> bool:
    """Whether the tagger reads the name as a body's wherever it tags it, and never as a
    person's: "Stanford University" is a university although "Stanford" is a given name."""
    labels = {ent.label_ for ent in doc_index.ents_named(doc, name)}
    return "ORG" in labels and "PERSON" not in labels


def people_of_a_person(name: str, doc: Doc) -> bool:
    """A capitalised run that is a group of people "of" or "for" a person the article names
    ("Associates of Navalny", "Lawyers for Jane Roe"): capitalised only because it opens the
    sentence, people around someone, not a body ("Friends of the Earth" is no person's)."""
    words = name.split()
    if len(words) < 3 or words[1] not in ("of", "for"):
        return False
    noun = words[0].lower()
    if not (noun.endswith("s") and (noun[:-1] in PERSON_HEADS or noun[:-1] in ROLE_NOUNS)):
        return False
    person = " ".join(words[2:])
    return any(ent.text == person or ent.text.endswith(" " + person) for ent in doc_index.ents_labelled(doc, "PERSON"))


def after_a_body_kind(name: str, doc: Doc, kinds: frozenset[str] = BODY_ROLES) -> bool:
    """Whether the article introduces the name after a body's kind ("retailer Zedco", "store
    chains Zedco and Ymart", the other names of the run skipped): what it is, said outright.
    ``kinds`` the body's kinds read (``introduced_as_a_body`` adds publishers' nouns). Not where
    the name is the subject of a relative clause on the kind ("the company Jane Roe runs"),
    which says who acts on the body, not what the name is (``subject_of_a_clause``)."""
    n = len(name.split())
    for i in occurrences(name, doc):
        if subject_of_a_clause(doc, i, n):
            continue
        j = i - 1
        while j >= 0 and (doc[j].text in _BETWEEN_NAMES or doc[j].text[:1].isupper() and doc[j].ent_type_):
            j -= 1
        if j >= 0 and doc[j].is_lower and doc[j].lemma_.lower() in kinds:
            return True
    return False


def kind_right_before(name: str, doc: Doc) -> bool:
    """Whether the article writes the name, at least two words, right after a body's kind in
    lowercase that itself follows a word saying what kind ("software company Rocky Hat",
    "wrestling promotion Zed Wrestling"): the article says what the name is, though its first
    word is also a given name. The kind must touch the name ("company founder Jane Roe" puts a
    person's noun between), and "the company Jane Roe runs", a determiner before the kind, may
    open a clause whose subject the name is, so it is no such word."""
    words = name.split()
    if len(words) < 2:
        return False
    for i in occurrences(name, doc):
        if i < 2 or subject_of_a_clause(doc, i, len(words)):
            continue
        kind, before = doc[i - 1], doc[i - 2]
        if kind.is_lower and kind.lemma_.lower() in _BODY_KINDS and kind.tag_ == "NN" \
                and (before.is_lower or before.text[:1].isupper() and before.ent_type_ in ("GPE", "NORP")) \
                and before.pos_ in ("ADJ", "NOUN", "PROPN", "VERB"):
            return True
    return False


def refers_to_itself(name: str, doc: Doc) -> bool:
    """Whether the article writes the name as the subject of a verb that takes "itself" ("Zedix
    describes itself as a community project"): a thing or a body, which no person's name is,
    though its first word is also a given name."""
    n = len(name.split())
    for i in occurrences(name, doc):
        roots = [t for t in doc[i:i + n] if not i <= t.head.i < i + n or t.head is t]
        if len(roots) == 1 and roots[0].dep_ == "nsubj" \
                and any(c.lower_ == "itself" for c in roots[0].head.children):
            return True
    return False


def described_as_someone(name: str, doc: Doc) -> bool:
    """Whether the article writes a relative clause of "who" right after the name and a comma
    ("Zedville, who ..."; not "Roe, a doctor from Zedville, Ruritania, who ...") that calls it
    "he" or "she" ("said Zedville, who graduated in 2009 with her master's"): a
    person, though the tagger read a place. A place takes "which" or "where", and "who" alone
    may be a team's ("Chicago, who won"); the pronoun says one person. "Whose" is none of this:
    what a place has may be "he" or "she" ("Zedville, whose mayor said her city was ready")."""
    n = len(name.split())
    for i in occurrences(name, doc):
        if i + n >= len(doc) or doc[i + n].text != ",":
            continue
        for clause in (c for t in doc[i:i + n] for c in t.children if c.dep_ == "relcl"):
            words = [t.lower_ for t in clause.subtree]
            if clause.left_edge.i == i + n + 1 and words[0] == "who" \
                    and any(w in PRONOUN_GENDER for w in words[1:]):
                return True
    return False


def subject_of_a_clause(doc: Doc, i: int, n: int) -> bool:
    """Whether the name of ``n`` tokens at ``i`` is the subject of a relative clause ("the
    company Jane Roe runs in Lagos"), or, where the parse took the clause's verb for a noun
    ("runs" read as a plural), a modifier of that later word rather than a name standing alone."""
    last = doc[i + n - 1]
    if last.dep_ == "compound" and last.head.i >= i + n:
        return True
    return last.dep_ == "nsubj" and last.head.dep_ == "relcl"


def hyphenated_person(description: str) -> bool:
    """Whether a lowercase description ends in a hyphenated noun of a person ("study co-author",
    "his ex-wife"): the parse splits the word, so its head is no person's noun."""
    words = description.split()
    if not words or not description.islower() or "-" not in words[-1]:
        return False
    last = words[-1].split("-")[-1].strip(".,")
    return last in PERSON_HEADS or last in ROLE_NOUNS


def collective_of_people(description: str) -> bool:
    """Whether a lowercase description is headed by a singular noun of several people ("the
    couple", "the research team", "his family"): whoever it is, several people speak, a group,
    though the passes, reaching it through "they", could not tell its type."""
    words = description.split()
    return bool(words) and description.islower() and words[-1].strip(".,") in COLLECTIVE_NOUNS


def person_of_a_body(name: str, doc: Doc, mention: tuple[int, int] | None) -> bool:
    """Whether a name the tagger read as a body's is a person's, introduced as a member "of" a
    body ("Crystal Roe of the tribal office", "Nils-Erik Roe of Zorbia Fire and Rescue"): two or
    three words, the first a given name the lists know (each half of a hyphenated one), no
    body's kind word heading it."""
    words = name.split()
    if not 2 <= len(words) <= 3 or body_headed(name) or mention is None:
        return False
    if not all(gender_of(part) is not None for part in words[0].split("-")):
        return False
    text = doc_index.text(doc)[mention[0]:mention[1]]
    rest = text[text.find(name) + len(name):] if name in text else ""
    return rest.startswith(" of ") and rest[4:5].isupper() or rest.startswith(" of the ")


def member_of_a_body(name: str, doc: Doc) -> bool:
    """Whether a name the tagger read as a body's is a person's whose given name the lists do not
    know, written as a member "of the" body ("Ramu Zorbanath of the Eastland assembly"): two or
    three words, each a capital and small letters, none a body's word, never written after "the"
    (as bodies' names are), and followed at one occurrence by "of the", up to three capitalised
    words and a body's kind in lowercase. A body is not "of the" assembly it sits in."""
    words = name.split()
    if not 2 <= len(words) <= 3 or any(not (w.isalpha() and w[:1].isupper() and w[1:].islower())
                                       or w.lower() in BODY_HEADS or w.lower() in BODY_WORDS for w in words):
        return False
    for i in doc_index.positions(doc).get(words[0], ()):
        if doc[i:i + len(words)].text != name:
            continue
        if i and doc[i - 1].lower_ == "the":
            return False
        after = doc[i + len(words):i + len(words) + 6]
        if len(after) < 3 or after[0].lower_ != "of" or after[1].lower_ != "the":
            continue
        j = 2
        while j < len(after) and after[j].is_title and j < 5:
            j += 1
        if j > 2 and j < len(after) and after[j].is_lower and after[j].lemma_ in BODY_HEADS:
            return True
    return False


def country_name(name: str) -> bool:
    """Whether the name is a country's (or its people's) as the country dictionaries give it
    ("Armenia", "Ruritania" if it were one): a country speaking is a place's voice, GPE, though the
    tagger read its name as a body's."""
    return name.lower().removeprefix("the ").strip(". ") in _COUNTRIES


def titled_at_a_mention(name: str, doc: Doc) -> bool:
    """Whether the article writes the name, two or three capitalised words with no body's kind
    word, right after a person's title or noun ("opponent MP Jane Roe", "an attendee Jan Roe"),
    or after a title and its place ("First Minister of Ruritania Jane Roe"): a person, whatever
    the tagger read. A body's name after a preposition ("analyst at Zedco Partners") is none, nor
    a name of words the article also writes in lowercase ("the Supreme Court": "court")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or body_headed(name) or any(w.lower() in BODY_HEADS for w in words):
        return False
    positions = doc_index.positions(doc)
    if any(w.lower() in positions for w in words if w.lower() != w):
        return False  # a word the article also writes in lowercase ("court"): a common noun, no name
    for i in positions.get(words[0], ()):
        if doc[i:i + len(words)].text != name:
            continue
        j = i - 1
        while j >= 0 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" \
                and (doc[j].ent_type_ == "GPE" or doc[j + 1].ent_iob_ == "I"):
            j -= 1  # "Ruritania" of "First Minister of Ruritania Jane Roe", tagged a place or in the name's span
        if j < i - 1:
            if j < 0 or doc[j].lower_ not in _TITLE_PLACE_LINKS:
                continue
            while j >= 0 and doc[j].lower_ in _TITLE_PLACE_LINKS:
                j -= 1
        if j >= 0 and _person_title(doc[j]):
            return True
    return False


def _person_title(token: Token) -> bool:
    """Whether a word is a person's title or noun ("MP", "Minister", "attendee", "Dr"): the
    lists of offices, titles and letters after a name that are also written before it ("MP")."""
    word = token.lower_.rstrip(".")
    return token.pos_ in ("NOUN", "PROPN") and word not in BODY_HEADS and word not in BODY_ROLES \
        and (word in ROLE_WORDS or word in PERSON_HEADS or word in ADDRESS_WORDS or word in NAME_TITLES
             or word in POSTNOMINALS)


def occurrences(name: str, doc: Doc) -> list[int]:
    """Where the article writes the name, word for word: the index of its first token at each."""
    words = name.split()
    if not words:
        return []
    return [i for i in doc_index.positions(doc).get(words[0], ()) if doc[i:i + len(words)].text == name]


# a word of letters ending in a number, joined by a hyphen or not ("Zed24", "COVID-19")
_LETTERS_THEN_DIGITS = re.compile(r"[A-Za-z]+-?[0-9]+")


def digit_in_name(name: str) -> bool:
    """Whether a word of the name is letters ending in a number ("Zed24", "COVID-19"; "Channel
    4" is no such word, nor a garbled letter "GÃ1⁄4"): broadcasters', products', diseases' and
    bodies' names are so written, no person's. Digits written for letters inside a word
    ("6ix9ine", a stage name) are no such number. What it is, a body or a thing, only the
    article's words say ("broadcaster Zed24", "Zed24 reported"); the tagger's ORG is no proof
    ("COVID-19")."""
    return any(_LETTERS_THEN_DIGITS.fullmatch(w) for w in name.split())


def impersonal_name(name: str, gender: str | None) -> bool:
    """A name with nothing of a person's at its start: no "he" or "she", no given name the
    lists know opening it, no personal title or rank ("Dr", "Detective")."""
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    return gender is None and gender_of(name.split()[0] if name.split() else "") is None \
        and first not in PERSONAL_RANKS and first not in NAME_TITLES and not titled_person(name)


def introduced_as_a_body(name: str, doc: Doc) -> bool:
    """Whether the article says outright that the name is a body's: a body's kind or a
    publisher's noun stands right before it ("broadcaster Zed24", "the news site Notes from
    Zorbia", "wrestling promotion Zed Wrestling") or is set beside it ("Zedpac, a political
    crowdfunding website"), or it is where a piece was published ("a new article in Zedpost").
    A role word ("company founder Jane Roe") is no such noun."""
    words = name.split()
    if len(words) >= 2 and words[0].lower() in _BODY_KINDS and words[1][:1].isupper() \
            and not any(gender_of(w) is not None for w in words[1:]):
        # "Broadcaster Zed24 reported": the kind opening the sentence, read into the name ("Group
        # Captain Jane Roe", a rank and a given name, is a person's)
        return True
    if after_a_body_kind(name, doc, _BODY_KINDS):
        return True
    n = len(words)
    for i in occurrences(name, doc):
        if published_in(doc, i):
            return True  # "an article in Zedpost": what publishes articles
        for token in doc[i:i + n]:
            if any(c.dep_ == "appos" and c.is_lower and c.lemma_.lower() in _BODY_KINDS
                   and not i <= c.i < i + n for c in token.children):
                return True
    return False


def published_in(doc: Doc, i: int) -> bool:
    """Whether the name at ``i`` follows a piece a publication prints and "in", the piece opened
    by a determiner or a possessive with only plain adjectives between ("an article in Zedpost",
    "a new article in Zedpost", "her column in Zedpost"; "A Ruritanian military column in Zorbtown"
    names no piece). A piece's word that also names other things (``[other_sense_writings]``:
    "a column in Zorbtown", troops in a town) needs a name the tagger reads as no place there;
    "an article in X" names a publication even where the tagger read a place."""
    if i < 3 or doc[i - 1].lower_ != "in" or doc[i - 2].lemma_.lower() not in PUBLISHED_WRITINGS:
        return False
    if doc[i - 2].lemma_.lower() in _OTHER_SENSE_WRITINGS and doc[i].ent_type_ in ("GPE", "LOC"):
        return False
    j = i - 3
    while j >= 0 and doc[j].pos_ == "ADJ" and doc[j].is_lower and not doc[j].ent_type_:
        j -= 1
    return j >= 0 and (doc[j].pos_ == "DET" or doc[j].tag_ == "PRP$")


def family_of_a_surname(name: str, doc: Doc) -> bool:
    """Whether a one-word name is the plural of the surname of a person the article names in
    full or after an honorific, written after "the" ("the Roes" beside "Jane Roe" or "Mr Roe";
    a surname written first, "Roe Jae-won", is reached through "Mr Roe"): a family, several
    people."""
    if " " in name or len(name) < 4 or not name.endswith("s") or not name[:1].isupper():
        return False
    stem = name[:-1]
    if not any(i and doc[i - 1].lower_ == "the" for i in occurrences(name, doc)):
        return False
    persons = doc_index.ents_labelled(doc, "PERSON")
    # "Jane Williams" makes "Williams" a surname of its own, no plural
    return any(e.text.endswith(" " + stem) or surname_after_honorific(e, stem) for e in persons) \
        and not any(e.text.endswith(" " + name) for e in persons)


def surname_after_honorific(ent: Span, surname: str) -> bool:
    """Whether a person's name the tagger found is the surname alone right after an honorific
    ("Mr Roe", "Mrs. Roe"): how the article writes that person's surname, whatever order the
    full name takes."""
    return ent.text == surname and ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in ADDRESS_WORDS


def hyphenated_given_name(name: str) -> bool:
    """Whether a name of two or three words opens with two given names the lists know joined by
    a hyphen ("Eva-Maria Roe", "Jean-Pierre Roe"), the rest a capital and small letters and no
    body's word: a person's name, though the tagger read it as a body's (the lists do not know
    the joined name, so nothing else calls it personal)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or "-" not in words[0] or body_headed(name):
        return False
    if not all(part and gender_of(part) is not None for part in words[0].split("-")):
        return False
    return all(w.isalpha() and w[:1].isupper() and w[1:].islower() and w.lower() not in BODY_HEADS
               and w.lower() not in BODY_WORDS for w in words[1:])


def opens_a_body_name(name: str, doc: Doc) -> bool:
    """Whether a one-word name opens, at one of its occurrences, a longer name the tagger reads
    as an organisation's ("Zed Research report" beside "Zed notes") and is the subject of a verb
    alone elsewhere: the short form of that body's name, acting as it. A place's name also opens
    bodies' names ("Zedmouth Publicity") but, listed among places, is no subject. Only asked of a
    name with nothing personal about it (``impersonal_one_word``)."""
    positions = doc_index.positions(doc).get(name, ())
    if not any(doc[i].dep_ == "nsubj" for i in positions):
        return False
    for i in positions:
        ent = doc_index.entity_at(doc, i)
        if ent is not None and ent.label_ == "ORG" and ent.start == i and len(ent) > 1:
            return True
    return False


def body_kind_description(name: str, head: Token) -> bool:
    """Whether a lowercase description is headed by a body's kind ("the foreign ministry", "the
    air base", "the broadcaster"): a body speaks, an organisation, though a pass typed it a
    person's. A person's noun heading it ("ministry spokesman") keeps it a person's."""
    if not name.islower() or not head.is_lower or head.tag_ not in ("NN", "NNP"):
        return False
    lemma = head.lemma_.lower()
    return (lemma in BODY_HEADS or lemma in _BODY_KINDS) and lemma not in OUTLET_COLLECTIVES \
        and lemma not in _NOT_ALONE_A_BODY and lemma not in PERSON_HEADS and lemma not in ROLE_NOUNS


def _government_words(name: str) -> tuple[list[str], int] | None:
    """The words of a name, lowercased, without possessives and "the", and where "government"
    stands among them; None when it does not."""
    words = [without_possessive(w.strip(".,")) for w in name.lower().split()]
    words = [w for w in words if w and w != "the"]
    return (words, words.index("government")) if "government" in words else None


def government_headed(name: str) -> bool:
    """Whether "government", in either case, heads the name: its last word ("the Ruritanian
    government", "the Conservative government") or its first before "of" ("Government of
    Zorbia"). A government is a body that speaks, ORG, though it governs a place: readers of the
    record take "the Zorbian government said" for a body's words and "Zorbia said" for the
    country's (GPE). "Government Accountability Office" (headed by "Office") and "government
    officials" (people) are no such names."""
    found = _government_words(name)
    if found is None:
        return False
    words, i = found
    return i == len(words) - 1 or i == 0 and len(words) > 2 and words[1] == "of"


def government_of_a_place(name: str, doc: Doc) -> bool:
    """Whether the name is a government's headed by "government", in either case, with nothing
    beside it but a place's name and words of where it governs (``[government_place_words]``):
    "the Ruritanian Government", "Government of Zorbia", "the Zorbian federal government", "the
    government". A country's (or a city's) government speaking is a body, ORG, as docs/json.md
    defines it and as a lowercase "the Ruritanian government" is typed; a pass's PERSON or
    UNKNOWN for the capitalised name would make the same speaker two types. "Student Government" and "Labour
    Government" (a body's or a party's word beside it) and "Government Accountability Office"
    (headed by another word) are no such names."""
    found = _government_words(name)
    if found is None:
        return False
    words, i = found
    if i == len(words) - 1:
        beside = words[:i]
    elif words[i + 1] == "of" and i == 0:
        beside = words[i + 2:]
    else:
        return False
    rest = [w for w in beside if w not in GOVERNMENT_PLACE_WORDS]
    if not rest or country_name(" ".join(rest)):
        return True
    at = doc_index.lower_positions(doc)
    return all(any(doc[i].ent_type_ in ("GPE", "NORP") for i in at.get(w, ())) for w in rest)


def national_initials(name: str) -> bool:
    """Whether the name is a country's or a nationality's word and a body's initials ("the
    Ruritanian ZSB", "Zorbian FBI"): a country's agency by its acronym, an organisation, though
    the tagger read the run as a person's name. Letters written after a person's name ("MP",
    "QC") are no body's initials, nor two letters alone, most often an office's ("the British
    PM", "the Nigerian VP")."""
    words = name.split()
    if len(words) < 2:
        return False
    initials = words[-1]
    if not (3 <= len(initials) <= 6 and initials.isalpha() and initials.isupper()) \
            or initials.lower() in POSTNOMINALS or initials.lower() in NAME_TITLES or initials.lower() in ROLE_WORDS:
        return False
    return country_name(" ".join(words[:-1]))


def place_named_first(name: str, doc: Doc) -> bool:
    """Whether the name's first word is a place's name, not a given name, though the list of
    given names has it ("Zedton Herald", "Manila" of a paper named for the city): a country's or
    its people's word, a capital city on the list, or a word the tagger reads as a place where
    the article writes it alone. Bodies are named for the place they serve; asked only of a
    name headed by a body's kind word whose gender rests on the first word alone."""
    first = name.split()[0]
    if country_name(first) or first.lower() in CAPITAL_CITIES:
        return True
    n = len(name.split())
    return any(doc[i].ent_type_ == "GPE" and doc[i].ent_iob_ == "B"
               and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")  # a place of one word
               and doc[i:i + n].text != name for i in doc_index.positions(doc).get(first, ()))


def described_as_a_person(name: str, roles: list[str], doc: Doc) -> bool:
    """Whether a name the tagger read as a body's, two or three words opening with a given name
    the lists know and with no body's word, is given a person's noun: a role headed by one
    ("spokeswoman", "head of the firm"), or an apposition right after it ("Jane Roe, a lawyer
    for the family, said"). A body's kind as its role ("a polling firm") or apposition ("Zedco, a
    company") says a body; only a person's noun, with a person's given name, says a person."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not given_name_first(name) or body_headed(name) \
            or any(w.lower() in BODY_HEADS or w.lower() in BODY_WORDS for w in words):
        return False
    if any(not body_role(r) and person_role_head(r) for r in roles):
        return True
    n = len(words)
    for i in occurrences(name, doc):
        if i + n < len(doc) and doc[i + n].text == ",":
            for token in doc[i:i + n]:
                if any(c.dep_ == "appos" and c.is_lower and c.i > i + n and person_noun(c) for c in token.children):
                    return True
    return False


def person_role_head(role: str) -> bool:
    """Whether a role's head, the word before what qualifies it ("head of the firm": "head"), is a
    person's noun or office ("spokeswoman", "lawyer", "minister")."""
    words = role.lower().replace(",", " , ").split()
    cut = next((n for n, w in enumerate(words) if n and w in _POSTMODIFIER_STARTS), None)
    words = words[:cut]
    return bool(words) and (words[-1].strip(".,") in ROLE_NOUNS or words[-1].strip(".,") in PERSON_HEADS)


def person_noun(token: Token) -> bool:
    """Whether a lowercase noun is one of a single person's ("lawyer", "spokeswoman"), no body's kind."""
    lemma = token.lemma_.lower()
    return token.tag_ == "NN" and (lemma in ROLE_NOUNS or lemma in PERSON_HEADS) \
        and lemma not in BODY_HEADS and lemma not in _BODY_KINDS


def title_inside_name(name: str) -> bool:
    """Whether a capitalised run is a place, a person's title and a full name ("Zedton Mayor Jane
    Roe", "Ruritania Senator Jan Roe"): the title and a given name the lists know, followed by a
    surname that ends the run, say a person, though the tagger read the whole run as a body's.
    A body's kind word anywhere ("Zedton Mayor's Office") keeps it a body's."""
    words = name.split()
    if len(words) < 3 or body_headed(name) or any(w.lower() in BODY_HEADS for w in words):
        return False
    for k in range(1, len(words) - 2):
        word = words[k].lower().rstrip(".")
        if (word in NAME_TITLES or word in ROLE_WORDS) and words[k][:1].isupper() \
                and gender_of(words[k + 1]) is not None and len(words) - k - 1 in (2, 3):
            return True
    return False


def tagged_as_person_elsewhere(name: str, doc: Doc) -> bool:
    """Whether a name the passes typed a body's, two or three words opening with a given name the
    lists know and with no body's word, is read by the tagger as a person's name at one of its
    occurrences, and never as a body's: the tagger's ORG at one mention was the slip ("Jane Roe"
    tagged ORG in a list of candidates, PERSON elsewhere)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not given_name_first(name) or body_headed(name) \
            or any(w.lower() in BODY_HEADS or w.lower() in BODY_WORDS for w in words):
        return False
    labels = {ent.label_ for ent in doc_index.ents_named(doc, name)}
    return "PERSON" in labels and "ORG" not in labels
