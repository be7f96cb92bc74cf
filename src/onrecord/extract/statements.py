"""Statements of an article: quotation-mark quotes and reported speech, joined.

``find_statements(doc)`` returns ``Found`` items: the content's character span, the cue token,
the token heading the speaker mention (or the earlier statement it continues), the kind and a
confidence. Speakers are resolved afterwards (``speakers/``).

- A candidate from the parse (``candidates.py``) must first be a statement at all
  (``speech_acts.py``: a speech act, belief or finding with content of the right shape); then it
  is kept when the cue classifier (``classifier.py``) gives it at least ``THRESHOLD``; one cue
  keeps its best candidate.
- A quotation whose sentence has a cue outside the marks is a direct statement of that cue;
  quotation marks inside a longer reported complement make it a mixed statement, and so does a
  quote that goes on from words of the cue's clause ("said BIPA “is supported ...”",
  ``clause_before_quote``): the quote alone would be a piece of the claim.
- A quotation with no cue of its own continues the statement just before it in its paragraph
  (news style: a quote runs on into the next paragraph only unclosed, and ``find_quotes`` joins
  those); short quotes without a cue (scare quotes, titles) are not
  statements, nor is a quoted label of one or two words ("“insane,” the coach said"), nor a
  headline cited in a list of sources ('“...” — Daily Star, August 16, 2008', ``cited_headline``).
- "as reported by the Courier" beside another speech verb only says where the words were read
  (``passes_on_words``): no cue of its own, and no part of what was said (``after_aside``).
- Words an outlet only passes on are their speaker's: "according to" or "reported" whose content
  is another attribution ("Zedwire reported the mayor said ...") gives way to it
  (``relayed_attribution``), and '“...,” the agency quoted X as saying' is X's however short
  (``quoted_as_saying``).
- A writing that is a cue speaks for who issued it ("the palace issued a statement to the
  effect ...", ``writing_issuer``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from onrecord import data
from onrecord.extract import classifier, doc_index, speech_acts, stated_objects
from onrecord.extract import lexicon as lexicon_mod
from onrecord.extract.candidates import (
    CUES_FILE,
    Candidate,
    alleged_words,
    candidates,
    inverted_subject_hung_on_aside,
    name_tail_read_as_subject,
    paragraph_end,
    paragraph_start,
    speaker_token,
    subject_no_nominal,
    takes_addressee,
)
from onrecord.extract.features import candidate_features
from onrecord.extract.lexicon import Lexicon
from onrecord.extract.quotes import Quote, find_quotes, paragraphs
from onrecord.extract.speakers import anonymity, mention_syntax
from onrecord.extract.speakers.mention_syntax import token_at
from onrecord.extract.speakers.words import (
    DOCUMENT_NOUNS,
    GENERIC_PERSON_NOUNS,
    GROUP_NOUNS,
    ISSUING_VERBS,
    ORG_NOUNS,
    PERSON_NOUNS,
    ROLE_WORDS,
    SAMPLING_WRITINGS,
    SPEAKER_NAMES,
)

# nouns of one person who may recount what another said: "according to a witness"
_TELLING_PEOPLE = PERSON_NOUNS | GENERIC_PERSON_NOUNS | ROLE_WORDS
THRESHOLD = 0.3  # the classifier's probability a candidate needs; chosen on PolNeAR dev for F1
# a candidate inside the content of a surer one is a nested report ("X said Y claimed ...");
# it is kept only when its own pattern is this sure, as nested reports are often not meant
NESTED_MIN = 0.7
# "called the charges unsubstantiated": kept, but below a candidate the classifier is sure of
CHARACTERISATION_WEIGHT = 0.6
MIN_QUOTE_WORDS = 4  # a cue-less quote shorter than this is a scare quote or a title
# named-entity types that never speak: a parse that makes "Thursday morning" a subject is wrong
NOT_SPEAKERS = {"DATE", "TIME", "MONEY", "ORDINAL"}
# relations of candidates read by rules of their own, not patterns the classifier was trained on
FIXED_WEIGHT_RELATIONS = frozenset({"characterise", "announced", "said_of", "called_for", "set_off", "made_clear",
                                    "figure_placed", "denied_before"})
# named-entity types of a name joined to a speaker that speaks with it ("Reuters and NBC")


@dataclass
class Found:
    start: int
    end: int
    kind: str
    cue: Token | None
    source: Token | None
    confidence: float
    continues: "Found | None" = None  # the earlier statement whose speaker this one inherits
    cue_less: bool = False  # a quote with no cue: kept only when it continues an earlier statement
    # a cue-less quote after narration in its paragraph: the person the narration is about
    narrated: Token | None = None
    quotes: list[Quote] = field(default_factory=list)
    joint: bool = False  # the statement again, for a name joined to its speaker ("Reuters and NBC")


def find_statements(doc: Doc, quotes: list[Quote] | None = None) -> list[Found]:
    """``quotes``: the article's quotations when the caller has found them already."""
    lex = lexicon_mod.load()
    text = doc_index.text(doc)
    quotes = find_quotes(text) if quotes is None else quotes
    # a cue inside quotation marks is part of the quoted words, not an attribution of the article
    accepted = [c for c in _accepted_candidates(doc, lex) if not _inside_any(c[0].cue.idx, quotes)
                and not passes_on_words(c[0].cue, lex)]
    for cand, _ in accepted:
        cand.start = after_aside(doc, cand.start, cand.end, lex)
    reports = [Found(*cand.char_span(doc), "belief" if lex.is_belief(cand.cue.lemma_.lower()) else "indirect",
                     cand.cue, cand.source, round(min(0.95, weight), 3)) for cand, weight in accepted
               if cand.start < cand.end]
    found: list[Found] = []
    taken: set[int] = set()  # reports whose complement is a quote: the quote statement replaces them
    for q in quotes:
        # “Fox News Sunday” is a name, not words said, and so is one with the sentence's stop
        if not _looks_like_title(text[q.start:q.end]) and not title_in_phrase(doc, q):
            found.extend(_quote_statements(doc, q, reports, taken, lex, quotes))
    found.extend(r for n, r in enumerate(reports) if n not in taken)
    found.extend(colon_blocks(doc, quotes, lex))
    for f in found:
        if f.cue is not None and (f.source is None or _inside_any(f.source.idx, quotes)
                                  or f.source.ent_type_ in NOT_SPEAKERS):
            f.source = _speaker_outside_quotes(doc, f.cue, quotes)
    found.sort(key=lambda f: (f.start, -f.end))
    found = _drop_duplicates(found)
    found = [f for f in found if not attribution_only(f) and not fragment_of_quoted_statement(f, found)
             and not relayed_attribution(f, found) and not alleged_content(f)]
    # a quoted label ("described the heat as “insane”") is not what someone said
    found = [f for f in found if f.kind != "direct" or not speech_acts.is_label(doc, f.start, f.end)]
    _link_continuations(found, _paragraph_index(text))
    found = [f for f in found if not f.cue_less or f.continues is not None]
    found = quote_resumed_after_attribution(text, found)
    # after the continuations: a quote going on continues the first speaker's statement, as before
    return found + [joint for f in found for joint in joint_speakers(f)]


# what may close the first half of a quoted sentence the attribution interrupts
_INTERRUPTED_ENDINGS = (",", "—", "–", "--")
# what ends the sentence of an attribution, so that a quote after it is a sentence of its own
_SENTENCE_ENDS = re.compile(r"[.!?;:\n]")
_SPACES = re.compile(r"\s*")  # a run of whitespace (what str.lstrip takes off)
# a stop that ends no sentence: an initial or a title's short form ("John G. Roe", "Dr. Roe", "U.S.")
_SHORT_FORM = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Gov|Sen|Rep|Lt|Col|Prof|Rev)\.")
# the most words an attribution between two halves of one quoted sentence holds
_ATTRIBUTION_WORDS = 14


def quote_resumed_after_attribution(text: str, found: list[Found]) -> list[Found]:
    """Joins the two halves of one quoted sentence that its attribution interrupts: in '“On
    behalf of the board,” wrote the chair, “I thank you all.”' the first half ends in a comma
    inside its marks, the attribution that follows ends in a comma, and the quote after it goes
    on with the same sentence; alone, the first half ("On behalf of the board,") is a piece of
    the claim, and the second a claim cut from its opening. The statement runs from the first
    half to the end of the second (the attribution between them stays inside the span, as in a
    mixed quote), which is then no statement of its own. Only when the second quote is the same
    cue's or continues the first one's statement, the words between the marks hold the cue and no
    end of a sentence, and the first half's words end in a comma or a dash: '“We will win,” she
    said. “The count is close.”' is two sentences and stays two statements."""
    out: list[Found] = []
    merged: dict[int, Found] = {}  # id of a second half -> the statement it joined
    for f in found:
        if f.continues is not None and id(f.continues) in merged:
            f.continues = merged[id(f.continues)]
        prev = out[-1] if out else None
        if prev is not None and resumes_quote(text, prev, f):
            prev.end = f.end
            prev.quotes.extend(f.quotes)
            merged[id(f)] = prev
            continue
        out.append(f)
    return out


def resumes_quote(text: str, first: Found, second: Found) -> bool:
    """Whether ``second`` is the rest of the quoted sentence ``first`` opens, past the
    attribution that interrupts it (``quote_resumed_after_attribution``)."""
    if not first.quotes or not second.quotes or first.cue is None or first.joint or second.joint:
        return False
    if second.kind != "direct" or (second.cue is None or second.cue.i != first.cue.i) and second.continues is not first:
        return False
    q1, q2 = first.quotes[-1], second.quotes[0]
    if q1.close_mark is None or first.end != q1.end or second.start != q2.start or q2.open_mark <= q1.close_mark:
        return False
    between = text[q1.outer_end:q2.open_mark]
    if not text[q1.start:q1.end].rstrip().endswith(_INTERRUPTED_ENDINGS) and not between.lstrip().startswith(","):
        return False  # '“...”, wrote the chair, “...”' puts the comma outside the marks
    return q1.outer_end <= first.cue.idx < q2.open_mark and between.rstrip().endswith(",") \
        and not _SENTENCE_ENDS.search(_SHORT_FORM.sub("", between)) and len(between.split()) <= _ATTRIBUTION_WORDS


