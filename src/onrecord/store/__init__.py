"""The record's store: SQLite by default, PostgreSQL through the same interface.

``Store.open(db)`` takes a path (SQLite) or a ``postgresql://`` URL and upgrades the schema in
place. ``Store.save(pairs)`` writes a batch of (Article, ArticleRecord) in ONE transaction:
the same article again (same id, or the same normalized text under another id) is updated in
place or left alone, never duplicated, and speakers are re-resolved for the families it touched.
The store never imports spaCy: it takes records, however they were made.

Each public read or write is one transaction, run again with back-off when the database fails
in a way that passes (``faults.py``); what does not pass becomes a one-line ``StoreError`` that
names the store.
"""
from __future__ import annotations

import functools
import json
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator, Optional, ParamSpec, Sequence, TypeVar

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from onrecord import embeddings
from onrecord.model import Article, ArticleRecord
from onrecord.resolve.identity import norm
from onrecord.store import changes, near, speakers, vectors, watches
from onrecord.store.database import StoreError, default_db, make_engine, migrate, shown, write_transaction
from onrecord.store.event_rows import event_rows
from onrecord.store.event_schema import events
from onrecord.store.faults import OPEN_RETRY_SECONDS, GaveUp, retry_budget, retrying
from onrecord.store.rows import article_row, content_hash, source_row, speaker_rows, statement_rows
from onrecord.store.schema import (
    article_speakers,
    articles,
    entities,
    entity_aliases,
    feed_entries,
    feeds,
    overrides,
    statements,
    story_bands,
    story_sources,
)
from onrecord.version import __version__

__all__ = ["Store", "StoreError", "SaveCounts", "default_db", "content_hash"]


_PG_LOCK_KEY = 0x6F6E7265  # "onre": one writer at a time per database

Notes = Callable[[str], None]
P = ParamSpec("P")
R = TypeVar("R")


def _retried(method: Callable[P, R]) -> Callable[P, R]:
    """A Store method run again while the database fails in a way that passes; a StoreError
    naming the store when it does not pass, or has not passed within the retry budget."""
    @functools.wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        store = args[0]
        assert isinstance(store, Store)
        try:
            return retrying(lambda: method(*args, **kwargs), budget=store.retry_seconds, notes=store.notes,
                            label=store.name)
        except GaveUp as e:
            raise StoreError(f"{store.name}: {e.describe()}") from e.error
    return run


@dataclass
class SaveCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    statements: int = 0  # statements written by this call
    merged: int = 0  # copies (same text or near-duplicate) added as sources of a stored story
    ids: list[str] = field(default_factory=list)  # stored ids, in input order

    def add(self, other: "SaveCounts") -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.statements += other.statements
        self.merged += other.merged
        self.ids.extend(other.ids)


