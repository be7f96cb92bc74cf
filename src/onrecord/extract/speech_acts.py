"""What a statement is: a cue of the right class with content of a shape that class allows.

onrecord keeps what someone said, believed or published, not what they did. A candidate
attribution read off the parse (``candidates.py``) is a statement only when:

- its cue is a speech act, a belief, what a document states, a demand, promise or threat, a
  characterisation, or a noun that carries a statement ("a statement saying"), as listed in
  ``data/statement_cues.txt``;
- its content has a shape that class allows: a clause ("said that the talks failed"), the clause
  a parenthetical cue interrupts ("The plan, she said, is dead"), the rest of an "according to"
  sentence; for demands, promises and threats also the object or the infinitive ("called for
  the release of the two men", "vowed to retaliate"); for an accusation what is alleged
  ("accused the minister of lying"); for a characterisation the object and what it is called,
  together ("called the charges unsubstantiated");
- a belief has a holder: "Cows are considered sacred" says nobody believes anything;
- the cue is not denied ("did not say that ...") nor, for a request, passive ("was asked to").

Praise or blame that names only a target ("attacked Trump for the tweet"), talk about a topic
("spoke about the economy") and a characterisation cut to its target ("called the race") are not
statements. See docs/statements.md.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.extract import doc_index
from onrecord.extract.candidates import (
    FINITE_TAGS,
    SUBJECTS,
    Candidate,
    clause_read_as_second_object,
    clause_read_on_as_phrase,
    clause_verb_read_apart,
    contest_object,
    direct_object,
    figure_phrase,
    finds_figures,
    gerund_subject_read_as_complement,
    participle_of_host_subject,
    speaking_noun,
    subject_read_as_object,
    superlative_given,
    takes_addressee,
    words_reported_of_object,
)
from onrecord.extract.speakers import words
from onrecord.extract.speakers.words import SPEAKER_NAMES

CUES_FILE = "statement_cues.txt"
CLASSES = ("speech", "belief", "document", "directive", "object", "noun", "finding")
# how a clause hangs off a cue: a complement, a parenthetical's host clause, "according to"
CLAUSE_RELATIONS = frozenset({"ccomp", "head"})
# a quotation this short with no clause is a label; longer ones are kept, as PolNeAR keeps them
LABEL_WORDS = 2
# what sets a parenthetical reporting clause off from the words it reports
SETTING_OFF = frozenset({",", "—", "–", "(", ":", "-", "”", "\"", "’", "'"})
# words that open a relative clause when they are one of its words, not a complementizer
RELATIVE_WORDS = frozenset({"which", "whom", "that"})
# a noun cue's clause hangs off it as a relative or complement clause: "the claim that ..."
NOUN_RELATIONS = frozenset({"acl", "ccomp"})


@cache
def cue_classes(lemma: str) -> frozenset[str]:
    """The classes of ``statement_cues.txt`` that list ``lemma`` (lowercased)."""
    return frozenset(section for section in CLASSES if lemma in data.words(CUES_FILE, section))


def is_statement(cand: Candidate) -> bool:
    """Whether a candidate attribution is a statement in the sense above."""
    lemma = cand.cue.lemma_.lower()
    if cand.relation == "according":
        return has_verb(cand) and not _predicate_only(cand)
    if cand.relation == "characterise":
        return cand.source is not None and lemma in data.words(CUES_FILE, "characterise") and not is_relative(cand.cue)
    if cand.relation == "announced":
        return announced_by(cand)
    classes = cue_classes(lemma)
    if cand.relation == "said_of":
        return said_of_noun(cand, classes)
    if cand.relation == "called_for":
        return calls_contest(cand)
    if cand.relation == "set_off":
        return set_off_statement(cand)
    if cand.relation == "made_clear":
        return makes_clear(cand)
    if cand.relation == "figure_placed":
        return places_figure(cand)
    if cand.relation == "denied_before":
        return denies_clause_before(cand)
    if not_made(cand) or (is_question(cand) and ("finding" not in classes or shown_by_a_deed(cand, classes))):
        return False
    if not classes:
        return False
    if cand.cue.pos_ == "NOUN":
        # "a statement saying ..." is the verb's statement; the noun's own clause needs a subject
        return "noun" in classes and cand.relation in NOUN_RELATIONS \
            and has_subject(cand.cue.doc, cand.start, cand.end) and not unowned_noun(cand.cue)
    if classes <= {"noun"}:
        return False
    if "belief" in classes and not classes & {"speech", "document"} and not has_holder(cand):
        return False
    if cand.relation == "head" and not is_parenthetical(cand.cue):
        return False
    if cand.relation in CLAUSE_RELATIONS and cand.end <= cand.cue.i and is_relative(cand.cue):
        return False  # "The spray is made of silicone, that Wang described as ...": no report of it
    if cand.relation == "ccomp" and cand.end <= cand.cue.i and has_own_object(cand):
        return False
    if cand.relation in CLAUSE_RELATIONS:
        doc = cand.cue.doc
        subject = has_subject(doc, cand.start, cand.end) or cand.relation == "ccomp" and any(
            c.dep_ == "ccomp" and subject_read_as_object(cand.cue, c) == cand.start for c in cand.cue.children) \
            or clause_verb_read_apart(cand.cue) == (cand.start, cand.end) \
            or clause_read_on_as_phrase(cand.cue) == (cand.start, cand.end) \
            or words_reported_of_object(cand.cue) == (cand.start, cand.end) \
            or clause_read_as_second_object(cand.cue) == (cand.start, cand.end) \
            or cand.relation == "ccomp" and any(c.i == cand.start and gerund_subject_read_as_complement(cand.cue, c)
                                                for c in cand.cue.children)
        return has_verb(cand) and subject and not _frames_itself(cand)
    if cand.relation == "xcomp":
        if is_passive(cand.cue):
            return False
        return "directive" in classes and cand.source is not None or lemma == "tell" or claims_to(cand) \
            or tells_own_deed(cand)
    if cand.relation == "prep:for":
        # a call needs a caller: a passive "was called for" says nobody called
        # "called the election for Biden" is who won (calls_contest), and "called a special
        # election for the 5th District" sets one: neither is a demand for what follows "for"
        return lemma in data.words(CUES_FILE, "calls_for") and cand.source is not None \
            and contest_object(cand.cue) is None
    if cand.relation == "dobj":
        return "object" in classes or (lemma == "accuse" and cand.source is not None and _alleges(cand)) \
            or reports_figure(cand) or shows_figure(cand) or claims_responsibility(cand) or announces_event(cand) \
            or says_clause_as_object(cand) or reports_superlative(cand)
    if cand.relation == "advcl":
        # "tweeted that Machado was ...", the complement read as an adverbial clause
        doc = cand.cue.doc
        opens = doc[cand.start - 1:cand.start + 1] if cand.start > 0 else doc[cand.start:cand.start + 1]
        return "speech" in classes and any(t.lower_ == "that" for t in opens) and has_verb(cand) \
            and has_subject(doc, cand.start, cand.end)
    # "accused the minister of lying"; a passive "accused of crimes" says nobody accused anyone
    return lemma == "accuse" and cand.relation == "prep:of" and cand.source is not None


def makes_clear(cand: Candidate) -> bool:
    """"Roe made it clear that ..." (``candidates.made_clear``) states the clause when its subject
    may speak (a name, a pronoun, a person, body, group or document: "The storm made it clear that
    the town needed a wall" is no one's words), is not denied or only planned ("did not make
    clear", "wants to make clear"), and the clause has a subject and a verb."""
    source = cand.source
    return source is not None and (gives_figures(source) or speaking_noun(source.lemma_.lower())) \
        and not is_unrealised(cand.cue) and not is_negated(cand.cue) \
        and has_verb(cand) and has_subject(cand.cue.doc, cand.start, cand.end)


def unowned_noun(noun: Token) -> bool:
    """A noun of ``statement_cues.txt [owned_nouns]`` with no owner of its own before it ("the
    suggestion that she was responsible", not "Pell's suggestion that ..."): whose words these are
    the sentence does not say, and its subject, who may be rejecting them, is not their speaker."""
    return noun.lemma_.lower() in data.words(CUES_FILE, "owned_nouns") and not any(
        c.dep_ == "poss" for c in noun.children)


def said_of_noun(cand: Candidate, classes: frozenset[str]) -> bool:
    """"the response, which Politico reported left experts disappointed"
    (``candidates.said_of_antecedent``): a statement when the cue says, believes or a document
    states, is neither denied nor unrealised, the reported clause has a verb, and the noun is
    still there once the content is clipped to its clause."""
    if not classes & {"speech", "belief", "document"} or cand.source is None:
        return False
    if not_made(cand):
        return False
    doc = cand.cue.doc
    if doc[cand.start].lower_ in words.RELATIVE_PRONOUNS:
        return False  # the noun cut off ("...; which they note is ..."): what is said of it is lost
    return any(t.pos_ in ("VERB", "AUX") and t.i > cand.cue.i for t in doc[cand.start:cand.end])


def calls_contest(cand: Candidate) -> bool:
    """"The AP called the election for Biden" (``candidates.contest_called``): a declaration of
    who won, by a subject who may speak (a name, a pronoun, a body), neither passive ("the race
    was called for Biden" names nobody), denied nor unrealised."""
    if cand.source is None or not gives_figures(cand.source) or is_passive(cand.cue):
        return False
    return not not_made(cand)


# named-entity types of a number that is a figure given, not a date or a rank
FIGURE_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def reports_figure(cand: Candidate) -> bool:
    """A body or person giving a figure: "The committee reports sixteen journalist deaths",
    "the WHO reported 1,051,635 confirmed cases", "estimated the cost at $5 million" (the object
    of a cue of ``[figures]`` holding a number). What the figure counts is the claim. Without a
    number the object is what was reported on ("reported the incident to police"), and a date is
    no figure ("reported the attack on May 5"); a passive ("was reported") names nobody."""
    if cand.source is None or cand.cue.lemma_.lower() not in data.words(CUES_FILE, "figures"):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cand.cue.children):
        return False
    if not gives_figures(cand.source):
        return False
    return any(_is_figure(t) for t in cand.cue.doc[cand.start:cand.end]) or counts_none(cand)


