"""A speaker mention whose head is the subject of some other clause than the cue's: the parse
or the fallback that found it borrowed it from the clause next to the cue, so the name says
nothing sure of who spoke. The resolver gives such a statement no speaker before any pass names
it: a wrong name costs more than a missing one, and the mention's own words, shown as an unnamed
speaker, read as a name ("Ruritania", "the League") just the same.

Five shapes, each a named check on (head, cue):

- ``subject_of_other_clause``: the head is the subject of a verb that does not govern the cue
  ("Ann Lee said Tom Hale had called members but said ...", "a week before Tom Hale died, the
  judges seemed ready to say", "..., the mayor said when Hale asked him"): that clause's subject.
- ``subject_inside_reported_clause``: the cue is a second predicate or a participle hanging from
  a reported clause ("The envoy said Ruritania should cut its patrols and said ...", "A strategist
  said Ann Lee will have to choose, saying ..."): the parse joined the cue to what was reported,
  and whether the reported clause's subject or the reporter spoke it, it does not tell (but see
  ``reporter_instead``).
- ``conjunct_with_own_subject``: the cue is a verb joined by "and" with a subject of its own that
  the parse read as an object ("The Daily Star will call you a liar and Channel 9 will accuse
  you"): the first clause's subject is not the second's.
- ``gerund_of_a_name_before``: the cue is a participle right after a name governed by a
  preposition ("interviewed about Pope Leo calling the holiday a sham"): the name's gerund.
- ``conjunct_of_the_head``: the cue is a verb the parse joined to the head itself, with a
  subject of its own ("The first charged Ivo Pell with fraud, and the second accused him"): the
  cue's subject spoke, not the noun it hangs on.

A parse that cut a name in two ("The Committee to Protect Journalists reports": "Committee" the
subject of "Protect") is no other clause (``split_name``). When the cue is plainly the reporter's
(a participle after the reported clause), ``reporter_instead`` gives
the reporter's subject, which the resolver reads in place of the head.
"""
from __future__ import annotations

from spacy.tokens import Token

from onrecord.extract import doc_index
from onrecord.extract.candidates import FINITE_TAGS, inverted_subject_hung_on_aside, reports_words
from onrecord.extract.speakers.words import POSTING_PLATFORMS

SUBJECTS = ("nsubj", "nsubjpass")
# a second predicate or participle of a clause: "... and said", "..., saying"
_SECOND_PREDICATES = ("conj", "advcl")


def governs(verb: Token, cue: Token) -> bool:
    """Whether ``verb`` is the cue or one of the cue's heads."""
    return verb.i == cue.i or verb.is_ancestor(cue)


def clause_verb(subject: Token) -> Token:
    """The verb whose subject a token is; past an auxiliary the parse hung it from ("Hale wasn't
    so much saying": "was" an auxiliary of "saying")."""
    verb = subject.head
    while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def subject_of_other_clause(head: Token, cue: Token) -> bool:
    """The head is the subject of a verb that neither is the cue nor governs it: the subject of a
    clause beside the cue's (a reported clause before a second "said", an adverbial clause "when
    Hale asked", "before Hale died"), never the cue's own. (A fallback that takes the last name
    before or after a cue whose subject the parse lost finds such names.)"""
    if head.dep_ not in SUBJECTS or head.head.i == head.i:
        return False
    return not governs(clause_verb(head), cue) and not subject_lost_to_aside(head, cue)


def subject_lost_to_aside(head: Token, cue: Token) -> bool:
    """"Ann Lee, whose firm sells data to shops, said ...", "..., Tom Hale, now 81 and retired in
    Westport, said": the parse may read the aside between the name and a cue that has no subject
    of its own as a clause with the name as its subject. Such a clause stands between the name
    and the cue, opens with no subordinating word ("before", "when") and is no clause another
    verb reports, so the name is the cue's subject the parse lost."""
    clause = clause_verb(head)
    if any(c.dep_ in SUBJECTS for c in cue.children) or not head.i < clause.i < cue.i:
        return False
    if any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ in ("WRB", "IN") for c in clause.children):
        return False
    return not (clause.dep_ == "ccomp" and clause.head.i != cue.i)