class Store:
    def __init__(self, engine: Engine, name: Optional[str] = None, notes: Optional[Notes] = None):
        self.engine = engine
        self.name = name or engine.url.render_as_string(hide_password=True)  # for messages, no password
        self.notes = notes  # told of each retry, one line each
        self.retry_seconds = retry_budget()
        self._watch: Optional[changes.SqliteWatch] = None  # made on the first call of version()
        self._watch_lock = threading.Lock()

    @classmethod
    def open(cls, db: Optional[str] = None, *, pg_schema: Optional[str] = None,
             revision: str = "head", notes: Optional[Notes] = None, readers: Optional[int] = None) -> "Store":
        """Open (creating when new) and migrate the store; ``notes`` hears of retries; ``readers``
        is how many threads may read at once (``make_engine``)."""
        db = db or default_db()
        name = shown(db)
        try:
            engine = make_engine(db, pg_schema, readers)
        except (SQLAlchemyError, OSError) as e:
            raise StoreError(f"{name}: cannot open the store: {_first_line(e)}") from e
        try:
            retrying(lambda: migrate(engine, revision), budget=min(OPEN_RETRY_SECONDS, retry_budget()),
                     notes=notes, label=name)
        except GaveUp as e:
            engine.dispose()
            raise StoreError(f"{name}: cannot open the store: {e.describe()}") from e.error
        except OSError as e:
            engine.dispose()
            raise StoreError(f"{name}: cannot open the store: {_first_line(e)}") from e
        return cls(engine, name, notes)

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction; concurrent writers (two ingests) wait their turn, so each
        re-resolves speakers from what the one before committed. SQLite: BEGIN IMMEDIATE;
        PostgreSQL: a transaction-scoped advisory lock. It moves the change counter on
        (``changes.py``), so readers' remembered answers are derived again."""
        with write_transaction(self.engine, _PG_LOCK_KEY) as conn:
            yield conn
            changes.note(conn)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        with self._watch_lock:  # not while version() reads it
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ save

    def unchanged(self, batch: Iterable[Article]) -> set[str]:
        """Ids of the articles already stored with the same text by this extractor version:
        the runner skips extracting them, so a rerun after an interrupt only does the rest."""
        return self._unchanged(list(batch))  # a list: a retry reads it again

    @_retried
    def _unchanged(self, batch: list[Article]) -> set[str]:
        hashes = {a.id: content_hash(a.text) for a in batch}
        with self.engine.connect() as conn:
            stored = conn.execute(
                select(articles.c.id, articles.c.content_hash, articles.c.extractor_version, articles.c.title,
                       articles.c.published, articles.c.url)
                .where(articles.c.id.in_(list(hashes)) | articles.c.content_hash.in_(list(set(hashes.values()))))
            ).all()
        by_id = {r.id: r for r in stored}
        by_hash = {r.content_hash: r for r in stored}
        with self.engine.connect() as conn:
            # copies merged into a story before are not extracted again
            copies = {i for (i,) in conn.execute(select(story_sources.c.source_id).where(
                story_sources.c.source_id.in_(list(hashes)), story_sources.c.kind != "original"))}
        same = set(copies)
        for a in batch:
            row = by_id.get(a.id) or by_hash.get(hashes[a.id])
            if (row is not None and row.content_hash == hashes[a.id] and row.extractor_version == __version__
                    and _meta_same(row, a)):
                same.add(a.id)
        return same

    @_retried
    def save(self, pairs: Sequence[tuple[Article, ArticleRecord]],
               origins: Optional[Sequence[Optional[str]]] = None) -> SaveCounts:
        """Store a batch of extracted articles atomically and re-resolve the speakers it touched.
        A copy of a stored story (same text, or a near-duplicate) becomes one more of its sources;
        ``origins`` says where each article was read (file, archive record, feed entry)."""
        counts = SaveCounts()
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._writing() as conn:
            batch = _Batch(conn, pairs)
            for n, (article, record) in enumerate(pairs):
                batch.put(article, record, now, counts, origins[n] if origins else None)
            batch.flush()
            speakers.resolve_families(conn, batch.touched)
        return counts

    # ------------------------------------------------------------ feeds

    @_retried
    def feed_state(self, feed: str) -> tuple[Optional[str], Optional[str], set[str]]:
        """The ETag and Last-Modified of the feed's last poll, and the entry ids already read."""
        with self.engine.connect() as conn:
            row = conn.execute(select(feeds.c.etag, feeds.c.last_modified).where(feeds.c.url == feed)).first()
            seen = {e for (e,) in conn.execute(select(feed_entries.c.entry_id).where(feed_entries.c.feed == feed))}
        return (row.etag, row.last_modified, seen) if row else (None, None, seen)

    @_retried
    def remember_feed(self, feed: str, etag: Optional[str], last_modified: Optional[str]) -> None:
        with self._writing() as conn:
            conn.execute(delete(feeds).where(feeds.c.url == feed))
            conn.execute(insert(feeds).values(url=feed, etag=etag, last_modified=last_modified, polled_at=_now()))

    @_retried
    def remember_entries(self, feed: str, entries: Sequence[tuple[str, Optional[str]]]) -> None:
        """Mark feed entries read: (entry id, the stored article it became, or None if skipped)."""
        if not entries:
            return
        with self._writing() as conn:
            known = {e for (e,) in conn.execute(select(feed_entries.c.entry_id).where(
                feed_entries.c.feed == feed, feed_entries.c.entry_id.in_([e for e, _ in entries])))}
            rows, now = [], _now()
            for entry, article_id in entries:
                if entry not in known:
                    known.add(entry)
                    rows.append({"feed": feed, "entry_id": entry, "article_id": article_id, "seen_at": now})
            if rows:
                conn.execute(insert(feed_entries), rows)

    # ------------------------------------------------------------ speakers

    @_retried
    def resolve_all(self) -> None:
        """Re-resolve every speaker from the stored article speakers and overrides."""
        with self._writing() as conn:
            # a store written by an older onrecord: its families as computed now, the old ones emptied
            moved = speakers.refresh_families(conn)
            speakers.resolve_families(conn, sorted(set(speakers.all_families(conn)) | set(moved)))

    @_retried
    def merge(self, entity_a: str, entity_b: str) -> None:
        """Record that two entities (by id) are one speaker, and apply it now and on every re-resolve."""
        with self._writing() as conn:
            a, b = (self._entity(conn, i) for i in (entity_a, entity_b))
            if a.id == b.id:
                return
            conn.execute(insert(overrides).values(kind="merge", name_a=a.name, name_b=b.name,
                                                  family_a=a.family, family_b=b.family, created_at=_now()))
            speakers.resolve_families(conn, [a.family, b.family])

    def split(self, name: str, article_id: Optional[str] = None) -> list[str]:
        """Take the speakers called ``name`` (in one article when given) out of their entity.
        Returns the families re-resolved; empty when no stored speaker has that name."""
        key = norm(name)
        with self._writing() as conn:
            holders = conn.execute(select(entities.c.family).join(
                entity_aliases, entity_aliases.c.entity_id == entities.c.id)
                .where(entity_aliases.c.alias_norm == key).distinct()).all()
            families = sorted({f for (f,) in holders})
            if not families:
                return []
            conn.execute(insert(overrides).values(kind="split", name_a=name, article_id=article_id,
                                                  family_a=families[0], created_at=_now()))
            speakers.resolve_families(conn, families)
        return families

    @_retried
    def overrides(self) -> list[dict]:
        with self.engine.connect() as conn:
            return speakers.load_overrides(conn)

    @staticmethod
    def _entity(conn: Connection, entity_id: str):
        row = conn.execute(select(entities).where(entities.c.id == entity_id)).first()
        if row is None:
            raise StoreError(f"no speaker entity {entity_id!r}")
        return row

    # ------------------------------------------------------------ topic vectors

    def embed_missing(self, encoder: Optional[embeddings.Encoder] = None,
                      progress: Optional[Callable[[int], None]] = None) -> int:
        """Give every statement without a topic vector one (see ``vectors.py``); how many were made."""
        return vectors.embed_missing(self.engine, self._writing, encoder or embeddings.encoder(), progress)

    # ------------------------------------------------------------ watches

    @_retried
    def add_watch(self, name: str, filters: dict[str, Optional[str]], webhook: Optional[str] = None) -> watches.Watch:
        """Save a watch; it reports what is stored from now on. ValueError for a bad name or no filter."""
        with self._writing() as conn:
            return watches.add(conn, name, filters, webhook, _now())

    @_retried
    def watch(self, name: str) -> Optional[watches.Watch]:
        with self.engine.connect() as conn:
            return watches.get(conn, name)

    @_retried
    def watches(self) -> list[watches.Watch]:
        with self.engine.connect() as conn:
            return watches.every(conn)

    @_retried
    def remove_watch(self, name: str) -> bool:
        with self._writing() as conn:
            return watches.remove(conn, name)

    @_retried
    def last_seq(self) -> int:
        """The ``seq`` of the last statement stored (0: none yet)."""
        with self.engine.connect() as conn:
            return watches.last_seq(conn)

    @_retried
    def reported(self, name: str, statement_ids: list[str]) -> set[str]:
        with self.engine.connect() as conn:
            return watches.reported(conn, name, statement_ids)

    @_retried
    def mark_checked(self, name: str, hits: list[tuple[str, int]], upto: int) -> None:
        with self._writing() as conn:
            watches.mark_checked(conn, name, hits, upto, _now())

    # ------------------------------------------------------------ counts

    def version(self) -> int:
        """A number that moves on whenever the store changes (``changes.py``), and only grows:
        an answer derived from the store at one version holds while the version is the same."""
        path = changes.sqlite_file(self.engine)
        if path is None:
            return self._counted()
        with self._watch_lock:  # one reader at a time, and none while close() drops it
            if self._watch is None:
                self._watch = changes.SqliteWatch(path)
            return self._watch.read()

    @_retried
    def _counted(self) -> int:
        return changes.counted(self.engine)

    @_retried
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "articles": conn.execute(select(func.count()).select_from(articles)).scalar_one(),
                "statements": conn.execute(select(func.count()).select_from(statements)).scalar_one(),
                # entities of people only mentioned (kept as evidence for resolution) are not speakers
                "speakers": conn.execute(select(func.count()).select_from(entities)
                                         .where(entities.c.statement_count > 0)).scalar_one(),
            }