def fragment_of_quoted_statement(f: Found, found: list[Found]) -> bool:
    """Whether a reported clause is a piece of words quoted as a statement of their own, its
    cue before them: in 'Lee said Roe's post meant that "if you want jobs, vote for Roe"' the
    parse may hang "vote for Roe" on "post"; the quotation is Lee's, once, and the piece is no
    second statement of whoever the clause's subject is. A cue after the quotation ('"... We
    will win," Lee said') is the quotation's own, and its piece stays. So with a quotation a
    mixed statement holds ('said the post meant that "if you want jobs, vote for Roe"',
    ``quote_completes_report``), for a piece that starts inside the marks: a whole quote that is
    another cue's content ('said Lee was right to urge them "to stand up"') is Lee's urging."""
    if f.kind == "direct" or f.cue is None:
        return False
    return any(d is not f and (d.kind == "direct" and d.start <= f.start and f.end <= d.end and f.cue.idx < d.start
                               or d.kind == "mixed" and any(q.start < f.start and f.end <= q.end
                                                            and f.cue.idx < q.start for q in d.quotes))
               for d in found)


def alleged_content(f: Found) -> bool:
    """Whether a statement's words are only alleged of someone: its cue is a gerund of saying
    after the "of" of a verb of accusing ("accused Lee of saying the vote was rigged",
    ``candidates.alleged_words``), or the verb of accusing itself reaching past such a gerund
    ('accused Lee of saying "the vote was rigged"': the quote). Neither the accuser nor the
    accused is on record as saying those words; the accusation ("saying the vote was rigged",
    the accuser's) stays. Issue 13 (r25-outlet)."""
    if f.cue is None:
        return False
    return alleged_words(f.cue) or any(alleged_words(g) and g.idx < f.start for p in f.cue.children
                                       if p.dep_ == "prep" for g in p.children)


def relayed_attribution(f: Found, found: list[Found]) -> bool:
    """Whether an "according to" statement only says where another attribution was read: in
    '"We stay," Lisk said, according to a transcript' the words are Lisk's, cue and speaker
    inside the content of "according to"; the transcript (an outlet, a record) passed them on
    and is no second speaker of the same words. A verb of reporting is not this: "Zedwire reported
    the mayor said the road is shut" is Zedwire's report (the example digest's gold keeps "the
    Iranian media reported" beside the official's words) and the mayor's words both
    (``relayed_report``). A poll or survey is not passing words on: what its respondents "say" is
    its finding ("according to a Zorb poll, most voters say ...")."""
    if f.cue is None or f.cue.lower_ != "according":
        return False
    if f.source is not None and f.source.lemma_.lower() in SAMPLING_WRITINGS:
        return False
    return any(d is not f and d.cue is not None and d.source is not None
               and f.start <= d.cue.idx < f.end and f.start <= d.source.idx < f.end
               and (_overlap((d.start, d.end), (f.start, f.end)) > 0 or words_just_before(d, f))
               for d in found)


def relays_quoting_report(report: Found, reaching: list[Found]) -> bool:
    """Whether ``report`` is an "according to" that only says where another report of the same
    quotation was read: in '"We stay," the mayor said, according to Zedwire' both the mayor's
    "said" and Zedwire's "according to" reach the quote, and the one whose content runs longer
    (the parse may leave the comma out of "said"'s) would take it, giving the mayor's words to
    the outlet that relayed them. The quote is the mayor's; the relay then gives way as
    ``relayed_attribution`` says. Only when the other report's cue and subject lie inside the
    "according to" content and its own content reaches the quotation; a poll's finding is its own
    (``relayed_attribution``), a quote no other cue reaches ('"...," according to Zedwire')
    stays the outlet's, and a person who recounts what someone said ('"...," Lee said,
    according to Roe', "according to Roe's account") is left as the parse has it
    (``recounted_by_a_person``): a witness's account is no outlet's relay of words on record.
    Any other cue is no relay, and is answered before any scan of the article's reports.
    ``reaching``: the reports whose words reach the quotation (``report`` among them)."""
    if report.cue is None or report.cue.lower_ != "according":
        return False
    if recounted_by_a_person(report):
        return False
    quoting = [d for d in reaching if d is not report]
    return bool(quoting) and relayed_attribution(report, quoting)


def recounted_by_a_person(report: Found) -> bool:
    """Whether an "according to" names a person as the one who tells ("according to Roe",
    "according to her", "according to a witness") or a person's account of it ("according to
    Roe's account"), not an outlet or a writing of record ("according to Zedwire", "according
    to a transcript"). A name the tagger types otherwise there counts when the article names a
    person with that word elsewhere ("according to Lane" after "Mira Lane said")."""
    source = report.source
    if source is None:
        return False
    owners = [c for c in source.children if c.dep_ == "poss"]
    return any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" or t.lemma_.lower() in _TELLING_PEOPLE
               or t.pos_ == "PROPN" and named_as_a_person(t) for t in [source, *owners])


def named_as_a_person(token: Token) -> bool:
    """Whether the article names a person with the word of ``token`` in their name."""
    return any(any(t.text == token.text for t in e) for e in doc_index.ents_labelled(token.doc, "PERSON"))


def words_just_before(d: Found, f: Found) -> bool:
    """Whether ``d``'s words end where ``f``'s content begins, with nothing but closing marks,
    punctuation and spaces between: in '“Is it a priority?” Lisk said at a rally, according to
    the Zorb Sun' the "according to" content is the attribution alone, the quote just before it
    cut off at its closing mark. Words a sentence or more before are not it."""
    if d.end > f.start or d.cue is None:
        return False
    between = doc_index.text(d.cue.doc)[d.end:f.start]
    return len(between) <= 4 and all(c.isspace() or c in '"”’\'.,?!' for c in between)


def attribution_only(f: Found) -> bool:
    """A content that ends with its own cue is the attribution, not the words: 'Of the public
    process, he said, "In the end ..."' leaves "Of the public process, he said" once the quote
    after it is a statement of its own. A parenthetical cue inside its content ("The plan, she
    said, is dead") has words of the claim after it."""
    return f.cue is not None and f.kind != "direct" and f.start <= f.cue.idx < f.end <= f.cue.idx + len(f.cue)


def _quote_statements(doc: Doc, q: Quote, reports: list[Found], taken: set[int], lex: Lexicon,
                      quotes: list[Quote] | None = None) -> list[Found]:
    """The statement a quotation makes, or none when it joins a report as a mixed quote."""
    text = doc_index.text(doc)
    label = _transcript_label(doc, q) or _dash_signature(doc, q) or named_colon_label(doc, q)
    if label is not None and cited_headline(doc, q, label[0]):
        return []
    if label is not None:
        name, content_start = label
        return [Found(content_start, q.end, "direct", None, name, 0.8, quotes=[q])]
    inverted = inverted_colon_label(doc, q)
    if inverted is not None:
        opener, speaker = inverted
        # the parse's own reading of the same verb gives way
        taken.update(n for n, r in enumerate(reports) if r.cue is not None and r.cue.i == opener.i)
        return [Found(q.start, q.end, "direct", opener, speaker, 0.75, quotes=[q])]
    # an "according to" that passes on another cue's quote never takes the quote from that cue;
    # asked only of the reports that reach the quote (the rest overlap it by nothing anyway),
    # so a long article's every quote does not weigh every report
    overlaps = [_overlap((r.start, r.end), (q.start, q.end)) for r in reports]
    reaching = [r for r, o in zip(reports, overlaps, strict=True) if o > 0]
    overlaps = [0 if o > 0 and relays_quoting_report(r, reaching) else o
                for r, o in zip(reports, overlaps, strict=True)]
    best = max(range(len(reports)), key=overlaps.__getitem__, default=None)  # the first of equals
    best_overlap = overlaps[best] if best is not None else 0
    if best is not None and best_overlap > 0:
        report = reports[best]
        size = report.end - report.start
        main_cue = cue_after_subordinate_report(doc, report, q, lex)
        if main_cue is not None:
            # 'When Tom Roe warned of rents, “...,” she said': the parse hung the quote on the
            # clause's verb; the quote is the words of the one who "said" it
            taken.add(best)
            return [Found(q.start, q.end, "direct", main_cue, speaker_token(main_cue), max(report.confidence, 0.8),
                          quotes=[q])]
        if len(text[report.start:q.open_mark].split()) >= 3 and _opens_sentence(text, q) \
                and circumstance_before_quote(doc, report.start, q):
            # 'When the vote was called, “I was stunned,” she told': the clause before the marks says
            # when the quoted words hold; the quote is the statement, alone
            taken.add(best)
            return [Found(q.start, q.end, "direct", report.cue, report.source, max(report.confidence, 0.8), quotes=[q])]
        # a report whose own quote came before ('said “A” and “B”') was taken by that quote already
        completes = best not in taken and len(text[report.start:q.open_mark].split()) >= 3 \
            and _opens_sentence(text, q) and quote_completes_report(text, report.start, q) \
            and not attributed_after_quote(doc, q, lex)
        if len(text[report.start:q.open_mark].split()) >= 3 and _opens_sentence(text, q) and not completes:
            # "X emphasized that his country ... power “We have missiles ...”": the complement
            # runs on into a quoted sentence; the report and the quote are two statements
            report.end = min(report.end, _rstrip_before(text, q.open_mark))
            return [Found(q.start, q.end, "direct", report.cue, report.source, max(report.confidence, 0.7), quotes=[q])]
        whole = not completes and (best_overlap >= 0.5 * size or (q.end - q.start) >= 0.8 * size)
        if whole and speech_acts.is_label(doc, q.start, q.end):
            return []  # 'vowed “to retaliate”': the report stands, its quotation marks aside
        if whole and clause_before_quote(doc, q, report.cue) is None and (
                _has_subject(doc, q.start, q.end) or not _has_subject(doc, report.start, report.end)):
            # the complement is the quote (or lies inside it): a direct statement; a quote that
            # lost its subject to the words before it ('said the president had “heard the
            # demands ...”') stays a mixed one, so that the claim keeps what it is about
            taken.add(best)
            return [Found(q.start, q.end, "direct", report.cue, report.source, max(report.confidence, 0.8), quotes=[q])]
        report.kind = "mixed"
        report.start, report.end = min(report.start, q.start), max(report.end, q.end)
        report.quotes.append(q)
        report.confidence = max(report.confidence, 0.7)
        return []
    words = len(text[q.start:q.end].split())
    predicate = _quoted_predicate(doc, q)
    if predicate is not None:
        return [Found(q.start, q.end, "direct", predicate, speaker_token(predicate), 0.7, quotes=[q])]
    verb = _embedding_verb(doc, q)
    relaying = quoted_as_saying(verb) if verb is not None else None
    if relaying is not None:
        return [_quote_of(doc, q, relaying, 0.75)]
    # a short fragment belongs to the sentence that carries it ("as Trump went on about “how the
    # system is rigged,” ..."), a longer quote to the nearest cue ("“...,” she said")
    cue = _nearby_cue(doc, q, lex, words, quotes or []) if verb is None or words >= 6 else None
    if cue is not None and verb is not None and _reports_quote(verb, q, lex):
        cue = verb
    if cue is not None:
        return [_quote_of(doc, q, cue, 0.75)]
    if verb is not None:
        # "Pepper called the decision a “huge win for Ohio voters”": the quoted words are
        # those of the subject of the sentence that carries them; with another verb ("played
        # host to “furry fandom”") they are scare quotes
        if not speech_acts.carries_quote(verb, words):
            return []
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) and speech_acts.quoted_in_thing(verb, span):
            return []  # "added Latin hits including “Madre Tierra”": a title in a thing
        if span is not None and len(span) and speech_acts.quoted_in_intent(verb, span):
            return []  # "had hoped to stage her play, “...”": a title in what was hoped for
        return [_quote_of(doc, q, verb, 0.55)]
    intro = _introducing_verb(doc, q) if words >= MIN_QUOTE_WORDS else None
    if intro is not None:
        # "Mick Jagger also reacted on Twitter, “...”": the words of whoever introduces them,
        # not a continuation of the speaker before
        return [Found(q.start, q.end, "direct", intro[0], intro[1], 0.5, quotes=[q])]
    if words >= MIN_QUOTE_WORDS and rejected_colon_label(doc, q):
        return [Found(q.start, q.end, "direct", None, None, 0.5, quotes=[q])]
    if words >= MIN_QUOTE_WORDS:
        return [Found(q.start, q.end, "direct", None, None, 0.5, cue_less=True, quotes=[q],
                      narrated=_narrated_person(doc, q))]
    return []


