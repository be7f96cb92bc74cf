"""What a speech verb's object states: statements whose content is a noun phrase, not a clause.

``speech_acts.is_statement`` keeps a verb's object only for demands, promises, figures, claims of
responsibility and events announced. These rules keep a few more objects that are what was said,
each from how English puts speech into a noun (docs/statements.md):

- a noun of saying or thinking with its own clause, after a verb that utters it: "expressed doubt
  that the test was real", "announced plans to close the plant" (``says_in_noun``); a noun cue of
  its own ("made an announcement that ...", ``[noun]``) keeps its clause as its statement;
- what a subject denies or admits of itself: "denied any role in the attack", "denied claims
  that the journalist was killed" (``denies_or_admits``);
- "told of being forced to leave": a gerund after "of" (``tells_of_deed``);
- "reported his cause of death as lung disease" (``reports_as``);
- "the poll shows Smith leading", "the site reported sellers offering free paper"
  (``shows_doing``; showing needs a document as subject);
- "declared victory", "conceded defeat": who won (``declares_outcome``);
- "suggested building a second bridge": the gerund of a verb of proposing (``proposes_deed``);
- "shot back that the question had been answered": a retort's clause (``retorts``).

Each needs a subject that may speak (a name, a pronoun, a body, group or document: "the attack
raised fears that ..." is no one's statement) and a cue neither denied nor passive. The content
keeps the noun: "doubt that the test was real", never the doubted clause alone.
"""
from __future__ import annotations

from spacy.tokens import Token

from onrecord import data
from onrecord.extract import speech_acts
from onrecord.extract.candidates import DEMONSTRATIVES, FINITE_TAGS, Candidate, direct_object, has_tense, speaking_noun
from onrecord.extract.speakers import words

# how a noun's own clause hangs from it: "doubt that ...", "plans to ..."
NOUN_CLAUSES = frozenset({"acl", "ccomp"})
# what may follow a word noun and say what the words were: "reports that ...", "claims of ..."
SAYING_MODIFIERS = frozenset({"acl", "ccomp", "prep"})


def is_stated_object(cand: Candidate) -> bool:
    """Whether one of this module's rules keeps the candidate as a statement."""
    if cand.relation not in ("dobj", "characterise", "prep:of", "xcomp", "ccomp"):
        return False  # the only relations its rules read: no gate work for the others
    if cand.source is None or speech_acts.is_negated(cand.cue) or speech_acts.is_unrealised(cand.cue) \
            or speech_acts.is_passive(cand.cue) or speech_acts.denied_by_subject(cand):
        return False
    if not may_speak(cand.source):
        return False  # a name, a pronoun, a person, body, group or document: not "the attack"
    if cand.source.lower_ in DEMONSTRATIVES:
        return False  # "This and the fact that ... raises the concern that": a thing, not a speaker
    if cand.relation == "dobj":
        return says_in_noun(cand) or denies_or_admits(cand) or reports_as(cand) or shows_doing(cand) \
            or declares_outcome(cand)
    if cand.relation == "characterise":
        return reports_as(cand)
    if cand.relation == "xcomp":
        return proposes_deed(cand)
    if cand.relation == "ccomp":
        return retorts(cand)
    return cand.relation == "prep:of" and tells_of_deed(cand)


def retorts(cand: Candidate) -> bool:
    """"The mayor shot back that the question had been answered", "fired back that the claims
    were false": a verb of ``[retort_verbs]`` with "back" says the clause after it, a clause with
    its own subject and a tense (r21-found). Without "back" ("fired that ...") or without such a
    clause ("hit back at critics", "shot back a reply") nothing is said of what."""
    cue = cand.cue
    if not _in(cue.lemma_.lower(), "retort_verbs") or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i == cue.i + 1 for c in cue.children):
        return False
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and cue.i < c.i and cand.start <= c.i < cand.end),
                  None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return has_tense(clause)


