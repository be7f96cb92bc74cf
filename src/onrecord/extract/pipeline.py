"""``process(article) -> ArticleRecord``: one spaCy pass, then the extractors."""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from onrecord import nlp as nlp_loader
from onrecord.extract import doc_index
from onrecord.extract.dates import StatementDate, statement_date
from onrecord.extract.events.coder import find_events
from onrecord.extract.quotes import find_quotes
from onrecord.extract.speakers.implied_source import implied_source
from onrecord.extract.speakers.passes.in_quotes import Resolved, continued_quote, quote_speaker
from onrecord.extract.speakers.resolver import SpeakerResolver
from onrecord.extract.statements import Found, find_statements
from onrecord.model import Article, ArticleRecord, Speaker, Statement, TextSpan

# Characters parsed together. spaCy's memory grows with the total length of a batch, so a
# batch is bounded by length as well as by count: sixteen articles of 150,000 characters in one
# batch would take gigabytes. Every batch of sixteen Wikinews articles is well under this.
BATCH_CHARS = 200_000


def process(article: Article, nlp: Language | None = None, events: bool = True) -> ArticleRecord:
    """Extract the record of one article. ``nlp`` defaults to the process-wide model."""
    nlp = nlp or nlp_loader.load()
    doc = nlp(article.text)
    return build_record(article, doc) if events else build_record(article, doc, events=False)


def process_many(articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 16,
                 events: bool = True) -> Iterator[ArticleRecord]:
    """Like ``process`` over many articles, parsing them in batches with ``nlp.pipe``: at most
    ``batch_size`` articles and ``BATCH_CHARS`` characters a batch (a longer article alone)."""
    nlp = nlp or nlp_loader.load()
    for batch in char_batches(articles, batch_size):
        docs = nlp.pipe([a.text for a in batch], batch_size=len(batch))
        for doc, article in zip(docs, batch, strict=True):
            yield build_record(article, doc) if events else build_record(article, doc, events=False)


def char_batches(articles: Iterable[Article], batch_size: int, max_chars: int | None = None) -> Iterator[list[Article]]:
    """The articles in order, in batches of at most ``batch_size`` articles and ``max_chars``
    characters (``BATCH_CHARS``); an article longer than that is a batch of its own."""
    limit = BATCH_CHARS if max_chars is None else max_chars
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) >= batch_size or chars + len(article.text) > limit):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
    if batch:
        yield batch


def build_record(article: Article, doc: Doc, events: bool = True) -> ArticleRecord:
    text = article.text
    quotes = find_quotes(text)
    found = find_statements(doc, quotes)
    resolver = SpeakerResolver(doc, quotes)
    # speakers are resolved in reading order: pronouns look back at who spoke before
    order = sorted(range(len(found)), key=lambda n: _reading_position(found[n]))
    resolved: dict[int, Resolved | None] = {}
    once: dict[tuple[int, int | None], Resolved | None] = {}
    for n in order:
        f = found[n]
        if f.continues is None:
            source = f.source if f.source is not None else implied_source(f.cue, f.kind)
            resolved[n] = resolved_once(resolver, source, f.cue, once) if source is not None else None
    # the passes over the whole article: a first person inside a quote, a quote continued
    quote_speaker(found, resolved)
    continued_quote(found, resolved)
    repeated = same_speaker_twice(found, resolved)
    # the article's entities once every mention is resolved: roles and fuller names learnt later
    # in the article belong to earlier statements of the same speaker too
    by_id = {e.id: e for e in resolver.export()}
    statements: list[Statement] = []
    for n, f in enumerate(found):
        if n in repeated:
            continue
        speaker = None
        resolution = resolved.get(n)
        if resolution:
            start, end, article_entity, rule = resolution
            # an entity left out of the record (no one who can speak) leaves the mention unnamed
            entity = by_id.get(resolver.entity_id(article_entity)) if article_entity else None
            speaker = Speaker(
                name=entity.name if entity else text[start:end],
                type=entity.type if entity else resolver.unnamed_type(article_entity),
                mention=TextSpan.of(text, start, end),
                entity=entity.id if entity else None,
                roles=list(entity.roles) if entity else [],
                affiliation=entity.affiliation if entity else None,
                rule=rule,
            )
        sentence = _sentence_span(doc, f.start, f.end)
        said_on = _said_on(text, sentence, f, article.published)
        statements.append(Statement(
            id=f"{article.id}#s{n + 1}",
            kind=f.kind,
            content=TextSpan.of(text, f.start, f.end),
            cue=TextSpan.of(text, f.cue.idx, f.cue.idx + len(f.cue)) if f.cue is not None else None,
            speaker=speaker,
            sentence=sentence,
            date=said_on.date,
            date_precision=None if said_on.from_publication else said_on.precision,
            confidence=f.confidence,
        ))
    found_events = (find_events(doc, article.id, article.published, statements, by_id.values(), url=article.url)
                    if events else [])
    return ArticleRecord(id=article.id, title=article.title, published=article.published, url=article.url,
                         statements=statements, entities=list(by_id.values()), events=found_events)


