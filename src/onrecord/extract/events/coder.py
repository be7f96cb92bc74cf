"""Who did what to whom: PLOVER events read from the parsed article.

Every candidate of every sentence (a verb, or a noun that names an event: ``event_model.is_candidate``)
is described (``event_model.trigger_features``) and scored by the event model; a candidate whose
best PLOVER type is likely enough becomes an event, unless it is a figure of speech ("fighting
corruption"), a verb of saying or what its subject underwent ("died"), or the event gate
(``gate.py``) judges it no event at all ("served", "founded" in general news). Its actor is the verb's
subject (the agent of a passive, the subject of the clause it depends on; a noun's possessor,
national adjective or "by" phrase), its target the passive subject, a preposition's object
("against", "on", ..., also inside an event noun's phrase) or a direct object that names an
actor; both are coded to a country and sector with ``event_tables``, and a party that is a
resolved speaker takes that entity and what the article says of it (``entity_coding``).
Pronouns and "the country" take the country last named before them; any other actor that names
no country takes its sentence's (else the article's, else its target's), a named forum or
association is an NGO and an "ethnic" group the country it lives in. The same event reported
twice in one article (same type, actor, target and date) is kept once.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.dates import statement_date
from onrecord.extract.events import gate as event_gate
from onrecord.extract.events import model as event_model
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.gate import EventGate
from onrecord.extract.events.model import NONE, EventModel, event_flags, is_candidate, trigger_features
from onrecord.extract.events.tables import Tables, code_actor, code_surname, word_key
from onrecord.model import Entity, Event, EventParty, EventPlace, Extent, Statement, TextSpan

THRESHOLD = 0.5  # the least probability of a PLOVER type that makes a verb an event
LEXICON_WEIGHT = 0.5
DEMAND_CONFIDENCE = 0.6
UNPATTERNED_THRESHOLD = 0.55  # a verb no pattern knows needs the model to be surer
SIDE_WEIGHT = 0.6  # a verb of a describing clause is less likely the sentence's event
SURE = 0.8  # an event this likely needs no named actor: its place gives the actor's country
_WORDS = "event_words.txt"
_DEMAND_MODALS = data.words(_WORDS, "demand_modals")
_TARGET_PREPS = data.words(_WORDS, "target_prepositions")
_PLACE_PREPS = data.words(_WORDS, "place_prepositions")
_PRONOUNS = data.words(_WORDS, "pronouns")
_THING_RELATIVES = data.words(_WORDS, "thing_relatives")  # pronouns that do not name an actor alone
_RELATIVE_PRONOUNS = data.words(_WORDS, "relative_pronouns")
_FIRST_PERSON = data.words(_WORDS, "first_person")
_COUNTRY_NOUNS = data.words(_WORDS, "country_nouns")
_CIVIL_NOUNS = data.words(_WORDS, "civil_nouns")
_RIGHTS_GROUPS = data.words(_WORDS, "rights_groups")
_FIGURATIVE = data.words(_WORDS, "figurative_objects")
_SAYING = data.words(_WORDS, "saying_verbs")
_UNDERGONE = data.words(_WORDS, "undergone_verbs")
_FORCE = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}  # the types a figure of speech borrows
# future cooperation is a promise, future retreat a concession, future force a threat (PLOVER)
_FUTURE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
           "RETREAT": "CONCEDE", "ASSAULT": "THREATEN", "SANCTION": "THREATEN", "COERCE": "THREATEN",
           "PROTEST": "THREATEN"}
# what a refusal of each cooperative event is
_REFUSED = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# clauses that describe rather than report: a verb there is less likely the sentence's event
_SIDE_CLAUSES = {"relcl", "advcl", "acl", "pcomp", "csubj"}

# (start, end, speaker entity, speaker country) of a statement's content
Voice = tuple[int, int, Optional[str], Optional[str]]


def find_events(doc: Doc, article_id: str, published: Optional[str] = None, statements: Sequence[Statement] = (),
                entities: Iterable[Entity] = (), model: Optional[EventModel] = None, tables: Optional[Tables] = None,
                threshold: float = THRESHOLD, gate: Optional[EventGate] = None, gated: bool = True,
                gate_log: Optional[list[tuple[Event, dict[str, float]]]] = None) -> list[Event]:
    """The events of a parsed article, in text order (their JSON form: docs/json.md).

    Each coded event passes the gate (``gate.py``, the shipped one unless ``gate`` is given)
    unless ``gated`` is false; ``gate_log`` collects every event before the gate with the
    features it saw (to train it)."""
    model = model or event_model.load()
    tables = tables or event_tables.load()
    gate = (gate or event_gate.load()) if gated else None
    contents = [(s.content.start, s.content.end) for s in statements]
    countries = _country_mentions(doc, tables)
    cues = [(s.cue.start, s.cue.end, s.id) for s in statements if s.cue is not None]
    entities = list(entities)
    mentions = [(m[0], m[1], e.id) for e in entities for m in (e.mentions or [])]
    known = {e.id: e for e in entities}
    voices = _voices(statements, tables)
    found: dict[tuple[str, Optional[str], Optional[str], Optional[str], bool], Event] = {}
    for sent in doc.sents:
        for token in sent:
            if not is_candidate(token, tables):
                continue
            features, coded, how = trigger_features(token, tables)
            probs = model.probabilities(features)
            model_probs = probs
            if coded and coded[0] in probs:
                # the dictionary pattern has its say beside the model (rare types have few examples)
                probs = {c: (1 - LEXICON_WEIGHT) * p + (LEXICON_WEIGHT if c == coded[0] else 0.0)
                         for c, p in probs.items()}
            kind = max((c for c in probs if c != NONE), key=probs.__getitem__)
            confidence = probs[kind]
            aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
            token_actor: Optional[Token] = None
            if aux & _DEMAND_MODALS and token.dep_ == "ccomp":
                # "X said Y must ...": a demand by X
                kind, confidence, token_actor = "REQUEST", max(confidence, DEMAND_CONFIDENCE), _subject(token.head)
            if confidence < (threshold if coded else UNPATTERNED_THRESHOLD):
                continue
            flags = event_flags(token)
            if (flags["future"] or "would" in aux) and kind in _FUTURE:
                kind = _FUTURE[kind]
            if flags["negated"] and kind in _REFUSED and not flags["hypothetical"]:
                kind, flags["negated"] = "REJECT", False  # "will not accept refugees" is a refusal
            if flags["negated"] or flags["hypothetical"]:
                confidence *= 0.5  # reported as not (or not surely) happening
            if token.dep_ in _SIDE_CLAUSES or (token.dep_ == "xcomp" and token.head.pos_ == "VERB"):
                confidence *= SIDE_WEIGHT  # "agreed to allow access": the agreeing is the event
            if token.lemma_.lower() in _SAYING and kind not in ("REQUEST", "THREATEN"):
                continue  # "claimed", "called the move ...": saying so is no event (PLOVER drops statements)
            if token.lemma_.lower() in _UNDERGONE:
                continue  # "two victims died": what its subject underwent, done by no actor named
            if kind in _FORCE and figurative(token):
                continue  # "fighting corruption": a figure of speech, no event between actors
            mode = coded[1] if coded and coded[0] == kind and coded[1] else None
            if token.pos_ == "NOUN":
                actor_tok = _noun_actor(token)
            else:
                actor_tok = token_actor or _subject(token) or _preceding_actor(token, sent, tables)
            if actor_tok is None:
                continue  # PLOVER events have an actor
            target_tok = _target(token, tables)
            actor = _party(actor_tok, doc, tables, countries, mentions, voices, known)
            target = (_party(target_tok, doc, tables, countries, mentions, voices, known)
                      if target_tok is not None else None)
            if target and actor and target.start == actor.start:
                target = None
            own_countries = (actor.country, target.country if target else None)  # from their own words
            political = (actor.country or actor.sector or actor.entity or _named(actor_tok)
                         or actor_tok.lower_ in _PRONOUNS)
            if target and target_tok is not None and target.country is None:  # a target has its token
                target.country = _country_within(target_tok, countries, sent, actor)
            if actor.country is None and _civil_body(actor_tok):
                actor.country = "NGO"  # "The Third World Water Forum", "a human rights group"
            if actor.country is None:
                # "Security forces in Guinea", "Judge X ... Chilean officials": the country the
                # actor's own words or else its sentence names first, else the article before it,
                # else the target's: an actor of no named country is most often a local one
                actor.country = (_country_within(actor_tok, countries, sent, target)
                                 or _last_country(countries, sent.start_char)
                                 or (target.country if target else None))
            if not political and not (confidence >= SURE and actor.country):
                # "her skin broke", "the only thing": no political actor, no event; but "a
                # roadside bombing near Samarra killed ..." is one, coded to where it happened
                continue
            gate_features: dict[str, float] = {}
            if gate is not None or gate_log is not None:
                gate_features = {
                    **event_gate.event_features(
                        token, kind, model_probs.get(kind, 0.0), model_probs.get(NONE, 0.0),
                        coded[0] if coded else None, how, confidence, flags,
                        len(_countries_between(countries, sent.start_char, sent.end_char)),
                        any(s <= token.idx < e for s, e in contents)),
                    **event_gate.party_features("actor", own_countries[0], actor.sector),
                    **event_gate.party_features("target", own_countries[1], target.sector if target else None)}
            if gate is not None and gate.probability(gate_features) < gate.threshold:
                continue  # no event after all: "served", "founded", "took place" in general news
            when = statement_date(sent.text, token.idx - sent.start_char, published)
            event = Event(
                id=None, type=kind, mode=mode, actor=actor, target=target,
                location=_location(token, target_tok, doc, tables),
                date=when.date,
                trigger=TextSpan(token.idx, token.idx + len(token), token.text),
                sentence=Extent(sent.start_char, sent.end_char),
                negated=flags["negated"], hypothetical=flags["hypothetical"], future=flags["future"],
                statement=next((sid for s, e, sid in cues if s <= token.idx < e), None),
                confidence=round(confidence, 4),
            )
            if gate_log is not None:
                gate_log.append((event, gate_features))
            key = (kind, _party_key(actor), _party_key(target), when.date, flags["negated"])
            if key not in found or found[key].confidence < event.confidence:
                found[key] = event
    events = sorted(found.values(), key=lambda e: e.trigger.start if e.trigger else 0)  # all have a trigger
    for n, e in enumerate(events):
        e.id = f"{article_id}#v{n + 1}"  # numbered once the repeats are gone
    return events


def entity_coding(entity: Entity, tables: Tables) -> tuple[Optional[str], Optional[str]]:
    """(country, sector) of a resolved entity from what the article says of it: its affiliation
    and roles first, then its full name as the actor dictionary knows it."""
    said = [word_key(w) for w in " ".join([entity.affiliation or "", *entity.roles]).split()]
    country, sector = code_actor(said, tables) if said else (None, None)
    if country is None:
        named, named_sector = code_actor([word_key(w) for w in entity.name.split()], tables)
        country, sector = named, sector or named_sector
    return country, sector


def figurative(token: Token) -> bool:
    """A verb or noun of conflict whose object is no actor but a figure of speech: "fighting
    corruption", "the war on drugs", "attacking the problem"."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _FIGURATIVE and o.ent_type_ == "" for o in objects)