def reports_superlative(cand: Candidate) -> bool:
    """"The agency reported last week's flood the worst since 1998": the object of a verb of
    ``[reported_as]`` with a superlative given it (``candidates.superlative_given``) is the claim
    that the object is so, the object and the superlative read as one content. The object alone
    ("reported the flood") is what was reported on. A subject who may give figures (a name, a
    pronoun, a body or a writing), no passive, not denied."""
    if cand.source is None or not gives_figures(cand.source) or is_passive(cand.cue) or not_made(cand):
        return False
    if asked_of(cand.cue):
        return False
    given = superlative_given(cand.cue)
    obj = direct_object(cand.cue)
    if given is None or obj is None:
        return False
    return cand.start == obj.left_edge.i and cand.end >= given[0].right_edge.i + 1


def counts_none(cand: Candidate) -> bool:
    """"Firefighters reported no injuries", "the agency reported no arrests yet": an object whose
    own determiner is "no" gives a count of nought, the claim that there were none, as "reported
    three injuries" gives three. Only the object's own determiner: a "no" further in ("reported the
    fire with no delay", "reported the theft of no less than ...") is not what the object counts.
    The rest of ``reports_figure`` (a verb of ``[figures]``, a subject who may give figures, no
    passive) still holds. Not of a noun that names the report itself (``statement_cues.txt
    [report_nouns]``: "reported no figures for March" is a report not made), nor asked
    (``asked_of``: "why did police report no injuries?")."""
    obj = direct_object(cand.cue)
    if obj is None or not cand.start <= obj.i < cand.end:
        return False
    report_nouns = data.words(CUES_FILE, "report_nouns")
    if obj.lemma_.lower() in report_nouns or obj.lower_ in report_nouns:
        return False
    if asked_of(cand.cue):
        return False
    dets = [c for c in obj.children if c.dep_ == "det" and c.i < obj.i]
    return len(dets) == 1 and dets[0].lower_ == "no" and dets[0].i == obj.left_edge.i


