"""From an Article and its ArticleRecord to the rows the store keeps (plain dicts, no database)."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any, Optional

from onrecord.model import Article, ArticleRecord
from onrecord.resolve.identity import family_of, norm
from onrecord.version import __version__


def content_hash(text: str) -> str:
    """sha256 of the text with Unicode compatibility forms folded and whitespace collapsed,
    so the same article re-fetched with other line breaks or NBSPs is recognised."""
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def record_json(record: ArticleRecord) -> dict[str, Any]:
    return record.to_json()


def article_row(article: Article, record: ArticleRecord, stored_id: str, now: str) -> dict[str, Any]:
    return {
        "id": stored_id,
        "content_hash": content_hash(article.text),
        "title": article.title if article.title is not None else record.title,
        "published": article.published or record.published,
        "url": article.url or record.url,
        "source": article.source,
        "text": article.text,
        "record": record_json(record),
        "extractor_version": __version__,
        "ingested_at": now,
    }


def source_row(article: Article, story_id: str, kind: str, similarity: float, now: str,
               origin: Optional[str] = None) -> dict[str, Any]:
    """Where a story was read: the article itself, or a copy of it under another id."""
    return {
        "story_id": story_id, "source_id": article.id, "kind": kind, "similarity": similarity,
        "outlet": article.outlet, "url": article.url, "published": article.published, "title": article.title,
        "author": article.author, "origin": origin or article.source, "added_at": now,
    }


def statement_rows(article: Article, record: ArticleRecord, stored_id: str) -> list[dict[str, Any]]:
    rows, seen = [], set()
    for n, s in enumerate(record.statements):
        local = s.id.rsplit("#", 1)[-1] or f"s{n}"
        if local in seen:
            local = f"{local}.{n}"
        seen.add(local)
        speaker = s.speaker
        mention = speaker.mention if speaker else None
        rows.append({
            "id": f"{stored_id}#{local}",
            "article_id": stored_id,
            "kind": s.kind,
            "content_start": s.content.start,
            "content_end": s.content.end,
            "content_text": s.content.text,
            "cue_start": s.cue.start if s.cue else None,
            "cue_end": s.cue.end if s.cue else None,
            "cue_text": s.cue.text if s.cue else None,
            "sentence_start": s.sentence.start if s.sentence else None,
            "sentence_end": s.sentence.end if s.sentence else None,
            "mention_start": mention.start if mention else None,
            "mention_end": mention.end if mention else None,
            "mention_text": mention.text if mention else None,
            "speaker_local_id": speaker_local_id(speaker) if speaker else None,
            "speaker_name": speaker.name if speaker else None,
            "speaker_type": speaker.type if speaker else None,
            "speaker_rule": speaker.rule if speaker else None,
            "entity_id": None,  # set by resolution
            # the extractor dated the statement; a date it took from the publication has no precision
            "date": s.date,
            "date_precision": s.date_precision or ("day" if s.date else None),
            "date_is_publication": s.date is not None and s.date_precision is None,
            "confidence": float(s.confidence),
        })
    return rows


def speaker_local_id(speaker) -> str:
    # speakers the extractor left without an article entity are keyed by their name
    return speaker.entity or "n:" + norm(speaker.name)[:60]


def speaker_rows(record: ArticleRecord, stored_id: str, published: Optional[str]) -> list[dict[str, Any]]:
    """One row per article-local speaker, with what resolution across articles needs. People the
    article names without quoting them are kept too (``statement_count`` 0): they are evidence
    of who a bare surname means ("Rouhani" is more often Hassan than his brother)."""
    by_entity = {e.id: e for e in record.entities}
    speakers: dict[str, dict[str, Any]] = {}

    def add(local: str, entity, name: str, type_: str, affiliation) -> dict[str, Any]:
        if local not in speakers:
            speakers[local] = {
                "article_id": stored_id, "local_id": local, "name": name, "type": type_,
                "aliases": sorted(set(entity.aliases if entity else []) - {name}),
                "roles": list(entity.roles if entity else []),
                "affiliation": (entity.affiliation if entity else None) or affiliation,
                "published": published, "family": family_of(name, type_),
                "statement_count": 0, "entity_id": None,
            }
        return speakers[local]

    for s in record.statements:
        if not s.speaker or not (s.speaker.name or "").strip():
            continue
        entity = by_entity.get(s.speaker.entity or "")
        type_ = (entity.type if entity and entity.type != "UNKNOWN" else s.speaker.type) or "UNKNOWN"
        row = add(speaker_local_id(s.speaker), entity, entity.name if entity else s.speaker.name, type_,
                  s.speaker.affiliation)
        row["statement_count"] += 1
        for role in s.speaker.roles:
            if role not in row["roles"]:
                row["roles"].append(role)
    for e in record.entities:
        if e.type == "PERSON" and e.id not in speakers and family_of(e.name, e.type):
            add(e.id, e, e.name, e.type, None)
    families = {local: row["family"] for local, row in speakers.items()}
    others = {family_of(e.name, e.type) for e in record.entities}
    for local, row in speakers.items():
        row["comentions"] = sorted(f for f in others if f and f != families[local])
    return list(speakers.values())
