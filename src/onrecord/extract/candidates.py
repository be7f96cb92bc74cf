"""Candidate attributions read off the dependency parse.

A candidate is a possible cue token with the span it would introduce: ``say`` with its clausal
complement, ``call for`` with its object, a parenthetical ``he said`` with the clause it interrupts.
Whether a candidate is kept is decided by the cue classifier (``classifier.py``), whose pattern
counts and weights are learnt over PolNeAR train with these same candidates (``tools/``).

The candidate's pattern is ``(lemma, pos, relation)``: relation names how the content hangs off
the cue (``ccomp``, ``xcomp``, ``dobj``, ``prep:about``, ``acl``, ``head`` for a parenthetical,
``according`` for "according to", ``characterise`` for an object and what it is called).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.speakers.words import (
    CITED_SOURCE_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MEDIA_NOUNS,
    ORG_NOUNS,
    PERSON_HEADS,
    PERSON_NOUNS,
    PUBLISHING_VERBS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
    SPEAKER_NAMES,
)

CUE_POS = {"VERB", "AUX", "NOUN", "ADJ"}
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "advcl", "acl", "csubj", "oprd", "attr"}
PARENTHETICAL_DEPS = {"parataxis", "advcl", "ccomp", "conj", "dep"}
MIN_CONTENT_TOKENS = 2
CLIMB_DEPS = {"xcomp", "conj", "advcl", "acl", "pcomp", "pobj", "prep", "dobj", "acomp"}
CUES_FILE = "statement_cues.txt"  # the addressee verbs (speech_acts.py reads the rest)
# what completes a verb: its objects and complements
COMPLEMENTS = frozenset({"dobj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp", "npadvmod"})
# what shows a clause's verb complete, no relative pronoun its missing object: an object or
# complement, or a passive subject
CLAUSE_COMPLEMENTS = frozenset({"dobj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp", "nsubjpass", "auxpass"})
# kinds of place that head a place's name ("Zed Parish"), a place though the tagger read a person
PLACE_HEADS = data.words("speaker_words.txt", "place_heads")
# verbs that make or pass on a writing: "the report that the committee published" is relative
_WRITING_HANDLED = data.words("speaker_words.txt", "writing_handled_verbs")
# heads of a writing that may find or show a figure: "the poll", "records"
WRITING_HEADS = DOCUMENT_NOUNS | data.words("speaker_words.txt", "finding_nouns")
# what a clause's subject hangs from its verb as
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
# tags of a verb with a tense: "had", "has", "have", "will"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass
class Candidate:
    cue: Token
    relation: str
    start: int  # token range of the content, end exclusive
    end: int
    source: Token | None  # head token of the speaker mention

    @property
    def pattern(self) -> tuple[str, str, str]:
        return (self.cue.lemma_.lower(), self.cue.pos_, self.relation)

    def char_span(self, doc: Doc) -> tuple[int, int]:
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1])


def candidates(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    lowers, poses = doc_index.lowers(doc), doc_index.pos(doc)
    for i, lower in enumerate(lowers):
        # read from the words and their parts of speech first: no Token made of the others
        if lower == "according" and i + 1 < len(doc) and lowers[i + 1] == "to":
            cand = _according_to(doc, doc[i])
            if cand:
                out.append(cand)
            continue
        if poses[i] not in CUE_POS:
            continue
        tok = doc[i]
        speaker = _CueSpeaker(tok)
        for child in tok.children:
            # (only a clause hung as "acl" or "relcl" is read as a relative one: the speaker is
            # not read for the others)
            relative = child.dep_ == "relcl" or child.dep_ == "acl" and (
                child.lemma_.lower() in _WRITING_HANDLED or speaker.writes())
            if relative and object_read_as_complementizer(tok, child):
                # a relative clause: the parse said so, or only a writer named before the noun
                # would speak it, or its verb makes or passes on the writing and lacks its object
                # ("repeated the announcement that the company made"); a complement keeps a verb
                # of no object ("made an announcement that he was running for president")
                continue
            if complement_read_as_relative(tok, child):
                out.append(Candidate(tok, "acl", *_subtree_range(child), speaker.token()))
            elif child.dep_ in CONTENT_DEPS:
                # only a clausal complement may come before its cue ("Y, he said")
                if child.i < tok.i and child.dep_ not in ("ccomp", "csubj"):
                    continue
                if says_on_its_own(child) or adverbial_read_as_complement(tok, child):
                    continue
                start, end = _subtree_range(child)
                if child.dep_ in ("ccomp", "advcl") and topic_clause_read_on_verb(tok, child):
                    continue  # the parse may read the clause as an adverbial one too
                if child.dep_ == "ccomp":
                    start = subject_read_as_object(tok, child) or start
                    if second_complement(tok, child) is not None:
                        continue  # the end of the first complement's claim, read with it
                    # the speaker's own next verb ends the claim; else it may read on over a second
                    # complement or a second verb the parse hung on the cue
                    end = speakers_own_conjunct(tok, child) or max(
                        complements_joined(tok, child, end), clause_conjunct_read_on_cue(tok, child) or end,
                        that_clause_conjunct_on_cue(tok, child) or end)
                if child.dep_ == "dobj":
                    end = _figure_after(tok, end)
                    end = figure_shown_after(tok, end)
                    given = superlative_given(tok)
                    if given is not None and given[0].left_edge.i == end:
                        end = given[1]  # the superlative's frame ends the claim
                    end = conjunct_read_as_subject(tok, child) or end
                relation = "xcomp" if request_read_as_adverbial(tok, child) \
                    else "ccomp" if complement_opened_by_as(tok, child) \
                    or gerund_subject_read_as_complement(tok, child) else child.dep_
                out.append(Candidate(tok, relation, start, end, speaker.token()))
            elif child.dep_ == "prep" and child.i > tok.i:
                objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objs:
                    start, end = _subtree_range(objs[0])
                    out.append(Candidate(tok, "prep:" + child.lower_, start, end, speaker.token()))
        for relation, read_content in _CONTENT_READERS:
            span = read_content(tok)
            if span is not None:
                out.append(Candidate(tok, relation, *span, speaker.token()))
        said_of = said_of_antecedent(tok)
        if said_of is not None:
            out.append(Candidate(tok, "said_of", *said_of))
        if tok.dep_ in PARENTHETICAL_DEPS and tok.head.i != tok.i and (tok.head.i < tok.i or tok.dep_ == "parataxis") \
                and not participle_of_host_subject(tok):
            # "The plan is dead, she said" / "But to avoid delays, he said, crews should start
            # early": the content is the clause the cue interrupts, up to the cue's own clause
            start, head_end = _subtree_range(tok.head)
            own_start, own_end = _subtree_range(tok)
            end = head_end if head_end > own_end else own_start
            if tok.i < tok.head.i:
                start = words_after_set_off_cue(tok, start, end)
            if end - start >= MIN_CONTENT_TOKENS:
                out.append(Candidate(tok, "head", start, end, speaker.token()))
    return [c for c in map(_within_sentence, out)
            if c.end - c.start >= MIN_CONTENT_TOKENS or claimed_alone(c) or promised_alone(c)]


class _CueSpeaker:
    """``speaker_token(cue)``, read once and only when a content of the cue asks for it: most of
    the verbs and nouns ``candidates`` looks at have none, and reading the speaker is the dearest
    part of looking at them. Whether that speaker is the writer named before a noun cue
    (``named_writer_of``) is read once too, not per child."""

    __slots__ = ("cue", "_read", "_token", "_writes")

    def __init__(self, cue: Token) -> None:
        self.cue = cue
        self._read = False
        self._token: Token | None = None
        self._writes: bool | None = None

    def token(self) -> Token | None:
        if not self._read:
            self._token, self._read = speaker_token(self.cue), True
        return self._token

    def writes(self) -> bool:
        if self._writes is None:
            source = self.token()
            self._writes = source is not None and source == named_writer_of(self.cue)
        return self._writes


def claimed_alone(cand: Candidate) -> bool:
    """"The group has claimed responsibility.": the object of a claim that says the subject did it
    (``statement_cues.txt [claimed_objects]``: responsibility, credit) is the whole claim even as
    one word, with nothing it is claimed for in the sentence, as is an outcome declared ("The mayor
    declared victory.", ``[outcome_declaring]``); other one-word contents say too little to be
    kept."""
    cue = cand.cue
    if cand.relation != "dobj" or cand.end - cand.start != 1:
        return False
    verb, word = cue.lemma_.lower(), cue.doc[cand.start].lemma_.lower()
    if verb in data.words(CUES_FILE, "outcome_declaring"):
        return word in data.words(CUES_FILE, "declared_outcomes")  # "The mayor declared victory."
    if verb not in data.words(CUES_FILE, "claims"):
        return False
    return word in data.words(CUES_FILE, "claimed_objects")


def promised_alone(cand: Candidate) -> bool:
    """"The union demanded answers", "Roe vowed revenge", "the donors pledged support": a common
    noun alone as the object of a verb whose object is what was demanded or promised
    (``statement_cues.txt [object]``) is the whole demand or promise, one word as it is, when its
    subject may speak (a name, a person, body or group, a writing, a pronoun of a person): "The
    job demands patience", "the season promises thrills" tell what a thing needs or holds. A
    pronoun ("demanded it"), a name or a number says nothing of what, and a passive has no object."""
    cue = cand.cue
    if cand.relation != "dobj" or cand.end - cand.start != 1 or cand.source is None:
        return False
    source = cand.source
    lemma = source.lemma_.lower()
    if not (source.ent_type_ in SPEAKER_NAMES or speaking_noun(lemma) or lemma in DOCUMENT_NOUNS
            or source.pos_ == "PRON" and source.lower_ not in ("it", "this", "that", "which")):
        return False
    if cue.lemma_.lower() not in data.words(CUES_FILE, "object"):
        return False
    word = cue.doc[cand.start]
    return word.dep_ == "dobj" and word.head == cue and word.pos_ == "NOUN" and not word.like_num \
        and not word.ent_type_


def complements_joined(cue: Token, clause: Token, end: int) -> int:
    """Where a reported clause ends when the parse split it into two complements of the cue: in
    "The agency has said 212 of the files were kept back because they held private records, most
    of them marked internal" the words after the comma go on with the first clause, and the
    parse hangs them on "said" as a second ``ccomp``; alone, either is a piece of the claim. The
    content runs from a first complement with a subject of its own to the end of the last such
    complement after it (``second_piece``), when
    nothing but a comma or a dash lies between them (a closing quotation mark or a stop ends the
    claim)."""
    if clause.i < cue.i or not has_own_subject(clause):
        return end
    following = [c for c in cue.children if c.dep_ == "ccomp" and c.i > clause.i]
    for later in following:
        if not second_piece(cue, later):
            continue
        if joins_clauses(cue.doc[end:later.left_edge.i]):
            end = max(end, later.right_edge.i + 1)
    return end


# tags of the word opening a relative clause: "whose", "which", "who"
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# what may stand between two pieces of one reported clause
CLAUSE_JOINERS = frozenset({",", "—", "–", "--"})


def second_piece(cue: Token, later: Token) -> bool:
    """Whether a second complement the parse hung on a cue may go on with the first: not a
    relative clause (", whose armoured car was used ...", the writer's aside), nor, when the cue
    is a participle or hangs on a noun, a verb with no subject of its own ("his tweet saying X
    will win meant that ...": the sentence's own verb, not what the tweet said)."""
    opening = next((t for t in later.subtree if not t.is_punct), later)
    if opening.tag_ in RELATIVE_TAGS:
        return False
    participle = cue.dep_ in ("acl", "relcl") or cue.tag_ == "VBG"
    return not participle or has_own_subject(later)


def topic_clause_read_on_verb(cue: Token, clause: Token) -> bool:
    """"Roe responded to a report, carried by the Post, that she had told donors ...": a "that"
    clause the parse hung on the verb, after a noun of saying (``[noun]``: a claim, a report) that
    is what the verb is about ("to", "about", "on", "regarding" it), is that noun's: the claim's
    words, not the verb's subject's. "Said in a statement that ..." keeps its clause: a statement
    the words were said in is no topic."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in _TOPIC_PREPOSITIONS | {"to", "regarding"} \
                or not cue.i < prep.i < clause.left_edge.i:
            continue
        if any(t.pos_ == "NOUN" and cue_word(t, "noun") for t in prep.subtree):
            return True
    return False


def has_own_subject(clause: Token) -> bool:
    """Whether a clause's verb has its subject among its own words."""
    return any(c.dep_ in SUBJECTS for c in clause.children)


def has_tense(clause: Token) -> bool:
    """Whether a clause's verb, or an auxiliary of it, has a tense of its own."""
    return clause.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                             for c in clause.children)


def prepositions_complete(clause: Token) -> bool:
    """Whether no preposition of the clause is left without its object ("a town she grew up in")."""
    return not any(t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in t.children)
                   for t in clause.subtree)


def joins_clauses(between: Span) -> bool:
    """Nothing, or only commas and dashes: two complements of one cue that go on from each other."""
    return all(t.text in CLAUSE_JOINERS for t in between)


def second_complement(cue: Token, clause: Token) -> Token | None:
    """The first complement when ``clause`` is the second of two the parse hung on the cue after
    it (``complements_joined``): that clause's candidate holds it already."""
    if clause.i < cue.i:
        return None
    if not second_piece(cue, clause):
        return None
    earlier = [c for c in cue.children if c.dep_ == "ccomp" and cue.i < c.i < clause.i and has_own_subject(c)]
    for first in earlier:
        if joins_clauses(cue.doc[first.right_edge.i + 1:clause.left_edge.i]):
            return first
    return None


def subject_read_as_object(cue: Token, clause: Token) -> int | None:
    """Where a clause really starts when the parse made its subject the cue's object ("has
    promised each victim will be paid": "each victim" the object of "promised", "will be paid" a
    clause without a subject): at the object, when it stands just before a clause that has no
    subject of its own, and the cue is no verb of telling someone something. None otherwise."""
    if any(c.dep_ in SUBJECTS for c in clause.children) or takes_addressee(cue):
        return None  # "told reporters the plan failed": whom it was told to
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i
                and only_adverbials_between(cue, c.right_edge.i + 1, clause.left_edge.i)), None)
    return obj.left_edge.i if obj is not None else None


# what the parse may hang on a cue between the subject it read as an object and that subject's verb
ADVERBIALS = frozenset({"prep", "npadvmod", "advmod"})