def asked_of(cue: Token) -> bool:
    """"Why did police report no injuries?", "Did police report the flood the worst since
    1998?": a verb whose own clause closes with a question mark is asked about, not said; what
    its object would claim is nobody's claim."""
    return any(c.dep_ == "punct" and c.text == "?" and c.i > cue.i for c in cue.children)


def denies_clause_before(cand: Candidate) -> bool:
    """"Roe was accused of taking bribes, which he denied" (``candidates.denied_clause_before``):
    the denial (or admission) of what the clause before says, by a subject who may speak, not
    itself denied ("which he did not deny") nor only planned ("which he wants to dispute")."""
    source = cand.source
    return source is not None and (gives_figures(source) or speaking_noun(source.lemma_.lower())) \
        and not not_made(cand) and not denied_by_subject(cand)


@cache
def time_openers() -> frozenset[str]:
    """The subordinators of time whose clause before a quotation claims nothing
    (``[time_openers]``, ``statements.circumstance_before_quote``)."""
    return frozenset(data.words(CUES_FILE, "time_openers"))


def places_figure(cand: Candidate) -> bool:
    """"Officials put the death toll at 32", "the agency has placed the count in the hundreds", "a
    poll put her support at 5 percent": a verb of ``[figure_placing]`` whose object is given a
    figure in the phrase after it (an "at" or "in" phrase, or a distance, on the verb or the
    object) gives that figure, as "estimated the cost at" does. A writing may put anything at a
    figure; a name, a pronoun or a body only a measure of ``[placed_measures]`` (a toll, a count, a
    cost), since "put 300 troops in the field" and "placed the vase on the shelf" are acts. The
    number must be in that phrase, not in the object; a passive names nobody."""
    if cand.source is None or cand.cue.lemma_.lower() not in data.words(CUES_FILE, "figure_placing"):
        return False
    if is_passive(cand.cue) or not_made(cand) or denied_by_subject(cand):
        return False
    obj = next((c for c in cand.cue.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if not finds_figures(cand.source) and not (
            gives_figures(cand.source) and obj.lemma_.lower() in data.words(CUES_FILE, "placed_measures")):
        return False
    end = obj.right_edge.i + 1
    phrases = [figure_phrase(cand.cue, end)] + [c for c in obj.children if c.i > obj.i and c.dep_ == "prep"
                                                and c.lower_ in ("at", "in")]
    return any(p is not None and any(_is_figure(t) for t in p.subtree) for p in phrases)


def shows_figure(cand: Candidate) -> bool:
    """A writing's finding given as a figure: "polls show a 56% approval rating", "the survey
    found the mayor with a lead of 48 percent", "polls show Smith up by 10 points" (the object
    of a verb of ``[figures_shown]``, with what follows it, ``candidates.figure_shown_after``,
    holding a number). Only a writing's: a person who shows or finds a thing with a number in it
    acts ("the guide showed us 20 paintings"); a passive names nobody."""
    if cand.source is None or cand.cue.lemma_.lower() not in data.words(CUES_FILE, "figures_shown"):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cand.cue.children):
        return False
    if not finds_figures(cand.source):
        return False  # "the footage shows 3 soldiers": what it pictures
    return any(_is_figure(t) for t in cand.cue.doc[cand.start:cand.end])


def _is_figure(tok: Token) -> bool:
    """A number that is a count, an amount or a share: not a date, a time, a rank or a year."""
    if tok.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        return False
    if tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100:
        return False  # "the total 2020 population": a year, whatever the parse calls it
    return tok.ent_type_ in FIGURE_ENTS or tok.like_num


def gives_figures(source: Token) -> bool:
    """Whether the subject of a figure can be one who gives it: a name, a pronoun, or a body,
    group or document ("the agency", "organizers", "the survey"); not a thing that merely has
    a measure ("The inner star has estimated mass of 6.3")."""
    if source.ent_type_ in SPEAKER_NAMES or source.pos_ == "PRON":
        return True
    lemma = source.lemma_.lower()
    return lemma in words.ORG_NOUNS or lemma in words.GROUP_NOUNS or lemma in words.DOCUMENT_NOUNS


def denied_by_subject(cand: Candidate) -> bool:
    """A claim said not to have been made by no one: "No group claimed responsibility" (a negated
    cue, "did not claim", is no statement before any rule of this module is asked). ``is_statement``
    asks it before every rule, so the rules need not ask it again."""
    return cand.source is not None and (denying_determiner(cand.source) or negated_subject(cand.source))


def denying_determiner(source: Token) -> bool:
    """Whether a subject is denied by its determiner: "No group", "Neither side". A "No" after
    another determiner names something ("The No campaign said", a referendum's side)."""
    dets = [c for c in source.children if c.dep_ in ("det", "poss")]
    return any(c.lower_ in ("no", "neither") and not any(d.i < c.i for d in dets) for c in dets)


# words after "not" that add to a subject rather than deny it: "not only the mayor", "not least"
_NOT_DENYING = data.words(CUES_FILE, "not_denying_words")


def negated_subject(source: Token) -> bool:
    """A subject that says nobody, or not all, held the words: "Not everyone agreed there should be
    another vote", "Nobody claimed ...", "None of them said ...". What follows is no one's claim
    (and "not all" leaves unsaid who did hold it). "Not only the mayor said ..." adds a speaker."""
    if source.lower_ in ("nobody", "none"):
        return True
    doc = source.doc
    return any(c.dep_ == "neg" and c.i < source.i and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in _NOT_DENYING)
               for c in source.children)


