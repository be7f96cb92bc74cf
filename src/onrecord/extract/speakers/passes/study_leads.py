"""A study's voice given to the one who leads it: "the study" or "the results" said, in an
article that names the study's lead ("the study's lead author, Jane Roe", "a team led by Jane
Roe", "Jane Roe, who led the research").

News about a study quotes its findings as the study's, and names the person who led it once.
A reader gives the study's words to that person; "the researchers" or "the team", being several
people, stay unnamed (readers judged them given to the lead alone wrong). Only when the article
names one lead and the mention is a bare definite description of the study or its findings (no
name in it and nothing after its noun: "the NCLAN studies" is someone else), in an article that
tells of one study (``several_studies``: "a second study", "a rival team" leave it unnamed): a
co-author is one of several and speaks for no study, and two leads ("co-lead authors") leave
the mention unnamed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from onrecord.extract.speakers.state import ArticleEntity, ArticleState
from onrecord.extract.speakers.words import (
    NOT_A_STUDY_NOUNS,
    OTHER_STUDY_WORDS,
    RESEARCH_FINDINGS,
    RESEARCH_PEOPLE,
    RESEARCH_WRITINGS,
    STUDY_LEAD_NOUNS,
    STUDY_LEAD_WORDS,
)

# a study, its findings or its team: what "the study" or "the researchers" may speak for
_RESEARCH_NOUNS = RESEARCH_WRITINGS | RESEARCH_FINDINGS | RESEARCH_PEOPLE
# the research and the ones who did it: what a study's lead may be said to lead
_LED_THINGS = _RESEARCH_NOUNS | {"project", "work", "group", "expedition", "survey"}
# Doc.user_data keys of the whole-article readings, made once per Doc (as in extract/doc_index)
_SEVERAL_LEADS = "onrecord_several_leads"
_STUDIES_TOLD = "onrecord_studies_told"


def study_lead(state: ArticleState, span: Span, head: Token) -> ArticleEntity | None:
    """The one person the article names as the lead of its study, for a bare definite
    description of the study or its findings ("The study showed", "the results suggest"); None
    when the mention names anyone or anything, is no such description, is the study's people
    ("the researchers concluded", "the team said": several people, left unnamed), or the
    article names no lead or more than one."""
    if not research_voice(span, head) or head.lemma_.lower() in RESEARCH_PEOPLE:
        return None  # "the researchers", "the team": several people, never the lead alone
    if several_leads(state.doc) or several_studies(state):
        return None
    leads = study_leads(state)
    return leads[0] if len(leads) == 1 else None


def several_leads(doc: Doc) -> bool:
    """Whether the article says a study had more than one lead: "co-lead author", "the lead
    authors", "the other lead author", "another principal investigator". The study's voice is
    then no one person's, whichever of them the article names. Read once per Doc (asked for
    every mention, a scan of the article would cost time in the square of its length)."""
    found: bool | None = doc.user_data.get(_SEVERAL_LEADS)
    if found is None:
        found = doc.user_data[_SEVERAL_LEADS] = _names_several_leads(doc)
    return found


def _names_several_leads(doc: Doc) -> bool:
    """``several_leads``, read from the whole Doc."""
    for token in doc:
        if token.lemma_.lower() not in STUDY_LEAD_NOUNS:
            continue
        words = [w for w in token.children if w.i < token.i]
        if not any(w.lower_ in STUDY_LEAD_WORDS for w in words):
            continue
        if token.tag_ == "NNS" or any(after_co(w) or w.lower_ in ("other", "another") for w in words):
            return True
    return False


def several_studies(state: ArticleState) -> bool:
    """Whether the article tells of more than one study or team: one said to be another ("a
    second study", "other scientists", "a rival team"), or two introduced ("A study published in
    Nature ... A study in Science", "A study led by Jane Roe ... Researchers at a lab in Texas").
    "The study" is then no one lead's. An introduction is a study or a team with "a" or "an", or
    people doing research without a determiner but with words that place them ("researchers from
    the University of Washington"); what a study found ("findings published Wednesday"), one of
    its authors ("another co-author") or what a speaker quoted says of their own work ("our
    previous research") is none."""
    introduced = 0
    for offset, another in _studies_told(state.doc):
        if state.in_quote(offset):
            continue
        if another:
            return True
        introduced += 1
    return introduced > 1


def _studies_told(doc: Doc) -> list[tuple[int, bool]]:
    """The nouns of a study or a team that ``several_studies`` counts, in order, as their offset
    and whether the noun is said to be another (True) or is introduced (False); found once per
    Doc, so that each mention asks only whether they stand in a quote."""
    found: list[tuple[int, bool]] | None = doc.user_data.get(_STUDIES_TOLD)
    if found is not None:
        return found
    found = doc.user_data[_STUDIES_TOLD] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma not in _RESEARCH_NOUNS or lemma in NOT_A_STUDY_NOUNS or token.pos_ != "NOUN":
            continue
        if any(c.lower_ in OTHER_STUDY_WORDS for c in token.children if c.i < token.i):
            found.append((token.idx, True))
            continue
        determiners = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
        placed = any(c.dep_ in ("prep", "acl", "relcl") for c in token.children if c.i > token.i)
        if determiners in (["a"], ["an"]) or not determiners and token.tag_ == "NNS" and placed:
            found.append((token.idx, False))
    return found


def research_voice(span: Span, head: Token) -> bool:
    """Whether a mention is "the" and a noun of research or of its team, with no name in it:
    "the study", "The researchers", "the research team", "the study's authors"; not "a study"
    (another one, maybe), "Previous studies", "the NCLAN studies" or "researchers at Imperial
    College" (named: the name's own)."""
    lemma = head.lemma_.lower()
    if lemma not in _RESEARCH_NOUNS:
        return False
    if lemma in RESEARCH_WRITINGS and head.tag_ != "NN":
        return False  # "the studies": several, not the one the lead led
    if span[0].lower_ != "the" or any(t.pos_ == "PROPN" or t.ent_type_ for t in span):
        return False
    if any(c.dep_ in ("prep", "acl", "relcl") for c in head.children if c.i > head.i):
        return False  # "the team of ...", "the scientists who reviewed the paper": someone else
    return all(t.i <= head.i or t.is_punct for t in span)  # nothing after the noun


def study_leads(state: ArticleState) -> list[ArticleEntity]:
    """The named people the article gives as a study's lead, each once, in order."""
    found: dict[int, ArticleEntity] = {}
    for offset, entity in state.persons_by_offset:
        name = state.name_head(offset)
        if entity.named and name is not None and (lead_by_title(name) or led_by(name) or leads_it(name)):
            found.setdefault(id(entity), entity)
    return list(found.values())


def lead_by_title(name: Token) -> bool:
    """"lead author Jane Roe", "the study's lead author, Jane Roe,", "Jane Roe, the principal
    investigator": a name joined (as a compound or in apposition) to a noun of who leads a study
    with a word of leading before it; "co-author", "co-lead author" are one of several."""
    for token in joined_nouns(name):
        if token.lemma_.lower() not in STUDY_LEAD_NOUNS:
            continue
        for word in token.children:
            if word.i < token.i and word.lower_ in STUDY_LEAD_WORDS and not after_co(word):
                return True
    return False


def joined_nouns(name: Token) -> list[Token]:
    """The nouns a name is one phrase with: those it hangs on and that hang on it as a compound
    or in apposition, a step or two away ("lead author Jane Roe": "author" a compound of "Roe";
    "the lead author, Jane Roe": "Roe" in apposition to "author")."""
    linked = [name]
    token = name
    while token.dep_ in ("compound", "appos", "flat") and token.head.i != token.i:
        token = token.head
        linked.append(token)
    for token in list(linked):
        linked += [c for c in token.children if c.dep_ in ("compound", "appos")]
        linked += [g for c in token.children if c.dep_ == "appos" for g in c.children if g.dep_ == "compound"]
    return linked


def after_co(word: Token) -> bool:
    """Whether a word of leading is the tail of "co-" ("co-lead author"): one of two leads."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "co"


def led_by(name: Token) -> bool:
    """"a team led by Jane Roe", "research led by Jane Roe": the agent of "led"."""
    by = name.head
    return name.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_ == "lead" and by.head.i < by.i


def leads_it(name: Token) -> bool:
    """"Jane Roe led the research team", "Jane Roe, who led the study,": the subject of "lead",
    or the one a relative clause of "lead" hangs on, whose object is the study or its team."""
    verb: Token | None = name.head
    if name.dep_ != "nsubj" or verb is None or verb.lemma_ != "lead":
        verb = next((c for c in name.children if c.dep_ == "relcl" and c.lemma_ == "lead"
                     and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)), None)
    if verb is None:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _LED_THINGS for c in verb.children)