def reported_clause(verb: Token) -> bool:
    """Whether a verb heads what someone reported: a complement clause of a verb ("said the
    minister should resign") or a "that" clause of a noun ("accusations that the campaign broke
    the law"). (Whether it comes after what reports it, ``subject_inside_reported_clause`` asks.)"""
    if verb.dep_ == "ccomp":
        return True
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def subject_inside_reported_clause(head: Token, cue: Token) -> bool:
    """The head is the subject of a reported clause and the cue reaches that clause's verb only
    through a second predicate or a participle ("said Ruritania should cut its patrols and said
    ...", "said Lee will have to choose, saying ..."): the reporter, most often, spoke the cue's
    words, though the parse gives them to the clause's subject; say neither. A cue that is the
    clause's verb ("said Lee said ...") or its infinitive ("said Lee plans to announce ...") keeps
    its subject, and so does a participle of a clause that itself reports words ("Lee said the
    plan would fail, the aide recalled, adding ...": the parse reads the aside as reported)."""
    if head.dep_ not in SUBJECTS:
        return False
    verb = head.head
    if verb.i == cue.i or not verb.is_ancestor(cue) or not reported_clause(verb):
        return False
    if verb.head.i > verb.i:
        return False  # a clause before what governs it is no clause reported by it: a misparse
    if reports_words(verb):
        return False  # "..., the source recalled, adding ...": the clause's subject speaks itself
    deps = []
    token = cue
    while token.i != verb.i and token.head.i != token.i:
        deps.append(token.dep_)
        token = token.head
    return token.i == verb.i and any(d in _SECOND_PREDICATES for d in deps)


def conjunct_with_own_subject(head: Token, cue: Token) -> bool:
    """A verb cue joined by "and"/"but" to the clause whose subject the head is, with a noun or
    name between the conjunction and the cue ("will call you a liar and Channel 9 will accuse
    you"): that noun is the second clause's own subject, which the parse read as an object, so
    the head (the first clause's subject) did not speak the cue's words. A noun inside a phrase
    of the cue's own preposition ("yet in a second interview said ...") is no such subject."""
    if cue.dep_ != "conj" or head.dep_ not in SUBJECTS or head.head.i != cue.head.i:
        return False
    doc = cue.doc
    cc = next((t for t in reversed(doc[head.head.i + 1:cue.i]) if t.dep_ == "cc"), None)
    if cc is None:
        return False
    return any(t.pos_ in ("PROPN", "NOUN", "PRON") and not in_phrase_of_preposition(t, cue)
               for t in doc[cc.i + 1:cue.i])


def conjunct_of_the_head(head: Token, cue: Token) -> bool:
    """A verb cue the parse joined by "and" to the head itself, with a subject of its own ("The
    first charged Ivo Pell with fraud, and the second accused him of ...", parsed with "charged"
    a modifier of "Pell" and "accused" a conjunct of "Pell", or with both "Pell" and "the
    second" subjects of "accused"): the head is a noun of the clause before ", and", often its
    object, and the cue's own subject ("the second") spoke its words. Issue 13, r23-anon. In
    the second shape the words before ", and" must hold a verb of their own (``clause_before``):
    "Mayor Ivo Pell, and his deputy Ana Brell, said" is two subjects of one verb (review fix)."""
    own = [c for c in cue.children if c.dep_ in SUBJECTS and c.i != head.i]
    if not own or head.pos_ not in ("PROPN", "NOUN"):
        return False
    if cue.dep_ == "conj" and cue.head.i == head.i:
        return True
    # or the parse gave the cue two subjects, the head and, after ", and", the cue's own
    doc = cue.doc
    return head.head.i == cue.i and head.dep_ in SUBJECTS and any(
        head.i < s.i < cue.i and any(t.dep_ == "cc" and doc[t.i - 1].text == "," and clause_before(t, cue)
                                     for t in doc[head.i + 1:s.i])
        for s in own)