def _noun_actor(token: Token) -> Optional[Token]:
    """Who did what a noun names: "Israel's strike", "a U.S. airstrike", "attacks by rebels"."""
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ not in _THING_RELATIVES:
            return child
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return child
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _party_key(party: Optional[EventParty]) -> Optional[str]:
    if party is None:
        return None
    return party.entity or party.country or re.sub(r"\W+", " ", party.text.lower()).strip()


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
        if token.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and token.head is not token:
            token = token.head
            seen += 1
            continue
        return None
    return None


def _preceding_actor(token: Token, sent: Span, tables: Tables) -> Optional[Token]:
    """When the parse gives no subject: the nearest noun phrase before the verb, in its
    sentence, that names an actor and is not the object of a preposition."""
    for chunk in reversed([c for c in doc_index.noun_chunks_in(sent) if c.end <= token.i]):
        head = chunk.root
        if head.dep_ in ("pobj", "dobj") or head.lower_ in _PRONOUNS:
            continue
        if head.dep_ == "nsubjpass" and head.head is token:  # "Robert was killed": the victim
            continue
        if _names_actor(head, tables):
            return head
    return None


def _target(token: Token, tables: Tables) -> Optional[Token]:
    """Whom the event is done to: a passive subject, an object named by a preposition, or a
    direct object that names an actor (not "missiles" or "a factory")."""
    for child in token.children:
        if child.dep_ == "nsubjpass":
            return child
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj", "dative")), None)
    holders = [token] + ([obj] if obj is not None else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS:
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None and _names_actor(pobj, tables):
                    return pobj
                inner = _prep_actor(pobj, tables) if pobj is not None else None
                if inner is not None:
                    return inner  # "called for sanctions against Nigeria"
    if obj is not None and _names_actor(obj, tables):
        return obj
    return None


def _prep_actor(token: Token, tables: Tables) -> Optional[Token]:
    """The actor an event noun is aimed at: "sanctions against Nigeria", "talks with Iran"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS and prep.lower_ not in ("for", "from"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and _names_actor(pobj, tables):
                return pobj
    return None


def _named(token: Token) -> bool:
    return any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in _phrase(token))


def _civil_body(token: Token) -> bool:
    """A named association, forum or committee, or a rights group, that names no country:
    PLOVER codes such bodies NGO rather than by the countries around them."""
    span = _phrase(token)
    words = {t.lower_ for t in span}
    named = any(t.ent_type_ == "ORG" for t in span)
    return (named and bool(words & _CIVIL_NOUNS)) or ("rights" in words and token.lower_ in _RIGHTS_GROUPS)


def _names_actor(token: Token, tables: Tables) -> bool:
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.lower_ in _PRONOUNS - _THING_RELATIVES:
        return True
    country, sector = code_actor(_words(_phrase(token)), tables)
    return bool(country or sector) or any(t.lower_ in _COUNTRY_NOUNS for t in _phrase(token))


def _phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``: its left dependents, compounds and "of ..." after it."""
    doc = token.doc
    start, end = token.left_edge.i, token.i + 1
    for child in token.children:
        if child.i > token.i and (child.dep_ in ("compound", "flat", "nmod")
                                  or (child.dep_ == "prep" and child.lower_ == "of")):
            end = max(end, child.right_edge.i + 1)
    if token.ent_iob_ != "O":  # the whole name, when the head is inside one
        ent = doc_index.entity_at(doc, token.i)
        if ent is not None:
            start, end = min(start, ent.start), max(end, ent.end)
    span = doc[start:end]
    while len(span) > 1 and span[0].dep_ in ("cc", "punct", "prep", "mark"):
        span = span[1:]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def _words(span: Iterable[Token]) -> list[str]:
    return [word_key(t.text) for t in span if not t.is_punct]


def _voices(statements: Iterable[Statement], tables: Tables) -> list[Voice]:
    """(start, end, speaker entity, speaker country) of each quoted content: "we" in a quote
    is its speaker."""
    out: list[Voice] = []
    for s in statements:
        speaker = s.speaker
        if speaker is None:
            continue
        words = " ".join([speaker.affiliation or "", *speaker.roles, speaker.name or ""])
        country = code_actor([word_key(w) for w in words.split()], tables)[0]
        out.append((s.content.start, s.content.end, speaker.entity, country))
    return out


def _party(token: Token, doc: Doc, tables: Tables, countries: list[tuple[int, str]],
           mentions: list[tuple[int, int, str]], voices: Sequence[Voice] = (),
           known: Optional[dict[str, Entity]] = None) -> EventParty:
    span = _phrase(token)
    country, sector = code_actor(_words(span), tables)
    entity_id = next((eid for s, e, eid in mentions if s < span.end_char and span.start_char < e), None)
    record = (known or {}).get(entity_id or "")
    if record is not None and not any(w in tables.countries for w in _words(span)):
        # a resolved speaker: what the article says of them ("a U.S. senator", "Iran's foreign
        # minister") before any dictionary by surname
        said_country, said_sector = entity_coding(record, tables)
        country, sector = said_country or country, sector or said_sector
    voice = next((v for v in voices if v[0] <= token.idx < v[1]), None) if token.lower_ in _FIRST_PERSON else None
    if voice:
        country = voice[3]
    ethnic = next((t.nbor() for t in span if t.lower_ == "ethnic" and t.i + 1 < len(doc)), None)
    if country and ethnic is not None and code_actor(_words([ethnic]), tables)[0] == country:
        # "ethnic Albanians" near Macedonia's border are Macedonia's: the country they live in,
        # named by their own words ("in Croatia") or else by the sentence
        others = [c for o, c in countries if c != country and token.sent.start_char <= o < token.sent.end_char]
        inside = [c for o, c in countries if c != country and token.left_edge.idx <= o <= token.right_edge.idx]
        country = (inside or others or [country])[0]
    if country is None and token.ent_type_ == "PERSON":
        # "Kagame", "Carlos Menem": a leader the dictionaries know by another form of the name
        name = doc_index.entity_at(doc, token.i)
        country, sector2 = code_surname(name[-1].text if name is not None else token.text, tables)
        sector = sector or sector2
    if country is None:
        head = token.lower_
        if head in _PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ccomp", "advcl"):
            # "the Iranian military announced that it had built ...": "it" is the announcer
            outer = _subject(token.head.head)
            if outer is not None and outer is not token:
                outer_span = _phrase(outer)
                country, sector2 = code_actor(_words(outer_span), tables)
                sector = sector or sector2
        if country is None and (head in _PRONOUNS or any(t.lower_ in _COUNTRY_NOUNS for t in span)):
            country = _last_country(countries, span.start_char)
    start, end = span.start_char, span.end_char
    entity = voice[2] if voice else entity_id
    return EventParty(span.text, start, end, entity=entity, country=country, sector=sector)


def _country_mentions(doc: Doc, tables: Tables) -> list[tuple[int, str]]:
    """(offset, ISO3) of every country named in the text, in order."""
    out: list[tuple[int, str]] = []
    for ent in doc.ents:
        # places ("curfew in Algiers" is often tagged LOC) and known leaders name countries too
        if ent.label_ in ("GPE", "NORP", "ORG", "LOC", "PERSON"):
            country, _ = code_actor(_words(ent), tables)
            if country is None and ent.label_ == "PERSON":
                country, _ = code_surname(ent[-1].text, tables)
            if country and country.isalpha() and country not in ("IGO", "NGO", "IMG", "MNC"):
                out.append((ent.start_char, country))
    return out


def _country_within(token: Token, countries: list[tuple[int, str]], sent: Span,
                    target: Optional[EventParty]) -> Optional[str]:
    # ``countries`` is in text order: bisection finds the ones in a range without scanning
    # every country of the article for every event
    inside = _countries_between(countries, token.left_edge.idx, token.right_edge.idx + 1)
    if inside:
        return inside[0][1]
    for offset, country in _countries_between(countries, sent.start_char, sent.end_char):
        if not (target and target.start <= offset < target.end):
            return country
    return None


def _countries_between(countries: list[tuple[int, str]], start: int, end: int) -> list[tuple[int, str]]:
    """The countries named at offsets ``start`` <= o < ``end``, in order."""
    return countries[bisect_left(countries, (start, "")):bisect_left(countries, (end, ""))]


def _last_country(countries: list[tuple[int, str]], before: int) -> Optional[str]:
    """The country named last before ``before`` (the list is in text order, as above)."""
    n = bisect_left(countries, (before, ""))
    return countries[n - 1][1] if n else None


def _location(token: Token, target_tok: Optional[Token], doc: Doc, tables: Tables) -> Optional[EventPlace]:
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if target_tok is not None:
        holders.append(target_tok)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                    span = doc_index.entity_at(doc, pobj.i) or doc[pobj.i:pobj.i + 1]
                    country, _ = code_actor(_words(span), tables)
                    return EventPlace(span.text, span.start_char, span.end_char,
                                      country=country if country and country.isalpha() else None)
    return None