def resolved_once(resolver: SpeakerResolver, source: Token, cue: Token | None,
                  once: dict[tuple[int, int | None], Resolved | None]) -> Resolved | None:
    """The speaker of a source mention, resolved once for each mention and cue: two statements
    told by the same words ("''Nobody who fears the sea should sail,'' she told us. ''Yet
    the calm days repay you.''", the quote's second part found as a statement of its own
    with the same "he told") have one speaker. Resolving the mention again, after the first
    answer was recorded, reads a state that has moved on (the pronoun's own mention now among
    the person's) and may answer otherwise; the first answer, given in reading order, stands."""
    key = (source.i, cue.i if cue is not None else None)
    if key not in once:
        mention = resolver.resolve(source, cue)
        answer = (mention.start, mention.end, mention.entity, mention.rule) if mention else None
        once[key] = pronoun_named_before(once, source.i, answer)
    return once[key]


def pronoun_named_before(once: dict[tuple[int, int | None], Resolved | None], source: int,
                         answer: Resolved | None) -> Resolved | None:
    """A pronoun left unresolved for one cue, that the pronoun rules named for another cue of
    the same word, is the person named: in "She said the plan was late but said the fault lay
    with no one" a single "she" tells both, so one person stands behind it. Asked again for the second
    "said", the rules read a state that has moved on and may find no one; the first answer, in
    reading order, stands (issue 13, r21-pron). Any other answer is kept as it is."""
    if answer is None or answer[2] is not None or answer[3] != "unresolved":
        return answer
    named = [found for (i, _), found in once.items() if i == source and found and found[2] is not None
             and found[3] == "pronoun"]
    return named[0] if named else answer


def same_speaker_twice(found: list[Found], resolved: dict[int, Resolved | None]) -> set[int]:
    """The statements repeated for a name joined to their speaker (``statements.joint_speakers``)
    whose name resolved to the speaker it was joined to ("American academic and professor Marc
    Lamont Hill commented" is one person), to be left out: one statement, one speaker."""
    said = {(f.start, f.end, id(r[2])) for n, f in enumerate(found) if not f.joint
            for r in [resolved.get(n)] if r is not None and r[2] is not None}
    return {n for n, f in enumerate(found) if f.joint
            for r in [resolved.get(n)] if r is not None and r[2] is not None and (f.start, f.end, id(r[2])) in said}


def _reading_position(f: Found) -> int:
    if f.source is not None:
        return f.source.idx
    return f.start


def _sentence_span(doc: Doc, start: int, end: int) -> TextSpan | None:
    text = doc_index.text(doc)
    first = doc.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
    last = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
    if first is None or last is None or len(first) == 0 or len(last) == 0:
        return None
    s, e = first[0].sent.start_char, last[-1].sent.end_char
    return TextSpan.of(text, s, e)


def _said_on(text: str, sentence: TextSpan | None, f: Found, published: str | None) -> StatementDate:
    """When the statement was made: a date the sentence gives ("on Monday", "last month"),
    resolved against the publication date, else the publication date itself."""
    if sentence is None or f.cue is None:
        return statement_date("", None, published)  # the publication date, as the dates module writes it
    start = min(sentence.start, f.cue.idx)
    end = max(sentence.end, f.cue.idx + len(f.cue))
    return statement_date(text[start:end], f.cue.idx - start, published, ignore=[(f.start - start, f.end - start)])
