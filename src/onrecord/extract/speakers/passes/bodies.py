"""The pass for bodies known by their person: "the Trump campaign", "Clinton’s campaign", "his
campaign", "the campaign" of whom the text is about, and a person's office ("Roe's office"); rule
"personal-body". It runs before the name pass, as the tagger at times reads "Trump’s campaign" as
an organization's name. ``spoken_through``, asked by the resolver before the sieve, gives the
officer a body spoke through when the sentence names them ("the station, through its commander
Paul Otieno, said").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from onrecord.data import iso_places
from onrecord.extract import doc_index
from onrecord.extract.speakers.mention_syntax import appositive_roles, mention_range, title_roles, window_start
from onrecord.extract.speakers.passes.pronouns import disjoint_people, fits_gender, narrated_person
from onrecord.extract.speakers.spelling import without_possessive
from onrecord.extract.speakers.state import ArticleEntity, ArticleState, Mention, paragraphs_back, surname_owner
from onrecord.extract.speakers.words import PERSON_PRONOUNS, PERSONAL_BODIES, PRONOUN_GENDER, TITLE_GENDER


def personal_body(head: Token, state: ArticleState) -> Mention | None:
    """A campaign or an administration named after its person, or a person's office written
    with the person's name ("Roe's office", ``office_of_person``); rule "personal-body".

    Measured precision: not measured, none in the dev half, seed 3001 (150 statements drawn, 140 real).
    Issue i9 (``pronoun_owner``): on a PolNeAR train sample (seed 9407, 79 statements whose source
    is a body) 1 "his campaign" wrong -> unnamed, no other change; no Wikinews dev change."""
    lemma = head.lemma_.lower()
    if several_bodies(head):
        return None
    entity = body_of_person(state, head, lemma) if lemma in PERSONAL_BODIES \
        else office_of_person(state, head) if lemma in _PERSONAL_OFFICES else None
    if entity is None:
        return None
    span = state.doc[slice(*mention_range(head))]
    if lemma in PERSONAL_BODIES:  # "Congressman Jane Roe's office": the title is the person's, not the office's
        for role in title_roles(span, head) + appositive_roles(head):
            entity.add_role(role)
    return Mention(span.start_char, span.end_char, entity, "personal-body")


def several_bodies(head: Token) -> bool:
    """Whether the mention is plural ("the campaigns agree", "the Roe and Lee campaigns"): several
    bodies speak, none of them one person's campaign, administration or office, unless one owner
    holds them all ("Roe's offices", "her administrations", not "their campaigns"); the words are
    left to the rules after, which leave them unnamed rather than give them to one of the owners
    (r26-wrongper)."""
    if head.tag_ not in ("NNS", "NNPS") or head.lower_ == head.lemma_.lower():
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    # one owner's several offices are still that person's ("Roe's offices", "her administrations")
    return not owners or owners[0].lower_ == "their" or any(c.dep_ == "conj" for c in owners[0].children)


def body_of_person(state: ArticleState, head: Token, lemma: str) -> ArticleEntity | None:
    """A campaign or an administration known by its person ("the Trump campaign", "Clinton’s
    campaign", "his campaign"): one body named after the person, however it is written."""
    owner = next((c for c in head.children if c.dep_ in ("poss", "compound")), None)
    if owner is None:
        if lemma != "campaign" or head.i == 0 or head.doc[head.i - 1].lower_ != "the":
            return None
        # "Hillary Clinton plans to ... The campaign says": the campaign of whom the text is about
        person = next(state.main_subjects(head.idx, sentences=1), None)
        if person is None or another_owner_written(head, person):
            # else the one person whose campaign the article writes, named near it
            person = sole_campaign_owner(state, head)
    elif owner.lower_ in PERSON_PRONOUNS:
        person = pronoun_owner(state, owner)
    elif owner.pos_ == "PROPN" or owner.is_title:  # the small model tags "Trump" a noun at times
        person = _person_named(state, _owner_name(owner, doc_index.entity_at(owner.doc, owner.i)),
                               courtesy_gender(owner))
    else:
        return None
    if person is None or person.type != "PERSON":
        return None
    return _person_body(state, person, lemma)


def sole_campaign_owner(state: ArticleState, head: Token) -> ArticleEntity | None:
    """The person a bare "the campaign" stands for when no subject before it says whose it is:
    the one person whose campaign the article writes with a name ("Roe's campaign", "a Roe
    campaign aide", "Jane Roe's 2008 campaign"), every such name being that person's, and that
    person named outside quotation marks before it, in the description's paragraph or the two
    before, other than as a campaign's owner (the "Lee" of "a Lee campaign aide" tells whose
    that campaign is, not that the text is about Lee). A second owner ("the Fry campaign"), an
    owner no person of the article is ("the August campaign"), a campaign written with no name at
    all, an owner named only paragraphs back or only as an owner, or someone else the subject of
    the paragraph just before (``other_subject_before``) leave it unnamed: "the campaign" may
    then be another's.

    Issue 13, r21-desc: on PolNeAR train samples (seeds 11111-11116) 1 statement unnamed ->
    its candidate's campaign, none wrong; no Wikinews dev change. r21-fixst: an owner's own word
    is no mention near it, and a rival the paragraph before is about blocks it."""
    doc = head.doc
    owners: dict[int, ArticleEntity] = {}
    owner_words: list[tuple[int, int]] = []  # where the owners' names are written
    for i in doc_index.lemma_positions(doc).get("campaign", ()):
        token = doc[i]
        for name in (c for c in written_owners(token) if c.i < token.i):
            if name.lower_ in PERSON_PRONOUNS:
                continue  # "his campaign": whose is the pronoun's to say, not the article's names
            ent = doc_index.entity_at(doc, name.i)
            # the small model tags "Trump" a noun at times; "the senator's campaign" is an owner too
            person = _person_named(state, _owner_name(name, ent)) if name.pos_ == "PROPN" or name.is_title else None
            if name.dep_ == "compound" and not (name.pos_ == "PROPN" or name.is_title):
                continue  # "the presidential campaign", "a campaign ad": no owner
            if person is None or person.type != "PERSON":
                return None  # "the August campaign", "the senator's campaign": an owner of no person known
            owners[id(person)] = person
            owner_words.append((ent.start_char, ent.end_char) if ent is not None else (name.idx, name.idx + len(name)))
    if len(owners) != 1:
        return None
    person = next(iter(owners.values()))
    start = paragraphs_back(doc_index.text(doc), head.idx, count=2)
    near = any(e is person and not state.in_quote(o) and not any(a <= o < b for a, b in owner_words)
               for o, e in state.persons_between(start, head.idx))
    return person if near and not other_subject_before(state, head, person) else None


def other_subject_before(state: ArticleState, head: Token, person: ArticleEntity) -> bool:
    """Whether someone other than ``person`` is the subject of a main clause, outside quotation
    marks, in the paragraph just before the description's ("Roe's campaign raised $2 million.
    ¶ Lee told reporters he would not quit. ¶ The campaign said"): the text has gone on to
    that one, whose campaign "the campaign" may as well be."""
    text = doc_index.text(head.doc)
    start, end = paragraphs_back(text, head.idx), text.rfind("\n\n", 0, head.idx)
    if end <= 0:
        return False  # the description's paragraph is the first
    for o, entity in state.persons_between(start, end):
        if entity is person or state.in_quote(o):
            continue
        token = state.name_head(o)
        if token is not None and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
            return True
    return False


def body_before_writing(state: ArticleState, owner: Token) -> ArticleEntity | None:
    """"a Roe campaign memo", "the Roe administration report": a person's name right before a
    campaign's or an administration's word, both qualifying a writing, names the body whose
    writing it is, not the person (the parser hangs both words on the writing)."""
    after = owner.doc[owner.i + 1] if owner.i + 1 < len(owner.doc) else None
    if after is None or owner.dep_ != "compound" or owner.pos_ != "PROPN" or after.dep_ != "compound" \
            or after.head != owner.head or after.lemma_.lower() not in PERSONAL_BODIES:
        return None
    person = _person_named(state, _owner_name(owner, doc_index.entity_at(owner.doc, owner.i)),
                           courtesy_gender(owner))
    if person is None or person.type != "PERSON":
        return None
    return _person_body(state, person, after.lemma_.lower())


# a person's own staff, written with the person's name as a possessive: "Roe's office"
_PERSONAL_OFFICES = frozenset({"office"})


def office_of_person(state: ArticleState, head: Token) -> ArticleEntity | None:
    """A person's office written with the person's name as a possessive ("Roe's office said",
    "Jane Roe's office"): the office of the person the article names, under the person's full
    name ("Jane Roe's office"), so that a bare surname loses no one. Only a proper name's
    possessive that names one person of the article ("the governor's office", "his office",
    "the Zedland Office" are left to the other passes)."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or not owner.text[:1].isupper():
        return None
    ent = doc_index.entity_at(owner.doc, owner.i)
    if ent is not None and ent.label_ not in ("PERSON", "ORG") and not surname_tagged_place(state, ent):
        return None  # "Zedland's office": a place's
    if ent is not None and ent.label_ == "ORG" and (len(ent) > 1 or owner.lower_ not in state.by_surname):
        return None  # "Zedco's office": a body's, unless a person of the article bears the name
    name = _owner_name(owner, ent)
    if len({e.name for e in _surname_bearers(state, name)}) > 1 or _body_bears(owner.doc, name):
        return None  # "Smith's office" beside John and Jane Smith; "Ford's office" beside Ford Motor Co.
    person = _person_named(state, name, courtesy_gender(owner))
    if person is None or person.type != "PERSON" or not person.named:
        return None
    # the article's own apostrophe ("’s" or "'s")
    mark = next((c.text for c in owner.children if c.tag_ == "POS"), "'s")
    office = _person_body(state, person, head.lower_, mark)
    office.holder = person  # kept for whom the office speaks (``descriptions.office_holder``)
    return office


def surname_tagged_place(state: ArticleState, ent: Span) -> bool:
    """Whether a one-word owner the tagger labels a place is the surname of a person the
    article names, and no place the lists of countries and their regions know: in "Igor
    Petrov met the envoy ... Petrov's government office said" the tagger may read "Petrov" as a
    place, but the office is Igor Petrov's. "Jordan's office" stays a place's, whoever else is
    called Jordan. Issue 13, r23-names. Only when the article nowhere else writes the word as a
    place (``written_as_place``): "Mayor Ana Brell of Orlando met Tom Orlando ... Orlando's
    office" may be the city's (review fix of round 23)."""
    if ent.label_ != "GPE" or len(ent) != 1 or iso_places.is_place(ent.text):
        return False
    return ent[0].lower_ in state.by_surname and not written_as_place(ent[0])


def written_as_place(word: Token) -> bool:
    """Whether the article writes a word elsewhere as a place: another occurrence outside a
    person's name that the tagger marks a place (GPE, LOC) or that follows "of" or "in" ("the
    mayor of Orlando", "in Orlando"). A word joined by "and" or "or" to a person's name ("only
    Macron and Petrov were") is a person there, whatever the tagger says."""
    doc = word.doc
    for i in doc_index.lower_positions(doc).get(word.lower_, []):
        other = doc[i]
        if i == word.i or other.ent_type_ == "PERSON" or _joined_to_person(other):
            continue
        if other.ent_type_ in ("GPE", "LOC") or i > 0 and doc[i - 1].lower_ in ("of", "in"):
            return True
    return False


def _joined_to_person(word: Token) -> bool:
    """Whether a word is a conjunct of a person's name, or has one as its conjunct."""
    if word.dep_ == "conj" and word.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in word.children)