def clause_before(cc: Token, cue: Token) -> bool:
    """Whether the words of a sentence before a conjunction hold a verb of their own, other than
    the cue and outside a relative clause ("The first charged Pell with fraud, and": "charged"),
    so that the conjunction joins two clauses, not two nouns ("Ivo Pell, and his deputy")."""
    for word in cc.doc[cc.sent.start:cc.i]:
        if word.pos_ in ("VERB", "AUX") and word.i != cue.i and word.dep_ != "relcl" \
                and not any(a.dep_ == "relcl" for a in word.ancestors):
            return True
    return False


def in_phrase_of_preposition(token: Token, cue: Token) -> bool:
    """Whether a token stands in a prepositional phrase the parse hung on the cue ("in a later
    interview", "on Friday"): a preposition's object, never the cue's subject."""
    while token.i != cue.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.head.i == cue.i:
            return True
        token = token.head
    return False


def gerund_of_a_name_before(head: Token, cue: Token) -> bool:
    """A participle cue right after a name that a preposition governs, with no comma between
    ("will be interviewed about Pope Leo calling the holiday a sham"): the name is the gerund's
    own subject, though the parse hangs the participle from the main verb and so gives it the
    main subject (the head)."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i == 0:
        return False
    before = cue.doc[cue.i - 1]
    return before.i != head.i and before.dep_ == "pobj" and before.pos_ == "PROPN" \
        and before.ent_type_ in ("PERSON", "ORG", "NORP")


def split_name(head: Token) -> bool:
    """Whether the parse cut a name in two and made the head the subject of a verb inside the
    same name ("The Committee to Protect Journalists reports ...": "Committee" the subject of
    "Protect"): the name is whole, and no other clause's subject."""
    if not head.ent_type_:
        return False
    name = doc_index.entity_at(head.doc, head.i)
    return name is not None and name.start <= head.head.i < name.end


def reporter_instead(head: Token, cue: Token | None) -> Token | None:
    """The subject of the verb that reports the clause the head is the subject of, when the cue
    is plainly that reporter's: a participle after the reported clause ("Ann Lee told reporters
    she was relieved, saying ...": Lee says it, "she" or not), if that subject is a name or a
    pronoun. A second predicate ("said the minister met her and said ...") may be either's, and
    is left unnamed unless its form is the reporting verb's alone (``predicate_of_reporter``:
    "said Ruritania should cut its patrols and said ...") - then the reporter, named or
    described."""
    if cue is None or not (cue.tag_ == "VBG" and cue.dep_ == "advcl" or cue.dep_ == "conj"):
        return None  # the cheap test first: most cues are no participle or second predicate
    if split_name(head) or not subject_inside_reported_clause(head, cue):
        return None
    clause = head.head
    # a noun's clause is reported by the noun's verb: "dismissed accusations that ..."
    reporting = clause.head if clause.dep_ == "ccomp" else clause.head.head
    reporter = next((c for c in reporting.children if c.dep_ == "nsubj" and c.i != head.i), None)
    if cue.dep_ == "conj":
        # a second predicate is the reporter's only when its form says so
        return reporter if reporter is not None and predicate_of_reporter(cue, clause, reporting) else None
    # a name or a pronoun; a description ("a party strategist") is left unnamed, as guessing
    # whom it describes is a guess more
    return reporter if reporter is not None and reporter.pos_ in ("PROPN", "PRON") else None


# the tags of a finite verb form: tense, and number in the present ("says" / "say")


def finite_form(verb: Token) -> str | None:
    """The tag of the word that carries a clause's tense: its first auxiliary or modal ("has
    joined": VBZ, "should cut": MD, "did not condone": VBD), else the verb itself; None for a
    form that carries none (an infinitive, a participle alone)."""
    for child in verb.lefts:
        if child.dep_ in ("aux", "auxpass") and child.tag_ in FINITE_TAGS:
            return child.tag_
    return verb.tag_ if verb.tag_ in FINITE_TAGS else None