def may_speak(word: Token) -> bool:
    """Whether ``word`` may be one who speaks: a name, a pronoun, a person, body, group or
    document."""
    return speech_acts.gives_figures(word) or speaking_noun(word.lemma_.lower())


def _in(word: str, section: str) -> bool:
    return word in data.words(speech_acts.CUES_FILE, section)


def says_in_noun(cand: Candidate) -> bool:
    """"The White House expressed doubt that the country could build a bomb", "Red Hat announced
    plans to shift its focus", "She has stated her intention to endorse a rival", "gave an
    assurance that ...": a noun of ``[uttered_nouns]`` after a verb of ``[uttering_verbs]`` (or a
    word noun after one of ``[delivering_verbs]``: "made a promise that", not "made the decision
    to"), with a "that" clause of its own or an infinitive; a noun of an argument made only with
    its "that" clause (``makes_argument``). A noun without one ("voiced concern", "announced its
    plans") says nothing of what."""
    obj = direct_object(cand.cue)
    if obj is None or obj.pos_ != "NOUN":
        return False
    verb, noun = cand.cue.lemma_.lower(), obj.lemma_.lower()
    if _in(noun, "noun"):
        return False  # "repeated his claim that ...", "made an announcement that ...": a cue of its own
    clauses = [c for c in obj.children if c.dep_ in NOUN_CLAUSES and c.i > obj.i]
    if _in(verb, "delivering_verbs") and _in(noun, "argued_nouns"):
        return makes_argument(clauses)
    if _in(verb, "uttering_verbs") and _in(noun, "felt_nouns"):
        return voices_feeling(clauses)
    uttered = _in(verb, "uttering_verbs") and _in(noun, "uttered_nouns") \
        or _in(verb, "delivering_verbs") and _in(noun, "delivered_nouns")
    return uttered and any(_own_clause(c) for c in clauses)


def voices_feeling(clauses: list[Token]) -> bool:
    """"Some of the mayor's supporters expressed outrage that the vote was delayed", "voiced
    skepticism that the plan would work": a noun of a feeling (``[felt_nouns]``) uttered says its
    own "that" clause, with how the speaker feels about it (r21-found). With an infinitive it tells
    a reaction ("expressed shock to learn of it"), and alone a mood ("voiced frustration"); a
    relative clause ("anger that she had felt for years": a verb of ``[feeling_verbs]`` with no
    object or complement, the noun being what it lacks) says nothing."""
    return any(_that_clause(c) and not _object_lacked(c, "feeling_verbs") for c in clauses)


# what a verb of a feeling has when its clause says something and is no relative clause
_COMPLEMENTS = frozenset({"dobj", "acomp", "ccomp", "xcomp", "attr", "oprd"})


def _object_lacked(clause: Token, verbs: str) -> bool:
    """Whether a "that" clause after a noun is a relative clause whose verb (one of the section
    ``verbs`` of the cues, verbs taking such a noun as object) lacks the noun as its object: "anger
    that she had felt for years", "the pride that they share" (``[feeling_verbs]``), "the idea
    that officials floated", "the claims that workers made" (``[idea_holding_verbs]``)."""
    return _in(clause.lemma_.lower(), verbs) and not any(c.dep_ in _COMPLEMENTS for c in clause.children)


def makes_argument(clauses: list[Token]) -> bool:
    """"Pell made the point that the plan would fail", "made the case that the law is void": a
    noun of ``[argued_nouns]`` made (``[delivering_verbs]``) says its own "that" clause, not a
    demand's ("the case that he resign"); with an infinitive it tells a deed ("made a point to
    visit every school")."""
    return any(_that_clause(c) and not _proposal(c) for c in clauses)


def _own_clause(clause: Token) -> bool:
    """A noun's "that" clause with its subject ("doubt that it worked"), or its infinitive
    ("plans to leave"); not a participle ("a statement saying", which is its own cue) nor a
    relative clause ("the plan that he wrote")."""
    if clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return True
    return _that_clause(clause)