def _owner_name(owner: Token, ent: Span | None) -> str:
    """The name an owner gives ("Jane Roe" of "Jane Roe's office"): the entity it stands in,
    else its own word, without the possessive's "'s"."""
    return without_possessive(ent.text if ent is not None else owner.text)


def _surname_bearers(state: ArticleState, name: str) -> list[ArticleEntity]:
    """The people of the article whose surname a one-word name is ("Trump"); none for a fuller name."""
    return state.by_surname.get(name.split()[-1].lower(), []) if len(name.split()) == 1 else []


def _person_named(state: ArticleState, name: str, gender: str | None = None) -> ArticleEntity | None:
    """The person an owner's name stands for: of those bearing it as their surname, the one
    spoken of most ("the Trump campaign" beside Ivanka Trump), else the person it is short for;
    with ``gender`` (``courtesy_gender``) only a person who may be of it, else no one: "Mrs.
    Clinton's campaign" beside Bill and Hillary Clinton is hers whoever is named more."""
    bearers = _surname_bearers(state, name)
    same = [e for e in bearers if fits_gender(e, gender)]
    if bearers and not same:
        return None
    person = surname_owner(same, name) if same else state.short_person(name)
    return person if person is None or fits_gender(person, gender) else None


def courtesy_gender(owner: Token) -> str | None:
    """The gender a courtesy title or gendered title just before an owner's name tells ("Mrs.
    Clinton's campaign", "Sir John's office"), else None."""
    ent = doc_index.entity_at(owner.doc, owner.i)
    first = ent.start if ent is not None and ent.label_ == "PERSON" else owner.i
    for i in (first - 1, first):  # the tagger leaves "Mrs." out of the name, or takes it in
        if 0 <= i < len(owner.doc) and i != owner.i:
            gender = TITLE_GENDER.get(owner.doc[i].lower_.rstrip("."))
            if gender is not None:
                return gender
    return None