def predicate_of_reporter(cue: Token, clause: Token, reporting: Token) -> bool:
    """Whether a verb cue the parse joined by "and" to a reported clause's verb is, by its form,
    the reporting verb's second predicate ("The envoy said Ruritania should cut its patrols and
    said ...", "Analysts believe the firm has lost ground and warn that ...", "a voice reminds
    listeners that Lee served abroad and says ..."). Predicates joined under one subject share
    its tense and its number; a cue whose tense (or present-tense number) is the reporting verb's
    and not the reported verb's cannot be the second predicate of the reported clause's subject,
    so it is the reporter's. When the forms agree with both ("said the minister resigned and
    blamed ..."), either may have spoken, and this says nothing. A past reporter counts only
    against a modal ("said Roe should cut ... and said"): after a reported perfect or present
    ("said Roe has resigned and said ...", "said Roe is stepping down and told ...") a past form
    is also Roe's own, the news told on. Nor does a cue with a time adverb of its own ("says the
    mayor ignored ... and now says ...": ``_TIME_ADVERBS``), which sets the reported subject's
    second act against the first."""
    if cue.head.i != clause.i:
        return False
    own, reported, reporter = finite_form(cue), finite_form(clause), finite_form(reporting)
    if own is None or own != reporter or reported is None or own == reported:
        return False
    if own == "VBD" and reported != "MD":
        return False
    return not any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in _TIME_ADVERBS for c in cue.children)


# adverbs on a second predicate that set it in time against the first: "and now says ..."
_TIME_ADVERBS = frozenset({"now", "today", "later", "still", "since", "again", "then", "subsequently",
                           "afterwards", "afterward", "meanwhile", "yesterday", "tonight"})


def borrowed_subject(head: Token, cue: Token | None) -> bool:
    """Whether the head of a speaker mention is some other clause's subject than the cue's (the
    five checks above); False without a cue, or when the parse only cut a name in two."""
    if cue is None or head.doc is not cue.doc or head.i == cue.i:
        return False
    if conjunct_of_the_head(head, cue):
        return True  # a name the parse made the sentence's root is "split" by no verb of its own
    if split_name(head):
        return False
    inverted = inverted_subject_hung_on_aside(cue)
    if inverted is not None and inverted.i == head.i:
        return False  # "“...,” said Jane Roe, half joking": the aside took the cue's subject
    return subject_of_other_clause(head, cue) or subject_inside_reported_clause(head, cue) \
        or conjunct_with_own_subject(head, cue) or gerund_of_a_name_before(head, cue)


def subject_of_verb_read_as_subject(head: Token) -> Token | None:
    """The name that is the subject of a verb the parse made the speaker itself: in "Mrs. Roe,
    the likely nominee come November, proposed ...", "come" read as the subject of "proposed"
    with "Roe" its own subject. A verb speaks for no one; the name it hangs on is who spoke.
    Only a person's or a body's name, alone; None otherwise (the passes then read the mention
    as they did before)."""
    if head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in ("PERSON", "ORG"):
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "Jo and Al Roe, the parents, say": both said it, not the first alone
    return subject


def poster_after_gerund(head: Token) -> Token | None:
    """The person a gerund the parse made the speaker hangs on: "Posting on Zedgram Roe said ..."
    read with "Posting" the subject of "said" and "Zedgram Roe" one name, the object of "on".
    Posting speaks for no one; the name after the site ([posting_platforms]) is who spoke. Only
    when the tagger ran the site into the person's name (the name then begins with it), so
    that the site and the poster are both written there; None otherwise."""
    if head.tag_ != "VBG" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "via"):
            continue
        poster = next((c for c in prep.children if c.dep_ == "pobj"), None)
        name = doc_index.entity_at(head.doc, poster.i) if poster is not None else None
        if name is not None and name.label_ == "PERSON" and len(name) > 1 and name[0].lower_ in POSTING_PLATFORMS:
            return poster
    return None
