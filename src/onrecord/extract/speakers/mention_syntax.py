"""What a speaker mention's tokens say on their own, without the article's entities: where a
mention's phrase ends, what a title or an appositive adds, whether a word is a speech verb, a
subject, or a description that refers back."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.data import iso_places
from onrecord.extract import doc_index, lexicon
from onrecord.extract.candidates import (
    DATELINE_DASHES,
    FINITE_TAGS,
    dateline_end,
    is_dateline,
    name_after_opening_participle,
)
from onrecord.extract.speakers.first_names import gender_of
from onrecord.extract.speakers.role_cleaning import (
    a_named_body,
    has_role_noun,
    past_role,
    post_not_held_now,
    unheld_post,
    us_state,
)
from onrecord.extract.speakers.spelling import without_possessive
from onrecord.extract.speakers.words import (
    ACTOR_NOUNS,
    ADDRESS_WORDS,
    ADDRESSING_VERBS,
    BODY_HEADS,
    BODY_POSTS,
    COMPARING_PREPOSITIONS,
    COUNTRY_NAMED_OFFICES,
    COUNTRY_OFFICES,
    COUNTRY_WORDS,
    GROUP_NOUNS,
    INTERVIEW_NOUNS,
    IRREGULAR_SPEECH,
    NAME_TITLES,
    ORG_NOUNS,
    PARTY_CODE_TITLES,
    PARTY_CODES,
    PERSON_NOUNS,
    PLACE_KINDS,
    QUALIFIER_SYNONYMS,
    RANK_WORDS,
    RELATION_NOUNS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    TITLE_MODIFIERS,
    VOICE_NOUNS,
)

# "Broadcaster", "Immunologist", "Lawmaker": words long enough and of an ending that names an occupation
OCCUPATION_ENDING = re.compile(r"^[a-z]{4,}(?:ist|er|or)$")


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token that covers character ``offset``; None when the offset falls on a space between tokens."""
    span = doc.char_span(offset, min(len(doc_index.text(doc)), offset + 1), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def speech_word(word: str) -> bool:
    """A speech verb in any simple form ("says", "said", "tells")."""
    lex = lexicon.load()
    return word in IRREGULAR_SPEECH or lex.is_speech(word) or word.endswith("s") and lex.is_speech(word[:-1])


def actor_noun(token: Token) -> bool:
    """Whether a plural noun names people or bodies that can speak ("critics", "Republicans",
    "the states"), not things ("the changes")."""
    lemma = token.lemma_.lower()
    return (token.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") or lemma in ACTOR_NOUNS or lemma in GROUP_NOUNS
            or lemma in ORG_NOUNS or lemma in PERSON_NOUNS or lemma in ROLE_WORDS
            or lemma.endswith(("ist", "ian", "nent", "dent")))


def window_start(token: Token, sentences: int) -> Token:
    """The first token of ``token``'s sentence, or of the sentence that many sentences before."""
    doc = token.doc
    first = doc_index.sentence_bounds(doc, token.i)[0]
    for _ in range(sentences):
        if first > 0:
            first = doc_index.sentence_bounds(doc, first - 1)[0]
    return doc[first]


def window_end(token: Token, sentences: int) -> Token:
    """The last token of ``token``'s sentence, or of the sentence that many sentences after."""
    doc = token.doc
    last = doc_index.sentence_bounds(doc, token.i)[1] - 1
    for _ in range(sentences):
        if last + 1 < len(doc):
            last = doc_index.sentence_bounds(doc, last + 1)[1] - 1
    return doc[last]


def refers_back(token: Token) -> bool:
    """A subject that stands for someone named before: "he", "the former New Mexico governor"."""
    if token.lower_ in ("he", "she"):
        return True
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and token.tag_ == "NN" and (lemma in ROLE_WORDS or lemma in PERSON_NOUNS) \
        and any(c.lower_ == "the" for c in token.children)


def subject_token(token: Token) -> bool:
    """A clause's subject; "Scott bristles" or "Trump charges", parsed as a compound of the
    sentence's verb, counts too."""
    return token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "compound" and (
        token.head.pos_ == "VERB" or token.head.dep_ == "ROOT")


def speech_verb(verb: Token) -> bool:
    """Whether a token is a verb of speech, in any form ("added", "told", "explains")."""
    return verb.pos_ in ("VERB", "AUX") and (speech_word(verb.lower_) or lexicon.load().is_speech(verb.lemma_.lower()))


def is_acronym(head: Token) -> bool:
    """Whether a word the tagger may read as a pronoun is written as an acronym: "WHO said they
    are uncertain" is the World Health Organization. Capitals of two letters or more, in a
    sentence not written in capitals throughout (a shouted "WE WON" stays a pronoun)."""
    text = head.text
    return len(text) > 1 and text.isalpha() and text.isupper() and not head.sent.text.isupper()


def main_subject(sentence: Span) -> Token | None:
    """The subject of a sentence's main verb ("Trump" in "Trump questioned the selection"), or
    None when the main verb has none."""
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return participle_opener_subject(sentence, subject) if subject is not None else None


def participle_opener_subject(sentence: Span, subject: Token) -> Token:
    """A sentence's subject, or the name the parse hung from an opening participle it took for
    the subject (``candidates.name_after_opening_participle``)."""
    return name_after_opening_participle(sentence, subject) or subject


# the relations that put a word out of its clause's main line: a possessor ("Trump's action"),
# the object of a preposition, a clause of its own ("in which he called Trump ..."), a modifier
_PASSING_DEPS = frozenset({"poss", "pobj", "pcomp", "advcl", "relcl", "ccomp", "xcomp", "acl", "csubj",
                           "npadvmod", "advmod", "parataxis", "dep", "oprd", "nmod"})


def in_passing(token: Token, clause: Token | None = None) -> bool:
    """Whether a word is named in passing in its sentence — a possessor, the object of a
    preposition, a word of a subordinate clause — rather than as an argument of the main verb
    (its subject, object or a conjunct of them): a reader takes "he" next for the subject of
    the sentence before over a man named in passing, but not over its object ("Smith met
    Jones. He said" is either man). The agent of a passive ("praised by Jones") and the object
    of a preposition on the main verb ("For Jones, Smith was a legend") are arguments; the one
    a subject is compared with ("Like Jones, Smith opposes it", ``COMPARING_PREPOSITIONS``) is not.

    With ``clause``, asked of the clause that verb heads rather than of the sentence (an opening
    clause the parse hung under the "said" after it, ``pronouns.opener_before_quote``): the walk
    stops at that verb, and the clause is the subject's own line of action, so the object of a
    preposition on it is in passing too ("took a harder view of Hale's letter"; only a passive's
    agent is an argument), as is a noun's qualifier (a compound); a word whose way up never
    meets the verb is not in the clause, and not in passing in it."""
    deps = _PASSING_DEPS | {"compound"} if clause is not None else _PASSING_DEPS
    while token.dep_ != "ROOT" and token.head is not token:
        if clause is not None and token.i == clause.i:
            return False  # the clause's verb itself, or an argument of it
        if token.dep_ == "pobj" and token.head.lower_ in COMPARING_PREPOSITIONS:
            return True  # "Like Trump, Rubio holds ...": the one compared with, not an argument
        if token.dep_ == "pobj" and (token.head.dep_ == "agent"
                                     or clause is None and token.head.head.dep_ == "ROOT"):
            return False  # "praised by Jones", "For Jones, the plan was ...": an argument of the main verb
        if token.dep_ in deps:
            return True
        token = token.head
    return False


def addressee(token: Token | None, pronoun: Token | None = None) -> bool:
    """Whether ``token`` is whom a speech verb's words were told to ("told Wikinews", "said to
    reporters", "Speaking to Martin Smith", and, asked of a ``pronoun``, "In an interview with
    Dawn, she said": ``interviewer``): the one spoken to, not a speaker."""
    if token is None:
        return False
    if pronoun is not None and interviewer(token, pronoun):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        token = token.head
    return token.dep_ in ("dobj", "dative", "prep") and (token.dep_ != "prep" or token.lower_ == "to") \
        and token.head.pos_ == "VERB" and (speech_verb(token.head) or token.head.lemma_.lower() in ADDRESSING_VERBS)


def interviewer(token: Token, pronoun: Token) -> bool:
    """Whether ``token`` is whom an interview was given to by the one a ``pronoun`` stands for
    ("In an interview with Dawn, she said", "during a conversation with Martin Smith, he"): the
    object of "with" or "to" on a noun of a conversation (``INTERVIEW_NOUNS``) that is itself the
    object of "in" or "during", in the pronoun's sentence, or in the sentence just before when
    the one interviewed there is the same pronoun ("In an interview with Dawn, she said ... She
    also said"); the one who asked, not the one who answered. "Jane Roe's interview with Mary
    Holt aired. She said" names no interviewer of "She"."""
    prep = token.head
    noun = prep.head
    if not (token.dep_ == "pobj" and prep.lower_ in ("with", "to") and prep.dep_ == "prep"
            and noun.lemma_.lower() in INTERVIEW_NOUNS
            and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during")):
        return False
    if token.sent.start == pronoun.sent.start:
        return True
    verb = noun.head.head
    return token.sent.end == pronoun.sent.start and pronoun.dep_ == "nsubj" \
        and any(c.dep_ == "nsubj" and c.lower_ == pronoun.lower_ for c in verb.children)


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative "who"/"which" stands for: the head its clause attaches to, or — when
    the parser attached the clause elsewhere — the noun just before it."""
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before.text == ",":
        before = pronoun.doc[pronoun.i - 2] if pronoun.i > 1 else None
    if before is not None and before.pos_ not in ("NOUN", "PROPN"):
        before = None
    if before is not None and before.dep_ == "compound":
        before = before.head
    if pronoun.head.dep_ == "relcl":
        attached = pronoun.head.head
        # "Will Smith, Patti LaBelle and Stevie Wonder, who joked": the last of the list
        return before if before is not None and before in attached.conjuncts else attached
    joined = joined_relative_clause(pronoun)
    if joined is not None:
        return joined.head
    return before if pronoun.lower_ in ("who", "which") else None


def joined_relative_clause(pronoun: Token) -> Token | None:
    """The relative clause a second one is joined to ("a donor whose firm went under but who
    said ..."): a "who" or "which" opening a clause the parse made a conjunct of a relative
    clause, right after its "and" or "but", stands for that clause's noun too. None otherwise."""
    verb = pronoun.head
    if pronoun.lower_ not in ("who", "which") or verb.dep_ != "conj" or verb.head.dep_ != "relcl" \
            or pronoun.i == 0 or pronoun.nbor(-1).dep_ != "cc" or pronoun.nbor(-1).head.i != verb.head.i:
        return None
    return verb.head


def mention_range(head: Token) -> tuple[int, int]:
    """The noun phrase of a mention head: its left part and its prepositional modifiers, without
    appositives, relative clauses and what follows a comma."""
    start, end = head.left_edge.i, head.i + 1
    for child in head.rights:
        if time_phrase(child) and child.i == max(c.i for c in head.rights):
            break  # last: "officials on Saturday"; "a statement on Friday by the ministry" goes on
        if child.dep_ in ("prep", "compound", "flat", "nmod", "nummod", "amod") and not after_comma(head, child):
            end = child.right_edge.i + 1
        else:
            break
    start = after_clause_in_left_part(head, start)
    start = after_cue_after_quote(head, start)
    start = after_opening_speech_verb(head, start)
    start = dateline_end(head.doc, start, head.i)  # "ISLAMABAD — Pakistan's army"
    while start < end - 1 and head.doc[start].is_punct:
        start += 1
    return hyphen_joined_start(head.doc, start), hyphen_joined_end(head.doc, end)


# prepositions that put a time on what was done ("officials on Saturday", "police at noon")
_TIME_PREPOSITIONS = frozenset({"on", "at", "during", "since", "until", "after", "before"})


def time_phrase(child: Token) -> bool:
    """A prepositional phrase of time hung on a mention ("According to officials on Saturday"):
    when the words were said, not who said them ("the Class of 2019" keeps its "of"). The mention
    ends before it only when it is the mention's last modifier."""
    return child.dep_ == "prep" and child.lower_ in _TIME_PREPOSITIONS and any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in child.children)


def after_cue_after_quote(head: Token, start: int) -> int:
    """Where a mention starts when the parser hung the cue after a quote's closing mark on the
    speaker's name as a modifier ('“...” tweeted Mayor Jane Doe', "tweeted" a participle of
    "Mayor", the quote's words its left part): after that verb; a noun phrase holds no verb right
    after a closing mark before its head."""
    poses, tags = doc_index.pos(head.doc), doc_index.tags(head.doc)
    cues = [i for i in range(max(start, 1), head.i) if poses[i] == "VERB" and tags[i - 1] == "''"]
    return cues[-1] + 1 if cues else start


def after_opening_speech_verb(head: Token, start: int) -> int:
    """Where a mention starts when the parser read a capitalised speech verb opening the sentence
    as the first word of the name after it ('Stated Roe: "..."', "Added Jo Fry:"): after the verb,
    when the name is followed by a colon (``statements.inverted_colon_label``)."""
    doc = head.doc
    first = doc[start]
    if start < head.i and first.i == doc_index.sentence_bounds(doc, first.i)[0] and head.i + 1 < len(doc) \
            and doc[head.i + 1].text == ":" \
            and first.text[:1].isupper() and lexicon.speech_verb_form(first.text):
        return start + 1
    return start


def after_clause_in_left_part(head: Token, start: int) -> int:
    """Where a mention starts when the parser hung a whole clause before its head: "The airport
    and hotel were evacuated and local police warned" is "local police", not the airport. Words
    before a noun never hold a verb with a tense ("were", "said"), so the mention starts after
    the last such verb, and after the last "and" or "or" that follows it; a participle alone
    ("the retired general") is no clause and is kept."""
    doc = head.doc  # read from the Doc's arrays: no Token made of the words before the head
    poses, tags, deps, texts = doc_index.pos(doc), doc_index.tags(doc), doc_index.deps(doc), doc_index.token_texts(doc)
    finite = [i for i in range(start, head.i) if tags[i] in FINITE_TAGS and poses[i] in ("VERB", "AUX")]
    if not finite:
        return start
    start = finite[-1] + 1
    joins = [i for i in range(start, head.i) if deps[i] == "cc" or texts[i] == ","]
    return joins[-1] + 1 if joins else start


# the hyphens the tokenizer cuts a compound at: "co-director", "vice-chancellor"
HYPHENS = frozenset({"-", "‐", "‑"})


def hyphen_joined_end(doc: Doc, end: int) -> int:
    """The end of a phrase carried past a hyphenated word the tokenizer cut at ``end``: "project
    co" + "-director" is "project co-director", whatever the parser made of the pieces. Only a hyphen
    with no space on either side joins: "the study - and others" is two phrases."""
    while 0 < end < len(doc) - 1 and glued_joiner(doc, end) and doc[end + 1].is_alpha:
        end += 2
    return end


def hyphen_joined_start(doc: Doc, start: int) -> int:
    """The start of a phrase carried back past a hyphenated word the tokenizer cut just before
    ``start``: "director" after "project co-" is "project co-director"."""
    while start >= 2 and glued_joiner(doc, start - 1) and doc[start - 2].is_alpha:
        start = min(start - 2, doc[start - 2].left_edge.i)
    return start


def hyphen_joined_name_start(doc: Doc, start: int) -> int:
    """The start of a name carried back past proper nouns a hyphen glues to it, which the
    tokenizer cut off: "Americans" of "Cuban-Americans" is the people "Cuban-Americans", and
    "Pierre Roe" of "Jean-Pierre Roe" is his whole name. Only a capitalised proper noun written
    with no space before the hyphen; "pro-Roe voters" and "Roe-backed" are no such name."""
    while start >= 2 and glued_joiner(doc, start - 1) and doc[start - 2].pos_ == "PROPN" \
            and doc[start - 2].is_title and doc[start - 2].is_alpha:
        start -= 2
    return start


def glued_joiner(doc: Doc, i: int, joiners: frozenset[str] = HYPHENS) -> bool:
    """Whether the token at ``i`` is one of ``joiners`` (a hyphen unless told) written with no space
    on either side and a word after it: "co" "-" "director", "Vale" "–" "Ridge"."""
    return 0 < i < len(doc) - 1 and doc[i].text in joiners and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def after_comma(head: Token, child: Token) -> bool:
    return any(t.is_punct and t.text == "," for t in head.doc[head.i + 1:child.i])


def body_name(ent: Span) -> str:
    """An organization's name, carried on where the tagger cut it short: "U.S. Court of Appeals"
    + "for the Sixth Circuit"; without the possessive ending the tagger may take in with it
    ("Zedco’s plant": "Zedco")."""
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        ent = ent[:-1]
    doc, end = ent.doc, ent.end
    opened = unclosed_bracket(ent)
    if opened is not None:  # "United States Commission on ... (USCIRF": the name ends at its bracket
        return strip_determiner(doc[ent.start:opened])
    if ent.label_ == "ORG" and end + 2 < len(doc) and doc[end].lower_ == "for" and doc[end + 1].lower_ == "the":
        stop = end + 2
        while stop < len(doc) and (doc[stop].is_title or doc[stop].lower_ == "of" and stop + 1 < len(doc)
                                   and doc[stop + 1].is_title):
            stop += 1
        if stop > end + 2 and doc[stop - 1].is_title:
            return strip_determiner(doc[ent.start:stop])
    campus = campus_after(ent)
    if campus is not None:
        return f"{strip_determiner(ent)}, {campus.text}"
    return name_with_the(ent) or strip_determiner(ent)


def campus_after(ent: Span) -> Span | None:
    """The campus that completes a university's name after a comma: "the University of
    California, San Diego" is one university, not the whole system. Only a "University of ..."
    name, and a place the parse hangs on it as an appositive ("..., Berkeley said" is not)."""
    doc, end = ent.doc, ent.end
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    if ent.label_ != "ORG" or words[:2] != ["university", "of"] or end + 1 >= len(doc) or doc[end].text != ",":
        return None
    place = doc_index.entity_at(doc, end + 1)
    if place is None or place.start != end + 1 or place.label_ != "GPE":
        return None
    if place.root.dep_ != "appos" or not ent.start <= place.root.head.i < end:
        return None
    return None if country_or_state(place.text) else place


def country_or_state(words: str) -> bool:
    """A country or a state or province (ISO 3166, pycountry), or letters such as "UK": after a
    university's comma it says where the university is ("the University of Sydney, Australia"),
    not which campus."""
    if words.isupper() and len(words.replace(".", "")) <= 3:
        return True
    return iso_places.is_place(words)


def unclosed_bracket(span: Span) -> int | None:
    """The index of a bracket the span opens and does not close, when words of a name come before
    it: the tagger may take in "(USCIRF" from "Commission ... (USCIRF)"."""
    depth, opened = 0, None
    for token in span:
        if token.text == "(":
            depth, opened = depth + 1, (token.i if depth == 0 else opened)
        elif token.text == ")" and depth:
            depth -= 1
            if depth == 0:
                opened = None
    return opened if opened is not None and opened > span.start else None


def name_with_the(span: Span) -> str | None:
    """A one-word name whose "The" is part of it, as the writer shows by its capital letter
    in mid-sentence: "newspaper The Hindu reported", "according to The Guardian". Without it
    "Hindu" reads as a nationality and "Guardian" as a role; a "The" that opens a sentence or a
    quotation says nothing. None for any other span."""
    tokens = [t for t in span if not t.is_space and not (t.is_punct and t.i > span.start)]
    if len(tokens) != 2 or tokens[0].text != "The" or not _mid_sentence(tokens[0]):
        return None
    word = tokens[1]
    if word.pos_ != "PROPN" or not word.text[:1].isupper() or not word.is_alpha or word.ent_type_ == "PERSON":
        return None
    return f"The {word.text}"


def _mid_sentence(token: Token) -> bool:
    """A word that neither opens its sentence nor follows a quotation mark, a colon or a line break."""
    if token.is_sent_start or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return not (before.is_space or before.is_quote or before.text in (":", "—", "-", "(", "\n"))


def strip_determiner(span: Span) -> str:
    """The span's text less a leading determiner and the punctuation around it (a closing "." or
    ")" kept), read from both ends: no Token made of the words between."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct or doc[start].is_space):
        start += 1
    while start < end and (doc[end - 1].is_punct and doc[end - 1].text not in (".", ")") or doc[end - 1].is_space):
        end -= 1
    return doc[start:end].text if start < end else ""


# the words of an office a title holds ("President", not "Former" alone: ``title_roles``)
_OFFICES = ROLE_WORDS - TITLE_MODIFIERS | set(ROLE_SYNONYMS)


def title_roles(span: Span, head: Token) -> list[str]:
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
        if joining_hyphen(tok) and first - 2 >= span.start:
            first -= 1  # "director-general": one word to a reader, three tokens to the parser
            continue
        if tok.pos_ in ("DET", "PUNCT", "CCONJ", "SCONJ", "ADP", "ADV", "PRON", "VERB", "AUX") or tok.tag_ == "POS" \
                or tok.ent_type_ in ("PERSON", "GPE", "NORP") and tok.lower_ not in ROLE_WORDS \
                or outside_title(tok, head):
            break
        first -= 1
    words = doc[first:start]
    # "Former" alone is no title: an office word must be there ("Former President")
    if not any(t.lower_ in _OFFICES or t.lower_.strip(".") in _OFFICES for t in words):
        return []
    first = with_country_of_office(doc, first, start, span.start)
    first = past_a_noun_of_another_phrase(doc, first, start)
    cut = past_a_cut_name(doc, first, start)
    if cut is None:
        return []
    return [former_beyond_place(doc, cut, span.start) + doc[cut:start].text]


# words that join the words of a name ("Department of Transportation", "Party for Socialism and
# Liberation") or two nouns that share a head ("trade and industry commissioner")
_NAME_JOINERS = frozenset({"of", "for", "and", "&", "on", "or"})


def past_a_cut_name(doc: Doc, first: int, start: int) -> int | None:
    """Where a title starts when the words read leftwards stopped at a word that joins them to
    more: "Florida Department of Transportation official Jo Roe" stops at "of" and would give
    "Transportation official", the end of the body's name; "trade and industry commissioner"
    stops at "and" and would give "industry commissioner", half of a coordination. The title is
    then its part from the first noun of a post on: the capitalised words of a name are dropped
    ("official", "presidential nominee", "professor"), and of a coordination in small letters
    every word before that noun ("commissioner"); None when nothing of a post is left. A title
    read whole is left as it is."""
    if first and doc[first - 1].lower_ in _DEGREE_ADVERBS:
        return None  # "the most able candidate Roe argues": a description cut in two, no title
    joiner = first - 1
    if joiner >= 1 and doc[joiner].lower_ == "the":
        joiner -= 1  # "Department of the Interior official"
    if joiner < 1 or doc[joiner].lower_ not in _NAME_JOINERS or not doc[joiner - 1].is_alpha:
        return first
    before = doc[joiner - 1]
    named = doc[first].text[:1].isupper() and before.text[:1].isupper() and not before.is_sent_start
    shared = doc[joiner].lower_ in ("and", "or", "&") and before.is_lower and doc[first].is_lower \
        and before.pos_ in ("NOUN", "ADJ") and not _office_noun(before)
    if not named and not shared:
        return first  # "for GOP nominee Jo Roe", "home of Zed Review editor Jo Roe": no name cut
    at = first
    while at < start and not _office_noun(doc[at]) and (doc[at].is_title or not named):
        at += 1
    if named and capitalised_title_cut_to_one_word(doc, first, at, start):
        return None
    return at if at < start and _office_noun(doc[at]) or named and at < start else None


def capitalised_title_cut_to_one_word(doc: Doc, first: int, at: int, start: int) -> bool:
    """Whether cutting a body's name off a title leaves one capitalised word, the office alone:
    "Roads and Bridges Minister Jo Roe" would give "Minister", "Arts and Culture Secretary" would
    give "Secretary". Written with a capital, the word is the end of the office's proper title,
    which names its portfolio, and alone it reads as another office (any minister, the
    secretary of anything); it is dropped, since a missing role is a smaller fault than a wrong
    one. A noun in small letters is a plain description that holds on its own ("Zorbia
    Department of Transportation official" is an official), and a title read whole after the
    joiner, no capitalised word cut off before it ("Sen. Jo Roe of Zorbia and Sen. Al Doe"), is
    the whole title."""
    return first < at == start - 1 and doc[at].text[:1].isupper() and not doc[at].is_upper


def past_a_noun_of_another_phrase(doc: Doc, first: int, start: int) -> int:
    """Where a title starts once a noun in small letters that opens it, no noun of a post, is left
    out when it depends on nothing of the title or the name: "a recommendation Attorney General
    Jo Roe adopted" gives "Attorney General", not "recommendation Attorney General"; "state Sen."
    keeps its "state", which qualifies the title."""
    if first < start - 1 and doc[first].pos_ == "NOUN" and doc[first].is_lower and not _office_noun(doc[first]) \
            and doc[first + 1].text[:1].isupper() and not first < doc[first].head.i <= start:
        return first + 1
    return first


# adverbs of degree: a title they open is cut out of a description ("the most able candidate Roe")
_DEGREE_ADVERBS = frozenset({"most", "more", "very", "less", "least", "so", "too"})


def _office_noun(token: Token) -> bool:
    """Whether a word is a noun of a post or an occupation ("official", "Minister", "professor",
    "economist"); a capitalised word only from the lists, since "Center" ends like "researcher"."""
    low = token.lower_.strip(".")
    if low in ROLE_WORDS or low in ROLE_SYNONYMS or low in PERSON_NOUNS:
        return True
    return token.is_lower and has_role_noun(token.text)


def outside_title(tok: Token, name: Token) -> bool:
    """Whether a word before a name is no word of its title, though the parse put it there: a
    date that qualifies no word of the title ("In July 2015 President Obama"; "former 2020
    presidential candidate" keeps its year), a predicate the name's clause depends on ("I am
    disappointed Judge Reeves did not"), or a noun of what one is to
    another ("Roe's primary rival Sen. Jo Doe": "rival" is Roe's, and the title is "Sen.")."""
    dated = tok.ent_type_ in ("DATE", "TIME") and not tok.i < tok.head.i <= name.i  # "former 2020 candidate" stays
    predicate = tok.pos_ not in ("NOUN", "PROPN") and tok.dep_ in ("acomp", "ROOT", "ccomp", "xcomp", "advcl")
    return dated or predicate \
        or tok.lemma_.lower() in RELATION_NOUNS


def with_country_of_office(doc: Doc, first: int, start: int, limit: int) -> int:
    """Where a title starts once the country its office is named with is taken in: "United
    States Attorney" is one office, and "Attorney" alone reads as any lawyer's. Only a one-word
    office of the list right after a country's name the tagger found ("U.S. Marshal")."""
    if start - first != 1 or doc[first].lower_ not in COUNTRY_NAMED_OFFICES or first <= limit:
        return first
    place = next((ent for ent in doc_index.ents_in(doc[limit:first])
                  if ent.end == first and ent.label_ == "GPE"), None)
    if place is None or place.text.lower().replace(".", "").removeprefix("the ") not in COUNTRY_WORDS:
        return first
    return place.start


# words before a place that make the title after it a past one: "former", "ex-", "then-"
# (held at the story's time, no more) and "the late" (its holder has died). "ex" and "then"
# only glued to the place by a hyphen ("and then Zorbian President Jo Roe said" is of now),
# "late" only after "the" ("a late Zorbian bid")
_PAST_BEFORE_PLACE = frozenset({"former", "ex", "then", "late"})
_PAST_WITH_HYPHEN = frozenset({"ex", "then"})


def former_beyond_place(doc: Doc, first: int, limit: int) -> str:
    """"former " when the title is a former one said before its place ("former US Vice
    President": the place stops the title, but the post is still a past one), else "". So with
    "ex-" and "then-" glued to the place ("ex-UK Prime Minister", "then-US Secretary of State",
    the hyphen a token of its own) and "the late Zorbian Governor", whose holder has died."""
    place = first - 1
    while place >= limit and doc[place].ent_type_ in ("GPE", "NORP") and doc[place].lower_ not in ROLE_WORDS:
        place -= 1
    run = doc[place + 1:first]
    if len(run) >= 3 and run[0].lower_ in _PAST_BEFORE_PLACE - {"late"} and joining_hyphen(run[1]):
        return "former "  # "ex-Canadian" the tagger read whole as the place
    hyphen = place < first - 1 and place >= limit and joining_hyphen(doc[place])
    if hyphen:
        place -= 1  # "ex-UK": "ex", "-", "UK"
    if not (place < first - 1 and place >= limit):
        return ""
    word = doc[place].lower_
    if word == "former" or word in _PAST_WITH_HYPHEN and hyphen \
            or word == "late" and not hyphen and place > 0 and doc[place - 1].lower_ == "the":
        return "former "
    return ""


def ordinal_before_title(doc: Doc, start: int, title: str) -> str:
    """The title the tagger read into a name at character ``start``, with the ordinal it left
    outside: "First Lady Jo Roe" is tagged "Lady Jo Roe" after "First", and the title is "First
    Lady", not "Lady"; so "First Minister", "Second Lieutenant"."""
    token = token_at(doc, start)
    before = doc[token.i - 1] if token is not None and token.i else None
    if before is not None and before.ent_type_ == "ORDINAL" and before.is_title and before.is_alpha:
        return f"{before.text} {title}"
    return title


def joining_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("director-general"), not a dash between words."""
    return token.text in ("-", "‐") and token.i > 0 and not token.doc[token.i - 1].whitespace_ \
        and not token.whitespace_


def appositive_roles(head: Token) -> list[str]:
    roles = []
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") \
                and not titles_another_name(child) and not led_by_a_verb(child) \
                and not across_colon(head, child) and not clause_read_as_appositive(child):
            span = head.doc[child.left_edge.i:child.right_edge.i + 1]
            if cut_before_possessive(span):
                continue
            span = before_another_listed_person(span, head)
            text = strip_determiner(span)
            text = re.sub(r"\s*\([^)]*\)\s*$", "", text)
            if text and child.ent_type_ != "PERSON":
                roles.append(text)
    return roles


def before_another_listed_person(span: Span, holder: Token) -> Span:
    """The appositive up to another person listed after it: "Jo Roe, a Republican, and former
    Zorbia governor Al Doe, a Democrat" has the parse take all after "Roe," for Roe's appositive;
    what follows ", and" before another's name is that person's title and description, none of
    Roe's. Only when a name of another person comes after ", and" (a title between) and no
    preposition comes before it: "runner-up to Al Doe" and "brother of the artist and writer Al
    Doe" name Doe behind a preposition and stay whole."""
    doc = span.doc
    for tok in span:
        if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B" or tok.i <= span.start or tok.i == holder.i:
            continue
        at = tok.i - 1
        while at > span.start and (doc[at].is_title or doc[at].is_lower and doc[at].pos_ in ("NOUN", "ADJ", "PROPN")
                                   or doc[at].ent_type_ in ("GPE", "NORP")) \
                and doc[at].pos_ not in ("CCONJ", "ADP", "DET", "PUNCT"):
            at -= 1
        if doc[at].lower_ in ("and", "or") and doc[at - 1].text == "," \
                and not any(t.pos_ == "ADP" for t in doc[span.start:at]):
            end = at
            while end > span.start and doc[end - 1].is_punct:
                end -= 1
            return doc[span.start:end]
    return span


def across_colon(head: Token, other: Token) -> bool:
    """Whether a colon stands between two words the parse joined: "Jo Roe: reformer or
    insider?" (a headline), "ROE: Senator Doe, ..." (a transcript's line). What follows the
    colon is no appositive of what precedes it: no role, no name of the same one."""
    lo, hi = sorted((head.i, other.i))
    return any(t.text == ":" for t in head.doc[lo + 1:hi])


def clause_read_as_appositive(appositive: Token) -> bool:
    """Whether the words read as an appositive are a clause: "For Jo Roe, assimilation meant
    embracing ..." has the parse take "assimilation" for an appositive of Roe, with the finite
    verb "meant" hung on it as a modifier. A noun's modifier in apposition is a participle
    ("a lawyer known for ..."), never a verb in the past or present tense with no relative
    pronoun; such words are no role."""
    return any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP") for c in appositive.children)


def cut_before_possessive(span: Span) -> bool:
    """Whether the parse ended an appositive on an owner whose possessive follows: "host of
    NBC’s “Morning Show”" read as "host of NBC", "leader of Zedland’s Front party" as "leader
    of Zedland". The cut role says something else; the role is left out."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ in ("’s", "'s", "’", "'") \
        and span[-1].pos_ == "PROPN"


def titles_another_name(appositive: Token) -> bool:
    """Whether an appositive is the title of names of its own: "statues of Jo Roe, US presidents
    Al Doe and Bo Poe" lists others, whose title "US presidents" is not Roe's. The fiancée of
    "fiancée of journalist Al Doe" is still the holder's: that name is behind a preposition."""
    return any(c.dep_ in ("appos", "compound", "conj") and c.ent_type_ == "PERSON"
               and c.left_edge.i == appositive.i + 1 for c in appositive.children)


def led_by_a_verb(appositive: Token) -> bool:
    """Whether the words read as an appositive start with a verb in the past: "Jo Roe, a UN
    rapporteur, cautioned justice does not come swiftly" has the parse take "cautioned justice"
    for a second appositive, but it is what Roe said."""
    first = appositive.left_edge
    return first.pos_ == "VERB" and first.tag_ in ("VBD", "VBN")


def state_of_a_dateline(ent: Span, head: Token) -> bool:
    """Whether a place is the second part of a dateline that opens the speaker's paragraph, the
    US state written after the city in capitals ("SPRINGFIELD, Ill. - Sen. Jo Roe (R-Tex.)",
    "CHICO, Calif. - Jo Roe"): like the city, it says where the story was filed, not whom the
    speaker belongs to. The city is a dateline's (``is_dateline``), only a comma and the place's
    words stand between them, and the dateline's dash comes after the place and before the
    speaker's name. A country or province after a foreign city ("KYIV, Ukraine - Defense
    Minister ...", also "TBILISI, Georgia -") is most often the post's own and stays (review), and
    so is the state of a state's own office ("SACRAMENTO, Calif. - Gov. Jo Roe", second review).
    Issue 13, r27-types."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "," or not is_dateline(doc[ent.start - 2]):
        return False
    if not us_state(ent.text) or iso_places.country_code(ent.text) is not None:
        return False  # "KYIV, Ukraine -", "TBILISI, Georgia -": a country is most often the post's own
    dash = next((t.i for t in doc[ent.end:ent.end + 6] if t.text in DATELINE_DASHES), None)
    if dash is None or dash >= head.i:
        return False
    # "SACRAMENTO, Calif. - Gov. Jo Roe": a state's own office, filed from its capital (second
    # review); a title naming its own place ("Fresno Mayor", "California Gov.") gives that one
    title = doc[dash + 1:head.i]
    return not any(t.lower_.rstrip(".") in _STATE_OFFICE_TITLES for t in title) \
        or any(t.ent_type_ in ("GPE", "NORP") for t in title)


# titles of offices a state or a place in it fills: the dateline's state is then most often theirs
_STATE_OFFICE_TITLES = data.words("speaker_words.txt", "state_office_titles")


def affiliation_of(span: Span, head: Token, person: bool = False) -> str | None:
    """The country or organization a mention ties its speaker to, when it names one. For a
    person, a country word that only says where they are from is none (``nationality_only``),
    nor a place where a body's member is (``place_where_a_body_s_member_is``); for any speaker,
    a person's or a body's, a place inside a clause that qualifies the mention is none
    (``inside_a_clause``: "a group that sued Ruritania" is of no Ruritania); a place that ends
    a body's name is the body (``body_ending_in_place``)."""
    doc = head.doc
    pieces = [(span, head)] + [(doc[c.left_edge.i:c.right_edge.i + 1], c) for c in head.children
                               if c.dep_ == "appos" and not titles_another_name(c) and not after_a_colon(head, c)]
    for piece, qualified in pieces:
        for ent in doc_index.ents_in(piece):
            if ent.label_ in ("GPE", "NORP") and not (ent.start <= head.i < ent.end):
                if is_dateline(ent[0]) or state_of_a_dateline(ent, head):
                    continue  # "JERUSALEM - Israeli Prime Minister ...": where the story was filed
                if (person and (nationality_only(ent, qualified) or place_where_a_body_s_member_is(ent, piece))) \
                        or inside_a_clause(ent, qualified) or off_the_speaker(ent, qualified, person):
                    continue
                return body_ending_in_place(ent, piece) or place_name_continued(ent) or longer_country_word(ent) \
                    or without_possessive(ent.text)
    if person:
        return next((found for _, qualified in pieces for found in [principal_spoken_for(qualified)] if found), None) \
            or body_at_the_name(head) or body_owning_the_post(head) or party_code_after_name(head)
    return None


# a party's letter in brackets after a legislator's name, the state after a hyphen: "(D-Ore.)",
# "(R-N.Y.)", "(D)"; an independent's "I" names no party and is left alone
_PARTY_CODE = re.compile(r"\s?\(([A-Z])(\s?[-–]\s?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\)")
# a picture's positions in a caption: "(L)", "(C)", "(L-R)", "(left)", "(from left)"
_CAPTION_POSITION = re.compile(r"\((?:[LC]|[LR]\s?[-–]\s?[LR]|left|right|cent(?:er|re)|from (?:left|right)"
                               r"|front|back|top|bottom)\)", re.IGNORECASE)


def party_code_after_name(name: Token) -> str | None:
    """The party a bracketed code right after a person's name gives: "Sen. Jo Roe (D-Ore.)",
    "state Rep. Al Doe (R)". The letter before the state's abbreviation is, in the American
    press's usage, the member's party, and the party is the member's affiliation. Only the
    letters ``PARTY_CODES`` knows (D, R), and only right after a name the tagger reads as a
    person's: an "(I-Vt.)" names no party, and a letter after anything else may be anything.
    A bare letter with no state is also a photo caption's position ("Striker Jo Roe (R)
    celebrates"): it is a party only after a politician's title (``titled_as_a_politician``)
    and in an article that marks no picture's position (``_CAPTION_POSITION``: "(L)", "(C)")."""
    ent = doc_index.entity_at(name.doc, name.i)
    if ent is None or ent.label_ != "PERSON":
        return None
    text = doc_index.text(name.doc)
    found = _PARTY_CODE.match(text, ent.end_char)
    if found is None:
        return None
    if found.group(2) is None and (not titled_as_a_politician(ent) or _CAPTION_POSITION.search(text)):
        return None
    return PARTY_CODES.get(found.group(1))


def titled_as_a_politician(ent: Span) -> bool:
    """Whether a person's name is written with a politician's title (``PARTY_CODE_TITLES``:
    "Sen.", "Rep.", "Governor", "state senator") in the three words before it or as its own
    first word ("Senator Jo Roe" tagged whole)."""
    doc = ent.doc
    words = [t for t in doc[max(ent.sent.start, ent.start - 3):ent.start + 1] if not t.is_punct]
    return any(t.lower_.rstrip(".") in PARTY_CODE_TITLES for t in words)


def body_owning_the_post(name: Token) -> str | None:
    """The body whose post a person's name is written with, given by the body's possessive on
    the post: "Zorbcorp's chief economist Jo Roe" (the post a title before the name), "Zorbcorp's
    president, Jo Roe" (the name in apposition to the post), "Jo Roe, Zorbcorp's treasurer" (the
    post in apposition to the name). The post is one held inside a body (``BODY_POSTS``, the
    voice nouns), the possessor an organization's name (``_body_phrase``): a person's possessive
    ("Roe's chief economist") names no body, nor does a person's name the tagger read as a body's
    (``owner_is_a_person``: "Roe's adviser Al Doe" where Roe is a person elsewhere). A post the
    words written with it, before or after, say is past or not yet held (``post_not_held_now``:
    "Zorbcorp's former president", "Zorbcorp's chairman until 2010", "Zorbcorp's incoming chief")
    gives none: the holder belongs there no more, or not yet."""
    doc = name.doc
    posts = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
    if name.dep_ == "appos" and name.head.i < name.i:
        posts.append(name.head)
    posts += [c for c in name.children if c.dep_ == "appos" and c.i > name.i]
    for post in posts:
        word = post.lower_.strip(".")
        if word not in BODY_POSTS and post.lemma_.lower() not in VOICE_NOUNS:
            continue
        owner = next((c for c in post.children if c.dep_ == "poss" and c.i < post.i), None)
        if owner is None:
            continue
        # the post's whole phrase: "Zorbcorp's former president", "Zorbcorp's chairman until 2010"
        if post.head.i == name.i and post.dep_ == "compound":  # a title before the name: the name's words
            phrase = [t for t in name.subtree if t.i <= name.i] \
                + [t for c in name.rights if c.dep_ == "prep" for t in c.subtree]
        else:  # the post's own words, a clause of the name's left out ("Jo Roe, who ... in 2015")
            own = {t.i for t in name.subtree if t.i != name.i} if post.is_ancestor(name) else set()
            phrase = [t for t in post.subtree if t.i not in own]
        if post_not_held_now(" ".join(t.text for t in sorted(phrase, key=lambda t: t.i))):
            continue
        # the words between the possessive and the post: "then-" of "Zorbcorp's then-president"
        between = " ".join(t.text for t in doc[owner.i + 1:post.i] if t.tag_ != "POS")
        if past_role(between) or unheld_post(between) or between.lower().startswith(("then-", "then ")):
            continue
        found = _body_phrase(owner)
        if found and not owner_is_a_person(owner, found):
            return a_named_body(found)
    return None


def owner_is_a_person(owner: Token, found: str) -> bool:
    """Whether the owner of a post the tagger read as a body is a person's name: the name or the
    surname of a person the article names ("Roe's adviser Al Doe ... Roe had no regrets"), or
    one capitalised word the tagger reads as something other than a body where it stands again
    (a person's given name or surname left untagged). A person's adviser is no body's post."""
    doc = owner.doc
    text = without_possessive(found.strip())
    for ent in doc_index.ents_labelled(doc, "PERSON"):
        if ent.text == text or ent.text.split()[-1] == text:
            return True
    if " " in text or not text[:1].isupper():
        return False
    for i in doc_index.positions(doc).get(text, []):
        if i == owner.i:
            continue
        other = doc_index.entity_at(doc, i)
        if other is None or other.label_ != "ORG":
            return True
    return False


def body_at_the_name(name: Token) -> str | None:
    """The body a person's name is written with: its possessive ("the Zorb Institute's Jo Roe")
    or its "of", "at" or "from" right after the name ("Jo Roe of the Zorb Institute", "Jo Roe of
    ZU"). The body is an organization the tagger names over the whole phrase (``_body_phrase``)
    and more than a kind of body (``a_named_body``: "Roe of the Senate" says little); a place
    ("Jo Roe of Westville") is read before, and a person's possessive ("Roe's Al Doe") names no
    body. None unless the token is a person's name as the tagger reads it: "Minister" of "First
    Minister of Zembla Jo Roe" has the name under its "of"."""
    ent = doc_index.entity_at(name.doc, name.i)
    if ent is None or ent.label_ not in ("PERSON", "ORG"):  # a person's name the tagger read as a body's too
        return None
    for child in name.children:
        if child.dep_ == "poss" and child.i < ent.start:
            found = _body_phrase(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "at", "from") and child.i >= ent.end:
            found = next((b for obj in child.children if obj.dep_ == "pobj" for b in [_body_phrase(obj)] if b), None)
        else:
            continue
        if found:
            return a_named_body(found)
    return None


def _body_phrase(word: Token) -> str | None:
    """The organization's name a noun phrase is ("the Zorb Institute", "ZU"): an organization
    tag rooted at the phrase's head that spans it from its first word after "the" to its last
    but a bracket ("the Zorb Institute (ZI)"; not "Institute of Allergy" of "the Institute of
    Allergy and Optics"), the body whose part a common kind word names ("the Zorb Institute's
    medical school"), or a body's kind word heading capitalised words one of which is tagged an
    organization ("the Eastland–Westville Center for Optics", the tag on "Eastland" only)."""
    doc = word.doc
    first = word.left_edge.i + (word.left_edge.pos_ == "DET")
    # the phrase's last word, what the noun joins on ("and Al Doe of ...") left out
    last = max([word.i] + [c.right_edge.i for c in word.rights if c.dep_ not in ("conj", "cc", "appos", "relcl",
                                                                                "acl", "punct")])
    ent = doc_index.entity_at(doc, word.i)
    if ent is not None:
        beyond = re.sub(r"\([^()]*\)?", "", " ".join(t.text for t in doc[ent.end:last + 1]
                                                       if t.dep_ != "case"))  # no "'s"
        if ent.label_ == "ORG" and ent.root.i == word.i and ent.start <= first \
                and not re.search(r"\w", beyond) and not name_cut_at_and(ent):
            return without_possessive(strip_determiner(ent)) or None
        return None
    if word.is_lower and word.lemma_ in BODY_HEADS | ORG_NOUNS:
        # "of the Zorb Institute's medical school": the school is the institute's
        return next((b for c in word.children if c.dep_ == "poss" for b in [_body_phrase(c)] if b), None)
    if word.lower_ not in BODY_HEADS or not word.is_title:
        return None
    phrase = doc[first:word.right_edge.i + 1]
    if any(not (t.is_title or t.is_upper or t.is_punct or t.lower_ in ("of", "for", "and", "on", "the"))
           for t in phrase) or not any(t.ent_type_ == "ORG" for t in phrase):
        return None
    return strip_determiner(phrase) or None


def name_cut_at_and(ent: Span) -> bool:
    """Whether a tagged name stops before "and" and capitalised words that no other name of the
    tagger's holds: "the Institute of Allergy" of "the Institute of Allergy and Infectious
    Diseases" is half a name ("Zorb Weekly and Al Doe" is two)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("and", "&"):
        return False
    after = doc[ent.end + 1]
    return after.is_title and not after.ent_type_


def principal_spoken_for(voice: Token) -> str | None:
    """The body "a spokesman for the Zorb Rail Authority" speaks for: the organization named
    after "for" (``VOICE_NOUNS`` only), when the tagger spans all of its phrase as the name (not
    "PAC" of "the Zorb super PAC"); the speaker is that body's, and it is the affiliation. None
    when no organization is named there ("a spokesman for the family"; "a spokeswoman for Jane
    Roe" is a person's, and a person is no affiliation)."""
    if voice.lemma_.lower() not in VOICE_NOUNS:
        return None
    for prep in voice.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            ent = doc_index.entity_at(voice.doc, obj.i) if obj.dep_ == "pobj" else None
            first = obj.left_edge.i + (obj.left_edge.pos_ == "DET")
            # the whole phrase is the name: "the Bush super PAC" is no body called "PAC"
            if ent is not None and ent.label_ == "ORG" and ent.root.i == obj.i and ent.start <= first:
                return without_possessive(strip_determiner(ent))
    return None


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def after_a_colon(head: Token, appositive: Token) -> bool:
    """Whether what the parse hangs on a name as its appositive comes after a colon: "Roe: Case
    for a bolder Ruritania policy" is a headline's word of what Roe said, no description of Roe."""
    return any(t.text == ":" for t in head.doc[head.i + 1:appositive.left_edge.i])


def off_the_speaker(place: Span, qualified: Token, person: bool) -> bool:
    """Whether a place in a mention names no body the speaker belongs to or speaks for, though
    it stands in the mention's words: it qualifies a thing (``place_of_a_thing``: "a veteran of
    Roe's Zorbia campaign", "the Ruritania strategy"), it is in another person's words
    (``beyond_another_person``), it ends a body's name after a comma ("the University of
    Eastland, Westville"), or (a person) it is where the person is from ("a retiree from
    Westville"; ``home_place_only``) or works ("a Westville casino owner"; ``local_trade``).
    When unsure the speaker is left with no affiliation."""
    return place_of_a_thing(place, qualified) or beyond_another_person(place, qualified) \
        or ends_a_body_s_name(place) or person and (home_place_only(place) or local_trade(place))


def place_of_a_thing(place: Span, qualified: Token) -> bool:
    """Whether a place qualifies a word that is neither the mention's head, nor a body, an
    office or a person's noun: "Zorbia" of "a veteran of Roe's Zorbia campaign" or of "the
    Zorbia strategy" says whose campaign or strategy it is, not whose the speaker is."""
    token = place.root
    if token.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    word = token.head
    while word.dep_ == "compound" and word.head.i > word.i and word.i != qualified.i:
        word = word.head  # "Zorbia oil company": the noun the words run on to
    if word.i == qualified.i or word.i == token.i or word.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
        return False
    lemma = word.lemma_.lower()
    # a body, an office, a person's noun, or a part of the place ("Zorbia's seventh district")
    if _office_word(word.lower_) or lemma in ROLE_WORDS | ORG_NOUNS | BODY_HEADS | PERSON_NOUNS | ACTOR_NOUNS \
            | PLACE_KINDS:
        return False
    return word.pos_ in ("NOUN", "PROPN") and OCCUPATION_ENDING.search(lemma) is None


def beyond_another_person(place: Span, qualified: Token) -> bool:
    """Whether the path up the parse from a place to the mention's head crosses another
    person's name joined in a list: "Jo Roe at Eastland College, Al Doe at the University of
    Westville" gives Westville to Doe, none to Roe. Only through a conjunction: "Mayor of
    Westville Al Doe" may be parsed with the name under "of", and that name is the speaker's."""
    token = place.root
    own = doc_index.entity_at(qualified.doc, qualified.i)
    crossed = listed = False
    while token.i != qualified.i and token.head.i != token.i:
        listed = listed or token.dep_ == "conj"
        token = token.head
        if token.i != qualified.i and token.ent_type_ == "PERSON" \
                and not (own is not None and own.start <= token.i < own.end):
            crossed = True
    return crossed and listed


def ends_a_body_s_name(place: Span) -> bool:
    """Whether a place comes right after a body's name and a comma: "the University of
    Eastland, Westville" is one body's name, and the town only tells which campus."""
    doc = place.doc
    if place.start < 2 or doc[place.start - 1].text != ",":
        return False
    before = doc_index.entity_at(doc, place.start - 2)
    if before is None or before.label_ != "ORG" or before.end != place.start - 1:
        return False
    # the parse ties the two: the place hangs on the body's name, on the word the body hangs
    # on, or on the word its preposition does ("Al Doe at the University of Eastland, Westville"
    # parsed with Westville Doe's appositive); not "a group, the Zorb League, U.S. District Judge
    # Jo Roe ruled", where a title starts
    attached = place.root.head
    return before.start <= attached.i < before.end \
        or attached.i in (before.root.head.i, before.root.head.head.i) and before.root.dep_ == "pobj"


def local_trade(place: Span) -> bool:
    """Whether a state's or a town's name before a person's noun only says where the person
    works or lives: "a Westville slave owner", "the Eastland casino magnate"; as a country word
    does before a trade (``nationality_only``). Before an office ("Eastland Sen."), a body's noun
    ("Westville police officer") or a party ("Eastland Republican") it is the holder's body."""
    doc = place.doc
    country = place.text.lower().removeprefix("the ")
    if place.label_ != "GPE" or country in COUNTRY_WORDS or country.replace(".", "") in COUNTRY_WORDS \
            or place.root.dep_ not in ("compound", "amod", "nmod") or place.root.head.i < place.end:
        return False
    if place.end < len(doc) and doc[place.end].tag_ == "POS":
        return False
    noun = place.root.head
    words = doc[place.end:noun.i + 1]
    if noun.pos_ not in ("NOUN", "PROPN") or any(t.ent_type_ for t in words):
        return False
    return not any(_office_word(t.lower_) or t.lemma_.lower() in ORG_NOUNS | BODY_HEADS | PLACE_KINDS
                   or t.lower_ in ROLE_WORDS and t.is_title for t in words)


def home_place_only(place: Span) -> bool:
    """Whether a place after "from" only says where a person lives or comes from: "a retiree
    from Westville", "a moderate from Eastland"; an office's holder "from" a place ("a senator
    from Eastland") is of it."""
    token = place.root
    while token.dep_ in ("appos", "conj") and token.head.i < token.i:
        token = token.head  # "from Westville, Eastland": the state after the town
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "from":
        return False
    return not _office_word(prep.head.lower_)


def inside_a_clause(place: Span, qualified: Token) -> bool:
    """Whether a place stands in a clause that qualifies the mention ("a pollster who backed
    Zorbia Sen. Al Doe", "a lawyer representing clients in Ruritania"): the place is in what
    the clause tells of someone or something else, no body the speaker belongs to. The path is
    read up the parse from the place to the mention's head, so the cost is its depth."""
    token = place.root
    while token.i != qualified.i and token.head.i != token.i:
        if token.dep_ in _CLAUSE_DEPS:
            return True
        token = token.head
    return False


def place_where_a_body_s_member_is(place: Span, piece: Span) -> bool:
    """Whether a place after "in" only says where a body's member is: "a Zedco News reporter in
    Ruritania" works for Zedco News, in Ruritania; the place is no body of theirs. Only when a
    body the tagger found stands before it in the same words; a body "in" a place (a court
    "in Scotland") is the caller's, which asks this for people only."""
    doc = place.doc
    if not place.start or doc[place.start - 1].lower_ != "in":
        return False
    return any(ent.label_ == "ORG" and ent.end <= place.start - 1 for ent in doc_index.ents_in(piece))


def longer_country_word(place: Span) -> str | None:
    """The country word the tagger cut short: "American" of "American Samoan delegate" is the
    first word of "American Samoan", another people's name; the two words are taken when the
    country lists know them together. None otherwise."""
    doc = place.doc
    if place.end >= len(doc) or not doc[place.end].is_title:
        return None
    longer = doc[place.start:place.end + 1]
    return longer.text if longer.text.lower().removeprefix("the ") in COUNTRY_WORDS else None


def place_name_continued(place: Span) -> str | None:
    """The whole name of a place the tagger ended at its kind: "Autonomous Region" of "the
    Autonomous Region in Zorbian Mindanao", "Special District of Eastland" goes on after "in" or
    "of" with capitalised proper nouns, and cut it names no place. None when the place does not
    end in a capitalised kind of place or nothing of its name follows."""
    doc = place.doc
    last = doc[place.end - 1]
    if not (last.is_title and last.lower_ in PLACE_KINDS) or place.end + 1 >= len(doc) \
            or doc[place.end].lower_ not in ("in", "of"):
        return None
    end = place.end + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if end == place.end + 1:
        return None
    return doc[place.start:end].text.removeprefix("the ").removeprefix("The ")


def nationality_only(place: Span, qualified: Token) -> bool:
    """Whether a country word before a person's name or description says only where the person
    is from: "Italian artist Jo Roe", "a Canadian comedian", "US voice actor". Before an office
    of a country or a national side ("US Senator", "Panama coach", "Saudi officials") it names
    the holder's body, and so does a possessive ("Zorbia's goalkeeper"); a party, or a place
    after the name, or one a preposition ties to a title ("President of Zorbia Jo Roe"), is left
    to the caller. A body's noun ("Zorbian space agency") makes the words a body's, no person's."""
    doc = place.doc
    if place.end > qualified.i or without_possessive(place.text.lower()) not in COUNTRY_WORDS:
        return False
    if place.end < len(doc) and doc[place.end].tag_ == "POS" or place.text.endswith(("'s", "’s")):
        return False
    if place.start and doc[place.start - 1].pos_ == "ADP" and _office_word(doc[place.start - 1].head.lower_):
        return False
    between = doc[place.end:qualified.i + 1]
    return not any(_office_word(t.lower_) or t.lower_ in BODY_HEADS | ORG_NOUNS for t in between)


def _office_word(word: str) -> bool:
    """A word of COUNTRY_OFFICES, in the singular or plural ("officials", "generals")."""
    word = word.strip(".")
    return word in COUNTRY_OFFICES or word.endswith("s") and word[:-1] in COUNTRY_OFFICES


def body_ending_in_place(place: Span, piece: Span) -> str | None:
    """The body whose name ends in the place the tagger found alone: "Environment Canada
    spokeswoman" gives "Environment Canada", a body, not Canada. The word before the place is a
    capitalised noun joined to it, no title, no name of its own; None when there is no such word."""
    if place.start <= piece.start or place.label_ != "GPE":
        return None
    before = place.doc[place.start - 1]
    if before.is_title and before.pos_ in ("NOUN", "PROPN") and before.dep_ == "compound" and not before.ent_type_ \
            and before.lower_ not in ROLE_WORDS | NAME_TITLES | ADDRESS_WORDS and before.head.i >= place.start:
        return place.doc[place.start - 1:place.end].text
    return None


def office_word(word: str) -> str:
    word = word.strip(".")
    return ROLE_SYNONYMS.get(word, word)


def qualifier(word: str) -> str:
    # the possessive's "s" goes, never a word's own: str.strip(".,’'s") made "spokesman" "pokesman"
    word = without_possessive(word.lower().strip(".,")).strip("’'")
    return QUALIFIER_SYNONYMS.get(word, word)


def span_qualifiers(span: Span) -> frozenset[str]:
    """Party, country and organization words of a description ("the GOP nominee"), and the
    rank of its office ("the vice president")."""
    return frozenset(qualifier(t.text) for t in span if t.ent_type_ in ("NORP", "GPE", "ORG") and t.is_alpha) \
        | frozenset(t.lower_ for t in span if t.lower_ in RANK_WORDS)


def title_before_name(token: Token) -> bool:
    """Whether a capitalised word before a first name is a title or an occupation, not a name
    of its own: "Ayatollah", "Immunologist", not "Hardeep" or an initial."""
    lower = token.lower_
    if lower in NAME_TITLES or lower in PERSON_NOUNS:
        return True
    return not gender_of(token.text) and OCCUPATION_ENDING.search(lower) is not None


def subject_after_dash_aside(head: Token) -> Span | None:
    """The subject a name set off by dashes stands before: "In the letter - sent to the
    prosecutor, Jo Doe - the Utah Republican asks ..." (the parser made Doe the subject and the
    words after the dash his appositive). A name that closes a dash aside opened before it is
    the aside's; the subject is the phrase after the closing dash, left unnamed here."""
    doc = head.doc
    end = head.i + 1
    if end >= len(doc) or doc[end].text not in DATELINE_DASHES:
        return None
    if not any(t.text in DATELINE_DASHES for t in doc[head.sent.start:head.left_edge.i]):
        return None
    after = next((c for c in head.children if c.dep_ == "appos" and c.i > end), None)
    return doc[after.left_edge.i:after.i + 1] if after is not None and after.left_edge.i == end + 1 else None