def _person_body(state: ArticleState, person: ArticleEntity, noun: str, mark: str = "") -> ArticleEntity:
    """The body named after a person ("Jane Roe campaign", with ``mark`` "Jane Roe's office"),
    a name of its own, known also by the person's surname ("Roe campaign")."""
    body = state.entity_by_name(f"{person.name}{mark} {noun}", "ORG")
    body.named = True
    body.add_alias(f"{person.name.split()[-1]}{mark} {noun}")
    return body


def _body_bears(doc: Doc, name: str) -> bool:
    """Whether a body the text names bears ``name`` as one of its words ("Ford Motor Co." for a
    bare "Ford"): the office may then be the body's, not the person's."""
    words = name.lower().split()
    return any(ent.label_ in ("ORG", "FAC", "PRODUCT") and len(ent) > len(words)
               and any([t.lower_ for t in ent[i:i + len(words)]] == words for i in range(len(ent)))
               for ent in doc_index.ents(doc))


def pronoun_owner(state: ArticleState, owner: Token) -> ArticleEntity | None:
    """Whose "his campaign" or "her administration" it is: the person the "his" stands for, found
    as the pronoun pass finds who "he" is (``pronouns.narrated_person``, asked at the body word,
    which stands in the clause where "he" would), else the one person
    known to be of the pronoun's gender named near it (``sole_of_gender``). The last person
    named, of no gender known to differ, named a man's campaign after a man only quoted in
    passing; when several people may be meant, the body is left unnamed."""
    gender = PRONOUN_GENDER.get(owner.lower_)
    if owner_named_later(state, owner, gender):
        return None
    # asked of the body word ("campaign"), which stands in the clause where "he" would
    return narrated_person(state, owner.head, gender) or sole_of_gender(state, owner, gender)


