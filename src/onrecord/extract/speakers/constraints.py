"""Hard constraints on who a mention can be: checks no resolution rule may override.

A wrong name on a speaker's page costs more than a vague one, so these win over any guess:

- a mention that contains a person's name is that person ("US Ambassador to Germany Richard
  Grenell" is Grenell; "US Ambassador to Germany" is his role), whatever the parse made its head,
  unless the name is whom the role serves ("a spokeswoman for Hillary Clinton"); so is a name
  that ends the phrase of a description the parser cut from it ("said project co-director Laura
  Benning", "according to director Helen Stroud");
- a description that names a place or a nationality ("the president of Turkey", "the Greek
  foreign minister") only goes to someone the article ties to that place, and one that names a
  body ("the Unity Party of America presidential nominee") not to someone the article knows by
  other bodies only;
- a dateline ("WASHINGTON (AP) —") is where the story was filed, never who spoke;
- a "he" or "she" is never a person of the other gender, by a title, a kin noun or a given name
  (``gender_disagrees``): "Tom Roe" is no "she", whichever rule proposed him.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from onrecord.extract import doc_index
from onrecord.extract.speakers.first_names import gender_of, name_opening_gender
from onrecord.extract.speakers.mention_syntax import HYPHENS, qualifier, speech_word
from onrecord.extract.speakers.name_forms import (
    BODY_WORDS,
    PERSON_WORDS,
    country_of_an_office,
    name_label,
    office_country_before,
    written_as_person,
)
from onrecord.extract.speakers.spelling import without_possessive
from onrecord.extract.speakers.words import (
    BODY_HEADS,
    COUNTRY_WORDS,
    OBJECT_DETERMINERS,
    PARTIES,
    PRONOUN_GENDER,
    ROLE_WORDS,
    SERVING_PREPOSITIONS,
    STATE_ABBREVIATIONS,
    TITLE_GENDER,
)

# words that may stand between a role and the name it serves: "a spokeswoman for Sen. Joe Manchin"
TITLE_LIKE = ROLE_WORDS | frozenset(TITLE_GENDER)


def name_in_mention(span: Span, head: Token) -> Span | None:
    """The person named inside a mention whose head is a role or a title ("President of Ukraine
    Volodymyr Zelenskyy", "The governor of Ohio, Mike DeWine"), or None when the head is the name
    itself or there is none. The name is the last person's name of the mention; a run of proper
    nouns the tagger took for an organisation counts when it starts with a known first name and
    no body's kind word ends it ("Zedton Law School" names no "Law School").
    A plural head is a group, not one person ("People in the Trump administration"), and a name
    that qualifies a noun after it ("the Trump administration", "Trump's campaign") names no
    holder (``_qualifying``)."""
    if head.ent_type_ == "PERSON" or head.tag_ in ("NNS", "NNPS"):
        return None
    doc = span.doc
    people = [e for e in doc_index.ents_in(span)
              if e.label_ == "PERSON" and e.start > head.i and not _governed(doc[e.start]) and not _qualifying(e)
              and not in_clause(e, head)]
    if people:
        return with_first_name_before(people[-1], span)
    held = office_holder_cut(span, head)
    if held is not None:
        return held
    for ent in doc_index.ents_in(span):
        if ent.label_ in ("ORG", "GPE", "NORP") and ent.start > head.i:
            first = next((t for t in ent if t.pos_ == "PROPN" and gender_of(t.text) is not None), None)
            if first is not None and first.i < ent.end - 1 and not _governed(first) and not _after_article(first) \
                    and ent[-1].lower_ not in BODY_HEADS and not given_name_inside_body(ent, first):
                # "a poll from Zedton Law School": "Law" is a given name too, but a body's
                # kind word ends the run, so it is the body's name, no person's
                return doc[first.i:ent.end]
    return None


def given_name_inside_body(ent: Span, first: Token) -> bool:
    """Whether a given name inside a run the tagger read as a body's stands right behind a word
    that qualifies what follows it in that body's name, and the article never writes the run
    from the given name as a person's: "The head of the International Red Cross said" names no
    "Red Cross" ("Red" is a man's name in the registries of first names). Titles alone before
    the given name ("[Councillor Jane Roe]"), or a body's name ended right before it by a body's
    kind word or a plural ("... of the Zed Broadcasting Corporation Jane Roe", "... of the Council
    on Zedish Relations Jane Roe": the holder's name written after the body's), leave the name a
    person's, and so does a country's word before it, the place of an office ("US Ambassador to
    Ruritania Jane Roe"). Issue 13 (branch r21-types)."""
    before = [t for t in ent if t.i < first.i and t.lower_ != "the"]
    if all(t.lower_.rstrip(".") in PERSON_WORDS for t in before):
        return False  # nothing, or titles only, before the given name: "[Councillor Jane Roe]"
    last = before[-1]
    if without_possessive(last.lower_) in COUNTRY_WORDS:
        return False  # "US Ambassador to [Germany Richard Grenell]": the office's country
    if last.lower_ in BODY_WORDS or last.lower_ in BODY_HEADS or last.tag_ == "NNPS" \
            or last.is_alpha and len(last) > 3 and last.lower_.endswith("s") and not last.lower_.endswith("ss"):
        return False  # a body's name ends before the given name, a person's opens there
    return not written_as_person(ent.doc, list(ent.doc[first.i:ent.end]))


def office_holder_cut(span: Span, head: Token) -> Span | None:
    """The person named right after an office and "of" a country, where the tagger spanned the
    country with the name ("The president of Ruritania Jo Roe" tagged as one organisation) or the
    parse ended the mention inside the name ("The president of Kenya Jo" of "Jo Roe"): the name
    after the country holds the office the mention's head is. None for any other mention."""
    doc = span.doc
    if head.i + 1 >= span.end or doc[head.i + 1].lower_ != "of":
        return None
    i = head.i + 3  # the word after "<office> of <country>"
    ent = doc_index.entity_at(doc, i) if i < span.end else None
    if ent is None:
        return None
    if ent.start == i and ent.label_ == "PERSON" and office_country_before(doc[i]):
        return ent  # "... of Kenya | Jo Roe", the name running past the mention's end
    if ent.start == i - 1 and ent.label_ == "ORG" and country_of_an_office(list(ent)) and len(ent) <= 4:
        return doc[i:ent.end]  # "... of [Kenya Jo Roe]": the country cut from the name
    return None


def with_first_name_before(person: Span, span: Span) -> Span:
    """A surname the tagger took alone for the person carried back over the known first name just
    before it in the mention ("Mayor of London Sadiq Khan" with only "Khan" tagged): the mention
    names "Sadiq Khan", and a surname alone would be read as another Khan of the article. Only a
    proper noun of no entity hanging on the surname, that is a given name."""
    doc = person.doc
    if len(person) != 1 or person.start - 1 < span.start:
        return person
    first = doc[person.start - 1]
    if first.pos_ == "PROPN" and not first.ent_type_ and first.head.i == person.start \
            and first.dep_ == "compound" and gender_of(first.text) is not None:
        return doc[first.i:person.end]
    return person


def name_after_description(span: Span, head: Token, untagged: bool = False) -> Span | None:
    """The person a description goes on to name in the same noun phrase when the parser cut the
    phrase before the name: "said project co-director Laura Benning", "according to director
    Helen Stroud". Title words may stand between; a bare title
    may be joined by "and" to another one ("Canadian economist and lecturer Paul Dorsey said"),
    not to a name alone ("the expert and John Smith" are two people). The name must end the
    phrase and hang on the mention or beside it, so that "according to police John Smith was
    driving" names no one. With ``untagged``, the name is one the tagger did not mark, after at
    least one title word: "said study co-author and Zorbia Society Fellow Martin How." (a surname
    read as "how"), a first name the lists give one gender and one capitalised word
    (``_untagged_first_name``); a longer or tagged run of capitalised words ("Martin Marietta
    Corp.") is left alone."""
    doc, stop = span.doc, head.sent.end
    start = span.end
    joined = start < stop and doc[start].lower_ == "and"
    if joined and not bare_title(span):
        return None
    person = person_after_title_words(doc, start + joined, stop, untagged=untagged)
    if person is None or joined and person.start == start + 1:
        return None  # "expert and John Smith": a name alone after "and" is someone else
    if not _ends_phrase(person, head) or not _hangs_on(person, span, head):
        return None
    return person


def _untagged_first_name(doc: Doc, i: int, stop: int) -> bool:
    """Whether ``doc[i]`` opens a two-word person's name the tagger did not mark: a capitalised
    first name the lists give one gender, no title ("Miss Universe" is no one), then one
    capitalised word of letters that no entity of another kind holds."""
    token = doc[i]
    if i + 1 >= stop or not token.is_title or not token.is_alpha:
        return False
    gender = gender_of(token.text)
    if gender is None or name_opening_gender(token.text) != gender:  # a title, gendered or not
        return False
    surname = doc[i + 1]
    return surname.is_title and surname.is_alpha and len(surname) > 1 \
        and token.ent_type_ in ("", "PERSON") and surname.ent_type_ in ("", "PERSON")


def person_after_title_words(doc: Doc, start: int, stop: int, article: bool = False,
                             untagged: bool = False) -> Span | None:
    """The person's name that starts at ``start`` or after a few title words ("MP", "marine and
    coastal biology lecturer", "Royal Academy Research Fellow"), before
    ``stop``; with ``article``, the words may open with "the" or "a". None when anything else
    comes first: a verb, a preposition, a possessive, punctuation, another person. With
    ``untagged``, a two-word name the tagger did not mark, after one title word or more
    (``_untagged_first_name``), and None at any word the tagger marks a person's."""
    i = start
    if article and i < stop and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    first = i
    while i < stop and i - first <= _TITLE_RUN:
        if untagged:
            if doc[i].ent_type_ == "PERSON":
                return None  # a name the tagger marked is read without ``untagged``
            if i > first and _untagged_first_name(doc, i, stop):
                return doc[i:i + 2]
        else:
            ent = doc_index.entity_at(doc, i)
            if ent is not None and ent.start == i and ent.end <= stop and name_label(ent) == "PERSON":
                return ent
        if not _title_word(doc, i, first, stop):
            return None
        i += 1
    return None


# title words at most between a description and its name: a longer run is a clause, not a title
_TITLE_RUN = 8


def _title_word(doc: Doc, i: int, first: int, stop: int) -> bool:
    """A word of a title before a name: a noun, a proper noun or an adjective (a place or a body
    is fine: "Royal Academy Fellow"), a glued hyphen ("co-author"), or "and" between two
    lowercase words ("marine and coastal biology lecturer")."""
    token = doc[i]
    if token.text in HYPHENS:
        return not token.whitespace_ and i > first and not doc[i - 1].whitespace_
    if token.lower_ == "and":
        return i > first and i + 1 < stop and doc[i - 1].is_lower and doc[i + 1].is_lower
    # a noun the tagger read as a verb still modifies the name ("lecturer" in "economist and
    # lecturer Paul Dorsey")
    return (token.pos_ in ("NOUN", "PROPN", "ADJ") or token.dep_ == "compound") and token.tag_ != "POS" \
        and token.ent_type_ != "PERSON" and not token.is_punct


def bare_title(span: Span) -> bool:
    """A description with no article or possessive before it, as a title stands before a name:
    "project co-director", "Canadian economist", not "the expert" or "his wife"."""
    return not any(t.pos_ == "DET" or t.tag_ in ("PRP$", "POS") for t in span)


def _ends_phrase(person: Span, head: Token) -> bool:
    """Whether the noun phrase ends with the name: what comes after (adverbs aside) is
    punctuation, a preposition ("Laura Benning of the works department"), or the verb the mention hangs from
    or a speech verb; not a possessive or another noun."""
    doc, stop = person.doc, head.sent.end
    i = person.end
    while i < stop and doc[i].pos_ == "ADV":
        i += 1
    if i >= stop:
        return True
    after = doc[i]
    if after.tag_ == "POS" or after.text in HYPHENS:
        return False
    if after.is_punct or after.pos_ == "ADP" and i == person.end:
        return True
    return after.i == head.head.i or after.pos_ == "VERB" and speech_word(after.lower_)


def _hangs_on(person: Span, span: Span, head: Token) -> bool:
    """Whether the parser hung the name on the mention, inside it, or on the word the mention
    hangs from (or, past a preposition, on the word that one hangs from: "according to director
    Helen Stroud"): the name of one phrase cut in two, not of another clause."""
    governor = person.root.head
    beside = {head.i, head.head.i} | ({head.head.head.i} if head.head.pos_ == "ADP" else set())
    return governor.i != person.root.i and (governor.i in beside or span.start <= governor.i < person.start)


def in_clause(ent: Span, head: Token) -> bool:
    """Whether a name sits in a clause of the mention, or past a preposition of whom or what it
    serves, rather than naming its holder: "The account for the morning show, which replaced
    Imus on the air, tweeted" is the account, not Imus, whom the clause is about; nor is "the
    lawyer representing Smith" Smith, nor "the account for the Bernie and Sid Show" a "Sid
    Show". Read up the parse from the name to the mention's head: a verb on the way is a
    clause; "for", "with", "about", "against", "by" a phrase of what the mention serves ("of",
    "to" and places' prepositions may stand inside a title: "Ambassador to Germany Richard
    Grenell")."""
    token, steps = ent.root, 0
    while token.i != head.i and token.head.i != token.i and steps < 12:
        token, steps = token.head, steps + 1
        if token.i == head.i:
            break
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "prep" and token.lower_ in _SERVING:
            return True
    return False


# prepositions whose object a mention serves or is about, never a title's holder; not "to",
# which may open a place inside a title ("Ambassador to Germany Richard Grenell")
_SERVING = SERVING_PREPOSITIONS - {"to"}


def _qualifying(ent: Span) -> bool:
    """Whether a name modifies a noun after it rather than naming someone: "the Trump
    administration", "Trump's campaign" (a possessor or a compound of a common noun)."""
    root = ent.root
    return root.dep_ in ("compound", "poss") and root.head.i >= ent.end and root.head.pos_ == "NOUN"


def _after_article(first: Token) -> bool:
    """A "first name" right after an article inside a body's name is a word of that name: "a
    study by the Council of the Great Lake Schools" is the council's, no Great Lake Schools of
    a person ("Great" is a man's name in the registries of first names)."""
    return first.i > 0 and first.doc[first.i - 1].pos_ == "DET"


def _governed(first: Token) -> bool:
    """A name right after a preposition, titles aside, or right after a determiner that follows
    one, is whom the role serves, not who holds it: "a spokeswoman for (Sen.) Joe Manchin" is not
    Manchin, nor "an adviser to both Marlows" nor "a person close to the Marlows" the Marlows
    (``determiner_after_preposition``), but "President of Ukraine Volodymyr Zelenskyy" is
    Zelenskyy, and "Press Secretary to the Governor Jane Roe" Jane Roe ("the Governor" is the
    object; the name, after a title, the holder's)."""
    doc, i = first.doc, first.i - 1
    if determiner_after_preposition(doc, i):
        return True
    while i >= 0 and (doc[i].lower_.rstrip(".") in TITLE_LIKE or doc[i].is_title
                      and doc[i].ent_type_ == "" and doc[i].pos_ == "PROPN" and doc[i].lower_.endswith(".")):
        i -= 1
    return i >= 0 and doc[i].pos_ == "ADP"


def determiner_after_preposition(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a determiner ("the", "both") right after a preposition, opening the
    preposition's object: a name right after it is that object, whom the mention's head serves
    ("an adviser to both Marlows", "a person close to the Marlows"), never its holder. A
    determiner after anything else ("the Marlows' adviser", "said the Marlows") is left alone.
    Issue 13 (branch r29-canon)."""
    return 0 < i and doc[i].pos_ == "DET" and doc[i].lower_ in OBJECT_DETERMINERS and doc[i - 1].pos_ == "ADP"


def place_words(span: Span, head: Token) -> set[str]:
    """The places and nationalities a description qualifies its head with, as words: "the Greek
    foreign minister", "the president of Turkey". Parties ("Republican") are not places, nor is a
    place inside the name of a body ("the commander of the Islamic Revolution Guards Corps")."""
    qualifiers = [t for t in head.children if t.dep_ in ("amod", "compound", "nmod", "poss")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "for", "in"):
            qualifiers += [t for t in prep.children if t.dep_ == "pobj"]
    return {t.text for t in qualifiers if t.ent_type_ in ("GPE", "NORP") and span.start <= t.i < span.end
            and qualifier(t.text) not in PARTIES}


def body_words(span: Span, head: Token) -> set[str]:
    """The distinctive words of the bodies a description names before its head, in lower case:
    "unity", "america" of "the Unity Party of America presidential nominee" (a body's kind and
    words such as "of" left out), so that it only goes to someone the article ties to that body."""
    words: set[str] = set()
    for ent in doc_index.ents_in(span):
        if ent.label_ == "ORG" and ent.end <= head.i:
            words |= {t.lower_ for t in ent if t.is_alpha and not t.is_stop and t.lower_ not in BODY_WORDS}
    return words


def tied_to_body(words: set[str], affiliation: str | None, roles: list[str]) -> bool:
    """Whether what the article says of someone (their affiliation, their roles) holds one of a
    body's distinctive words, or spells out an acronym of them ("DNC" for a role of "Democratic
    National Committee chairman")."""
    texts = [affiliation or "", *roles]
    said = set(" ".join(texts).lower().replace("’s", " ").replace("'s", " ").split())
    initials = [_initials(text) for text in texts]
    return bool(words & said) or any(len(w) > 1 and w in letters for w in words for letters in initials)


def _initials(text: str) -> str:
    """The first letters of a text's capitalised words, in lower case: "dnc" of "former
    Democratic National Committee chairman"."""
    return "".join(w[0] for w in text.split() if w[:1].isupper()).lower()


def tied_to(places: set[str], affiliation: str | None, roles: list[str]) -> bool:
    """Whether what the article says of someone (their affiliation, their roles) names one of the
    places; a stem of four letters matches a nationality to its country (Turkish, Turkey), and a
    state's abbreviation its name ("R-Fla." is Florida: ``states_spelled_out``)."""
    said = states_spelled_out(" ".join([affiliation or "", *roles]).lower())
    return any(names_place(said, place) for place in places)


def names_place(said: str, place: str) -> bool:
    """Whether lowercased words name a place by its stem of four letters, opening a word ("Turkish"
    for Turkey). A US state's full name in the words counts whole: "Kansas" is not in "Arkansas",
    "Virginia" not in "West Virginia", "Mexican" not in "New Mexico"; each state's name that the
    place's stem does not open is taken out before the stem is looked for."""
    stem = place[:4].lower()
    for state, pattern in _STATE_NAMES:
        if pattern.search(said):
            if state.startswith(stem) and (len(place) >= len(state) or " " not in state):
                return True
            said = pattern.sub(" ", said)
    return re.search(rf"(?<![a-z]){re.escape(stem)}", said) is not None


# each US state's full name as a whole word, longest first ("west virginia" before "virginia"),
# and each abbreviation where no letter or period comes just before it: built once, asked per holder
_STATE_NAMES = [(state, re.compile(rf"(?<![a-z]){re.escape(state)}(?![a-z])"))
                for state in sorted(set(STATE_ABBREVIATIONS.values()), key=len, reverse=True)]
_STATE_ABBREVIATIONS = [(re.compile(rf"(?<![a-z.]){re.escape(abbr)}"), name)
                        for abbr, name in STATE_ABBREVIATIONS.items()]


def states_spelled_out(said: str) -> str:
    """Lowercased words with the full name of each US state they abbreviate added ("r-fla." ->
    "r-fla. florida"); an abbreviation counts only where no letter comes just before it."""
    full = [name for pattern, name in _STATE_ABBREVIATIONS if pattern.search(said)]
    return " ".join([said, *full])


def gender_disagrees(pronoun: Token, gender: str | None, name: str) -> bool:
    """Whether a "he", "she", "him" or "her" has been given a person of the other gender: the
    person's gender as the article told it (``gender``: a title, a kin noun, a pronoun before),
    else the one the first word of a name of two words or more tells ("Tom" of "Tom Roe", a title
    "Mrs"; not a surname alone, which may be a given name elsewhere). A hard
    constraint over every rule: "When Tom Roe warned ..., “...,” she said" never names Tom Roe,
    whatever the nearest name or the narrative suggests; the pronoun stays unnamed instead."""
    wanted = PRONOUN_GENDER.get(pronoun.lower_)
    if wanted is None or not name:
        return False
    words = name.split()
    # a surname alone tells nothing, though it may be a given name elsewhere ("Brandt")
    told = gender or (name_opening_gender(words[0]) if len(words) > 1 else None)
    return told is not None and told != wanted