def quote_completes_report(text: str, start: int, q: Quote) -> bool:
    """Whether a quote that opens with a capital goes on with the reported words before its marks:
    in 'Roe said the result meant that “If families want quiet roads, they should back Lee”' or
    'objects to the verdict because “Nobody has explained why the files are hidden”' the report stops at
    a word that opens a clause and cannot end one (``[clause_openers]``: "that", "because",
    "while", "and"); cut there, the report ends in mid-clause and the quote loses what it
    answers, so the two are one mixed statement. Only when nothing but spaces stands between
    that word and the opening mark (a colon or a comma sets a quoted sentence apart)."""
    before = text[start:q.open_mark]
    if before[-1:] not in (" ", "\u00a0") and before[-1:] != "":
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in _CLAUSE_OPENERS


def attributed_after_quote(doc: Doc, q: Quote, lex: Lexicon) -> bool:
    """Whether a quote's own sentence goes on after its closing mark with a speech verb that has
    a subject of its own there ('... as “Management has not moved,” union official Ben Varo told
    reporters', '“...,” said Ben Varo'): the quote is that subject's, set off by its attribution,
    and no ending of the report before its marks (``quote_completes_report``)."""
    last = token_at(doc, max(q.start, q.end - 1))
    if last is None:
        return False
    for t in doc[last.i + 1:doc_index.sentence_bounds(doc, last.i)[1]]:
        if t.idx >= q.outer_end and t.pos_ == "VERB" and lex.is_speech(t.lemma_.lower()) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.idx >= q.outer_end for c in t.children):
            return True
    return False


# words that open a clause and cannot end one (``quote_completes_report``)
_CLAUSE_OPENERS = data.words(CUES_FILE, "clause_openers")


def cue_after_subordinate_report(doc: Doc, report: Found, q: Quote, lex: Lexicon) -> Token | None:
    """The speech verb just after a quotation's closing mark that the quotation belongs to, when
    the parse made the quoted words the complement of a verb of an adverbial clause before the
    marks instead: in 'When Tom Roe warned of rising rents, “That is not our problem,” she said'
    the quote hangs on "warned", yet "she said" right after it tells who said it, and the clause
    of "warned" only says when (it hangs on "said"). A reader never gives a quote to a
    subordinate clause's subject over the attribution that follows it at once, and the words
    are not Roe's: "she" cannot be Tom Roe. Only a report whose words are the quote's alone
    (none before the opening mark: 'Conceding that a deal would come “down the line” he warned'
    reports a claim of its own, the quote inside it) and whose cue is the verb of an adverbial
    clause opened by a subordinator ("when", "after", "as", ``advcl``) of the verb after the
    marks, that verb being a speech verb with its own subject (a pronoun or a name) within four
    tokens of the closing mark. The verb after the marks, or None.

    Only when the attribution after the marks is nothing but that ("she said.": no words of its
    own, ``bare_attribution``; 'After Roe said “...,” Lee said the union would strike' gives
    Lee other words) and the clause's verb has words of its own besides the quote
    (``speaks_of_more``: "warned of higher fares"): 'As Ann Kemp wrote in her memoir, “...,” Tom
    Roe said' quotes Kemp's words, the bare "wrote" taking the quote for its own."""
    cue = report.cue
    if cue is None or cue.idx >= q.open_mark or cue.dep_ != "advcl" or report.start < q.open_mark \
            or not any(c.dep_ in ("mark", "advmod") and c.i < cue.i and c.tag_ in ("IN", "WRB") for c in cue.children):
        return None
    last = doc.char_span(max(q.open_mark, q.outer_end - 1), q.outer_end, alignment_mode="expand")
    if last is None:
        return None
    end = last[-1].i + 1
    after = [t for t in doc[end:min(len(doc), end + 4)]
             if t.pos_ in ("VERB", "AUX") and lex.is_speech(t.lemma_.lower())]
    if not after or after[0].i != cue.head.i:
        return None
    verb = after[0]
    if not any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") for c in verb.children):
        return None
    if not bare_attribution(verb, q) or not speaks_of_more(cue, q):
        return None
    return verb


def bare_attribution(verb: Token, q: Quote) -> bool:
    """Whether a speech verb after a quotation's marks says nothing of its own: no object or
    clause outside the quote hangs on it ('Lee said the union would strike' does), and its
    clause ends the sentence or the clause at once ("she said.", "she said on Monday;")."""
    outside = [c for c in verb.children if not q.open_mark <= c.idx < q.outer_end]
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in outside):
        return False
    doc = verb.doc
    end = max([verb.i, *(c.right_edge.i for c in outside if not c.is_punct)]) + 1
    return end == len(doc) or doc[end].text in (".", "!", "?", ";") or doc[end].is_space


def speaks_of_more(cue: Token, q: Quote) -> bool:
    """Whether the verb of a clause before a quotation has words of its own besides the quote:
    a clause or an object outside the marks, or what it speaks of after a preposition of a
    topic ('warned of higher fares', ``[topic_prepositions]``). A bare "wrote" or "said" ('As
    Ann Kemp wrote in her memoir, “...,”') has only the quote, which is then its words."""
    for c in cue.children:
        if q.open_mark <= c.idx < q.outer_end:
            continue
        if c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS \
                and any(o.dep_ == "pobj" for o in c.children):
            return True
    return False


# prepositions of what one speaks of: "warned of higher fares", "spoke about the budget"
_TOPIC_PREPOSITIONS = data.words(CUES_FILE, "topic_prepositions")


def circumstance_before_quote(doc: Doc, start: int, q: Quote) -> bool:
    """Whether the words of a report before a quotation's marks are only an adverbial clause of
    the quoted words' own verb, opened by a subordinator of time (``[time_openers]``: "when",
    "after", "once"): in 'When the vote was called, “I was stunned,” she told them' the parse hangs
    "When the vote was called" on "was" inside the marks, and the report runs from it; the clause tells
    when the quoted words hold and claims nothing of its own. Not a concession, a reason or a
    condition ("Though the count is not final, “...”"), part of the claim; nor a
    clause of the cue's own ("X emphasized that his country ... “We have missiles”"), words
    reported before the quote."""
    words = [t for t in doc if start <= t.idx < q.open_mark and not t.is_punct]
    if not words:
        return False
    clause = words[0].head if words[0].dep_ in ("advmod", "mark") else None
    if clause is None or clause.dep_ != "advcl" or words[0].lower_ not in speech_acts.time_openers() \
            or not q.start <= clause.head.idx < q.end:
        return False
    inside = {d.i for d in clause.subtree}
    return all(t.i in inside for t in words)


def quoted_as_saying(verb: Token) -> Token | None:
    """'“Exports will rise,” the agency quoted the minister as saying': the verb whose clause
    holds the quote is one of quoting (``statement_cues.txt [quoting]``) with "as saying" after
    its object; the quote is what "saying" reports, the minister's words
    (``candidates.quoted_person``), however short, not the agency's nor words too short to be a
    statement. The "saying" token, or None."""
    if verb.lemma_.lower() not in data.words(CUES_FILE, "quoting") \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            saying = next((c for c in prep.children if c.dep_ == "pcomp" and c.lemma_.lower() == "say"), None)
            if saying is not None:
                return saying
    return None


def _reports_quote(verb: Token, q: Quote, lex: Lexicon) -> bool:
    """Whether the verb whose clause holds a quote is the quote's own cue, before a speech verb
    nearer the marks: in 'Whitmore told LA Weekly that Montalvo “walked into the station”, and
    told the police ...' the quote is what the first "told" reports, not the second. Only a
    speech verb before the marks, whose clause goes on into them."""
    return verb.idx < q.open_mark and lex.is_speech(verb.lemma_.lower())


def _quote_of(doc: Doc, q: Quote, cue: Token, confidence: float) -> Found:
    """The statement of a quote and the cue found for it: direct, or mixed when the quote goes on
    from words of the cue's clause before its marks (``clause_before_quote``)."""
    lead_in = clause_before_quote(doc, q, cue)
    if lead_in is not None:
        return Found(lead_in, q.outer_end, "mixed", cue, speaker_token(cue), confidence, quotes=[q])
    return Found(q.start, q.end, "direct", cue, speaker_token(cue), confidence, quotes=[q])