def _that_clause(clause: Token) -> bool:
    """A "that" clause with a subject of its own ("reports that he had resigned")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in speech_acts.RELATIVE_WORDS
                for c in clause.children)


def _proposal(clause: Token) -> bool:
    """A "that" clause in the bare form of a demand ("the suggestion that the mayor resign"), also
    when the tagger read the bare verb as a present tense (``_subjunctive``: "that he resign"):
    what someone wants done, not what they say is so."""
    return clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children) \
        or _subjunctive(clause)


def denies_or_admits(cand: Candidate) -> bool:
    """"The government denied any role in the attacks", "denied all claims that the journalist was
    killed", "admitted any wrongdoing": the object of a verb of ``[denying_verbs]`` that is a deed
    alone (``[denied_deeds]``), a part in one with what it is in after it (``[denied_parts]``: a
    role in something), or words with what they said (``[denied_words]``, ``said_in_words``). The
    content is the whole object, so the denial keeps what it denies. "Rejected the report on the
    merger", "denied the request to delay" are a vote and a refusal."""
    obj = direct_object(cand.cue)
    if obj is None or obj.pos_ != "NOUN" or cand.source is None or rules_as_court(cand.source):
        return False  # "A judge dismissed charges that ...", "the court rejected claims that": a ruling
    verb, noun = cand.cue.lemma_.lower(), obj.lemma_.lower()
    if _in(verb, "dismissing_verbs"):
        # "dismissed the charges that ...", "dismissed allegations that ...": as often a ruling
        return not _in(noun, "ruled_on_nouns") and denies_in_clause(obj)
    if _in(verb, "idea_denying_verbs") and _in(noun, "denied_ideas"):
        return denies_in_clause(obj)
    if not _in(verb, "denying_verbs"):
        return False
    if _in(noun, "denied_deeds"):
        return True
    if _in(noun, "denied_parts"):
        return any(c.dep_ in SAYING_MODIFIERS and c.i > obj.i for c in obj.children)
    return _in(noun, "denied_words") and said_in_words(obj)


def denies_in_clause(noun: Token) -> bool:
    """"Rejected the notion that the tax would help", "dismissed concerns that the bridge is
    unsafe", "dismissed claims that he had resigned": an idea (``[denied_ideas]``) denied, or
    words or an idea dismissed (``[dismissing_verbs]``), say what is denied only in their own
    "that" clause, not a demand's ("the suggestion that he resign") nor a relative clause whose
    verb lacks the noun as its object ("the idea that officials floated last week",
    ``_object_lacked``). "Rejected the idea of a new tax" is as often a vote, "dismissed the
    charges" a court's ruling (r21-found; r21-fixst)."""
    if not (_in(noun.lemma_.lower(), "denied_ideas") or _in(noun.lemma_.lower(), "denied_words")):
        return False
    return any(c.dep_ in NOUN_CLAUSES and c.i > noun.i and _that_clause(c) and not _proposal(c)
               and not _object_lacked(c, "idea_holding_verbs") for c in noun.children)


# subjects of one whose present tense takes "-s": a bare verb after them is a demand's form
_THIRD_SINGULAR = frozenset({"he", "she", "it"})


def _subjunctive(clause: Token) -> bool:
    """A demand's bare verb the tagger read as a present tense: "the suggestion that he resign"
    ("resign" tagged VBP after "he", who would "resigns")."""
    return clause.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and (c.lower_ in _THIRD_SINGULAR or c.tag_ in ("NN", "NNP")) for c in clause.children)


# who rules on what is brought before it: a court's or a judge's noun (the event words' list)
_COURTS = data.words("event_words.txt", "court_nouns")