def only_adverbials_between(cue: Token, start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` (end exclusive) are nothing or only whole
    adverbials of the cue: "announced the recorder from Flight 610 has been recovered" ("from
    Flight 610" read as where it was announced from), "commented the president's tweets Monday
    are likely ..." ("Monday" read as when it was commented). The words between the object and
    its verb are then still the subject's, and the clause starts at the object."""
    if start > end:
        return False
    covered: set[int] = set()
    for child in cue.children:
        if child.dep_ in ADVERBIALS and start <= child.left_edge.i and child.right_edge.i < end:
            covered.update(range(child.left_edge.i, child.right_edge.i + 1))
    return covered == set(range(start, end))


def request_read_as_adverbial(cue: Token, clause: Token) -> bool:
    """"advised residents of her city to make plans", "urged people in the area to leave": the
    infinitive after the addressee of a verb of telling someone to do something (``[addressee]``
    and ``[directive]`` both) is what was asked of them, even when the parse reads it as an
    adverbial clause of purpose. A verb that does not take an addressee keeps its purpose ("called
    the police to report a fire")."""
    if clause.dep_ != "advcl" or clause.i < cue.i or clause.tag_ != "VB":
        return False
    lemma = cue.lemma_.lower()
    if lemma not in data.words(CUES_FILE, "addressee") or lemma not in data.words(CUES_FILE, "directive"):
        return False
    to = clause.left_edge
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i < clause.i), None)
    return obj is not None and to.lower_ == "to" and to.dep_ == "aux" and to.head.i == clause.i \
        and obj.right_edge.i + 1 == to.i


def _characterisation(verb: Token) -> tuple[int, int] | None:
    """"called the charges unsubstantiated", "criticized the law as a crazy system", "dismissed the
    claim as groundless" (an adjective the parse hangs on "as"): the object and what it is called,
    as one token range, for a verb with both."""
    if verb.pos_ != "VERB":
        return None
    quoted = quoted_label_of_object(verb)
    if quoted is not None:
        return quoted
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    what = next((c for c in verb.children if c.i > obj.i and (
        c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ in ("as", "to") and any(
            g.dep_ in ("pobj", "pcomp") or c.lower_ == "as" and g.dep_ in ("amod", "acomp")
            for g in c.children))), None)
    if what is None:
        return None
    return _subtree_range(obj)[0], _subtree_range(what)[1]


SET_OFF_CUES = data.words(CUES_FILE, "set_off_cues")
# verbs of saying: a clause the parse hung elsewhere may be what they report
SPEECH_CUES = data.words(CUES_FILE, "speech")
# what a cue set off by commas may hold besides itself: its subject, "as", adverbs, phrases, dates
_SET_OFF_DEPS = frozenset({"nsubj", "aux", "advmod", "prep", "npadvmod", "punct", "cc", "mark", "agent",
                           "auxpass", "nsubjpass", "prt"})

# what a cue's phrase holds when it names a topic or a partner, not where or when it was said
_TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "over", "with"})


def set_off_cue(cue: Token) -> tuple[int, int] | None:
    """"Democrats, Smith notes, applaud the plan", "If she wins, Jones suggested in a post, taxes
    will fall", "Those Democrats argued, the party must change", "..., Trump told Zorb TV." and
    "As the Daily Zorb noted, trust is collapsing": a speech verb whose own clause holds nothing
    but its subject (or the "by" of a passive "as reported by"), adverbs, phrases and the one
    told, set off from the rest of its sentence by commas or opened by "as", and whatever the
    parse made of it. What it reports is the rest of the sentence: the token range of the
    sentence (the cue's clause inside it when it interrupts), or the part before or after the
    cue's clause when it stands at an end. The rest must hold a clause with a subject and a verb
    of its own ("On Monday, Trump spoke, then left" reports nothing)."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in SET_OFF_CUES or cue.dep_ in ("relcl", "acl"):
        return None
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "If she wins, Jones suggested, ...": a clause before the subject the parse hung on the cue
    # is part of what is reported
    opening = [c for c in cue.children if c.dep_ == "advcl" and subject is not None and c.i < subject.i]
    kids = [c for c in cue.children if c not in opening]
    if any(c.dep_ not in _SET_OFF_DEPS and not (c.dep_ in ("dobj", "dative") and takes_addressee(cue))
           for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS and not dated_phrase(c) for c in kids):
        return None  # "..., we think about the number": a topic, no clause reported
    if cue.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        return None
    if any(c.dep_ == "prt" for c in kids) and cue.lemma_.lower() != "point":
        return None
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in kids) or any(c.tag_ == "WRB" for c in kids):
        # "if he says", "because she wrote", "whenever she tells": a condition, a cause or a
        # time, not an aside
        return None
    if reported_oneself(cue, kids):
        return None  # "as Roe reported for duty": where one went, not what one said
    opened_by_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
    if not opened_by_as and any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in kids):
        return None  # "its letter, written by Jo Roe, ...": who wrote it, not what it says
    if not any(c.dep_ in ("nsubj", "agent") and c.lower_ not in RELATIVE_PRONOUNS for c in kids):
        return None
    doc = cue.doc
    left = min([cue.i] + [c.left_edge.i for c in kids if not c.is_punct])
    right = max([cue.i] + [c.right_edge.i for c in kids if not c.is_punct]) + 1
    if opening and max(c.right_edge.i for c in opening) >= left:
        return None
    while left < right and doc[left].is_punct:
        left += 1
    while right > left and doc[right - 1].is_punct:
        right -= 1
    first, last = semicolon_clause(cue, left, right)
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    first = after_opening_conjunction(doc, first, left)
    while last > first and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    if first >= last:
        return None
    comma_before = left > first and doc[left - 1].text == ","
    comma_after = right < last and doc[right].text == ","
    if left > first and not comma_before or right < last and not comma_after and not opened_by_as:
        return None
    if opened_by_as and left > first and not comma_before:
        return None
    if left <= first or opened_by_as and right < last:
        start, end = right + (1 if comma_after else 0), last
    elif right >= last:
        start, end = first, left - 1
    else:
        # the clause the cue interrupts, never a relative clause ("each of whom, she said,
        # needed shelter" says nothing of the sentence it hangs on)
        head = cue.head
        if head.i == cue.i or any(t.dep_ in ("relcl", "acl") for t in [head, *head.ancestors]):
            return None
        start, end = max(first, head.left_edge.i), min(last, head.right_edge.i + 1)
        if not start < left and right < end:
            return None
        if any(t.lower_ in RELATIVE_PRONOUNS or t.lower_ in ("whose", "which", "whom") for t in cue.doc[start:left]):
            said_of = antecedent_of_set_off(cue, start, left)
            if said_of is None:
                return None
            start = said_of
            # the relative word is the clause's subject (or its noun's): a tensed verb after the cue
            if not any(t.tag_ in FINITE_TAGS for t in doc[right:end]) or end - start < MIN_CONTENT_TOKENS:
                return None
            return start, end
    if end - start < MIN_CONTENT_TOKENS or ";" in doc[start:end].text:
        return None
    outside = [t for t in doc[start:end] if not left <= t.i < right]
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.tag_ in FINITE_TAGS | {"VB", "VBN", "VBG"}
               and not left <= t.head.i < right and t.head.i != cue.i for t in outside):
        return None
    return start, end


def after_opening_conjunction(doc: Doc, first: int, left: int) -> int:
    """"And as the mayor pointed out, rents rose", "But, Roe said, the plan is dead": a
    conjunction opening the sentence before the set-off cue joins the sentence to the one before
    it and is no part of either side of the aside; the aside is read from the word after it (and
    after its comma). Only a coordinating conjunction hung on the sentence's main verb, not on a
    word inside the cue's clause."""
    tok = doc[first]
    if first >= left or tok.dep_ != "cc" or tok.pos_ != "CCONJ" or tok.head.dep_ != "ROOT":
        return first
    first += 1
    while first < left and (doc[first].is_punct or doc[first].is_space):
        first += 1
    return first


def dated_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase puts a date or a time on the verb ("as the Zorb reported on
    Saturday", "wrote on May 5"): when the words were said, not what they were about."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def semicolon_clause(cue: Token, left: int, right: int) -> tuple[int, int]:
    """The token range of the part of the cue's sentence between semicolons that holds the cue's
    clause (``left`` to ``right``): "As the report found, rents rose by a third; wages stayed
    flat" reports only what stands before the semicolon, since a cue's words never reach across
    one (docs/statements.md). The whole sentence when it has no semicolon."""
    doc, sent = cue.doc, cue.sent
    first = max((t.i + 1 for t in doc[sent.start:left] if t.text == ";"), default=sent.start)
    last = min((t.i for t in doc[right:sent.end] if t.text == ";"), default=sent.end)
    return first, last


def antecedent_of_set_off(cue: Token, start: int, left: int) -> int | None:
    """"a move whose rarity, CBS noted, highlighted its weight", "the bridge, which, Roe said, was
    unsafe": a cue set off inside a relative clause that opens with "whose" and its noun or with a
    "which" or "who" as its subject, right before the cue's comma, reports what the clause says of
    the noun before it (as ``said_of_antecedent`` does). The first token of that noun's phrase,
    or None for anything else ("each of whom, she said, needed shelter")."""
    doc = cue.doc
    comma = left - 1
    rel = next((t for t in reversed(doc[start:comma]) if t.lower_ in ("whose", "which", "who")), None)
    if rel is None:
        return None
    between = doc[rel.i + 1:comma]
    if rel.lower_ == "whose":
        if not between or not all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in between):
            return None
    elif any(not t.is_punct for t in between):
        return None
    noun = rel.i - 1
    if noun >= 0 and doc[noun].text == ",":
        noun -= 1
    if noun < cue.sent.start or doc[noun].pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun
    while first > cue.sent.start and doc[first - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") \
            and doc[first - 1].head.i in range(first - 1, noun + 1):
        first -= 1
    return first


def reported_oneself(cue: Token, kids: list[Token]) -> bool:
    """Whether "report" tells where one went, not what one said: "as Roe reported for duty", "as
    she reported to work"; "for" or "to" with no name after it ("as he reported for the BBC",
    "as she reported to Congress" still report)."""
    return cue.lemma_.lower() == "report" and any(
        c.dep_ == "prep" and c.lower_ in ("for", "to") and not any(t.ent_type_ for t in c.subtree) for c in kids)


_OPENING_MARKS = frozenset({"“", '"', "''", "``", "‘"})
_CLOSING_MARKS = frozenset({"”", '"', "''", "’"})


def quoted_label_of_object(verb: Token) -> tuple[int, int] | None:
    """"called the system “rigged”", "called both Smith and Jones “crazy”": what the object is
    called, in quotation marks right after it, that the parse hung on the object (a participle,
    an adjective or a noun in apposition) or read as a second predicate beside it. The object
    and the quoted words, as one token range to the closing mark."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        labels = [c for c in obj.children if c.i > obj.i and c.dep_ in ("acl", "amod", "appos")]
        start = _subtree_range(obj)[0]
    else:
        preds = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
        if len(preds) != 2:
            return None
        obj, labels = preds[0], [preds[1]]
        start = _subtree_range(obj)[0]
    for label in labels:
        first = label.left_edge.i
        if doc[first].text in _OPENING_MARKS:
            first += 1  # the parse hung the opening mark on the label
        if first < 1 or doc[first - 1].text not in _OPENING_MARKS or first - 1 <= obj.i:
            continue
        if any(t.text in _OPENING_MARKS | _CLOSING_MARKS for t in doc[obj.i + 1:first - 1]):
            continue
        if all(t.pos_ == "PROPN" or t.is_punct for t in label.subtree):
            continue  # "called the singer “Zizi”": a name given, not what the thing is
        # the closing mark: the first after the quoted words, within the label's phrase or
        # right after it, past punctuation alone
        close = next((t.i for t in doc[first:min(len(doc), label.right_edge.i + 3)]
                      if t.text in _CLOSING_MARKS), None)
        if close is not None and close > first and all(
                t.is_punct or label.left_edge.i <= t.i <= label.right_edge.i for t in doc[first:close]):
            return start, close + 1
    return label_closing_object_phrase(verb, obj, start) if obj.dep_ == "dobj" else None


def label_closing_object_phrase(verb: Token, obj: Token, start: int) -> tuple[int, int] | None:
    """"calling the inquiry into Roe “Soviet-style”", "called the talks with Zorb “useful”": the
    quoted words the parse hung inside a phrase of the verb after its object, closing that
    phrase, right after a noun (not after its preposition or article: "the inquiry into “the
    hoax”" quotes a name of the thing). The object and the quoted words, as one token range to
    the closing mark."""
    doc = verb.doc
    # the verb's phrase right after the object, or the object's own last phrase ("the talks with
    # Zorb “useful”", where the parse hung the quoted words on "with")
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1] \
        + [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.right_edge.i == obj.right_edge.i]
    for prep in phrases:
        last = prep.right_edge.i
        while last > prep.i and doc[last].dep_ == "cc":
            last -= 1  # "... “Soviet-style” and Roe calling ...": the parse may hang the "and" there
        close = last if doc[last].text in _CLOSING_MARKS else last + 1
        if close >= len(doc) or doc[close].text not in _CLOSING_MARKS:
            return None
        opening = next((t.i for t in doc[prep.i + 1:close] if t.text in _OPENING_MARKS), None)
        if opening is None or opening == close or doc[opening - 1].pos_ not in ("NOUN", "PROPN"):
            return None
        quoted = doc[opening + 1:close]
        if not quoted or all(t.pos_ == "PROPN" or t.is_punct for t in quoted) \
                or any(t.text in _OPENING_MARKS | _CLOSING_MARKS for t in quoted):
            return None
        return start, close + 1
    return None


def said_of_antecedent(cue: Token) -> tuple[int, int, Token] | None:
    """"the response, which Politico reported left experts disappointed", "a deal that analysts
    believe will raise prices": a relative clause whose verb reports, with a subject of its own
    that is not the relative pronoun, and whose reported clause has the relative pronoun for its
    subject. What was said is the noun the clause hangs on with what the clause says of it: the
    token range from the noun's phrase to the end of the reported clause, and the reporter as
    the speaker. A "which" clause hung on a year or a number is said of the clause before it
    ("stopped touring in 2016, which her manager said was due to an injury":
    ``clause_antecedent_start``), and a reported clause the parse joined to the reporting verb
    as its conjunct is still the one reported (``reported_clause_read_as_conjunct``). A relative
    pronoun that is the cue's object ("the spray, that Wang described as ...") or the cue's only
    subject ("Smith, who said ...") is none of this."""
    if cue.dep_ != "relcl" or cue.pos_ != "VERB":
        return None
    opening = clause_antecedent_start(cue)
    if cue.head.pos_ not in ("NOUN", "PROPN") and opening is None:
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    speaker = next((c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS), None)
    if speaker is None or speaker.i > cue.i:
        return None
    start = noun_phrase_start(cue.head) if opening is None else opening
    conjunct = reported_clause_read_as_conjunct(cue)
    if conjunct is not None and any(c.lower_ in RELATIVE_PRONOUNS and c.i < speaker.i for c in subjects) \
            and (opening is not None or number_agrees(cue.head, conjunct)):
        return start, conjunct.right_edge.i + 1, named_subject(cue, speaker)
    for clause in cue.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < cue.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        own = [c for c in clause.children if c.dep_ in SUBJECTS]
        if own and not (len(own) == 1 and own[0].lower_ in RELATIVE_PRONOUNS and own[0].i < speaker.i):
            continue  # the reported clause has a subject of its own: not said of the noun
        if not own and not any(c.lower_ in RELATIVE_PRONOUNS and c.i < speaker.i for c in subjects):
            continue  # no relative pronoun to be the reported clause's subject
        if opening is None and not number_agrees(cue.head, clause):
            continue  # "fires at a plant and an oil field, which state media said were under control"
        if opening is not None and not _singular_verb(clause):
            continue  # "since 2014, which aides said were ...": plural, so not the clause before
        return start, clause.right_edge.i + 1, named_subject(cue, speaker)
    return None


def clause_antecedent_start(cue: Token) -> int | None:
    """"He stopped appearing in public in 2014, which his wife said was due to illness": a
    "which" clause after a comma hung on a number (a year, a count), which no one says things of;
    what the reporter spoke of is the clause before it. The first token of that clause (its
    verb's phrase), or None when the relative clause hangs on anything but a number."""
    if cue.head.pos_ != "NUM":
        return None
    doc = cue.doc
    which = doc[cue.left_edge.i]
    if which.lower_ != "which" or which.i == 0 or doc[which.i - 1].text != ",":
        return None
    verb = next((t for t in cue.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "xcomp":
        verb = verb.head  # "stopped touring in 2016": the clause is the verb's it completes
    if verb is None or verb.i > cue.head.i:
        return None
    return max(verb.left_edge.i, cue.sent.start)


def denied_clause_before(cue: Token) -> tuple[int, int] | None:
    """"Roe was later accused of taking bribes, which he denied": a relative clause whose verb
    denies or admits (``statement_cues.txt [clause_denying]``), with a subject of its own and a
    "which" after a comma for its object, denies what the clause before it says, when that
    clause tells what was said of someone (a verb of ``[alleging_verbs]`` in it: "accused",
    "claims"). The
    token range of that clause, up to the comma; whether it is a statement is
    ``speech_acts.denies_clause_before``'s to say."""
    # the parse hangs the clause on the noun before the comma or on the sentence's verb
    if cue.dep_ not in ("relcl", "advcl") or cue.pos_ != "VERB" or not cue_word(cue, "clause_denying"):
        return None
    doc = cue.doc
    which = doc[cue.left_edge.i]
    if which.lower_ != "which" or which.dep_ != "dobj" or which.head != cue or which.i == 0 \
            or doc[which.i - 1].text != ",":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in cue.children):
        return None
    # the outermost verb before it: the clause is the sentence's whole report ("Roe claims the
    # mayor lied"), not the words the "which" happens to hang on ("in some way")
    verb = next((t for t in reversed([cue.head, *cue.head.ancestors]) if t.pos_ in ("VERB", "AUX")
                 and t.i < which.i), None)
    if verb is None:
        return None
    start, end = max(verb.left_edge.i, cue.sent.start), which.i - 1
    if not any(cue_word(t, "alleging_verbs") for t in doc[start:end] if t.pos_ == "VERB"):
        return None  # "He asked for a lawyer, which the police denied": a refusal
    return start, end


def denial_after(cue: Token, start: int, end: int) -> int | None:
    """Where a claim ends when another's denial of it follows: in "Roe claims Pell asked the king
    for help, which Pell denied" Roe said nothing of the denial (``denied_clause_before``). The
    comma before the "which", or None."""
    doc = cue.doc
    deps = doc_index.deps(doc)  # the clauses' tokens only: no Token made of every word
    for i in range(max(start, 0), min(end, len(doc))):
        if deps[i] not in ("relcl", "advcl") or i == cue.i:
            continue
        tok = doc[i]
        if denied_clause_before(tok) is not None:
            comma = tok.left_edge.i - 1
            if start < comma:
                return comma
    return None


def _singular_verb(verb: Token) -> bool:
    """Whether a verb (or its tensed auxiliary) is singular or of no number: "was", "is", "would"."""
    finite = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS), verb)
    return finite.tag_ != "VBP" and finite.lower_ != "were"


def reported_clause_read_as_conjunct(cue: Token) -> Token | None:
    """"the response, which Politico reported left experts disappointed", parsed with "left" a
    conjunct of the sentence's verb and the relative clause empty: the tensed verb right after a
    reporting relative verb that has no complement of its own, has no subject and is hung
    outside the relative clause, is the reported clause. That verb, or None."""
    doc = cue.doc
    if cue.i + 1 >= len(doc) or any(c.dep_ in COMPLEMENTS for c in cue.children):
        return None
    verb = doc[cue.i + 1]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ") or verb.dep_ != "conj":
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children) or cue in verb.ancestors:
        return None
    return verb


# prepositions that make their object part of the noun before ("a rise in costs", "the price of oil")
_NOUN_PART_PREPOSITIONS = frozenset({"in", "of"})


def noun_phrase_start(noun: Token) -> int:
    """Where the noun phrase a relative clause's noun ends starts, when the noun is the object of
    a preposition that qualifies a noun before it: "a rise in fuel costs that analysts say will
    continue" may say the rise will, which the parse hung on "costs"; the content keeps both. Only
    "in" and "of" make a noun part of the one before it: "two astronauts for the first mission,
    which the agency said might fly in summer" says so of the mission alone."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in _NOUN_PART_PREPOSITIONS \
            and noun.head.head.pos_ in ("NOUN", "PROPN") and noun.head.head.i < noun.i:
        noun = noun.head.head
    return noun.left_edge.i


def contest_called(verb: Token) -> tuple[int, int] | None:
    """"the AP called the election for Biden", "NBC News also called Nevada for Biden": "call"
    with a contest (``statement_cues.txt [called_contests]``) or a place for its object and a
    name after "for" (who won). The token range of the object and the "for" phrase; "called a
    strike for Monday" and "called the meeting for noon" name no contest and no one; "called a
    special election for the 5th District" sets one (``contest_object``: one calls the contest, not
    a contest, for its winner), and a district or a place ("LOC", "FAC") is no winner."""
    obj = contest_object(verb)
    if obj is None or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children) \
            or obj.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None  # "called a snap election for June", "called elections for Parliament": set, not won
    # "for" hangs on the verb or, in the parse, on the object ("the election for Quill")
    prep = next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i),
                None)
    if prep is None:
        return None
    winner = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if winner is None or not (winner.ent_type_ in ("PERSON", "ORG", "NORP") or winner.pos_ == "PROPN"
                              and winner.ent_type_ not in ("DATE", "TIME", "EVENT", "LOC", "FAC")):
        return None  # a name (the tagger may read a candidate's surname as a place), not a day
    return _subtree_range(obj)[0], _subtree_range(prep)[1]


def contest_object(verb: Token) -> Token | None:
    """The object of "call" when it is a contest (``statement_cues.txt [called_contests]``) or a
    place: "called the election", "called Nevada", "called a special election". With a "for"
    phrase, such a call is never a demand for what follows "for" (``speech_acts``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "call":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.lemma_.lower() in data.words(CUES_FILE, "called_contests") or obj.ent_type_ == "GPE"):
        return None
    return obj


def number_agrees(noun: Token, verb: Token) -> bool:
    """Whether a noun may be the subject of a verb by number: a singular noun is no subject of
    "were" or "are", a plural one none of "was" or "is" (the verb or its auxiliary, whichever has
    the tense). A verb of no number ("would", "said") agrees with any."""
    finite = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS), verb)
    plural_noun = noun.tag_ in ("NNS", "NNPS")
    if finite.tag_ == "VBZ" or finite.lower_ == "was":
        return not plural_noun
    if finite.tag_ == "VBP" or finite.lower_ == "were":
        return plural_noun or noun.tag_ not in ("NN", "NNP")
    return True


def _told_in_passive(verb: Token) -> tuple[int, int] | None:
    """"The death of the poet was announced on Friday by the university": a passive verb with
    its agent, whose subject is what was told. The subject's token range (``speech_acts`` keeps
    it for the verbs and the events an object is kept for, ``announces_event``)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return _subtree_range(subject) if subject is not None else None


def _within_sentence(cand: Candidate) -> Candidate:
    """Clip the content to the cue's sentence, paragraph and semicolon clause (a parse may hang
    words of the next paragraph on it) and drop a leading complementizer: what was said is the
    clause after "that"."""
    doc = cand.cue.doc
    # never across a semicolon: "The bomb went off; footage shows the pews broken" reports
    # nothing of the clause before it
    clause_start, clause_end = _clause_of(doc, cand.cue)
    cand.start = max(cand.start, paragraph_start(doc, cand.cue.i, floor=clause_start))
    cand.end = min(cand.end, paragraph_end(doc, cand.cue.i, ceiling=clause_end))
    cand.end = speakers_own_participle(cand.cue, cand.start, cand.end) or cand.end
    cand.end = second_half_of_not_only(doc, cand.start, cand.end) or cand.end
    cand.end = narrators_gloss(cand.cue, cand.start, cand.end) or cand.end
    cand.end = denial_after(cand.cue, cand.start, cand.end) or cand.end
    cand.end = dangling_coordinator(doc, cand.start, cand.end) or cand.end
    if cand.end - cand.start > MIN_CONTENT_TOKENS and doc[cand.start].lower_ == "that" \
            and doc[cand.start].dep_ == "mark":
        cand.start += 1
    return cand


def dangling_coordinator(doc: Doc, start: int, end: int) -> int | None:
    """Where a content ends when the parse left it ending in "and", "or" or "but": in "claimed a
    guard escaped and remains at large" or "attacked the paper as a foe and his aides called
    for ..." the parse may hang the coordinator on the reported words and what it joins
    elsewhere; a claim never ends in a coordinator, and whose the joined words are is not sure
    (the claim's, or the narrator's next clause), so the content stops before the coordinator and
    the comma before it. The index the content ends at, or None."""
    cut = end
    while cut > start + MIN_CONTENT_TOKENS and (doc[cut - 1].dep_ == "cc" and doc[cut - 1].lower_ in _CLAUSE_CCS
                                                or doc[cut - 1].text in CLAUSE_JOINERS and cut < end):
        cut -= 1
    return cut if cut < end else None


# prepositions of where or how the words were given: "in an interview", "during a debate"
_SETTING_PREPOSITIONS = frozenset({"in", "during", "at", "on"})


def clause_read_on_setting(cue: Token) -> tuple[int, int] | None:
    """"told reporters in an interview that she would run again", "wrote in a letter that the
    tax would hurt farmers": the parse may hang the "that" clause after the phrase of where the
    words were given on its noun, as a relative clause. It is what the verb of saying reports when
    the noun is one of such occasions (``[speaking_occasions]``), the verb has no clause of its
    own, the parse made "that" the clause's complementizer, and the clause cannot be a relative
    one of the occasion (``no_gap_for_occasion``): "in a memo that she sent the board", "in a
    letter that the mayor called unfair", "at a hearing that lawmakers held" say nothing. The token
    range of the clause, from after "that"."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in SPEECH_CUES:
        return None
    if any(c.dep_ in ("ccomp", "csubj") or c.dep_ == "xcomp" and c.i > cue.i for c in cue.children):
        return None
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i or prep.lower_ not in _SETTING_PREPOSITIONS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if obj.lemma_.lower() not in data.words(CUES_FILE, "speaking_occasions"):
                continue
            for clause in obj.children:
                that = clause.left_edge
                if clause.dep_ not in ("relcl", "acl") or clause.i < obj.i or that.lower_ != "that":
                    continue
                if that.dep_ == "mark" and no_gap_for_occasion(clause, that):
                    return that.i + 1, clause.right_edge.i + 1
    return None


def clause_read_on_as_phrase(cue: Token) -> tuple[int, int] | None:
    """"she said as a teenager she was forced into a marriage": the reported clause opens with an
    "as" phrase of who or what its subject was then, and the parse hung "as" on the verb of saying
    and the clause on the phrase's noun, as a relative clause ("a teenager [whom] she was ..."),
    so the verb had no clause and the words were nobody's. Read as the clause when "as" comes right
    after a verb of saying with no clause of its own, and the "relative" clause opens with its own
    subject, a personal pronoun or a name, has a tense, and lacks none of its words
    (``no_gap_after_noun``): after "said as a ..." a relative clause would say nothing. The token
    range from "as" to the end of the clause and of what the parse hung on the verb after it
    ("to work on a farm")."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in SPEECH_CUES:
        return None
    if any(c.dep_ in ("ccomp", "csubj", "dobj") or c.dep_ == "xcomp" and c.i > cue.i for c in cue.children):
        return None
    doc = cue.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].lower_ != "as" or doc[cue.i + 1].head.i != cue.i:
        return None
    prep = doc[cue.i + 1]
    for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")):
        for clause in obj.children:
            if clause.dep_ != "relcl" or clause.i < obj.i or not no_gap_after_noun(clause):
                continue
            end = clause.right_edge.i + 1
            for later in (c for c in cue.children if c.i > clause.i):
                if later.dep_ not in ("advcl", "prep", "npadvmod", "advmod") or later.left_edge.i != end:
                    break
                end = later.right_edge.i + 1
            # "said as a child she loved": nothing after the verb, the object may be the noun
            return (prep.i, end) if end > clause.i + 1 else None
    return None


def complement_opened_by_as(cue: Token, clause: Token) -> bool:
    """"she said as a teenager she was forced into a marriage": the parse may read the reported
    clause that opens with an "as" phrase as an adverbial clause of the verb of saying, which
    reports nothing then. It is the verb's complement when "as" comes right after a verb of saying
    with no clause or object of its own, opens the clause with its noun ("as a teenager", "as
    mayor", whatever dependency the parse gave it; not "said as she left", where "as" tells when
    and has no noun), and the clause has its
    own subject, a personal pronoun or a name, right after the phrase, and a tense."""
    if clause.dep_ != "advcl" or cue.pos_ != "VERB" or cue.lemma_.lower() not in SPEECH_CUES:
        return False
    if any(c.dep_ in ("ccomp", "csubj", "dobj") for c in cue.children):
        return False
    doc = cue.doc
    opener = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if opener is None or opener.lower_ != "as" or opener.dep_ not in ("prep", "mark") or opener.head.i != clause.i \
            or clause.left_edge.i != opener.i or not any(c.dep_ == "pobj" for c in opener.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and subjects[0].left_edge.i == opener.right_edge.i + 1 \
        and _subject_and_tense(clause, subjects[0])


def gerund_subject_read_as_complement(cue: Token, clause: Token) -> bool:
    """"Ms. Roe said cutting the tariff must come first": the parse may make the gerund that is the
    subject of the reported clause the cue's "xcomp", and the clause's verb a "ccomp" of the
    gerund, so the claim reads as an act the speaker took up. A verb of saying that takes no gerund
    as its object (``statement_cues.txt [gerund_free]``: say, argue, insist ...; not "recalled
    meeting him", "suggested building a bridge") reports the whole clause when the gerund comes
    right after it (or after "that"), has no subject or object of its own, and its "ccomp" has a
    tense and a subject that starts right after the gerund (the gerund's object the parse took
    for that subject). Then the candidate is a clausal complement, not an infinitive or gerund one."""
    if clause.dep_ != "xcomp" or clause.tag_ != "VBG" or clause.i <= cue.i or cue.pos_ != "VERB" \
            or not cue_word(cue, "gerund_free"):
        return False
    doc = cue.doc
    between = doc[cue.i + 1:clause.i]
    if len(between) > 1 or len(between) == 1 and between[0].lower_ != "that":
        return False
    if any(c.dep_ in ("dobj", "ccomp", "csubj") for c in cue.children):
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ in ("dobj", "dative") for c in clause.children):
        return False
    verb = next((c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i), None)
    if verb is None or not has_tense(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and subjects[0].left_edge.i == clause.i + 1 and subjects[0].i < verb.i


def _subject_and_tense(clause: Token, subject: Token) -> bool:
    """Whether a clause's subject is a personal pronoun or a name (no "who", "that", "which") and
    the clause has a tense."""
    if subject.tag_ != "PRP" and subject.pos_ != "PROPN" or subject.lower_ in RELATIVE_PRONOUNS:
        return False
    return has_tense(clause)


def no_gap_after_noun(clause: Token) -> bool:
    """Whether a clause the parse read as a relative one of the noun before it cannot be one: it
    opens with its own subject, a personal pronoun or a name (no "who", "that", "which"), has a
    tense, and leaves no preposition without its object ("a town she grew up in"). Its verb must
    also have what it needs after it (``verb_complete``): "as a columnist he admired for years"
    lacks the object of "admired", the noun before it."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].left_edge.i != clause.left_edge.i \
            or not _subject_and_tense(clause, subjects[0]) or not verb_complete(clause):
        return False
    return prepositions_complete(clause)


def verb_complete(clause: Token) -> bool:
    """Whether a clause's verb lacks no object: it has an object, a clause or a verb complement of
    its own ("she would cut taxes", "she was sent to work"), is a passive ("she was forced into
    ..."), or is "be" with what it says of the subject ("she was poor"). Any other verb may be one
    whose object is the noun before the clause ("a columnist he admired for years"): when
    unsure, a relative clause. Review of r21-titles (branch r21-fixtt)."""
    deps = {c.dep_ for c in clause.children}
    if deps & {"dobj", "ccomp", "xcomp", "nsubjpass", "auxpass", "dative"}:
        return True
    return clause.lemma_.lower() == "be" and bool(deps & {"attr", "acomp", "prep"})


def no_gap_for_occasion(clause: Token, that: Token) -> bool:
    """Whether a "that" clause after a noun of an occasion lacks none of its arguments, so that the
    noun cannot be the one it lacks: a subject of its own (not "that"), no preposition left
    without its object ("that she spoke at"; a passive's own subject may be what it lacks: "that
    the case was dealt with"), and a verb that does not take such a noun as its
    object (``[occasion_verbs]`` and the verbs that make or pass on a writing: "a memo that she
    sent the board", "a hearing that lawmakers held", "a letter that the mayor called unfair" are
    relative clauses, whatever objects the parse gave the verb). When unsure, a relative clause."""
    if clause.lemma_.lower() in _WRITING_HANDLED or clause.lemma_.lower() in data.words(CUES_FILE, "occasion_verbs"):
        return False
    kids = [c for c in clause.children if c.i != that.i]
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in RELATIVE_PRONOUNS]
    if not subjects:
        return False
    if any(c.dep_ == "nsubjpass" for c in subjects):
        return True  # "the case was being dealt with": the passive subject is what "with" lacks
    return prepositions_complete(clause)


def made_clear(cue: Token) -> tuple[int, int] | None:
    """"Roe made clear that the plan would go ahead", "made it clear that ...": "make" with
    "clear" right after it (or after "it") states the "that" clause the parse hangs on either word;
    the speaker is the subject of "make". The token range of the clause, from after "that"."""
    if cue.lemma_.lower() != "make" or cue.pos_ != "VERB":
        return None
    doc = cue.doc
    nxt = cue.i + 1 + (cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "it")
    while nxt < len(doc) and doc[nxt].dep_ == "advmod" and doc[nxt].lower_ != "clear":
        nxt += 1  # "made it very clear", "made abundantly clear"
    if nxt >= len(doc) or doc[nxt].lower_ != "clear" or doc[nxt].head.i not in (cue.i, cue.i + 1):
        return None
    for clause in (c for word in (cue, doc[nxt]) for c in word.children):
        if clause.i > nxt and clause.dep_ in ("ccomp", "advcl") and doc[clause.left_edge.i].lower_ == "that":
            return clause.left_edge.i + 1, clause.right_edge.i + 1
    told = clause_read_on_addressee(cue, doc[nxt])
    return (told.left_edge.i + 1, told.right_edge.i + 1) if told is not None else None


def clause_read_on_addressee(cue: Token, clear: Token) -> Token | None:
    """"made it clear to the board that she would not resign": the parse may read the "that"
    clause after whom it was made clear to as a relative clause of that noun. It is the clause
    made clear when "that" is not its subject and it has a subject of its own ("she"); "made it
    clear to the man that hired her" has none but "that"."""
    for word in (cue, clear):
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i < clear.i:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for clause in obj.children:
                    if clause.dep_ == "relcl" and clause.left_edge.lower_ == "that" and any(
                            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS | {"that"}
                            for c in clause.children):
                        return clause
    return None


def _according_to(doc: Doc, according: Token) -> Candidate | None:
    to = doc[according.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in according.children if c.dep_ == "pobj"] \
        or [c for c in to.children if c.dep_ == "pcomp" and c.ent_type_]  # a name the tagger took for a verb
    source = objs[0] if objs else None
    phrase_start, phrase_end = _subtree_range(according)
    if source is not None:
        phrase_end = max(phrase_end, _subtree_range(source)[1])
        phrase_end = min(phrase_end, _subject_taken_by_source(source))
        writing, source = source, author_of(source)
        if source is not writing:
            # "According to a post by Amy Cook, a teacher, the tusk came from ...": the subject
            # hung on the author
            phrase_end = min(phrase_end, _subject_taken_by_source(source, described=True))
    clause_start, clause_end = _clause_of(doc, according)
    phrase_end = min(phrase_end, clause_end)
    # the content is the rest of its clause: after the phrase when it leads, before it otherwise,
    # and all of it when the phrase interrupts it
    if _leads_clause(doc, clause_start, phrase_start):
        start, end = phrase_end, clause_end
    elif _interrupted(doc, clause_start, phrase_start, phrase_end, clause_end):
        start, end = clause_start, clause_end
    else:
        start, end = clause_start, phrase_start
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in ('"', "”", "’", "'"):
        end -= 1
    if end - start < MIN_CONTENT_TOKENS:
        return None
    return Candidate(according, "according", start, end, source)


def author_of(source: Token) -> Token:
    """"According to a Twitter post by Amy Cook, ...": the one who wrote a writing named with its
    author ("by" a person or body) is who says it; the writing itself is no speaker. Otherwise
    the source as it is."""
    if source.lemma_.lower() not in DOCUMENT_NOUNS:
        return source
    for prep in source.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            author = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if author is not None and author.pos_ == "PROPN" and author.ent_type_ in SPEAKER_NAMES:
                return author
    return source


def _clause_of(doc: Doc, tok: Token) -> tuple[int, int]:
    """The token range of ``tok``'s clause as punctuation marks it: its sentence, cut at the
    semicolons around it ("Four people were on board; according to investigators, one died")."""
    sent_start, sent_end = doc_index.sentence_bounds(doc, tok.i)
    semicolons = doc_index.positions(doc).get(";", [])  # by bisection: not a walk over the sentence
    before = bisect_left(semicolons, tok.i) - 1
    after = bisect_left(semicolons, tok.i)
    start = semicolons[before] + 1 if before >= 0 and semicolons[before] >= sent_start else sent_start
    end = semicolons[after] if after < len(semicolons) and semicolons[after] < sent_end else sent_end
    return start, end


def _leads_clause(doc: Doc, clause_start: int, phrase_start: int) -> bool:
    """Whether an "according to" phrase opens its clause, after at most a conjunction or a
    linking adverb ("But according to X, ...", "However, according to X, ..."), or opens the
    clause of a "that" ("Wikinews has learned that according to a posting, the site is ...")."""
    before = [t for t in doc[clause_start:phrase_start] if not t.is_punct]
    return all(t.pos_ in ("CCONJ", "ADV", "SCONJ") for t in before) or before[-1].lower_ == "that"


def _interrupted(doc: Doc, clause_start: int, phrase_start: int, phrase_end: int, clause_end: int) -> bool:
    """Whether an "according to" phrase stands inside the words it reports, which go on after it:
    "The relic was followed by, according to reports, nearly 2000 people" (the words before end
    on a preposition, a determiner or a conjunction), "The move, according to NBC, gives ..."
    (the words before are no clause: none of their heads is a verb), "Thunberg led, according to
    Time, the largest demonstration" (what completes the verb before comes after)."""
    before = [t for t in doc[clause_start:phrase_start] if not t.is_punct]
    after = [t for t in doc[phrase_end:clause_end] if not t.is_punct]
    if not before or not after or doc[phrase_start - 1].text not in (",", "—", "–", "("):
        return False  # set off from the words around it, or it is no interruption
    cut_short = before[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ") or before[-1].lower_ == "to"
    # the words' own heads: "Women, who make up 16%" is a noun with a relative clause, no clause
    heads = [t for t in before if not clause_start <= t.head.i < phrase_start or t.head.i == t.i]
    # "Thunberg then led, according to Time, the largest demonstration": the verb's object follows
    completed_after = any(clause_start <= t.head.i < phrase_start and t.dep_ in COMPLEMENTS for t in after)
    return cut_short or completed_after or not any(t.pos_ in ("VERB", "AUX") for t in heads)


def _subject_taken_by_source(source: Token, described: bool = False) -> int:
    """Where the "according to" phrase really ends when the parser hung the clause's subject on
    its source as an appositive or a conjunct ("According to the Bulletin, the earthquake, at
    6.3, was the strongest"; "According to the researchers, sacrifice ... was common"): at the
    comma before that noun, if the sentence's main verb has no subject of its own. Else past
    the end of the sentence (no cut). ``described``: the source is a writing's author, whose
    first such noun describes it ("a post by Jo Roe, the mayor's wife, ..."), so it is no cut."""
    root = source.sent.root
    no_cut = source.sent.end + 1
    if any(c.dep_ in SUBJECTS for c in root.children):
        return no_cut
    # a common noun: a name there is the source's own ("the coach, Alireza Mehraban,")
    nouns = [c for c in source.children if c.dep_ in ("appos", "conj") and c.i > source.i and c.pos_ == "NOUN"
             and source.doc[_subtree_range(c)[0] - 1].text == ","]
    # the last such noun: one before it describes the source ("Ann Roe, a teacher, the tusk ...")
    if nouns[int(described):]:
        return _subtree_range(nouns[-1])[0] - 1
    for child in source.children:
        # "According to Rathbun the property was returned": a name read as a verb, and the
        # clause's subject as its object
        if child.dep_ == "dobj" and child.i > source.i and source.pos_ != "NOUN" and child.pos_ == "NOUN":
            return _subtree_range(child)[0]
    return no_cut


def paragraph_start(doc: Doc, i: int, floor: int = 0) -> int:
    """The first token of token ``i``'s paragraph (paragraphs end at a line break), not before ``floor``."""
    if i <= floor:
        return i
    breaks = doc_index.line_breaks(doc)
    n = bisect_right(breaks, i - 1) - 1  # the last line break before token i
    return max(floor, breaks[n] + 1) if n >= 0 else floor


def paragraph_end(doc: Doc, i: int, ceiling: int | None = None) -> int:
    """One past the last token of token ``i``'s paragraph, not after ``ceiling``."""
    last = (len(doc) if ceiling is None else ceiling) - 1
    if i >= last:
        return i + 1
    breaks = doc_index.line_breaks(doc)
    n = bisect_left(breaks, i)  # the first line break at or after token i
    return min(breaks[n], last) + 1 if n < len(breaks) else last + 1


def body_name_read_as_clause(cue: Token) -> Token | None:
    """The first word of a body's name that the parse read as the cue's clausal subject: "The
    Committee to Protect Journalists reports sixteen deaths" parsed as "(that) the Committee
    protects journalists" reports. Only when the tagger spans the whole clause as one body's
    name that a capitalised noun opens; None otherwise."""
    clause = next((c for c in cue.children if c.dep_ == "csubj"), None)
    if clause is None:
        return None
    ent = doc_index.entity_at(cue.doc, clause.i)
    if ent is None or ent.label_ != "ORG" or clause.left_edge.i < ent.start or clause.right_edge.i >= ent.end:
        return None
    return next((t for t in ent if t.pos_ == "PROPN" and t.text[:1].isupper()), None)


def complement_read_as_relative(noun: Token, clause: Token) -> bool:
    """Whether the parse read a noun's complement clause as a relative clause: "the report that
    officials were paying bribes" with "that" a complementizer (``mark``) of a clause that has a
    subject of its own. In a relative clause "that" is the subject or object ("the report that
    was released", "the report that he wrote"), never a complementizer; so a clause whose verb
    has nothing completing it ("the statement that his lawyers had prepared for the hearing", its
    object the "that" the parse read as a complementizer) is taken as relative
    (``clause_completed``)."""
    return clause.dep_ == "relcl" and _that_clause_of(noun, clause) and clause_completed(clause)


def object_read_as_complementizer(noun: Token, clause: Token) -> bool:
    """Whether a noun's "that" clause with a subject of its own, parsed as its complement
    (``acl``) or as relative, lacks what completes its verb ("the report that the committee
    published last year"): the "that" is the verb's missing object, the clause relative, telling
    which writing, not what it says; no content, and none for a writer named before the noun."""
    return clause.dep_ in ("acl", "relcl") and _that_clause_of(noun, clause) and not clause_completed(clause)


def _that_clause_of(noun: Token, clause: Token) -> bool:
    """Whether ``clause`` follows the noun, opens with "that" parsed a complementizer and has a
    subject of its own that is no relative pronoun."""
    return noun.pos_ == "NOUN" and clause.i > noun.i \
        and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children)


def clause_completed(verb: Token) -> bool:
    """Whether a clause's verb has what completes it in the clause: an object or complement
    ("officials were paying bribes", "he was ill"), or a passive subject ("bribes were paid").
    Without one the verb may be missing its object, the relative pronoun before it ("the report
    that the committee published last year"): it is then no content. (A clause of a verb that
    takes no object, "the report that he died", is lost with it: it says less, never wrongly.)"""
    return any(c.dep_ in CLAUSE_COMPLEMENTS for c in verb.children)


def named_writer_of(cue: Token) -> Token | None:
    """The person or body a noun cue names as its writer, by name before it or "by" after it:
    "the Zorb Weekly report that ...", "a claim by Zorb Weekly that ..." are Zorb Weekly's, as
    "Zorb Weekly's report" is. Only a name the tagger reads as a person's or a body's: a
    people's adjective ("the Ruritanian report") says whose country, not which body."""
    for child in cue.children:
        if child.dep_ == "compound" and child.i < cue.i and child.pos_ == "PROPN" \
                and child.ent_type_ in ("PERSON", "ORG"):
            return child
        if child.dep_ == "prep" and child.lower_ == "by" and child.i > cue.i:
            writer = next((c for c in child.children if c.dep_ == "pobj"), None)
            if writer is not None and writer.pos_ == "PROPN" and writer.ent_type_ in ("PERSON", "ORG"):
                return writer
    return None


DATELINE_DASHES = ("—", "–", "-", "--")


def is_dateline(head: Token) -> bool:
    """A word in capitals opening a paragraph with a dash soon after it: "WASHINGTON (AP) — ...",
    "PHILADELPHIA, Pa. —", "OSLO, May 3 (Wire) —" (a date and an agency may come
    between the place and its dash, after a comma or a parenthesis). Not a name in capitals that
    words run on from ("U.S. Ambassador Jane Roe — a veteran diplomat — said")."""
    doc = head.doc
    if not head.text.isupper() or len(head.text) < 3:
        return wire_dateline(head)
    start = head.i
    while start > 0 and doc[start - 1].text.isupper() and not doc[start - 1].is_space:
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].text.isupper() and not doc[end].is_punct:
        end += 1
    if end < len(doc) and not doc[end].is_punct and not doc[end].is_space:
        return False  # the capitals run on into words: a name, not a place and its dash
    opens_paragraph = start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space
    # a dash soon after, before any verb: "WASHINGTON (AP) —", "PHILADELPHIA, Pa. —"; not
    # "NASA, the space agency, said"
    for tok in doc[head.i + 1:head.i + 10]:
        if tok.text in DATELINE_DASHES:
            return opens_paragraph
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def wire_dateline(head: Token) -> bool:
    """A place in title case opening a paragraph, with a wire agency in parentheses and a dash
    right after: "Lorvik (Wire) –", "Port Ellen, Zembla (Wire) —". The agency's parentheses
    and the dash mark it as where the story was filed, as capitals do in "LORVIK (Wire) —";
    without them ("Lorvik, the capital, said") the words are a subject. A person's or a body's
    name ("Jo Roe (R) —") is no dateline."""
    doc = head.doc
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    if not (start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space):
        return False
    i = head.i + 1
    while i < len(doc) and (doc[i].text == "," or doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()) \
            and doc[i].ent_type_ not in ("PERSON", "ORG"):
        i += 1
    if i >= len(doc) or doc[i].text != "(":
        return False
    close = next((t.i for t in doc[i + 1:i + 5] if t.text == ")"), None)
    if close is None or close == i + 1 or close + 1 >= len(doc):
        return False
    agency = doc[i + 1:close]
    return all(t.pos_ == "PROPN" or t.text.isupper() for t in agency) and doc[close + 1].text in DATELINE_DASHES


# the dependents of a verb that say when or how it was done, no part of its subject
_CUE_MODIFIERS = frozenset({"prep", "npadvmod", "advmod"})


def subject_past_dateline(cue: Token, subject: Token) -> Token:
    """The cue's subject after the dateline the parse read as one: in "MOSCOW (Reuters) -
    Russia said" or "NAIROBI, Kenya — Kenyan police said" the place in capitals is where the
    story was filed and the phrase after the dash, whatever the parse hung it on (a second
    subject, the dateline's appositive), is who spoke. ``subject`` itself when it is no dateline
    or the words between the dash and the cue are not one noun phrase. A word hung on the cue as
    its time or manner ("on Friday", "again") is no part of that phrase: "AUSTIN — Sen. Jo Roe on
    Friday criticized the bill" is Roe's."""
    if not is_dateline(subject):
        return subject
    doc = cue.doc
    dash = next((t.i for t in doc[subject.i + 1:cue.i] if t.text in DATELINE_DASHES), None)
    if dash is None or dash + 1 >= cue.i:
        return subject
    phrase = range(dash + 1, cue.i)
    roots = [t for t in doc[dash + 1:cue.i] if t.head.i not in phrase and not t.is_punct
             and not (t.head.i == cue.i and t.dep_ in _CUE_MODIFIERS)]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return subject
    return roots[0]


def name_tail_read_as_subject(subject: Token) -> bool:
    """"Ann Roe and Bo Lee of the University of Oregon, Eugene argue": the parse may make the last
    word of a longer name (a campus, a branch: "the University of Oregon, Eugene") a second subject
    of the verb, though it follows a comma inside the first subject's phrase. A true second subject
    is joined to the first by "and" ("Acme, which makes toys, and Globex emphasized"); one after
    another subject of its verb that follows no "and" is the end of a name, no speaker."""
    if not any(c.dep_ == "nsubj" and c.i < subject.i for c in subject.head.children):
        return False
    before = subject.left_edge.i - 1
    return before < 0 or subject.doc[before].lower_ != "and"


_ASIDE_DASHES = frozenset({"-", "--", "—", "–"})


def subject_before_aside(cue: Token, subject: Token) -> Token:
    """"The party's donors - who backed other candidates, only to watch them falter - believe
    ...": the parse may make the last word of a clause set off by dashes between a noun and its
    verb (here "falter") the verb's subject. When the cue's subject is no name, ends such an
    aside (a closing dash right after it, then the cue) and the aside holds a verb, the noun
    right before the opening dash is the subject; otherwise ``subject`` itself."""
    doc = cue.doc
    if subject.pos_ == "PROPN" and subject.ent_type_ or subject.i + 2 != cue.i \
            or doc[subject.i + 1].text not in _ASIDE_DASHES:
        return subject
    opening = next((t.i for t in reversed(doc[subject.sent.start:subject.i]) if t.text in _ASIDE_DASHES), None)
    if opening is None or opening == subject.sent.start:
        return subject
    aside = doc[opening + 1:subject.i + 1]
    noun = doc[opening - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or not any(t.pos_ in ("VERB", "AUX") for t in aside):
        return subject
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def surname_read_as_modal(cue: Token) -> Token | None:
    """"Will urged readers to ...", "In particular, May said ...": a surname that is also a modal
    verb, read by the parse as the cue's auxiliary. A modal is followed by a verb's bare form
    ("will urge"), never by a past or a third person's present ("urged", "believes"), so a
    capitalised "Will" or "May" before such a cue is its subject. None when the cue has a
    subject of its own or its form is one a modal may take."""
    if cue.tag_ not in ("VBD", "VBZ") or any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "aux" and c.i == cue.i - 1 and c.text[:1].isupper()
                 and c.lower_ in _MODAL_SURNAMES), None)


# modal verbs that are also surnames ("George Will", "Theresa May")
_MODAL_SURNAMES = frozenset({"will", "may"})


def gerund_owner(cue: Token) -> Token | None:
    """The one whose saying a gerund cue is, by the possessive right before it: "Asked about
    Roe's calling the mayor a liar, Lee said ...", "his saying that": Roe calls, not Lee, the
    subject of the clause the gerund hangs from (whatever the parse made of the possessive, an
    object of "about" as often as a subject). None without a possessive before the cue."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.tag_ == "PRP$":
        return before
    if before.tag_ == "POS" and before.head.i == cue.i - 2 and before.head.pos_ in ("PROPN", "NOUN"):
        return before.head
    return None


def name_after_opening_participle(sentence: Span, participle: Token) -> Token | None:
    """"Writing in a blog post, Jo Roe of the Daily Gazette dubbed ...": the parser may take the
    participle that opens a sentence for its subject and the name after the comma for a modifier
    (of the participle or of the main verb); the subject is that name. Only a participle first in
    its sentence, and a name just after the first comma that follows it, before the main verb;
    else None."""
    first = next((t for t in sentence if not t.is_space), participle)
    if participle.tag_ != "VBG" or participle.i != first.i:
        return None
    comma = next((t.i for t in sentence.doc[participle.i + 1:sentence.root.i] if t.text == ","), None)
    if comma is None:
        return None
    return next((c for c in (*participle.children, *sentence.root.children) if c.dep_ == "npadvmod"
                 and c.pos_ == "PROPN" and c.left_edge.i == comma + 1 and c.i < sentence.root.i), None)


def participle_cue_read_as_subject(cue: Token) -> Token | None:
    """The speaker of a participle cue that opens its sentence and that the parse made the main
    verb's subject, its own speaker hung from it as a modifier ("Writing in a blog post, Jo Roe
    dubbed it ..."): the name after the comma (``name_after_opening_participle``). The cue has no
    subject of its own and does not hang from a verb, so the climb to the verb it modifies finds
    none; the name is who wrote. None for any other cue."""
    if cue.dep_ not in ("nsubj", "csubj") or cue.head.i != cue.sent.root.i or not own_words_verb(cue.head):
        return None
    return name_after_opening_participle(cue.sent, cue)


def own_words_verb(verb: Token) -> bool:
    """Whether the main verb gives the writer's own words: it names or describes a thing
    (``[characterise]``: "dubbed the conflict ...") or reports words with no object of its own
    ("argued that ..."). "shared a reader's reply: ...", "quoted the mayor: ..." and "posted the
    board's statement: ..." pass on someone else's words (review of r25-missing)."""
    if cue_word(verb, "characterise"):
        return True
    return reports_words(verb) and not cue_word(verb, "quoting") \
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)


def participle_hung_past_its_verb(cue: Token) -> Token | None:
    """"'We will win,' he said, adding that the board would ... once they finish their
    term": a participle cue set off right after a verb of speech ("said, adding") that the parse
    hung from a verb after it, of the words it reports, not from that verb of speech. The subject
    of the verb of speech before the comma speaks; the climb would give the subject of the later
    clause ("they"). None when the parse hangs the cue from the verb of speech (the climb reads
    it) or that verb has no subject of its own."""
    if cue.tag_ != "VBG" or cue.i < 2 or cue.doc[cue.i - 1].text != ",":
        return None
    verb = cue.doc[cue.i - 2]
    if verb.pos_ != "VERB" or not cue_word(verb, "speech") or cue.head.i in (verb.i, cue.i) or cue.head.i < cue.i:
        return None
    if verb.dep_ not in ("ROOT", "parataxis"):
        return None  # "rejected what Roe said, noting ...": the one who rejects notes, not Roe
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def dateline_end(doc: Doc, start: int, head: int) -> int:
    """Where a phrase from ``start`` to its head at ``head`` begins once the dateline that opens
    it is left out: "ISLAMABAD — Pakistan's army" is the army's phrase, "ISLAMABAD —" the parse's
    modifier. ``start`` when no dateline opens the phrase or no dash comes before the head."""
    if start >= head or not is_dateline(doc[start]):
        return start
    dash = next((t.i for t in doc[start + 1:head] if t.text in DATELINE_DASHES), None)
    return dash + 1 if dash is not None else start


def speaker_token(cue: Token) -> Token | None:
    """The head of the cue's speaker mention: its subject, the agent of a passive, or the
    possessor of a noun cue ("his claim"); for a cue without a subject of its own ("stood and
    said", "is expected to say") the subject of the verb it hangs from."""
    relayed = relayed_source(cue)
    if relayed is not None:
        return relayed
    for child in cue.children:
        if child.dep_ in ("nsubj", "expl"):
            if child.dep_ == "expl" or subject_no_nominal(child):
                return None
            return named_subject(cue, subject_before_aside(cue, subject_past_dateline(cue, child)))
    owner = gerund_owner(cue) or participle_cue_read_as_subject(cue)
    if owner is not None:
        return owner
    surname = surname_read_as_modal(cue)
    if surname is not None:
        return surname
    named_clause = body_name_read_as_clause(cue)
    if named_clause is not None:
        return named_clause
    for child in cue.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    placed = subject_after_date(cue) or subject_set_off_before_cue(cue)  # a subject the parse hung elsewhere
    if placed is not None:
        return placed
    if cue.pos_ == "NOUN":
        for child in cue.children:
            if child.dep_ == "poss":
                return child
        owner = named_writer_of(cue)
        if owner is not None:
            return owner
        if cue.dep_ == "ROOT":
            # the verb read as a noun: "Trump charges that ...", "The Department of Agriculture notes, ..."
            return next((c for c in cue.lefts if c.dep_ in ("compound", "nmod")
                         and (c.ent_type_ == "PERSON" or c.is_title)), None)
        return None
    if cue.dep_ == "acl" and (cue.head.pos_ in ("PROPN", "PRON") or cue.head.ent_type_ == "PERSON"):
        return cue.head  # "footage of Hillary Clinton asking, “...”"
    if alleged_words(cue):
        return None  # "accused Roe of saying ...": said by no one on record
    named = quoted_person(cue) or inverted_object(cue) or inverted_subject_hung_on_aside(cue) \
        or reported_clause_conjunct(cue) or caused_speaker(cue) or subject_read_as_reported_object(cue) \
        or participle_hung_past_its_verb(cue)
    if named is not None:
        return named
    # a participle or infinitive cue ("..., saying that", "tweets criticizing", "plans to say")
    # takes the subject of the clause it hangs from
    head = cue
    for _ in range(4):
        if head.dep_ not in CLIMB_DEPS or head.head.i == head.i:
            break
        below, head = head, head.head
        author = published_author(head, cue)
        if author is not None:
            return author
        if caused_passive(head) and not reason_phrase(below):
            head = head.head  # "the parents tried to have Roe freed by saying ...": Roe did not say it
        else:
            causer = participle_read_as_finite(head)
            if causer is not None and not reason_phrase(below):
                head = causer
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != cue.i:
                outer = reporter_of_thing_clause(cue, head, child)
                if outer is not None:
                    return outer
                # "TALLAHASSEE — Rep. Jo Roe on Friday criticized the plan while praising ...":
                # the subject of the verb the cue hangs from, past the dateline read as it
                return named_subject(head, subject_past_dateline(head, child)) if child.dep_ == "nsubj" else child
            if child.dep_ == "poss" and head.pos_ in ("NOUN", "PROPN"):
                return child  # "Trump’s tweets accusing Machado": the tweets' author
        hung = subject_on_auxiliary(head)
        if hung is not None and cue.dep_ == "conj" and cue.head.i == head.i:
            return hung
    return None


# verbs of having something done to someone: "had Roe freed", "got the ban lifted"
_CAUSATIVE_VERBS = frozenset({"have", "get"})


def caused_passive(verb: Token) -> bool:
    """Whether ``verb`` is a bare past participle whose subject is the one something is done
    to, in a clause of "have" or "get" ("tried to have Roe freed by saying they forgave him",
    "got the charges dropped by arguing"): the parse makes Roe the participle's subject, but
    Roe is freed, not the one saying; the cue climbs on to the one who has it done. Issue 13
    (r22-desc): a relative's words were given to the person they were of."""
    return verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _CAUSATIVE_VERBS \
        and verb.head.i < verb.i and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def participle_read_as_finite(verb: Token) -> Token | None:
    """The "have"/"get" verb whose bare participle the parse read as a finite past tense: "Ora
    Lind had her partner Pim Sato detained, alleging ..." parsed as "had her partner" followed by
    "Pim Sato detained", with "detained" a conjunct or a second root and "Pim Sato" its subject.
    A finite verb cannot follow the object of "had" with no conjunction or punctuation between,
    so when the subject of a regular "-ed" form with no object or auxiliary of its own starts
    right after a "have"/"get" verb's object, the clause is that verb's caused passive
    (``caused_passive``) and the one who had it done is the speaker of a cue hanging from it.
    Issue 13 (round 23, a review item): the one arrested was given the accuser's words. Not
    across a line break (a headline or paragraph ending in an object is no "had X" clause)."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("conj", "ROOT") or not verb.lower_.endswith("ed") \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    edge = subject.left_edge.i
    # a line break before the subject ends the object's line: a heading or paragraph above
    # ("... had the last word" / "Pim Sato resigned") is no caused passive
    if edge == 0 or verb.doc[edge - 1].is_space or "\n" in verb.doc[edge - 1].whitespace_:
        return None
    # climb from the word just before the subject to the object it ends (the parse may have
    # cut the sentence there, so this walks the tree, not the sentence)
    word = verb.doc[edge - 1]
    while word.dep_ != "dobj" and word.head.i != word.i:
        word = word.head
    if word.dep_ == "dobj" and word.right_edge.i == edge - 1 and word.head.lemma_.lower() in _CAUSATIVE_VERBS:
        return word.head
    return None


def reason_phrase(word: Token) -> bool:
    """"tried to have Ferro banned for saying the referee was corrupt", "had her jailed over
    writing that ...", "got him fired after claiming ...": a phrase of "for", "over" or "after"
    (``[reason_prepositions]``) on the participle of a "have"/"get" clause gives why the one it is
    done to was punished, so the words are that one's and the cue does not climb on
    (``caused_passive``). "By saying" (the means) does climb."""
    return word.dep_ == "prep" and word.lower_ in data.words(CUES_FILE, "reason_prepositions")


def subject_on_auxiliary(verb: Token) -> Token | None:
    """The subject of a verb that the parse hung on the verb's auxiliary instead ("Ann Roe, who
    is by her own account relishing the job and is saying ...": "who" a child of "is"), when the
    verb has no subject of its own. A second predicate joined to that verb shares the subject
    as much as when the parse puts it on the verb, so a cue joined by "and" takes it."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for aux in verb.lefts:
        if aux.dep_ in ("aux", "auxpass"):
            subject = next((c for c in aux.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
            if any(c.dep_ == "expl" for c in aux.children):
                return None
    return None


def caused_speaker(cue: Token) -> Token | None:
    """"The leak of the memo led party chairman Tom Hale to announce he would step down": an
    infinitive cue after the object of a verb of making someone act (``[causing_verbs]``: lead,
    prompt, force) is that object's speech, not the subject's (the leak announced nothing). The
    object's head when it may speak (a name, people, a body: ``may_author``); None otherwise."""
    verb = cue.head
    if cue.dep_ != "xcomp" or verb.i == cue.i or verb.lemma_.lower() not in data.words(CUES_FILE, "causing_verbs") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i), None)
    return obj if obj is not None and may_author(obj) else None


def alleged_words(cue: Token) -> bool:
    """"Roe accused Tom Lee of saying the vote was rigged", "Lee was accused of saying ...": a
    gerund of saying after the "of" of a verb of accusing (``[accusing_verbs]``) tells what is
    alleged, not what anyone is on record as saying: neither the accuser (whose statement is the
    accusation) nor the accused is its speaker, and the words are no statement
    (``statements.find_statements`` drops them)."""
    prep = cue.head
    return cue.dep_ == "pcomp" and cue.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ == "of" \
        and prep.head.lemma_.lower() in data.words(CUES_FILE, "accusing_verbs")


def reporter_of_thing_clause(cue: Token, clause: Token, subject: Token) -> Token | None:
    """"Zed made clear that the visit was not political, saying ...": a participle of saying
    the parse hung on a "that" clause whose subject is a thing (a common noun naming no person,
    group, body or writing) says what the clause's reporter says, not the thing, which never
    speaks: the subject of the nearest verb above the clause (at most three steps up). None
    when the clause is no "that" clause, its subject may speak, or no verb above has a subject."""
    if cue.tag_ != "VBG" or subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or subject.ent_type_ \
            or speaking_noun(subject.lemma_.lower()) or subject.lemma_.lower() in WRITING_HEADS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    verb = clause
    for _ in range(3):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        outer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if outer is not None:
            return named_subject(verb, outer)
    return None


def published_author(verb: Token, cue: Token) -> Token | None:
    """"The journal Zorb published a report by a team from Eastland, saying ...", "The magazine
    printed a letter from forty scientists saying ...": a participle of saying hung on a verb of
    publishing (``[publishing_verbs]``) whose object is a writing with its author after "by" or
    "from" reports the writing's words, so its author speaks, not the body that only published
    it. A date ("by Friday"), a place ("from Brussels") or a thing is no author (``may_author``);
    a verb of its own ("published the report and said") is the publisher's."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "acl") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in PUBLISHING_VERBS:
        return None
    writing = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS), None)
    if writing is None:
        return None
    for holder in (writing, verb):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("by", "from") \
                    or holder is verb and prep.i < writing.i:
                continue
            author = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if author is not None and may_author(author):
                return author
    return None


def may_author(token: Token) -> bool:
    """Whether the word after "by" or "from" may be a writing's author: a person's or a body's
    name, or a noun of people, groups or bodies ("a team", "forty scientists"); not a date, a
    place or a thing ("from the scene")."""
    if token.pos_ == "PROPN":
        return token.ent_type_ in ("PERSON", "ORG", "NORP", "")
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and not token.ent_type_ \
        and (lemma in PERSON_NOUNS or lemma in GROUP_NOUNS or lemma in ORG_NOUNS or lemma in ROLE_WORDS)


# named-entity types of a name that may stand for a described speaker


def subject_after_date(cue: Token) -> Token | None:
    """"On Friday Ford Motor Company announced ...": with no comma after the date, the parse reads
    the date and the name that follows it as one object of "On", and the verb is left without a
    subject. The name is the subject when it is a named entity that runs from just after the
    date's words up to the cue."""
    if cue.pos_ != "VERB" or cue.i == 0:
        return None
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.i < cue.i), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.i != cue.i - 1 or obj.pos_ != "PROPN":
        return None
    ent = doc_index.entity_at(cue.doc, obj.i)
    if ent is None or ent.label_ not in SPEAKER_NAMES or ent.end != cue.i or ent.start <= prep.i + 1:
        return None
    dates = cue.doc[prep.i + 1:ent.start]
    return obj if all(t.ent_type_ in ("DATE", "TIME") for t in dates) else None


# nouns of people who may speak, read as a subject set off by an aside ("an aide, who ..., told"):
# ``speaking_noun``'s people and a cited source ("an informant"), but not its bodies (ORG_NOUNS:
# "the committee")
_ASIDE_SUBJECT_NOUNS = PERSON_NOUNS | PERSON_HEADS | GROUP_NOUNS | ROLE_WORDS | CITED_SOURCE_NOUNS


def subject_set_off_before_cue(cue: Token) -> Token | None:
    """"Ann Lee, asked about the fund, had said ...", "..., an aide, who asked not to be named,
    told reporters": an aside set off by commas between the subject and the cue, which the parse
    read as a clause of its own, leaving the main verb with no subject and the name hung elsewhere
    (an object, a "dep"). The subject is the named person or body, or the common noun, right
    before the aside's opening comma (a common noun only of one who may speak: "an aide", not
    "the meeting"), when its phrase opens the clause: at the sentence's start, after a closing
    quotation mark, or after a word opening a clause of time or cause (``_ADVERBIAL_MARKS``:
    "after", "when"; not "as", a role's). Only a main verb (or one the parse set beside the
    sentence's) with no subject nor agent of its own, nothing but auxiliaries between it and the
    closing comma (a negated cue is no claim), no quotation mark in the aside; a phrase after
    another word ("the mayor of Zorbia, Tom Hale, said") is no subject here, and a sentence with
    no source at all ("It was reported, weeks later, that ...") keeps none."""
    if cue.pos_ != "VERB" or cue.dep_ not in ("ROOT", "parataxis") or cue.tag_ not in ("VBD", "VBN", "VBZ"):
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in cue.children):
        return None
    doc, first = cue.doc, cue.sent.start
    close = cue.i - 1
    while close > first and doc[close].dep_ == "aux" and doc[close].head.i == cue.i:  # "never told": no claim
        close -= 1
    if close <= first or doc[close].text != ",":
        return None
    opening = next((j for j in range(close - 1, max(first, close - 30) - 1, -1) if doc[j].text == ","), None)
    if opening is None or opening - 1 < first or close - opening < 3:
        return None
    if any(t.text in _OPENING_MARKS or t.text in _CLOSING_MARKS for t in doc[opening:close]):
        return None
    head = doc[opening - 1]
    ent = doc_index.entity_at(doc, head.i)
    if ent is not None and ent.label_ in SPEAKER_NAMES and ent.end == opening:
        start = min([ent.start] + [c.left_edge.i for c in head.lefts])  # "Mr." outside the entity
    elif head.pos_ == "NOUN" and ent is None and head.lemma_.lower() in _ASIDE_SUBJECT_NOUNS:  # not "the meeting"
        start = min([head.i] + [c.left_edge.i for c in head.lefts])
    else:
        return None
    if start <= first:
        return head
    before = doc[start - 1]
    if before.text in _CLOSING_MARKS or before.lower_ in _ADVERBIAL_MARKS:  # "after", not "as" (a role)
        return head
    if before.text == "," and start - 2 >= first and doc[start - 2].text in _CLOSING_MARKS:
        return head
    return None


# the sections of statement_cues.txt whose verbs report something said, believed or found
_REPORTING = ("speech", "belief", "document", "directive", "finding")


def cue_word(token: Token, *sections: str) -> bool:
    """Whether a word's lemma is in one of these sections of the cue file."""
    lemma = token.lemma_.lower()
    return any(lemma in data.words(CUES_FILE, section) for section in sections)


def reports_words(verb: Token) -> bool:
    """Whether a verb reports words, a belief or a finding ("said", "recalled", "found")."""
    return cue_word(verb, *_REPORTING)


# demonstratives standing alone as a subject: a thing spoken of, never who speaks (the list the
# events' parties read too)
DEMONSTRATIVES = data.words("event_words.txt", "demonstratives")


def reported_clause_conjunct(cue: Token) -> Token | None:
    """"A judge agreed the book may have contained secrets but ruled that ...": a reporting verb
    the parse joined to the clause another verb reports, not to that verb. When that clause's own
    verb reports nothing and its subject is a thing (a common noun naming no person, group or
    body), the cue is the outer verb's second predicate and the outer verb's subject speaks; the
    thing never does, nor does a demonstrative standing for one ("the navy, who told reporters
    this was untrue and noted that ..."). A person in the clause ("said the minister resigned and
    blamed ...") may be the one who spoke, and is left to the climb below."""
    clause = cue.head
    if cue.dep_ != "conj" or clause.dep_ != "ccomp" or clause.i >= cue.i or clause.head.pos_ != "VERB":
        return None
    if any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    if reports_words(clause):
        return None
    inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    outer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if inner is None or outer is None:
        return None
    if not (inner.lower_ in DEMONSTRATIVES or inner.pos_ == "NOUN" and not inner.ent_type_
            and not speaking_noun(inner.lemma_.lower())) and not form_bars_inner_subject(cue, inner, outer):
        return None
    return named_subject(clause.head, outer)


# subjects a verb's plain present form ("claim", "say") takes beside a plural: "they" only, as "I",
# "we" and "you" are left to the first- and second-person rules ("We believe ... and say ..." kept
# its statement only there; review of r25-missing)
_PLAIN_FORM_PRONOUNS = frozenset({"they"})


def form_bars_inner_subject(cue: Token, inner: Token, outer: Token) -> bool:
    """Whether the cue's own form says the clause's subject cannot be its subject while the outer
    verb's can: "They claimed Roe was a guest and claim she ...", a plain present form
    with no auxiliary, joined to a tensed verb with none ("was"), which a singular noun ("Roe")
    never takes and "they" or a plural does.
    A person in the reported clause may otherwise have said the second thing ("said the minister
    resigned and blamed ..."), and the climb is left to judge."""
    if cue.tag_ not in ("VB", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in (*cue.children, *cue.head.children)):
        return False  # "said Roe could speak and say ...": the modal may be Roe's for both
    if cue.head.tag_ not in ("VBD", "VBZ"):
        return False
    if inner.tag_ not in ("NN", "NNP"):
        return False
    return outer.tag_ in ("NNS", "NNPS") or outer.lower_ in _PLAIN_FORM_PRONOUNS


def speaking_noun(lemma: str) -> bool:
    """A common noun that may name someone who speaks: a person, a group, a body, an office."""
    return lemma in PERSON_NOUNS or lemma in PERSON_HEADS or lemma in GROUP_NOUNS or lemma in ORG_NOUNS \
        or lemma in ROLE_WORDS


def takes_addressee(cue: Token) -> bool:
    """Whether the cue's object is whom the words were addressed to ("told Reuters", "warned the
    council"), not who spoke them (``[addressee]``)."""
    return cue.lemma_.lower() in data.words(CUES_FILE, "addressee")


def named_subject(cue: Token, subject: Token) -> Token:
    """The name a described subject is given right after it, with no comma: "television
    broadcaster PBS revealed" (the description's appositive name), "Early opponent MP Tanya
    Davies said" (read as two subjects, the second a name). Otherwise the subject itself (an
    appositive set off by commas, "The spokesman, Ali Reza, said", is the speaker passes' to read
    with the roles it gives), except after "one of" ("One of the groups, the SDF, said"), which
    gives no role but the name. (A description "named" so is the speaker passes' to read:
    names.named_by_participle.)"""
    people = officials_of_joined_places(cue, subject)
    if people is not None:
        return people
    if subject.pos_ == "PROPN" and subject.ent_type_:
        return subject
    for appos in subject.children:
        if appos.dep_ == "appos" and appos.left_edge.i == subject.i + 1 and appos.pos_ == "PROPN" \
                and appos.ent_type_ in SPEAKER_NAMES:
            return appos
    if subject.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        # "One of these groups, the Syrian Democratic Forces, said": the one is the name given it
        named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ in SPEAKER_NAMES
                      and c.pos_ == "PROPN"), None)
        if named is not None:
            return named
    # "Member of parliament (MP) Kevin Conolly said": the title's words and brackets, then the name
    described = subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and not subject.ent_type_ \
        and subject.right_edge.i > subject.i
    if not described:
        return subject
    later = [c for c in cue.children if c.dep_ == "nsubj" and c.i > subject.i and c.i < cue.i]
    if len(later) == 1 and later[0].pos_ == "PROPN" and later[0].ent_type_ in SPEAKER_NAMES \
            and (later[0].left_edge.i == subject.i + 1
                 or subject.right_edge.text == ")" and later[0].left_edge.i == subject.right_edge.i + 1) \
            and not any(t.text == "," for t in cue.doc[subject.i:later[0].left_edge.i]):
        return later[0]
    return subject


def officials_of_joined_places(cue: Token, subject: Token) -> Token | None:
    """"Zorbville and Zed Parish officials have said": the parse makes the first place a subject
    of its own and the officials, with the second place, another. The places only say whose
    officials speak; a place acts, it speaks only through its people, so the speaker is the
    plural noun of people that follows the place's "and" as a further subject of the cue (or
    the place's conjunct) with a place's name before it and no comma between. None when the
    subject is no such place."""
    if subject.ent_type_ != "GPE" or subject.dep_ != "nsubj" \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return None
    doc = cue.doc
    # the officials a further subject of the cue, or a conjunct of the place
    joined = [c for c in cue.children if c.dep_ == "nsubj"] \
        + [c for c in subject.children if c.dep_ == "conj"]
    for later in joined:
        if not subject.i < later.i < cue.i or later.tag_ != "NNS":
            continue
        noun = later.lemma_.lower()
        if noun not in PERSON_HEADS and noun not in ROLE_WORDS and noun not in GROUP_NOUNS:
            continue
        between = doc[subject.i + 1:later.i]
        # the name before the people a place's too, tagged so or headed by a place's kind
        # ("Britain and EU leaders": EU's leaders speak beside Britain)
        if any(t.is_punct for t in between) or not any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                       and (c.ent_type_ in ("GPE", "LOC")
                                                            or c.lower_ in PLACE_HEADS)
                                                       for c in later.children):
            continue
        return later
    return None


def _figure_after(verb: Token, end: int) -> int:
    """Where an object's content ends when the figure given comes after it: "estimated the
    population at just over one million" (a verb of ``statement_cues.txt [figure_at]``), "put the
    death toll at 32", "placed the count in the hundreds" (one of ``[figure_placing]``), the
    object alone ("the population") saying nothing. Else ``end``, the object's end."""
    phrase = figure_phrase(verb, end)
    return _subtree_range(phrase)[1] if phrase is not None else end


def figure_placed(verb: Token) -> tuple[int, int] | None:
    """"Officials put the death toll at 32": the object of a verb of ``statement_cues.txt
    [figure_placing]`` with the phrase after it that may give its figure (``figure_phrase``), as
    one content; whether it is a figure given is ``speech_acts.places_figure``'s to say."""
    if verb.lemma_.lower() not in data.words(CUES_FILE, "figure_placing"):
        return None
    obj = direct_object(verb)
    if obj is None:
        return None
    start, end = _subtree_range(obj)
    phrase = figure_phrase(verb, end)
    return (start, _subtree_range(phrase)[1]) if phrase is not None else (start, end)


def figure_phrase(verb: Token, end: int) -> Token | None:
    """The phrase after a verb's object (ending at ``end``) that may give its figure: "at" after a
    verb of ``[figure_at]`` or of ``[figure_placing]``, or "in" after one of ``[figure_placing]``
    ("placed the count in the hundreds"); None for other verbs. Whether it holds a number is the
    rule's to ask."""
    lemma = verb.lemma_.lower()
    placing = lemma in data.words(CUES_FILE, "figure_placing")
    if placing:
        preps: tuple[str, ...] = ("at", "in")
    elif lemma in data.words(CUES_FILE, "figure_at"):
        preps = ("at",)
    else:
        return None
    after = [c for c in verb.children if c.i >= end]
    # "put the cost in 2019 at $5 million": the "at" phrase gives the figure, "in" only without one
    for prep in preps:
        phrase = next((c for c in after if c.dep_ == "prep" and c.lower_ == prep), None)
        if phrase is not None:
            return phrase
    # "placed the storm 785 miles west of Zedland": where, by a distance
    return next((c for c in after if placing and c.dep_ == "advmod" and c.left_edge.i == end), None)


def figure_shown_after(verb: Token, end: int) -> int:
    """Where a writing's finding ends when what it says of the object follows it: "polls show
    Smith up by 10 points in Ohio", "the survey found the mayor with a lead of 48 percent" (a
    verb of ``statement_cues.txt [figures_shown]`` whose subject is a writing), the object alone
    ("Smith") saying nothing. The particle and the phrases after the object, up to the first
    word that is none of them; else ``end``."""
    if verb.lemma_.lower() not in data.words(CUES_FILE, "figures_shown"):
        return end
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not finds_figures(subject):
        return end
    for child in verb.children:
        if child.i < end:
            continue
        if child.i != end or child.dep_ not in ("prt", "prep"):
            break
        end = _subtree_range(child)[1]
    return end


def direct_object(verb: Token) -> Token | None:
    """The verb's first direct object after it ("reported no injuries": "injuries"), or None; the
    one place the rules of reported counts and superlatives (and ``stated_objects``) ask for it."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def superlative_given(verb: Token) -> tuple[Token, int] | None:
    """"The agency reported last week's flood the worst since 1998": what a verb of
    ``statement_cues.txt [reported_as]`` gives its object, a superlative ("the worst", "the
    company's weakest") straight after the object, which the parse hangs on the verb (as an
    adverbial noun, a second object or a predicate). The object and it are the claim that the
    object is so, as "reported the flood as the worst" is (``speech_acts.reports_as``). Only a
    superlative measured against a frame (``superlative_frame``: "since 1998", "ever", "on
    record", "in decades"): without one it may tell how or when the report was made ("reported
    the story the fastest of any paper", "reported the theft the earliest they could"), and never
    one of speed or time (``[reporting_superlatives]``: "reported the story the fastest
    ever", which tells of the report whatever the frame). The superlative and where its frame
    ends, no further: an addressee or a time of the report after it ("to the council", "on
    Friday") is no part of the claim. None when the verb has no such pair."""
    if verb.lemma_.lower() not in data.words(CUES_FILE, "reported_as"):
        return None
    obj = direct_object(verb)
    if obj is None:
        return None
    after = obj.right_edge.i + 1
    superlative = next((c for c in verb.children if c.i > obj.i and c.left_edge.i == after and c.tag_ == "JJS"
                        and c.dep_ in ("npadvmod", "dobj", "oprd", "attr", "advmod")
                        and any(d.dep_ in ("det", "poss") and d.i < c.i for d in c.children)), None)
    if superlative is None or superlative.lower_ in data.words(CUES_FILE, "reporting_superlatives"):
        return None
    frame = superlative_frame(verb, superlative)
    return None if frame is None else (superlative, frame[1])


def superlative_frame(verb: Token, superlative: Token) -> tuple[int, int] | None:
    """Where the frame a superlative is measured against ends (the superlative's own words
    included): a word of ``statement_cues.txt [superlative_frames]`` in the superlative's phrase
    ("the worst since 1998") or in the one phrase the parse hung on the verb right after it ("the
    strongest" + "ever", "the driest" + "in decades"). None when there is none, or when the
    superlative is of a group, "of" with a word of ``[superlative_groups]`` ("the fastest of any
    paper", "the earliest of all the provinces"):
    a rank among others who reported, not a claim about the object."""
    frames = data.words(CUES_FILE, "superlative_frames")
    groups = data.words(CUES_FILE, "superlative_groups")
    start, end = _subtree_range(superlative)
    phrases = [(start, end)]
    nxt = next((c for c in verb.children if c.i >= end), None)
    if nxt is not None and nxt.left_edge.i == end and nxt.dep_ in ("prep", "advmod", "npadvmod"):
        phrases.append(_subtree_range(nxt))
    doc = verb.doc
    for a, b in phrases:
        words = doc[a:b]
        if any(t.lower_ == "of" and any(d.lower_ in groups for d in t.subtree) for t in words):
            return None
    for a, b in phrases:
        if any(t.lower_ in frames for t in doc[a:b]):
            return start, b
    return None


def finds_figures(subject: Token) -> bool:
    """Whether the subject of "show" or "find" is a writing that may find a figure (a poll, a
    study, records: ``WRITING_HEADS``), not one that pictures what it shows ("the footage shows 3
    soldiers", ``statement_cues.txt [picturing_writings]``)."""
    lemma = subject.lemma_.lower()
    return lemma in WRITING_HEADS and lemma not in data.words(CUES_FILE, "picturing_writings")


def inverted_object(cue: Token) -> Token | None:
    """"It is not for the Court to opine, argued the government's lawyer, Richard Keen": a
    reporting verb set off after what it reports, with no subject of its own, whose speaker the
    parse read as its object. Taken only when that object is a person named in it (the name, its
    head or an appositive of it), and never for a verb whose object is the listener
    (``statement_cues.txt [addressee]``: "..., told Reuters")."""
    after_words = cue.dep_ in ("conj", "parataxis", "ccomp") and cue.head.i < cue.i or cue.dep_ == "ROOT" and any(
        c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)
    if cue.pos_ != "VERB" or not after_words:
        return None
    if any(c.dep_ in SUBJECTS for c in cue.children) or cue.i == 0 or cue.doc[cue.i - 1].text not in (",", "”", "\""):
        return None
    if takes_addressee(cue):
        return None
    obj = direct_object(cue)
    if obj is None:
        return None
    if obj.ent_type_ == "PERSON":
        return obj
    return next((c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


# doc.user_data slot of inverted_subject_hung_on_aside's answers: cue index -> name index or None
_INVERTED_SUBJECTS = "onrecord_inverted_subjects"


def inverted_subject_hung_on_aside(cue: Token) -> Token | None:
    """"“We will win,” said Jane Roe, half joking": a reporting verb set off after the quoted words
    it reports, with no subject of its own, whose inverted speaker the parse made the subject of the
    aside after it ("Roe ... joking"). Taken only when the very next words after the verb are a
    person's name (the whole name, nothing before it) and that name is the subject of a clause hung
    on the verb after it; a possessor ("said Jane Roe's lawyer, ...") or anything else before the
    name leaves the speaker to the other rules, and so does an aside that is no participle ("said
    Jane Roe, a member, told the Zorb Sun": a finite verb, the attribution written twice).
    Read once per cue and kept in the Doc's user_data (as ``doc_index`` keeps its views: the parse
    never changes after it is made): the speaker rule here, the statements' filter of the aside
    (``statements.aside_read_as_content``) and the resolver's exception to a borrowed subject
    (``speakers.borrowed_subject``) all ask it of the same cue."""
    answers: dict[int, int | None] = cue.doc.user_data.setdefault(_INVERTED_SUBJECTS, {})
    if cue.i not in answers:
        name = _inverted_subject_hung_on_aside(cue)
        answers[cue.i] = None if name is None else name.i
    found = answers[cue.i]
    return None if found is None else cue.doc[found]


def _inverted_subject_hung_on_aside(cue: Token) -> Token | None:
    """``inverted_subject_hung_on_aside``, read from the parse."""
    after_words = cue.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)
    if cue.pos_ != "VERB" or not after_words or cue.i + 1 >= len(cue.doc):
        return None
    if any(c.dep_ in SUBJECTS for c in cue.children) or cue.i == 0 \
            or cue.doc[cue.i - 1].text not in (",", "”", "\"", "''"):
        return None
    person = doc_index.entity_at(cue.doc, cue.i + 1)
    if person is None or person.label_ != "PERSON" or person.start != cue.i + 1:
        return None
    name, end = person[-1], person.end - 1
    if name.dep_ != "nsubj" or any(t.head.i != name.i for t in person[:-1]):
        return None
    aside = name.head
    if aside.i <= end or aside.head.i != cue.i or aside.dep_ not in ("ccomp", "advcl", "xcomp"):
        return None
    if aside.tag_ != "VBG":
        return None  # "..., said Jo Roe, a member, told the Zorb Sun": a finite verb, the attribution twice
    if end + 1 >= len(cue.doc) or cue.doc[end + 1].text != ",":
        return None
    return name


def quoted_person(cue: Token) -> Token | None:
    """"Politico quoted Tim Manning, a former official, as saying ...", "The BBC cited Budi Gunawan
    as saying ...": the words after "as saying" are the quoted person's (the object of a verb of
    ``statement_cues.txt [quoting]``), not the subject's, who only passes them on."""
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in data.words(CUES_FILE, "quoting"):
        # the parse may hang "as saying" on a verb further on; the quoting verb is the last one before it
        verbs = [t for t in cue.doc[cue.sent.start:prep.i] if t.pos_ == "VERB"]
        if not verbs or verbs[-1].lemma_.lower() not in data.words(CUES_FILE, "quoting"):
            return None
        verb = verbs[-1]
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)


def relayed_source(cue: Token) -> Token | None:
    """"“We stay,” the Zorb Herald reported, quoting a navy officer": "quoting" hung on an
    outlet's "reported" names whose words it only passes on; the words are the object's, when it
    may speak (``may_author``: a name, people, a body; not a writing nor a thing). Not after
    another cue: '"...," Roe said, quoting Lincoln' are Roe's words, whoever first said them.
    Not "citing": "The mayor quit, the Herald reported, citing two aides" is the Herald's report
    in its own words (the speaker table reads it so), as "the senator said, citing the budget
    office, ..." is the senator's."""
    if cue.lemma_.lower() != "report":
        return None
    for child in cue.children:
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.lemma_.lower() != "quote":
            continue
        obj = next((c for c in child.children if c.dep_ == "dobj"), None)
        if obj is not None and may_author(obj) and obj.lemma_.lower() not in WRITING_HEADS:
            return obj
    return None


def subject_read_as_reported_object(cue: Token) -> Token | None:
    """"Zorbnet later reported officials, following an inquiry, stated it was a melon": the parse
    makes "officials" the object of "reported" and hangs the cue, with no subject of its own, on
    "reported" as a conjunct or its clause ("Zorbnet reported its source said that ..."); the
    words are the officials', passed on by the outlet. Taken only
    when the object may speak (``may_author``; not a writing or a thing: "reported the crash and
    said") and no "and" or "or" joins the cue to the reporting verb: then the cue is the verb
    reported, not a second act of the outlet. Only when "reported" tells no one ("Neighbours
    reported Tom Roe to police, claimed he ...": Roe was reported, the neighbours claim) and its
    subject is an outlet, a body or a name (``press_reporter``; r19-fixspk)."""
    verb = cue.head
    if cue.dep_ not in ("conj", "dep", "ccomp") or verb.i >= cue.i or verb.lemma_.lower() != "report" \
            or any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children) or not press_reporter(verb):
        return None
    if any(c.dep_ == "cc" and verb.i < c.i < cue.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if obj is None or not may_author(obj) or obj.lemma_.lower() in WRITING_HEADS:
        return None
    return obj


def words_reported_of_object(cue: Token) -> tuple[int, int] | None:
    """What an outlet reports when the parse made the speaker it passes on the object of
    "reported": in "Zorbnet later reported officials, following an inquiry, stated it was a melon"
    the outlet reports that the officials stated so, as in "Zorbnet reported the mayor said ..."
    (two statements: the outlet's report and the officials' words, ``statements.relayed_report``).
    The officials' own statement is found through ``subject_read_as_reported_object``; this is
    the outlet's: the words from the object to the end of that verb's clause, when that verb is
    one of saying (``[speech]``) with a clause of its own. None otherwise."""
    if cue.lemma_.lower() != "report" or cue.pos_ != "VERB":
        return None
    for verb in cue.children:
        if verb.i < cue.i or not cue_word(verb, "speech") or not any(c.dep_ == "ccomp" for c in verb.children):
            continue
        obj = subject_read_as_reported_object(verb)
        if obj is not None:
            return obj.left_edge.i, verb.right_edge.i + 1
    return None


def press_reporter(verb: Token) -> bool:
    """Whether the subject of "reported" is one that reports news: a name (an outlet's, a
    body's, a person's) or a noun of the press or a body ("the agency", "the paper"), not
    people who report someone to the authorities ("neighbours", "residents")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.pos_ == "PROPN" or subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") \
        or subject.lemma_.lower() in MEDIA_NOUNS or subject.lemma_.lower() in ORG_NOUNS


def conjunct_read_as_subject(cue: Token, obj: Token) -> int | None:
    """Where the object ends when the parse joined the next clause's subject to it: in "Malawi
    confirmed its first infections and Zambia had its first death" the words after "and" are a
    clause of their own, a verb with a tense and no subject of its own just after "Zambia";
    "Zambia" is that verb's subject, not a second thing confirmed. None when the object has no
    such conjunct."""
    doc = cue.doc
    for conj in obj.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("NOUN", "PROPN"):
            continue
        after = conj.right_edge.i + 1
        if after >= len(doc) or doc[after].tag_ not in FINITE_TAGS:
            continue
        verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass") else doc[after]
        if verb.pos_ not in ("VERB", "AUX") or obj.left_edge.i <= verb.i <= obj.right_edge.i \
                or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        cc = next((c for c in obj.children if c.dep_ == "cc" and c.i < conj.i), None)
        cut = cc.i if cc is not None else conj.left_edge.i
        while cut > obj.i + 1 and doc[cut - 1].is_punct:
            cut -= 1
        return cut
    return None


def clause_read_as_second_object(cue: Token) -> tuple[int, int] | None:
    """"A source told them the mayor prepared for two hours": the parse may read the clause told
    as a second object of the verb of telling ("the mayor") with its verb, a past tense taken for
    a participle, a complement of the cue with no subject ("prepared" an xcomp or a ccomp), and so
    finds no clause told. After
    the addressee of a verb of telling (``[addressee]``) right after the cue, a second object
    followed at once by the cue's own "-ed" verb with no subject of its own is that clause's
    subject: the words from the object to the end of that verb's phrase. Issue 13 (r25-outlet):
    with no clause told, the outlet an "according to" cites was credited with its source's words."""
    if not takes_addressee(cue) or cue.pos_ != "VERB":
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if len(objects) != 2 or objects[0].left_edge.i != cue.i + 1 \
            or objects[1].left_edge.i != objects[0].right_edge.i + 1:
        return None
    subject = objects[1]
    verb = next((c for c in cue.children if c.dep_ in ("xcomp", "ccomp") and c.i == subject.right_edge.i + 1
                 and c.tag_ in ("VBN", "VBD") and c.lower_.endswith("ed")), None)
    if verb is None or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return subject.left_edge.i, verb.right_edge.i + 1


def clause_verb_read_apart(cue: Token) -> tuple[int, int] | None:
    """The clause a verb of saying reports when the parse cut its verb away from its subject:
    in "the board put out a statement saying a fire at the depot caused no injuries" it may read
    "a fire at the depot" as the object of "saying" and hang "caused" on "statement" with no
    subject (or join it, with no "and" before it, to the verb of the sentence), so no clause is
    found. The content runs from the object to the end of that verb's words when the cue says
    (``[speech]``) and tells no one (``[addressee]``: "told reporters"), has a tense or is a
    participle (an infinitive is speech to come) and has no complement of its own; its object
    is a noun or a name with no conjunct; and just after the object stands a verb with a tense
    and no subject of its own, hung on a noun, or on a verb as its adverbial clause or its
    conjunct, that is no host of the cue; a cue of a free relative ("whatever she charged the
    firm was ...": ``free_relative``) reports nothing there.
    None otherwise."""
    if cue.pos_ != "VERB" or cue.tag_ == "VB" or takes_addressee(cue) or not cue_word(cue, "speech") \
            or any(c.dep_ == "ccomp" for c in cue.children) or free_relative(cue):
        return None  # an infinitive is speech to come; a complement of its own is the clause
    obj = direct_object(cue)
    doc = cue.doc
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.right_edge.i + 1 >= len(doc) \
            or any(c.dep_ == "conj" for c in obj.children):
        return None  # "confirmed its first cases and Zambia had ...": conjunct_read_as_subject
    after = doc[obj.right_edge.i + 1]
    if after.tag_ not in FINITE_TAGS:
        return None
    verb = after.head if after.dep_ in ("aux", "auxpass") else after
    if verb.pos_ not in ("VERB", "AUX") or verb.i < after.i or obj.left_edge.i <= verb.i <= obj.right_edge.i \
            or verb in cue.ancestors or verb.dep_ not in ("acl", "advcl", "conj") \
            or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return obj.left_edge.i, verb.right_edge.i + 1


def free_relative(cue: Token) -> bool:
    """Whether a verb's subject opens a free relative ("whatever the firm billed the city was
    paid", "what the mayor charged them rose"): the clause names an amount or a thing, and the
    verb after it is the sentence's own, nothing the cue reports."""
    return any(c.dep_ in SUBJECTS and any(w.tag_ in ("WDT", "WP") and w.i < cue.i for w in c.subtree)
               for c in cue.children)


def says_on_its_own(child: Token) -> bool:
    """Whether a cue's adverbial clause is a second saying of the speaker's, not what the cue
    reports: in "She argued against the merger, adding that the board was not concerned" the
    board's concern is what "adding" reports, and "argued" reports the merger or nothing. A
    participle of a verb of saying, with no subject of its own."""
    return child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN") \
        and cue_word(child, "speech") \
        and not any(c.dep_ in SUBJECTS for c in child.children)


# parts of speech of no nominal: a subject the parse gave one of these names no one ("Of Zedco,
# Roe said": "Of"); a number, a determiner or an adjective may stand for people ("The two said",
# "Both said", "several said"), and so may an adverb's comparative or superlative ("Most said",
# "More said": ``subject_no_nominal``). A verb read as the subject is the resolver's to read
# through to its own subject ("Mrs. Roe, the likely nominee come November, proposed": "come")
NO_NOMINAL_POS = frozenset({"ADP", "ADV", "PART", "SCONJ", "CCONJ", "INTJ", "PUNCT", "SYM"})


def subject_no_nominal(subject: Token) -> bool:
    """Whether the word the parse made a verb's subject is no nominal and names no one: a word of
    ``NO_NOMINAL_POS`` outside any name the tagger found ("Of Zedco, Roe, who backs Lee, said":
    the topic's "Of"), or a degree word read as a participle's subject
    (``degree_read_as_subject``). A wrong name is worse than none: such a subject gives the cue
    no speaker, and no other subject is guessed in its place. Only a word that works as one: with
    an object of its own ("Of Zedco"), lowercase, or a mark; a capitalised word alone may be a
    surname the tagger took for a function word ("Oh said", "Till said", "Per said": review of
    r28-aside)."""
    function_word = subject.is_punct or subject.is_lower or any(c.dep_ in ("pobj", "pcomp") for c in subject.children)
    if subject.pos_ in NO_NOMINAL_POS and not subject.ent_type_ and subject.tag_ not in ("RBR", "RBS") \
            and function_word:
        return True
    return subject.dep_ == "nsubj" and degree_read_as_subject(subject.head)


def degree_read_as_subject(verb: Token) -> bool:
    """Whether the only subject the parse gave a participle is a lone number word or determiner
    right before it that tells how far, not who: in '"We will win," wrote Jane Roe, half
    joking' the joking is Roe's, half in earnest, and "half" is no one (the participle is then
    the host subject's, and says nothing of its own: ``participle_of_host_subject``). A share of
    people keeps its verb: one with words of its own ("Nearly half said ...", "half of them
    joking") or a participle with a complement ("with half saying they would vote for Roe")."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or subjects[0].i != verb.i - 1:
        return False
    degree = subjects[0]
    if degree.ent_type_ != "CARDINAL" and degree.pos_ not in ("NUM", "DET") or degree.n_lefts or degree.n_rights:
        return False
    return not any(c.dep_ in COMPLEMENTS or c.dep_ in CONTENT_DEPS or c.dep_ in ("parataxis", "prep")
                   for c in verb.children)


def participle_of_host_subject(cue: Token) -> bool:
    """Whether a cue set off after a clause is a participle whose subject is that clause's own:
    in "Ames remarked on the figures, noting weak sales" Ames notes, and what Ames remarked is no
    content of "noting" (the host clause holds the speaker and the cue). Unlike "The plan is
    dead, she said", such a cue has no subject and no tense (a degree word the parse read as its
    subject, "half joking", is none: ``degree_read_as_subject``)."""
    return cue.dep_ in ("advcl", "conj") and cue.tag_ in ("VBG", "VBN") \
        and (not any(c.dep_ in SUBJECTS for c in cue.children) or degree_read_as_subject(cue)) \
        and any(c.dep_ in SUBJECTS for c in cue.head.children)


def speakers_own_participle(cue: Token, start: int, end: int) -> int | None:
    """Where a content after its cue ends when a participle set off by a comma tells what the
    speaker did next: in 'He said that is a “fable,” describing the crew as skilled'
    and "said things would be settled by June, referring to the convention" the describing and
    the referring are the speaker's, not part of what was said. A participle with no subject of its
    own, of a verb of characterising or glossing (``[gloss_verbs]``), or of saying when it has a
    clause of its own ("noting that ..."): "said the plant was growing, adding 200 jobs" keeps
    the plant's deed. The index the content ends at, or None."""
    doc = cue.doc
    if start <= cue.i:
        return None
    tags = doc_index.tags(doc)  # the participles' tokens only: no Token made of every word
    for i in range(start + 1, min(end, len(doc))):
        if tags[i] != "VBG":
            continue
        tok = doc[i]
        if tok.dep_ not in ("advcl", "conj", "xcomp") and not participle_on_said_noun(cue, tok) \
                or tok.head == cue \
                or not doc[tok.i - 1].is_punct or doc[tok.i - 1].lower_ not in (",", "—", "–", "-", "”", "\"", "''") \
                or any(c.dep_ in SUBJECTS for c in tok.children):
            continue
        glosses = cue_word(tok, "characterise", "gloss_verbs")
        says = cue_word(tok, "speech") and any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
        if not (glosses or says):
            continue
        return _before_punctuation(doc, tok.i, start)
    return None


def participle_on_said_noun(cue: Token, tok: Token) -> bool:
    """Whether a participle the parse hung on the cue's object comes after that noun's own "that"
    clause: in "rejected the notion that the plan had failed, saying that ..." the noun has said
    all it says, and the saying is the speaker's next act, as a participle hung on the verb is
    (r21-found). A participle right after its noun ("a statement saying ...") is the noun's."""
    noun = tok.head
    return tok.dep_ == "acl" and noun.dep_ == "dobj" and noun.head == cue and any(
        c.dep_ in ("acl", "ccomp") and noun.i < c.i < tok.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                  for m in c.children)
        for c in noun.children)


def _before_punctuation(doc: Doc, cut: int, start: int) -> int:
    """A content's end moved back over the commas and dashes before ``cut`` (not a closing quote,
    which is part of the claim), never to ``start`` or before it."""
    while cut > start + 1 and doc[cut - 1].is_punct and not doc[cut - 1].is_quote:
        cut -= 1
    return cut


def narrators_gloss(cue: Token, start: int, end: int) -> int | None:
    """Where a content after its cue ends when the narrator glosses the claim in a phrase set off
    at its end: in "pledged that he would cut the rate to 6 percent — a goal the council reached
    in 2014" and "said she would stay in the race, a clear sign of her resolve" the goal and the
    sign are the writer's words about the claim. A phrase opened by "a" or "an" after a comma or
    a dash, running to the content's end, whose head is a noun of ``[gloss_nouns]``; a phrase
    that names a thing of the claim ("said the town hired a chief, a man from Leeds") stays.
    The index the content ends at, or None."""
    doc = cue.doc
    if start <= cue.i:
        return None
    gloss = data.words(CUES_FILE, "gloss_nouns")
    texts, places = doc_index.token_texts(doc), doc_index.lower_positions(doc)
    for i in _places_between(places, ("a", "an"), start + 2, min(end, len(doc))):
        if texts[i - 1] not in (",", "—", "–", "-", "--"):
            continue
        tok = doc[i]
        head = tok.head
        if head.pos_ != "NOUN" or head.lemma_.lower() not in gloss or head.left_edge.i < tok.i \
                or head.right_edge.i + 1 < end and not all(t.is_punct for t in doc[head.right_edge.i + 1:end]):
            continue
        return _before_punctuation(doc, tok.i, start)
    return None


def _places_between(places: dict[str, list[int]], words: tuple[str, ...], start: int, end: int) -> list[int]:
    """The indexes from ``start`` to ``end`` (exclusive) where one of ``words`` stands, in order,
    read by bisection from ``places`` (``doc_index.lower_positions``)."""
    found: list[int] = []
    for word in words:
        at = places.get(word, [])
        found += at[bisect_left(at, start):bisect_left(at, end)]
    return sorted(found) if len(words) > 1 else found


def words_after_set_off_cue(cue: Token, start: int, end: int) -> int:
    """Where the words a cue reports begin when the parse hung the cue before its host clause:
    in 'Asked about the plan, she said, “We will win.”' the host clause, read as the root, takes
    the whole sentence, but what she said is the quote after "she said,"; the speaker, the cue and
    the words before them are no part of it. Only before a quotation mark and after a participle
    of the speaker's ("Asked ...", "When pressed ...", "Speaking to ..."): in "But to avoid
    delays, he said, crews should start early" or 'In the hill villages, he said, “nobody
    can tell”' the words before the cue are said too."""
    doc = cue.doc
    i = max(start, cue.right_edge.i + 1)
    while i < end and (doc[i].is_punct and not doc[i].is_quote or doc[i].is_space):
        i += 1
    opening = doc[start + 1] if doc[start].lower_ in _ADVERBIAL_MARKS and start + 1 < end else doc[start]
    narrated = opening.tag_ in ("VBN", "VBG") and opening.dep_ == "advcl" \
        and not any(c.dep_ in SUBJECTS for c in opening.children)
    return i if narrated and i < end and doc[i].is_quote and doc[i].i > start else start


# words that open a clause of time, cause or condition, never a clause reported
_ADVERBIAL_MARKS = frozenset({"after", "before", "because", "since", "when", "while", "although", "though",
                              "if", "unless", "until", "once", "whereas"})


def adverbial_read_as_complement(cue: Token, clause: Token) -> bool:
    """Whether a clause before its cue, read as what the cue reports, is a clause of time, cause
    or condition: in "Dunne opposes the tax, but - after a court ruling made it legal - she urged
    residents to pay it" the ruling is no part of what she urged; a clause opened by "after",
    "because" or "if" tells when or why, where "The plan is dead, she said" reports."""
    return clause.dep_ == "ccomp" and clause.i < cue.i \
        and any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children)


def second_half_of_not_only(doc: Doc, start: int, end: int) -> int | None:
    """Where a content ends that holds the first half of "not only ..., but ...": in "indicating
    not only does the moon have an atmosphere, but the atmosphere holds water" the parse may hang
    the "but" clause on the sentence's verb; the claim is both halves, and a content cut after the
    first says less than, and other than, what was said. The end of the "but" clause, or None."""
    lowers, places = doc_index.lowers(doc), doc_index.lower_positions(doc)
    if not any(i + 1 < end and lowers[i + 1] == "only" for i in _places_between(places, ("not",), start, end)):
        return None
    i = end
    while i < len(doc) and doc[i].is_punct and doc[i].text in (",", "—"):
        i += 1
    if i >= len(doc) or doc[i].lower_ != "but" or doc[i].dep_ != "cc":
        return None
    second = next((c for c in doc[i].head.children if c.dep_ == "conj" and c.left_edge.i == i + 1), None)
    if second is None or second.sent != doc[start].sent:
        return None
    return second.right_edge.i + 1 if not doc[second.right_edge.i].is_punct else second.right_edge.i


def _verb_form(verb: Token) -> str:
    """The tag of a verb's tensed auxiliary, or of the verb when it has none: "would rebound"
    is MD, "praised" VBD, "chiding" VBG. A participle with a subject and no auxiliary is a past
    tense the tagger misread ("a man approached and attacked"): VBD."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if aux is None and verb.tag_ == "VBN" and any(c.dep_ in SUBJECTS for c in verb.children):
        return "VBD"
    return aux.tag_ if aux is not None else verb.tag_


def speakers_own_conjunct(cue: Token, clause: Token) -> int | None:
    """Where a reported clause ends when the parse joined to it the speaker's next verb: in
    "She forecast that the port would reopen and praised the mayor" the speaker praised, not the
    port. A verb joined to the clause's verb after a cue it follows, with no subject of its own,
    is the speaker's when it is a verb of saying, praising or urging with the cue's form and not
    the clause's ("said he would try and insisted that ...", "stating there was a benefit and
    criticising the media"), or a verb of saying whose speaker the clause's subject, a thing,
    cannot be, with a clause of its own ("said the plan is dead and says she will fight",
    ``reported_clause_conjunct``; not a passive, "said the strike was a violation and would be
    answered", nor "reported the attacker left and continued to attack"); a
    verb of another kind ("said she could not go but understood why")
    or of the clause's own form ("said the town grew and insisted on ...") stays in the claim, and
    so does all of a clause before its cue ("Firemen were shutting the bridge and asking drivers to
    take the ferry, the radio reported"). The index the content ends at, or None."""
    if clause.i < cue.i:
        return None
    doc = cue.doc
    cue_form = _verb_form(cue)
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in SUBJECTS for c in conj.children):
            continue
        tensed_as_cue = _verb_form(conj) == cue_form != _verb_form(clause) \
            and cue_word(conj, *_SPEAKERS_OWN_VERBS)
        if not tensed_as_cue and (not cue_word(conj, "speech")
                                  or any(c.dep_ == "auxpass" for c in conj.children)
                                  or not any(c.dep_ == "ccomp" for c in conj.children)
                                  or reported_clause_conjunct(conj) is None):
            continue
        cc = next((c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < conj.i), None)
        cut = cc.i if cc is not None else conj.left_edge.i
        while cut > clause.i + 1 and doc[cut - 1].is_punct:
            cut -= 1
        return cut
    return None


def clause_conjunct_read_on_cue(cue: Token, clause: Token) -> int | None:
    """Where a reported clause ends when the parse joined its second verb to the cue: in "Lee
    pledged that the mayor is in favor of parks, but wants smaller ones" the mayor wants, with the
    tense of the clause ("is ... wants") and not of the cue ("pledged"). A verb joined to the cue
    right after the clause, with no subject of its own, with the clause's tense and not the cue's,
    and no verb of saying ("said the plan is dead and says he will fight" is two sayings). The
    index the content ends at, or None."""
    if clause.i < cue.i:
        return None
    doc = cue.doc
    clause_form = _verb_form(clause)
    if clause_form not in FINITE_TAGS or clause_form == _verb_form(cue):
        return None
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        between = doc[clause.right_edge.i + 1:conj.left_edge.i]
        if _verb_form(conj) != clause_form or any(c.dep_ in SUBJECTS for c in conj.children) \
                or not all(t.is_punct or t.dep_ == "cc" for t in between) \
                or cue_word(conj, *_SPEAKERS_OWN_VERBS):
            return None
        return conj.right_edge.i + 1
    return None


def that_clause_conjunct_on_cue(cue: Token, clause: Token) -> int | None:
    """Where a reported clause ends when a second "that" clause of the same cue follows it: in
    "The senator said the city needs more teachers, but that he would not back a new tax" the
    parse may hang the second clause on "said" as a conjunct of the cue, and the content stops at
    the comma, leaving what was said after "but that". A verb joined to the cue right after the
    clause (only a comma and "and", "but" or "or" between), opened by "that" and with a subject of
    its own, is a second complement of the cue: nothing but a reported clause opens with "that"
    there, so the content runs to its end. The index the content ends at, or None."""
    if clause.i < cue.i:
        return None
    doc = cue.doc
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        opener = conj.left_edge
        if opener.lower_ != "that" or opener.dep_ != "mark" or opener.head.i != conj.i \
                or not has_own_subject(conj) or clause_as_subject(conj):
            return None
        between = doc[clause.right_edge.i + 1:opener.i]
        if not all(t.is_punct and t.text in CLAUSE_JOINERS or t.dep_ == "cc" and t.lower_ in _CLAUSE_CCS
                   for t in between):
            return None
        end = conj.right_edge.i + 1
        while end > conj.i + 1 and doc[end - 1].is_space:
            end -= 1  # the paragraph break the parse hung on the clause's last word
        return end
    return None


def clause_as_subject(verb: Token) -> bool:
    """Whether the "that" clause of ``verb`` is the subject of a verb after it, in "..., but that
    Dorn disputed the figures was clear from his letter": the clause is a fact the reporter
    comments on, and the parse, reading no clause as a subject, may hang "was" under "disputed".
    So when a word of ``[fact_predicates]`` in its subtree completes a finite verb after
    ``verb`` ("was clear", "was a surprise", "came as no surprise", "went unmentioned": only
    articles, adverbs and "as" between), or the parse marks a clause as a subject there."""
    facts = data.words(CUES_FILE, "fact_predicates")
    doc = verb.doc
    for t in verb.subtree:
        if t.dep_ in ("csubj", "csubjpass"):
            return True
        if t.i > verb.i and (t.lower_ in facts or t.lemma_.lower() in facts):
            # back over "a", "no", "quite", "as" to the verb it completes
            k = t.i - 1
            while k > verb.i and (doc[k].pos_ in ("DET", "ADV") or doc[k].lower_ == "as"):
                k -= 1
            if k > verb.i and doc[k].tag_ in FINITE_TAGS:
                return True
    return False


# what joins a second "that" clause to the first
_CLAUSE_CCS = frozenset({"and", "but", "or"})


# the kinds of verb that, joined to a reported clause, are more of the speaker's saying
_SPEAKERS_OWN_VERBS = ("speech", "characterise", "directive", "comment_verbs")


def _subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


# the readers of a content a cue's own words mark out (a characterisation, a passive "was told",
# a contest called, a set-off clause, "made clear", a figure placed, a clause denied after it), in
# the order their
# candidates are listed
_CONTENT_READERS: tuple[tuple[str, Callable[[Token], tuple[int, int] | None]], ...] = (
    ("characterise", _characterisation), ("announced", _told_in_passive), ("called_for", contest_called),
    ("set_off", set_off_cue), ("made_clear", made_clear), ("figure_placed", figure_placed),
    ("denied_before", denied_clause_before), ("ccomp", clause_read_on_setting), ("ccomp", clause_verb_read_apart),
    ("ccomp", clause_read_on_as_phrase),
    ("ccomp", words_reported_of_object), ("ccomp", clause_read_as_second_object))