# what may stand between a cue and the clause it reports: when, where, how, to whom
_ADVERBIALS = frozenset({"prep", "advmod", "npadvmod", "prt", "cc"})
_OBJECTS = frozenset({"dobj", "dative"})


def clause_before_quote(doc: Doc, q: Quote, cue: Token | None) -> int | None:
    """Where what was said begins when a quote goes on from words of the cue's clause: 'said BIPA
    “is supported overwhelmingly”', 'said he “take[s] the responsibility”', 'told reporters that
    Montalvo “walked into the station”', 'calling the process “a blatant coup”'. The quote alone
    is a piece of the claim, without what it is about; the claim runs from the first word after
    the cue that is no adverbial or addressee of it (and no "that") to the end of the quote, or
    from the object just before the marks ('calling the process “...”'). None when only
    adverbials stand between ('wrote in an email to X, and “full of it”'), when the quote is set
    off from its cue (a comma, a colon, nothing but "that" between), opens with a capital, or its
    cue comes after it; nor when the quote is a clause with its own subject ('told Reuters “it
    appears ...”'), a label of a word or two ('the term “subject to”'), or the cue is passive."""
    text = doc_index.text(doc)
    if cue is None or cue.idx >= q.open_mark or not text[q.start:q.end][:1].islower() \
            or any(c.dep_ == "auxpass" for c in cue.children) or speech_acts.is_label(doc, q.start, q.end):
        return None
    before = text[:q.open_mark].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in ")]"):
        return None
    opening = token_at(doc, q.open_mark)
    if opening is None or not cue.sent.start <= opening.i < cue.sent.end or _is_clause(doc, q) \
            or any(t.is_quote for t in doc[cue.i + 1:opening.i]):
        return None
    i, obj = cue.i + 1, None  # obj: the last object of the cue passed
    while i < opening.i:
        if doc[i].is_punct:
            i += 1
            continue
        child = next((c for c in cue.children if c.left_edge.i <= i <= c.right_edge.i), None)
        if child is None:
            break
        if child.right_edge.i > opening.i:
            # the words of the cue that hold the quote begin the claim; "described the move as
            # “...”", "accused Trump of “...”": with what is so described or accused
            if obj is not None and child.dep_ == "prep":
                i = obj.left_edge.i
            break
        if child.dep_ not in _ADVERBIALS | _OBJECTS:
            break
        obj = child if child.dep_ in _OBJECTS else obj
        i = child.right_edge.i + 1
    if i >= opening.i:
        # "calling the process “a blatant coup”": what is called so is part of the claim; after
        # adverbials alone ("wrote in an email to X, and “...”") the quote stands by itself
        if obj is None:
            return None
        i = obj.left_edge.i
    while i < opening.i and (doc[i].is_punct or doc[i].lower_ == "that" and doc[i].dep_ == "mark"):
        i += 1
    if i >= opening.i or any(t.is_sent_end or "\n" in t.text_with_ws for t in doc[i:opening.i]):
        return None
    return doc[i].idx