def rules_as_court(source: Token) -> bool:
    """Whether the subject of a denial is a court or a judge (``[court_nouns]`` of the event
    words: "the court", "a judge", "Judge Ann Roe", "the Supreme Court"): what it dismisses or
    rejects ("dismissed charges that the mayor had taken bribes") it rules on, not denies."""
    if source.lemma_.lower() in _COURTS:
        return True
    # "Judge Ann Roe": a title before a person's name (not "the Justice Department")
    return source.ent_type_ == "PERSON" and any(
        t.dep_ == "compound" and t.i < source.i and t.lemma_.lower() in _COURTS for t in source.children)


def said_in_words(noun: Token) -> bool:
    """Whether a noun of words says what they said after it: its own "that" clause, not a demand
    ("claims that the reporter was killed"; not "the suggestion that he resign"), or "of" a thing
    ("the claim of a cover-up"; not "the claims of the company", which names who made them).
    "The report on the merger", "the charge for the repairs" say nothing of what was said."""
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ in NOUN_CLAUSES and _that_clause(c) and not _proposal(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and not may_speak(g) for g in c.children):
            return True
    return False


def declares_outcome(cand: Candidate) -> bool:
    """"The campaign's director declared victory for the mayor", "Roe conceded defeat": the object
    of a verb of ``[outcome_declaring]`` that is an outcome of ``[declared_outcomes]`` says who won,
    as "the AP called the race for Roe" does. The content is the object with what follows it in
    its phrase ("victory for the mayor")."""
    obj = direct_object(cand.cue)
    return obj is not None and _in(cand.cue.lemma_.lower(), "outcome_declaring") \
        and _in(obj.lemma_.lower(), "declared_outcomes")


def tells_of_deed(cand: Candidate) -> bool:
    """"The artist told of being forced to re-evaluate her life", "talked of being cast in a
    pilot": a gerund after "of" on a verb of ``[telling_of]`` is what the subject tells of itself,
    as the gerund of "admitted" is. A noun there is a topic ("spoke of the economy")."""
    doc = cand.cue.doc
    if not _in(cand.cue.lemma_.lower(), "telling_of"):
        return False
    first = doc[cand.start]
    # "of being forced": the gerund may be the auxiliary of the verb the parse made the "of" object
    gerund = first.tag_ == "VBG" and (first.dep_ == "pcomp" or first.dep_ in ("aux", "auxpass")
                                      and first.head.dep_ == "pcomp")
    return gerund and any(not t.is_punct for t in doc[cand.start + 1:cand.end])


def reports_as(cand: Candidate) -> bool:
    """"The agency reported his cause of death as complications from lung disease": the object of a
    verb of ``[reported_as]`` given "as" something is the claim that it is so (the parse hangs
    "as" on the object or on the verb). "Reported the incident to police" is an act."""
    if not _in(cand.cue.lemma_.lower(), "reported_as"):
        return False
    doc = cand.cue.doc
    # "as" one who may speak is the reporter's capacity: "reported the story as a freelancer"
    return any(t.dep_ == "prep" and t.lower_ == "as" and t.i > cand.cue.i
               and any(c.dep_ == "pobj" and not may_speak(c) for c in t.children) for t in doc[cand.start:cand.end])


def shows_doing(cand: Candidate) -> bool:
    """"The site reported some property sellers offering free toilet paper", "the survey shows
    young voters leaving the party": an object doing something, after a verb of
    ``[reported_doing]``, or of ``[shown_doing]`` with a document its subject, is the report that
    they do it ("the teacher showed the pupils dancing" displays them). The participle must follow
    the object's noun straight on."""
    obj = direct_object(cand.cue)
    verb = cand.cue.lemma_.lower()
    shown = _in(verb, "shown_doing") and cand.source is not None \
        and cand.source.lemma_.lower() in words.DOCUMENT_NOUNS
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not (shown or _in(verb, "reported_doing")):
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i == obj.i + 1 for c in obj.children)


