"""The parse helpers every part of the event coder reads (``coder.find_events``, ``parties``,
``countries``, ``non_events``): a word's phrase and its words, a verb's subject, whether a word
names an actor or a name. Small and shared, so that data flows one way between those modules.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Span, Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.tables import Tables, code_actor, word_key

_WORDS = "event_words.txt"
_PRONOUNS = data.words(_WORDS, "pronouns")
_THING_RELATIVES = data.words(_WORDS, "thing_relatives")  # pronouns that do not name an actor alone
_RELATIVE_PRONOUNS = data.words(_WORDS, "relative_pronouns")
_ACTOR_PRONOUNS = _PRONOUNS - _THING_RELATIVES
_PEOPLE = data.words(_WORDS, "people_nouns")
_BODY_NOUNS = data.words(_WORDS, "body_nouns")  # "urged the council to" (``body_noun``)
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_COUNTRY_NOUNS = data.words(_WORDS, "country_nouns")
_CIVIL_NOUNS = data.words(_WORDS, "civil_nouns")
_RIGHTS_GROUPS = data.words(_WORDS, "rights_groups")
_PARTY_BODY_WORDS = data.words(_WORDS, "party_body_words")
_PARTY_BODY_HEADS = data.words(_WORDS, "party_body_heads")
_PARTY_BODY_RANKS = data.words(_WORDS, "party_body_ranks")
_TOPIC_PREPOSITIONS = data.words(_WORDS, "body_topic_prepositions")  # "the Council on Foreign Policy"
_QUANTITIES = data.words(_WORDS, "quantity_nouns")  # "dozens of judges of links": the charge (``charge_of``)
_CHARGE_OF_VERBS = data.words(_WORDS, "charge_of_verbs")  # "accused X of ...": the charge, not X's phrase
_COURT_ACTS = data.words(_WORDS, "court_act_verbs")  # "convicted in federal court of fraud" (``charge_of``)
_SITTING_COURTS = data.words(_WORDS, "sitting_court_nouns")


def _subject(token: Token) -> Optional[Token]:
    """The doer of ``token``: its subject, the agent of a passive, or that of the verb it hangs on."""
    seen = 0
    while token is not None and seen < 4:
        for child in token.children:
            if child.dep_ in ("nsubj", "csubj"):
                if token.dep_ == "relcl" and child.lower_ in _RELATIVE_PRONOUNS:
                    return token.head  # "forces that attacked": the forces
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if token.dep_ == "relcl":
            return token.head
        shared = passive_shared_subject(token)
        if shared is not None:
            return shared
        if token.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and token.head.i != token.i:
            token = token.head
            seen += 1
            continue
        return None
    return None


def passive_shared_subject(token: Token) -> Optional[Token]:
    """The subject an active verb shares with the passive it is joined to: "the governor was
    charged by the prosecutor and will resign" (the governor resigns, not the prosecutor, the
    passive's "by"). None for a verb that is passive itself or joined to an active one, and for a bare
    participle, which shares the passive ("was questioned by reporters and then arrested")."""
    if token.dep_ != "conj" or token.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in token.children):
        return None
    if token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children):
        return None
    head = token.head
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _named(token: Token, within: bool = False) -> bool:
    """Whether the phrase of ``token`` (or, ``within``, anything hanging on it) names an actor."""
    tokens = token.subtree if within else _phrase(token)
    return any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in tokens)


def bare_noun(token: Token) -> bool:
    """Whether a noun stands in its phrase with nothing but articles ("the government", "the
    ministers"): a party that says nothing more of itself, whom the article's other mentions
    may place."""
    return all(t.i == token.i or t.pos_ == "DET" for t in _phrase(token))


def _civil_body(token: Token) -> bool:
    """A named association, forum or committee, or a rights group, that names no country:
    PLOVER codes such bodies NGO rather than by the countries around them. Not a political
    party's own committee (``party_body``), which is of its party's country."""
    span = _phrase(token)
    words = {t.lower_ for t in span}
    named = any(t.ent_type_ == "ORG" for t in span)
    if party_body(token):
        return False
    return (named and bool(words & _CIVIL_NOUNS)) or ("rights" in words and token.lower_ in _RIGHTS_GROUPS)


def party_body(token: Token) -> bool:
    """Whether ``token`` heads a political party's own body: a committee, council or caucus
    named with a capitalised party word ("the Democratic National Committee", "the Republican
    caucus", "the Central Committee of the Communist Party", "Labour's National Executive"). Such
    a body is no civil association (``_civil_body`` codes those NGO, of no country): it is the
    party's, of the country the party stands in, and its sector is the party's (PTY). A party
    word in lower case ("a democratic council", "the labor committee of the assembly") names no
    party. Without "Party" in the name, the party word stands right before the head or before
    only words of a party's ranks (``[party_body_ranks]``: "National", "Central"), and the body
    has no topic ("on", "for" ...): "the Labour Relations Council", "the Conservative Council on
    Foreign Policy" are a board and a think tank."""
    if token.lemma_.lower() not in _PARTY_BODY_HEADS and token.lower_ not in _PARTY_BODY_HEADS:
        return False
    span = _phrase(token)
    if any(t.i != token.i and t.lower_ == "party" and t.text[:1].isupper() for t in span):
        return True
    if any(t.i > token.i and t.dep_ == "prep" and t.lower_ in _TOPIC_PREPOSITIONS for t in span):
        return False
    party = [t for t in span if t.i < token.i and t.text[:1].isupper() and t.lower_ in _PARTY_BODY_WORDS]
    if not party:
        return False
    between = token.doc[party[-1].i + 1:token.i]
    return all(t.lower_ in _PARTY_BODY_RANKS or t.lower_ in _PARTY_BODY_WORDS for t in between)


def body_noun(token: Token) -> bool:
    """A common noun that names a body acting as one (``[body_nouns]``): "urged the council to
    reject the plan", "accused the committee of bias", "sued the agency", "cooperated with the
    unions" are aimed at that body, though the actor dictionaries code no such word alone (they
    code "government", "ministry", "parliament"), so the target was lost and the event with it.
    The body's country is found as any party's. Only a common noun (a body's name is a name
    already) that is no part of a name before another noun ("a council meeting": the head says
    what is meant), and a plural or one a definite word or a possessive points to ("the
    commission", "its agency"): "earned a commission", "freedom of assembly" name no body."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _BODY_NOUNS or token.dep_ == "compound" \
            or body_word_as_act(token):
        return False
    return token.tag_ == "NNS" or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE
                                      for c in token.children)


def body_word_as_act(token: Token) -> bool:
    """A ``[body_nouns]`` word that names an act or a relation, not a body: "the association
    between poverty and crime", "the commission of the crimes", "the organization of the
    election" (the word's "of" names a thing done or arranged, its "between" two things
    related). A body's "of" names a place, a body or people, a name or a word the actor
    dictionaries code ("the council of Kelvo", "the union of Tarvian teachers"); any other
    "of", and any "between", is the act's."""
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "between":
            return True
        if prep.lower_ == "of":
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ != "PROPN" and obj.ent_type_ not in ("GPE", "ORG", "LOC", "NORP") \
                    and obj.lemma_.lower() not in _PEOPLE and not any(code_actor([word_key(obj.text)])):
                return True
    return False


def _names_actor(token: Token, tables: Tables) -> bool:
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.lower_ in _ACTOR_PRONOUNS:
        return True
    if token.lemma_.lower() in _PEOPLE or body_noun(token):  # "stabbed several people", "urged the council"
        return True
    country, sector = code_actor(_words(_phrase(token)), tables)
    return bool(country or sector) or any(t.lower_ in _COUNTRY_NOUNS for t in _phrase(token))


def _actor_head(token: Token, tables: Tables) -> bool:
    """Whether a noun names an actor by itself, without its modifiers: "lawyer", "Iran",
    "villagers", "they"; not "suppression" or "decision" (which name one only through "Serbia's")."""
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.lower_ in _ACTOR_PRONOUNS:
        return True
    country, sector = code_actor([word_key(token.text)], tables)
    return token.lemma_.lower() in _PEOPLE or body_noun(token) or bool(country or sector) \
        or token.lower_ in _COUNTRY_NOUNS


def _phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``: its left dependents, compounds and "of ..." after it."""
    doc = token.doc
    start, end = token.left_edge.i, token.i + 1
    for child in token.children:
        if child.i > token.i and (child.dep_ in ("compound", "flat", "nmod")
                                  or (child.dep_ == "prep" and child.lower_ == "of" and not charge_of(child))):
            end = max(end, child.right_edge.i + 1)
    # "the head of the agency of lying" (only an "of" is a charge's: no Token made of the other words)
    lowers = doc_index.lowers(doc)
    end = next((i for i in range(token.i + 1, end) if lowers[i] == "of" and charge_of(doc[i])), end)
    if token.ent_iob_ != "O":  # the whole name, when the head is inside one
        ent = doc_index.entity_at(doc, token.i)
        if ent is not None:
            start, end = min(start, ent.start), max(end, ent.end)
    span = _stranded_object_left(_after_dateline(doc[start:end]), token)
    while len(span) > 1 and (span[0].dep_ in ("cc", "punct", "prep", "mark") or span[0].pos_ == "ADV"
                             or _leading_date(span[0], token)):
        span = span[1:]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def charge_of(prep: Token) -> bool:
    """An "of" the parse hangs on the one accused or convicted, or on the last word of their
    phrase, that says of what (``[charge_of_verbs]``): "accused Lee of inciting violence",
    "convicted Roe of fraud", "accused the head of the agency of lying". The charge is no part of
    who is charged (their phrase, its words and countries): an "of" taking a gerund ("of trying
    to ..."), or, after a name or pronoun, one taking a common noun ("Lee of fraud"; "Prince Karl
    of Westland" keeps its place, "the head of the agency" its body), or after the people a count
    stands for, one taking a noun that names no actor ("dozens of judges of links to ...")."""
    if prep.lower_ != "of":
        return False
    objects = [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
    if any(c.tag_ == "VBG" for c in objects):
        return _charged(prep.head)
    owner = prep.head
    if _court_of_charge(prep):
        return True
    if owner.pos_ in ("PROPN", "PRON"):
        return any(c.pos_ == "NOUN" for c in objects) and (_charged(owner) or _second_of(prep))
    # "accused dozens of judges of links to the plotters": the charge on a counted whole
    # (``kept_targets.counted_whole``) is a noun that names no actor ("dozens of members of the
    # party" keeps its party)
    counted = owner.dep_ == "pobj" and owner.head.lower_ == "of" and (
        owner.head.head.lemma_.lower() in _QUANTITIES or owner.head.head.lower_ in _QUANTITIES)
    return counted and _charged(owner) and any(c.pos_ == "NOUN" and not _actor_head(c, event_tables.load())
                                               for c in objects)


def _court_of_charge(prep: Token) -> bool:
    """"Was convicted in federal court of bank fraud", "sentenced in a Lyon court of ...": after a
    court's noun where a court act (``[court_act_verbs]``) took place, an "of" taking a common noun
    is the charge, no part of the court's name ("the Court of Appeal" takes a proper one)."""
    owner = prep.head
    return (owner.lemma_.lower() in _SITTING_COURTS and owner.dep_ == "pobj" and owner.head.lower_ == "in"
            and owner.head.head.lemma_.lower() in _COURT_ACTS
            and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in prep.children))


def _second_of(prep: Token) -> bool:
    """A second "of" in a name's phrase that already has one, taking the charge, in the phrase of a
    verb of charging: "convicted in the Southern District of Ohio of bank fraud", "accused the
    Prime Minister of Kenya of graft" (the parse hangs the charge on the name before it)."""
    owner = prep.head
    nested = owner.dep_ == "pobj" and owner.head.lower_ == "of"
    if not nested and not any(c.dep_ == "prep" and c.lower_ == "of" and c.i < prep.i for c in owner.children):
        return False
    word = prep.head
    for _ in range(4):  # up to the verb the name's phrase hangs on
        if word.head.i == word.i:
            return False
        word = word.head
        if word.pos_ == "VERB":
            return word.lemma_.lower() in _CHARGE_OF_VERBS
    return False


def _charged(word: Token) -> bool:
    """Whether a word is the object of a verb of ``[charge_of_verbs]`` (or the name that verb was
    parsed as modifying), or the object of an "of" within that object's phrase ("accused the head
    of the agency")."""
    for _ in range(4):
        if word.dep_ in ("dobj", "obj"):
            return word.head.lemma_.lower() in _CHARGE_OF_VERBS
        if any(c.dep_ == "amod" and c.i < word.i and c.lemma_.lower() in _CHARGE_OF_VERBS for c in word.children):
            return True  # "Some accused Lee of ...", the verb parsed as the name's modifier
        if word.dep_ != "pobj" or word.head.lower_ != "of":
            return False
        word = word.head.head
    return False


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _after_dateline(span: Span) -> Span:
    """The phrase without the dateline a wire story opens with ("PARIS - Senator Dunn met",
    "PARIS (Agency) — the minister said"): the place in capitals, and a source in brackets, up to
    a dash at the head of the sentence are where the story was filed, not part of who acted (nor
    their country)."""
    if len(span) < 3 or not span[0].is_sent_start:
        return span
    # a dateline's dash stands apart ("PARIS - "); a hyphen inside a name ("AFL-CIO") does not
    dash = next((t for t in span[1:6] if t.text in _DASHES and span.doc[t.i - 1].whitespace_), None)
    if dash is None or dash.i + 1 >= span.end:
        return span
    depth, seen_capital = 0, False
    for t in span.doc[span.start:dash.i]:
        depth += (t.text == "(") - (t.text == ")")
        if t.is_punct or depth > 0 or t.text == ")":
            continue
        if not (t.is_alpha and t.is_upper and len(t) > 1):
            return span
        seen_capital = True
    return span.doc[dash.i + 1:span.end] if seen_capital else span


def _stranded_object_left(span: Span, head: Token) -> Span:
    """A name's phrase without the words the parse took from a preposition right before it that
    has no object of its own ("On live television Erdogan attacked": "live television" is where
    he spoke, not who he is, nor a broadcaster): the name keeps only the capitalised words that
    run up to it ("On state radio Mayor Lopez": "Mayor Lopez"). Any other phrase is itself."""
    doc = span.doc
    if span.start == 0 or head.pos_ != "PROPN" or not span.start <= head.i < span.end:
        return span
    prep = doc[span.start - 1]
    if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return span
    first = head.i
    while first > span.start and doc[first - 1].text[:1].isupper():
        first -= 1
    return doc[first:span.end]


def _leading_date(word: Token, head: Token) -> bool:
    """A day or time the parse hangs before an actor ("At a rally Tuesday Trump attacked", "Early
    Monday police arrested"): when, not part of who; a possessive ("Monday's attack") is left
    alone, and so is a phrase that is all date."""
    return (word.ent_type_ in ("DATE", "TIME") and head.ent_type_ not in ("DATE", "TIME")
            and word.dep_ not in ("poss", "case") and not any(c.dep_ == "case" for c in word.children))


def _words(span: Iterable[Token]) -> list[str]:
    """The word keys of a phrase (``tables.word_key``), less punctuation and the common words
    that spell a place (``common_place_word``)."""
    return [word_key(t.text) for t in span if not t.is_punct and not common_place_word(t)]


def common_place_word(word: Token) -> bool:
    """A word written in lower case as an adjective or common noun whose key the actor dictionary
    knows only as a place's name, not as a people's word ("male troops": Malé, the Maldives'
    capital; "a lima bean"), or an adjective capitalised only as a sentence's first word and
    tagged no name ("Male soldiers attacked ..."; not "Hongkongers", a people's noun there): the
    word, not the place, so it codes no country."""
    opening_adjective = word.is_sent_start and not word.ent_type_ and word.tag_ == "JJ"
    if not (word.is_lower and word.pos_ in ("ADJ", "NOUN") or opening_adjective):
        return False
    tables = event_tables.load()
    key = word_key(word.text)
    code = tables.names.get(key)
    return code is not None and len(code) == 3 and code.isalpha() and key not in tables.countries