class _Batch:
    """One ingest transaction: what is already stored is read up front in a few queries, new rows
    are written in bulk at the end, and the families of every speaker added or removed are kept
    so resolution re-runs for them once."""

    COLUMNS = ("id", "content_hash", "text", "record", "extractor_version", "title", "published", "url")

    def __init__(self, conn: Connection, pairs: Sequence[tuple[Article, ArticleRecord]]):
        self.conn = conn
        self.touched: set[str] = set()
        self.by_id: dict[str, dict] = {}
        self.by_hash: dict[str, dict] = {}
        self.new_articles: list[dict] = []
        self.new_speakers: list[dict] = []
        self.new_statements: list[dict] = []
        self.new_events: list[dict] = []
        self.new_sources: list[dict] = []
        self.new_bands: list[dict] = []
        self.pending_bands: dict[tuple[int, str], list[str]] = {}  # bands of this batch's new stories
        self.pending_text: dict[str, str] = {}
        ids = sorted({a.id for a, _ in pairs})
        # copies merged before: their id leads to the story they joined
        self.copy_of: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            for source_id, story_id in conn.execute(select(story_sources.c.source_id, story_sources.c.story_id)
                                                    .where(story_sources.c.source_id.in_(ids[i:i + 500]),
                                                           story_sources.c.kind != "original")):
                self.copy_of[source_id] = story_id
        hashes = sorted({content_hash(a.text) for a, _ in pairs})
        cols = [articles.c[c] for c in self.COLUMNS]
        for key, values in ((articles.c.id, ids), (articles.c.content_hash, hashes)):
            for i in range(0, len(values), 500):
                for r in conn.execute(select(*cols).where(key.in_(values[i:i + 500])).order_by(articles.c.id)):
                    self._know(dict(r._mapping))

    def _know(self, row: dict) -> None:
        self.by_id[row["id"]] = row
        self.by_hash.setdefault(row["content_hash"], row)

    def put(self, article: Article, record: ArticleRecord, now: str, counts: SaveCounts,
            origin: Optional[str] = None) -> None:
        digest = content_hash(article.text)
        if article.id not in self.by_id and article.id in self.copy_of:
            counts.ids.append(self.copy_of[article.id])  # a copy read again
            counts.unchanged += 1
            return
        existing = self.by_id.get(article.id) or self.by_hash.get(digest)
        grams = near.shingles(article.text)
        if existing is None:
            story, similarity = self._near_story(grams)
            if story:
                self._add_copy(story, article, "near duplicate", similarity, now, counts, origin)
                return
        stored_id = existing["id"] if existing else article.id
        if existing and existing["id"] != article.id:
            # the same text under another id: one story, one more source
            self._add_copy(stored_id, article, "same text", 1.0, now, counts, origin)
            return
        counts.ids.append(stored_id)
        row = article_row(article, record, stored_id, now)
        if existing:
            same_text = existing["content_hash"] == digest and existing["text"] == article.text
            same = same_text and existing["extractor_version"] == row["extractor_version"] and (
                # another id with the very same text: a duplicate, not a new version
                existing["id"] != article.id
                or (_json_equal(existing["record"], row["record"]) and _meta_same(existing, article)))
            if same:
                counts.unchanged += 1
                return
            if existing.get("pending"):
                self.flush()  # a second version of an article of this very batch
            self._replace(row)
            counts.updated += 1
        else:
            self.new_articles.append(row)
            counts.new += 1
        self.new_sources.append(source_row(article, stored_id, "original", 1.0, now, origin))
        for band, bucket in near.bands(grams):
            self.new_bands.append({"band": band, "bucket": bucket, "story_id": stored_id})
            self.pending_bands.setdefault((band, bucket), []).append(stored_id)
        self.pending_text[stored_id] = article.text
        self._know({**{c: row[c] for c in self.COLUMNS}, "pending": not existing})
        speaker_list = speaker_rows(record, stored_id, row["published"])
        self.new_speakers += speaker_list
        self.touched.update(s["family"] for s in speaker_list)
        statement_list = statement_rows(article, record, stored_id)
        self.new_statements += statement_list
        counts.statements += len(statement_list)
        self.new_events += event_rows(record, stored_id)

    def _near_story(self, grams: set[str]) -> tuple[Optional[str], float]:
        """The stored (or pending) story this text is a near-duplicate of, and how similar."""
        keys = near.bands(grams)
        if not keys:
            return None, 0.0
        candidates = {s for key in keys for s in self.pending_bands.get(key, [])}
        wanted = {bucket: band for band, bucket in keys}
        for band, bucket, story in self.conn.execute(
                select(story_bands.c.band, story_bands.c.bucket, story_bands.c.story_id)
                .where(story_bands.c.bucket.in_(sorted(wanted)))):
            if wanted.get(bucket) == band:
                candidates.add(story)
        best, best_score = None, 0.0
        for story in sorted(candidates):
            text_ = self.pending_text.get(story)
            if text_ is None:
                text_ = self.conn.execute(select(articles.c.text).where(articles.c.id == story)).scalar()
            score = near.copy_similarity(grams, near.shingles(text_ or ""))
            if score is not None and score > best_score:
                best, best_score = story, score
        return best, best_score

    def _add_copy(self, story: str, article: Article, kind: str, similarity: float, now: str,
                  counts: SaveCounts, origin: Optional[str]) -> None:
        counts.ids.append(story)
        known = self.conn.execute(select(story_sources.c.source_id).where(
            story_sources.c.story_id == story, story_sources.c.source_id == article.id)).first()
        if known or any(r["story_id"] == story and r["source_id"] == article.id for r in self.new_sources):
            counts.unchanged += 1
            return
        self.new_sources.append(source_row(article, story, kind, round(similarity, 4), now, origin))
        self.copy_of[article.id] = story
        counts.merged += 1

    def _replace(self, row: dict) -> None:
        conn, stored_id = self.conn, row["id"]
        conn.execute(delete(story_bands).where(story_bands.c.story_id == stored_id))
        conn.execute(delete(story_sources).where(story_sources.c.story_id == stored_id,
                                                 story_sources.c.source_id == stored_id))
        self.touched.update(f for (f,) in conn.execute(
            select(article_speakers.c.family).where(article_speakers.c.article_id == stored_id)))
        conn.execute(delete(statements).where(statements.c.article_id == stored_id))
        conn.execute(delete(events).where(events.c.article_id == stored_id))
        conn.execute(delete(article_speakers).where(article_speakers.c.article_id == stored_id))
        conn.execute(update(articles).where(articles.c.id == stored_id).values(**row))

    def flush(self) -> None:
        if self.new_statements:
            first = watches.next_seqs(self.conn, len(self.new_statements))
            for n, row in enumerate(self.new_statements):
                row["seq"] = first + n
        for table, rows in ((articles, self.new_articles), (article_speakers, self.new_speakers),
                            (statements, self.new_statements), (events, self.new_events),
                            (story_sources, self.new_sources), (story_bands, self.new_bands)):
            if rows:
                self.conn.execute(insert(table), rows)
            rows.clear()
        for row in self.by_id.values():
            row["pending"] = False


def _meta_same(row, article: Article) -> bool:
    get = row.get if isinstance(row, dict) else lambda f: getattr(row, f)
    return all(getattr(article, f) is None or getattr(article, f) == get(f) for f in ("title", "published", "url"))


def _json_equal(a, b) -> bool:
    if isinstance(a, str):
        a = json.loads(a)
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _first_line(e: BaseException) -> str:
    text = str(getattr(e, "orig", None) or e).strip()
    return text.splitlines()[0] if text else type(e).__name__