def proposes_deed(cand: Candidate) -> bool:
    """"Lindqvist suggested building a second bridge", "the report recommended closing the harbour
    for a week", "had advocated raising the fee": the gerund of a verb of ``[proposing]`` is what
    its subject calls for, as a demand's infinitive is ("urged them to leave"). The gerund must be
    the verb's complement right after it (adverbs aside: "proposed instead raising ...") with words
    of its own: "suggested waiting" says too little to stand alone, and a gerund the parse hung
    elsewhere is no proposal. The subject, a cue neither denied nor passive, is asked by
    ``is_stated_object``."""
    if not _in(cand.cue.lemma_.lower(), "proposing"):
        return False
    doc = cand.cue.doc
    gerund = doc[cand.start]
    if gerund.tag_ != "VBG" or gerund.dep_ != "xcomp" or gerund.head.i != cand.cue.i or gerund.i < cand.cue.i:
        return False
    if any(t.pos_ != "ADV" for t in doc[cand.cue.i + 1:gerund.i]):
        return False
    if finding_after_gerund(cand.cue, gerund) or proposal_disowned(cand.cue) or proposal_in_question(cand.cue):
        return False
    return any(not t.is_punct for t in doc[gerund.i + 1:cand.end])


def finding_after_gerund(cue: Token, gerund: Token) -> bool:
    """Whether a finite verb follows the gerund's phrase in the same clause ("suggested eating
    eggs every day raises cholesterol"): the gerund is the subject of a finding, no deed proposed.
    A verb of a relative or an adverbial clause ("hiring people who know the city", "packing the
    court until it has a majority") is none."""
    if any(c.dep_ in ("ccomp", "parataxis") and c.i > gerund.i for c in cue.children):
        return True
    for t in cue.doc[gerund.i + 1:cue.sent.end]:
        if t.is_punct or t.dep_ == "cc" and t.head.i == cue.i:
            return False
        if t.tag_ in FINITE_TAGS and not any(a.dep_ in ("relcl", "acl", "advcl") for a in _path_up(t, gerund)):
            return True
    return False


def _path_up(token: Token, top: Token) -> list[Token]:
    """The words from ``token`` up to ``top`` (``top`` left out), or up to the root."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def proposal_disowned(cue: Token) -> bool:
    """Whether a verb of proposing is the complement of a verb that disowns it ("denied
    suggesting cutting ...", "accused Roe of proposing ...": ``[disowning]``) or stands in a
    clause on a noun ("rejected claims that he had recommended closing ..."): what the text
    says someone proposed, not a proposal it reports."""
    for word in [cue, *cue.ancestors]:
        if word.i != cue.i and _in(word.lemma_.lower(), "disowning"):
            return True
        if word.dep_ in ("acl", "ccomp") and word.head.pos_ == "NOUN":
            return True
    return False


def proposal_in_question(cue: Token) -> bool:
    """Whether a verb of proposing stands under "whether" or "if", or with a conditional
    "would", "could" or "might" ("Asked whether she would recommend hiring more police"): a
    proposal asked about or supposed, none made."""
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "'d") for c in cue.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
               for word in [cue, *cue.ancestors] for c in word.children)


def answers_words(verb: Token) -> Token | None:
    """The object of a verb of ``[denying_verbs]`` that names words of another, a claim or an
    argument (``[denied_words]``, ``[argued_nouns]``) pointed at by "this", "that", "the" or a
    possessive: "rejected this argument", "disputed the claim", "acknowledged her point". What
    follows such a clause after a colon is the answer, in the verb's subject's words. None
    otherwise (an object that says what it holds, "rejected the claim that ...", is
    ``denies_or_admits``')."""
    if not _in(verb.lemma_.lower(), "denying_verbs"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or not (_in(obj.lemma_.lower(), "denied_words")
                                                 or _in(obj.lemma_.lower(), "argued_nouns")):
        return None
    if any(c.dep_ not in ("det", "poss") for c in obj.children):
        return None
    pointer = next((c for c in obj.children if c.dep_ in ("det", "poss")), None)
    if pointer is None or pointer.dep_ == "det" and pointer.lower_ not in ("this", "that", "the", "these", "those"):
        return None
    return obj
