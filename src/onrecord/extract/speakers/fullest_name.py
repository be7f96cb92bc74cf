"""The fullest name the article gives a speaker: "World Health Organization" for "WHO", "Wanda
Vázquez Garced" for "Wanda Vázquez". A reader looks a speaker up by the name the article spells
out; the short form stays an alias.

Both rules only lengthen a name when the article offers one longer form, so that two people or
two bodies are never made one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.extract import doc_index, lexicon
from onrecord.extract.speakers.entity_type import titled_at_a_mention
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.mention_syntax import title_before_name
from onrecord.extract.speakers.name_forms import (
    BODY_WORDS,
    PERSON_WORDS,
    SURNAME_PARTICLES,
    country_before_name,
    country_of_an_office,
    names_a_building,
    style_of_address,
    written_as_person,
)
from onrecord.extract.speakers.spelling import accent_twins, unaccented
from onrecord.extract.speakers.words import (
    ACTOR_NOUNS,
    ADDRESS_WORDS,
    BODY_POSTS,
    CANDIDACY_WORDS,
    COUNTRY_WORDS,
    COURTESY_TITLES,
    GENERIC_PERSON_NOUNS,
    GROUP_NOUNS,
    NOUN_GENDER,
    OFFICE_ABBREVIATIONS,
    PARTIES,
    PERSON_NOUNS,
    RELATION_NOUNS,
    ROLE_WORDS,
    SERVING_PREPOSITIONS,
    SETTLEMENT_KINDS,
    TITLE_GENDER,
)

# the verbs a title-case headline puts between two names (headline_run)
_HEADLINE_VERBS = data.words("name_words.txt", "headline_verbs")
# ordinary nouns written before a name, no given name (given_name_before_particle)
_NOUNS_BEFORE_NAMES = data.words("name_words.txt", "nouns_before_names")
# words that name one body alone ("Pentagon"): no field of a body's name (listed_fields_name)
_ONE_WORD_BODIES = data.words("body_words.txt", "bodies_by_one_word")
# a company's legal form after its name ("Company", "Inc."): legal_form_name
_LEGAL_FORMS = data.words("body_words.txt", "legal_forms")
# "Donald Trump Jr." is not Donald Trump's fuller name but his son's
GENERATIONS = data.words("name_words.txt", "generation_suffixes")  # also read across articles (resolve)
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# small words an expansion may hold that its acronym leaves out ("Bureau of Investigation")
LINKING_WORDS = frozenset({"of", "and", "the", "for", "&", "on", "in", "de", "du", "des"})
# the small words inside a body's qualifiers ("Research and Referral Hospital")
QUALIFIER_LINKS = frozenset({"and", "&", "of"})
# the words that join a body's head word to the rest of its name ("Commission on Presidential Debates")
HEAD_LINKS = frozenset({"of", "on", "for"})


def acronym_expansion(acronym: str, doc: Doc) -> str | None:
    """The one run of capitalised words in the article whose initials spell ``acronym``
    ("Pacific Gas and Electric" for "PG&E"), or None when there is none or several."""
    letters = acronym.replace("&", "")
    if not ACRONYM.match(acronym) or len(letters) < 2:
        return None
    found: set[str] = set()
    texts = doc_index.token_texts(doc)
    for i, first in enumerate(texts):
        if first[:1] != letters[0]:
            continue
        words: list[str] = []
        n = 0
        for text in texts[i:i + 3 * len(letters)]:
            if text.lower() in LINKING_WORDS and words:
                words.append(text)
                continue
            if n == len(letters) or text[:1] != letters[n] or not text[:1].isupper():
                break
            words.append(text)
            n += 1
        while words and words[-1].lower() in LINKING_WORDS:
            words.pop()
        if n == len(letters) and len(words) >= len(letters):
            found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


def longer_body_name(name: str, doc: Doc, head_only: bool = False) -> str | None:
    """The one longer name of a body the article gives around ``name``: qualifiers before it
    ("National Search and Rescue Agency" for "Search and Rescue Agency"), "of", "on" or "for" and
    a name after it ("Church of Scientology" for "Church", "Commission on Presidential Debates"
    for "Commission"); with ``head_only``, only a name that ``name`` heads, also by a body's word
    after it ("Salling Group" for "Salling", a name the article gives no person, not "Vermont
    Bernie Sanders" for "Sanders"). None when there is none, or several ("Washington Post" and
    "New York Post" for "Post"), or the longer form adds a place the article also names on its
    own or goes on with "of" a place after the tagger's span; a person's name is never lengthened
    so ("Scotland Nicola Sturgeon")."""
    words = name.split()
    if not words or len(words) > 1 and not any(w.lower() in BODY_WORDS for w in words):
        return None  # "Nicola Sturgeon" tagged ORG: no word of a body's name
    n = len(words)
    found: set[str] = set()
    # "the Senate" of an article on Puerto Rico is not the "U.S. Senate" it names once: a longer
    # form that adds a place may be another place's body
    places = _place_words(doc)
    for texts in _body_names(doc):
        if len(texts) <= n:
            continue
        ends_with = texts[-n:] == words and not head_only
        starts_with = texts[:n] == words
        linked_after = starts_with and texts[n] in HEAD_LINKS and len(texts) > n + 1
        # "Salling" of "Salling Group": the name and a body's word of its own kind ("Tesco" is no
        # "Tesco Bank", own_fuller_form)
        kind_word = head_only and starts_with and own_fuller_form(words, texts) \
            and name.lower() not in BODY_WORDS and all(t[:1].isupper() for t in texts[n:])
        extra = texts[:-n] if ends_with else texts[n + 1:] if linked_after else texts[n:]
        if (ends_with or linked_after or kind_word) and not places & set(extra):
            found.add(" ".join(texts))
    return found.pop() if len(found) == 1 else None


def legal_form_name(name: str, doc: Doc) -> str | None:
    """The one name of a company the article gives as ``name`` and its legal form after it
    ("Zorb Gas and Electric Company" for "Zorb Gas and Electric", ``[legal_forms]``): the same
    company, named in full. None when the article names another body that ``name`` opens
    ("Zorb Bank" beside "Zorb Inc.": which one speaks is not told), or two legal forms. Not
    ``longer_body_name``'s kind word: that rule wants a body's word in a name of several words
    and lets "Zorb Inc." through beside "Zorb Bank", for a bare "person" name; each finds names
    the other refuses. Issue 13 (branch r25-names)."""
    words = name.split()
    if not words or not all(w[:1].isupper() or w.lower() in LINKING_WORDS for w in words):
        return None
    n = len(words)
    found: set[str] = set()
    for texts in _body_names(doc):
        if len(texts) <= n or texts[:n] != words:
            continue
        if len(texts) > n + 1 or texts[n].lower().rstrip(".") not in _LEGAL_FORMS:
            return None  # "Zorb Bank", "Zorb Gas Storage": another body the name opens
        found.add(" ".join(texts))
    return found.pop() if len(found) == 1 else None


def own_fuller_form(words: list[str], texts: list[str]) -> bool:
    """Whether ``texts``, a longer body's name that the words of a bare name open, is that body's
    own fuller form: the name and the word of its kind ("Zorb Inc.", "Zorb Corporation", "Salling
    Group", "Labour Party", ``[own_name_kinds]``), other words between only when no body's word
    ("Zedco Motor Company", not "Zorb Media Group"). A name ending in any other word is another
    body named after it: a bank, a foundation, a subsidiary, a school, a stadium ("Tesco Bank" is
    not Tesco, the parent; "Zorb Airways" not Zorb).
    Issue 13 (branch r25-bodyname)."""
    extra = texts[len(words):]
    return bool(extra) and extra[-1].lower().rstrip(".") in _OWN_NAME_KINDS \
        and not any(w.lower() in BODY_WORDS for w in extra[:-1])


# the last words of a body's own fuller name: its legal form ("Inc.", "Corporation") or another
# word of its own kind ("Group", "Party")
_OWN_NAME_KINDS = _LEGAL_FORMS | data.words("speaker_words.txt", "own_name_kinds")


def body_name_ended_after_the(word: str, doc: Doc) -> str | None:
    """The one body's name the tagger spans that a one-word name ends, when the article writes
    that word after "the" ("the Zedville Post reported ... according to the Post"): a body's
    last word standing for its whole name, as no person's surname takes "the". Only asked of a
    one-word "person" with nothing personal about it (no given name, gender or role). None when
    the word is never written after "the", or ends no or several bodies' names ("the Zedville
    Post" and "the Ymouth Post")."""
    if " " in word or not word[:1].isupper() or not word.isalpha():
        return None
    if not any(_after_the(doc, i) and _heads_its_phrase(doc[i]) for i in doc_index.positions(doc).get(word, ())):
        return None
    found = {" ".join(texts) for texts in _body_names(doc) if len(texts) > 1 and texts[-1] == word}
    return found.pop() if len(found) == 1 else None


def _after_the(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` follows "the", a space token between (a no-break space) skipped."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].lower_ == "the"


def _heads_its_phrase(token: Token) -> bool:
    """Whether a word after "the" is the noun its phrase is about ("the Post said"), not a word
    qualifying the noun after it ("the Kaka era", "the Smith family"), which a person's name may
    well be."""
    return token.dep_ not in ("compound", "amod", "nmod", "poss", "nummod", "npadvmod")


def introduced_in_full(name: str, doc: Doc) -> str | None:
    """The longer name of a body the article writes before it ever shortens it to ``name``: news
    style gives a body's full name at its first mention and a short form after ("Zedco Motor
    Company announced ... Zedco said", "the Ruritanian Supreme Court ... the Supreme Court said").
    A longer form is a body's name the tagger spans that ``name`` starts, the rest capitalised
    and ending in a body's word, or ends, capitalised qualifiers before it (a place among them
    too: ``longer_body_name`` leaves those out, as "the Senate" of an article may be another
    place's than the "U.S. Senate" it names later). None when there is no or several such
    names, or ``name`` is written alone before the longer form's first mention."""
    words = name.split()
    if not words or name.lower() in BODY_WORDS or len(words) > 1 and not any(w.lower() in BODY_WORDS for w in words) \
            and not institution_named(words):
        return None
    n = len(words)
    found: dict[str, int] = {}
    covered: set[int] = set()
    for texts, start, end in _body_spans(doc):
        if len(texts) <= n:
            continue
        heads = texts[:n] == words and own_fuller_form(words, texts) and all(t[:1].isupper() for t in texts[n:])
        if heads or texts[-n:] == words:
            found.setdefault(" ".join(texts), start)
            covered.update(range(start, end))
    if len(found) != 1:
        return None
    longer, first = next(iter(found.items()))
    alone = [i for i in doc_index.phrase_starts(doc, words) if i not in covered]
    return longer if alone and first < min(alone) else None


def institution_named(words: list[str]) -> bool:
    """Whether a name of capitalised words ends in the word of an institution that speaks as a
    body though the lists of bodies' words leave it out ("Referral Hospital", "Lakeside
    School", "Natural History Museum"): the tagger may cut such a name short of the place or
    founder that opens it ("Mbarara Regional Referral Hospital" read "Referral Hospital"), which
    ``introduced_in_full`` then lengthens to the one form the article wrote first."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in _INSTITUTION_HEADS


# the last words of institutions' names that are no body's word of the lists ("Hospital")
_INSTITUTION_HEADS = data.words("speaker_words.txt", "institution_heads")


def introduced_with_place(name: str, doc: Doc) -> str | None:
    """A body's name with the place "of" which the article introduces it at its first mention and
    leaves off after: "the Supreme Court of Ruritania issued a ruling ... The Supreme Court is
    the final court of appeal" names one court, Ruritania's. Only at the first occurrence of
    ``name``, the place a place the tagger names right after "of" (a "the" between kept); None
    when ``name`` is no body's, is first written bare, or goes on with "of" a place again later
    (the article may speak of the courts of several places)."""
    words = name.split()
    if not words or not any(w.lower() in BODY_WORDS for w in words) or "of" in words:
        return None
    places = [_place_after_name(doc, i + len(words)) for i in doc_index.phrase_starts(doc, words)]
    if not places or places[0] is None or any(p is not None for p in places[1:]):
        return None
    return f"{name} of {places[0]}"


def _place_after_name(doc: Doc, end: int) -> str | None:
    """The place written "of" right after a name ending at token ``end`` ("the United Kingdom"
    in "Supreme Court of the United Kingdom"), None when there is none."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    start = end + 1
    place = doc_index.entity_at(doc, start + 1) if doc[start].lower_ == "the" else doc_index.entity_at(doc, start)
    if place is None or place.label_ != "GPE" or place.start > start + 1:
        return None
    return doc[start:place.end].text


def place_pair_name(name: str, doc: Doc) -> str | None:
    """A body's name "of" a place that the article goes on with "and" a second place the tagger
    reads as a body's word: "High Court of England and Wales" is one court of both, and the
    tagger, ending the name at the first place, leaves a fragment. None when the name does not
    end "of" a capitalised word, or the article never so goes on, or goes on with a place the
    tagger reads as a place ("the Bank of Zembla and Ruritania said": maybe two speakers), or
    with different places."""
    words = name.split()
    if len(words) < 3 or words[-2] != "of" or not words[-1][:1].isupper():
        return None
    found: set[str] = set()
    for i in doc_index.phrase_starts(doc, words):
        end = i + len(words)
        if end + 1 >= len(doc) or doc[end].lower_ != "and":
            continue
        place = doc[end + 1]
        after = doc[end + 2] if end + 2 < len(doc) else None
        # only a place the tagger reads as a body's word, the name going on past its span: a
        # place it reads as a place may speak for itself ("the Bank of Zembla and Ruritania said")
        if place.ent_type_ == "ORG" and place.lower_ in COUNTRY_WORDS and place.text[:1].isupper() \
                and not (after is not None and (after.tag_ == "POS" or after.ent_iob_ == "I")):
            found.add(f"{name} and {place.text}")
    return found.pop() if len(found) == 1 else None


def body_name_cut_before_and(name: str, doc: Doc) -> str | None:
    """The body's name the tagger spans elsewhere that ``name`` opens and goes on with "and":
    "Wold Valley Fire" for "Wold Valley Fire and Rescue", a name the tagger cut at "and" at one
    mention (and may call a person's) but spans whole at another. Only when every time the
    article writes ``name`` it goes on the same way, so the short form never stands alone, and
    the words after "and" end in no given name the lists know ("Tom Doe and Jo Roe" are two);
    None when there is no or several such names.
    Issue 13 (branch r19-names): on the Wikinews dev half two fire services' entities, each cut
    to "<place> Fire" and typed a person, named in full (no statement change), better."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    n = len(words)
    found = {" ".join(texts) for texts in _body_names(doc)
             if len(texts) > n + 1 and texts[:n] == words and texts[n] == "and" and gender_of(texts[-1]) is None}
    if len(found) != 1:
        return None
    longer = found.pop().split()
    texts = doc_index.token_texts(doc)
    starts = doc_index.phrase_starts(doc, words)
    return " ".join(longer) if starts and all(texts[i:i + len(longer)] == longer for i in starts) else None


def listed_fields_name(name: str, doc: Doc) -> str | None:
    """A body's name "of" a field that the article goes on with a comma and more fields, the
    last after "and": "Royal Academies of Letters, Music and Dance" is one body's name, which the
    tagger cut at the first field. Only fields of one capitalised word each that the tagger
    gives no type of their own (a place, a people or a body may be another speaker: "the Bank of
    Zembla, Ruritania and Elbonia"), none opening a sentence, the last followed by no further
    capitalised word; a pair without a comma ("Ministry of Defence and Interior") may be two
    bodies and is left. The one such form the article writes, every mention of the short form
    going on into it, else None (r19-fixspk: a field the tagger opens as a body of its own, or a
    word naming one body alone, "Treasury", "Pentagon", is no field).
    Issue 13 (branch r19-names): no change on the Wikinews dev half; 3 statements of PolNeAR
    train samples 10841-10844 given the whole name, all better."""
    words = name.split()
    if len(words) < 3 or words[-2] != "of" or not words[-1][:1].isupper():
        return None
    found: set[str] = set()
    for i in doc_index.phrase_starts(doc, words):
        k = i + len(words)
        fields: list[str] = []
        while k + 1 < len(doc) and doc[k].text == "," and _untyped_field(doc[k + 1]):
            fields.append(doc[k + 1].text)
            k += 2
        after = doc[k + 2] if k + 2 < len(doc) else None
        if not fields or k + 1 >= len(doc) or doc[k].lower_ != "and" or not _untyped_field(doc[k + 1]) \
                or after is not None and after.text[:1].isupper() and after.is_alpha:
            return None  # a mention that stops short of a list (r19-fixspk), or "... and Medicine Hat":
            # the last field goes on, a name of its own
        found.add(f"{name}, {', '.join(fields)} and {doc[k + 1].text}")
    return found.pop() if len(found) == 1 else None


def _untyped_field(token: Token) -> bool:
    """A field's word in a body's name (``listed_fields_name``): one capitalised word the tagger
    gives no type, or that goes on the body's own name (not one it opens anew: "Treasury" and
    "Pentagon" in "Department of Energy, Treasury and Pentagon" are bodies of their own, r19-fixspk),
    not opening a sentence, and no word that names one body alone (``[bodies_by_one_word]``)."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper and not token.is_sent_start \
        and (token.ent_type_ == "" or token.ent_type_ == "ORG" and token.ent_iob_ == "I") \
        and token.lower_ not in _ONE_WORD_BODIES


def region_pair_name(name: str, doc: Doc) -> str | None:
    """A body's name "of" a place that the article goes on with "and the" a region: "Islamic
    Emirate of Zembla and the Levant" is one body's name, which the tagger cut at the first place,
    leaving the region a place of its own. Only a region, a place the tagger spans right after
    "the" that is no country (a country may speak for itself: "the Bank of Zembla and the
    Netherlands said") and that no noun or possessive follows ("and the Levant's rulers"); None
    when the name's first mention does not so go on, or any mention of it goes on otherwise
    (without "and the" and the same region's words): a body named in full every time it is
    written is one body, but "the Bank of Zembla said ... trade between the Bank of Zembla and
    the Levant" is a pair of two things, the name standing alone elsewhere."""
    words = name.split()
    if len(words) < 3 or words[-2] != "of" or not words[-1][:1].isupper():
        return None
    starts = doc_index.phrase_starts(doc, words)
    if not starts or (region_name := _region_after(doc, starts[0] + len(words))) is None:
        return None
    full = [*words, "and", "the", *region_name.split()]
    texts = doc_index.token_texts(doc)
    # later mentions need not be tagged alike ("Levant" a person once), but must read the same
    if any(texts[i:i + len(full)] != full for i in starts[1:]):
        return None
    return f"{name} and the {region_name}"


def _region_after(doc: Doc, end: int) -> str | None:
    """The region ``region_pair_name`` reads after a name ending at ``end``: "and the" a place
    the tagger spans that is no country and that no noun or possessive follows; else None."""
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or doc[end + 1].lower_ != "the":
        return None
    region = doc_index.entity_at(doc, end + 2)
    if region is None or region.start != end + 2 or region.label_ not in ("LOC", "GPE") \
            or region.text.lower() in COUNTRY_WORDS or not region.text[:1].isupper():
        return None
    after = doc[region.end] if region.end < len(doc) else None
    if after is not None and (after.tag_ == "POS" or after.pos_ in ("NOUN", "PROPN")):
        return None
    return str(region.text)


def _body_names(doc: Doc) -> list[list[str]]:
    """The words of every body's name the tagger spans (``_body_words``), those that go on with
    "of" a place left out (``_place_after``); made once per doc."""
    return [words for words, _, _ in _body_spans(doc)]


def _body_spans(doc: Doc) -> list[tuple[list[str], int, int]]:
    """``_body_names`` with each name's token span; made once per doc."""
    found: list[tuple[list[str], int, int]] | None = doc.user_data.get("onrecord_body_spans")
    if found is None:
        found = [(words, ent.start, ent.end) for ent in doc_index.ents(doc)
                 if ent.label_ == "ORG" and not _place_after(ent) for words in [_body_words(ent)] if words]
        doc.user_data["onrecord_body_spans"] = found
    return found


def _place_after(ent: Span) -> bool:
    """Whether a body's name goes on with "of" and a place after the tagger's span, a bracketed
    aside skipped: "the Supreme Court of Justice (Oberster Gerichtshof) of Austria" is Austria's
    court, another place's body than the one a shorter form may stand for."""
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 12)) if doc[k].text == ")"), None)
        if close is None:
            return False
        i = close + 1
    return i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].ent_type_ == "GPE"


def _body_words(ent: Span) -> list[str]:
    """A body's name as the tagger spans it, without "the" before it, a bracket ("(WHO") or a
    possessive after it; empty when a word of it is not capitalised or a small linking word."""
    tokens = [t for t in ent if not (t.i == ent.start and t.pos_ == "DET")]
    cut = next((k for k, t in enumerate(tokens) if t.text == "("), len(tokens))
    tokens = tokens[:cut]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].lower_ in LINKING_WORDS):
        tokens.pop()
    texts = [t.text for t in tokens]
    if not all(w[:1].isupper() and (w.replace(".", "").isalpha()) or w.lower() in LINKING_WORDS for w in texts):
        return []
    return texts


def longer_person_name(name: str, doc: Doc) -> str | None:
    """The one longer form of a person's name the article gives: first names before an occurrence
    of ``name`` and proper nouns after it ("Wanda Vázquez Garced" around "Wanda Vázquez"), titles,
    acronyms and places left out; the longest when the others are part of it, None when there is
    none or several different ones, or all are read in title-case headlines."""
    words = name.split()
    if not words:
        return None
    longer = set()
    headline = True  # every longer form read in a title-case headline
    texts = doc_index.token_texts(doc)
    for i in particle_case_starts(words, doc):
        start, end = i, i + len(words)
        while start > 0 and _name_part(doc[start - 1]) and not title_before_name(doc[start - 1]) \
                and not style_of_address(doc[start - 1]) \
                and not country_before_name(list(doc[start - 1:end])) \
                and (gender_of(texts[start - 1]) is not None or _one_person_name(doc[start - 1], doc[start])
                     or start == i and len(words) == 1 and untold_given_name(doc[start - 1], doc[start])
                     or start == i and given_name_before_particle(words, doc[start - 1])):
            # only first names before ("Director of National Intelligence John Ratcliffe"; "Lawyer"
            # is in the lists of first names), or one the tagger reads as this person's ("Jing Wang")
            start -= 1
        while end < len(doc) and _name_part(doc[end]) and not (len(words) == 1 and opens_another_name(doc[end])):
            end += 1
        if end - start > len(words) and names_a_building(doc, start, end):
            continue  # "Orvin Dallow Jr. High School": a school's name, no longer name of Dallow's
        if end - start > len(words) and _determined(doc, start):
            # "their Red Hat Linux", "the Acme Phone", "the Real Jane Roe" of a book's title: a
            # thing's name or an epithet, which a person's name never is
            continue
        while end > i + len(words) and doc[end - 1].lower_ in BODY_WORDS:
            end -= 1  # "the Obama White House": a body named after the person, no longer name of theirs
        if end - start > len(words):
            longer.add(doc[start:end].text)
            headline = headline and in_title_case_line(doc, doc[i].idx)
    if not longer or headline:
        # a title-case headline's capitals are no name's: "Jane Roe Beats Establishment"
        return suffixed_name(name, doc) if not longer else None
    # "Ricardo Rosselló" and "Ricardo Rosselló Nevares" are one name, given more or less fully
    longest = max(longer, key=len)
    return longest if all(form in longest for form in longer) else None


def _suffix_after(doc: Doc, end: int) -> str | None:
    """The generation suffix written right after a name ending before ``end`` ("Jr.", "III",
    ``GENERATIONS``), a comma before it or not, as the name's last word: None when there is
    none, or when a proper noun goes on after it ("Roe Jr. High School" names a school)."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    if k >= len(doc) or doc[k].text.lower().rstrip(".") not in GENERATIONS or not doc[k].text[:1].isupper():
        return None
    after = k + 1
    if after < len(doc) and doc[after].text == "." and not doc[k].text.endswith("."):
        after += 1  # "Jr" and its full stop split by the tokenizer
    # the parse may open a sentence after "Jr.": a capitalised proper noun or a body's word after
    # it goes on with a name ("Roe Jr. High School"), a pronoun or an article opens a sentence
    if after < len(doc) and doc[after].text[:1].isupper() \
            and (doc[after].pos_ == "PROPN" or doc[after].lower_ in BODY_WORDS):
        return None
    if after < len(doc) and not _closes_suffixed_name(doc[after]):
        return None  # "Jane Dowling, Sr. manager of ...": "Sr." is senior, of a title
    return doc[k].text.rstrip(".")


def _closes_suffixed_name(token: Token) -> bool:
    """Whether ``token``, the word right after a generation suffix ("Jr.", "Sr.", "III"), ends
    the name the suffix closes: punctuation, a verb ("Tom Roe Jr. said"), or a capitalised word
    opening a sentence. A lowercase word of another kind goes on with a title or a noun, and the
    "Sr." or "Jr." before it is "senior" or "junior" ("Sr. vice president", "Jr. varsity"), no
    suffix. Issue 13 (branch r25-names, review)."""
    return token.is_punct or token.is_space or token.text[:1].isupper() or token.pos_ in ("VERB", "AUX")


def suffixed_name(name: str, doc: Doc) -> str | None:
    """A person's full name with the generation suffix the article writes after it ("Tom Roe
    Jr." for "Tom Roe", also "Tom Roe, Jr.", which the tagger spans without it): "Tom Roe" names
    his father, a wrong name. Only a name of two words or more written each time with the one same
    suffix: a name the article also writes bare, or with another suffix, may be the father's
    or the son's ("Tom Roe spoke to his son Tom Roe Jr."), and stays as it is; None then.
    Issue 13 (branch r25-names)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower().rstrip(".") in GENERATIONS:
        return None
    suffixes = set()
    for i in particle_case_starts(words, doc):
        end = i + len(words)
        suffix = _suffix_after(doc, end)
        if suffix is None:
            return None  # written bare once: whose name is not told
        suffixes.add(suffix.lower())
    if len(suffixes) != 1:
        return None
    suffix = suffixes.pop()
    return f"{name} {suffix.capitalize() + '.' if suffix in ('jr', 'sr') else suffix.upper()}"


def given_name_before_particle(words: list[str], before: Token) -> bool:
    """Whether ``before`` is the given name of a name that opens with a surname's particle
    ("bin", "van", "de", ``SURNAME_PARTICLES``): "Prince Omar Bin Zayed" names Omar Bin Zayed,
    whom the tagger spanned from "Bin" (name_forms.surname_particles_start leaves the given name
    to ``longer_person_name``), though no list of given names knows "Omar". Only one capitalised
    proper noun the tagger gives no other type, right before the particle, that is no title, no
    word of a person's description and not all capitals.
    Issue 13 (branch r19-names): no change on the Wikinews dev half; on PolNeAR train samples
    10841-10844 one speaker named by the patronymic alone joined the full name, better.
    Never a word that opens its sentence, nor an ordinary noun (``ordinary_noun``: "Critic Van
    Horn reviewed the play" names Van Horn; r19-fixspk)."""
    return bool(words) and words[0].lower() in SURNAME_PARTICLES and len(words) >= 2 \
        and before.pos_ == "PROPN" and before.is_alpha and before.text[:1].isupper() and not before.is_upper \
        and before.ent_type_ in ("", "PERSON") and before.whitespace_ != "" \
        and not person_word_ending(before.lower_) and before.lower_ not in ROLE_WORDS \
        and before.lower_.rstrip(".") not in ADDRESS_WORDS and not before.is_sent_start and not ordinary_noun(before)


def ordinary_noun(token: Token) -> bool:
    """Whether a capitalised word is an ordinary noun, no given name: a noun of people the lists
    know ("critic", "aide", "donor", ``[nouns_before_names]``), or a word the article writes in
    small letters elsewhere ("the critic")."""
    lower = token.lower_
    return lower in _NOUNS_BEFORE_NAMES or lower in PERSON_NOUNS or lower in GROUP_NOUNS or lower in ACTOR_NOUNS \
        or lower in RELATION_NOUNS or lower in BODY_POSTS or lower in GENERIC_PERSON_NOUNS \
        or any(t.text == lower for t in token.doc)


def opens_another_name(token: Token) -> bool:
    """Whether a word after a one-word name opens the full name of another person, which the
    tagger spans on its own, two words or more: "Chief of Staff Ivo Marren" read from "Staff" is
    no longer form of "Staff" but Ivo Marren with the end of his title before him
    (``longer_person_name`` stops there for a one-word name; a longer one the tagger split,
    "Akhil Bharat Hindu" and "Mahasabha", may go on). A surname's particle the tagger spans
    apart ("Van", ``SURNAME_PARTICLES``) goes on with the name before it.
    Issue 13 (branch r19-names): no change on the Wikinews dev half; on PolNeAR train samples
    10841-10844 one speaker lost another person's name run into it, better."""
    doc = token.doc
    return token.ent_iob_ == "B" and token.ent_type_ == "PERSON" and token.lower_ not in SURNAME_PARTICLES \
        and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"


def particle_case_starts(words: list[str], doc: Doc) -> list[int]:
    """Where the article writes a name, its opening particle in either case: "Van der Berg"
    opening a sentence is the "van der Berg" written inside one (name_forms.SURNAME_PARTICLES)."""
    starts = doc_index.phrase_starts(doc, words)
    if words and words[0].lower() in SURNAME_PARTICLES:
        other = words[0].lower() if words[0][:1].isupper() else words[0].capitalize()
        starts = sorted({*starts, *doc_index.phrase_starts(doc, [other, *words[1:]])})
    return starts


def _determined(doc: Doc, start: int) -> bool:
    """Whether the run of names starting at ``start`` follows an article or a possessive ("the",
    "their", "its"): a product's or a body's name then ("their Red Hat Linux"), never a person's,
    who is named bare ("Jane Roe", not "the Jane Roe")."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and (before.lower_ in ("the", "a", "an") or before.tag_ == "PRP$")


def shared_surname_name(name: str, doc: Doc) -> str | None:
    """The full name of a person the article names by a given name joined to another person's
    full name: "Cherie and Sean O'Donnell" gives "Cherie O'Donnell" for "Cherie", the surname
    written once for both. Only a given name the lists know, before "and", a given name and one
    surname that ends the run of names; None when the article so writes two surnames for it."""
    if " " in name or gender_of(name) is None:
        return None
    found = set()
    for i in doc_index.positions(doc).get(name, ()):
        run = doc[i + 1:i + 5]
        if len(run) < 3 or run[0].lower_ != "and" or gender_of(run[1].text) is None:
            continue
        surname = run[2]
        if not (_name_part(surname) and surname.text[:1].isupper() and gender_of(surname.text) is None):
            continue
        if len(run) > 3 and _name_part(run[3]):
            continue  # "Cherie and Sean Paul O'Donnell": which words are the surname is not told
        found.add(f"{name} {surname.text}")
    return found.pop() if len(found) == 1 else None


def headline_name_cut(name: str, aliases: list[str], doc: Doc) -> str | None:
    """A person's name without the words of a title-case headline the tagger read into it:
    "Chris Christie Address Heroin Epidemic", "Jane Roe Beats Establishment" are Chris Christie
    and Jane Roe, as the article writes them elsewhere. Only when every occurrence of the long
    form is in a title-case line and the article writes a shorter form held in it, of two words
    or more, outside such lines; that shorter form (the longest of them), else None."""
    words = name.split()
    if len(words) < 3:
        return None
    text = doc_index.text(doc)
    at = [m.start() for m in _whole_words(name, text)]
    if not at or not all(in_title_case_line(doc, k) for k in at):
        return None
    shorter = sorted((a for a in aliases if 2 <= len(a.split()) < len(words) and _within(a.split(), words)),
                     key=lambda a: -len(a.split()))
    for alias in shorter:
        if any(not in_title_case_line(doc, m.start()) for m in _whole_words(alias, text)):
            return alias
    return headline_name_written_below(words, aliases, doc) or headline_surname(words, aliases, doc)


def headline_name_written_below(words: list[str], aliases: list[str], doc: Doc) -> str | None:
    """The first words of a name read out of a title-case headline that the article writes
    outside such lines, ending in one of the name's short forms: "Jane Roe Beats Establishment"
    beside "Jane Roe said ... Roe said" is Jane Roe, though the tagger left "Jane Roe" of the
    text untagged (so no alias holds it). The longest such run of two words or more, else None."""
    text = doc_index.text(doc)
    for k in range(len(words) - 1, 1, -1):
        run = " ".join(words[:k])
        if words[k - 1] in aliases and any(not in_title_case_line(doc, m.start()) for m in _whole_words(run, text)):
            return run
    return None


def headline_surname(words: list[str], aliases: list[str], doc: Doc) -> str | None:
    """The surname a title-case headline opens with, when the tagger read the headline's verb
    and object into the name: "Roe Slams Rival On Taxes" tagged "Roe Slams Rival" is Roe, whom
    the article writes alone ("Senator Roe said") outside such lines. Headlines name people by
    their surname first; only when the first word is one of the name's own short forms written
    outside title-case lines, and neither the name's second word nor the rest of it is ever
    written outside them: "Jane Roe Beats Establishment" beside "Roe said" is no "Jane", as "Roe"
    is a word the article spells as a name; else None."""
    first = words[0]
    if first not in aliases:
        return None
    text = doc_index.text(doc)

    def outside(phrase: str) -> bool:
        return any(not in_title_case_line(doc, m.start()) for m in _whole_words(phrase, text))

    if not outside(first) or outside(words[1]) or outside(" ".join(words[1:])):
        return None
    return first


def headline_word_before_surname(name: str, doc: Doc) -> str | None:
    """The person a two-word name read out of a title-case headline stands for when its first
    word is a headline's word, not a given name: "Senator Endorsed Trump" gives "Endorsed
    Trump", whom the article calls Donald Trump. Only when every occurrence of the name is in a
    title-case line, its first word is on no list of given names, and the article writes, outside
    such lines, exactly one person's name of two words or more ending in the same surname; that
    name, else None."""
    words = name.split()
    if len(words) != 2 or gender_of(words[0]) is not None:
        return None
    text = doc_index.text(doc)
    at = [m.start() for m in _whole_words(name, text)]
    if not at or not all(in_title_case_line(doc, k) for k in at):
        return None
    full = {ent.text for ent in doc_index.ents_labelled(doc, "PERSON") if len(ent) >= 2
            and ent[-1].text == words[1] and ent.text != name and not in_title_case_line(doc, ent.start_char)}
    return full.pop() if len(full) == 1 else None


def common_word_before_surname(name: str, doc: Doc) -> str | None:
    """The person a two-word name stands for when its first word is a common word that opens
    the sentence, read into the name by the tagger: "Weary Roe voters stayed home" speaks of
    Jane Roe's voters, and "Weary" is no given name. Only when the first word is on no list of
    given names, the article writes it in lowercase elsewhere ("weary voters"), every occurrence
    of the name opens its sentence or line, and the article names exactly one person of that
    surname after a given name (one the lists know, or a word it never writes in lowercase);
    that name, else None ("Nawaz Roe" beside "Ali Roe"
    keeps its "Nawaz", which the article never writes in lowercase). Every occurrence must also
    qualify a noun after it (``modifies_next_noun``): "Storm Roe, her brother, said" is a person of
    his own, whose name happens to be a word the article writes in lowercase ("the storm")."""
    words = name.split()
    if len(words) != 2 or gender_of(words[0]) is not None or not words[0].istitle() \
            or words[0].lower() in ROLE_WORDS or words[0].lower() in ADDRESS_WORDS:
        return None
    if words[0].lower() not in doc_index.positions(doc):
        return None  # never written in lowercase: maybe a given name the lists miss
    text = doc_index.text(doc)
    starts = [token_at_char(doc, m.start()) for m in _whole_words(name, text)]
    if not starts or not all(t is not None and (t.is_sent_start or t.i > 0 and "\n" in doc[t.i - 1].text_with_ws)
                             and modifies_next_noun(t) for t in starts):
        return None
    full = set()
    for ent in doc_index.ents_labelled(doc, "PERSON"):
        texts = [t.text for t in ent if t.text not in ("'", "’", "'s", "’s")]
        if len(texts) >= 2 and texts[-1] == words[1] and texts[0] != words[0] \
                and (gender_of(texts[0]) is not None or texts[0].lower() not in doc_index.positions(doc)):
            full.add(" ".join(texts))  # "Bernie Sanders": a given name no list has, never a common word
    return full.pop() if len(full) == 1 else None


def speech_verb_before_name(name: str, doc: Doc) -> str | None:
    """The name without its first word when that word is a speech verb opening a sentence before
    a colon, which the tagger read into the name: 'Stated Roe: "..."' (``statements.
    inverted_colon_label``) names Roe, and "Stated" is no given name. Only when every occurrence
    of the name opens its sentence or line and is followed by a colon. A surname left alone is
    the one person of that surname the article names in full ("Jo Roe"), when there is one."""
    words = name.split()
    if len(words) < 2 or gender_of(words[0]) is not None or not lexicon.speech_verb_form(words[0]):
        return None
    text = doc_index.text(doc)
    found = list(_whole_words(name, text))
    if not found or not all(text[m.end():].lstrip(" ").startswith(":")
                            and text[:m.start()].rstrip(" ")[-1:] in ("", "\n", ".", "!", "?", "”", '"')
                            for m in found):
        return None
    rest = words[1:]
    if len(rest) == 1:
        # a surname alone: the one person of that surname the article names in full
        full = {" ".join(t.text for t in ent if t.text not in ("'", "’", "'s", "’s"))
                for ent in doc_index.ents_labelled(doc, "PERSON") if len(ent) >= 2 and ent[-1].text == rest[0]
                and not lexicon.speech_verb_form(ent[0].text)}
        if len(full) == 1:
            return full.pop()
    return " ".join(rest)


def modifies_next_noun(first: Token) -> bool:
    """Whether the two-word name opening at ``first`` qualifies a noun after it, as a headline's
    "Weary Roe voters" does (the surname a compound or adjective of "voters"), rather than naming
    someone who acts: the subject of a verb, or a name with an appositive ("Storm Roe, her
    brother, said") is a person's own name."""
    doc = first.doc
    if first.i + 1 >= len(doc):
        return False
    surname = doc[first.i + 1]
    return surname.dep_ in ("compound", "amod") and surname.head.i > surname.i and surname.head.pos_ == "NOUN" \
        and not any(child.dep_ == "appos" for child in surname.children)


def opener_object_before_surname(name: str, doc: Doc) -> str | None:
    """A person's surname without the object of the phrase opening its sentence that the tagger
    read into the name for want of a comma: "On Twitter West wrote that ..." is West (whom the
    article may name in full elsewhere), "In Zedland Roe said ..." is Roe. Only a name of two
    words whose first is on no list of given names, every occurrence outside title-case
    headlines and not broken across two lines written right after a preposition opening the
    sentence and right before a verb, the name being the verb's subject; the surname, else None."""
    words = name.split()
    if len(words) != 2 or gender_of(words[0]) is not None or not all(w[:1].isupper() for w in words):
        return None
    text = doc_index.text(doc)
    pattern = r"(?<!\w)" + re.escape(words[0]) + r"\s+" + re.escape(words[1]) + r"(?!\w)"
    found = False
    for m in re.finditer(pattern, text):
        if "\n" in m.group() or in_title_case_line(doc, m.start()):
            continue  # a headline's words, or two lines' (a headline's last word and the text's first)
        first = token_at_char(doc, m.start())
        if first is None or first.i < 1 or first.i + 2 >= len(doc):
            return None
        before, surname = doc[first.i - 1], doc[first.i + 1]
        after = doc[surname.i + 1]
        if not (before.is_sent_start and before.tag_ == "IN" and surname.text == words[1]
                and after.pos_ in ("VERB", "AUX") and surname.head.i == after.i):
            return None
        found = True
    return words[1] if found else None


def _whole_words(phrase: str, text: str) -> Iterator[re.Match[str]]:
    """The occurrences of ``phrase`` in ``text`` as whole words: "Jane Roe" is not in "Jane
    Roeder"."""
    return re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)


def _within(part: list[str], words: list[str]) -> bool:
    """Whether ``part`` is a run of consecutive words of ``words``."""
    return any(words[k:k + len(part)] == part for k in range(len(words) - len(part) + 1))


def in_title_case_line(doc: Doc, offset: int) -> bool:
    """Whether the line holding character ``offset`` is a title-case headline: a line of its own
    (a paragraph of one line, not the whole text), of four or more words of four letters or more,
    nearly all capitalised. "Take Idaho Republican Sens. Mike Crapo and Jim Risch." inside a
    paragraph is no headline, nor is a short article written without line breaks."""
    text = doc_index.text(doc)
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    if start == 0 and end == len(text.rstrip()):
        return False  # the whole text on one line: no line of its own
    if end - start > _HEADLINE_LENGTH:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text[start:end]) if len(w) >= 4]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


# the longest line read as a headline, in characters
_HEADLINE_LENGTH = 240


def headline_run(span: Span) -> bool:
    """Whether a person's name the tagger spanned in a title-case headline (``in_title_case_line``,
    the headline ``pronouns.headline_misreading`` reads) holds more than a name: a word between
    two of its names that no name holds (a given name or a word the article writes capitalised,
    ``_name_after``, after it), the headline's verb ("Slams" of "Jane Roe Slams Tom Lee
    On Taxes", a verb of ``[headline_verbs]``, a speech verb, a word the parse tags a verb) or a
    preposition or conjunction written in Title Case ("Roe Meets With Lee"). A capitalised word
    of the same line right before the span counts as a name ("Roe Slams Lee" tagged "Slams
    Lee"). Such a run names no one: its last word is no surname a bare "Lee" of the text may
    join, and its words no full name of a speaker. Leaves a name whose other words end it ("Ted
    Cruz Refuses", ``headline_name_cut`` and the trailing cut of ``ArticleState.person``), a given
    name ("Will", "Mark") or a surname's particle ("Le", "Van") between names, and every name
    outside title-case lines. Issue 13, r29-headline."""
    doc = span.doc
    if not in_title_case_line(doc, span.start_char):
        return False
    words = [t for t in span if t.is_alpha]
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_alpha and before.text[:1].isupper():
        words = [before, *words]  # a line break between them is a token of its own, no word
    return any(_headline_word(t) and _name_after(words[k + 1:]) for k, t in enumerate(words[:-1]) if k > 0)


def _name_after(words: list[Token]) -> bool:
    """Whether the words after a headline's verb inside a name the tagger spanned open with a
    name (``headline_run``): a given name ("Tom" of "Slams Tom Lee") or a word the article
    writes capitalised outside title-case lines, not opening a sentence ("Lee", "Trump");
    Title Case prepositions and conjunctions before it are passed ("Meets With Tom Lee").
    Leaves a plain noun of the headline ("Meets Farmers", "Wins Seat")."""
    rest = [t for t in words if t.pos_ not in ("ADP", "CCONJ", "SCONJ")]
    if not rest or not rest[0].text[:1].isupper():
        return False
    first = rest[0]
    if gender_of(first.text) is not None:
        return True
    doc = first.doc
    text = doc_index.text(doc)
    for m in _whole_words(first.text, text):
        if in_title_case_line(doc, m.start()):
            continue
        at = doc.char_span(m.start(), m.end())
        if at is not None and not at[0].is_sent_start:
            return True
    return False


def _headline_word(token: Token) -> bool:
    """Whether a capitalised word inside a name read off a title-case headline is the headline's
    verb, preposition or conjunction, no word of a name (``headline_run``)."""
    word = token.text
    if not word[:1].isupper() or gender_of(word) is not None or word.lower() in SURNAME_PARTICLES:
        return False
    return word.lower() in _HEADLINE_VERBS or lexicon.speech_verb_form(word) \
        or token.tag_.startswith("VB") or token.pos_ in ("ADP", "CCONJ", "SCONJ")


def gerund_naming_a_body(first: Token, second: Token) -> bool:
    """Whether a gerund opening a name the tagger spanned ("Playing Field Agency, a booking firm,
    says") is the name's own first word, not a headline's verb run into a name ("Injecting Roe
    Into the Race"): the words run in the text, not in a title-case headline, and the word after
    the gerund is no given name ("Meeting Ann Roe was a joy" opens with a verb). Cut, it would
    leave "Field Agency", a name the article never gives."""
    is_gerund = first.tag_ == "VBG" or first.lower_.endswith("ing")
    return is_gerund and first.i + 1 == second.i and gender_of(second.text) is None \
        and not in_title_case_line(first.doc, first.idx)


def untold_given_name(before: Token, surname: Token) -> bool:
    """Whether ``before`` is the given name of a bare surname the tagger spanned alone, though
    no list of given names knows it: "Zorvella Roe is listed as the treasurer" names Zorvella Roe.
    Only before a surname the tagger reads as a person's ("Outside Zedco's plant" opens with a
    preposition the parse reads as a name), a capitalised proper noun the parse joins to it as
    part of one name, opening its sentence or after a comma or "and", never written in
    lowercase in the article, no word of a person's description ("Rapper Roe"), a sentence's
    opening adverb or preposition, a place, a people or a body."""
    doc = before.doc
    prev = doc[before.i - 1] if before.i > 0 else None
    opens = before.is_sent_start or prev is not None and (prev.text == "," or prev.lower_ == "and")
    word = before.lower_.rstrip(".")
    return (opens and surname.ent_type_ == "PERSON" and before.pos_ == "PROPN" and before.dep_ == "compound"
            and before.head.i == surname.i
            and before.is_alpha and before.text[:1].isupper() and not before.is_upper
            and before.ent_type_ in ("", "PERSON") and not person_word_ending(word) and word not in _OPENERS
            and word not in _OPENING_PREPOSITIONS and word not in doc_index.positions(doc))


def person_word_ending(word: str) -> bool:
    """Whether a lowercased word is a person's description or ends in one of five letters or
    more ("undersecretary", "congresswoman", "ex-minister"): a title run into one word, no given
    name."""
    return word in PERSON_WORDS or any(word.endswith(w) for w in _LONG_PERSON_WORDS)


_LONG_PERSON_WORDS = tuple(w for w in PERSON_WORDS if len(w) >= 5 and " " not in w)


# prepositions opening a sentence that the parse may read as a name's first word ("Outside")
_OPENING_PREPOSITIONS = data.words("name_words.txt", "opening_prepositions")


def _one_person_name(before: Token, token: Token) -> bool:
    """``before`` and ``token`` are words of one person's name, as the tagger reads them."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and before.ent_type_ == "PERSON"


def _name_part(token: Token) -> bool:
    """A word that can belong to a person's name: a capitalised proper noun that is no title,
    office, place, date or organisation."""
    word = token.lower_.rstrip(".")
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and not token.text.isupper()
            and word not in GENERATIONS and word not in ROLE_WORDS and word not in TITLE_GENDER
            and token.ent_type_ in ("", "PERSON"))


def surname_full_name(name: str, doc: Doc) -> str | None:
    """The one full name of a person the article gives that ``name``, a bare surname or the
    last part(s) of one, belongs to: "Geingob" for "Hage Geingob", "Rosselló" for "Ricardo
    Rosselló Nevares" (a Spanish name's first surname is the one used alone), "Erdogan" for "Recep
    Tayyip Erdoğan" (accents are often left out of a name written again). The full name is a
    run of two to four capitalised names, tagged a person's or an organisation's (the small model
    reads many foreign names as bodies' names), no word of a body's name, a title or a place
    among them, ``name`` among its words after the first. None when ``name`` starts with a first
    name (but for one written with accents in the full name), or when no or several different
    full names fit ("Jane Smith" and "John Smith"). A one-word name the article writes after a
    courtesy title ("Ms. Lorimar", ``surname_by_courtesy_title``) is a surname, whatever lists of
    given names also hold it."""
    words = name.split()
    if not words or len(words) > 2:
        return None
    # a first name alone is no surname, unless it is one written again without its accents
    # ("Erdogan" is a given name too, but "Erdoğan" is the surname of the article's person)
    retyped_only = gender_of(words[0]) is not None and not (len(words) == 1 and surname_by_courtesy_title(name, doc))
    places = _place_words(doc)
    plain = [unaccented(w) for w in words]
    found = set()
    for full, folded in zip(_personal_names(doc), _folded_personal_names(doc), strict=True):
        if len(full) <= len(words) or places & set(full):
            continue
        if any(folded[k:k + len(words)] == plain
               and (not retyped_only or full[k:k + len(words)] != words or _particle_surname(full, k, doc))
               for k in range(1, len(full) - len(words) + 1)):
            found.add(" ".join(full))
    return found.pop() if len(found) == 1 else None


def retyped_surname_full_name(name: str, doc: Doc) -> str | None:
    """The one full name of a person whose surname ``name``, one word, writes with other accents
    or none ("Maroth" for "Gáspár Maróth", spelling.accent_twins): the tagger may read both as a
    body's names, and the body's rules compare spellings letter for letter. None when the
    article writes no such twin of the word, or when ``surname_full_name`` finds no one full name.
    Issue 13 (branch r25-names)."""
    if " " in name or not name[:1].isupper():
        return None
    if not accent_twins(name, doc_index.positions(doc)):
        return None
    return surname_full_name(name, doc)


def surname_by_courtesy_title(word: str, doc: Doc) -> bool:
    """Whether the article writes a one-word name right after a courtesy title ("Mr.", "Ms.",
    "Dr.", ``[courtesy_titles]``): "Ms. Lorimar said" tells "Lorimar" is a surname, though lists
    of given names hold it too, so the one full name "Ayla Lorimar" the article gives is hers
    (``surname_full_name``). A name never so written stays the given name it may be: "Lorimar
    said" beside "Ayla Lorimar" may be someone called Lorimar by a first name.
    Issue 13 (branch r19-names): no change on the Wikinews dev half; on PolNeAR train samples
    10841-10844 two speakers (4 statements) named by the full names their articles give, better."""
    if " " in word:
        return False
    texts = doc_index.token_texts(doc)
    return any(i > 0 and texts[i - 1].lower().rstrip(".") in COURTESY_TITLES and texts[i - 1][:1].isupper()
               for i in doc_index.positions(doc).get(word, ()))


def _personal_names(doc: Doc) -> list[list[str]]:
    """The words of every entity that reads as a person's full name, made once per doc."""
    found: list[list[str]] | None = doc.user_data.get("onrecord_personal_names")
    if found is None:
        found = [words for ent in doc_index.ents(doc) if (words := _personal_name_words(ent)) is not None]
        doc.user_data["onrecord_personal_names"] = found
    return found


def _folded_personal_names(doc: Doc) -> list[list[str]]:
    """The words of ``_personal_names``, lowercased without accents, made once per doc."""
    found: list[list[str]] | None = doc.user_data.get("onrecord_folded_personal_names")
    if found is None:
        found = [[unaccented(w) for w in words] for words in _personal_names(doc)]
        doc.user_data["onrecord_folded_personal_names"] = found
    return found


def _personal_name_words(ent: Span) -> list[str] | None:
    """The words of an entity that reads as a person's full name: two to four capitalised proper
    nouns, none a body's word, a title, an office or a place; None for any other entity."""
    if ent.label_ not in ("PERSON", "ORG"):
        return None
    tokens = [t for t in ent if not t.is_space]
    if country_of_an_office(tokens):
        tokens = tokens[1:]  # "President of Kenya Jo Roe" tagged as one name: the country is the office's
    if not 2 <= len([t for t in tokens if not _inner_particle(t, tokens)]) <= 4 \
            or names_a_building(ent.doc, ent.start, ent.end):
        return None  # "Orvin Dallow High School" names a school, no person
    if ent.label_ == "PERSON" and headline_run(ent):
        return None  # "Roe Slams Lee" of a headline tagged "Slams Lee": no full name of Lee's
    for t in tokens:
        if _inner_particle(t, tokens):
            continue  # "de" of "Marta de Vera"
        if not (t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.text.isalpha()
                and t.lower_ not in BODY_WORDS and t.lower_ not in ROLE_WORDS
                and t.lower_.rstrip(".") not in TITLE_GENDER and t.lower_ not in GENERATIONS):
            return None
    return [t.text for t in tokens]


def _inner_particle(token: Token, tokens: list[Token]) -> bool:
    """Whether ``token`` is a surname's particle written small inside a person's full name,
    neither its first word nor its last ("de" of "Marta de Vera", ``SURNAME_PARTICLES``).
    Issue 13 (branch r25-names)."""
    return token.is_lower and token.lower_ in SURNAME_PARTICLES and token is not tokens[0] and token is not tokens[-1]


def _particle_surname(full: list[str], k: int, doc: Doc) -> bool:
    """Whether the words of ``full`` from ``k`` on follow a surname's particle written small
    ("Vera" of "Marta de Vera"): a surname, though lists of given names hold the word, unless
    the article also opens a person's full name with it ("Vera Lind"). Issue 13 (branch r25-names)."""
    return k > 0 and full[k - 1].islower() and full[k - 1] in SURNAME_PARTICLES \
        and not any(other[0] == full[k] for other in _personal_names(doc))


def _place_words(doc: Doc) -> set[str]:
    """The words of the places and nationalities the article names, made once per doc."""
    found: set[str] | None = doc.user_data.get("onrecord_place_words")
    if found is None:
        found = {t.text for e in doc_index.ents(doc) if e.label_ in ("GPE", "NORP") for t in e}
        doc.user_data["onrecord_place_words"] = found
    return found


def qualified_body_name(name: str, doc: Doc) -> str | None:
    """The one name the article gives a body it also calls by its kind alone: the place,
    nationality or organisation written just before the kind ("Northamptonshire police" for
    "police", "Syrian state media" for "State media", "Thames Valley Police" for "Police",
    "Iranian government" in "Multiple Iranian government officials", "United States federal
    government" for "government"), else the one name written beside a noun of that kind ("One
    news site, Znak.com" for "website": ``apposed_kind_name``). Only for a kind of body without
    a name of its own, and only when the article names it one way: "police" beside "Kent police"
    and "Essex police" stays "police"."""
    words = [w.lower() for w in name.split()]
    if len(words) == 1 and name.islower() and words[0] not in BODY_WORDS:
        if words[0] in SETTLEMENT_KINDS:
            return None  # "the city" is where the article is, not the one "... City" it names
        return named_kind_body(words[0], doc)  # "the academy", a kind the lists do not know
    if not words or len(words) > 2 or words[-1] not in BODY_WORDS or any(w[:1].isupper() for w in name.split()[1:]):
        return None
    texts = doc_index.token_texts(doc)
    found: dict[str, Span] = {}
    for i in doc_index.lower_positions(doc).get(words[0], ()):
        end = i + len(words)
        if [t.lower() for t in texts[i:end]] != words or end < len(doc) and doc[end].ent_iob_ == "I":
            continue  # "Irving Police Department" is no "Irving Police"
        start = i
        if start > 1 and _kind_adjective(doc[start - 1]) and _capitalised_qualifier(doc[start - 2]):
            start -= 1  # "United States federal government": a word of the kind's, after the place
        while start > 0 and (_capitalised_qualifier(doc[start - 1]) or start > 1 and start < i
                             and doc[start - 1].lower_ in QUALIFIER_LINKS and _capitalised_qualifier(doc[start - 2])):
            start -= 1  # "Research and Referral Hospital"
        # "Multiple Iranian government officials", "Sensitive government documents": an
        # adjective that is no place, people or body opens no name of the body's
        while start < i and doc[start].ent_type_ not in _QUALIFIER_TYPES and doc[start].pos_ != "PROPN":
            start += 1
        if start < i:
            found.setdefault(doc[start:end].text.lower(), doc[start:end])
    if not found:
        if len(words) == 1:
            return named_kind_body(words[0], doc) or apposed_kind_name(name, doc)
        return named_qualified_kind_body(words[0], words[1], doc) if name.islower() else None
    if len(found) != 1:
        return None
    # "Kent police" beside "Essex police" counts as a second form whatever the tagger made of "Kent"
    longer = next(iter(found.values()))
    qualifiers = longer[:len(longer) - len(words)]
    return longer.text if all(t.ent_type_ in _QUALIFIER_TYPES or untagged_place_word(t) for t in qualifiers
                              if t.lower_ not in QUALIFIER_LINKS and t.text[:1].isupper()) else None


_QUALIFIER_TYPES = ("GPE", "NORP", "ORG", "LOC")


def untagged_place_word(token: Token) -> bool:
    """Whether a capitalised word before a body's kind that the tagger gave no type is a proper
    name qualifying it ("Kildare" of "Kildare police said"): a proper noun, not the first word
    of its sentence ("Local police said"), that the article never writes in lowercase.
    Issue 13 (branch r15-orgnames): no change on the Wikinews dev half nor on PolNeAR train
    seeds 10016, 10017, 10018."""
    if token.ent_type_ or token.pos_ != "PROPN" or not token.is_title or token.is_sent_start:
        return False
    doc = token.doc
    return all(doc[i].text[:1].isupper() for i in doc_index.lower_positions(doc).get(token.lower_, ()))


def _kind_adjective(token: Token) -> bool:
    """A lowercase adjective that tells a body's level, written between its place and its kind
    ("federal", "state" in "United States federal government", "Georgia state legislature")."""
    return token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN") and token.dep_ in ("amod", "compound")


def named_kind_body(kind: str, doc: Doc) -> str | None:
    """The one body the article names whose name a kind heads: "the Royal Swedish Academy of
    Sciences" for "the academy" (its head word, before "of", "on" or "for", or its last word).
    None when no or several such bodies are named, or another body's name holds the kind ("the
    Court of Session" and "the Supreme Court" for "the court")."""
    headed: dict[str, str] = {}
    others: set[str] = set()
    for span, head in bodies_with_heads(doc):
        if len(span) > 1 and head.lower_ == kind and head.text[:1].isupper():
            headed.setdefault(span.text.lower(), span.text)
        elif any(t.lower_ == kind for t in span):
            others.add(span.text.lower())
    if not headed and not others:
        return _only_capitalised_run(kind, doc)
    return next(iter(headed.values())) if len(headed) == 1 and not others else None


def bodies_with_heads(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """The bodies the tagger names, without a leading "the", each with its head word: the word
    before "of", "on" or "for", else the last ("Academy" of "Royal Swedish Academy of Sciences")."""
    for ent in doc_index.ents(doc):
        if ent.label_ != "ORG":
            continue
        span = ent[1:] if ent[0].pos_ == "DET" else ent
        if not len(span):
            continue
        cut = next((k for k, t in enumerate(span) if k and t.lower_ in HEAD_LINKS), len(span))
        yield span, span[cut - 1]


def _only_capitalised_run(kind: str, doc: Doc) -> str | None:
    """The one name the tagger did not span that ends in ``kind`` ("Wold Valley Fire and Rescue
    Service" for "the service"), when every capitalised ``kind`` the article writes ends that
    name: a "Service" standing elsewhere ("the Service said", "Service of ...") may be another."""
    runs = _capitalised_runs_ending(kind, doc)
    names = {run.text for run in runs}
    texts = doc_index.token_texts(doc)
    capitalised = [i for i in doc_index.lower_positions(doc).get(kind, ()) if texts[i][:1].isupper()]
    if len(names) != 1 or len(capitalised) != len(runs):
        return None
    return names.pop()


def named_qualified_kind_body(qualifier: str, kind: str, doc: Doc) -> str | None:
    """The one body the article names whose name a kind heads and a qualifier's word is in,
    when a lowercase description gives both: "the fire service" for "North Wales Fire and Rescue
    Service", "the health ministry" for "Ministry of Health" (news style names a body in full,
    then by what it does and what it is). The head is found as ``named_kind_body`` finds it; the
    qualifier must stand before the head, capitalised. None when no or several such bodies are
    named: "the fire service" beside two fire services is neither."""
    headed: dict[str, str] = {}
    for span, head in bodies_with_heads(doc):
        if head.lower_ != kind or not head.text[:1].isupper():
            continue
        if any(t.lower_ == qualifier and t.text[:1].isupper() for t in span if t.i != head.i):
            headed.setdefault(span.text.lower(), span.text)
    for run in _capitalised_runs_ending(kind, doc):  # a name the tagger left unspanned
        if any(t.lower_ == qualifier for t in run[:-1]):
            headed.setdefault(run.text.lower(), run.text)
    if len(headed) != 1 or _other_body_with(qualifier, set(headed), doc):
        return None
    return next(iter(headed.values()))


def _other_body_with(qualifier: str, names: set[str], doc: Doc) -> bool:
    """Whether a body the tagger spans, other than ``names`` (lowercased, a leading "the"
    dropped), holds the qualifier capitalised, whatever its kind: beside "Zembla Fire Brigade"
    or a "Fire Brigades Union", "the fire service" may be another body, so it stays a kind. A
    span the tagger cut short of the one name (its "Service" left out) counts as another too:
    the description then says less, never a wrong body."""
    return any(ent.label_ == "ORG" and ent.text.lower().removeprefix("the ") not in names
               and any(t.lower_ == qualifier and t.text[:1].isupper() for t in ent)
               for ent in doc_index.ents(doc))


def _capitalised_runs_ending(kind: str, doc: Doc) -> list[Span]:
    """The capitalised names that end in ``kind`` written capitalised, not as a sentence's first
    word ("North Ridge Fire and Rescue Service"): the capitalised words before it, with "and",
    "&" or "of" between two of them. Names the tagger spans as a body are read from its spans;
    this finds those it did not."""
    runs = []
    for i in doc_index.lower_positions(doc).get(kind, ()):  # the places of ``kind``, not every token
        token = doc[i]
        if not token.text[:1].isupper() or token.is_sent_start or name_goes_on(token):
            continue
        start = token.i
        while start > 0:
            before = doc[start - 1]
            if _name_word(before):
                start -= 1
            elif before.lower_ in QUALIFIER_LINKS and start > 1 and _name_word(doc[start - 2]) \
                    and doc[start - 2].lower_ != kind:  # "... Fire Service and South Vale ...": two names
                start -= 1
            else:
                break
        if start < token.i:
            runs.append(doc[start:token.i + 1])
    return runs


def name_goes_on(token: Token) -> bool:
    """Whether the capitalised name a word ends goes on with a capitalised word after it: "the
    Public Archives Act" is a law, no body "Public Archives", so the run of capitals that ends in
    "Archives" is no name of its own (``_capitalised_runs_ending`` leaves it). A date or a time
    after the name ("the Harbour Service Tuesday") ends it all the same.
    Issue 13 (branch r19-names): no change on the Wikinews dev half; on PolNeAR train samples
    10841-10844 one speaker named after a law's first words now unnamed, better."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and token.whitespace_ != "" and after.is_alpha and after.text[:1].isupper() \
        and not after.is_sent_start and after.ent_type_ not in ("DATE", "TIME")


def _name_word(token: Token) -> bool:
    """A capitalised word that may be part of a name: a sentence's first word only as a proper
    noun ("The" opening a sentence is none)."""
    return token.is_alpha and token.text[:1].isupper() and (not token.is_sent_start or token.pos_ == "PROPN")


def apposed_kind_name(kind: str, doc: Doc) -> str | None:
    """The one name the article writes beside a noun of ``kind``, as what that noun is: "One news
    site, Znak.com, claims ..." names the site that "the website" later is. A noun of the kind
    is the kind itself or its last part ("site" of "website"). None when there is none, or
    several names are so given ("the newspapers, the Times and the Post")."""
    kind = kind.lower()
    found: set[str] = set()
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ != "NN" \
                or not (lemma == kind or len(lemma) >= 4 and kind.endswith(lemma)):
            continue
        for child in token.children:
            if child.dep_ == "appos" and child.i > token.i and child.pos_ == "PROPN":
                span = doc_index.entity_at(doc, child.i)
                words = span if span is not None else doc[child.left_edge.i:child.i + 1]
                found.add(" ".join(t.text for t in words if not (t.i == words.start and t.pos_ == "DET")))
    return found.pop() if len(found) == 1 else None


def _capitalised_qualifier(token: Token) -> bool:
    """A capitalised proper noun or adjective written before a body's kind ("Syrian", "Thames")."""
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ") and token.is_alpha


# words of address and rank that stand before a person's name, never part of it
_LINKING_WORDS = frozenset({"of", "for", "at", "in", "to", "and", "the"})


def office_abbreviation(word: str) -> bool:
    """Whether a word is an office written short ("AG", "Gov.", "Atty."): in the list of such
    abbreviations and written as one, in capitals or with its period, so "AG Mukasey" is Mukasey
    with the title "AG", but "Da Silva" keeps its "Da"."""
    written_short = word.isupper() or word.endswith(".") and word[:1].isupper()
    return written_short and word.lower().rstrip(".") in OFFICE_ABBREVIATIONS


def title_out_of_name(name: str, doc: Doc | None = None) -> tuple[str, str] | None:
    """A person's name and the title the tagger read into it, split: ("Martisius", "Dr") for
    "Dr Martisius", ("Nicola Sturgeon", "First Minister of Scotland") for "First Minister of
    Scotland Nicola Sturgeon". Words of address go whatever follows; an office goes when a
    given name the lists know follows it, not as the object of "of" ("Officer of Red Hat" names a
    body; "Lead Paul Lee" is left alone, "Lead" being no office). None when no title opens the
    name. ``doc``, the article, tells a person's name after a body's from a given name inside
    the body's (``given_name_inside_body_run``)."""
    words = name.split()
    n = 0
    while n < len(words) - 1 and (words[n].lower().rstrip(".") in ADDRESS_WORDS or office_abbreviation(words[n])):
        n += 1
    if n:
        return " ".join(words[n:]), " ".join(words[:n])
    for k in range(1, len(words) - 1):
        if words[k - 1].lower() == "crown" and words[k].lower() in ROLE_WORDS:
            continue  # "Crown Prince Zayed bin Roe": "Prince", a given name too, is the title's word here
        if words[k][:1].isupper() and gender_of(words[k]) is not None:
            # "Officer of Red Hat": a name right after "of" is the body's, not the holder's
            if words[k - 1].lower() not in _LINKING_WORDS and any(w.lower() in ROLE_WORDS for w in words[:k]) \
                    and not given_name_inside_body_run(words, k, doc) and not name_served(words, k):
                return " ".join(words[k:]), " ".join(words[:k])
            return None
    return _office_of_place_name(words)


def name_served(words: list[str], k: int) -> bool:
    """Whether the person named from ``words[k]`` on, at the end of a description, is whom the
    description serves, not its holder: the object of a preposition of service ("spokesman for
    candidate Jane Roe", "an aide to Sen. Jane Roe") or of "of" after a noun of kin or of a
    relation ("the wife of Mayor Tom Lee", "a friend of Gov. Jane Roe"), with nothing between the
    preposition and the name or only lowercase words, short titles, parties and titles of a person
    ending in a title of a person (``_title_of_the_served``). The nearest preposition decides. A
    portfolio or field after "for" ("minister for health Tom Lee", "vice president for student
    affairs Tom Lee", "attorney for plaintiffs Jane Roe") ends in no title of a person and leaves
    the words before the name the holder's title. A department, a place or a body between them
    ("Minister for Foreign Affairs Jane Roe", "Ambassador to Ruritania Jane Roe", "Secretary of
    Defense Jane Roe"), a comma ("a spokesman for the mayor, Jane Roe": a name set off may be the
    spokesman's), "of" after an office ("First Minister of Scotland Nicola Sturgeon") and "in" or
    "at" leave the words before the name a title of the holder's; so does an article after a preposition of service,
    which makes its own object ("Counselor to the President Jane Roe", "a spokesman for the
    ministry Tom Lee"). A candidacy's "for" ("Democratic candidate for governor Tom Lee",
    "running mate for governor Tom Lee", ``[candidacy_words]``) is part of a title and does not
    decide. Issue 13 (branch r29-canon)."""
    for p in range(k - 1, 0, -1):
        word = words[p].lower()
        if word in SERVING_PREPOSITIONS and _after_candidacy(words, p):
            continue
        if word in SERVING_PREPOSITIONS:
            between = words[p + 1:k]
            return not any(w.lower() in ("the", "a", "an") for w in between) and _title_of_the_served(between)
        if word == "of":
            head = words[p - 1].lower()
            return (head in NOUN_GENDER or head in RELATION_NOUNS) and head not in ROLE_WORDS \
                and _title_of_the_served(words[p + 1:k])
        if word in ("in", "at"):
            return False
    return False


def _after_candidacy(words: list[str], p: int) -> bool:
    """Whether the preposition at ``words[p]`` follows a word or two of running for an office
    ("candidate for", "running mate for", ``[candidacy_words]``): its object is the office run
    for, part of the title."""
    return words[p - 1].lower() in CANDIDACY_WORDS or " ".join(words[max(p - 2, 0):p]).lower() in CANDIDACY_WORDS


def _title_of_the_served(between: list[str]) -> bool:
    """Whether the words between a preposition of service (or "of" after a noun of kin) and a
    name are the served person's title: none, or words that may belong to one
    (``_serving_title_word``) whose last is a title of a person: one of
    ``[titles_of_the_served]``, a candidacy word, a person noun, an honorific or an office written
    short ("for presidential candidate Jane Roe", "to Mayor Tom Lee", "to Sen. Jane Roe"). A
    portfolio or field last ("for health", "for student affairs", "for plaintiffs") is the
    holder's, whatever stands before it."""
    if not between:
        return True
    last = between[-1]
    bare = last.lower().rstrip(".")
    person_title = bare in _TITLES_OF_THE_SERVED or bare in CANDIDACY_WORDS or bare in PERSON_NOUNS \
        or bare in ADDRESS_WORDS or office_abbreviation(last)
    return person_title and all(_serving_title_word(w) for w in between)


def _serving_title_word(word: str) -> bool:
    """Whether a word between a preposition of service and a name may belong to the served
    person's title: a lowercase word ("presidential candidate"), a title written short or of
    address ("Sen.", "Mr."), a party ("Democratic") or a title of a person
    (``titles_of_the_served``), not a department's, a place's or a body's word, nor one with a
    comma after it. Articles are lowercase but refused by ``name_served`` itself, before the
    words are read here: "for the ministry Tom Lee" makes its own object."""
    if word.endswith(","):
        return False  # "for the mayor, Jane Roe": the name set off is not plainly the object
    bare = word.lower().rstrip(".")
    return word[:1].islower() or office_abbreviation(word) or bare in ADDRESS_WORDS or bare in PARTIES \
        or bare in _TITLES_OF_THE_SERVED


# titles of a person that may stand between a preposition of service and the person's name
# ("aide to President Jane Roe")
_TITLES_OF_THE_SERVED = data.words("name_words.txt", "titles_of_the_served")


def given_name_inside_body_run(words: list[str], k: int, doc: Doc | None = None) -> bool:
    """Whether the given name at ``words[k]`` of a description the passes built (opening with a
    small letter, never a tagged name) goes on a capitalised word that is neither an office nor
    a place's: "head of the International Red Cross" holds no "Red Cross" ("Red" a man's name in
    the lists), the run being a body's name; "First Minister of Scotland Nicola Sturgeon" and
    "the mayor, Zedton Mayor Jane Roe" keep their split. Issue 13 (branch r21-types). The words
    from the given name on are a person's name after the body's, not inside it, when the article
    (``doc``) tags them as a person's or writes them as one (``name_forms.written_as_person``,
    as ``constraints.given_name_inside_body`` asks): "spokesman for Greenpeace International
    Daniel Roe" is Daniel Roe. Review of r21-types (branch r21-fixtt)."""
    before = words[k - 1]
    word = before.lower().rstrip(".,")
    return words[0][:1].islower() and before[:1].isupper() and word not in ROLE_WORDS \
        and word not in ADDRESS_WORDS and word not in COUNTRY_WORDS \
        and not (doc is not None and _run_named_as_person(doc, words[k:]))


def _run_named_as_person(doc: Doc, words: list[str]) -> bool:
    """Whether the article writes ``words`` as a name the tagger read as a person's whole, or
    as a person's at one of their occurrences (``name_forms.written_as_person``)."""
    if any(e.label_ == "PERSON" for e in doc_index.ents_named(doc, " ".join(words))):
        return True
    every = doc_index.token_texts(doc)
    for i in doc_index.positions(doc).get(words[0], ()):
        if every[i:i + len(words)] == words:
            return written_as_person(doc, list(doc[i:i + len(words)]))
    return False


def opening_word_out_of_name(name: str, doc: Doc) -> str | None:
    """A person's name without the common word that opens its sentence and that the tagger read
    into it: "Lead Jane Roe talked about the show" is Jane Roe, "lead" being a word the article
    also writes in lowercase ("one of the lead actors"). Only for a name of three words or more
    whose second is a given name the lists know and whose first is none, written only at the
    start of a sentence; None otherwise ("Meerjady Sabrina Flora" has no lowercase twin)."""
    words = name.split()
    if len(words) < 3 or gender_of(words[0]) is not None or gender_of(words[1]) is None:
        return None
    if words[0].lower() not in doc_index.positions(doc):
        return None  # never written in lowercase: a word of the name
    # found in the text, not by tokens: a hyphenated name ("Sun-Hyung") is several tokens
    text = doc_index.text(doc)
    at = [m.start() for m in _whole_words(name, text)]
    starts = [token_at_char(doc, k) for k in at]
    if not starts or not all(t is not None and t.is_sent_start for t in starts):
        return None
    return " ".join(words[1:])


_OPENERS = data.words("name_words.txt", "sentence_openers")
_NAME_OPENERS = _OPENERS | _OPENING_PREPOSITIONS  # words a tagger may read into a name opening a sentence


def opening_adverb_out_of_name(name: str, doc: Doc) -> str | None:
    """A person's name without the adverb, conjunction or preposition opening its sentence that
    the tagger read into it: "Even Rendell, a supporter, said" is Rendell, "Without Roe in the
    race" is Roe. Only a word of the lists of sentence openers and opening prepositions, at
    every occurrence of the name written at the start of a sentence; None otherwise. "Even" is
    a Norwegian given name too: the caller only joins the rest to a person the article names in
    full."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in _NAME_OPENERS:
        return None
    text = doc_index.text(doc)
    starts = [token_at_char(doc, m.start()) for m in _whole_words(name, text)]
    if not starts or not all(t is not None and t.is_sent_start for t in starts):
        return None
    return " ".join(words[1:])


def token_at_char(doc: Doc, offset: int) -> Token | None:
    """The token that starts at character ``offset``, None when none does."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == offset else None


def _office_of_place_name(words: list[str]) -> tuple[str, str] | None:
    """"First Minister of Scotland Nicola Sturgeon": an office "of" one capitalised word, then a
    given name the lists do not tell and a surname, neither a body's word. The two last words
    are the name ("Chairman of Goldman Sachs Group" names a body, "Officer of Red Hat" no one)."""
    if len(words) < 5 or words[-4].lower() != "of" or not any(w.lower() in ROLE_WORDS for w in words[:-4]):
        return None
    place, given, surname = words[-3:]
    if not all(w[:1].isupper() and w.lower() not in BODY_WORDS and w.lower() not in ROLE_WORDS
               for w in (place, given, surname)):
        return None
    return f"{given} {surname}", " ".join(words[:-2])


_RANKS = data.words("name_words.txt", "personal_ranks") | data.words("name_words.txt", "titles")


def titled_full_name(word: str, doc: Doc) -> str | None:
    """The full name a one-word name has where the article writes it after a person's title or
    noun ("an attendee Om Roe said" gives "Om Roe" for "Roe", whatever the tagger made of it:
    entity_type.titled_at_a_mention), the capitalised word before it its given name; None when
    there is none, or several."""
    if " " in word or not word[:1].isupper():
        return None
    found = set()
    for i in doc_index.positions(doc).get(word, ()):
        if i < 1:
            continue
        given = doc[i - 1]
        title = given.lower_.rstrip(".")
        if title in ROLE_WORDS or title in ADDRESS_WORDS or title in TITLE_GENDER or title in _RANKS:
            continue  # "Secretary General Roe": a title, no given name
        if given.pos_ == "PROPN" and given.is_title and given.whitespace_ and given.ent_type_ != "GPE":
            name = f"{given.text} {word}"
            if titled_at_a_mention(name, doc):
                found.add(name)
    return found.pop() if len(found) == 1 else None


_REGNAL_TITLES = data.words("name_words.txt", "regnal_titles")


def styled_sole_name(name: str, doc: Doc) -> str | None:
    """A person known by one name and a monarch's, a ruling family's or a pope's title
    (``[regnal_titles]``) with the title, as the article writes it: "Pope Francis" for "Francis",
    "King Salman" for "Salman". Such a person has no surname, and the one name alone reads as a
    bare given name; a name with its regnal number ("Elizabeth II") is whole already and stays.
    Only when the article writes the name after one title only (not "King Abdullah" and "Prince
    Abdullah": two people may share it), and no person's name the tagger reads holds the name
    beside other words than that title ("Harry Kane" beside "Prince Harry": which one is not
    said; "Queen Elizabeth II" beside "Elizabeth"). An office ("President Biden") is no such
    title: its holder has a surname. None otherwise. Issue 13 (branch r21-study)."""
    words = name.split()
    if len(words) != 1 or not name[:1].isupper():
        return None
    titles = set()
    for i in doc_index.positions(doc).get(name, ()):
        before = doc[i - 1] if i > 0 else None
        if before is None or before.text.lower() not in _REGNAL_TITLES or not before.text[:1].isupper():
            continue
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and (after.text in ("'s", "’s") or after.text[:1].isupper() and after.pos_ == "PROPN"):
            # "a nurse at Queen Mary Hospital", "Prince George's County": a place's or a body's
            # name, no person's (review of r21-study)
            continue
        titles.add(before.text)
    if len(titles) != 1:
        return None
    title = titles.pop()
    allowed = {name, f"{title} {name}"}
    for ent in doc_index.ents_labelled(doc, "PERSON"):
        if name in ent.text.split() \
                and ent.text.removeprefix("the ").removeprefix("The ") not in allowed:
            return None
    return f"{title} {name}"