def _is_clause(doc: Doc, q: Quote) -> bool:
    """Whether a quote's first sentence is a clause with its own subject ("it appears that ..."):
    ``_has_subject`` of the quote up to the end of the sentence it opens in."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _has_subject(doc, q.start, min(q.end, span[0].sent.end_char))


def _accepted_candidates(doc: Doc, lex: Lexicon) -> list[tuple[Candidate, float]]:
    """Candidates the classifier accepts, the best one per cue token, in text order."""
    best: dict[int, tuple[Candidate, float]] = {}
    model = classifier.load()
    for cand in candidates(doc):
        statement = speech_acts.is_statement(cand)
        unscored = not lex.patterns.get(cand.pattern) and not lex.is_curated(*cand.pattern)
        # "expressed doubt that ...", "denied any role in ...": an object that is what was said;
        # also a statement of a pattern the classifier never saw ("recommended closing the port")
        by_object = (not statement or unscored) and stated_objects.is_stated_object(cand)
        if not statement and not by_object:
            continue  # an action, a topic or a target: not what was said (docs/statements.md)
        if aside_read_as_content(cand):
            continue  # "said Jane Roe, half joking, in a nod to ...": how she spoke, not what
        if anonymity.asks_to_stay_unnamed(cand.cue):
            continue  # "who requested anonymity to discuss the talks": how the words are reported
        if by_object or cand.relation in FIXED_WEIGHT_RELATIONS:
            # not a pattern the classifier was trained on: taken at a fixed, middling weight
            weight = CHARACTERISATION_WEIGHT
        elif unscored:
            continue  # a pattern never seen as an attribution: not worth scoring
        else:
            weight = model.probability(candidate_features(cand, lex))
            if weight < THRESHOLD and relayed_report(cand, lex):
                weight = THRESHOLD  # the words a report passes on: their speaker's own statement
            if weight < THRESHOLD or _narrates_conduct(cand, doc):
                continue
        kept = best.get(cand.cue.i)
        # a clause set off (``set_off_cue``) is the cue's reading only when no other is kept
        if kept is None or (weight > kept[1] or kept[0].relation == "set_off") and cand.relation != "set_off":
            best[cand.cue.i] = (cand, weight)
    ranked = sorted(best.values(), key=lambda cw: cw[0].start)
    return [(c, w) for c, w in ranked if w >= NESTED_MIN or _reported_speech(c, lex) or named_relative_speaker(c)
            or not any(o is not c and o.start <= c.cue.i < o.end and ow > w for o, ow in ranked)]


def aside_read_as_content(cand: Candidate) -> bool:
    """Whether a candidate's content is the aside after an inverted speaker that the parse hung
    on the cue as its reported clause ("“We will win,” said Jane Roe, half joking, in a nod to
    Tom Lee": the content would be "Jane Roe, half joking, in a nod to Tom Lee"): the speaker
    ``candidates.inverted_subject_hung_on_aside`` reads inside it tells how she spoke, not what
    she claimed. Review of r27-relay: that junk statement had no speaker before the rule, and
    the rule would have put her name on it."""
    name = inverted_subject_hung_on_aside(cand.cue)
    return name is not None and cand.start <= name.i < cand.end


def _narrates_conduct(cand: Candidate, doc: Doc) -> bool:
    """Candidates that tell what someone did rather than what they said, which a digest of
    statements leaves out (PolNeAR annotates some of them):
    - praise or blame of a thing: "Rouhani hailed the I.R.G.C.'s move";
    - an ongoing action in a background clause: "as the president is encouraging the I.R.G.C. to ..."."""
    cue = cand.cue
    if cue.lemma_.lower() in lexicon_mod.REACTION_VERBS and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[cand.start:cand.end]):
        return True
    progressive = cue.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in cue.children)
    return progressive and cue.dep_ == "advcl" and any(c.dep_ == "mark" for c in cue.children)


def _nearby_cue(doc: Doc, q: Quote, lex: Lexicon, words: int, quotes: list[Quote]) -> Token | None:
    """A speech verb with a speaker in the quote's sentences, outside the marks, nearest first:
    just after the closing mark, before the opening one, then (for a quote of ``MIN_QUOTE_WORDS``
    words or more: ``words`` is the quote's count) anywhere later in the sentence. A verb inside
    another quote of the article is its quoted words ('describing the “threat” as making it
    “impossible to continue”'), no cue of this one."""
    first = doc.char_span(q.open_mark, q.open_mark + 1, alignment_mode="expand")
    last = doc.char_span(max(q.open_mark, q.outer_end - 1), q.outer_end, alignment_mode="expand")
    if first is None or last is None:
        return None
    sent_start, sent_end = first[0].sent.start, last[-1].sent.end
    # the parser may cut "“...” said X, a professor at Y." after the closing mark: a sentence that
    # opens with its cue, or is short, still belongs to the quote
    if sent_end < len(doc) and "\n" not in doc[sent_end - 1].text_with_ws:
        following = doc[sent_end].sent
        if len(following) <= 8 or any(lex.is_speech(t.lemma_.lower()) for t in following[:3]) \
                or attribution_alone(following, lex):
            sent_end = following.end
    # never look past the quote's paragraph
    sent_start = max(sent_start, paragraph_start(doc, first[0].i))
    sent_end = min(sent_end, paragraph_end(doc, last[-1].i))
    def is_cue(tok: Token) -> bool:
        # "commented on the matter — which the BBC noted as unusual — “...”": a relative clause
        # says something of the noun it hangs on, and its verb introduces no quotation
        return tok.pos_ in ("VERB", "AUX") and lex.is_speech(tok.lemma_.lower()) and not (
            q.open_mark <= tok.idx < q.outer_end) and not speech_acts.is_relative(tok) \
            and not passes_on_words(tok, lex) and not _inside_any(tok.idx, quotes)

    # "“...,” he said" / "“...,” said X": a cue just after the closing mark
    after = [t for t in doc[last[-1].i + 1:min(sent_end, last[-1].i + 5)] if is_cue(t)]
    if after:
        return after[0]
    # "X told reporters: “...”": the last cue of the stretch before the opening mark
    before = [t for t in doc[sent_start:first[0].i] if is_cue(t)]
    colon = first[0].i - 1
    while colon > 0 and doc[colon].is_space:
        colon -= 1  # "He said:\n\n“...”": the cue may end the paragraph before
    if not before and colon >= 0 and doc[colon].text == ":":
        before = [t for t in doc[colon].sent if (is_cue(t) or speaks_before_colon(t, colon)) and t.i < colon]
    if before:
        return before[-1]
    if words < MIN_QUOTE_WORDS:
        return None  # 'Calling it “just another apology”, Jo of “Have no fear” told ...': a label, a name
    later = [t for t in doc[last[-1].i + 1:sent_end] if is_cue(t)]
    return later[0] if later else None


# what a reporting clause standing alone may hold besides its subject: when, where, how, to whom
_ATTRIBUTION_PARTS = frozenset({"nsubj", "punct", "prep", "advmod", "npadvmod", "dative", "dobj", "aux", "neg"})


def attribution_alone(sent: Span, lex: Lexicon) -> bool:
    """Whether a sentence is only a reporting clause: its root a speech verb with a subject and
    nothing of its own but when, where, how and to whom ("Rep. Jo Roe (D-Maine) said.", "Sen. Al
    Fry, a Democrat of Ohio, told reporters on Friday."). The parser cuts such a clause off the
    quote before it when a bracket or an apposition makes it long; it is the quote's attribution
    all the same. A clause of its own ("Roe said the vote was close.") reports that clause. A
    reply ("Hale responded to the criticism on Friday.", "Hale hit back", ``REPLY_VERBS``) answers
    the words before it: they are someone else's."""
    root = sent.root
    if root.pos_ != "VERB" or not lex.is_speech(root.lemma_.lower()) or root.i == sent.start:
        return False
    if replies(root):
        return False
    kids = list(root.children)
    if not any(c.dep_ == "nsubj" and c.i < root.i for c in kids):
        return False
    if any(t.is_quote for t in sent):
        return False
    return all(c.dep_ in _ATTRIBUTION_PARTS for c in kids) and not any(
        c.dep_ == "dobj" and not takes_addressee(root) for c in kids)


def replies(verb: Token) -> bool:
    """Whether a verb answers words said before it ("responded", "replied", "hit back")."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon_mod.REPLY_VERBS \
        or lemma == "hit" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def passes_on_words(cue: Token, lex: Lexicon) -> bool:
    """Whether a speech verb is an aside naming where someone else's words were read: "Erdogan
    said — as reported by the Daily Star — “...”", "the mayor said, as quoted by the Courier,
    that ...". The outlet passes the words on; they are the speaker's of the other speech verb
    of the sentence, which has its own subject. Alone ("The bridge fell, as reported by the
    Courier") the outlet reports the fact itself and stays a speaker."""
    if not any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in cue.children) \
            or not any(c.dep_ == "agent" for c in cue.children):
        return False
    return any(t is not cue and t.pos_ in ("VERB", "AUX") and lex.is_speech(t.lemma_.lower())
               and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN", "PRON") for c in t.children)
               for t in cue.sent if not cue.left_edge.i <= t.i <= cue.right_edge.i)


def after_aside(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where what was reported begins when it opens with an aside of ``passes_on_words``: "said
    — as reported by the Courier — “...”" reports the quoted words, not "as reported by the
    Courier". ``end`` when the aside is all there is."""
    i = start
    while i < end and doc[i].is_punct:
        i += 1
    if i >= end or doc[i].lower_ != "as" or not passes_on_words(doc[i].head, lex):
        return start
    i = max(i, doc[i].head.right_edge.i + 1)
    while i < end and (doc[i].is_punct and not doc[i].is_quote or doc[i].is_space):
        i += 1
    return i


# verbs of speaking that name no content of their own ("spoke about the economy") but introduce
# the words a colon opens: "also speaking via Twitter: “I offered to resign”"
SPEAKING_VERBS = frozenset({"speak", "talk"})


def speaks_before_colon(tok: Token, colon: int) -> bool:
    """Whether ``tok`` is a verb of speaking whose own clause runs up to the colon before a quote
    ("Bolton gave his account, speaking via Twitter: “...”"): what the colon opens is what was
    said, when the verb has a speaker. Elsewhere "spoke" is talk about a topic, not a statement
    (docs/statements.md)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in SPEAKING_VERBS and tok.i < colon <= tok.right_edge.i + 1 \
        and (speaker := speaker_token(tok)) is not None and speaker.i < colon


def joint_speakers(f: Found) -> list[Found]:
    """The same statement for each name joined to its speaker: "According to Reuters and NBC,
    ...", "Both the school district and the Irving Police Department have asserted that ...",
    "the ACLU of Montana and Native American Rights Fund filed a lawsuit, saying ...". Each named body or person
    of the coordination said it. Only names (a named entity of ``SPEAKER_NAMES`` that is not part of
    the speaker's own name, as in "Procter and Gamble"): a description joined to it ("Smith and
    other officials") is left to the first speaker."""
    source = f.source
    if source is None or f.cue is None:
        return []
    joined: list[Found] = []
    authors = writing_authors(source)
    todo = [source, *authors]
    while todo:
        tok = todo.pop()
        for child in tok.children:
            if child.dep_ != "conj":
                continue
            todo.append(child)
            if child.ent_type_ in SPEAKER_NAMES and child.pos_ == "PROPN" and _entity_start(child) > source.i \
                    and not _joined_inside_phrase(source, child, authors):
                joined.append(Found(f.start, f.end, f.kind, f.cue, child, f.confidence, quotes=list(f.quotes),
                                    joint=True))
    for named in named_examples(source) + listed_members(f.cue, source):
        joined.append(Found(f.start, f.end, f.kind, f.cue, named, f.confidence, quotes=list(f.quotes), joint=True))
    for other in [n for first in (source, *authors) for n in second_subjects(f.cue, source, first)]:
        joined.append(Found(f.start, f.end, f.kind, f.cue, other, f.confidence, quotes=list(f.quotes), joint=True))
    return sorted(joined, key=lambda j: j.source.i if j.source is not None else 0)


def writing_authors(source: Token) -> list[Token]:
    """"Projections by CNN and NPR indicated ...": a writing named with its authors (a document
    noun with a "by" phrase) says what each of them says, so the names joined to its first
    author are speakers of it too (the first is the speaker passes' to read off the mention).
    Only the first author is given here, for its conjuncts to be read as those of a speaker."""
    if source.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    by = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if author is None or author.pos_ != "PROPN" or author.ent_type_ not in SPEAKER_NAMES:
        return []
    return [author]


def named_examples(source: Token) -> list[Token]:
    """"Political commentators such as Jane Doe and John Roe described the speech as flat": the
    names a speaker's description gives as examples of itself said it too. Only a "such as" inside
    the speaker's own phrase; one hung elsewhere in the sentence may name others."""
    names: list[Token] = []
    for prep in source.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such":
            todo = [c for c in prep.children if c.dep_ == "pobj"]
            while todo:
                tok = todo.pop()
                todo.extend(c for c in tok.children if c.dep_ == "conj")
                if tok.pos_ == "PROPN" and tok.ent_type_ in SPEAKER_NAMES:
                    names.append(tok)
    return names


def listed_members(cue: Token, source: Token) -> list[Token]:
    """"The study's lead authors, Ann Wilson of Zorb and Nick Hawk of USC, had predicted ...": a
    plural description followed by the names of its members, two or more joined in apposition
    right after the noun's comma, said it each. Only the cue's own subject: a speaker found
    further off ("three economists, Roe and Lee, surprised everyone raised to think ...")
    may not be the believer. The names; none for one name alone ("the authors, Wilson," may be a
    part)."""
    if source.tag_ not in ("NNS", "NNPS") or source.pos_ != "NOUN" or source.head.i != cue.i \
            or source.dep_ != "nsubj":
        return []
    first = next((c for c in source.children if c.dep_ == "appos" and c.i > source.i), None)
    # the names right after the plural noun: after a phrase of its own ("the lawyers for the
    # victims, Ann Wilson and Nick Hawk,") they may be the phrase's noun's
    if first is None or first.left_edge.i != source.i + 2 or source.doc[source.i + 1].text != ",":
        return []
    names = [first, *[c for c in first.children if c.dep_ == "conj"]]
    if len(names) < 2 or not all(n.pos_ == "PROPN" and n.ent_type_ in SPEAKER_NAMES for n in names):
        return []
    # people only: a member the tagger took for a body may be a person's name run into a place
    # ("Wilson of C-MORE"), whose name would be wrong
    return [n for n in names if n.ent_type_ == "PERSON"]


def second_subjects(cue: Token, source: Token, first: Token | None = None) -> list[Token]:
    """"Kimberly-Clark, which makes tissues, and Solaris Paper, which makes paper, emphasized ...":
    names the parse made further subjects of the cue rather than conjuncts of its speaker, after
    an "and" of the speaker's. A name that follows the speaker with no "and" ("Early opponent MP
    Tanya Davies said") is the speaker's own name, not a second speaker. ``first`` is the name
    the "and" follows when it is not the speaker itself: the author of a writing that speaks
    ("Projections by CNN and NPR indicated", "NPR" read as a second subject)."""
    first = source if first is None else first
    if source.head.i != cue.i or source.dep_ != "nsubj" or not any(
            c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return []
    doc = cue.doc
    names = [c for c in cue.children if c.dep_ == "nsubj" and first.i < c.i < cue.i
             and c.pos_ == "PROPN" and c.ent_type_ in SPEAKER_NAMES and _entity_start(c) > first.i
             and not name_tail_read_as_subject(c)]
    # one speaker a name: the parse may make two words of one name ("Procter & Gamble") two subjects
    return [c for c in names if c.i + 1 >= len(doc) or doc[c.i + 1].ent_iob_ != "I"]


def _joined_inside_phrase(source: Token, conj: Token, authors: list[Token]) -> bool:
    """"The High Court of England and Wales ruled": the parse may hang the second of two names
    of one kind joined inside the speaker's "of" phrase on the speaker itself. A name joined
    right after the object of a preposition inside the speaker's phrase, of that object's kind
    or a place ("of Bosnia and Herzegovina"), belongs with that object ("According to Reuters and
    NBC" joins the source itself; "the ACLU of Montana and the Rights Fund" a body after a place).
    An article before the second name is skipped with the "and" ("of Iraq and the Levant"). A name
    joined to the author of a writing that speaks (``writing_authors``) is joined to a speaker."""
    doc = conj.doc
    i = _entity_start(conj) - 1
    while i > 0 and (doc[i].dep_ in ("cc", "det") or doc[i].is_punct):
        i -= 1
    before = doc[i]
    if before.i == source.i or before in authors:
        return False
    return before.dep_ == "pobj" and (before.ent_type_ == conj.ent_type_ or conj.ent_type_ == "GPE")


def _entity_start(tok: Token) -> int:
    """The index of the first token of the named entity ``tok`` is in."""
    i = tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _drop_duplicates(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in found:
        if out and out[-1].start == f.start and out[-1].end == f.end:
            continue
        out.append(f)
    return out


def _link_continuations(found: list[Found], para_of: Callable[[int], int]) -> None:
    """A cue-less quote inherits the speaker of the statement just before it, in its paragraph."""
    for n, f in enumerate(found):
        if not f.cue_less:
            continue
        for m in range(n - 1, -1, -1):
            prev = found[m]
            if prev.kind == "indirect" and prev.end < f.start and not prev.quotes and _quote_before(found, m, f):
                continue  # "“A,” X said, going on to ...": the quote continues X's quote, not the aside
            if prev.cue_less and prev.continues is None or not prev.cue_less and prev.source is None:
                break  # a speaker not found stands between: one further back is not this quote's
            if same_paragraph_continuation(prev, f, para_of):
                f.continues = prev
                f.confidence = 0.6
            break
        if f.continues is None and f.narrated is not None:
            # "Underwhelmed with her role, she left the series. “This is not what I wanted ...”"
            f.source, f.cue_less = f.narrated, False


def same_paragraph_continuation(prev: Found, f: Found, para_of: Callable[[int], int]) -> bool:
    """Whether a quote without a cue goes on with the speaker of the statement before it: in
    news style only within one paragraph ("“A,” X said. “B.”"). A quotation runs on into the next
    paragraph only when that paragraph ends without a closing mark and the new one opens with
    one, and ``find_quotes`` has made such a quotation one quote already; a quote in a later
    paragraph, after a closed one, is someone's the article does not name there ("The home
    side ..., leaving Ingram unimpressed. “One of them ...”" after Marshall's words)."""
    return para_of(f.start) == para_of(max(prev.start, prev.end - 1))


def _quote_before(found: list[Found], m: int, f: Found) -> bool:
    """Whether ``found[m]`` is an aside in the sentence of the quote just before it
    ("“A,” X said, going on to contrast ...")."""
    if m == 0:
        return False
    aside, before = found[m], found[m - 1]
    return bool(before.quotes) and before.cue is not None and aside.cue is not None \
        and before.cue.sent == aside.cue.sent


def _paragraph_index(text: str) -> Callable[[int], int]:
    starts = [s for s, _ in paragraphs(text)]
    return lambda offset: bisect.bisect_right(starts, offset)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s+")
_DASH = re.compile(r"\s*[―—–]\s*(?=[A-Z])")


def _transcript_label(doc: Doc, q: Quote) -> tuple[Token, int] | None:
    """``"WALLACE: Let’s start ..."``: a transcript line names its speaker before a colon."""
    m = _LABEL.match(doc_index.text(doc), q.start)
    if not m or m.end() >= q.end:
        return None
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    return (span.root, m.end()) if span is not None else None


# a name standing alone before a colon and a quote: 'Roe: "We will win."', at a sentence's start
_NAME_COLON = re.compile(r"(?:(?<![^\n])|(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+)"  # a paragraph's or sentence's start
                         r"((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)\s*:\s*$")
SPEAKING_ENTITIES = frozenset({"PERSON", "ORG"})


def named_colon_label(doc: Doc, q: Quote) -> tuple[Token, int] | None:
    """``Roe: "Our goal is to win." Pell: "The goal is to govern."``: a name alone, opening its
    sentence, set before a quote by a colon gives the speaker of the quote, as a transcript label
    does. Only a person's or a body's name the article gives again (``label_name``: "Note:",
    "Update:", "Q:" and places are no speakers), and nothing but the name before the colon, so
    "The mayor said:" is left to its verb."""
    m = _colon_label(doc, q)
    if not m:
        return None
    name = label_name(doc, m.start(1), m.end(1), (m.start(1), m.end(1)))
    return (name, q.start) if name is not None else None


def _colon_label(doc: Doc, q: Quote) -> re.Match[str] | None:
    """The capitalised words alone before a colon and the quote, opening their sentence."""
    text = doc_index.text(doc)
    line_start = text.rfind("\n", 0, q.open_mark) + 1
    return _NAME_COLON.search(text, line_start, q.open_mark)


# a sentence opened by its verb, then its speaker and a colon: 'Added Roe: "..."', 'Said the mayor:'
_VERB_NAME_COLON = re.compile(r"([A-Z][a-z]+)\s+((?:[\w.'’-]+\s+){0,4}[\w.'’-]+)\s*:\s*")
_SENTENCE_GAP = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z])")


def inverted_colon_label(doc: Doc, q: Quote) -> tuple[Token, Token] | None:
    """``Stated Roe: "Our goal is to win."``, ``Added the mayor: "..."``: a sentence that opens
    with a speech verb (``lexicon.speech_verb_form``), then its speaker (a name, or a noun after "the")
    and a colon, introduces the quote after the colon as that speaker's words. The parser reads
    the capitalised verb as part of a name and finds no cue; the verb and the last word before
    the colon are the cue and the speaker: a person's or a body's name the article writes again
    (``label_name``), or "the" and a noun of a person, body or group ("Added the mayor:"); not
    "Reported Cases:" or "Updated March 3:", nor words holding a verb, a comma or a pronoun."""
    text = doc_index.text(doc)
    # the colon may end the paragraph before the quote ('Stated Roe:\n\n"...')
    line_start = text.rfind("\n", 0, len(text[:q.open_mark].rstrip())) + 1
    # the sentence starts of the line, nearest the colon first: "Roe won. Said Roe:" is "Said Roe:"
    starts = [line_start] + [m.end() for m in _SENTENCE_GAP.finditer(text, line_start, q.open_mark)]
    m = next((m for m in (_VERB_NAME_COLON.fullmatch(text, start, q.open_mark) for start in reversed(starts))
              if m and lexicon_mod.speech_verb_form(m.group(1))), None)
    if m is None:
        return None
    verb = token_at(doc, m.start(1))
    phrase = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    if verb is None or phrase is None or not len(phrase):
        return None
    words = [t for t in phrase if not t.is_punct or t.text == "."]
    last = phrase[-1]
    if any(t.pos_ in ("VERB", "AUX", "PRON") or t.text == "," for t in phrase) or last.pos_ not in ("PROPN", "NOUN"):
        return None
    if words[0].lower_ == "the":
        noun = last.lemma_.lower()
        return (verb, last) if noun in PERSON_NOUNS or noun in ORG_NOUNS or noun in GROUP_NOUNS else None
    name = label_name(doc, phrase.start_char, phrase.end_char, (m.start(), q.open_mark))
    return (verb, last) if name is not None and name.i == last.i else None


# what may open a block of words set off after a colon: a word, a number, an ellipsis, a bracket
_BLOCK_OPENERS = "…[("
# what a verb's preposition asks or talks about, not where or to whom it was said ("asked for:")
_BLOCK_TOPIC_PREPOSITIONS = frozenset({"for", "about", "of"})


def colon_blocks(doc: Doc, quotes: list[Quote], lex: Lexicon) -> list[Found]:
    """``Roe writes:`` or ``The agency reported:`` ending its paragraph, and the next paragraph
    without quotation marks: the paragraph is the block quotation the reporting clause sets off,
    the speaker's words as a quote's would be. Only the one paragraph (where a long block ends
    is not marked), of at least ``MIN_QUOTE_WORDS`` words with a verb, opened by a word, a
    number or an ellipsis (not a quotation mark, which the quote rules read, nor a list's
    bullet); the reporting clause is ``block_cue``'s."""
    text = doc_index.text(doc)
    found = []
    for colon in (doc[i] for i in doc_index.positions(doc).get(":", [])):
        after = colon.idx + 1  # the whitespace after the colon, not a copy of the rest of the text
        start = _SPACES.match(text, after).end()  # type: ignore[union-attr]  # r"\s*" always matches
        if start == len(text) or "\n" not in text[after:start]:
            continue  # words after the colon on its own line: the parse's, or a quote's
        line_end = text.find("\n", start)
        end = start + len(text[start:len(text) if line_end < 0 else line_end].rstrip())
        opener = text[start]
        if not (opener.isalnum() or opener in _BLOCK_OPENERS) or _inside_any(start, quotes):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(text[start:end].split()) < MIN_QUOTE_WORDS \
                or not any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        cue = block_cue(colon, lex, quotes)
        if cue is not None and block_reads_as_speakers(span, cue, lex):
            found.append(Found(start, end, "direct", cue, speaker_token(cue), 0.7))
    return found


def block_cue(colon: Token, lex: Lexicon, quotes: list[Quote]) -> Token | None:
    """The speech verb whose clause the colon ends: the root of the colon's sentence, with a
    speaker before it and nothing said of its own ("Roe writes:", "Roe told reporters:", "The
    agency said in a statement:"), or a verb that answers words of another, its object naming
    them ("The judge rejected this argument:", ``stated_objects.answers_words``); beside its
    subject, only when, where, how and to whom it was said (``attribution_alone``'s parts);
    not "said that the plan was dead:" (a clause of its own), "did not say:" (denied), "asked
    for the following:", "spoke about it:" (what was asked for or talked about), nor a verb
    inside quotation marks or a relative clause."""
    sent = colon.sent
    verbs = [t for t in sent if t.i < colon.i and t.pos_ == "VERB"
             and (lex.is_speech(t.lemma_.lower()) or stated_objects.answers_words(t) is not None)]
    if not verbs:
        return None
    cue = verbs[-1]
    if cue.dep_ != "ROOT" or cue.right_edge.i < colon.i - 1 or speech_acts.is_negated(cue) \
            or _inside_any(cue.idx, quotes):
        return None
    answered = stated_objects.answers_words(cue)
    if not all(c.dep_ in _ATTRIBUTION_PARTS and c.dep_ != "neg"
               and (c.dep_ != "dobj" or takes_addressee(cue) or answered is not None and c.i == answered.i)
               and (c.dep_ != "prep" or c.lower_ not in _BLOCK_TOPIC_PREPOSITIONS) for c in cue.children):
        return None
    speaker = speaker_token(cue)
    return cue if speaker is not None and speaker.i < cue.i else None


# a label a paragraph opens with: "Q:", "Watch:", "Related stories:"
_BLOCK_LABEL = re.compile(r"[^\W\d][\w’'-]*(?: [\w’'-]+)?:(?:\s|$)")
# who may be the subject of a saying inside the speaker's own words: the speaker
_FIRST_PERSON = frozenset({"i", "we"})


def block_reads_as_speakers(block: Span, cue: Token, lex: Lexicon) -> bool:
    """Whether a paragraph set off after a reporting clause's colon reads as the speaker's own
    words, not as the reporter going on about them: after "Roe tweeted:" the next paragraph may
    be "The tweet was later deleted, and Roe did not reply", the reporter's. A reader takes the
    paragraph for the words the colon introduces only when nothing in it speaks of the speaking
    from outside, so it is not when it (a) opens with a label and a colon ("Q:", "Watch:"), (b)
    holds a page's furniture (``[block_boilerplate]``: "sign up", "for comment"), (c) names the
    speaker (a word of its name, or the noun of a described one: "the ministry") or the one told
    ("told the crowd:" ... "the crowd cheered"), (d) points back at the saying with a noun of
    ``[block_act_nouns]`` ("the tweet", "his comments"; not "our statement"), (e) has "he" or
    "she" as a subject (the speaker in the third person, or someone the reporter goes on about),
    or (f), after a verb answering words ("The court rejected that argument:",
    ``stated_objects.answers_words``), reports a saying of a subject of its own ("The firm had
    argued that ...": the reporter's summary of the words answered, not the answer; a block
    after "Roe writes:" may well tell what a film or a rival says). When in doubt, no statement."""
    text = block.text
    lowered = text.lower()
    if _BLOCK_LABEL.match(text):
        return False
    furniture = data.words(CUES_FILE, "block_boilerplate")
    if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", lowered) for w in furniture):
        return False
    named = _block_named_words(cue)
    if any(t.lower_ in named or t.pos_ == "NOUN" and t.lemma_.lower() in named for t in block):
        return False
    acts = data.words(CUES_FILE, "block_act_nouns")
    answered = stated_objects.answers_words(cue) is not None
    for t in block:
        if t.pos_ == "NOUN" and t.lemma_.lower() in acts and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                or c.dep_ == "poss" and c.lower_ not in ("my", "our") for c in t.children):
            return False
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she"):
            return False
        if answered and t.pos_ == "VERB" and lex.is_speech(t.lemma_.lower()) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _FIRST_PERSON for c in t.children):
            return False
    return True


def _block_named_words(cue: Token) -> frozenset[str]:
    """The words that name a block's speaker or the one it was told to, lowercased: the proper
    nouns of the speaker's name ("rene", "albers" of "Coach Rene Albers"), or the noun of a
    described one ("ministry"), and those of the cue's addressee ("crowd" of "told the crowd",
    "courier" of "told the Courier")."""
    heads = [speaker_token(cue)]
    heads += [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    heads += [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    words: set[str] = set()
    for head in heads:
        if head is None or head.pos_ == "PRON":
            continue
        if head.pos_ == "PROPN":
            words.update(t.lower_ for t in head.subtree if t.pos_ == "PROPN")
        else:
            words.add(head.lemma_.lower())
    return frozenset(words)


def rejected_colon_label(doc: Doc, q: Quote) -> bool:
    """Whether a quote stands after a label and colon that name no speaker the article gives
    (``named_colon_label`` found none): in 'Lee: "..." Roe: "..."' with "Roe" not taken, Roe's
    words are no continuation of Lee's; the label says someone else speaks, so the quote is left
    with its speaker unnamed rather than given to the speaker before."""
    return _colon_label(doc, q) is not None


def label_name(doc: Doc, start: int, end: int, line: tuple[int, int]) -> Token | None:
    """The last word of the name that the characters ``start:end`` before a label's colon give,
    when they are a name the article gives again outside ``line`` (character offsets): no verb
    among the words ("Trump Addresses Munich Attack:" is a title-cased headline, no name), the
    last word no place or date to the tagger, the name (the tagger's entity ending there, or the
    word alone) written again outside ``line``, and its last word tagged there, or here, as a
    person's or an organisation's. None otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.tag_.startswith("VB") or t.pos_ in ("VERB", "AUX") for t in span):
        return None
    last = span[-1]
    if last.ent_type_ not in SPEAKING_ENTITIES | {""} or not last.text[:1].isupper():
        return None
    ent = doc_index.entity_at(doc, last.i)
    name = doc[max(ent.start, span.start):last.i + 1].text if ent is not None else last.text
    text = doc_index.text(doc)
    # whole words only: "Lee" is not written again in "Leeds"
    again = re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
    if not any(not line[0] <= m.start() < line[1] for m in again):
        return None
    tagged = (doc[i] for i in doc_index.positions(doc).get(last.text, ()) if doc[i].ent_type_ in SPEAKING_ENTITIES)
    return last if any(t.i == last.i or not line[0] <= t.idx < line[1] for t in tagged) else None


def _dash_signature(doc: Doc, q: Quote) -> tuple[Token, int] | None:
    """``“...” ― Sonya Herridge``: a quote signed after a dash."""
    if q.close_mark is None:
        return None
    m = _DASH.match(doc_index.text(doc), q.close_mark + 1)
    if not m:
        return None
    start = m.end()
    tok = token_at(doc, start)
    if tok is None or tok.pos_ != "PROPN":
        return None
    while tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and "\n" not in tok.whitespace_:
        tok = doc[tok.i + 1]
    return tok, q.start


_DATED = re.compile(r"\s*,\s*(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October"
                    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d")


def cited_headline(doc: Doc, q: Quote, signature: Token) -> bool:
    """Whether a quote signed after a dash is an article cited in a list of sources: '“MP calls
    for probe into documents” — Daily Star, August 16, 2008'. A headline ends with no stop of a
    sentence and its outlet is followed by the date it ran; the outlet said nothing of it."""
    quoted = doc_index.text(doc)[q.start:q.end].rstrip()
    if not quoted or quoted[-1] in ".!?…":
        return False
    return bool(_DATED.match(doc_index.text(doc), signature.idx + len(signature)))


def _has_subject(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and speech_acts.has_subject(doc, span.start, span.end)


def _inside_any(offset: int, quotes: list[Quote]) -> bool:
    return any(q.open_mark <= offset < q.outer_end for q in quotes)


def _speaker_outside_quotes(doc: Doc, cue: Token, quotes: list[Quote]) -> Token | None:
    """When the parse found no subject for a cue, or took one from inside quotation marks: the
    nearest name or noun of the cue's sentence outside the marks, after the cue first
    ("..., said Quentin Kidd"), then before it. A passive cue has none: in "Qawi was accused of"
    or "they were said to be finalists" the subject is what was spoken of, not who spoke."""
    sent = cue.sent
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return None
    issuer = writing_issuer(cue)
    if issuer is not None:
        return issuer if not _inside_any(issuer.idx, quotes) else None

    def outside(tok: Token) -> bool:
        return not _inside_any(tok.idx, quotes)

    if any(c.dep_ == "nsubj" and c.i < cue.i and outside(c) and subject_no_nominal(c) for c in cue.children):
        # a subject that is no nominal ("Of Zedco, Roe, who backs Lee, said of Tom Lee ...": "Of")
        # names no one, and the parse that made it one is no guide to a name before or after the
        # cue either (second review of r28-aside: "said of Tom Lee", "said in Paris")
        return None
    # inverted order: "..., said Quentin Kidd, a political scientist"; never the listener
    # after "told" ("..., told Reuters")
    after: list[Token] = [] if takes_addressee(cue) else list(doc[cue.i + 1:min(sent.end, cue.i + 4)])
    for tok in after:
        if tok.ent_type_ in NOT_SPEAKERS:
            break
        if any(c.dep_ == "ccomp" and c.left_edge.i <= tok.i <= c.right_edge.i for c in cue.children):
            break  # the name opens what was said ("said Clinton was justified"), it does not say it
        inverted = tok.head.i == cue.i and tok.dep_ in ("nsubj", "nsubjpass") or tok.pos_ == "PROPN" and (
            cue.tag_ in ("VBD", "VBZ", "VBP") and cue.dep_ != "acl" or follows_closing_mark(doc, cue, quotes))
        if tok.pos_ in ("PROPN", "NOUN") and outside(tok) and inverted:
            return _phrase_head(tok)
        if tok.lower_ in ("that", ",", ":") or tok.pos_ == "VERB":
            break
    before = [t for t in doc[sent.start:cue.i] if outside(t)]
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == cue.i
                and t.ent_type_ not in NOT_SPEAKERS]
    if subjects:
        return subjects[-1]
    # a parse that lost the subject ("On Sunday, Ali Shamkhani, the secretary of ..., claimed"):
    # the last person named before the cue, outside prepositional phrases and never the object of
    # a relative clause's verb ("Ann Roe, head of a union that backed Al Fry, said": Roe, not Fry)
    names = [t for t in before if t.ent_type_ == "PERSON" and t.dep_ not in ("poss", "compound")
             and not object_of_verb_or_preposition(t)]
    return names[-1] if names else None


def object_of_verb_or_preposition(tok: Token) -> bool:
    """Whether a name is the object of a preposition, the object of a relative clause's verb, or
    joined by "and" to another person's name that is, or set right after its noun ("hosts Ann
    Roe"): in "In a talk with hosts Ann Roe and Bo Fry, the mayor said" Fry is one spoken with
    as much as Roe is; in "a group that backed Al Fry" Fry is the one backed. Either is what the
    words are about, not who said them. A name set off by a comma after a phrase's noun ("the
    head of the league, Jo Lee, said") is not climbed: the parse hangs the speaker's own name
    there; nor is a name listed with a place ("the unrest in Dorset, Senator Lee, ..."), nor one
    the parse joined by a comma alone to an opening phrase's object."""
    for _ in range(6):
        if tok.dep_ == "pobj" or tok.dep_ in ("dobj", "dative") and tok.head.dep_ == "relcl":
            return True
        # joined by a written "and"/"or": a comma alone may be the parse's misreading of a name set
        # off after an opening phrase ("On Twitter, Jo Roe, a columnist, said")
        joined = tok.dep_ == "conj" and tok.head.ent_type_ == "PERSON" \
            and any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children)
        close_apposition = tok.dep_ == "appos" and tok.left_edge.i == tok.head.i + 1  # "hosts Jo Roe"
        if not (joined or close_apposition) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def follows_closing_mark(doc: Doc, cue: Token, quotes: list[Quote]) -> bool:
    """Whether a cue stands right after a quote's closing mark (a comma between at most): in
    '“We are in awe” tweeted Mayor Jane Doe' the name after the cue says the quote, even when the
    parse, missing the comma, took the cue for a participle ("tweeted" as a modifier of "Mayor")."""
    text = doc_index.text(doc)
    return any(q.outer_end <= cue.idx and text[q.outer_end:cue.idx].strip() in ("", ",") for q in quotes)


def writing_issuer(cue: Token) -> Token | None:
    """Who issued a writing that is a statement's cue: "the palace issued a statement to the
    effect ...", "the company released a statement that ...": the subject of the verb of issuing
    whose object the noun is. None for a passive verb ("a statement was released") or any other."""
    if cue.pos_ != "NOUN" or cue.dep_ != "dobj" or cue.head.lemma_.lower() not in ISSUING_VERBS:
        return None
    return next((c for c in cue.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _phrase_head(tok: Token) -> Token:
    """The last word of a run of names ("Quentin Kidd")."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _opens_sentence(text: str, q: Quote) -> bool:
    """A quote of whole sentences: starts with a capital and holds at least six words."""
    inner = text[q.start:q.end]
    return inner[:1].isupper() and len(inner.split()) >= 6


def _rstrip_before(text: str, end: int) -> int:
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in ",:;"):
        end -= 1
    return end


def _embedding_verb(doc: Doc, q: Quote) -> Token | None:
    """The verb outside the marks whose clause holds the quote, when it has a subject outside
    them: the quote is then a fragment of a narrative sentence, not a sentence of its own."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    para_start, para_end = paragraph_start(doc, span.start), paragraph_end(doc, span.end - 1)
    for _ in range(6):
        if tok.head.i == tok.i or not para_start <= tok.head.i < para_end:
            return None
        tok = tok.head
        if q.open_mark <= tok.idx < q.outer_end:
            continue
        if tok.pos_ in ("VERB", "AUX"):
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and not _inside_any(subject.idx, [q]) and subject.ent_type_ not in NOT_SPEAKERS:
                return tok
    return None


def _introducing_verb(doc: Doc, q: Quote) -> tuple[Token, Token] | None:
    """The verb of a clause that introduces a quote after a colon or a comma, in the quote's own
    paragraph, and the quote's speaker: the verb's subject ("X also reacted on Twitter, “...”",
    "an official account made the following announcement: “...”"), or whom a statement is from
    ("The palace issued the following statement from the king: “...”"). None when the subject
    is a writing (whose issuer is not said) or a place the parse took for a person's subject."""
    first = doc.char_span(q.open_mark, q.open_mark + 1, alignment_mode="expand")
    if first is None or len(first) == 0 or first[0].i == 0:
        return None
    i = first[0].i - 1
    while i > 0 and doc[i].is_space:
        i -= 1
    punct = doc[i]
    if punct.text not in (":", ",") or "\n" in punct.text_with_ws:
        return None
    para_start = paragraph_start(doc, punct.i)
    # the verbs from the clause's last word up to its top, before the marks: the parse often
    # hangs the clause on the quote's own verb
    path: list[Token] = []
    tok = doc[punct.i - 1]
    for _ in range(12):
        if not para_start <= tok.i < punct.i:
            break
        if tok.pos_ in ("VERB", "AUX"):
            path.append(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    verb, subject = punct, None
    # the main clause first ("Collins saw compromise as the best way for the two nations to
    # resolve ...:"), a relative clause's "who" when the main one has no named subject
    for candidate in reversed(path):
        found = next((c for c in candidate.children if c.dep_ == "nsubj"), None)
        if found is not None and (found.pos_ in ("PROPN", "NOUN") or found.lower_ == "who"):
            verb, subject = candidate, found
            break
        if found is not None and found.lower_ in ("he", "she", "they", "i", "we"):
            return None  # "he posted, “...”": whom "he" is, the pronoun rules say elsewhere
    if subject is None or not para_start <= verb.i < punct.i or _inside_any(verb.idx, [q]) \
            or subject.i < para_start or subject.ent_type_ in NOT_SPEAKERS or subject.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    person = next((t for t in doc[para_start:subject.i] if t.ent_type_ == "PERSON"), None)
    if subject.ent_type_ == "GPE" and person is not None:
        # "Jo Anne Van Tilburg of the University of California, Los Angeles disagreed": the
        # parse took the place for the subject; the person named first is
        name = doc_index.entity_at(doc, person.i)
        return (verb, name.root) if name is not None else None
    writing = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS), None)
    author = next((g for p in (writing.children if writing is not None else ()) if p.lower_ in ("from", "by")
                   for g in p.children if g.dep_ == "pobj"), None)
    return verb, author or subject


def _narrated_person(doc: Doc, q: Quote) -> Token | None:
    """The person a paragraph's narration is about just before a quote without a cue: the
    subject of the main verb of the sentence before the marks ("Lead Paul Lee talked about the
    series. During the premiere, “...”"), when it is a person's name or "he" or "she". None when
    the quote opens its paragraph or the narration is about something else."""
    first = doc.char_span(q.open_mark, q.open_mark + 1, alignment_mode="expand")
    if first is None or len(first) == 0:
        return None
    para_start = paragraph_start(doc, first[0].i)
    if first[0].i == para_start:
        return None
    sent = first[0].sent
    sentences = [doc[max(sent.start, para_start):first[0].i]]
    if sent.start > para_start:
        sentences.append(doc[max(doc[sent.start - 1].sent.start, para_start):sent.start])
    for words in sentences:
        subjects = [t for t in words if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.i < first[0].i]
        if subjects:
            subject = subjects[0]
            person = subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")
            return subject if person and not _inside_any(subject.idx, [q]) else None
    return None


def _quoted_predicate(doc: Doc, q: Quote) -> Token | None:
    """The verb opening a quote whose subject stands just before the marks: in 'Resolution 2231
    “calls upon Iran not to ...”' the quoted words are the subject's own."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span[0]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.head.i != verb.i:
        return None  # only the main verb of its sentence, in a finite form
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= span.start or subject.ent_type_ in NOT_SPEAKERS:
        return None
    if _describes_a_thing(verb, subject):
        return None
    return verb if subject.pos_ in ("PROPN", "NOUN") else None


def _describes_a_thing(verb: Token, subject: Token) -> bool:
    """'The costume “is very warm ...”': a quote that opens with "is" or "was" after a common noun
    tells what the thing is like in someone's words; the thing did not say them. A named subject
    ('Resolution 2231 “is binding”') or a document ('The report “is clear”') may still speak."""
    return verb.lemma_.lower() == "be" and subject.pos_ == "NOUN" and not (
        subject.lemma_.lower() in DOCUMENT_NOUNS or mention_syntax.actor_noun(subject))


def named_relative_speaker(cand: Candidate) -> bool:
    """"urged him to concede, as did Jo Roe, who called the claims “a farce”": a characterisation
    in a relative clause whose subject "who" stands for a name right before it is that person's
    own words, kept even inside what someone else said or urged."""
    cue = cand.cue
    source = cand.source
    return cand.relation == "characterise" and cue.dep_ == "relcl" and source is not None \
        and source.lower_ == "who" and source.dep_ == "nsubj" and cue.head.ent_type_ == "PERSON" \
        and cue.head.i < source.i


# "falsely", "wrongly": a report the writer takes back (``relayed_report``)
_RETRACTED_REPORT = data.words(CUES_FILE, "retracted_report")
# "will", "may": speech still to come (``speech_to_come``)
_SPEECH_TO_COME = data.words(CUES_FILE, "speech_to_come")


def relayed_report(cand: Candidate, lex: Lexicon) -> bool:
    """"Zedwire reported that the governor said the road is shut": a speech verb with a named or
    described subject (``_reported_speech``) whose clause is what a verb of reporting passes on.
    The words are the governor's; the classifier, unsure of a report inside another, would
    leave them to the outlet alone. The outlet's report stays a statement of its own (a briefing
    shows the words once, as the governor's: ``report.briefing.once``). A report by a
    thing ("the poll reported most voters said") is a finding and is left to the classifier.
    Nor is speech to come ("reported that the governor may say", "will say", "is expected to
    say": ``[speech_to_come]``) or a report taken back ("wrongly reported that the governor had
    said": ``[retracted_report]``) anyone's words (r19-fixspk)."""
    cue = cand.cue
    outer = cue.head
    return _reported_speech(cand, lex) and cue.dep_ == "ccomp" and outer.lemma_.lower() == "report" \
        and outer.pos_ == "VERB" and not any(c.dep_ == "nsubj" and c.lemma_.lower() in SAMPLING_WRITINGS
                                             for c in outer.children) \
        and not speech_to_come(cue) \
        and not any(c.dep_ == "advmod" and c.lower_ in _RETRACTED_REPORT
                    for c in outer.children)


def speech_to_come(cue: Token) -> bool:
    """Whether a speech verb is one of speech not yet made: an auxiliary of ``[speech_to_come]``
    ("may say", "will say") hangs on it."""
    return any(c.dep_ == "aux" and c.lower_ in _SPEECH_TO_COME for c in cue.children)


def _reported_speech(cand: Candidate, lex: Lexicon) -> bool:
    """A speech verb with a named or described subject: a report worth keeping even inside another."""
    return (lex.is_speech(cand.cue.lemma_.lower()) and cand.relation == "ccomp" and cand.source is not None
            and cand.source.pos_ in ("PROPN", "NOUN"))


_MINOR_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "&"}


def title_in_phrase(doc: Doc, q: Quote) -> bool:
    """Whether a quote that ends its sentence with the sentence's own stop inside the marks is a
    title all the same: 'Dunne said on NBC's “Morning With Sam Jones.”' names a show. Its words
    are capitalised like a title's (``_looks_like_title`` without the stop), there are at least
    two, and it follows a preposition or a possessive ("on", "in", "NBC's"), where a title stands
    and words said do not."""
    text = doc_index.text(doc)
    quoted = text[q.start:q.end].rstrip()
    if not quoted.endswith(".") or len(quoted.split()) < 2 or not _looks_like_title(quoted[:-1]):
        return False
    before = [t for t in doc if t.idx + len(t.text) <= q.open_mark and not t.is_space]
    return bool(before) and (before[-1].tag_ in ("IN", "POS") or before[-1].lower_ in ("'s", "’s"))


def _looks_like_title(quoted: str) -> bool:
    """A short quote whose every major word is capitalized: a show, book or film title."""
    words = [w.strip(",.:;!?'’\"()") for w in quoted.split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 8 or quoted.rstrip().endswith((".", "!", "?")):
        return False
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    return bool(major) and all(w[0].isupper() or w[0].isdigit() for w in major) \
        and (len(words) > 1 or len(major[0]) > 1)