def claims_responsibility(cand: Candidate) -> bool:
    """"The group claimed responsibility for the attacks": a claim that they carried them out,
    whoever the subject is; the object (``[claimed_objects]``: responsibility, credit) is what
    makes "claim" a speech act here, not a demand for something ("claimed the land")."""
    if cand.source is None or cand.cue.lemma_.lower() not in data.words(CUES_FILE, "claims"):
        return False
    obj = next((c for c in cand.cue.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in data.words(CUES_FILE, "claimed_objects")


def announces_event(cand: Candidate) -> bool:
    """"Roscosmos announced the death of cosmonaut Alexei Leonov": a verb of ``[announcing]``
    whose object names an event of ``[announced_events]`` (a death, a resignation) states that it
    happened. Other objects ("announced a new phone", "confirmed the judges") are acts or topics."""
    if cand.source is None or cand.cue.lemma_.lower() not in data.words(CUES_FILE, "announcing"):
        return False
    obj = next((c for c in cand.cue.children if c.dep_ == "dobj"), None)
    return obj is not None and names_announced_event(obj)


def names_announced_event(noun: Token) -> bool:
    """Whether a noun names an event of ``[announced_events]`` (a death, a resignation); one of
    ``[counted_events]`` (a case, an infection) only when counted as one of a disease: a bare
    noun after its "of" ("a case of measles", not "the case of the missing ring"), or a number or a
    word of ``[counting_words]`` before it ("its first infections", "12 new cases"). "Announced
    the case against the mayor" is a court's case."""
    lemma = noun.lemma_.lower()
    if lemma not in data.words(CUES_FILE, "announced_events"):
        return False
    if lemma not in data.words(CUES_FILE, "counted_events"):
        return True
    for child in noun.children:
        if child.i < noun.i and (child.dep_ == "nummod" or child.like_num
                                 or child.lower_ in data.words(CUES_FILE, "counting_words")):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ != "PERSON" \
                    and not any(c.dep_ in ("det", "poss") for c in obj.children):
                return True
    return False


def announced_by(cand: Candidate) -> bool:
    """"The death of the poet was announced on Friday by the university": an event of
    ``[announced_events]`` (a death, a resignation) that a verb of ``[announcing]`` says in the
    passive was announced, by the agent it names, is that agent's statement that it happened, as
    the object of the active verb is (``announces_event``). A passive with no agent names no one."""
    if cand.source is None or cand.cue.lemma_.lower() not in data.words(CUES_FILE, "announcing"):
        return False
    if is_negated(cand.cue) or is_unrealised(cand.cue):
        return False
    subject = next((c for c in cand.cue.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and names_announced_event(subject)


def claims_to(cand: Candidate) -> bool:
    """"Azerbaijan claimed to have killed 2,300 soldiers", "West claimed to be in communication
    with Kushner": the infinitive of a verb of ``[claims]`` is what its subject claims of itself.
    It needs that subject: "is claimed to be" says nobody claimed it (a passive cue is no
    statement before this rule is asked)."""
    return cand.source is not None and cand.cue.lemma_.lower() in data.words(CUES_FILE, "claims")


def tells_own_deed(cand: Candidate) -> bool:
    """"The official admitted taking bribes", "He denied having any contact with the group": the gerund
    of a verb of ``[gerund]`` is what its subject says it did. It needs that subject, and a gerund
    with words of its own: "recalled to testify" is no deed told."""
    doc = cand.cue.doc
    if cand.source is None or cand.cue.lemma_.lower() not in data.words(CUES_FILE, "gerund"):
        return False
    # 'recalls realizing “oh, ...”': a gerund cut off by a quotation says nothing by itself
    return doc[cand.start].tag_ == "VBG" and any(not t.is_punct for t in doc[cand.start + 1:cand.end])


def says_clause_as_object(cand: Candidate) -> bool:
    """"Conolly said a law allowing X marked a sad day": the parse made the reported clause's
    subject the object of "said" and hung its verb inside that object. What "said" takes is a
    clause when a finite verb with a subject of its own stands in the object after its head,
    reached by no relative clause ("said a prayer for those who died" says no clause)."""
    doc = cand.cue.doc
    if cand.source is None or cand.cue.lemma_.lower() != "say":
        return False
    obj = next((t for t in doc[cand.start:cand.end] if t.head.i == cand.cue.i and t.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    for verb in doc[obj.i + 1:cand.end]:
        if verb.tag_ not in FINITE_TAGS or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ccomp", "conj"):
            continue
        path = [verb, *verb.ancestors]
        below = path[:next(k for k, t in enumerate(path) if t.i == obj.i)] if obj in path else []
        if below and not any(t.dep_ == "relcl" for t in below) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and cand.start <= c.i < verb.i for c in verb.children):
            return True
    return False


def has_own_object(cand: Candidate) -> bool:
    """A clause before its cue that is no report of it: the cue has an object of its own after it
    ("Pelosi presided over the vote, a move whose rarity, CBS noted, highlighted the significance
    of the resolution": what highlighted is the rarity, nothing was highlighted of the clause).
    "“...,” he told reporters" (whom it was told to) and "“...,” argued the lawyer, Richard Keen"
    (the speaker read as the object) are reports still."""
    cue = cand.cue
    if takes_addressee(cue):
        return False
    obj = direct_object(cue)
    if obj is None:
        return False
    source = cand.source
    return source is None or not obj.left_edge.i <= source.i <= obj.right_edge.i


def _frames_itself(cand: Candidate) -> bool:
    """A complement that holds its own cue: "a ruling which analysts say could have implications",
    "the interview that Trump claimed was unfair". What was said is about something outside it."""
    return cand.relation == "ccomp" and cand.start <= cand.cue.i < cand.end


def _alleges(cand: Candidate) -> bool:
    """"accused the minister of lying": the parse may hang what is alleged on the object."""
    return any(t.lower_ == "of" and t.dep_ == "prep" for t in cand.cue.doc[cand.start:cand.end])


def set_off_statement(cand: Candidate) -> bool:
    """A clause set off by commas or opened by "as" (``candidates.set_off_cue``) reports the rest
    of its sentence when it names who speaks, is not denied or only planned, and the rest has a
    verb and is no question ("As he asked, who would pay?")."""
    return cand.source is not None and not is_unrealised(cand.cue) and not is_negated(cand.cue) \
        and has_verb(cand) and not cand.cue.doc[cand.end - 1:cand.end + 1].text.strip().endswith("?")


def not_made(cand: Candidate) -> bool:
    """Whether the speech a candidate tells of was not made: only invited, planned or refused
    (``is_unrealised``), negated (``is_negated``) or denied by its subject (``denied_by_subject``)."""
    return is_unrealised(cand.cue) or is_negated(cand.cue) or denied_by_subject(cand)


def is_unrealised(cue: Token) -> bool:
    """Speech that was invited, planned, expected or refused, not made: the cue is the infinitive
    of such a verb ("were invited to suggest", "declined to comment"), or joined to one ("were
    encouraged to submit designs and suggest ...")."""
    while cue.dep_ == "conj" and cue.head.i != cue.i:
        cue = cue.head
    if cue.dep_ != "xcomp":
        return False
    return cue.head.lemma_.lower() in data.words(CUES_FILE, "unrealised") or calls_on_someone(cue.head)


# the words of a time: "called on Monday to say" is a call made that day, not an appeal to someone
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def calls_on_someone(verb: Token) -> bool:
    """"called on the President to demand that ...", "appealed to residents to report ...": the
    infinitive is what the subject asked someone else to do, not speech the subject made (nor
    anyone yet). A verb of [calls_for] with an "on", "upon" or "to" object that is no time
    ("called on Monday to say" is a call that day, whose speech was made)."""
    if verb.lemma_.lower() not in data.words(CUES_FILE, "calls_for"):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "to")
               and any(o.dep_ == "pobj" and o.ent_type_ not in _TIME_ENTITIES for o in prep.children)
               for prep in verb.children)


def is_negated(cue: Token) -> bool:
    """A cue that is denied: "did not say that the talks failed", "never claimed ...", "does not
    consider the law to apply". Nobody said what follows; a belief held the other way round
    ("does not consider X to apply") would read as its opposite without the "not"."""
    return any(c.dep_ == "neg" for c in cue.children)


# verbs of refusing, and what one declines to do or give when one declines to speak
REFUSAL_VERBS = data.words(CUES_FILE, "refusal_verbs")
_COMMENT_VERBS = data.words(CUES_FILE, "comment_verbs")
_COMMENT_NOUNS = data.words(CUES_FILE, "comment_nouns")


def declined_comment(token: Token) -> bool:
    """"The spokesman declined to comment", "refused to give any more details": refusing to say
    something is a reply to the press: no statement (the words quoted next are someone else's)
    and no refusal of what an actor asked (PLOVER's REJECT)."""
    if token.lemma_.lower() not in REFUSAL_VERBS:
        return False
    for act in (c for c in token.children if c.dep_ == "xcomp"):
        lemma = act.lemma_.lower()
        if lemma in _COMMENT_VERBS:
            return True
        if lemma in ("give", "provide", "offer") and any(
                o.dep_ in ("dobj", "obj", "dative") and o.lemma_.lower() in _COMMENT_NOUNS for o in act.children):
            return True
    return False


def is_passive(cue: Token) -> bool:
    """A cue in the passive: "was asked to resign", "when asked to condemn them". The subject is
    the one asked, not the one asking, and the one asking is not said."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return True
    return cue.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in cue.children)


def shown_by_a_deed(cand: Candidate, classes: frozenset[str]) -> bool:
    """Whether an embedded question after a verb of finding ("showing how ...") is what the deed
    of the clause it hangs from shows, not a finding told: in "Lee toured three towns, showing
    how hard the race had become" the tour shows it, in the writer's reading; Lee said nothing.
    A participle set off after its host clause, sharing its subject; a verb of speech as well
    ("saying how ...") keeps its words."""
    return "speech" not in classes and participle_of_host_subject(cand.cue)


def is_question(cand: Candidate) -> bool:
    """An embedded question is no claim: "asked whether ...", "noting which birds make it back".
    A content that only opens with a clause of its own is one: a free relative as subject ("what
    happened was a tragedy"), a condition or a time ("if the talks fail, they will leave")."""
    doc = cand.cue.doc
    first = doc[cand.start]
    word = first.lower_
    if word not in data.words(CUES_FILE, "question_words"):
        return False
    if first.i < cand.cue.i:
        return False  # "which his wife said was due to ...": a relative pronoun, not a question
    if word == "whether":
        return True
    root = next((t for t in doc[cand.start:cand.end] if not cand.start <= t.head.i < cand.end), None)
    if word in ("if", "when"):
        return root is not None and first.head.i == root.i and first.dep_ in ("mark", "advmod")
    return not any(t.dep_ in ("csubj", "csubjpass") and t.left_edge.i == first.i for t in first.ancestors)


def has_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from token ``start`` to ``end`` make a clause with its subject: "the
    talks failed", not "was common in Egypt" or "were to investigate the crash", whose subject
    the parse left outside them (the reader could not tell what the claim is about)."""
    heads = doc_index.heads(doc)  # read from the Doc's array: a Token made only of each root
    roots = [doc[i] for i in range(start, end) if heads[i] == i or not start <= heads[i] < end]
    return any(c.dep_ in SUBJECTS and start <= c.i < end for root in roots for c in root.children)


def _predicate_only(cand: Candidate) -> bool:
    """Whether the content opens with its verb: the parse left the subject in the "according
    to" phrase ("According to Rathbun the property was returned" read as "was returned by
    mail"), and what is left says nothing about what."""
    first = cand.cue.doc[cand.start]
    return first.pos_ in ("VERB", "AUX") and first.tag_ in FINITE_TAGS and first.dep_ not in SUBJECTS


def has_verb(cand: Candidate) -> bool:
    """A proposition has a verb: "Since their discovery" or "more than 3000 light years away" is
    a fragment the parse cut, not what was said."""
    return any(t.pos_ in ("VERB", "AUX") for t in cand.cue.doc[cand.start:cand.end])


def carries_quote(verb: Token, words: int) -> bool:
    """Whether the verb of a narrative sentence makes a quotation inside it the subject's words:
    a verb of speech, belief or finding, or a characterising one with a quotation of three words
    or more ("called the decision a “huge win for Ohio voters”", not "labeled the report “fake
    news”"); never a verb that also narrates ("continued", "posted", "charged")."""
    lemma = verb.lemma_.lower()
    if lemma in data.words(CUES_FILE, "characterise"):
        return words >= 3
    if lemma in data.words(CUES_FILE, "narrative"):
        return False  # "posted a “huge loss in revenue”" is a figure, not a quotation of someone
    return bool(cue_classes(lemma) & {"speech", "belief", "document"})


def quoted_in_thing(verb: Token, quoted: Span) -> bool:
    """"The radio added Latin hits including “Madre Tierra”": a quotation inside the object of a
    speech verb that is a thing, not words (a noun of the ``[noun]`` cues, ``[uttered_nouns]``,
    ``[quoting_nouns]`` or a writing), is a title or a name in that thing, none of the subject's
    words. The object follows the verb straight on and its head stands before the marks (the quote
    is not the object itself), and the verb reports no clause; a characterising verb's object is
    its own ("called the plan a “huge win”")."""
    if verb.lemma_.lower() in data.words(CUES_FILE, "characterise"):
        return False
    inside = [t.i for t in quoted if not t.is_punct]
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
    if not inside or obj is None or obj.i >= quoted.start:
        return False
    if obj.left_edge.i != verb.i + 1 or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        # "thought the buzz was nourished, a tribute to “...”": a clause reported, and a noun
        # the parse hung on the verb after it, is no object the verb acts on
        return False
    lemma = obj.lemma_.lower()
    if "noun" in cue_classes(lemma) or lemma in words.DOCUMENT_NOUNS or any(
            lemma in data.words(CUES_FILE, section) for section in ("uttered_nouns", "quoting_nouns")):
        return False
    return obj.left_edge.i <= min(inside) and max(inside) <= obj.right_edge.i


def quoted_in_intent(verb: Token, quoted: Span) -> bool:
    """"Roe had hoped to stage her play, “Nine Winters,” this year": a quotation after the
    infinitive of a verb of belief (what was hoped or expected to be done) is a title or a name in
    that deed, none of the subject's words; a belief reports a clause, and only a verb of saying
    ("promised to build a “big, beautiful wall”") says what it promises."""
    classes = cue_classes(verb.lemma_.lower())
    if "belief" not in classes or classes & {"speech", "document"}:
        return False
    # the parse may hang the quote on the verb itself, beside the infinitive: a belief with an
    # infinitive is an intent, and the quote is in what was meant to be done
    return any(c.dep_ == "xcomp" and c.i < quoted.start for c in verb.children)


def is_parenthetical(cue: Token) -> bool:
    """A reporting clause set off from the words it reports: "The plan, she said, is dead", "The plan
    is dead, she said". A clause that opens with "after", "when" or "because" is part of the
    narrative ("The move came after Sanders announced ...") and reports nothing of its host; nor
    does a relative clause ("the Speaker commented — which the BBC noted as unusual —")."""
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in cue.children):
        return False
    doc = cue.doc
    start = cue.left_edge.i
    while start < cue.i and doc[start].is_punct:
        start += 1  # the parse may hang the setting-off comma on the cue itself
    if is_relative(cue):
        return False  # "— which the BBC noted as unusual —": a relative clause about its host
    return start > 0 and doc[start - 1].text in SETTING_OFF


def is_relative(cue: Token) -> bool:
    """Whether the cue's clause is a relative clause about what was said of its noun: it opens
    with "which", "whom" or a "that" that is its object, not its subject or a complementizer
    ("the spray, that Wang described as ...", "the matter — which the BBC noted as unusual").
    It reports nothing of the clause that noun is in. A relative pronoun that is the subject
    speaks ("a bill that described them as ..."); "what he called a “brazen breach”" is kept."""
    doc = cue.doc
    # the clause's own words: a complement before the cue ("The spray is made of silicone, that
    # Wang described") is not part of it
    start = min((c.left_edge.i for c in cue.lefts if c.dep_ not in ("ccomp", "csubj", "punct")), default=cue.i)
    while start < cue.i and doc[start].is_punct:
        start += 1
    first = doc[start]
    return first.i < cue.i and first.lower_ in RELATIVE_WORDS and first.dep_ != "mark" and first.dep_ not in SUBJECTS


def is_label(doc: Doc, start: int, end: int) -> bool:
    """A quotation of ``LABEL_WORDS`` words or fewer without a clause of its own is a label or a
    scare quote ("“gentleman politician”", "“insane”"), not what someone said; "“We win”" is a
    statement (``relative_between``: not a subject across a relative pronoun)."""
    words = doc_index.text(doc)[start:end].split()
    if len(words) > LABEL_WORDS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    return not any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and not relative_between(c, span)
                                                     for c in t.children)
                   for t in span)


def relative_between(subject: Token, span: Span) -> bool:
    """"Crowds carried banners which read “betrayed”": the parse may make a quoted word a verb of
    a subject before the marks across a relative pronoun; the word is then what the relative
    clause's thing reads, with no clause of its own. "She was not “forced”" keeps its subject."""
    doc = subject.doc
    return subject.i < span.start and any(t.tag_ in ("WDT", "WP") for t in doc[subject.i + 1:span.start])


def has_holder(cand: Candidate) -> bool:
    """A belief says whose it is: a subject, or the agent of a passive ("is believed by experts")."""
    if cand.source is not None:
        return True
    return not any(child.dep_ in ("nsubjpass", "auxpass") for child in cand.cue.children)
