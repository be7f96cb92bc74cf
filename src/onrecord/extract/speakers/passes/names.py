"""Passes that resolve a mention by a name it holds.

``name_in_mention``: a person's name inside a mention headed by a role or a title ("President of
Ukraine Volodymyr Zelenskyy", "The governor of Ohio, Mike DeWine"), or right after a description
the parser cut from it ("said project co-director Laura Benning"), is the speaker; the words before the
name become a role.

``body_after_description``: a body's name right after a description of its kind the parser cut
from it ("television broadcaster PBS revealed") is the speaker.

``appositive_name``: a description followed by a person's name between commas ("Malaysia's Prime
Minister, Najib Razak, said", "according to the town's first selectman, Chris Kervick,", "A second
co-author, marine biology lecturer Hannah Obi, said") is that person, whatever the parser
attached the name to; the description becomes a role.

``name``: the mention's head is, or belongs to, a name: a person ("Rezaei", joined to the full
name seen in the article), an organization, a place, a nationality read as a person ("Rouhani"
tagged NORP), an appositive name ("the RT editor in chief, Margarita Simonyan"), a partisan
("The Republican is ..."). Titles and appositives become roles.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from onrecord.extract import doc_index
from onrecord.extract.speakers import constraints
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.fullest_name import in_title_case_line, title_out_of_name
from onrecord.extract.speakers.mention_syntax import (
    across_colon,
    appositive_roles,
    body_name,
    hyphen_joined_name_start,
    is_acronym,
    mention_range,
    name_with_the,
    office_word,
    qualifier,
    speech_word,
    strip_determiner,
    subject_after_dash_aside,
    title_roles,
)
from onrecord.extract.speakers.name_forms import (
    BODY_WORDS,
    NAME_KIND_WORDS,
    apostrophe_surname,
    common_noun_after_dateline,
    completed_body_span,
    given_name_left_out,
    hyphenated_given_name_start,
    name_label,
    service_before_rank,
)
from onrecord.extract.speakers.spelling import without_possessive
from onrecord.extract.speakers.state import NOT_A_SPEAKER, ArticleEntity, ArticleState, Mention, NotASpeaker
from onrecord.extract.speakers.words import (
    ACTOR_NOUNS,
    ADDRESS_WORDS,
    AGENT_NOUNS,
    APPOSED_BODY_KINDS,
    BODY_HEADS,
    COLLECTIVE_NOUNS,
    COUNTING_WORDS,
    DOCUMENT_NOUNS,
    DOTTED_ACRONYM,
    GROUP_NOUNS,
    INSTITUTION_NOUNS,
    NAME_TYPES,
    NOT_APPOSED_BODY_KINDS,
    NOUN_GENDER,
    ORG_NOUNS,
    PARTIES,
    PERSON_HEADS,
    PERSON_NOUNS,
    ROLE_WORDS,
    WRITING_PARTS,
)


def name_in_mention(head: Token, state: ArticleState) -> Mention | None:
    """A person named inside a mention whose head is a role or a title, or named right after a
    description the parser cut from the name (``constraints.name_after_description``); rule
    "name-in-mention".

    Measured precision: 1/1 on the dev half, seed 3001 (150 statements drawn, 140 real)."""
    span = state.doc[slice(*mention_range(head))]
    person = constraints.name_in_mention(span, head)
    if person is None and describes(head):
        person = constraints.name_after_description(span, head)
        if person is None and person_noun(span[-1].lemma_.lower()):  # "co-author" read as "co"
            person = constraints.name_after_description(span, head, untagged=True)
        if person is not None:  # the phrase the parser cut, whole: "project co-director Laura Benning"
            span = state.doc[span.start:person.end]
    if person is None or completed_body_span(person) is not person:
        return None  # "Agnostics" of "the Union of Skeptics and Agnostics": the body's, read by ``name``
    entity = state.person(person, person.start_char)
    entity.add_role(strip_determiner(state.doc[span.start:person.start]).strip(" ,"))
    return Mention(span.start_char, span.end_char, entity, "name-in-mention")


def body_after_description(head: Token, state: ArticleState) -> Mention | None:
    """A body named right after a description of its kind that the parser cut from the name:
    "television broadcaster PBS revealed", "news broadcaster NRK later reported" are PBS and
    NRK, not an unnamed broadcaster; rule "name-in-mention". The name must be an organization's,
    hang on the description (an appositive) or on its verb (a second subject), and end the
    phrase (a verb, an adverb or punctuation next).

    Measured precision: 2/2 dev statements over the 303 articles (both right), none drawn."""
    if head.ent_type_ or head.pos_ != "NOUN" or head.lemma_.lower() not in ORG_NOUNS | INSTITUTION_NOUNS:
        return None
    doc = state.doc
    span = doc[slice(*mention_range(head))]
    ent = doc_index.entity_at(doc, span.end) if span.end < len(doc) else None
    if ent is None or ent.start != span.end or ent.label_ != "ORG" or name_label(ent) != "ORG":
        return None
    root = ent.root
    hangs = root.dep_ == "appos" and root.head.i == head.i \
        or root.dep_ in ("nsubj", "nsubjpass") and root.head.i == head.head.i and head.dep_ in ("nsubj", "nsubjpass")
    after = doc[ent.end] if ent.end < len(doc) else None
    if not hangs or after is not None and after.pos_ not in ("VERB", "AUX", "ADV", "PUNCT"):
        return None
    name = body_name(ent)
    if not name:
        return None
    return Mention(span.start_char, ent.end_char, state.entity_by_name(name, "ORG"), "name-in-mention")


def describes(head: Token) -> bool:
    """Whether a mention's head is a description a name may follow: a common noun ("curator",
    "co-author", or "academic" read as an adjective) or an office spelt as a title
    ("Assemblywoman"), not a name of its own."""
    if head.ent_type_:
        return False
    return head.pos_ in ("NOUN", "ADJ") or head.pos_ == "PROPN" and office_word(head.lower_) in ROLE_WORDS


def appositive_name(head: Token, state: ArticleState) -> Mention | None:
    """A description set off by a name in commas right after it; rule "appositive-name".

    The parser often hangs the name on the verb or on the wrong noun ("Haifa University
    geostrategy expert and former Israeli security official, Avinoam Idan, said"), so the name is
    found by position: a comma, a person's name (title words may come first: "a co-author,
    marine biology lecturer Hannah Obi,"), then a comma, a bracket, a speech verb, the verb
    the description is the subject of, or the sentence's end. Only a singular description that
    is no name itself ("the minister", not "officials", not "Smith") is read this way. A given
    name alone that the tagger missed counts after a description of a person of its gender ("his
    wife, Amanda,": ``apposed_kin_given_name``; issue 13's eighth round, 1 dev statement, right).
    Precision not yet measured on a judged sample."""
    if head.ent_type_ or head.tag_ not in ("NN", "NNP") or head.pos_ == "PROPN" \
            and office_word(head.lower_) not in ROLE_WORDS:
        return None
    if names_a_writing(head):
        return None
    span = state.doc[slice(*mention_range(head))]
    person = apposed_person(span, head) or apposed_kin_given_name(span, head)
    if person is None:
        return None
    entity = state.person(person, person.start_char)
    entity.add_role(strip_determiner(span))
    return Mention(span.start_char, span.end_char, entity, "appositive-name")


def name_before_open_appositive(head: Token, state: ArticleState) -> Mention | None:
    """A description after a person's name and a comma, when the comma that should close the
    sentence's opening phrase is missing: "In the blog post Jo Roe, the chief technology officer
    of Acme said ..." is Jo Roe speaking, the officer being her appositive. The parser makes the
    name a second object of the opening preposition (beside its own object) and the description
    the subject; a preposition with one object only ("After meeting Roe, the officer said") is a
    phrase of its own and the description someone else. Only a singular role description opened
    by "the" is read this way, and only the name of a person; rule "appositive-name"."""
    doc = state.doc
    if head.dep_ != "nsubj" or head.tag_ not in ("NN", "NNP") or office_word(head.lower_) not in ROLE_WORDS:
        return None
    span = doc[slice(*mention_range(head))]
    if span.start < 3 or span[0].lower_ != "the" or doc[span.start - 1].text != ",":
        return None
    last = doc[span.start - 2]
    prep = last.head
    if last.ent_type_ != "PERSON" or last.dep_ != "pobj" or prep.dep_ != "prep" or prep.head != head.head \
            or prep.i != span.sent.start or not any(c.dep_ == "pobj" and c.i < last.left_edge.i for c in prep.children):
        return None
    ent = doc_index.entity_at(doc, last.i)
    if ent is None or ent.label_ != "PERSON" or ent.end != last.i + 1:
        return None
    entity = state.person(ent, ent.start_char)
    entity.add_role(strip_determiner(span))
    return Mention(span.start_char, span.end_char, entity, "appositive-name")


def body_officer_name(head: Token, state: ArticleState) -> Mention | None:
    """A body's name followed, between commas, by its officer's role and then the officer's
    name: "said the University of Eastland, Westport's chancellor, Ann Lee" or "said Acme Corp,
    its chief executive, John Smith" is Ann Lee or John Smith speaking, not the body. The parser
    makes the body the mention's head and the role its appositive, so the name pass would give
    the words to the body; the person named is who spoke (``constraints``: a person's name in
    the mention is the speaker). Only a role word ("chancellor", "spokesman") apposed to a name
    of a body or a place, itself followed by a person's name between commas, is read this way;
    the role (with its possessor) becomes the person's role. Rule "appositive-name"."""
    if head.pos_ != "PROPN" or head.ent_type_ not in ("ORG", "GPE", "FAC", "NORP", ""):
        return None
    # the parser hangs the role as an appositive, or as a conjunct with no "and" before it
    role = next((c for c in head.children if c.dep_ in ("appos", "conj") and c.pos_ == "NOUN"
                 and office_word(c.lower_) in ROLE_WORDS
                 and not any(t.dep_ == "cc" for t in state.doc[head.i + 1:c.left_edge.i])), None)
    if role is None:
        return None
    role_span = state.doc[slice(*mention_range(role))]
    person = apposed_person(role_span, role) or apposed_given_name(role_span)
    if person is None or person.start <= head.i:
        return None
    doc = state.doc
    span = doc[slice(*mention_range(head))]
    entity = state.person(person, person.start_char)
    possessor = {t.i for c in role.children if c.dep_ == "poss" for t in c.subtree}
    entity.add_role(" ".join(t.text for t in role_span if t.i not in possessor and t.pos_ not in ("DET", "PRON")))
    if entity.affiliation is None:  # the body, with a place that closes its name ("..., San Diego's")
        body = body_with_its_place(doc, span, possessor) if possessor else span.text
        entity.affiliation = without_possessive(body).strip(" ,").removeprefix("the ") \
            .removeprefix("The ")
    return Mention(span.start_char, person.end_char, entity, "appositive-name")


def body_with_its_place(doc: Doc, span: Span, possessor: set[int]) -> str:
    """The body's name up to the end of a possessive place that closes it: "the University of
    Eastland, Westport's chancellor" names the body "University of Eastland, Westport", a
    campus of its own; cut at the comma it would name another. A pronoun ("its chief executive")
    adds nothing to the name."""
    proper = [i for i in possessor if doc[i].pos_ == "PROPN"]
    if proper and min(possessor) == span.end + 1 and doc[span.end].text == ",":
        return doc[span.start:max(possessor) + 1].text
    return span.text


def apposed_kin_given_name(span: Span, head: Token) -> Span | None:
    """A given name alone, the tagger missed, between commas right after a description of a
    person of one gender ("According to his wife, Amanda, he died of a lung disorder", "the
    victim's mother, Rosa, said"): the one word is a given name the first-name list knows of the
    description's gender, not tagged a place, followed by a comma, a full stop or the
    sentence's end, after a description that ends at its noun. A word of no known gender, or of
    the other one, is no name here ("his wife, Carter," stays unnamed), nor is a place after a
    phrase that closes the description ("The wife of a soldier from the city, Victoria,")."""
    gender = NOUN_GENDER.get(head.lemma_.lower())
    doc = span.doc
    # the description must end at its noun: "The wife of a soldier from the city, Victoria," names
    # the city, not the wife
    if gender is None or head.i != span[-1].i or span.end + 2 > len(doc) or doc[span.end].text != ",":
        return None
    name = doc[span.end + 1]
    if name.pos_ != "PROPN" or not name.is_alpha or not name.text[:1].isupper() or gender_of(name.text) != gender \
            or name.ent_type_ in _PLACE_TYPES:
        return None  # a place the tagger found ("Victoria" a city) is no given name
    after = span.end + 2
    if after < len(doc) and after != span.sent.end and doc[after].text not in (",", "."):
        return None
    return doc[span.end + 1:after]


# the tagger's labels of places: a word so tagged after a description is no given name (the
# tagger tags a given name alone it missed as a body, "his wife, Amanda," an ORG, so that is kept)
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def apposed_given_name(span: Span) -> Span | None:
    """A name the tagger missed, between commas right after ``span``: two or three capitalised
    proper nouns, the first a given name the first-name list knows ("chancellor, Pradeep
    Khosla."), ended by a comma, a full stop or the sentence's end. None otherwise."""
    doc = span.doc
    start = span.end + 1
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    end = start
    while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and doc[end].is_alpha:
        end += 1
    if not 2 <= end - start <= 3 or gender_of(doc[start].text) is None:
        return None
    if end < len(doc) and end != span.sent.end and doc[end].text not in (",", "."):
        return None
    return doc[start:end]


def appositive_body(head: Token, state: ArticleState) -> Mention | None:
    """A description of a body or a group set off by a body's name in commas: "The militant
    group, the Northern Liberation Front, claimed responsibility", "One of these groups, the
    Free Farmers' Union (FFU), said" speak as the body named, not as "militant group"; rule
    "appositive-name". The description must be of a kind a body is ("group", "organisation",
    "company", or "one of" such a plural), its appositive an organization's name, not a place
    or a person; the description becomes no role."""
    kind: Token | None = head
    if head.ent_type_ not in ("", "CARDINAL") or head.pos_ not in ("NOUN", "NUM"):
        return None
    if head.pos_ == "NUM" or head.lower_ == "one":
        # "One of these groups": the kind is the plural after "of"
        kind = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"), None)
        if head.lower_ != "one":
            return None
    if kind is None or kind.lemma_.lower() not in _BODY_KINDS:
        return None
    body = apposed_body(head)
    if body is None:
        return None
    span = state.doc[slice(*mention_range(head))]
    entity = state.entity_by_name(body, "ORG")
    entity.named = True
    return Mention(span.start_char, span.end_char, entity, "appositive-name")


# nouns of bodies that an appositive may name: "the group, the Northern Liberation Front", "One
# news site, Zorbnews.com,"
_BODY_KINDS = (ORG_NOUNS | INSTITUTION_NOUNS | BODY_HEADS | APPOSED_BODY_KINDS) - NOT_APPOSED_BODY_KINDS

# the small words a body's name may hold between its capitalised words ("the Islamic State of
# Iraq and the Levant"), and, after the words a parse cut it at, "to" ("The Committee to Protect
# Journalists")
NAME_LINKS = frozenset({"of", "and", "the", "for"})
CUT_NAME_LINKS = NAME_LINKS | {"to"}


def apposed_body(head: Token) -> str | None:
    """The name of the body in apposition to ``head`` between commas ("the group, the Northern
    Liberation Front (NLF),"): the appositive must open right after a comma with the name of an
    organization the tagger found, and end the phrase (a comma, a bracket or a verb after it).
    The name runs over the appositive's words while they are capitalised or small words of a
    name ("of", "and", "the"), or capitalised words of the tagged name ("Zorbnews.com"), so
    that "the Islamic State of Iraq and the Levant" stays whole; a bracketed short form after
    it is left out."""
    doc = head.doc
    for child in head.children:
        if child.dep_ != "appos" or child.i <= head.i:
            continue
        start = child.left_edge.i
        if start == 0 or doc[start - 1].text != ",":
            return None
        ent = doc_index.entity_at(doc, child.i)
        if ent is None or ent.label_ != "ORG" or name_label(ent) != "ORG" or ent.start > start + 1:
            return None
        end = start
        while end <= child.right_edge.i and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha
                                             or ent.start <= end < ent.end and doc[end].text[:1].isupper()
                                             or doc[end].lower_ in NAME_LINKS or doc[end].lower_ in ("'", "’")):
            end += 1
        while end > start and doc[end - 1].lower_ in NAME_LINKS:
            end -= 1
        after = doc[end] if end < len(doc) else None
        if after is not None and not (after.text in (",", "(", ")") or after.pos_ in ("VERB", "AUX")):
            return None
        name = strip_determiner(doc[start:end])
        return name or None
    return None


def named_by_participle(head: Token, state: ArticleState) -> Mention | None:
    """A person described, then named by "named", "called", "identified as" or "known as": "A
    university student named Li Wei said", "a local man called John Parker told reporters", "said
    the station chief known as Rick" is that person, not an unnamed student; rule
    "name-in-mention" (a name inside the mention, as the hard constraints have it). The
    description must be of a person (an office, a person's noun: "student", "man", "driver"),
    and the name a person's, right after the participle (or its "as"); the description becomes
    a role."""
    if head.ent_type_ or head.pos_ != "NOUN" or head.tag_ != "NN" or not person_noun(head.lemma_.lower()):
        return None
    doc = state.doc
    for participle in head.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lower_ not in NAMING_PARTICIPLES:
            continue
        start = participle.i + 1
        if start < len(doc) and doc[start].lower_ == "as":
            start += 1
        ent = doc_index.entity_at(doc, start) if start < len(doc) else None
        if ent is None or ent.start != start or name_label(ent) != "PERSON":
            return None
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and (after.tag_ == "POS" or after.pos_ in ("NOUN", "PROPN")):
            return None  # "a man named Smith's friend": the name qualifies another noun
        span = doc[slice(*mention_range(head))]
        entity = state.person(ent, ent.start_char)
        if head.lemma_.lower() not in NOUN_GENDER:  # "a student", not "a man" or "his wife", is a role
            entity.add_role(strip_determiner(doc[span.start:participle.i]))
        return Mention(span.start_char, span.end_char, entity, "name-in-mention")
    return None


NAMING_PARTICIPLES = frozenset({"named", "called", "identified", "known"})


def person_noun(lemma: str) -> bool:
    """Whether a common noun is one of a person: an office ("minister"), a noun of a person
    ("student", "woman", "driver") or of a kin ("wife")."""
    return office_word(lemma) in ROLE_WORDS or lemma in PERSON_NOUNS or lemma in PERSON_HEADS \
        or lemma in GROUP_NOUNS or lemma in NOUN_GENDER


def owned_body(ent: Span) -> Span | None:
    """The body a possessive name owns, named right after it: "the University of Washington's
    Institute for Health Metrics and Evaluation" speaks as the institute, whichever of the two the
    parser made the mention's head."""
    doc = ent.doc
    if ent[-1].lower_ not in ("'s", "’s") or ent.end >= len(doc):
        return None
    owned = doc_index.entity_at(doc, ent.end)
    if owned is None or owned.start != ent.end or owned.label_ != "ORG" or owned.sent != ent.sent:
        return None
    return owned


def nationality_in_name(ent: Span) -> Span | None:
    """A body's name with the nationality word that opens it: "Islamic State" is tagged as a
    nationality ("Islamic") and a body ("State"), and the body is not called "State". Only a
    one-word body's name right after a proper noun of a nationality that the parse makes part of
    it (a compound of it, not "the Russian Gazprom", where "Russian" describes it)."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ != "ORG" or ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if before.ent_type_ != "NORP" or before.pos_ != "PROPN" or before.dep_ != "compound" \
            or before.head.i != ent.start or not before.whitespace_ or before.is_punct:
        return None
    return doc[ent.start - 1:ent.end]


def names_a_writing(head: Token) -> bool:
    """Whether a mention's head is a writing ("summary", "report"): no person stands in
    apposition to it, so a name after its comma opens the clause ("According to an FBI
    summary, Jane Roe, a top aide, sent ..." is no summary called Jane Roe)."""
    return head.lemma_.lower() in DOCUMENT_NOUNS | WRITING_PARTS


def apposed_person(span: Span, head: Token) -> Span | None:
    """The person named between commas just after ``span``, or after a description joined to it
    by "and" ("expert and former official, Avinoam Idan,")."""
    doc = span.doc
    ends = [span.end] + [mention_range(c)[1] for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    for end in ends:
        if end + 1 >= len(doc) or doc[end].text != ",":
            continue
        # title words may open the appositive: "A second co-author, marine biology lecturer
        # Hannah Obi, said"
        ent = constraints.person_after_title_words(doc, end + 1, span.sent.end, article=True)
        if ent is None:
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        # a verb after the name must be a speech verb or the verb the description is the subject
        # of ("The party's leader, Jeremy Corbyn announced"): "according to his agent, Hunter had
        # undergone surgery" names the subject of what was said, not the agent
        if after is None or after.text in (",", ")") or speech_word(after.lower_) or after.i == ent.sent.end \
                or after.i == head.head.i and head.dep_ in ("nsubj", "nsubjpass"):
            return ent
    return None


def name(head: Token, state: ArticleState) -> Mention | NotASpeaker | None:
    """A mention whose head is a name, of a person or a body; rule "name".

    Measured precision: 0.92 (55/60) on the dev half, seed 3001 (150 statements drawn, 140 real): two partial
    names ("Dr Martisius"), three speakers of the sentence read wrong ("Politico quoted X")."""
    if place_of_place(head) or where_posted(head) or quoted_alone(head):
        return NOT_A_SPEAKER
    after_aside = subject_after_dash_aside(head)
    if after_aside is not None:
        return Mention(after_aside.start_char, after_aside.end_char, None, "unnamed")
    span = state.doc[slice(*mention_range(head))]
    if indefinite_partisan(span, head) or indefinite_acronym(span, head):
        return None  # described, not named: the description pass leaves it unnamed
    entity = named(state, span, head)
    if entity is None:
        return None
    if surname_in_doubt(state, head):
        return Mention(span.start_char, span.end_char, None, "unresolved")
    for role in title_roles(span, head) + appositive_roles(head):
        entity.add_role(role)
    return Mention(span.start_char, span.end_char, entity, "name")


def surname_in_doubt(state: ArticleState, head: Token) -> bool:
    """Whether the mention is a bare surname that two people named just before share, and
    neither a title nor the article's earlier use tells which (``ArticleState.surname_in_doubt``:
    "Linda Marsh ... Dr. Marsh, her father, ... Marsh said"): the speaker is left unnamed (rule
    "unresolved", the surname itself), not given to the first of the two."""
    ent = doc_index.entity_at(head.doc, head.i)
    if ent is not None and ent.label_ == "PERSON":
        return ent.start_char in state.doubtful_surnames
    return head.idx in state.doubtful_surnames  # a surname the tagger left untagged (``shared_surname``)


def indefinite_partisan(span: Span, head: Token) -> bool:
    """Whether the mention is one partisan described, not named: "a New Hampshire Republican",
    "another Iowa Democrat", "one Republican", "another Muslim". An indefinite word ("a", "another", "one") before
    a party's word, with at most a place's name between, brings in someone the article does not
    name; each such mention may be another person, so none is an entity of its own (and "an
    Iowa Democrat" is never joined to "a Nevada Democrat"). A name in apposition names them ("a
    Republican, Senator Jane Roe, said"): not described only."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or words[0].lower_ not in COUNTING_WORDS or words[-1] != head:
        return False
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return False  # "A Republican, Senator John Smith, said": named after all
    if not head.text[:1].isupper() or qualifier(head.text) not in PARTIES and head.ent_type_ != "NORP":
        return False  # "another Muslim", "an American": one of a people, described too
    return all(w.ent_type_ in ("GPE", "LOC") and w.pos_ == "PROPN" for w in words[1:-1])


def quoted_alone(head: Token) -> bool:
    """Whether the mention's head is the one word of a quotation ('“Nonsense,” wrote a reader
    who ...'), which the parse may make the subject of the verb after it: the quoted word is
    what was said, never who said it. Only a word with quotation marks right before it and only
    punctuation between it and the closing mark."""
    doc = head.doc
    if head.i == 0 or not doc[head.i - 1].is_quote or doc[head.i - 1].whitespace_:
        return False
    i = head.i + 1
    while i < len(doc) and doc[i].is_punct and not doc[i].is_quote:
        i += 1
    return i < len(doc) and doc[i].is_quote and i - head.i <= 3


def where_posted(head: Token) -> bool:
    """Whether the mention's head is where the words were put, not who put them: the object of
    "on" or "via" hung on a verb of saying ("wrote on Twitter", "said via Facebook"), which the
    parse hands on as the speaker when it has lost the verb's subject ("..., screenwriter Jo Roe
    wrote on Twitter" with "screenwriter" read as a verb). A platform or outlet so named never
    spoke; the speaker is left unnamed rather than given the platform's name. Only a phrase
    after the verb: "On Friday Zedco Motor Company announced", parsed as the object of "On", is
    the subject."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in ("on", "via") and prep.head.i < prep.i \
        and prep.head.pos_ == "VERB" and speech_word(prep.head.lemma_.lower())


def place_of_place(head: Token) -> bool:
    """Whether a place's name only says where the place before it lies: "in Berea, OH, after
    winning Ohio, Gov. Roe said" (the parser made "OH" the subject). A place set off by commas
    right after "Place," is that place's state or country, no speaker; one the clause goes on
    from ("After talks in Geneva, Iran said") is the subject."""
    doc = head.doc
    return head.ent_type_ == "GPE" and head.i >= 2 and doc[head.i - 1].text == "," \
        and doc[head.i - 2].ent_type_ == "GPE" and not any(c.dep_ == "conj" for c in head.children) \
        and head.i + 1 < len(doc) and doc[head.i + 1].text == ","


def indefinite_acronym(span: Span, head: Token) -> bool:
    """Whether the mention is one body of a kind an acronym names, not a body's name: "a
    pro-Rubio super PAC", "an NGO". A name takes no "a"; with one, the capitals spell a kind
    ("political action committee"), and the body is left unnamed."""
    words = [t for t in span if not t.is_punct]
    return len(words) >= 2 and words[0].lower_ in ("a", "an") and words[-1] == head \
        and len(head.text) >= 2 and head.text.isalpha() and head.text.isupper()


def body_cut_by_parse(span: Span, head: Token) -> Span | None:
    """A body's name the tagger spans whole that the parse cut after the mention's head, reading
    its last words as a clause: "The Committee to Protect Journalists reports ..." parsed as "The
    Committee", with "to Protect Journalists" a relative clause. Only a name of a body that starts
    in the mention and holds its head, and goes on past it with capitalised words and small
    linking words only ("to", "of", "and", "for", "the"); None otherwise."""
    ent = doc_index.entity_at(span.doc, head.i)
    if ent is None or ent.label_ != "ORG" or ent.start < span.start or ent.end <= span.end:
        return None
    rest = span.doc[span.end:ent.end]
    if not any(t.text[:1].isupper() for t in rest) \
            or not all(t.text[:1].isupper() and t.is_alpha or t.lower_ in CUT_NAME_LINKS for t in rest):
        return None
    return ent




def body_before_its_place(ent: Span) -> Span | None:
    """A body's name and the place after it that the tagger split in two, read as one name: "CNN
    Zembla reported" is the outlet's Zembla branch speaking, never Zembla, though the tagger
    spans "CNN" a body and "Zembla" a place. Only a place right after a body's span that ends
    in a word the parse hangs on the place as a compound ("Zedco Ruritania said"); None
    otherwise: "Zedco, Ruritania said" or "the Zedco deal in Ruritania" name two."""
    doc = ent.doc
    if ent.label_ != "GPE" or ent.start == 0:
        return None
    last = doc[ent.start - 1]
    body = doc_index.entity_at(doc, last.i)
    if body is None or body.label_ != "ORG" or body.end != ent.start or last.whitespace_ != " " \
            or last.dep_ != "compound" or not ent.start <= last.head.i < ent.end:
        return None
    return Span(doc, body.start, ent.end, label="ORG")


# what a newspaper does that a partisan seldom does: "The Zedville Democrat reported that ..."
_NEWSPAPER_VERBS = frozenset({"report", "publish", "editorialize", "editorialise"})


def newspaper_by_party(span: Span, head: Token) -> bool:
    """Whether "the <Place> Democrat" (or Republican) is a newspaper so named, not a partisan:
    the subject of "reported" or "published", or the source of "according to" ("The
    Tallahassee Democrat reported", "according to the Tallahassee Democrat"). Only with a
    place's name before the party's word; "The Republican reported" stays a partisan."""
    if len(span) < 3:
        return False
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _NEWSPAPER_VERBS:
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according"


def named(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """The entity a name in ``span`` that ``head`` belongs to stands for, registered if new;
    None when the mention names no one (an office such as "The Vice President", described)."""
    words = [t for t in span if t.pos_ != "DET" and not t.is_punct]
    if words == [head] and head.pos_ == "PRON" and is_acronym(head):
        return state.entity_by_name(head.text, "ORG")  # "WHO said", read as "who" by the tagger
    if len(words) == 2 and words[0].lower_ in COUNTING_WORDS and words[1] == head and not head.ent_type_:
        return None  # "One MP told the BBC": one of a kind, described, not a person called "MP"
    if words[-1:] == [head] and head.tag_ == "NNP" and qualifier(head.text) in PARTIES and span[0].lower_ == "the" \
            and all(w.ent_type_ == "GPE" and w.pos_ == "PROPN" for w in words[:-1]) and len(words) <= 3:
        if newspaper_by_party(span, head):  # "The Tallahassee Democrat reported": the paper
            paper = state.entity_by_name(" ".join(w.text for w in words), "ORG")
            paper.named = True
            return paper
        # "The Republican is also encouraging ...", "The Arizona Republican survived ...": a
        # partisan described by party (and state), no name
        return state.party_member(span)
    titled = name_with_the(state.doc[head.i - 1:head.i + 1]) if head.i > 0 else None
    if titled is not None:
        return state.entity_by_name(titled, "ORG")  # "newspaper The Hindu reported": a body's name
    if head.is_title and words == [head] and head.ent_type_ != "PERSON":
        known = shared_surname(state, head) or state.short_person(head.text) \
            or (state.tagged_body(head.text) if head.ent_type_ == "" else None)
        if known is not None:
            # "Trump" mis-tagged as a noun or an organization: the person named before; "Zedco"
            # left untagged (read as a plural noun): the body the tagger named so elsewhere
            return known
    # only a name the mention's head belongs to: "the Trump administration" is not Trump
    ents = [e for e in doc_index.ents_in(span) if e.label_ in NAME_TYPES and e.start <= head.i < e.end] \
        or [e for e in [body_cut_by_parse(span, head)] if e is not None]
    # "the Sahel Export" of "the Sahel Export–Import Bank": the body's whole name
    ents = [completed_body_span(body_before_its_place(e) or e) for e in ents]
    if any(counted_person(e) for e in ents):
        return None  # "Mr. Roe - 60 percent of voters": a count the tagger read into a name
    tagged = doc_index.entity_at(head.doc, head.i)
    if tagged is not None and headline_clause_as_name(tagged, head):
        return None  # "Group Will Run Ads Demanding ...": a headline's verb and object, no name
    for ent in ents:
        if name_label(ent) == "PERSON":  # "Brock Pierce" tagged ORG too
            return state.person(ent, ent.start_char)
        if ent.label_ == "NORP" and ent.start <= head.i < ent.end and head.tag_ == "NNP" \
                and qualifier(head.text) not in PARTIES:  # "a Republican, Mark Amodei": the appositive
            return state.person(ent, ent.start_char)  # "Rouhani" read as a nationality
        if name_label(ent) in ("ORG", "GPE", "FAC") and ent.start <= head.i < ent.end:
            given = given_name_left_out(ent)
            if given is not None:  # "Boris Kuznetsov argues": the tagger's ORG "Kuznetsov" is his
                return state.person(given, given.start_char)
            ranked = service_before_rank(ent)
            if ranked is not None:  # "said Army Capt. Jane Roe": Roe, not a body "Army Capt"
                person = state.person(ranked, ranked.start_char)
                person.add_role(state.doc[ent.start:ranked.start].text)
                return person
            ent = owned_body(ent) or nationality_in_name(ent) or ent
            label = "ORG" if ent.label_ != "GPE" or DOTTED_ACRONYM.match(ent.text) else "GPE"
            name = body_name(ent)
            found = state.short_person(name)
            return found or state.entity_by_name(name, label)
    for child in head.children:
        if across_colon(head, child):
            continue  # "RAMOS: Secretary Clinton, ...": whom the transcript's speaker addresses
        # "the RT editor in chief, Margarita Simonyan": the appositive names the speaker
        # ("the current bishop, Allan Casicas": a lowercase office tagged as a proper noun too)
        if child.dep_ == "appos" and _person_named(child) and not apposed_group(head, child) \
                and (head.pos_ == "NOUN" or head.ent_type_ == "NORP" or head.is_lower
                     or office_word(head.lower_) in ROLE_WORDS):
            appos_ent = doc_index.entity_at(head.doc, child.i)
            if appos_ent is not None:
                person = state.person(appos_ent, appos_ent.start_char)
                person.add_role(strip_determiner(span))
                return person
    if head.pos_ == "PROPN" and head.ent_type_ != "PERSON" \
            and office_word(head.lower_) in ROLE_WORDS | {"representative"} and not state.short_person(head.text):
        return None  # "The Vice President", "the Senate Minority Leader": an office, described
    if words == [head] and common_noun_after_dateline(head):
        return None  # "ZEDTOWN — Police said": the story's first word, capitalised, no name
    if head.pos_ == "PROPN" or apostrophe_surname(head.text):  # "O’Keane", which the tagger may read as a noun
        found = (shared_surname(state, head) if words == [head] else None) or state.short_person(head.text)
        if found:
            return found
        start = head.i
        while start > span.start and span.doc[start - 1].pos_ == "PROPN":
            start -= 1
        joined = max(span.start, hyphen_joined_name_start(span.doc, start))  # "Cuban-Americans"
        name_span = span.doc[joined:head.i + 1]
        if described_not_named(span, name_span) or capitalised_people_noun(head) \
                or capitalised_people_noun_with_phrase(head):
            return None  # "The lifelong Republican", "Attorneys for Roe", "Staff for the panel": described
        number = next((c for c in head.rights if c.dep_ in ("nummod", "appos") and c.tag_ == "CD"
                       and all(t.is_space for t in span.doc[head.i + 1:c.i])), None)
        if number is not None:  # "Resolution 2231", "Proposition 8": a document or a body, not a person
            return state.entity_by_name(span.doc[start:number.i + 1].text, "ORG")
        if head.tag_ == "NNPS" and (head.ent_type_ == "NORP" or joined < start):
            return state.entity_by_name(name_span.text, "GROUP")  # "the Europeans"
        if head.ent_type_ == "NORP" and name_span.text == head.text and qualifier(head.text) in PARTIES:
            return None  # "Seven in 10 Republican", "a Democrat": a party's members described, no one's name
        if head.ent_type_ == "" and (body := state.tagged_body(name_span.text)) is not None:
            return body  # "Zedco, however, says", tagged a body's name elsewhere: that body
        whole = completed_body_span(Span(span.doc, name_span.start, name_span.end, label="ORG"))
        if (whole.start, whole.end) != (name_span.start, name_span.end) and head.ent_type_ != "PERSON" \
                and (whole[-1].lower_ in BODY_WORDS | NAME_KIND_WORDS
                     or whole.end < len(span.doc) and span.doc[whole.end].text == "("):
            # "The Vale–Ridge Transit Commission", read from "Ridge" on: the body's whole name
            # (or the name its bracketed acronym stands for)
            return state.entity_by_name(whole.text, "ORG")
        held = office_holder_in_run(name_span) if head.ent_type_ not in ("", "PERSON", "NORP") else None
        if held is not None:  # "Dover Mayor Rick Lasser" tagged a title of a work: Lasser, the mayor
            person = state.person(held, held.start_char)
            person.add_role(span.doc[name_span.start:held.start].text)
            return person
        if head.ent_type_ in ("", "PERSON", "NORP") or len(name_span) == 1 \
                and hyphenated_given_name_start(span.doc, name_span.start) < name_span.start:
            # "Amnesty International Man-kei Tam said": a hyphenated given name before a surname
            # the tagger read into a body's name is a person's
            return state.person(name_span, name_span.start_char)
        return state.entity_by_name(whole.text, "ORG")
    return None


def office_holder_in_run(run: Span) -> Span | None:
    """The person at the end of a run of proper nouns the tagger took for a work's or a body's
    name, when an office stands in it before a given name the lists know ("Dover Mayor Rick
    Lasser" tagged WORK_OF_ART; ``fullest_name.title_out_of_name``): the name after the office,
    whose holder the mention names. Kept whole, the title would be read as part of a person's
    name, and the bare surname later as a body's. None when no office precedes a given name
    ("Officer of Red Hat" names a body) or the split falls inside a word."""
    split = title_out_of_name(run.text, run.doc)
    if split is None or not split[1] or not any(w.lower() in ROLE_WORDS for w in split[1].split()):
        return None
    start = run.end_char - len(split[0])
    held = run.doc.char_span(start, run.end_char)
    if held is None or held.start <= run.start or not run.text.endswith(split[0]):
        return None
    return held


def apposed_group(head: Token, appositive: Token) -> bool:
    """Whether a description and the names set beside it are several people ("the two
    auditors - Ms. Lane and Mr. Oduya - agreed"): a plural description, or an appositive name
    with others joined to it, speaks for a group, not for the first name of the list."""
    return head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in appositive.children)


def headline_clause_as_name(ent: Span, head: Token) -> bool:
    """Whether a person's or a body's name the tagger found in a title-case headline holds the
    verb the mention's head is the object or subject of ("Council Will Fund Trams Praising ..."
    tagged a person, "Zedco Accused Of Hiding Faults To Protect ..." tagged a body): every word
    capitalised, the tagger runs a clause into a name, but no name holds the verb that governs
    its own head, nor a past participle hung on it ("Zedco Accused Of ..." parsed as a phrase).
    The mention is left to the passes after this one, unnamed at worst."""
    verb = head.head
    if ent.label_ == "ORG" and in_title_case_line(head.doc, head.idx) and any(
            c.dep_ == "acl" and c.tag_ == "VBN" and ent.start <= c.i < ent.end for c in head.children):
        return True
    return ent.label_ in ("PERSON", "ORG") and verb.i != head.i and ent.start <= verb.i < ent.end \
        and verb.pos_ in ("VERB", "AUX") and head.dep_ in ("dobj", "nsubj", "nsubjpass") \
        and in_title_case_line(head.doc, head.idx)


def described_not_named(span: Span, name_span: Span) -> bool:
    """Whether a capitalised word the tagger gave no person's name is a description of someone:
    a determiner or possessor and then a lowercase adjective before it ("The lifelong
    Republican", "an influential Hispanic Republican", "Roe's potential VP"). A name takes no
    such adjective; the description pass leaves the speaker unnamed when nothing ties it to a
    name. Never when a word of it is tagged a person's name, nor for a plural ("Democrats"), nor
    when a title stands before its last word ("The former Governor Pelt")."""
    if any(t.ent_type_ == "PERSON" for t in name_span) or name_span[-1].tag_ != "NNP":
        return False  # "a tactic Democrats hope": a plural is a group, which it names right
    if any(office_word(t.lower_) in ROLE_WORDS or office_word(t.lower_) in ADDRESS_WORDS for t in name_span[:-1]):
        return False  # "The former Governor Pelt": a title before a name the tagger missed
    before = span.doc[span.start:name_span.start]
    if not before or not before[-1].is_lower or before[-1].pos_ != "ADJ":
        return False
    return before[0].pos_ == "DET" or any(t.tag_ == "POS" for t in before)


# nouns of people, whose plural may open a sentence capitalised (``capitalised_people_noun``)
_PEOPLE_NOUNS = GROUP_NOUNS | PERSON_NOUNS | PERSON_HEADS | frozenset().union(*AGENT_NOUNS)
# with a body's people ("Staff for the panel": ``capitalised_people_noun_with_phrase``), joined once
_PEOPLE_OR_BODY_PEOPLE_NOUNS = _PEOPLE_NOUNS | ACTOR_NOUNS | COLLECTIVE_NOUNS


def capitalised_people_noun(head: Token) -> bool:
    """Whether a word the tagger read as a name is a plural noun of people capitalised only
    because it opens its sentence: "Attorneys for Roe said", "Officials said". The singular
    must be a noun of people (`[group_nouns]`, `[person_nouns]`, `[person_heads]`, agents)
    and the word tagged with no name."""
    if head.ent_type_ or head.i != head.sent.start and not all(
            t.is_space or t.is_punct for t in head.doc[head.sent.start:head.i]):
        return False
    word = head.lower_
    if not word.endswith("s") or not head.text[1:].islower():
        return False
    return word[:-1] in _PEOPLE_NOUNS


def capitalised_people_noun_with_phrase(head: Token) -> bool:
    """Whether a word the tagger read as a name is a singular noun of people, capitalised only
    because it opens its sentence (after "the" at most), that a prepositional phrase goes on
    from: "Staff for the Kiva committee said", "The Staff at the embassy said" are that body's
    staff, described, never a person called "Staff". Only a word tagged with no name that the
    lists know as a noun of people or a body's people (``[actor_nouns]``, ``[collective_nouns]``),
    with a preposition hung on it right after it; a bare "Staff said" is left as it was.
    Issue 13, r23-names."""
    doc = head.doc
    if head.ent_type_ or not head.is_title or head.i + 1 >= len(doc):
        return False
    before = doc[head.sent.start:head.i]
    if not all(t.is_space or t.is_punct or t.lower_ == "the" for t in before):
        return False
    after = doc[head.i + 1]
    if after.dep_ != "prep" or after.head.i != head.i or after.pos_ != "ADP":
        return False
    return head.lower_ in _PEOPLE_OR_BODY_PEOPLE_NOUNS


def name_before_apposed_subject(head: Token, state: ArticleState) -> Mention | None:
    """A person's name right before a description set off by commas that the parse made the
    subject of the verb after it, the name hung on that verb as a modifier: in '"...," Lena Roe,
    the chairwoman of the county party, recalled' the description is the name's appositive, and
    Lena Roe spoke, not an unnamed chairwoman. Only a singular description (a common noun, no
    name) between a comma after the name and a comma right before its verb; the name the tagger
    marks a person's, opening its sentence or coming right after a quotation or a comma, and
    hung on the same verb (never the object of a verb or a preposition before: "He met Lena Roe,
    the chairwoman said" has no comma before "said"). The description becomes a role; rule
    "appositive-name". Issue 13, r23-names."""
    doc = state.doc
    if head.dep_ not in ("nsubj", "nsubjpass") or head.tag_ != "NN" or head.ent_type_ or not describes(head):
        return None
    verb = head.head
    span = doc[slice(*mention_range(head))]
    if span.start < 3 or doc[span.start - 1].text != "," or span.end + 1 >= len(doc) \
            or doc[span.end].text != "," or doc[span.end + 1].i != verb.i and not (
                doc[span.end + 1].dep_ in ("advmod", "aux") and doc[span.end + 1].head.i == verb.i):
        return None
    ent = doc_index.entity_at(doc, span.start - 2)
    if ent is None or ent.label_ != "PERSON" or ent.end != span.start - 1 or len(ent) < 2 \
            or ent.root.head.i != verb.i or ent.root.dep_ in ("dobj", "pobj", "conj"):
        return None
    opener = doc[ent.start - 1] if ent.start > 0 else None
    if opener is not None and ent.start != ent.sent.start and not (opener.is_quote or opener.text == ","):
        return None
    if opener is not None and opener.text == "," and ent.start >= 2 and doc[ent.start - 2].pos_ in ("PROPN", "NOUN"):
        return None  # "Ann Lee, Lena Roe, the chairwoman, ...": a list of names, not one apposed
    entity = state.person(ent, ent.start_char)
    entity.add_role(strip_determiner(span))
    return Mention(ent.start_char, span.end_char, entity, "appositive-name")


def counted_person(ent: Span) -> bool:
    """Whether a span tagged a person's name holds a number, a count the tagger read into it
    ("Mr. Roe - 60 percent of voters"): no one's name."""
    return name_label(ent) == "PERSON" and any(t.like_num and t.pos_ == "NUM" for t in ent)


def shared_surname(state: ArticleState, head: Token) -> ArticleEntity | None:
    """A bare surname that several people of the article share ("Trump" beside Donald and
    Melania Trump), which the tagger did not mark as a person: read it as a mention of a person,
    so that the one just named or else the one the article calls so most often is taken (as for a
    surname tagged a person), not whichever of them happened to be named last. None when fewer
    than two people share it."""
    if len(state.by_surname.get(head.lower_, [])) < 2:
        return None
    return state.person(state.doc[head.i:head.i + 1], head.idx)


def _person_named(token: Token) -> bool:
    """Whether ``token`` is a word of a name a reader takes for a person's: tagged so, or tagged a
    body's but read as a person's by ``name_label`` ("the president of Ruritania Jo Roe", whose
    country the tagger spanned with the name as one organisation)."""
    if token.ent_type_ == "PERSON":
        return True
    ent = doc_index.entity_at(token.doc, token.i)
    return ent is not None and ent.label_ == "ORG" and name_label(ent) == "PERSON"
