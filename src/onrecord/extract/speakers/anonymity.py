"""Clauses in which a speaker is kept anonymous: "who spoke on condition of anonymity", "who
requested anonymity", "who asked not to be named", "declined to be identified". Read by the
description pass (a description kept anonymous gets no name: ``descriptions.kept_anonymous``) and
by the statement finder (a request to stay unnamed is no statement: ``asks_to_stay_unnamed``).
Anonymity asked for others, negated, or told of another time keeps the old answer (reviews of
issue 13's r27-desc and r28-anonask).
"""
from __future__ import annotations

from spacy.tokens import Token

from onrecord import data


def of_another_time(clause: Token) -> bool:
    """Whether a clause may tell of anonymity at another time than the words reported, or of a
    habit: "who spoke on condition of anonymity last year when she was an aide", "in 1999 as a
    student", "last month", "before she took office", "who had previously asked not to be named",
    "who rarely speaks on condition of anonymity", "who spoke ... at first but later agreed to be
    named": a date or time, a clause of its own or a second verb, "as" a former role, or a word of
    time or frequency (``[anonymity_other_times]``). Reviews of r27-desc: such an anonymity says
    nothing of whether the article names the speaker now, so the old answer stands."""
    reasons = [c for c in clause.children if reason_clause(c)]
    own = [t for t in clause.subtree if not any(t in r.subtree for r in reasons)]
    if any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _OTHER_TIMES for t in own):
        return True
    return any(c.dep_ in ("advcl", "conj") and c not in reasons or c.dep_ == "prep" and c.lower_ == "as"
               for c in clause.children)


def reason_clause(clause: Token) -> bool:
    """Whether an adverbial clause gives the reason for anonymity, not its time: "because she
    worried about her lease", "to protect her job", "fearing reprisals"; what it tells is not read."""
    if clause.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    if marks:
        return all(m in ("because", "lest") for m in marks)
    return clause.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


# words of another time or of a habit in a clause of anonymity ("previously", "rarely", "at first")
_OTHER_TIMES = data.words("speaker_words.txt", "anonymity_other_times")


def asks_anonymity(verb: Token) -> bool:
    """Whether a clause's verb speaks on the condition of anonymity ("spoke on the condition of
    anonymity", "talking on condition of anonymity": "anonymity" reached through prepositions
    and a condition noun alone, ``_CONDITION_NOUNS``), asks it for itself ("requested anonymity",
    "asked for anonymity", active) or is granted it ("was granted anonymity"), not negated.
    "Who was asked about anonymity", "who granted the witnesses anonymity" are not."""
    return _anonymity_of(verb) is not None


def asks_to_stay_unnamed(verb: Token) -> bool:
    """Whether a verb is itself its subject's request to be kept unnamed, in a clause on the one
    who speaks: "two senators, who requested anonymity to discuss the talks, said", "said an aide,
    asking for anonymity to talk openly", "an aide, who asked not to be identified, said". Such a
    request is how the words are reported, not a claim: the infinitive after it ("to discuss the
    talks") is its purpose. Reviews of r28-anonask keep the old answer for a request in a main
    clause ("Jane Roe demanded anonymity": the demand is the news), anonymity asked for others or
    with an owner of its own ("for her sources", "the anonymity of the witnesses", "her
    anonymity"), anonymity asked beside other things ("demanded anonymity and a public inquiry"),
    a negated request, "spoke on condition of anonymity" (the speaking is the statement) and "was
    granted anonymity"."""
    if not _clause_on_a_speaker(verb):
        return False
    found = _anonymity_of(verb)
    if found is not None and found[0] == "asked":
        word = found[1]
        owned = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
        joined = word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children)
        return not owned and not joined and _purpose_is_speaking(verb, word)
    return asks_not_to_be_named(verb)