def another_owner_written(head: Token, person: ArticleEntity) -> bool:
    """Whether the article writes the body word with someone else's name as its owner ("Trump
    campaign manager Jo Roe ... Roe thanked the police. The campaign said"): "the campaign"
    alone may then be that one's, not the campaign of the person the text was about."""
    own = {without_possessive(w.lower()) for n in [person.name, *person.aliases] for w in n.split()}
    doc = head.doc
    # the body word's places, read once per doc (``doc_index.lemma_positions``), not every token
    return any(any(c.pos_ == "PROPN" and without_possessive(c.lower_) not in own for c in written_owners(t))
               for t in (doc[i] for i in doc_index.lemma_positions(doc).get(head.lemma_.lower(), ())))


def written_owners(body: Token) -> list[Token]:
    """The words written as a body word's owner, possessive or compound ("Roe's campaign", "the
    Roe campaign"), hung on it or, the body word qualifying a noun, on that noun ("a Roe campaign
    aide", "Trump’s campaign manager": the parser may hang the owner there)."""
    nearby = list(body.children) + (list(body.head.children) if body.dep_ == "compound" else [])
    return [c for c in nearby if c.dep_ in ("poss", "compound")]


def owner_named_later(state: ArticleState, owner: Token, gender: str | None) -> bool:
    """Whether the clause of "his campaign" goes on to name a person "his" may be: "His campaign
    confirmed that Roe would meet them" may well be Roe's campaign. A "he" is never a name its
    own clause goes on to use (``pronouns.disjoint_people``), but a possessive may point ahead
    to it, so such a name leaves the owner unknown rather than barred."""
    ahead = disjoint_people(state, owner.head)
    sentence = owner.sent
    return any(id(e) in ahead and fits_gender(e, gender)
               for _, e in state.persons_between(sentence.start_char, sentence.end_char))


def sole_of_gender(state: ArticleState, owner: Token, gender: str | None) -> ArticleEntity | None:
    """"Joan Roe and Lee Novak debated. Her campaign said": the one person named outside quotation
    marks in the pronoun's sentence or the one before whom the article knows to be of the
    pronoun's gender (a woman's first name, a title); None when there are none or several."""
    if gender is None:
        return None
    start = window_start(owner, sentences=1).idx
    known = {id(e): e for o, e in state.persons_between(start, owner.idx)
             if e.gender == gender and not state.in_quote(o)}
    return next(iter(known.values())) if len(known) == 1 else None


# the tagger's types of a body's name ("the ministry" untagged: a common noun)
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


def spoken_through(head: Token) -> Token | None:
    """The person a body spoke through, when the sentence names them: "Kasarani police station,
    through its commander Paul Otieno, said", "The ministry said through its spokesperson Ana
    Ruiz that": the words are that person's, and the article plainly says so; the body's name on
    them would credit it with what its officer said. The name is one the tagger marks a person's,
    the object of "through" or "via" hanging on the subject or on the verb it is the subject of, or
    set beside that object ("its commander Paul Otieno"). None for a body that spoke through no one
    named ("through its lawyers", "via a statement"), and for a head that is no body's name or noun
    ("Ana Ruiz said through her lawyer, Piet Olander": the lawyer speaks for her, not as her)."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    own = doc_index.entity_at(head.doc, head.i)
    if own.label_ not in _BODY_LABELS if own is not None else head.pos_ != "NOUN":
        return None  # a person, or a name the tagger gave no type, may speak through a lawyer
    for prep in (*head.children, *head.head.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("through", "via"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for word in (obj, *(c for c in obj.children if c.dep_ in ("appos", "compound"))):
                name = doc_index.entity_at(head.doc, word.i)
                if name is not None and name.label_ == "PERSON" and word.i == name.end - 1:
                    return word
    return None