def _purpose_is_speaking(verb: Token, word: Token) -> bool:
    """Whether the infinitive after a request for anonymity, if any, is the speaker's own talk
    ("to discuss the talks", "to talk openly", "to describe the meeting": ``[anonymity_purpose_verbs]``).
    Another purpose may be a demand of its own: "asked for anonymity to be granted to the
    witnesses", "demanded anonymity to protect whistleblowers" (third review of r28-anonask)."""
    purposes = [c for t in (verb, word) for c in t.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return all(p.lemma_.lower() in _PURPOSE_VERBS and not any(a.dep_ == "auxpass" for a in p.children)
               for p in purposes)


def _clause_on_a_speaker(verb: Token) -> bool:
    """Whether a verb heads a relative clause or participle on a mention ("an aide, who requested
    anonymity") or a participle without a subject of its own on another verb ("said an aide,
    asking for anonymity"), the clauses ``descriptions.kept_anonymous`` reads too."""
    return verb.dep_ in ("relcl", "acl") or subjectless_participle(verb)


def subjectless_participle(verb: Token) -> bool:
    """Whether a verb is a participle hung on another verb with no subject of its own ("said an
    aide, asking for anonymity"): its subject is the other verb's."""
    return verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _anonymity_of(verb: Token) -> tuple[str, Token] | None:
    """How a verb's own clause keeps its subject anonymous: "condition" (spoke on condition of
    anonymity), "asked" (requested anonymity) or "granted" (was granted anonymity), with the word
    "anonymity"; None when it does not, is negated, or asks anonymity for others."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for token in verb.subtree:
        if token.lower_ != "anonymity":
            continue
        path = []
        up = token
        while up.i != verb.i and up.dep_ in ("pobj", "prep", "dobj") and up.head.i != up.i:
            up = up.head
            path.append(up)
        if up.i != verb.i:
            continue
        if for_others(verb, token):
            continue  # "requested anonymity for her sources": asked for others (review of r27-desc)
        words = {t.lower_ for t in path[:-1]}
        if lemma in _ANONYMOUS_VERBS and words & _CONDITION_NOUNS:
            return "condition", token  # "spoke on the condition of anonymity"
        if lemma in _ASKING_VERBS and not passive and (token.dep_ == "dobj" or words == {"for"}):
            return "asked", token  # "requested anonymity", "asked for anonymity"
        if lemma == "grant" and passive and token.dep_ == "dobj":
            return "granted", token  # "was granted anonymity"
    return None


def for_others(verb: Token, anonymity: Token) -> bool:
    """Whether anonymity is asked or given for someone named after "for", on the word itself or
    on its verb, however the parse hangs it: "requested anonymity for her sources", "asked for
    anonymity for her children", "on behalf of her staff"; the "for" of "asked for anonymity" is
    the request itself."""
    preps = [c for t in (verb, anonymity) for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
             or c.dep_ == "prep" and any(o.lower_ == "behalf" for o in c.children)]
    return any(anonymity not in p.subtree for p in preps)  # also "on behalf of her staff"


def asks_not_to_be_named(verb: Token) -> bool:
    """Whether a clause asks that its own subject not be named: "who asked not to be named",
    "who declined to be identified", "who did not want to be named"; a passive "be named" with a
    subject of its own ("asked that the witness not be named") is another's."""
    lemma = verb.lemma_.lower()
    if lemma not in _DECLINING_VERBS and lemma not in _WISHING_VERBS:
        return False
    for named in verb.children:
        if named.dep_ != "xcomp" or named.lemma_.lower() not in ("name", "identify") \
                or not any(c.dep_ == "auxpass" for c in named.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in named.children):
            continue
        if any(c.dep_ in _NAMED_ELSEWHERE and c.lower_ != "by" for c in named.children):
            continue  # "declined to be named as a candidate", "in the complaint", "to the board"
        on_named = any(c.dep_ == "neg" for c in named.children)
        on_verb = any(c.dep_ == "neg" for c in verb.children)
        if lemma in _DECLINING_VERBS and not on_named and not on_verb:
            return True  # "declined to be identified"
        if lemma in _WISHING_VERBS and on_named != on_verb and (on_named or lemma in _NEGATED_WISHES):
            return True  # "asked not to be named", "did not want to be named"
    return False


# what a "named" or "identified" in another sense has: a place in something, a role, a tie ("by
# name", "by the paper" are still the speaker's own name withheld)
_NAMED_ELSEWHERE = frozenset({"prep", "dobj", "attr", "oprd", "acomp", "dative"})


# verbs whose clause may ask anonymity for its subject, and those that decline or wish a name
_ANONYMOUS_VERBS = data.words("speaker_words.txt", "anonymous_speaking_verbs")
_ASKING_VERBS = data.words("speaker_words.txt", "anonymity_asking_verbs")
_CONDITION_NOUNS = data.words("speaker_words.txt", "anonymity_condition_nouns")
_PURPOSE_VERBS = data.words("speaker_words.txt", "anonymity_purpose_verbs")
_DECLINING_VERBS = data.words("speaker_words.txt", "name_declining_verbs")
_WISHING_VERBS = data.words("speaker_words.txt", "name_wishing_verbs")
# of these, the wishes a "not" on the main verb still turns into a wish to stay unnamed ("did not
# want to be named"); "did not ask to be named to the board" is no such wish
_NEGATED_WISHES = data.words("speaker_words.txt", "name_negated_wishes")
